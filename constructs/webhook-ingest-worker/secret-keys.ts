/** Where an ingest Worker finds its secrets in the KV secrets namespace. */
export interface WebhookSecretKeys {
  /** The vendor's secret (Aircall webhook token, Guesty `whsec_...`): written by operators. */
  readonly webhookSecret: string;
  /** Bearer secret of `POST /admin/replay`: written by operators. */
  readonly adminSecret: string;
  /** Google service-account JSON key for Firestore: written by the construct. */
  readonly googleServiceAccount: string;
}

/** The default KV keys of one source's secrets; the runtime tests seed the same keys. */
export function defaultWebhookSecretKeys(source: string): WebhookSecretKeys {
  return {
    webhookSecret: `${source}/webhook-secret`,
    adminSecret: `${source}/admin-secret`,
    googleServiceAccount: `${source}/google-service-account`,
  };
}
