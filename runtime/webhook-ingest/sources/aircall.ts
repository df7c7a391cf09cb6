/**
 * Aircall (contract: shared/contracts/aircall.md).
 *
 * Authentication: no signature; the body's top-level `token` must equal the webhook's token
 * (compared in constant time; the KV value may list several tokens, one per Aircall webhook or
 * during a re-creation). The token is removed from the payload before it is queued or stored.
 *
 * Stored: `call.*` events (the 19 documented ones) → `aircall_calls/{data.id}`;
 * `contact.created|updated|deleted` → `aircall_contacts/{data.id}`. Everything else (users,
 * numbers, messages, Conversation Intelligence, future families) is answered 200 and ignored.
 *
 * Ordering key `tier:timestamp:rank`:
 * - tier 1 = final: `call.ended`, or a post-call annotation (`tagged`, `commented`,
 *   `comm_assets_generated`, ...) whose snapshot already has `status: "done"`; and `contact.deleted`.
 *   A lifecycle event (`created`, `answered`, `hungup`, ...) is tier 0 and so never overwrites a
 *   final state, whatever its timestamp;
 * - then the envelope `timestamp` (when Aircall built the payload);
 * - then the lifecycle rank, so events built in the same second apply in lifecycle order.
 *
 * @module
 */
import { matchesAnySecret, splitSecretValues } from "../../lib/constant-time";
import { safeId } from "../message";
import { accept, type DocumentWrite, idOf, ignore, invalid, isObject, pad, parseJsonBody, type ParseResult, type SourceAdapter, type VerifyResult } from "./types";

/** Lifecycle rank of the 19 documented `call.*` events, by the name after `call.`. */
export const AIRCALL_CALL_RANK: Readonly<Record<string, number>> = {
  created: 0,
  ringing_on_agent: 1,
  ivr_option_selected: 1,
  agent_declined: 2,
  answered: 3,
  hold: 4,
  unhold: 4,
  transferred: 4,
  external_transferred: 4,
  unsuccessful_transfer: 4,
  assigned: 5,
  voicemail_left: 6,
  hungup: 7,
  ended: 8,
  comm_assets_generated: 9,
  tagged: 9,
  untagged: 9,
  commented: 9,
  archived: 9,
};

/** Call events that can follow `call.ended` and then carry the complete, final call. */
const POST_CALL_EVENTS = new Set(["comm_assets_generated", "tagged", "untagged", "commented", "archived", "assigned", "voicemail_left"]);

/** Rank of the `contact.*` events, by the name after `contact.`. */
const CONTACT_RANK: Readonly<Record<string, number>> = { created: 0, updated: 1, deleted: 2 };

