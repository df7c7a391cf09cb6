import { splitSecretValues } from "../../lib/constant-time";
import { verifyWebhookSignature } from "../../lib/svix-verify";
import { type IngestMessage, safeId } from "../message";
import { type DocumentWrite, idOf, invalid, isObject, pad, parseJsonObject, type ParseResult, type SourceAdapter, type VerifyResult } from "./types";

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
 */
const RESERVATION_EVENTS = new Set(["reservation.new", "reservation.updated", "reservation.created.v2", "reservation.updated.v2"]);
const MESSAGE_EVENTS = new Set(["reservation.messageReceived", "reservation.messageSent"]);
const LISTING_EVENTS = new Set(["listing.new", "listing.updated", "listing.removed"]);
const GUEST_EVENTS = new Set(["guest.created", "guest.updated", "guest.deleted"]);

export const guesty: SourceAdapter = {
  name: "guesty",

  async verify({ headers, rawBody, secret, nowSeconds }): Promise<VerifyResult> {
    const check = await verifyWebhookSignature({ headers, rawBody, secrets: splitSecretValues(secret), nowSeconds });
    if (!check.ok) return { ok: false, status: 401, error: `signature_${check.reason}`, message: check.message };
    const parsed = parseJsonObject(rawBody);
    if (!parsed.ok) return { ok: false, status: 400, error: "malformed_json", message: parsed.message };
    return { ok: true, payload: parsed.value, deliveryId: check.id };
  },

  parse(payload, context): ParseResult {
    const rawEvent = payload.event ?? payload.eventType;
    if (typeof rawEvent !== "string" || rawEvent === "") return invalid("missing_event", "the payload has no \"event\" (or \"eventType\")");
    const event = rawEvent;
    const deliveryId = context.deliveryId;
    if (!deliveryId) return invalid("missing_delivery_id", "the delivery has no svix-id");
    const data = isObject(payload.data) ? payload.data : undefined;
    const receivedMs = Date.parse(context.receivedAt);

    const build = (kind: string, resourceId: string | undefined, idField: string, tier: number, orderedAt: number | undefined): ParseResult => {
      if (!resourceId) return invalid("missing_resource_id", `the ${event} payload has no ${idField}`);
      const message: IngestMessage = {
        v: 1,
        source: "guesty",
        event,
        kind,
        resourceId,
        deliveryId,
        receivedAt: context.receivedAt,
        orderingKey: `${tier}:${pad(orderedAt ?? receivedMs, 15)}`,
        payload,
      };
      return { kind: "message", message };
    };

    if (RESERVATION_EVENTS.has(event)) {
      const reservation = reservationOf(payload);
      const id = idOf(reservation?._id) ?? idOf(reservation?.id) ?? idOf(payload.reservationId) ?? idOf(data?.reservationId);
      const at = time(payload.publishedAt) ?? time(data?.publishedAt) ?? time(reservation?.publishedAt) ?? time(reservation?.lastUpdatedAt);
      return build("reservation", id, "reservation._id", 0, at);
    }
    if (MESSAGE_EVENTS.has(event)) {
      const conversation = isObject(payload.conversation) ? payload.conversation : undefined;
      const post = isObject(payload.message) ? payload.message : undefined;
      const at = time(post?.sentAt) ?? time(post?.createdAt) ?? time(payload.publishedAt);
      return build("conversation", idOf(conversation?._id) ?? idOf(conversation?.id), "conversation._id", 0, at);
    }
    if (LISTING_EVENTS.has(event)) {
      const listing = isObject(payload.listing) ? payload.listing : data;
      const at = time(payload.publishedAt) ?? time(listing?.lastUpdatedAt) ?? time(listing?.updatedAt);
      return build("listing", idOf(listing?._id) ?? idOf(listing?.id), "listing._id", event === "listing.removed" ? 1 : 0, at);
    }
    if (GUEST_EVENTS.has(event)) {
      const guest = isObject(payload.guest) ? payload.guest : data;
      const at = time(payload.publishedAt) ?? time(guest?.lastUpdatedAt) ?? time(guest?.updatedAt);
      return build("guest", idOf(guest?._id) ?? idOf(guest?.id), "guest._id", event === "guest.deleted" ? 1 : 0, at);
    }
    return { kind: "ignore", event, reason: `event "${event}" is not stored by this worker` };
  },

  toDocuments(message): DocumentWrite[] {
    const payload = message.payload as Record<string, unknown>;
    const meta = { lastEvent: message.event };
    switch (message.kind) {
      case "reservation":
        return [{ path: `guesty_reservations/${safeId(message.resourceId)}`, mode: "ordered", fields: { ...(reservationOf(payload) ?? {}), ...meta } }];
      case "listing": {
        const listing = isObject(payload.listing) ? payload.listing : isObject(payload.data) ? payload.data : {};
        return [{ path: `guesty_listings/${safeId(message.resourceId)}`, mode: "ordered", fields: { ...listing, deleted: message.event === "listing.removed", ...meta } }];
      }
      case "guest": {
        const guest = isObject(payload.guest) ? payload.guest : isObject(payload.data) ? payload.data : {};
        return [{ path: `guesty_guests/${safeId(message.resourceId)}`, mode: "ordered", fields: { ...guest, deleted: message.event === "guest.deleted", ...(typeof payload.by === "string" ? { lastChangedBy: payload.by } : {}), ...meta } }];
      }
      case "conversation": {
        const conversation = isObject(payload.conversation) ? payload.conversation : {};
        const post = isObject(payload.message) ? payload.message : {};
        const reservationId = idOf(payload.reservationId) ?? null;
        const direction = message.event === "reservation.messageSent" ? "sent" : "received";
        const conversationPath = `guesty_conversations/${safeId(message.resourceId)}`;
        const messageId = idOf(post._id) ?? idOf(post.id) ?? idOf(post.postId) ?? message.deliveryId;
        const sentAt = time(post.sentAt) ?? time(post.createdAt);
        return [
          {
            path: conversationPath,
            mode: "ordered",
            fields: { ...conversation, reservationId, lastMessageId: messageId, lastMessageDirection: direction, lastMessageAt: sentAt === undefined ? null : new Date(sentAt), ...meta },
          },
          {
            path: `${conversationPath}/messages/${safeId(messageId)}`,
            mode: "always",
            fields: { ...post, conversationId: message.resourceId, reservationId, direction, event: message.event },
          },
        ];
      }
      default:
        return [];
    }
  },
};

function reservationOf(payload: Record<string, unknown>): Record<string, unknown> | undefined {
  if (isObject(payload.reservation)) return payload.reservation;
  const data = isObject(payload.data) ? payload.data : undefined;
  if (data && isObject(data.reservation)) return data.reservation;
  return data;
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
