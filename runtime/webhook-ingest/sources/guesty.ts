/**
 * Guesty (contract: shared/contracts/guesty.md), delivered through Svix.
 *
 * Authentication: Svix signature over `svix-id.svix-timestamp.body` (HMAC-SHA256, `whsec_` key,
 * ±300 s), before the body is parsed. The delivery id is `svix-id` (equal across retries).
 *
 * Stored (event name from `event`, or `eventType`):
 * - `reservation.new|updated`, `reservation.created.v2|updated.v2` → `guesty_reservations/{id}`
 *   (v2 payloads are lean: only the fields sent are replaced, the rest of the document is kept);
 * - `reservation.messageReceived|messageSent` → `guesty_conversations/{conversation._id}` and the
 *   message itself, immutable, in `guesty_conversations/{id}/messages/{message._id}`;
 * - `listing.new|updated|removed` → `guesty_listings/{listing._id}`;
 * - `guest.created|updated|deleted` → `guesty_guests/{guest._id}`.
 * Everything else (payments, tasks, calendar, `reservation_update_shortlist`) is answered 200 and ignored.
 *
 * Ordering key `tier:epochMillis`: tier 1 for removals (`listing.removed`, `guest.deleted`, kept
 * as `deleted: true` so a late update cannot resurrect them); the time is v2 `publishedAt`, else
 * the resource's `lastUpdatedAt`/`updatedAt` (messages: `sentAt`/`createdAt`), else the time the
 * delivery was received (last arrival wins when Guesty sends no time at all).
 *
 * @module
 */
import { splitSecretValues } from "../../lib/constant-time";
import { verifyWebhookSignature } from "../../lib/svix-verify";
import { safeId } from "../message";
import { accept, type DocumentWrite, idOf, ignore, invalid, objectOf, pad, parseJsonBody, type ParseResult, type SourceAdapter, type VerifyResult } from "./types";

const RESERVATION_EVENTS = new Set(["reservation.new", "reservation.updated", "reservation.created.v2", "reservation.updated.v2"]);
const MESSAGE_EVENTS = new Set(["reservation.messageReceived", "reservation.messageSent"]);
const LISTING_EVENTS = new Set(["listing.new", "listing.updated", "listing.removed"]);
const GUEST_EVENTS = new Set(["guest.created", "guest.updated", "guest.deleted"]);
/** Removals: tier 1 of the ordering key, and `deleted: true` on the document. */
const REMOVAL_EVENTS = new Set(["listing.removed", "guest.deleted"]);

export const guesty: SourceAdapter = {
  name: "guesty",

  async verify({ headers, rawBody, secret, nowSeconds }): Promise<VerifyResult> {
    const check = await verifyWebhookSignature({ headers, rawBody, secrets: splitSecretValues(secret), nowSeconds });
    if (!check.ok) return { ok: false, status: 401, error: `signature_${check.reason}`, message: check.message };
    // Authenticated from here on: a body that is not a JSON object is still accepted (archived).
    const parsed = parseJsonBody(rawBody);
    return parsed.ok ? { ...parsed, deliveryId: check.id } : { ok: true, payload: null, unreadable: { error: parsed.error, message: parsed.message }, deliveryId: check.id };
  },

  parse(payload, context): ParseResult {
    const event = payload.event ?? payload.eventType;
    if (typeof event !== "string" || event === "") return invalid("missing_event", "the payload has no \"event\" (or \"eventType\")");
    const deliveryId = context.deliveryId;
    if (!deliveryId) return invalid("missing_delivery_id", "the delivery has no svix-id");
    const data = objectOf(payload.data);
    const receivedMs = Date.parse(context.receivedAt);

    const build = (kind: string, resourceId: string | undefined, orderedAt: number | undefined): ParseResult => {
      if (!resourceId) return invalid("missing_resource_id", `the ${event} payload has no ${kind}._id`);
      return accept({
        source: "guesty",
        event,
        kind,
        resourceId,
        deliveryId,
        receivedAt: context.receivedAt,
        orderingKey: `${REMOVAL_EVENTS.has(event) ? 1 : 0}:${pad(orderedAt ?? receivedMs, 15)}`,
        payload,
      });
    };

    if (RESERVATION_EVENTS.has(event)) {
      const reservation = reservationOf(payload);
      const at = time(payload.publishedAt) ?? time(data?.publishedAt) ?? time(reservation?.publishedAt) ?? time(reservation?.lastUpdatedAt);
      return build("reservation", resourceIdOf(reservation) ?? idOf(payload.reservationId) ?? idOf(data?.reservationId), at);
    }
    if (MESSAGE_EVENTS.has(event)) {
      const post = objectOf(payload.message);
      const at = time(post?.sentAt) ?? time(post?.createdAt) ?? time(payload.publishedAt);
      return build("conversation", resourceIdOf(objectOf(payload.conversation)), at);
    }
    if (LISTING_EVENTS.has(event) || GUEST_EVENTS.has(event)) {
      const kind = LISTING_EVENTS.has(event) ? "listing" : "guest";
      const resource = objectOf(payload[kind]) ?? data;
      const at = time(payload.publishedAt) ?? time(resource?.lastUpdatedAt) ?? time(resource?.updatedAt);
      return build(kind, resourceIdOf(resource), at);
    }
    return ignore(event);
  },

  toDocuments(message): DocumentWrite[] {
    const payload = message.payload as Record<string, unknown>;
    const { kind, event } = message;
    const path = `guesty_${kind}s/${safeId(message.resourceId)}`;
    const meta = { lastEvent: event };
    switch (kind) {
      case "reservation":
        return [{ path, mode: "ordered", fields: { ...reservationOf(payload), ...meta } }];
      case "listing":
      case "guest":
        return [
          {
            path,
            mode: "ordered",
            fields: {
              ...(objectOf(payload[kind]) ?? objectOf(payload.data)),
              deleted: REMOVAL_EVENTS.has(event),
              ...(kind === "guest" && typeof payload.by === "string" ? { lastChangedBy: payload.by } : {}),
              ...meta,
            },
          },
        ];
      case "conversation": {
        const post = objectOf(payload.message) ?? {};
        const reservationId = idOf(payload.reservationId) ?? null;
        const direction = event === "reservation.messageSent" ? "sent" : "received";
        const messageId = resourceIdOf(post) ?? idOf(post.postId) ?? message.deliveryId;
        const sentAt = time(post.sentAt) ?? time(post.createdAt);
        return [
          {
            path,
            mode: "ordered",
            fields: { ...objectOf(payload.conversation), reservationId, lastMessageId: messageId, lastMessageDirection: direction, lastMessageAt: sentAt === undefined ? null : new Date(sentAt), ...meta },
          },
          {
            path: `${path}/messages/${safeId(messageId)}`,
            mode: "always",
            fields: { ...post, conversationId: message.resourceId, reservationId, direction, event },
          },
        ];
      }
      default:
        return [];
    }
  },
};

/** The `_id` (or `id`) of a Guesty resource. */
function resourceIdOf(resource: Record<string, unknown> | undefined): string | undefined {
  return idOf(resource?._id) ?? idOf(resource?.id);
}

function reservationOf(payload: Record<string, unknown>): Record<string, unknown> | undefined {
  const data = objectOf(payload.data);
  return objectOf(payload.reservation) ?? objectOf(data?.reservation) ?? data;
}

/** Epoch milliseconds of an ISO string or epoch number, or undefined. */
function time(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value) && value > 0) return value < 1e11 ? value * 1000 : value;
  if (typeof value === "string" && value !== "") {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}
