import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { Testing, TerraformStack } from "cdktf";
import { WebhookIngestWorker, WebhookIngestWorkerProps } from "../../constructs/webhook-ingest-worker";
import { resourcesOf, synthApp, synthJson } from "../support/synth";
import { supportedCompatibilityDate } from "miniflare";
import { VAR, WORKERS_COMPATIBILITY_DATE, DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BASE_DELAY_SECONDS, DEFAULT_RETRY_MAX_DELAY_SECONDS } from "../../runtime/webhook-ingest/contract";
import { retrySchedule } from "../../runtime/webhook-ingest/retry";
import { ingestWorker } from "../support/webhook-ingest-harness";

const { stacks, json } = synthApp();
const prod = json.get("prod-platform")!;
const prodStack = stacks.find((s) => s.platform.environment.name === "prod")!.platform;

function byPath(type: string, pathSuffix: string): Record<string, unknown> {
  const found = resourcesOf(prod, type).filter(([, body]) => String((body["//"] as { metadata: { path: string } }).metadata.path).endsWith(pathSuffix));
  expect(found).toHaveLength(1);
  return found[0][1];
}

const VALID: WebhookIngestWorkerProps = {
  environment: "dev",
  source: "aircall",
  cloudflareAccountId: "0123456789abcdef0123456789abcdef",
  cloudflareZoneId: "00000000000000000000000000000d01",
  hostname: "aircall-hooks.dev.example.com",
  gcpProjectId: "platform-dev-000001",
};

function construct(props: Partial<WebhookIngestWorkerProps>): () => WebhookIngestWorker {
  return () => new WebhookIngestWorker(new TerraformStack(Testing.app(), "test"), "Ingest", { ...VALID, ...props });
}

