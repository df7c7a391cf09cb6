/**
 * The contract between the Secrets UI app and everything that deploys or tests it (the
 * `SecretsUi` construct, the build, the tests): environment variable names, limits, cookie and
 * collection names, and the catalogue of secrets each managed Worker expects.
 *
 * Dependency-free on purpose (only other contract files): infrastructure code may import only
 * `contract` files from `runtime/` (`__tests__/stacks/imports.test.ts`).
 *
 * @module
 */
import { SECRET_KEYS as RAG_BRIDGE_SECRET_KEYS } from "../rag-bridge/contract";
import { DEFAULT_SECRET_KEYS, KV_KEY_NAME_PATTERN } from "../webhook-ingest/contract";

export { KV_KEY_NAME_PATTERN };

/** Environment variables of the Vercel function (set by the construct; tests set them directly). */
export const ENV = {
  /** `dev`, `staging` or `prod`: shown in the page header and written to every audit entry. */
  environment: "SECRETS_UI_ENVIRONMENT",
  /** Public origin of the app, e.g. `https://secrets.example.com` (redirect URIs, Origin check). */
  publicOrigin: "SECRETS_UI_PUBLIC_ORIGIN",
  /** JSON `ManagedWorker[]`: the Workers this deployment manages and the secrets each expects. */
  workers: "SECRETS_UI_WORKERS",
  /** ≥32 random bytes (base64/hex/text): seals the session cookie and keys value fingerprints. */
  sessionSecret: "SECRETS_UI_SESSION_SECRET",
  oidcIssuer: "OIDC_ISSUER_URL",
  oidcClientId: "OIDC_CLIENT_ID",
  /** Optional: absent = public client (PKCE only), as the realm's `secrets-ui` client is today. */
  oidcClientSecret: "OIDC_CLIENT_SECRET",
  /** Realm group whose members may use the app (bare name or full path `/name`). */
  oidcAllowedGroup: "OIDC_ALLOWED_GROUP",
  /** Optional: scopes to request. @default "openid profile email" (Keycloak rejects unknown scopes; its group mapper needs none). */
  oidcScopes: "OIDC_SCOPES",
  /** Tests only: `1` lets the app talk to an `http://` issuer on loopback. */
  oidcAllowInsecureLoopback: "OIDC_ALLOW_INSECURE_LOOPBACK",
  cloudflareAccountId: "CLOUDFLARE_ACCOUNT_ID",
  /** Token with Workers KV Storage Edit on the account (only the managed namespaces are used). */
  cloudflareApiToken: "CLOUDFLARE_API_TOKEN",
  /** Optional: tests only (the KV REST stand-in). */
  cloudflareApiBaseUrl: "CLOUDFLARE_API_BASE_URL",
  firestoreProjectId: "FIRESTORE_PROJECT_ID",
  firestoreDatabase: "FIRESTORE_DATABASE",
  /** Google service-account JSON key with roles/datastore.user. */
  googleServiceAccountKey: "GOOGLE_SERVICE_ACCOUNT_KEY",
  /** Optional: tests only (the Firestore stand-in). */
  firestoreBaseUrl: "FIRESTORE_BASE_URL",
  /** Optional: how often a session is re-checked against the provider, ≤ the default. */
  sessionRecheckSeconds: "SESSION_RECHECK_SECONDS",
} as const;

export const CLOUDFLARE_API_BASE_URL = "https://api.cloudflare.com/client/v4";

/** A session is re-checked against the OpenID provider at least this often (issue #13; Keycloak's default access-token lifespan is 300 s too). */
export const SESSION_RECHECK_SECONDS = 300;
/** A session ends after this long even if the provider still vouches for it (Keycloak's default SSO max lifespan is 10 h). */
export const SESSION_MAX_AGE_SECONDS = 8 * 3600;
/** Sign-in must finish within this (Keycloak's default login timeout is 30 min; 10 is plenty). */
export const LOGIN_MAX_AGE_SECONDS = 600;

export const COOKIE = {
  session: "secrets_ui_session",
  login: "secrets_ui_login",
} as const;

/** KV writes are visible at once where made, elsewhere "up to 60 seconds or more" (Cloudflare, "How KV works"). */
export const KV_PROPAGATION_SECONDS = 60;

