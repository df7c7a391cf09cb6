// One mapper per source collection: a document becomes the text worth embedding plus the payload
// retrieval filters on. A document with nothing worth embedding maps to empty text, and its
// points (if any) are removed: "skipped" never leaves stale vectors behind.
//
// Access: `access: "room"` points (Rocket.Chat messages) carry the room they were said in and may
// only be retrieved there; `access: "business"` points (calls, reservations, ...) are retrievable
// only in the channels the RAG bridge allows.

export type Access = "room" | "business";

export interface MappedDocument {
  /** `aircall`, `guesty`, `rocketchat` */
  readonly source: string;
  /** `call`, `contact`, `reservation`, `listing`, `guest`, `guest_message`, `chat_message` */
  readonly docType: string;
  readonly title: string;
  /** Empty: nothing worth embedding (the document's points are removed). */
  readonly text: string;
  readonly access: Access;
  /** Extra filterable payload (ids, room, times); values are strings, numbers or null. */
  readonly payload: Readonly<Record<string, string | number | null>>;
}

type Doc = Record<string, unknown>;
type Mapper = (id: string, doc: Doc, path: readonly string[]) => MappedDocument;

/** Mappers by collection pattern: each `{x}` stands for one path segment. */
const MAPPERS: ReadonlyArray<readonly [pattern: string, mapper: Mapper]> = [
  ["aircall_calls/{id}", mapAircallCall],
  ["aircall_contacts/{id}", mapAircallContact],
  ["guesty_reservations/{id}", mapGuestyReservation],
  ["guesty_listings/{id}", mapGuestyListing],
  ["guesty_guests/{id}", mapGuestyGuest],
  ["guesty_conversations/{id}/messages/{id}", mapGuestyMessage],
  ["rocketchat_message/{id}", mapRocketChatMessage],
];

export class UnmappableDocumentError extends Error {
  override readonly name = "UnmappableDocumentError";
}

/** The mapper's view of a document at `documentPath`; throws `UnmappableDocumentError` for a path no mapper knows. */
export function mapDocument(documentPath: string, doc: Doc): MappedDocument {
  const segments = documentPath.split("/");
  for (const [pattern, mapper] of MAPPERS) {
    const parts = pattern.split("/");
    if (parts.length === segments.length && parts.every((part, i) => part === "{id}" || part === segments[i])) {
      return mapper(segments[segments.length - 1], doc, segments);
    }
  }
  throw new UnmappableDocumentError(`no mapper for "${documentPath}"; mapped collections: ${MAPPERS.map(([p]) => p).join(", ")}`);
}

/** The mapped collection patterns (for documentation and the construct's triggers). */
export const MAPPED_PATTERNS: readonly string[] = MAPPERS.map(([pattern]) => pattern);

// ---------------------------------------------------------------------------------------------

function mapAircallCall(id: string, call: Doc): MappedDocument {
  const notes = arrayOf(call.comments).map((comment) => str(obj(comment).content)).filter(Boolean);
  const summary = textOf(call.summary);
  const transcript = transcriptOf(call.transcription);
  const human = [summary && `Summary: ${summary}`, notes.length > 0 && `Notes: ${notes.join(" | ")}`, transcript && `Transcript: ${transcript}`].filter(Boolean);
  const contact = obj(call.contact);
  const contactName = [str(contact.first_name), str(contact.last_name)].filter(Boolean).join(" ") || str(contact.company_name) || str(call.raw_digits);
  const startedAt = isoTime(call.started_at);
  const title = `${capitalise(str(call.direction) || "phone")} call ${contactName ? `with ${contactName} ` : ""}${startedAt ? `on ${startedAt.slice(0, 10)}` : ""}`.trim();
  const header = [
    title,
    str(obj(call.user).name) && `Agent: ${str(obj(call.user).name)}`,
    str(obj(call.number).name) && `Line: ${str(obj(call.number).name)}`,
    str(call.status) && `Status: ${str(call.status)}${typeof call.duration === "number" ? `, ${call.duration} s` : ""}`,
    arrayOf(call.tags).length > 0 && `Tags: ${arrayOf(call.tags).map((tag) => str(obj(tag).name) || str(tag)).filter(Boolean).join(", ")}`,
  ].filter(Boolean);
  return {
    source: "aircall",
    docType: "call",
    title,
    // A call with no summary, notes or transcript is metadata only: nothing a question could be answered from.
    text: human.length > 0 ? [...header, ...human].join("\n") : "",
    access: "business",
    payload: { call_id: id, started_at: startedAt, contact_name: contactName || null },
  };
}

function mapAircallContact(id: string, contact: Doc): MappedDocument {
  const name = [str(contact.first_name), str(contact.last_name)].filter(Boolean).join(" ");
  const lines = [
    name && `Contact: ${name}`,
    str(contact.company_name) && `Company: ${str(contact.company_name)}`,
    str(contact.information) && `Information: ${str(contact.information)}`,
  ].filter(Boolean);
  return {
    source: "aircall",
    docType: "contact",
    title: name || str(contact.company_name) || `Contact ${id}`,
    text: contact.deleted === true ? "" : lines.join("\n"),
    access: "business",
    payload: { contact_id: id },
  };
}