describe("WebhookIngestWorker", () => {
  it.each(["aircall", "guesty"])("gives the %s Worker a queue whose consumer dead-letters into its own DLQ", (source) => {
    const prefix = `${source[0].toUpperCase()}${source.slice(1)}Ingest`;
    expect(byPath("cloudflare_queue", `/${prefix}/Queue`).queue_name).toBe(`prod-${source}-ingest`);
    expect(byPath("cloudflare_queue", `/${prefix}/DeadLetterQueue`).queue_name).toBe(`prod-${source}-ingest-dlq`);
    const consumer = byPath("cloudflare_queue_consumer", `/${prefix}/Consumer`);
    expect(consumer.queue_id).toMatch(new RegExp(`^\\$\\{cloudflare_queue\\.${prefix}_Queue_[0-9A-F]+\\.queue_id\\}$`));
    expect(consumer.dead_letter_queue).toMatch(new RegExp(`^\\$\\{cloudflare_queue\\.${prefix}_DeadLetterQueue_[0-9A-F]+\\.queue_name\\}$`));
    expect(consumer.settings).toMatchObject({ max_retries: DEFAULT_MAX_RETRIES, batch_size: 25, retry_delay: DEFAULT_RETRY_BASE_DELAY_SECONDS });
    const dlqConsumer = byPath("cloudflare_queue_consumer", `/${prefix}/DeadLetterConsumer`);
    expect(dlqConsumer.queue_id).toMatch(new RegExp(`${prefix}_DeadLetterQueue_[0-9A-F]+\\.queue_id`));
    expect(dlqConsumer.dead_letter_queue).toBeUndefined();
  });

  it("configures the ingest queue so that the runtime's backoff keeps retrying through a day-long Firestore outage", () => {
    const settings = byPath("cloudflare_queue_consumer", "/GuestyIngest/Consumer").settings as { max_retries: number };
    const retriesFor = retrySchedule(settings.max_retries, DEFAULT_RETRY_BASE_DELAY_SECONDS, DEFAULT_RETRY_MAX_DELAY_SECONDS).at(-1)!;
    expect(retriesFor).toBeGreaterThanOrEqual(30 * 3600);
  });

  it("binds its own KV secrets namespace, the queue producer and the archive bucket, and no secret text", () => {
    const script = byPath("cloudflare_workers_script", "/AircallIngest/Script");
    const bindings = script.bindings as Array<Record<string, string>>;
    const byName = Object.fromEntries(bindings.map((b) => [b.name, b]));
    expect(byName.SECRETS).toEqual({ type: "kv_namespace", name: "SECRETS", namespace_id: expect.stringMatching(/^\$\{cloudflare_workers_kv_namespace\.AircallIngest_SecretsNamespace_[0-9A-F]+\.id\}$/) });
    expect(byPath("cloudflare_workers_kv_namespace", "/AircallIngest/SecretsNamespace").title).toBe("prod-aircall-ingest-secrets");
    expect(byName.INGEST_QUEUE).toMatchObject({ type: "queue", queue_name: expect.stringContaining("AircallIngest_Queue_") });
    expect(byName.ARCHIVE).toEqual({ type: "r2_bucket", name: "ARCHIVE", bucket_name: expect.stringMatching(/^\$\{cloudflare_r2_bucket\.AircallIngest_ArchiveBucket_[0-9A-F]+\.name\}$/) });
    expect(byName.SOURCE.text).toBe("aircall");
    expect(byName.WEBHOOK_SECRET_KEY.text).toBe("webhook-secret");
    expect(byName.DEAD_LETTER_QUEUE.text).toContain("AircallIngest_DeadLetterQueue_");
    expect(bindings.filter((b) => b.type === "secret_text" || b.type === "secret_key")).toEqual([]);
    expect(bindings.filter((b) => b.type === "plain_text").every((b) => !/secret|token|key/i.test(b.text) || /^[a-z-]+$/.test(b.text))).toBe(true);
  });

  it("gives the Worker the same bindings and secret keys the runtime tests run it with", () => {
    const script = byPath("cloudflare_workers_script", "/GuestyIngest/Script");
    const deployed = script.bindings as Array<Record<string, string>>;
    const tested = ingestWorker({ name: "guesty", source: "guesty", queueName: "q", deadLetterQueueName: "q-dlq", kvNamespace: "kv", bucket: "archive" });
    const testOnly = new Set<string>([VAR.firestoreBaseUrl, VAR.retryBaseDelaySeconds]);
    const testedNames = [
      ...Object.keys(tested.kvNamespaces as object),
      ...Object.keys(tested.queueProducers as object),
      ...Object.keys(tested.r2Buckets as object),
      ...Object.keys(tested.bindings as object).filter((name) => !testOnly.has(name)),
    ];
    expect(deployed.map((b) => b.name).sort()).toEqual(testedNames.sort());
    const testedBindings = tested.bindings as Record<string, string>;
    const deployedText = Object.fromEntries(deployed.map((b) => [b.name, b.text]));
    for (const name of ["WEBHOOK_SECRET_KEY", "GOOGLE_SA_KEY_NAME", "ADMIN_SECRET_KEY", "ARCHIVE_PREFIX", "SOURCE"]) {
      expect({ name, text: deployedText[name] }).toEqual({ name, text: testedBindings[name] });
    }
  });

  it("deploys the compatibility date the runtime tests run with: the newest the pinned workerd supports", () => {
    expect(WORKERS_COMPATIBILITY_DATE).toBe(supportedCompatibilityDate);
    for (const [, script] of resourcesOf(prod, "cloudflare_workers_script")) expect(script.compatibility_date).toBe(WORKERS_COMPATIBILITY_DATE);
    const tested = ingestWorker({ name: "aircall", source: "aircall", queueName: "q", deadLetterQueueName: "q-dlq", kvNamespace: "kv", bucket: "archive" });
    expect(tested.compatibilityDate).toBe(WORKERS_COMPATIBILITY_DATE);
  });

  it("attaches the bundled runtime by file and content sha256", () => {
    const script = byPath("cloudflare_workers_script", "/GuestyIngest/Script");
    const ingest = prodStack.webhookIngest.guesty;
    expect(script.main_module).toBe("index.mjs");
    expect(script.content_file).toBe(`assets/GuestyIngest_Bundle_File_${/File_([0-9A-F]+)\//.exec(String(script.content_file))![1]}/${ingest.bundleHash}/index.mjs`);
    const asset = prodStack.node.findAll().find((c) => c.node.path.endsWith("GuestyIngest/Bundle")) as unknown as { bundle: { filePath: string } };
    expect(script.content_sha256).toBe(createHash("sha256").update(fs.readFileSync(asset.bundle.filePath)).digest("hex"));
  });

  it("writes Firestore as a dedicated service account holding only roles/datastore.user", () => {
    const account = byPath("google_service_account", "/AircallIngest/FirestoreWriter");
    expect(account.account_id).toBe("prod-aircall-ingest");
    const grants = resourcesOf(prod, "google_project_iam_member").filter(([, b]) => String(b.member).includes("AircallIngest_FirestoreWriter_"));
    expect(grants.map(([, b]) => b.role)).toEqual(["roles/datastore.user"]);
  });

  it("archives into its own R2 bucket, not the backups bucket, kept from terraform destroy", () => {
    const bucket = byPath("cloudflare_r2_bucket", "/AircallIngest/ArchiveBucket");
    expect(bucket).toMatchObject({ name: "prod-aircall-webhook-archive", lifecycle: { prevent_destroy: true } });
    const archiveBindings = resourcesOf(prod, "cloudflare_workers_script").flatMap(([, body]) => (body.bindings as Array<Record<string, string>>).filter((b) => b.type === "r2_bucket").map((b) => b.bucket_name));
    expect(archiveBindings).toHaveLength(2);
    expect(new Set(archiveBindings).size).toBe(2);
    expect(archiveBindings.join()).not.toContain("BackupBucket");
    expect(prodStack.webhookIngest.guesty.archiveBucketName).not.toBe(prodStack.foundation.backupBucketName);
  });

  it("gives each Worker a KV namespace that no other Worker binds", () => {
    const namespaceBindings = resourcesOf(prod, "cloudflare_workers_script").flatMap(([name, body]) =>
      (body.bindings as Array<Record<string, string>>).filter((b) => b.type === "kv_namespace").map((b) => ({ script: name, namespace: b.namespace_id })),
    );
    expect(namespaceBindings.length).toBeGreaterThanOrEqual(2);
    const namespaces = namespaceBindings.map((b) => b.namespace);
    expect(new Set(namespaces).size).toBe(namespaces.length);
    for (const { script, namespace } of namespaceBindings) {
      const owner = /^(\w+?)_Script_/.exec(script)![1]; // every Worker's, the RAG bridge's included
      expect(namespace).toMatch(new RegExp(`^\\$\\{cloudflare_workers_kv_namespace\\.${owner}_SecretsNamespace_[0-9A-F]+\\.id\\}$`));
    }
    expect(prodStack.webhookIngest.aircall.secretsNamespaceId).not.toBe(prodStack.webhookIngest.guesty.secretsNamespaceId);
  });

  it("puts the service-account key into its own KV secrets namespace by reference only", () => {
    const entry = byPath("cloudflare_workers_kv", "/AircallIngest/FirestoreWriterKeySecret");
    expect(entry.key_name).toBe("google-service-account");
    expect(entry.namespace_id).toMatch(/^\$\{cloudflare_workers_kv_namespace\.AircallIngest_SecretsNamespace_[0-9A-F]+\.id\}$/);
    expect(entry.value).toMatch(/^\$\{base64decode\(google_service_account_key\.AircallIngest_FirestoreWriterKey_[0-9A-F]+\.private_key\)\}$/);
    const text = JSON.stringify(prod);
    expect(text).not.toMatch(/PRIVATE KEY|whsec_|"private_key":\s*"[^$]/);
  });

  it("re-drives parked deliveries on a schedule, so a queue outage needs no operator", () => {
    expect(byPath("cloudflare_workers_cron_trigger", "/AircallIngest/PendingReplay")).toMatchObject({
      schedules: [{ cron: "*/5 * * * *" }],
      script_name: expect.stringContaining("AircallIngest_Script_"),
    });
  });

  it("expires delivery records once per database through a Firestore TTL policy, at its original address", () => {
    const fields = resourcesOf(prod, "google_firestore_field");
    expect(fields).toHaveLength(1);
    expect(fields[0][0]).toMatch(/^WebhookDeliveries_ExpireAtTtl_[0-9A-F]+$/);
    expect((fields[0][1]["//"] as { metadata: { path: string } }).metadata.path).toBe("prod-platform/WebhookDeliveries/ExpireAtTtl");
    expect(fields[0][1]).toMatchObject({ collection: "webhook_deliveries", field: "expireAt", ttl_config: {} });
  });

  it("gives a stack exactly one delivery-record TTL policy for two Workers, and one to a single Worker on its own", () => {
    const ttlPolicies = (sources: Array<"aircall" | "guesty">, extra: Partial<WebhookIngestWorkerProps> = {}) => {
      const stack = new TerraformStack(Testing.app(), "test");
      for (const source of sources) new WebhookIngestWorker(stack, `${source}Ingest`, { ...VALID, source, hostname: `${source}-hooks.example.com`, ...extra });
      return resourcesOf(JSON.parse(Testing.synth(stack)), "google_firestore_field");
    };
    expect(ttlPolicies(["aircall", "guesty"])).toHaveLength(1);
    expect(ttlPolicies(["aircall"])).toEqual([[expect.stringMatching(/^WebhookDeliveries_ExpireAtTtl_/), expect.objectContaining({ project: VALID.gcpProjectId, database: "(default)", field: "expireAt" })]]);
    expect(ttlPolicies(["guesty"], { firestoreDatabase: "ingest" })).toEqual([[expect.stringMatching(/^WebhookDeliveries-ingest_ExpireAtTtl_/), expect.objectContaining({ database: "ingest" })]]);
  });

  it("exposes the resources it created, not only their names", () => {
    const aircall = prodStack.webhookIngest.aircall;
    for (const [property, type] of [["script", "cloudflare_workers_script"], ["queue", "cloudflare_queue"], ["deadLetterQueue", "cloudflare_queue"], ["consumer", "cloudflare_queue_consumer"], ["deadLetterConsumer", "cloudflare_queue_consumer"], ["secretsNamespace", "cloudflare_workers_kv_namespace"]] as const) {
      expect({ property, type: (aircall[property] as unknown as { terraformResourceType: string }).terraformResourceType }).toEqual({ property, type });
    }
    expect(aircall.deadLetterQueue.node.path).toBe("prod-platform/AircallIngest/DeadLetterQueue");
    expect(aircall.deliveryRecords).toBe(prodStack.webhookIngest.guesty.deliveryRecords);
  });

  it("serves each source on its own custom domain", () => {
    expect(byPath("cloudflare_workers_custom_domain", "/AircallIngest/Domain")).toMatchObject({ hostname: "aircall-hooks.example.com", environment: "production" });
    expect(prod.output!.guesty_webhook_url.value).toBe("https://guesty-hooks.example.com/");
  });

  it("synthesizes the same content file and hash again when nothing changed (no spurious redeploy)", () => {
    const again = synthJson(synthApp().stacks.find((s) => s.platform.environment.name === "prod")!.platform);
    const contentOf = (j: typeof prod) => resourcesOf(j, "cloudflare_workers_script").map(([, b]) => [b.content_file, b.content_sha256]);
    expect(contentOf(again)).toEqual(contentOf(prod));
  });

  it("names every KV key with characters cloudflare provider 5.14.0 keeps verbatim in state", () => {
    // The provider stores url.PathEscape(key_name): any key that escapes differently breaks apply (#6542).
    const keys = [
      ...resourcesOf(prod, "cloudflare_workers_kv").map(([, body]) => String(body.key_name)),
      ...resourcesOf(prod, "cloudflare_workers_script").flatMap(([, body]) => (body.bindings as Array<Record<string, string>>).filter((b) => /_KEY(_NAME)?$/.test(b.name)).map((b) => b.text)),
    ];
    expect(keys.length).toBeGreaterThanOrEqual(4);
    for (const key of keys) expect({ key, escaped: encodeURIComponent(key) }).toEqual({ key, escaped: key });
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it("rejects a custom secret key with a '/', naming the field and the provider issue", () => {
    expect(construct({ secretKeys: { webhookSecret: "aircall/webhook-secret" } })).toThrow(/secretKeys\.webhookSecret is "aircall\/webhook-secret"; use only letters, digits.*#6542/);
    expect(construct({ secretKeys: { adminSecret: "admin secret" } })).toThrow(/secretKeys\.adminSecret is "admin secret"/);
    expect(construct({ secretKeys: { adminSecret: "aircall.admin-secret_2" } })).not.toThrow();
  });

  it("rejects a source that has no runtime adapter", () => {
    expect(construct({ source: "zendesk" as never })).toThrow(/webhook-ingest-worker "test\/Ingest": source is "zendesk"; use one of aircall, guesty/);
  });

  it("rejects a hostname that is a URL and a batch size out of range, naming both fields", () => {
    expect(construct({ hostname: "https://hooks.example.com/aircall", batchSize: 0 })).toThrow(/hostname is "https:\/\/hooks\.example\.com\/aircall".*\n.*batchSize is 0/s);
  });
});
