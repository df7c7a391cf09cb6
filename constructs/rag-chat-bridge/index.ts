import { Queue } from "@cdktf/provider-cloudflare/lib/queue";
import { QueueConsumer } from "@cdktf/provider-cloudflare/lib/queue-consumer";
import { WorkersCustomDomain } from "@cdktf/provider-cloudflare/lib/workers-custom-domain";
import { WorkersKv } from "@cdktf/provider-cloudflare/lib/workers-kv";
import { WorkersKvNamespace } from "@cdktf/provider-cloudflare/lib/workers-kv-namespace";
import { WorkersScript, type WorkersScriptBindings } from "@cdktf/provider-cloudflare/lib/workers-script";
import { ProjectIamMember } from "@cdktf/provider-google/lib/project-iam-member";
import { ServiceAccount } from "@cdktf/provider-google/lib/service-account";
import { ServiceAccountKey } from "@cdktf/provider-google/lib/service-account-key";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { connects, NODES } from "../lib/guardrails/connections";
import { markOwner } from "../lib/ownership";
import { RuntimeAsset } from "../lib/runtime-asset";
import { isHostname, isNonEmptyString, isUnresolved, Problems } from "../lib/validate";
import type { EmbeddingSettings } from "../vectorize-pipeline/props";
import {
  BINDING,
  DEFAULT_BUDGETS,
  DEFAULT_FALLBACK_MODEL,
  DEFAULT_MAX_ANSWER_TOKENS,
  DEFAULT_PRIMARY_MODEL,
  DEFAULT_QUEUE_MAX_RETRIES,
  DEFAULT_SCORE_THRESHOLD,
  DEFAULT_TOP_K,
  FIRESTORE_DEFAULT_DATABASE,
  SECRET_KEYS,
  VAR,
  WORKERS_COMPATIBILITY_DATE,
} from "../../runtime/rag-bridge/contract";

export { SECRET_KEYS as RAG_BRIDGE_SECRET_KEYS } from "../../runtime/rag-bridge/contract";

export interface RagChatBudgets {
  /** Questions one Rocket.Chat user may ask per UTC day. */
  readonly userPerDay: number;
  /** Questions per room per UTC day. */
  readonly roomPerDay: number;
  /** Questions from everyone together per UTC day (a ceiling on Groq and embedding spend). */
  readonly globalPerDay: number;
}

export interface RagChatBridgeProps {
  /** `dev`, `staging` or `prod`: prefixes every name. */
  readonly environment: string;
  readonly cloudflareAccountId: string;
  /** Zone of `hostname`. */
  readonly cloudflareZoneId: string;
  /** Public hostname Rocket.Chat's outgoing integration posts to, e.g. `rag-bridge.example.com` (a Workers custom domain). */
  readonly hostname: string;
  /** Rocket.Chat's base URL, where the bot posts answers, e.g. `https://chat.example.com`. */
  readonly rocketChatUrl: string;
  readonly gcpProjectId: string;
  /**
   * Region for Vertex AI when that is the embedder and `embedding.vertexLocation` is not set.
   * @default - none; required only for the `vertex-ai` embedder
   */
  readonly gcpRegion?: string;
  /** @default "(default)" */
  readonly firestoreDatabase?: string;
  /**
   * The Qdrant cluster. `readOnlyApiKey` (e.g. `QdrantCloudCluster.readerApiKey`) is written to
   * the Worker's secrets namespace by reference; without it an operator sets
   * `qdrant-api-key` through the Secrets UI.
   */
  readonly qdrant: { readonly url: string; readonly readOnlyApiKey?: string };
  /** The search alias the vectorize function maintains: `VectorizePipeline.collection`. */
  readonly collection: string;
  /** The platform's embedding setting: `VectorizePipeline.embedding` (questions must be embedded as documents were). */
  readonly embedding: EmbeddingSettings;
  /** @default "openai/gpt-oss-120b" */
  readonly primaryModel?: string;
  /** Used on 429, 498, 5xx and 404 model_not_found of the primary. @default "openai/gpt-oss-20b" */
  readonly fallbackModel?: string;
  /** Passages retrieved per question. @default 6 */
  readonly topK?: number;
  /** Cosine similarity below which a passage is not context; with none above it the bridge says it does not know. @default 0.5 */
  readonly scoreThreshold?: number;
  /** `max_completion_tokens` of an answer (reasoning included). @default 1024 */
  readonly maxAnswerTokens?: number;
  /**
   * Channel names or room ids the bridge answers in.
   * @default - every room the outgoing integration fires for (its own channel setting scopes it)
   */
  readonly allowedChannels?: readonly string[];
  /**
   * Channel names or room ids where business documents (calls, reservations, guests) may be
   * retrieved. Elsewhere only messages of the room itself are.
   * @default - none: business documents are retrieved nowhere until channels are named
   */
  readonly businessChannels?: readonly string[];
  /** Answer edited messages too. @default false */
  readonly answerEdits?: boolean;
  /** @default - 50 per user, 200 per room, 2000 in all, per UTC day */
  readonly budgets?: Partial<RagChatBudgets>;
  /**
   * Queue retries of a question whose reply could not be posted or stored (then the dead-letter
   * queue, logged for an operator). A retry never asks Groq again: the reply is stored first.
   * @default 5
   */
  readonly maxRetries?: number;
  /** @default - `WORKERS_COMPATIBILITY_DATE`, the date the runtime tests run with */
  readonly compatibilityDate?: string;
}

