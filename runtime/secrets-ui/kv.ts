import { fetchWithTimeout, TimeoutError } from "../lib/fetch-timeout";

/**
 * Cloudflare Workers KV through its REST API v4 (../shared/contracts/secrets-ui.md §1): list keys
 * (with metadata, never values), read a value (server side only, for rotations), write with
 * metadata (multipart `value` + `metadata`), delete. Every call has a timeout; a rejected call
 * raises `KvApiError` with the HTTP status and Cloudflare's error codes and messages, which the
 * UI shows as they are (they never contain values).
 */
export interface KvKey {
  readonly name: string;
  readonly expiration?: number;
  readonly metadata?: Record<string, unknown>;
}

export class KvApiError extends Error {
  override readonly name = "KvApiError";
  constructor(
    readonly operation: string,
    /** HTTP status, or 0 when no answer arrived. */
    readonly status: number,
    readonly errors: ReadonlyArray<{ code: number; message: string }>,
  ) {
    super(`Cloudflare KV ${operation} failed (${status ? `HTTP ${status}` : "no answer"})${errors.length ? `: ${errors.map((e) => `${e.code} ${e.message}`).join("; ")}` : ""}${hint(status, errors)}`);
  }
}

function hint(status: number, errors: ReadonlyArray<{ code: number }>): string {
  if (status === 403 || errors.some((e) => e.code === 10000)) return " — the API token lacks Workers KV Storage Edit on this account, or is invalid";
  if (errors.some((e) => e.code === 10013 || e.code === 7003)) return " — the namespace id or account id is wrong";
  if (status === 429) return " — Cloudflare rate limit (1 write per second per key, 1,200 requests per 5 minutes); try again shortly";
  return "";
}

export interface KvClientOptions {
  readonly accountId: string;
  readonly apiToken: string;
  readonly baseUrl: string;
  /** @default 10000 */
  readonly timeoutMs?: number;
}

export class KvClient {
  constructor(private readonly options: KvClientOptions) {}

  private url(namespaceId: string, suffix: string): string {
    return `${this.options.baseUrl.replace(/\/+$/, "")}/accounts/${encodeURIComponent(this.options.accountId)}/storage/kv/namespaces/${encodeURIComponent(namespaceId)}${suffix}`;
  }

  private async request(operation: string, url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetchWithTimeout(fetch, url, { ...init, headers: { authorization: `Bearer ${this.options.apiToken}`, ...(init.headers ?? {}) } }, this.options.timeoutMs ?? 10_000, `Cloudflare KV ${operation}`);
    } catch (error) {
      throw new KvApiError(operation, 0, [{ code: 0, message: error instanceof TimeoutError ? error.message : "the request did not reach Cloudflare" }]);
    }
  }

  private async envelope<T>(operation: string, response: Response): Promise<{ result: T; result_info?: { cursor?: string } }> {
    const text = await response.text();
    let body: { success?: boolean; errors?: Array<{ code: number; message: string }>; result?: T; result_info?: { cursor?: string } } = {};
    try {
      body = JSON.parse(text);
    } catch {
      // Not an envelope (a proxy's error page): report the status alone, never the body.
    }
    if (!response.ok || body.success === false) throw new KvApiError(operation, response.status, (body.errors ?? []).map((e) => ({ code: e.code, message: String(e.message).slice(0, 200) })));
    return body as { result: T; result_info?: { cursor?: string } };
  }

  /** Every key of the namespace with its metadata (follows cursors; a page may be empty yet not last). */
  async listKeys(namespaceId: string): Promise<KvKey[]> {
    const keys: KvKey[] = [];
    let cursor = "";
    for (let page = 0; page < 100; page++) {
      const query = new URLSearchParams({ limit: "1000", ...(cursor ? { cursor } : {}) });
      const answer = await this.envelope<KvKey[]>("list keys", await this.request("list keys", this.url(namespaceId, `/keys?${query}`), { method: "GET" }));
      keys.push(...(answer.result ?? []));
      cursor = answer.result_info?.cursor ?? "";
      if (!cursor) return keys;
    }
    throw new KvApiError("list keys", 0, [{ code: 0, message: "more than 100 pages of keys" }]);
  }

  /** The raw value, or `null` when the key does not exist (HTTP 404 / code 10009). Server side only. */
  async getValue(namespaceId: string, key: string): Promise<string | null> {
    const response = await this.request("read value", this.url(namespaceId, `/values/${encodeURIComponent(key)}`), { method: "GET" });
    if (response.ok) return response.text();
    if (response.status === 404) {
      const answer = await response.text();
      if (/"code"\s*:\s*10009/.test(answer)) return null;
    }
    await this.envelope("read value", response);
    return null;
  }

  /** Writes value and metadata together (a PUT replaces both). */
  async putValue(namespaceId: string, key: string, value: string, metadata: Record<string, unknown>): Promise<void> {
    const form = new FormData();
    form.set("value", value);
    form.set("metadata", JSON.stringify(metadata));
    await this.envelope("write value", await this.request("write value", this.url(namespaceId, `/values/${encodeURIComponent(key)}`), { method: "PUT", body: form }));
  }

  async deleteValue(namespaceId: string, key: string): Promise<void> {
    await this.envelope("delete value", await this.request("delete value", this.url(namespaceId, `/values/${encodeURIComponent(key)}`), { method: "DELETE" }));
  }
}