function mapGuestyReservation(id: string, reservation: Doc): MappedDocument {
  const guest = obj(reservation.guest);
  const listing = obj(reservation.listing);
  const code = str(reservation.confirmationCode);
  const listingName = str(listing.title) || str(listing.nickname);
  const title = `Reservation ${code || id}${listingName ? ` at ${listingName}` : ""}`;
  const lines = [
    title,
    str(reservation.status) && `Status: ${str(reservation.status)}`,
    (str(guest.fullName) || str(reservation.guestName)) && `Guest: ${str(guest.fullName) || str(reservation.guestName)}`,
    (reservation.checkIn || reservation.checkInDateLocalized) && `Check-in: ${str(reservation.checkInDateLocalized) || isoTime(reservation.checkIn)}`,
    (reservation.checkOut || reservation.checkOutDateLocalized) && `Check-out: ${str(reservation.checkOutDateLocalized) || isoTime(reservation.checkOut)}`,
    typeof reservation.guestsCount === "number" && `Guests: ${reservation.guestsCount}`,
    str(reservation.source) && `Channel: ${str(reservation.source)}`,
    textOf(reservation.notes) && `Notes: ${textOf(reservation.notes)}`,
  ].filter(Boolean);
  return {
    source: "guesty",
    docType: "reservation",
    title,
    text: lines.length > 1 ? lines.join("\n") : "",
    access: "business",
    payload: { reservation_id: id, listing_id: str(reservation.listingId) || str(listing._id) || null, check_in: isoTime(reservation.checkIn) },
  };
}

function mapGuestyListing(id: string, listing: Doc): MappedDocument {
  const description = obj(obj(listing.publicDescription));
  const title = str(listing.title) || str(listing.nickname) || `Listing ${id}`;
  const lines = [
    `Listing: ${title}`,
    str(listing.nickname) && str(listing.nickname) !== title && `Nickname: ${str(listing.nickname)}`,
    str(obj(listing.address).full) && `Address: ${str(obj(listing.address).full)}`,
    typeof listing.bedrooms === "number" && `Bedrooms: ${listing.bedrooms}`,
    typeof listing.accommodates === "number" && `Sleeps: ${listing.accommodates}`,
    ...["summary", "space", "access", "neighborhood", "transit", "notes", "houseRules"].map((key) => str(description[key]) && `${capitalise(key)}: ${str(description[key])}`),
  ].filter(Boolean);
  return {
    source: "guesty",
    docType: "listing",
    title,
    text: listing.deleted === true ? "" : lines.join("\n"),
    access: "business",
    payload: { listing_id: id },
  };
}

function mapGuestyGuest(id: string, guest: Doc): MappedDocument {
  // Names and free-text notes help answer "who is ..."; contact details are not embedded.
  const name = str(guest.fullName) || [str(guest.firstName), str(guest.lastName)].filter(Boolean).join(" ");
  const lines = [name && `Guest: ${name}`, str(guest.hometown) && `Hometown: ${str(guest.hometown)}`, textOf(guest.notes) && `Notes: ${textOf(guest.notes)}`].filter(Boolean);
  return {
    source: "guesty",
    docType: "guest",
    title: name || `Guest ${id}`,
    text: guest.deleted === true ? "" : lines.join("\n"),
    access: "business",
    payload: { guest_id: id },
  };
}

function mapGuestyMessage(id: string, message: Doc, path: readonly string[]): MappedDocument {
  const body = str(message.body);
  const direction = str(message.direction);
  return {
    source: "guesty",
    docType: "guest_message",
    title: `Guest conversation message ${id}`,
    text: body ? `${direction === "sent" ? "Message to the guest" : "Message from the guest"}: ${body}` : "",
    access: "business",
    payload: { conversation_id: path[1], reservation_id: str(message.reservationId) || null, sent_at: isoTime(message.sentAt ?? message.createdAt) },
  };
}

function mapRocketChatMessage(id: string, message: Doc): MappedDocument {
  const text = str(message.msg);
  const user = obj(message.u);
  // System messages (`t`: joins, topic changes ...), hidden or bot-written messages (the RAG
  // bridge's own answers among them) are not knowledge.
  const skip = !text || Boolean(message.t) || message._hidden === true || Boolean(message.bot);
  return {
    source: "rocketchat",
    docType: "chat_message",
    title: `Message from ${str(user.username) || "someone"}`,
    text: skip ? "" : `${str(user.name) || str(user.username) || "Someone"}: ${text}`,
    access: "room",
    payload: { room_id: str(message.rid) || null, thread_id: str(message.tmid) || null, sent_at: isoTime(message.ts) },
  };
}

// ---------------------------------------------------------------------------------------------

function obj(value: unknown): Doc {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Doc) : {};
}
function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
function str(value: unknown): string {
  return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
}
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
/** A string, or the `content`/`text` of an object (vendors nest summaries differently). */
function textOf(value: unknown): string {
  if (typeof value === "string") return value.trim();
  const o = obj(value);
  return str(o.content) || str(o.text) || str(o.summary);
}
/** Aircall transcripts: a string, or `content.utterances[].text` (Conversation Intelligence). */
function transcriptOf(value: unknown): string {
  if (typeof value === "string") return value.trim();
  const utterances = arrayOf(obj(obj(value).content).utterances).concat(arrayOf(obj(value).utterances));
  const lines = utterances.map((u) => str(obj(u).text)).filter(Boolean);
  return lines.length > 0 ? lines.join(" ") : textOf(value);
}
/** Date, ISO string, UNIX seconds or milliseconds → ISO string; null when absent or unreadable. */
function isoTime(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === "number" && Number.isFinite(value)) return new Date(value < 1e11 ? value * 1000 : value).toISOString();
  if (typeof value === "string" && value) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  const dateObject = obj(value);
  if (typeof dateObject.$date === "string" || typeof dateObject.$date === "number") return isoTime(dateObject.$date);
  return null;
}