/**
 * The LLM query Worker of the platform's RAG chat: Rocket.Chat's outgoing webhook posts each
 * message to `webhookUrl`; the Worker checks the token, acknowledges at once and queues the
 * question; the same Worker consumes the queue: embeds the question, retrieves from Qdrant with
 * an access filter, asks Groq, posts the answer with citations in the thread and stores the Q&A in
 * Firestore (`runtime/rag-bridge/`).
 *
 * Secrets live in the Worker's own KV namespace (`secretsNamespaceId`, for the Secrets UI): the
 * outgoing token, the bot user's id and personal access token, the Groq key and (unless given as
 * `qdrant.readOnlyApiKey`) the Qdrant key are set by operators; the Google service-account key is
 * created here and written by reference. No secret text is in the synthesized JSON.
 */
export class RagChatBridge extends Construct {
  readonly scriptName: string;
  /** `https://<hostname>/`: the URL of Rocket.Chat's outgoing integration. */
  readonly webhookUrl: string;
  readonly secretsNamespace: WorkersKvNamespace;
  readonly secretsNamespaceId: string;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly consumer: QueueConsumer;
  readonly deadLetterConsumer: QueueConsumer;
  readonly script: WorkersScript;
  readonly domain: WorkersCustomDomain;
  /** Writes the Q&A records and budget counters (`roles/datastore.user`; `roles/aiplatform.user` with the Vertex embedder). */
  readonly serviceAccount: ServiceAccount;
  /** Source hash of the bundled runtime: changes exactly when the runtime's inputs change. */
  readonly bundleHash: string;

