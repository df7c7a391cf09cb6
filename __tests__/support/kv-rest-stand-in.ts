/**
 * A loopback stand-in for Cloudflare's Workers KV REST API v4, following
 * ../shared/contracts/secrets-ui.md §1 (itself from developers.cloudflare.com/api/resources/kv/
 * and cloudflare-typescript v7.1.0):
 *
 * - `GET …/keys` (`limit` 10–1000, `cursor`, `prefix`; items `{name, expiration?, metadata?}`, no values);
 * - `GET …/values/{key}` (raw bytes, no envelope; 404 + code 10009 when missing);
 * - `GET …/metadata/{key}`;
 * - `PUT …/values/{key}` raw body or `multipart/form-data` (`value` + `metadata` JSON ≤1024 bytes);
 *   a PUT replaces value, expiration **and** metadata; no conditional write exists;
 * - `DELETE …/values/{key}`;
 * - the v4 envelope; 403 + code 10000 for a bad token or a read-only token writing; 404 + 10013
 *   for an unknown namespace; 429 when more than one write per second hits one key.
 *
 * `failNext` injects a rejection; `requests` records method and path (never bodies), so a test
 * can prove that nothing was written.
 */
import { createServer, IncomingMessage, Server, ServerResponse } from "node:http";
import { AddressInfo } from "node:net";

interface Entry {
  value: Buffer;
  metadata?: unknown;
  writtenAt: number;
}

export interface KvRequestRecord {
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

export class KvRestStandIn {
  /** `http://127.0.0.1:PORT/client/v4` — give it as the API base URL. */
  readonly baseUrl: string;
  readonly requests: KvRequestRecord[] = [];
  private readonly namespaces = new Map<string, Map<string, Entry>>();
  private readonly tokens = new Map<string, "read" | "write">();
  private readonly injected: Array<{ operation: "list" | "read" | "write" | "delete"; status: number; code: number; message: string }> = [];
  /** Enforce the documented 1 write/s per key. @default false (tests write quickly on purpose) */
  enforceWriteRate = false;

