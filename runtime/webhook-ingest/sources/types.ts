import type { HeaderSource } from "../../lib/svix-verify";
import type { IngestMessage } from "../message";

/**
 * A source adapter: everything that differs between vendors. Adding a vendor is one new file
 * here plus a line in `sources/index.ts`; the construct only sets `SOURCE`.
 */
export interface SourceAdapter {
  /** Value of the `SOURCE` var that selects this adapter. */
  readonly name: string;
  /**
   * Authenticate the delivery and parse its JSON body (in the order the scheme requires). A body
   * that is authenticated but not a JSON object comes back `ok` with `payload: null`: it is
   * accepted and archived, never refused (vendors disable endpoints that keep failing).
   */
  verify(input: VerifyInput): Promise<VerifyResult>;
  /** Turn a verified payload into the normalised queue message, or decide to ignore it. */
  parse(payload: Record<string, unknown>, context: ParseContext): ParseResult;
  /** Firestore documents one message writes (paths relative to the documents root). */
  toDocuments(message: IngestMessage & { readonly payload: unknown }): DocumentWrite[];
}

export interface VerifyInput {
  readonly headers: HeaderSource;
  /** The exact body, decoded as UTF-8. */
  readonly rawBody: string;
  /** The secret value from KV (may hold several values separated by whitespace or commas). */
  readonly secret: string;
  readonly nowSeconds: number;
}

export type VerifyResult =
  | { readonly ok: true; readonly payload: Record<string, unknown>; readonly deliveryId?: string }
  /** Authenticated, but the body is not a JSON object: archived under `unparsed/` and answered 200. */
  | { readonly ok: true; readonly payload: null; readonly unreadable: { readonly error: string; readonly message: string }; readonly deliveryId?: string }
  /** Not authenticated (401), or a body that cannot even be authenticated (400). */
  | { readonly ok: false; readonly status: 400 | 401; readonly error: string; readonly message: string };

export interface ParseContext {
  readonly headers: HeaderSource;
  /** Delivery id established by verification (Guesty: `svix-id`). */
  readonly deliveryId?: string;
  readonly receivedAt: string;
}

export type ParseResult =
  | { readonly kind: "message"; readonly message: IngestMessage }
  | { readonly kind: "ignore"; readonly event: string; readonly reason: string }
  | { readonly kind: "invalid"; readonly error: string; readonly message: string };

/**
 * One document write.
 * - `ordered`: applied only if the message's `orderingKey` is >= the key stored on the document
 *   (`_ingest.orderingKey`), so an older event never overwrites a newer state;
 * - `always`: idempotent upsert of immutable content (e.g. one chat message), no ordering.
 * Either way only the top-level fields given are replaced (an update mask), others are kept.
 */
export interface DocumentWrite {
  readonly path: string;
  readonly fields: Record<string, unknown>;
  readonly mode: "ordered" | "always";
}

export function invalid(error: string, message: string): Extract<ParseResult, { kind: "invalid" }> {
  return { kind: "invalid", error, message };
}

/** A verified event of a type this Worker does not store (answered 200 and logged). */
export function ignore(event: string): Extract<ParseResult, { kind: "ignore" }> {
  return { kind: "ignore", event, reason: `event "${event}" is not stored by this worker` };
}

/** A parsed delivery, as a v1 queue message. */
export function accept(message: Omit<IngestMessage, "v">): ParseResult {
  return { kind: "message", message: { v: 1, ...message } };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `value` if it is a (non-array) object, else undefined. */
export function objectOf(value: unknown): Record<string, unknown> | undefined {
  return isObject(value) ? value : undefined;
}

/** A vendor id as a non-empty string, or undefined. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Parses a JSON body that must be an object: the payload, or a 400 `malformed_json`. */
export function parseJsonBody(rawBody: string): { readonly ok: true; readonly payload: Record<string, unknown> } | { readonly ok: false; readonly status: 400; readonly error: string; readonly message: string } {
  let value: unknown;
  try {
    value = JSON.parse(rawBody);
  } catch (error) {
    return malformedJson(`the body is not valid JSON (${error instanceof Error ? error.message : "parse error"})`);
  }
  return isObject(value) ? { ok: true, payload: value } : malformedJson("the body is JSON but not an object");
}

function malformedJson(message: string): { readonly ok: false; readonly status: 400; readonly error: string; readonly message: string } {
  return { ok: false, status: 400, error: "malformed_json", message };
}

/** Zero-padded decimal so that string order equals numeric order (non-negative integers). */
export function pad(n: number, width: number): string {
  return String(Math.max(0, Math.floor(n))).padStart(width, "0");
}