/**
 * Largest secret value accepted: 16 KiB, far above any vendor token or signing key. KV allows
 * 25 MiB, Vercel 4.5 MB per request; a multi-megabyte "secret" is a mistake.
 */
export const MAX_SECRET_VALUE_BYTES = 16_384;
/** KV key names are at most 512 bytes (KV limits); the project's character rule is `KV_KEY_NAME_PATTERN`. */
export const MAX_SECRET_NAME_BYTES = 512;
/** Values a multi-value secret may list at once during a rotation. */
export const MAX_VALUES_PER_SECRET = 5;

/** Firestore collections (one document per managed secret; one per change, never updated). */
export const COLLECTION = {
  versions: "secrets_ui_versions",
  audit: "secrets_ui_audit",
} as const;

/** Who writes a secret: operators through the app, or Terraform (the app then shows it read-only). */
export type SecretWriter = "operator" | "terraform";

export interface ExpectedSecret {
  /** KV key name in the Worker's secrets namespace. */
  readonly key: string;
  readonly description: string;
  /** The runtime accepts several values separated by whitespace or commas (rotation with overlap). */
  readonly multiValue: boolean;
  readonly writer: SecretWriter;
}

export interface ManagedWorker {
  /** Stable id used in URLs and audit entries, e.g. `aircall-ingest` (`[a-z0-9-]+`). */
  readonly id: string;
  /** Human name, e.g. `Aircall ingest Worker`. */
  readonly title: string;
  /** Id of the Worker's own KV secrets namespace. */
  readonly namespaceId: string;
  readonly secrets: readonly ExpectedSecret[];
}

export const WORKER_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * What the webhook-ingest runtime reads from its namespace (runtime/webhook-ingest/README.md
 * "WEBHOOK_SECRET_KEY": several tokens / signing keys may be listed, split by
 * `splitSecretValues` in runtime/lib/constant-time.ts). Key names come from the construct
 * (`WebhookIngestWorker.secretKeys`), defaulting to the contract's.
 */
export function webhookIngestSecrets(keys: { webhookSecret: string; adminSecret: string; googleServiceAccount: string } = DEFAULT_SECRET_KEYS): ExpectedSecret[] {
  return [
    { key: keys.webhookSecret, description: "The vendor's webhook token (Aircall) or Svix signing key (Guesty); several may be valid during a rotation", multiValue: true, writer: "operator" },
    { key: keys.adminSecret, description: "Bearer secret of POST /admin/replay", multiValue: false, writer: "operator" },
    { key: keys.googleServiceAccount, description: "Google service-account key for Firestore (written by Terraform)", multiValue: false, writer: "terraform" },
  ];
}

/**
 * What the RAG chat bridge reads from its namespace (runtime/rag-bridge/contract.ts `SECRET_KEYS`;
 * the outgoing token is split by `splitSecretValues` in webhook.ts, so it rotates with overlap).
 * The Qdrant key is written by Terraform when the environment provisions its cluster.
 */
export function ragBridgeSecrets(options: { qdrantKeyByTerraform: boolean }): ExpectedSecret[] {
  const keys = RAG_BRIDGE_SECRET_KEYS;
  return [
    { key: keys.outgoingToken, description: "Token of Rocket.Chat's outgoing integration; several may be valid during a rotation", multiValue: true, writer: "operator" },
    { key: keys.botUserId, description: "The bot user's id (X-User-Id)", multiValue: false, writer: "operator" },
    { key: keys.botAuthToken, description: "The bot user's personal access token (X-Auth-Token)", multiValue: false, writer: "operator" },
    { key: keys.groqApiKey, description: "Groq API key", multiValue: false, writer: "operator" },
    { key: keys.qdrantApiKey, description: options.qdrantKeyByTerraform ? "Read-only Qdrant key (written by Terraform)" : "Read-only Qdrant API key of the existing cluster", multiValue: false, writer: options.qdrantKeyByTerraform ? "terraform" : "operator" },
    { key: keys.googleServiceAccount, description: "Google service-account key (written by Terraform)", multiValue: false, writer: "terraform" },
  ];
}