  private constructor(
    private readonly server: Server,
    port: number,
    readonly accountId: string,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}/client/v4`;
  }

  static async start(accountId = "0123456789abcdef0123456789abcdef"): Promise<KvRestStandIn> {
    let standIn: KvRestStandIn | undefined;
    const server = createServer((req, res) => void standIn!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    standIn = new KvRestStandIn(server, (server.address() as AddressInfo).port, accountId);
    return standIn;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  addToken(token: string, permission: "read" | "write"): void {
    this.tokens.set(token, permission);
  }

  createNamespace(id: string): void {
    this.namespaces.set(id, new Map());
  }

  /** Test access to stored state (what a Worker's binding would read). */
  value(namespaceId: string, key: string): string | undefined {
    return this.namespaces.get(namespaceId)?.get(key)?.value.toString("utf8");
  }

  metadata(namespaceId: string, key: string): unknown {
    return this.namespaces.get(namespaceId)?.get(key)?.metadata;
  }

  /** Writes directly, as wrangler or Terraform would (bypassing the app). */
  seed(namespaceId: string, key: string, value: string, metadata?: unknown): void {
    this.namespaces.get(namespaceId)!.set(key, { value: Buffer.from(value), metadata, writtenAt: 0 });
  }

  writes(): KvRequestRecord[] {
    return this.requests.filter((r) => r.method === "PUT" || r.method === "DELETE" || (r.method === "POST" && r.path.includes("/bulk")));
  }

  failNext(operation: "list" | "read" | "write" | "delete", status: number, code: number, message: string): void {
    this.injected.push({ operation, status, code, message });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://stand-in");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const send = (status: number, payload: unknown, raw?: Buffer) => {
      this.requests.push({ method: req.method ?? "", path: url.pathname, status });
      if (raw) {
        res.writeHead(status, { "content-type": "application/octet-stream" });
        res.end(raw);
      } else {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(payload));
      }
    };
    const fail = (status: number, code: number, message: string) => send(status, { success: false, errors: [{ code, message }], messages: [], result: null });
    const ok = (result: unknown, extra: Record<string, unknown> = {}) => send(200, { success: true, errors: [], messages: [], result, ...extra });

    const match = /^\/client\/v4\/accounts\/([^/]+)\/storage\/kv\/namespaces\/([^/]+)\/(keys|values|metadata)(?:\/(.+))?$/.exec(url.pathname);
    if (!match) return fail(404, 7003, `Could not route to ${url.pathname}, perhaps your object identifier is invalid?`);
    const [, account, namespaceId, kind, rawKey] = match;
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const permission = token ? this.tokens.get(token) : undefined;
    if (!permission) return fail(403, 10000, "Authentication error");
    if (decodeURIComponent(account) !== this.accountId) return fail(403, 10000, "Authentication error");
    const namespace = this.namespaces.get(decodeURIComponent(namespaceId));
    if (!namespace) return fail(404, 10013, "namespace not found");

    const operation = kind === "keys" || (kind !== "metadata" && req.method === "GET") ? (kind === "keys" ? "list" : "read") : req.method === "PUT" ? "write" : req.method === "DELETE" ? "delete" : "read";
    const injectedAt = this.injected.findIndex((i) => i.operation === operation);
    if (injectedAt >= 0) {
      const [injected] = this.injected.splice(injectedAt, 1);
      return fail(injected.status, injected.code, injected.message);
    }

    if (kind === "keys" && req.method === "GET") {
      const limit = Number(url.searchParams.get("limit") ?? 1000);
      if (!Number.isInteger(limit) || limit < 10 || limit > 1000) return fail(400, 10026, "limit must be between 10 and 1000");
      const prefix = url.searchParams.get("prefix") ?? "";
      const names = [...namespace.keys()].filter((n) => n.startsWith(prefix)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      const start = Number(url.searchParams.get("cursor") || 0);
      const page = names.slice(start, start + limit);
      const next = start + limit < names.length ? String(start + limit) : "";
      return ok(
        page.map((name) => ({ name, ...(namespace.get(name)!.metadata !== undefined ? { metadata: namespace.get(name)!.metadata } : {}) })),
        { result_info: { count: page.length, cursor: next } },
      );
    }
    if (!rawKey) return fail(404, 7003, "Could not route");
    const key = decodeURIComponent(rawKey);
    if (!key || key === "." || key === ".." || Buffer.byteLength(key) > 512) return fail(400, 10019, "invalid key name");
    const entry = namespace.get(key);

    if (kind === "metadata" && req.method === "GET") return entry ? ok(entry.metadata ?? null) : fail(404, 10009, "get: 'key not found'");
    if (kind !== "values") return fail(405, 10000, "method not allowed");
    if (req.method === "GET") return entry ? send(200, null, entry.value) : fail(404, 10009, "get: 'key not found'");
    if (req.method === "DELETE") {
      if (permission !== "write") return fail(403, 10000, "Authentication error");
      namespace.delete(key);
      return ok({});
    }
    if (req.method === "PUT") {
      if (permission !== "write") return fail(403, 10000, "Authentication error");
      if (this.enforceWriteRate && entry && Date.now() - entry.writtenAt < 1000) return fail(429, 10048, "KV PUT failed: 429 Too Many Requests");
      let value = body;
      let metadata: unknown;
      const contentType = req.headers["content-type"] ?? "";
      if (contentType.startsWith("multipart/form-data")) {
        const form = await new Request("http://stand-in/", { method: "PUT", headers: { "content-type": contentType }, body }).formData();
        const part = form.get("value");
        if (part === null) return fail(400, 10021, "missing value part");
        value = typeof part === "string" ? Buffer.from(part) : Buffer.from(await part.arrayBuffer());
        const rawMetadata = form.get("metadata");
        if (typeof rawMetadata === "string") {
          if (Buffer.byteLength(rawMetadata) > 1024) return fail(413, 10023, "metadata too large (max 1024 bytes)");
          try {
            metadata = JSON.parse(rawMetadata);
          } catch {
            return fail(400, 10022, "metadata is not valid JSON");
          }
        }
      }
      if (value.length > 25 * 1024 * 1024) return fail(413, 10024, "value too large");
      namespace.set(key, { value, metadata, writtenAt: Date.now() });
      return ok({});
    }
    return fail(405, 10000, "method not allowed");
  }
}