  constructor(scope: Construct, id: string, props: RagChatBridgeProps) {
    super(scope, id);
    markOwner(this, "rag-chat-bridge");
    validate(this.node.path, props);
    const baseName = `${props.environment}-rag-bridge`;
    const account = props.cloudflareAccountId;

    // Its own namespace: a KV binding grants the whole namespace, so no other Worker can read these.
    this.secretsNamespace = new WorkersKvNamespace(this, "SecretsNamespace", { accountId: account, title: `${baseName}-secrets` });
    this.secretsNamespaceId = this.secretsNamespace.id;

    this.queue = new Queue(this, "Queue", { accountId: account, queueName: `${baseName}-questions` });
    this.deadLetterQueue = new Queue(this, "DeadLetterQueue", { accountId: account, queueName: `${baseName}-questions-dlq` });

    const vertex = props.embedding.provider === "vertex-ai";
    this.serviceAccount = new ServiceAccount(this, "ServiceAccount", {
      project: props.gcpProjectId,
      accountId: baseName,
      displayName: `RAG chat bridge (${props.environment}): Q&A records in Firestore`,
    });
    const member = `serviceAccount:${this.serviceAccount.email}`;
    new ProjectIamMember(this, "FirestoreRole", { project: props.gcpProjectId, role: "roles/datastore.user", member });
    if (vertex) new ProjectIamMember(this, "VertexRole", { project: props.gcpProjectId, role: "roles/aiplatform.user", member });
    const key = new ServiceAccountKey(this, "ServiceAccountKey", { serviceAccountId: this.serviceAccount.name });
    new WorkersKv(this, "ServiceAccountKeySecret", {
      accountId: account,
      namespaceId: this.secretsNamespaceId,
      keyName: SECRET_KEYS.googleServiceAccount,
      // private_key is the key file, base64-encoded; the Worker wants the JSON.
      value: Fn.base64decode(key.privateKey),
    });
    if (props.qdrant.readOnlyApiKey !== undefined) {
      new WorkersKv(this, "QdrantKeySecret", { accountId: account, namespaceId: this.secretsNamespaceId, keyName: SECRET_KEYS.qdrantApiKey, value: props.qdrant.readOnlyApiKey });
    }

    const bundle = new RuntimeAsset(this, "Bundle", { runtime: "rag-bridge", target: "worker" });
    const plainText = (name: string, text: string): WorkersScriptBindings => ({ type: "plain_text", name, text });
    const budgets = { ...DEFAULT_BUDGETS, ...props.budgets };
    this.script = new WorkersScript(this, "Script", {
      accountId: account,
      scriptName: baseName,
      contentFile: bundle.path,
      contentSha256: bundle.fileSha256,
      mainModule: "index.mjs",
      compatibilityDate: props.compatibilityDate ?? WORKERS_COMPATIBILITY_DATE,
      observability: { enabled: true, logs: { enabled: true, invocationLogs: true } },
      bindings: [
        { type: "kv_namespace", name: BINDING.secrets, namespaceId: this.secretsNamespaceId },
        { type: "queue", name: BINDING.questionQueue, queueName: this.queue.queueName },
        ...(vertex ? [] : [{ type: "ai", name: BINDING.ai }]),
        plainText(VAR.environment, props.environment),
        plainText(VAR.rocketChatUrl, props.rocketChatUrl),
        plainText(VAR.firestoreProjectId, props.gcpProjectId),
        plainText(VAR.firestoreDatabase, props.firestoreDatabase ?? FIRESTORE_DEFAULT_DATABASE),
        plainText(VAR.qdrantUrl, props.qdrant.url),
        plainText(VAR.qdrantCollection, props.collection),
        plainText(VAR.embeddingProvider, props.embedding.provider),
        plainText(VAR.embeddingModel, props.embedding.model),
        plainText(VAR.embeddingDimension, String(props.embedding.dimension)),
        ...(vertex ? [plainText(VAR.vertexProjectId, props.gcpProjectId), plainText(VAR.vertexLocation, props.embedding.vertexLocation ?? props.gcpRegion ?? "")] : []),
        plainText(VAR.primaryModel, props.primaryModel ?? DEFAULT_PRIMARY_MODEL),
        plainText(VAR.fallbackModel, props.fallbackModel ?? DEFAULT_FALLBACK_MODEL),
        plainText(VAR.topK, String(props.topK ?? DEFAULT_TOP_K)),
        plainText(VAR.scoreThreshold, String(props.scoreThreshold ?? DEFAULT_SCORE_THRESHOLD)),
        plainText(VAR.maxAnswerTokens, String(props.maxAnswerTokens ?? DEFAULT_MAX_ANSWER_TOKENS)),
        plainText(VAR.allowedChannels, (props.allowedChannels ?? []).join(",")),
        plainText(VAR.businessChannels, (props.businessChannels ?? []).join(",")),
        plainText(VAR.answerEdits, String(props.answerEdits ?? false)),
        plainText(VAR.budgetUserPerDay, String(budgets.userPerDay)),
        plainText(VAR.budgetRoomPerDay, String(budgets.roomPerDay)),
        plainText(VAR.budgetGlobalPerDay, String(budgets.globalPerDay)),
        plainText(VAR.deadLetterQueue, this.deadLetterQueue.queueName),
      ],
    });

    this.consumer = new QueueConsumer(this, "Consumer", {
      accountId: account,
      queueId: this.queue.queueId,
      scriptName: this.script.scriptName,
      type: "worker",
      deadLetterQueue: this.deadLetterQueue.queueName,
      // Small batches: each question is seconds of upstream calls. A retry (post or Firestore
      // failed) waits a minute, so Rocket.Chat gets 5 minutes to come back.
      settings: { batchSize: 5, maxRetries: props.maxRetries ?? DEFAULT_QUEUE_MAX_RETRIES, maxWaitTimeMs: 500, retryDelay: 60 },
    });
    this.deadLetterConsumer = new QueueConsumer(this, "DeadLetterConsumer", {
      accountId: account,
      queueId: this.deadLetterQueue.queueId,
      scriptName: this.script.scriptName,
      type: "worker",
      settings: { batchSize: 10, maxRetries: 10, maxWaitTimeMs: 5000, retryDelay: 60 },
    });
    this.domain = new WorkersCustomDomain(this, "Domain", {
      accountId: account,
      zoneId: props.cloudflareZoneId,
      hostname: props.hostname,
      service: this.script.scriptName,
      // Without it every plan replaces the domain (cloudflare provider issue #6907).
      environment: "production",
    });

    this.scriptName = this.script.scriptName;
    this.webhookUrl = `https://${props.hostname}/`;
    this.bundleHash = bundle.bundle.sourceHash;
    connects(this, NODES.qdrant, "1. context (query)").connects(this, NODES.groq, "2. generate").connects(this, NODES.firestore, "4. store Q&A");
  }
}

