import { parseServiceAccountKey, type ServiceAccountKey } from "../lib/google-auth";
import { CLOUDFLARE_API_BASE_URL, ENV, KV_KEY_NAME_PATTERN, type ManagedWorker, SESSION_RECHECK_SECONDS, WORKER_ID_PATTERN } from "./contract";

export interface AppConfig {
  readonly environment: string;
  readonly publicOrigin: string;
  readonly workers: readonly ManagedWorker[];
  readonly sessionSecret: Buffer;
  readonly oidc: { issuer: string; clientId: string; clientSecret?: string; allowedGroup: string; scopes: string; allowInsecureLoopback: boolean };
  readonly cloudflare: { accountId: string; apiToken: string; baseUrl: string };
  readonly firestore: { projectId: string; databaseId: string; serviceAccountKey: ServiceAccountKey; baseUrl?: string };
  readonly sessionRecheckSeconds: number;
}

/** Every problem at once, naming the variable (never its value: several are secrets). */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const problems: string[] = [];
  const required = (name: string): string => {
    const value = env[name];
    if (!value) problems.push(`${name} is not set`);
    return value ?? "";
  };
  const publicOrigin = required(ENV.publicOrigin).replace(/\/+$/, "");
  if (publicOrigin && !/^https?:\/\/[^/]+$/.test(publicOrigin)) problems.push(`${ENV.publicOrigin} must be an origin such as https://secrets.example.com`);
  let workers: ManagedWorker[] = [];
  try {
    workers = JSON.parse(required(ENV.workers) || "[]");
    if (!Array.isArray(workers)) throw new Error("not an array");
    for (const worker of workers) {
      if (!WORKER_ID_PATTERN.test(worker.id)) problems.push(`${ENV.workers}: worker id ${JSON.stringify(worker.id)} must match ${WORKER_ID_PATTERN}`);
      if (!worker.namespaceId) problems.push(`${ENV.workers}: worker ${worker.id} has no namespaceId`);
      for (const secret of worker.secrets ?? []) if (!KV_KEY_NAME_PATTERN.test(secret.key)) problems.push(`${ENV.workers}: ${worker.id} key ${JSON.stringify(secret.key)} must match ${KV_KEY_NAME_PATTERN}`);
    }
  } catch (error) {
    problems.push(`${ENV.workers} is not a JSON list of workers (${(error as Error).message})`);
  }
  const sessionSecret = Buffer.from(required(ENV.sessionSecret));
  if (sessionSecret.length > 0 && sessionSecret.length < 32) problems.push(`${ENV.sessionSecret} must have at least 32 characters`);
  let serviceAccountKey: ServiceAccountKey | undefined;
  try {
    serviceAccountKey = parseServiceAccountKey(required(ENV.googleServiceAccountKey) || "{}");
  } catch (error) {
    if (env[ENV.googleServiceAccountKey]) problems.push(`${ENV.googleServiceAccountKey}: ${(error as Error).message}`);
  }
  const recheck = Number(env[ENV.sessionRecheckSeconds] ?? SESSION_RECHECK_SECONDS);
  if (!Number.isFinite(recheck) || recheck < 0 || recheck > SESSION_RECHECK_SECONDS) problems.push(`${ENV.sessionRecheckSeconds} must be between 0 and ${SESSION_RECHECK_SECONDS}`);
  const config: AppConfig = {
    environment: required(ENV.environment),
    publicOrigin,
    workers,
    sessionSecret,
    oidc: {
      issuer: required(ENV.oidcIssuer),
      clientId: required(ENV.oidcClientId),
      clientSecret: env[ENV.oidcClientSecret] || undefined,
      allowedGroup: required(ENV.oidcAllowedGroup),
      scopes: env[ENV.oidcScopes] || "openid profile email",
      allowInsecureLoopback: env[ENV.oidcAllowInsecureLoopback] === "1",
    },
    cloudflare: { accountId: required(ENV.cloudflareAccountId), apiToken: required(ENV.cloudflareApiToken), baseUrl: env[ENV.cloudflareApiBaseUrl] || CLOUDFLARE_API_BASE_URL },
    firestore: { projectId: required(ENV.firestoreProjectId), databaseId: env[ENV.firestoreDatabase] || "(default)", serviceAccountKey: serviceAccountKey!, baseUrl: env[ENV.firestoreBaseUrl] || undefined },
    sessionRecheckSeconds: recheck,
  };
  if (problems.length) throw new ConfigError(`the Secrets UI is misconfigured:\n  - ${problems.join("\n  - ")}`);
  return config;
}
