/** Where an ingest Worker finds its secrets in its own KV secrets namespace. */
export interface WebhookSecretKeys {
  /** The vendor's secret (Aircall webhook token, Guesty `whsec_...`): written by operators. */
  readonly webhookSecret: string;
  /** Bearer secret of `POST /admin/replay`: written by operators. */
  readonly adminSecret: string;
  /** Google service-account JSON key for Firestore: written by the construct. */
  readonly googleServiceAccount: string;
}

/**
 * Characters a KV key name may use. cloudflare provider 5.14.0 (`internal/services/workers_kv/
 * resource.go`, Create and Update) stores `url.PathEscape(key_name)` in state, so a key with `/`
 * (or any other escaped character) reads back different after apply: "Provider produced
 * inconsistent result after apply", and since `key_name` forces replacement every later apply
 * fails too (cloudflare/terraform-provider-cloudflare#6542, fixed only in 5.16.0).
 */
export const KV_KEY_NAME_PATTERN = /^[A-Za-z0-9._-]+$/;

/**
 * The default KV keys of an ingest Worker's secrets; the runtime tests seed the same keys. Each
 * Worker has its own namespace, so the keys need no source prefix.
 */
export function defaultWebhookSecretKeys(): WebhookSecretKeys {
  return {
    webhookSecret: "webhook-secret",
    adminSecret: "admin-secret",
    googleServiceAccount: "google-service-account",
  };
}