export const aircall: SourceAdapter = {
  name: "aircall",

  async verify({ rawBody, secret }): Promise<VerifyResult> {
    // The token is inside the body: a body that is not a JSON object cannot be authenticated (400).
    const parsed = parseJsonBody(rawBody);
    if (!parsed.ok) return parsed;
    const token = parsed.payload.token;
    if (typeof token !== "string" || token === "") return { ok: false, status: 401, error: "missing_token", message: "the body has no webhook token" };
    if (!(await matchesAnySecret(token, splitSecretValues(secret)))) return { ok: false, status: 401, error: "invalid_token", message: "the webhook token does not match" };
    // The token authenticates the delivery; it is never queued, archived or stored.
    const { token: _token, ...withoutToken } = parsed.payload;
    return { ok: true, payload: withoutToken };
  },

  parse(payload, context): ParseResult {
    const read = readEvent(payload);
    if (read.kind !== "event") return read;
    const { event, name, isCall, data, resourceId, timestamp, rank } = read;
    const final = isCall ? name === "ended" || (POST_CALL_EVENTS.has(name) && data.status === "done") : name === "deleted";
    // The token authenticates the delivery; it is never queued, archived or stored.
    const { token: _token, ...withoutToken } = payload;
    return accept({
      source: "aircall",
      event,
      kind: isCall ? "call" : "contact",
      resourceId,
      deliveryId: `${resourceId}:${event}:${timestamp}`,
      receivedAt: context.receivedAt,
      orderingKey: `${final ? 1 : 0}:${pad(timestamp, 12)}:${pad(rank, 2)}`,
      payload: withoutToken,
    });
  },

  toDocuments(message): DocumentWrite[] {
    // The payload was accepted by `parse`, so it reads as an event again (same reading, one function).
    const read = readEvent(message.payload as Record<string, unknown>);
    if (read.kind !== "event") throw new Error(`aircall: queued ${message.event} payload no longer reads as an event (${read.kind === "invalid" ? read.error : "ignored"})`);
    const { data, isCall } = read;
    const eventAt = new Date(read.timestamp * 1000);
    return [
      {
        path: `aircall_${isCall ? "calls" : "contacts"}/${safeId(message.resourceId)}`,
        mode: "ordered",
        fields: isCall
          ? { ...data, started_at: unixSeconds(data.started_at), answered_at: unixSeconds(data.answered_at), ended_at: unixSeconds(data.ended_at), lastEvent: message.event, lastEventAt: eventAt }
          : {
              ...data,
              created_at: flexibleTime(data.created_at),
              updated_at: flexibleTime(data.updated_at),
              deleted: message.event === "contact.deleted",
              lastEvent: message.event,
              lastEventAt: eventAt,
            },
      },
    ];
  },
};

interface AircallEvent {
  readonly kind: "event";
  readonly event: string;
  /** The name after the family, e.g. `ended` of `call.ended`. */
  readonly name: string;
  readonly isCall: boolean;
  readonly data: Record<string, unknown>;
  readonly resourceId: string;
  /** Envelope `timestamp` (UNIX seconds, when Aircall built the payload). */
  readonly timestamp: number;
  /** Lifecycle rank of the event within its family. */
  readonly rank: number;
}

/** The one reading of an Aircall payload, used by `parse` (fetch) and `toDocuments` (consumer). */
function readEvent(payload: Record<string, unknown>): AircallEvent | Exclude<ParseResult, { kind: "message" }> {
  const event = payload.event;
  if (typeof event !== "string" || event === "") return invalid("missing_event", "the payload has no \"event\"");
  const dot = event.indexOf(".");
  const family = event.slice(0, dot);
  const name = event.slice(dot + 1);
  const isCall = family === "call";
  const ranks = isCall ? AIRCALL_CALL_RANK : family === "contact" ? CONTACT_RANK : undefined;
  if (!ranks || !Object.hasOwn(ranks, name)) return ignore(event);

  const data = payload.data;
  if (!isObject(data)) return invalid("missing_data", `the ${event} payload has no "data" object`);
  const resourceId = idOf(data.id);
  if (!resourceId) return invalid("missing_resource_id", `the ${event} payload has no "data.id"`);
  const timestamp = payload.timestamp;
  if (typeof timestamp !== "number" || !Number.isInteger(timestamp) || timestamp < 0) {
    return invalid("missing_timestamp", `the ${event} payload has no integer "timestamp"`);
  }
  return { kind: "event", event, name, isCall, data, resourceId, timestamp, rank: ranks[name] };
}

/** UNIX seconds → Date; null stays null; anything else is kept as sent. */
function unixSeconds(value: unknown): unknown {
  if (typeof value === "number" && Number.isFinite(value)) return new Date(value * 1000);
  return value === undefined ? undefined : value;
}

/** Contact times come as UNIX seconds or as `YYYY-MM-DDTHH:mm:ssZ` strings: accept both. */
function flexibleTime(value: unknown): unknown {
  if (typeof value === "number") return unixSeconds(value);
  if (typeof value === "string") {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? value : new Date(ms);
  }
  return value;
}
