import { Queue } from "@cdktf/provider-cloudflare/lib/queue";
import { QueueConsumer } from "@cdktf/provider-cloudflare/lib/queue-consumer";
import { R2Bucket } from "@cdktf/provider-cloudflare/lib/r2-bucket";
import { WorkersCronTrigger } from "@cdktf/provider-cloudflare/lib/workers-cron-trigger";
import { WorkersCustomDomain } from "@cdktf/provider-cloudflare/lib/workers-custom-domain";
import { WorkersKv } from "@cdktf/provider-cloudflare/lib/workers-kv";
import { WorkersKvNamespace } from "@cdktf/provider-cloudflare/lib/workers-kv-namespace";
import { WorkersScript, WorkersScriptBindings } from "@cdktf/provider-cloudflare/lib/workers-script";
import { FirestoreField } from "@cdktf/provider-google/lib/firestore-field";
import { ProjectIamMember } from "@cdktf/provider-google/lib/project-iam-member";
import { ServiceAccount } from "@cdktf/provider-google/lib/service-account";
import { ServiceAccountKey } from "@cdktf/provider-google/lib/service-account-key";
import { Fn, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { markOwner } from "../lib/ownership";
import { RuntimeAsset } from "../lib/runtime-asset";
import { isHostname, isNonEmptyString, isUnresolved, Problems } from "../lib/validate";
import {
  archivePrefixFor,
  BINDING,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_RETRY_BASE_DELAY_SECONDS,
  DELIVERIES_COLLECTION,
  DELIVERY_EXPIRE_AT_FIELD,
  FIRESTORE_DEFAULT_DATABASE,
  KV_KEY_NAME_PATTERN,
  QUEUE_MAX_RETRIES_LIMIT,
  VAR,
  WEBHOOK_SOURCES,
  type WebhookSource,
  WORKERS_COMPATIBILITY_DATE,
} from "../../runtime/webhook-ingest/contract";
import { defaultWebhookSecretKeys, type WebhookSecretKeys } from "./secret-keys";
import { connects, NODES } from "../lib/guardrails/connections";

export { defaultWebhookSecretKeys } from "./secret-keys";
export type { WebhookSecretKeys } from "./secret-keys";
/** Sources the ingest runtime has an adapter for (`runtime/webhook-ingest/contract.ts`), and the KV key rule. */
export { KV_KEY_NAME_PATTERN, WEBHOOK_SOURCES, type WebhookSource } from "../../runtime/webhook-ingest/contract";

export interface WebhookIngestWorkerProps {
  /** `dev`, `staging` or `prod`: prefixes every name. */
  readonly environment: string;
  readonly source: WebhookSource;
  readonly cloudflareAccountId: string;
  /** Zone of `hostname`. */
  readonly cloudflareZoneId: string;
  /** Public hostname the vendor posts to, e.g. `aircall-hooks.example.com` (a Workers custom domain). */
  readonly hostname: string;
  /**
   * Location hint of the Worker's own archive bucket.
   * @default "weur" - western Europe, beside the platform's other data
   */
  readonly archiveLocation?: string;
  /**
   * Let `terraform destroy` delete the archive bucket (dev environments). Without it the bucket
   * carries `prevent_destroy`: it can hold dead letters and unparsed deliveries nobody replayed yet.
   * @default false
   */
  readonly allowDestroyingArchive?: boolean;
  readonly gcpProjectId: string;
  /**
   * Firestore database id.
   * @default "(default)"
   */
  readonly firestoreDatabase?: string;
  /**
   * Largest request body accepted; larger ones get 413.
   * @default 262144 - 256 KiB, far above any vendor payload
   */
  readonly maxBodyBytes?: number;
  /**
   * Retries of a queue message before it goes to the dead-letter queue (Cloudflare allows 100).
   * The runtime waits 5 s, doubling up to 30 min, between deliveries (`runtime/webhook-ingest/retry.ts`).
   * @default 70 - ~31 h of retries: a Firestore outage of up to a day loses nothing and needs no operator
   */
  readonly maxRetries?: number;
  /**
   * Messages per consumer invocation.
   * @default 25
   */
  readonly batchSize?: number;
  /**
   * When the Worker re-drives deliveries it parked in R2 (`pending/`) because the queue refused them.
   * @default "*\/5 * * * *" - every five minutes
   */
  readonly pendingReplayCron?: string;
  /**
   * Workers compatibility date the script runs with.
   * @default - `WORKERS_COMPATIBILITY_DATE` (runtime/lib/workers-contract.ts): the newest date the pinned workerd supports, the one the runtime tests run with
   */
  readonly compatibilityDate?: string;
  /**
   * KV keys of the secrets. Only `[A-Za-z0-9._-]`: cloudflare provider 5.14.0 path-escapes any
   * other character into state (provider issue #6542), so such a key fails every apply.
   * @default - `webhook-secret`, `admin-secret`, `google-service-account` (in the Worker's own namespace)
   */
  readonly secretKeys?: Partial<WebhookSecretKeys>;
}

/**
 * One vendor's webhooks into Firestore: a Worker on its own hostname verifies each delivery and
 * enqueues it; the same Worker consumes the queue and writes Firestore with deterministic ids,
 * retrying a failed write for ~31 h (a day-long Firestore outage loses nothing and needs no
 * operator); only what still fails lands in a dead-letter queue, is archived in the Worker's own
 * R2 bucket (`<env>-<source>-webhook-archive`) and waits for `POST /admin/replay`. It also
 * creates the stack's delivery-record TTL policy the first time (`WebhookDeliveryRecords.of`).
 *
 * Each Worker has its own KV secrets namespace (`<env>-<source>-ingest-secrets`, exposed as
 * `secretsNamespace` / `secretsNamespaceId` for the Secrets UI): no Worker can read another's
 * secrets. The Worker reads them at run time with a short in-isolate cache, so a rotation in the
 * Secrets UI needs no deploy; the Firestore key is created here and written to the namespace by
 * reference, so no secret text is in the synthesized JSON.
 *
 * Prerequisite: Google organisations created since 3 May 2024 are "secure by default" and enforce
 * `iam.disableServiceAccountKeyCreation` (and the managed `iam.managed.disableServiceAccountKeyCreation`),
 * so creating `FirestoreWriterKey` fails with "Error 400: Key creation is not allowed on this
 * service account., failedPrecondition" (violation `constraints/iam.disableServiceAccountKeyCreation`)
 * and the Worker never gets its key. Grant the project an exception first, as an organisation
 * policy administrator (`roles/orgpolicy.policyAdmin`):
 * `gcloud resource-manager org-policies disable-enforce iam.disableServiceAccountKeyCreation --project=<id>`
 * (org-policy v2: `gcloud org-policies set-policy` with `enforce: false` for
 * `projects/<id>/policies/iam.disableServiceAccountKeyCreation`, and the same for
 * `iam.managed.disableServiceAccountKeyCreation`). See the README.
 */
export class WebhookIngestWorker extends Construct {
  readonly scriptName: string;
  /** `https://<hostname>/`: give this to the vendor. */
  readonly url: string;
  readonly queueName: string;
  readonly deadLetterQueueName: string;
  /** Service account the Worker writes Firestore as (`roles/datastore.user` only). */
  readonly serviceAccountEmail: string;
  readonly secretKeys: WebhookSecretKeys;
  /**
   * This Worker's own R2 bucket (`<env>-<source>-webhook-archive`, bound as `ARCHIVE`): raw,
   * pending, unparsed and dead-lettered deliveries under `webhooks/<source>/`.
   */
  readonly archiveBucket: R2Bucket;
  readonly archiveBucketName: string;
  /** This Worker's own KV secrets namespace (bound as `SECRETS`); only this Worker binds it. */
  readonly secretsNamespace: WorkersKvNamespace;
  /** Id of `secretsNamespace`, for the Secrets UI. */
  readonly secretsNamespaceId: string;
  /** Source hash of the bundled runtime: changes exactly when the runtime's inputs change. */
  readonly bundleHash: string;
  /** The Worker script (bindings, bundle). */
  readonly script: WorkersScript;
  /** The ingest queue the Worker produces to and consumes. */
  readonly queue: Queue;
  /** Where messages go after `maxRetries`; the Worker consumes it to archive them in R2. */
  readonly deadLetterQueue: Queue;
  /** The Worker's consumer of `queue` (retries, batch size, dead-letter queue). */
  readonly consumer: QueueConsumer;
  /** The Worker's consumer of `deadLetterQueue`. */
  readonly deadLetterConsumer: QueueConsumer;
  /** Cron that re-drives deliveries parked under `pending/`. */
  readonly pendingReplay: WorkersCronTrigger;
  /** The vendor-facing custom domain. */
  readonly domain: WorkersCustomDomain;
  /** The service account the Worker writes Firestore as. */
  readonly serviceAccount: ServiceAccount;
  /**
   * The TTL policy on the delivery records of this Worker's Firestore database: one per stack and
   * database, shared by every ingest Worker there (created by the first one).
   */
  readonly deliveryRecords: WebhookDeliveryRecords;

  constructor(scope: Construct, id: string, props: WebhookIngestWorkerProps) {
    super(scope, id);
    markOwner(this, "webhook-ingest-worker");
    validate(this.node.path, props);
    const baseName = `${props.environment}-${props.source}-ingest`;
    this.secretKeys = { ...defaultWebhookSecretKeys(), ...props.secretKeys };

    // One namespace per Worker: a KV binding grants the whole namespace, so sharing one would let
    // every Worker read every other Worker's secrets.
    this.secretsNamespace = new WorkersKvNamespace(this, "SecretsNamespace", { accountId: props.cloudflareAccountId, title: `${baseName}-secrets` });
    this.secretsNamespaceId = this.secretsNamespace.id;

    // Its own bucket, not the environment's backups bucket: webhook archives need neither the
    // backups' lifecycle nor their lock, and a Worker's R2 binding grants the whole bucket, so
    // one per Worker keeps each vendor's raw payloads away from the other Workers.
    this.archiveBucket = new R2Bucket(this, "ArchiveBucket", {
      accountId: props.cloudflareAccountId,
      name: `${props.environment}-${props.source}-webhook-archive`,
      location: props.archiveLocation ?? "weur",
      storageClass: "Standard",
    });
    this.archiveBucket.addOverride("lifecycle.prevent_destroy", !props.allowDestroyingArchive);
    this.archiveBucketName = this.archiveBucket.name;

    const queue = new Queue(this, "Queue", { accountId: props.cloudflareAccountId, queueName: baseName });
    const deadLetters = new Queue(this, "DeadLetterQueue", { accountId: props.cloudflareAccountId, queueName: `${baseName}-dlq` });

    const writer = new ServiceAccount(this, "FirestoreWriter", {
      project: props.gcpProjectId,
      accountId: baseName,
      displayName: `${props.source} webhook ingest (${props.environment}): writes Firestore`,
    });
    new ProjectIamMember(this, "FirestoreWriterRole", { project: props.gcpProjectId, role: "roles/datastore.user", member: `serviceAccount:${writer.email}` });
    const writerKey = new ServiceAccountKey(this, "FirestoreWriterKey", { serviceAccountId: writer.name });
    new WorkersKv(this, "FirestoreWriterKeySecret", {
      accountId: props.cloudflareAccountId,
      namespaceId: this.secretsNamespaceId,
      keyName: this.secretKeys.googleServiceAccount,
      // private_key is the key file, base64-encoded; the Worker wants the JSON.
      value: Fn.base64decode(writerKey.privateKey),
    });

    const bundle = new RuntimeAsset(this, "Bundle", { runtime: "webhook-ingest", target: "worker" });
    const plainText = (name: string, text: string): WorkersScriptBindings => ({ type: "plain_text", name, text });
    const script = new WorkersScript(this, "Script", {
      accountId: props.cloudflareAccountId,
      scriptName: baseName,
      contentFile: bundle.path,
      contentSha256: bundle.fileSha256,
      mainModule: "index.mjs",
      compatibilityDate: props.compatibilityDate ?? WORKERS_COMPATIBILITY_DATE,
      observability: { enabled: true, logs: { enabled: true, invocationLogs: true } },
      bindings: [
        { type: "kv_namespace", name: BINDING.secrets, namespaceId: this.secretsNamespaceId },
        { type: "queue", name: BINDING.ingestQueue, queueName: queue.queueName },
        { type: "r2_bucket", name: BINDING.archive, bucketName: this.archiveBucketName },
        plainText(VAR.source, props.source),
        plainText(VAR.environment, props.environment),
        plainText(VAR.archivePrefix, archivePrefixFor(props.source)),
        plainText(VAR.firestoreProjectId, props.gcpProjectId),
        plainText(VAR.firestoreDatabase, props.firestoreDatabase ?? FIRESTORE_DEFAULT_DATABASE),
        plainText(VAR.maxBodyBytes, String(props.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)),
        plainText(VAR.webhookSecretKey, this.secretKeys.webhookSecret),
        plainText(VAR.googleSaKeyName, this.secretKeys.googleServiceAccount),
        plainText(VAR.adminSecretKey, this.secretKeys.adminSecret),
        plainText(VAR.deadLetterQueue, deadLetters.queueName),
      ],
    });

    this.consumer = new QueueConsumer(this, "Consumer", {
      accountId: props.cloudflareAccountId,
      queueId: queue.queueId,
      scriptName: script.scriptName,
      type: "worker",
      deadLetterQueue: deadLetters.queueName,
      // retryDelay applies only when the whole batch fails (a thrown error); single messages are
      // retried with the runtime's own backoff, which starts at the same 5 s.
      settings: { batchSize: props.batchSize ?? 25, maxRetries: props.maxRetries ?? DEFAULT_MAX_RETRIES, maxWaitTimeMs: 2000, retryDelay: DEFAULT_RETRY_BASE_DELAY_SECONDS },
    });
    this.deadLetterConsumer = new QueueConsumer(this, "DeadLetterConsumer", {
      accountId: props.cloudflareAccountId,
      queueId: deadLetters.queueId,
      scriptName: script.scriptName,
      type: "worker",
      // Archiving to R2 rarely fails; when it does, keep retrying rather than dropping a dead letter.
      settings: { batchSize: 10, maxRetries: 100, maxWaitTimeMs: 5000, retryDelay: 60 },
    });
    this.pendingReplay = new WorkersCronTrigger(this, "PendingReplay", {
      accountId: props.cloudflareAccountId,
      scriptName: script.scriptName,
      schedules: [{ cron: props.pendingReplayCron ?? "*/5 * * * *" }],
    });
    this.domain = new WorkersCustomDomain(this, "Domain", {
      accountId: props.cloudflareAccountId,
      zoneId: props.cloudflareZoneId,
      hostname: props.hostname,
      service: script.scriptName,
      environment: "production",
    });

    this.deliveryRecords = WebhookDeliveryRecords.of(this, { gcpProjectId: props.gcpProjectId, firestoreDatabase: props.firestoreDatabase });
    this.script = script;
    this.queue = queue;
    this.deadLetterQueue = deadLetters;
    this.serviceAccount = writer;
    this.scriptName = script.scriptName;
    this.url = `https://${props.hostname}/`;
    this.queueName = queue.queueName;
    this.deadLetterQueueName = deadLetters.queueName;
    this.serviceAccountEmail = writer.email;
    this.bundleHash = bundle.bundle.sourceHash;
    connects(NODES[props.source], this, "webhook").connects(this, NODES.firestore, "queue, idempotent write");
  }
}

function validate(path: string, props: WebhookIngestWorkerProps): void {
  const problems = new Problems(`webhook-ingest-worker "${path}"`);
  problems.check((WEBHOOK_SOURCES as readonly string[]).includes(props.source), "source", props.source, `use one of ${WEBHOOK_SOURCES.join(", ")}, or add an adapter under runtime/webhook-ingest/sources/`);
  problems.check(/^[a-z][a-z0-9-]*$/.test(props.environment ?? ""), "environment", props.environment, "give a short lowercase name such as \"prod\"");
  problems.check(`${props.environment}-${props.source}-ingest`.length <= 30, "environment", props.environment, "keep it short: the service account id <environment>-<source>-ingest must fit 30 characters");
  if (!isUnresolved(props.hostname)) problems.check(isHostname(props.hostname), "hostname", props.hostname, "give a DNS name such as \"aircall-hooks.example.com\"");
  for (const key of ["cloudflareAccountId", "cloudflareZoneId", "gcpProjectId"] as const) {
    problems.check(isNonEmptyString(props[key]), key, props[key], "give a non-empty value");
  }
  const positive = (field: "maxBodyBytes" | "maxRetries" | "batchSize", max: number) => {
    const value = props[field];
    if (value !== undefined) problems.check(Number.isInteger(value) && value > 0 && value <= max, field, value, `use a whole number from 1 to ${max}`);
  };
  positive("maxBodyBytes", 100 * 1024 * 1024);
  positive("maxRetries", QUEUE_MAX_RETRIES_LIMIT);
  positive("batchSize", 100);
  for (const [field, key] of Object.entries(props.secretKeys ?? {})) {
    if (key === undefined || isUnresolved(key)) continue;
    problems.check(
      typeof key === "string" && KV_KEY_NAME_PATTERN.test(key),
      `secretKeys.${field}`,
      key,
      "use only letters, digits, '.', '_' and '-' (e.g. \"aircall.webhook-secret\"): cloudflare provider 5.14.0 stores url.PathEscape(key_name) in state, so any other character makes every apply fail (terraform-provider-cloudflare issue #6542, fixed in 5.16.0)",
    );
  }
  problems.throwIfAny();
}

export interface WebhookDeliveryRecordsProps {
  readonly gcpProjectId: string;
  /** @default "(default)" */
  readonly firestoreDatabase?: string;
}

/**
 * The TTL policy on `webhook_deliveries.expireAt`: the ingest runtime records every delivery
 * there (30 days) to recognise replays; without the policy the records would pile up forever.
 * One per Firestore database, shared by every ingest source: `WebhookIngestWorker` creates it
 * through `WebhookDeliveryRecords.of` (a stack-level singleton), so no caller has to remember it.
 */
export class WebhookDeliveryRecords extends Construct {
  /** Construct id of the singleton for the default database (Terraform address `WebhookDeliveries/ExpireAtTtl`). */
  static readonly ID = "WebhookDeliveries";

  /**
   * The stack's policy for this project and database, created on first use at stack scope. Its id
   * is `WebhookDeliveries` for the default database or one only known at apply time (a token),
   * `WebhookDeliveries-<database>` for another named database.
   */
  static of(scope: Construct, props: WebhookDeliveryRecordsProps): WebhookDeliveryRecords {
    const stack = TerraformStack.of(scope);
    const database = props.firestoreDatabase ?? FIRESTORE_DEFAULT_DATABASE;
    const id = isUnresolved(database) || database === FIRESTORE_DEFAULT_DATABASE ? WebhookDeliveryRecords.ID : `${WebhookDeliveryRecords.ID}-${database}`;
    const existing = stack.node.tryFindChild(id);
    if (existing === undefined) return new WebhookDeliveryRecords(stack, id, props);
    if (!(existing instanceof WebhookDeliveryRecords) || existing.gcpProjectId !== props.gcpProjectId || existing.database !== database) {
      throw new Error(
        `webhook-ingest-worker "${scope.node.path}": the stack's "${id}" already holds the delivery-record TTL policy of another project or database (${existing instanceof WebhookDeliveryRecords ? `${existing.gcpProjectId}/${existing.database}` : "not a WebhookDeliveryRecords"}); give firestoreDatabase as a literal database id so each database gets its own policy`,
      );
    }
    return existing;
  }

  readonly gcpProjectId: string;
  readonly database: string;

  constructor(scope: Construct, id: string, props: WebhookDeliveryRecordsProps) {
    super(scope, id);
    markOwner(this, "webhook-ingest-worker");
    this.gcpProjectId = props.gcpProjectId;
    this.database = props.firestoreDatabase ?? FIRESTORE_DEFAULT_DATABASE;
    new FirestoreField(this, "ExpireAtTtl", {
      project: props.gcpProjectId,
      database: this.database,
      collection: DELIVERIES_COLLECTION,
      field: DELIVERY_EXPIRE_AT_FIELD,
      ttlConfig: {},
      // A TTL field needs no index; indexing a timestamp that only grows makes write hotspots.
      indexConfig: {},
    });
  }
}
