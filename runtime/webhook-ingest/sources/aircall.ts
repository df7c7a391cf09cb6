import { matchesAnySecret, splitSecretValues } from "../../lib/constant-time";
import { type IngestMessage, safeId } from "../message";
import { type DocumentWrite, idOf, invalid, isObject, pad, parseJsonObject, type ParseResult, type SourceAdapter, type VerifyResult } from "./types";

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
 */
export const AIRCALL_CALL_RANK: Readonly<Record<string, number>> = {
  "call.created": 0,
  "call.ringing_on_agent": 1,
  "call.ivr_option_selected": 1,
  "call.agent_declined": 2,
  "call.answered": 3,
  "call.hold": 4,
  "call.unhold": 4,
  "call.transferred": 4,
  "call.external_transferred": 4,
  "call.unsuccessful_transfer": 4,
  "call.assigned": 5,
  "call.voicemail_left": 6,
  "call.hungup": 7,
  "call.ended": 8,
  "call.comm_assets_generated": 9,
  "call.tagged": 9,
  "call.untagged": 9,
  "call.commented": 9,
  "call.archived": 9,
};

/** Events that can follow `call.ended` and then carry the complete, final call. */
const POST_CALL_EVENTS = new Set(["call.comm_assets_generated", "call.tagged", "call.untagged", "call.commented", "call.archived", "call.assigned", "call.voicemail_left"]);

const CONTACT_RANK: Readonly<Record<string, number>> = { "contact.created": 0, "contact.updated": 1, "contact.deleted": 2 };

export const aircall: SourceAdapter = {
  name: "aircall",

  async verify({ rawBody, secret }): Promise<VerifyResult> {
    const parsed = parseJsonObject(rawBody);
    if (!parsed.ok) return { ok: false, status: 400, error: "malformed_json", message: parsed.message };
    const token = parsed.value.token;
    if (typeof token !== "string" || token === "") return { ok: false, status: 401, error: "missing_token", message: "the body has no webhook token" };
    if (!(await matchesAnySecret(token, splitSecretValues(secret)))) return { ok: false, status: 401, error: "invalid_token", message: "the webhook token does not match" };
    return { ok: true, payload: parsed.value };
  },

  parse(payload, context): ParseResult {
    const event = payload.event;
    if (typeof event !== "string" || event === "") return invalid("missing_event", "the payload has no \"event\"");
    const isCall = Object.prototype.hasOwnProperty.call(AIRCALL_CALL_RANK, event);
    const isContact = Object.prototype.hasOwnProperty.call(CONTACT_RANK, event);
    if (!isCall && !isContact) return { kind: "ignore", event, reason: `event "${event}" is not stored by this worker` };

    const data = payload.data;
    if (!isObject(data)) return invalid("missing_data", `the ${event} payload has no "data" object`);
    const resourceId = idOf(data.id);
    if (!resourceId) return invalid("missing_resource_id", `the ${event} payload has no "data.id"`);
    const timestamp = payload.timestamp;
    if (typeof timestamp !== "number" || !Number.isInteger(timestamp) || timestamp < 0) {
      return invalid("missing_timestamp", `the ${event} payload has no integer "timestamp"`);
    }

    let tier: number;
    let rank: number;
    if (isCall) {
      tier = event === "call.ended" || (POST_CALL_EVENTS.has(event) && data.status === "done") ? 1 : 0;
      rank = AIRCALL_CALL_RANK[event];
    } else {
      tier = event === "contact.deleted" ? 1 : 0;
      rank = CONTACT_RANK[event];
    }
    // The token authenticates the delivery; it is never queued, archived or stored.
    const { token: _token, ...withoutToken } = payload;
    const message: IngestMessage = {
      v: 1,
      source: "aircall",
      event,
      kind: isCall ? "call" : "contact",
      resourceId,
      deliveryId: `${resourceId}:${event}:${timestamp}`,
      receivedAt: context.receivedAt,
      orderingKey: `${tier}:${pad(timestamp, 12)}:${pad(rank, 2)}`,
      payload: withoutToken,
    };
    return { kind: "message", message };
  },

  toDocuments(message): DocumentWrite[] {
    const payload = message.payload as Record<string, unknown>;
    const data = (isObject(payload.data) ? payload.data : {}) as Record<string, unknown>;
    const eventAt = typeof payload.timestamp === "number" ? new Date(payload.timestamp * 1000) : undefined;
    if (message.kind === "call") {
      return [
        {
          path: `aircall_calls/${safeId(message.resourceId)}`,
          mode: "ordered",
          fields: {
            ...data,
            started_at: unixSeconds(data.started_at),
            answered_at: unixSeconds(data.answered_at),
            ended_at: unixSeconds(data.ended_at),
            lastEvent: message.event,
            lastEventAt: eventAt,
          },
        },
      ];
    }
    return [
      {
        path: `aircall_contacts/${safeId(message.resourceId)}`,
        mode: "ordered",
        fields: {
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