const CHANNEL = /^#?[^\s,#]+$/;

function validate(path: string, props: RagChatBridgeProps): void {
  const problems = new Problems(`rag-chat-bridge "${path}"`);
  problems.check(/^[a-z][a-z0-9-]*$/.test(props.environment ?? ""), "environment", props.environment, 'give a short lowercase name such as "prod"');
  problems.check(`${props.environment}-rag-bridge`.length <= 30, "environment", props.environment, "keep it short: the service account id <environment>-rag-bridge must fit 30 characters");
  if (!isUnresolved(props.hostname)) problems.check(isHostname(props.hostname), "hostname", props.hostname, 'give a DNS name such as "rag-bridge.example.com"');
  if (!isUnresolved(props.rocketChatUrl)) problems.check(/^https?:\/\/[^\s/]+/.test(props.rocketChatUrl ?? ""), "rocketChatUrl", props.rocketChatUrl, 'give Rocket.Chat\'s base URL, e.g. "https://chat.example.com"');
  if (!isUnresolved(props.qdrant?.url)) problems.check(/^https?:\/\/[^\s/]+/.test(props.qdrant?.url ?? ""), "qdrant.url", props.qdrant?.url, 'give the cluster\'s REST URL, e.g. "https://xyz.eu-central.aws.cloud.qdrant.io:6333"');
  for (const field of ["cloudflareAccountId", "cloudflareZoneId", "gcpProjectId", "collection"] as const) {
    problems.check(isNonEmptyString(props[field]), field, props[field], "give a non-empty value");
  }
  for (const field of ["primaryModel", "fallbackModel"] as const) {
    const model = props[field];
    if (model !== undefined) problems.check(isNonEmptyString(model) && !/^llama-3\.[13]-/.test(model), field, model, 'use a current Groq model id such as "openai/gpt-oss-120b" (the Llama 3.x ids were decommissioned on 16 Aug 2026)');
  }
  const whole = (field: string, value: number | undefined, max: number) => {
    if (value !== undefined) problems.check(Number.isInteger(value) && value >= 1 && value <= max, field, value, `use a whole number from 1 to ${max}`);
  };
  whole("topK", props.topK, 100);
  whole("maxAnswerTokens", props.maxAnswerTokens, 65_536);
  whole("maxRetries", props.maxRetries, 100);
  for (const [scope, value] of Object.entries(props.budgets ?? {})) whole(`budgets.${scope}`, value, 1_000_000);
  if (props.scoreThreshold !== undefined) problems.check(props.scoreThreshold >= -1 && props.scoreThreshold <= 1, "scoreThreshold", props.scoreThreshold, "use a cosine similarity between -1 and 1, e.g. 0.5");
  for (const field of ["allowedChannels", "businessChannels"] as const) {
    (props[field] ?? []).forEach((channel, i) => problems.check(CHANNEL.test(channel), `${field}[${i}]`, channel, 'give a channel name or room id without spaces or commas, e.g. "support"'));
  }
  if (props.embedding?.provider === "vertex-ai") {
    problems.check(isNonEmptyString(props.embedding.vertexLocation ?? props.gcpRegion), "gcpRegion", props.gcpRegion, "give the Vertex AI region (or embedding.vertexLocation) for the vertex-ai embedder");
  }
  problems.throwIfAny();
}
