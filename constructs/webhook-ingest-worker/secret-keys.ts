import { DEFAULT_SECRET_KEYS } from "../../runtime/webhook-ingest/contract";

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
 * The default KV keys of an ingest Worker's secrets (the runtime contract's); the runtime tests
 * seed the same keys. Each Worker has its own namespace, so the keys need no source prefix.
 */
export function defaultWebhookSecretKeys(): WebhookSecretKeys {
  return { ...DEFAULT_SECRET_KEYS };
}
