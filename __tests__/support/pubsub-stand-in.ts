// Pub/Sub REST publish and the Google OAuth token endpoint, as a local HTTP server
// (contract ../shared/contracts/google-events-identity.md §1):
// - `POST /token`: JWT-bearer grant; the assertion's RS256 signature is verified with the public
//   half of a key pair generated per test (nothing private is committed); `aud` must be this URL
//   and `scope` must include pubsub or cloud-platform.
// - `POST /v1/projects/{p}/topics/{t}:publish` with a bearer token from /token: `{messages}` of
//   1-1,000 `PubsubMessage`s, each with non-empty `data` (base64) or attributes, one `orderingKey`
//   per request (≤ 1 KB); answers `{messageIds}` in request order; unknown topic → 404 NOT_FOUND;
//   no or unknown token → 401 UNAUTHENTICATED.
// - Faults: the next n publishes answer 503 UNAVAILABLE, or every publish does while `down`.
import { createVerify, generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export interface PublishedMessage {
  readonly topic: string;
  readonly messageId: string;
  /** The message data, base64-decoded and parsed as JSON (the relay publishes JSON). */
  readonly json: unknown;
  readonly orderingKey?: string;
  readonly attributes?: Record<string, string>;
}

const ACCEPTED_SCOPES = ["https://www.googleapis.com/auth/pubsub", "https://www.googleapis.com/auth/cloud-platform"];

export class PubSubStandIn {
  readonly published: PublishedMessage[] = [];
  readonly stats = { publishRequests: 0, rejectedPublishes: 0, tokenGrants: 0, tokenRejections: 0, maxConcurrentPublishes: 0 };
  /** Each publish answers after this long (a real round trip to Google is tens of ms). */
  latencyMs = 0;
  private concurrentPublishes = 0;
  private readonly topics = new Set<string>();
  private readonly accounts = new Map<string, { email: string; publicKey: KeyObject }>();
  private readonly tokens = new Set<string>();
  private failures = 0;
  private downFlag = false;
  private nextId = 1;

  private constructor(
    private readonly server: http.Server,
    readonly baseUrl: string,
  ) {}

  static async start(): Promise<PubSubStandIn> {
    let standIn: PubSubStandIn | undefined;
    const server = http.createServer((req, res) => standIn!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    standIn = new PubSubStandIn(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return standIn;
  }

  get tokenUrl(): string {
    return `${this.baseUrl}/token`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  createTopic(projectId: string, topic: string): void {
    this.topics.add(`projects/${projectId}/topics/${topic}`);
  }

  /** A service-account key JSON whose JWTs this stand-in accepts. */
  createServiceAccountKey(projectId = "stand-in-project"): string {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const kid = randomBytes(20).toString("hex");
    const email = `mongo-relay@${projectId}.iam.gserviceaccount.com`;
    this.accounts.set(kid, { email, publicKey });
    return JSON.stringify({
      type: "service_account",
      project_id: projectId,
      private_key_id: kid,
      private_key: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      client_email: email,
      token_uri: this.tokenUrl,
    });
  }

  /** The next `n` publish requests answer 503 UNAVAILABLE. */
  failNextPublishes(n: number): void {
    this.failures = n;
  }

  down(): void {
    this.downFlag = true;
  }

  up(): void {
    this.downFlag = false;
    this.failures = 0;
  }

  /** The relay changes published so far (decoded), in acknowledgement order. */
  changes<T = Record<string, unknown>>(): T[] {
    return this.published.map((message) => message.json as T);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url ?? "/", this.baseUrl);
      let status = 200;
      let payload: unknown;
      try {
        if (url.pathname === "/token") payload = this.token(req, body);
        else {
          const match = /^\/v1\/(projects\/[^/]+\/topics\/[^/:]+):publish$/.exec(url.pathname);
          if (!match || req.method !== "POST") throw new ApiError(404, "NOT_FOUND", `no route ${req.method} ${url.pathname}`);
          this.concurrentPublishes += 1;
          this.stats.maxConcurrentPublishes = Math.max(this.stats.maxConcurrentPublishes, this.concurrentPublishes);
          const answer = () => {
            this.concurrentPublishes -= 1;
            let publishStatus = 200;
            let publishPayload: unknown;
            try {
              publishPayload = this.publish(decodeURIComponent(match[1]), req.headers.authorization, body);
            } catch (error) {
              if (!(error instanceof ApiError)) throw error;
              publishStatus = error.status;
              publishPayload = error.body();
            }
            res.writeHead(publishStatus, { "content-type": "application/json" }).end(JSON.stringify(publishPayload));
          };
          if (this.latencyMs > 0) setTimeout(answer, this.latencyMs);
          else answer();
          return;
        }
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        status = error.status;
        payload = error.body();
      }
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
    });
  }

  private token(req: http.IncomingMessage, body: string): unknown {
    const reject = (description: string): never => {
      this.stats.tokenRejections += 1;
      throw new ApiError(400, "invalid_grant", description, true);
    };
    if (req.method !== "POST" || !String(req.headers["content-type"]).startsWith("application/x-www-form-urlencoded")) return reject("POST a form");
    const form = new URLSearchParams(body);
    if (form.get("grant_type") !== "urn:ietf:params:oauth:grant-type:jwt-bearer") return reject("Invalid grant_type");
    const parts = (form.get("assertion") ?? "").split(".");
    if (parts.length !== 3) return reject("Invalid JWT");
    const header = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8")) as Record<string, unknown>;
    const claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8")) as Record<string, unknown>;
    const account = typeof header.kid === "string" ? this.accounts.get(header.kid) : undefined;
    if (header.alg !== "RS256" || !account) return reject("Invalid JWT Signature.");
    const verifier = createVerify("RSA-SHA256");
    verifier.update(`${parts[0]}.${parts[1]}`);
    if (!verifier.verify(account.publicKey, Buffer.from(parts[2], "base64url"))) reject("Invalid JWT Signature.");
    if (claims.iss !== account.email || claims.aud !== this.tokenUrl) reject("Invalid JWT: iss or aud");
    const scopes = typeof claims.scope === "string" ? claims.scope.split(" ") : [];
    if (!scopes.some((scope) => ACCEPTED_SCOPES.includes(scope))) reject("Invalid JWT: scope must include pubsub or cloud-platform");
    const accessToken = `ya29.standin-${randomBytes(12).toString("hex")}`;
    this.tokens.add(accessToken);
    this.stats.tokenGrants += 1;
    return { access_token: accessToken, expires_in: 3599, token_type: "Bearer" };
  }

  private publish(topic: string, authorization: string | undefined, body: string): unknown {
    this.stats.publishRequests += 1;
    const reject = (status: number, code: string, message: string): never => {
      this.stats.rejectedPublishes += 1;
      throw new ApiError(status, code, message);
    };
    const token = /^Bearer (.+)$/.exec(authorization ?? "")?.[1];
    if (!token || !this.tokens.has(token)) return reject(401, "UNAUTHENTICATED", "Request had invalid authentication credentials.");
    if (this.downFlag || this.failures > 0) {
      if (this.failures > 0) this.failures -= 1;
      return reject(503, "UNAVAILABLE", "The service is currently unavailable.");
    }
    if (!this.topics.has(topic)) return reject(404, "NOT_FOUND", `Resource not found (resource=${topic.split("/").pop()}).`);
    let messages: Array<{ data?: string; attributes?: Record<string, string>; orderingKey?: string }>;
    try {
      messages = (JSON.parse(body) as { messages?: typeof messages }).messages ?? [];
    } catch {
      return reject(400, "INVALID_ARGUMENT", "Invalid JSON payload received.");
    }
    if (messages.length === 0 || messages.length > 1000) return reject(400, "INVALID_ARGUMENT", "The value for message_count is too small/large.");
    const keys = new Set(messages.map((m) => m.orderingKey ?? ""));
    if (keys.size > 1) return reject(400, "INVALID_ARGUMENT", "All messages in a publish request must have the same ordering key.");
    const ids: string[] = [];
    for (const message of messages) {
      if (!message.data && !message.attributes) return reject(400, "INVALID_ARGUMENT", "Some messages are empty (no data and no attributes).");
      if (message.orderingKey && Buffer.byteLength(message.orderingKey) > 1024) return reject(400, "INVALID_ARGUMENT", "Ordering key is too long.");
      const messageId = String(this.nextId++);
      const text = Buffer.from(message.data ?? "", "base64").toString("utf8");
      let json: unknown = text;
      try {
        json = JSON.parse(text);
      } catch {
        // kept as text
      }
      this.published.push({ topic, messageId, json, orderingKey: message.orderingKey, attributes: message.attributes });
      ids.push(messageId);
    }
    return { messageIds: ids };
  }
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly oauth = false,
  ) {
    super(message);
  }

  body(): unknown {
    return this.oauth ? { error: this.code, error_description: this.message } : { error: { code: this.status, message: this.message, status: this.code } };
  }
}
