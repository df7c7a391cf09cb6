/**
 * A Secret Manager (REST v1) stand-in on 127.0.0.1 for `AccessSecretVersion`, following the
 * published reference (projects.secrets.versions/access) and the errors Google answers:
 *
 * - `GET /v1/projects/{project}/secrets/{secret}/versions/{version}:access`, bearer token required
 *   (401 UNAUTHENTICATED otherwise; the token must carry the cloud-platform scope, else 403
 *   PERMISSION_DENIED "Request had insufficient authentication scopes."). `latest` is the newest
 *   version, whatever its state.
 * - 200 `{"name": "projects/<number>/secrets/<id>/versions/<n>", "payload": {"data": "<base64>",
 *   "dataCrc32c": "<decimal int64>"}}` (the name carries the project number, as Google's does).
 * - The caller's identity needs `roles/secretmanager.secretAccessor` on the secret (`grant`); without
 *   it, or when the secret does not exist, 403 PERMISSION_DENIED "Permission
 *   'secretmanager.versions.access' denied for resource '…' (or it may not exist)."
 * - A secret without versions: 404 NOT_FOUND "Secret [projects/<number>/secrets/<id>] not found or has
 *   no versions."; a numbered version that does not exist: 404 "Secret Version […] not found.".
 * - The chosen version DISABLED or DESTROYED: 400 FAILED_PRECONDITION "Secret Version […] is in
 *   DISABLED state.".
 * - Errors in Google's shape: `{"error": {"code": N, "message": "…", "status": "CODE"}}`.
 *
 * `accesses` records every call (name, HTTP status, caller), never a value.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";

export type VersionState = "ENABLED" | "DISABLED" | "DESTROYED";

export interface SecretManagerStandIn {
  /** `http://127.0.0.1:PORT/v1`: what the function's SECRET_MANAGER_BASE_URL is set to. */
  readonly baseUrl: string;
  readonly accesses: Array<{ name: string; status: number; caller?: string }>;
  /** A secret container without versions (what Terraform creates). */
  createSecret(projectId: string, secretId: string): void;
  /** Adds an ENABLED version (as `gcloud secrets versions add`); returns its number. */
  addVersion(projectId: string, secretId: string, value: string): number;
  setVersionState(projectId: string, secretId: string, version: number, state: VersionState): void;
  /** `roles/secretmanager.secretAccessor` on the secret for `email`. */
  grant(projectId: string, secretId: string, email: string): void;
  revoke(projectId: string, secretId: string, email: string): void;
  /** Calls that asked for `secretId` (any version), by HTTP status. */
  accessCount(secretId: string, status?: number): number;
  close(): Promise<void>;
}

export interface SecretManagerStandInOptions {
  /** Who holds a bearer token (the identity and its scopes), or undefined when it is not valid. */
  readonly authorize: (token: string) => { email: string; scopes: readonly string[] } | undefined;
  /** The project number Google puts into resource names. @default "123456789012" */
  readonly projectNumber?: string;
}

interface StoredSecret {
  readonly versions: Array<{ data: Buffer; state: VersionState }>;
  readonly accessors: Set<string>;
}

class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    message: string,
  ) {
    super(message);
  }
}

/** CRC-32C, bit by bit (independent of the function's table-driven one). */
function crc32c(bytes: Uint8Array): number {
  let crc = ~0 >>> 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  }
  return ~crc >>> 0;
}

export async function startSecretManagerStandIn(options: SecretManagerStandInOptions): Promise<SecretManagerStandIn> {
  const projectNumber = options.projectNumber ?? "123456789012";
  const secrets = new Map<string, StoredSecret>();
  const key = (projectId: string, secretId: string) => `${projectId}/${secretId}`;
  const secret = (projectId: string, secretId: string): StoredSecret => {
    const found = secrets.get(key(projectId, secretId));
    if (!found) throw new Error(`stand-in: no secret ${secretId} in ${projectId}; createSecret first`);
    return found;
  };
  const accesses: SecretManagerStandIn["accesses"] = [];

  const access = (method: string, path: string, authorization: string | undefined): { caller?: string; body: unknown } => {
    const match = /^\/v1\/projects\/([^/]+)\/secrets\/([^/]+)\/versions\/([^/:]+):access$/.exec(path);
    if (!match) throw new ApiError(404, "NOT_FOUND", `The requested URL ${path} was not found on this server.`);
    if (method !== "GET") throw new ApiError(405, "METHOD_NOT_ALLOWED", `${method} is not allowed for ${path}`);
    const [, projectId, secretId, version] = match;
    const token = /^Bearer (.+)$/.exec(authorization ?? "")?.[1];
    const principal = token ? options.authorize(token) : undefined;
    if (!principal) throw new ApiError(401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.");
    if (!principal.scopes.includes(CLOUD_PLATFORM_SCOPE)) throw Object.assign(new ApiError(403, "PERMISSION_DENIED", "Request had insufficient authentication scopes."), { caller: principal.email });
    const stored = secrets.get(key(projectId, secretId));
    const requested = `projects/${projectId}/secrets/${secretId}/versions/${version}`;
    if (!stored || !stored.accessors.has(principal.email)) {
      throw Object.assign(new ApiError(403, "PERMISSION_DENIED", `Permission 'secretmanager.versions.access' denied for resource '${requested}' (or it may not exist).`), { caller: principal.email });
    }
    const secretName = `projects/${projectNumber}/secrets/${secretId}`;
    let number: number;
    if (version === "latest") {
      if (stored.versions.length === 0) throw Object.assign(new ApiError(404, "NOT_FOUND", `Secret [${secretName}] not found or has no versions.`), { caller: principal.email });
      number = stored.versions.length;
    } else {
      number = Number(version);
      if (!Number.isInteger(number) || number < 1 || number > stored.versions.length) throw Object.assign(new ApiError(404, "NOT_FOUND", `Secret Version [${secretName}/versions/${version}] not found.`), { caller: principal.email });
    }
    const chosen = stored.versions[number - 1];
    if (chosen.state !== "ENABLED") throw Object.assign(new ApiError(400, "FAILED_PRECONDITION", `Secret Version [${secretName}/versions/${number}] is in ${chosen.state} state.`), { caller: principal.email });
    // proto3 JSON: bytes as standard base64, int64 as a decimal string.
    return { caller: principal.email, body: { name: `${secretName}/versions/${number}`, payload: { data: chosen.data.toString("base64"), dataCrc32c: String(crc32c(chosen.data)) } } };
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on("end", () => {
      const path = new URL(req.url ?? "/", "http://stand-in").pathname;
      let status = 200;
      let payload: unknown;
      let caller: string | undefined;
      try {
        const answer = access(req.method ?? "GET", path, req.headers.authorization);
        caller = answer.caller;
        payload = answer.body;
      } catch (error) {
        const api = error instanceof ApiError ? error : new ApiError(500, "INTERNAL", String(error));
        status = api.code;
        caller = (error as { caller?: string }).caller;
        payload = { error: { code: api.code, message: api.message, status: api.status } };
      }
      if (/:access$/.test(path)) accesses.push({ name: path.replace(/^\/v1\//, "").replace(/:access$/, ""), status, caller });
      res.writeHead(status, { "content-type": "application/json; charset=UTF-8" }).end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    accesses,
    createSecret(projectId, secretId) {
      if (secrets.has(key(projectId, secretId))) throw new Error(`stand-in: secret ${secretId} exists`);
      secrets.set(key(projectId, secretId), { versions: [], accessors: new Set() });
    },
    addVersion(projectId, secretId, value) {
      const stored = secret(projectId, secretId);
      stored.versions.push({ data: Buffer.from(value, "utf8"), state: "ENABLED" });
      return stored.versions.length;
    },
    setVersionState(projectId, secretId, version, state) {
      const stored = secret(projectId, secretId).versions[version - 1];
      if (!stored) throw new Error(`stand-in: no version ${version} of ${secretId}`);
      if (stored.state === "DESTROYED") throw new Error(`stand-in: version ${version} of ${secretId} is destroyed`);
      stored.state = state;
      if (state === "DESTROYED") stored.data = Buffer.alloc(0);
    },
    grant: (projectId, secretId, email) => void secret(projectId, secretId).accessors.add(email),
    revoke: (projectId, secretId, email) => void secret(projectId, secretId).accessors.delete(email),
    accessCount: (secretId, status) => accesses.filter((a) => a.name.split("/")[3] === secretId && (status === undefined || a.status === status)).length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
