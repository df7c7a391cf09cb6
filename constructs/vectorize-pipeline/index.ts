import { CloudSchedulerJob } from "@cdktf/provider-google/lib/cloud-scheduler-job";
import { Cloudfunctions2Function } from "@cdktf/provider-google/lib/cloudfunctions2-function";
import { CloudRunV2ServiceIamMember } from "@cdktf/provider-google/lib/cloud-run-v2-service-iam-member";
import { DataGoogleProject } from "@cdktf/provider-google/lib/data-google-project";
import { EventarcTrigger } from "@cdktf/provider-google/lib/eventarc-trigger";
import { ProjectIamMember } from "@cdktf/provider-google/lib/project-iam-member";
import { PubsubSubscription } from "@cdktf/provider-google/lib/pubsub-subscription";
import { PubsubSubscriptionIamMember } from "@cdktf/provider-google/lib/pubsub-subscription-iam-member";
import { PubsubTopic } from "@cdktf/provider-google/lib/pubsub-topic";
import { PubsubTopicIamMember } from "@cdktf/provider-google/lib/pubsub-topic-iam-member";
import { SecretManagerSecret } from "@cdktf/provider-google/lib/secret-manager-secret";
import { SecretManagerSecretIamMember } from "@cdktf/provider-google/lib/secret-manager-secret-iam-member";
import { SecretManagerSecretVersion } from "@cdktf/provider-google/lib/secret-manager-secret-version";
import { ServiceAccount } from "@cdktf/provider-google/lib/service-account";
import { Construct } from "constructs";
import {
  DEFAULT_QDRANT_COLLECTION,
  FIRESTORE_SOURCE_PATTERNS,
  VECTORIZE_DRIFT_ENTRY_POINT,
  VECTORIZE_ENTRY_POINT,
  VECTORIZE_ENV,
  VECTORIZE_SECRET_ENV,
} from "../../runtime/vectorize/contract";
import { FunctionSource } from "../lib/function-source";
import { markOwner } from "../lib/ownership";
import { checkVectorizeProps, type EmbeddingSettings, type VectorizePipelineProps } from "./props";
import { connects, NODES } from "../lib/guardrails/connections";

export type { EmbeddingSettings, VectorizePipelineProps } from "./props";
export { DEFAULT_EMBEDDING_SETTINGS, checkEmbedding } from "./props";

/** Firestore's event type for any write (create, update, delete) of a document. */
const FIRESTORE_WRITTEN = "google.cloud.firestore.document.v1.written";

/**
 * Firestore documents and Rocket.Chat's MongoDB changes, embedded into Qdrant by one Cloud
 * Functions 2nd gen function (`runtime/vectorize`):
 * - one Eventarc trigger per source collection pattern (`document.written`, protobuf data, in
 *   the database's location, `eur3` included), delivered to the function's Cloud Run service;
 * - a Pub/Sub topic the change relay publishes to, pushed to the function by a subscription
 *   with ordering, exponential retry and a dead-letter topic (kept by a subscription of its own);
 * - a second entry point of the same source, the drift check, called every six hours by Cloud
 *   Scheduler with an OIDC token: it repairs what event delivery missed;
 * - service accounts with only what each needs: the function reads/writes Firestore and reads
 *   its own two secrets; the invoker may only invoke this function and receive events;
 * - the Qdrant API key and the embedding token in Secret Manager, from values that are
 *   references (sensitive variables or a created key), never text in the JSON.
 */
export class VectorizePipeline extends Construct {
  readonly function: Cloudfunctions2Function;
  /** The drift check (same source, entry point `driftCheck`), called by `driftSchedule`. */
  readonly driftFunction: Cloudfunctions2Function;
  readonly driftSchedule: CloudSchedulerJob;
  readonly functionName: string;
  /** The function's own identity (Firestore read/write, its secrets). */
  readonly serviceAccount: ServiceAccount;
  /** Identity Eventarc and Pub/Sub use to invoke the function. */
  readonly invokerServiceAccount: ServiceAccount;
  /** What the MongoDB change relay publishes to (ordering key = document id). */
  readonly relayTopic: PubsubTopic;
  /**
   * The topic's name as a plain string (`<env>-mongo-changes`), for the relay in another stack:
   * no cross-stack reference, and a value a service's environment may hold as it is.
   */
  readonly relayTopicName: string;
  readonly relayDeadLetterTopic: PubsubTopic;
  readonly relaySubscription: PubsubSubscription;
  readonly firestoreTriggers: readonly EventarcTrigger[];
  /** The search alias the RAG bridge queries. */
  readonly collection: string;
  readonly embedding: EmbeddingSettings;

  constructor(scope: Construct, id: string, props: VectorizePipelineProps) {
    super(scope, id);
    markOwner(this, "vectorize-pipeline");
    checkVectorizeProps(this.node.path, props);
    const env = props.environment;
    const project = props.gcpProjectId;
    const embedding = props.embedding;
    this.embedding = embedding;
    this.collection = props.collection ?? DEFAULT_QDRANT_COLLECTION;
    const name = `${env}-vectorize`;

    this.serviceAccount = new ServiceAccount(this, "FunctionIdentity", { project, accountId: name, displayName: `Vectorize function (${env}): reads Firestore, writes Qdrant` });
    const functionMember = `serviceAccount:${this.serviceAccount.email}`;
    // Reads source documents and writes its error records and tombstones; no admin, no owner.
    new ProjectIamMember(this, "FunctionFirestore", { project, role: "roles/datastore.user", member: functionMember });
    if (embedding.provider === "vertex-ai") {
      new ProjectIamMember(this, "FunctionVertexAi", { project, role: "roles/aiplatform.user", member: functionMember });
    }

    const secretEnv: Array<{ key: string; secret: SecretManagerSecret }> = [];
    const secret = (secretId: string, secretName: string, key: string, value: string) => {
      const stored = new SecretManagerSecret(this, secretId, { project, secretId: `${env}-vectorize-${secretName}`, replication: { auto: {} } });
      // `secret_data` is ForceNew: a new value replaces the version, so create the new one before the
      // old is destroyed and "latest" never points at nothing (provider docs, secret_manager_secret_version).
      new SecretManagerSecretVersion(this, `${secretId}Version`, { secret: stored.id, secretData: value, lifecycle: { createBeforeDestroy: true } });
      // Resource-level: this function's identity reads these two secrets and nothing else.
      new SecretManagerSecretIamMember(this, `${secretId}Reader`, { project, secretId: stored.secretId, role: "roles/secretmanager.secretAccessor", member: functionMember });
      secretEnv.push({ key, secret: stored });
    };
    secret("QdrantApiKey", "qdrant-api-key", VECTORIZE_SECRET_ENV.qdrantApiKey, props.qdrant.apiKey);
    if (embedding.provider === "workers-ai") secret("EmbeddingApiToken", "embedding-api-token", VECTORIZE_SECRET_ENV.embeddingApiToken, props.embeddingApiToken!);

    const source = new FunctionSource(this, "Source", { runtime: "vectorize", bucketName: props.functionSourceBucketName });
    const environmentVariables = {
      [VECTORIZE_ENV.environment]: env,
      [VECTORIZE_ENV.gcpProjectId]: project,
      [VECTORIZE_ENV.firestoreDatabase]: props.firestoreDatabase,
      [VECTORIZE_ENV.qdrantUrl]: props.qdrant.url,
      [VECTORIZE_ENV.qdrantCollection]: this.collection,
      [VECTORIZE_ENV.embeddingProvider]: embedding.provider,
      [VECTORIZE_ENV.embeddingModel]: embedding.model,
      [VECTORIZE_ENV.embeddingDimension]: String(embedding.dimension),
      ...(embedding.provider === "workers-ai" ? { [VECTORIZE_ENV.cloudflareAccountId]: embedding.cloudflareAccountId! } : { [VECTORIZE_ENV.vertexLocation]: embedding.vertexLocation ?? props.gcpRegion }),
    };
    // One source, two entry points: the event handler and the scheduled drift check share the code and the settings.
    const vectorizeFunction = (constructId: string, functionName: string, entryPoint: string, description: string, timeoutSeconds: number) =>
      new Cloudfunctions2Function(this, constructId, {
        project,
        name: functionName,
        location: props.gcpRegion,
        description,
        buildConfig: {
          runtime: source.functionRuntime,
          entryPoint,
          source: { storageSource: { bucket: source.bucketName, object: source.objectName } },
        },
        serviceConfig: {
          serviceAccountEmail: this.serviceAccount.email,
          availableMemory: `${props.memoryMiB ?? 512}M`,
          timeoutSeconds,
          maxInstanceCount: props.maxInstances ?? 10,
          minInstanceCount: 0,
          // Eventarc, Pub/Sub push and Cloud Scheduler in this project count as internal traffic; nothing else may call it.
          ingressSettings: "ALLOW_INTERNAL_ONLY",
          allTrafficOnLatestRevision: true,
          environmentVariables,
          secretEnvironmentVariables: secretEnv.map(({ key, secret: stored }) => ({ key, projectId: project, secret: stored.secretId, version: "latest" })),
        },
        dependsOn: secretEnv.map(({ secret: stored }) => stored),
      });
    this.function = vectorizeFunction("Function", name, VECTORIZE_ENTRY_POINT, "Embeds Firestore documents and Rocket.Chat messages into Qdrant (runtime/vectorize)", props.timeoutSec ?? 300);
    // The drift check reads every source document: allow it the HTTP maximum Scheduler waits for (30 min).
    this.driftFunction = vectorizeFunction("DriftFunction", `${name}-drift`, VECTORIZE_DRIFT_ENTRY_POINT, "Compares Firestore with Qdrant and repairs the difference (runtime/vectorize/drift.ts)", 1800);
    this.functionName = this.function.name;

    this.invokerServiceAccount = new ServiceAccount(this, "InvokerIdentity", { project, accountId: `${env}-vectorize-invoker`, displayName: `Delivers events to the vectorize function (${env})` });
    const invoker = `serviceAccount:${this.invokerServiceAccount.email}`;
    // A 2nd gen function is served by a Cloud Run service: invoking it needs run.invoker there, and only there
    // (google_cloudfunctions2_function_iam_member rejects that role: provider issues #20320, #21674). The
    // service's full name comes from the function (`service_config.service`), not from a name guessed alike.
    new CloudRunV2ServiceIamMember(this, "Invoker", { project, location: props.gcpRegion, name: this.function.serviceConfig.service, role: "roles/run.invoker", member: invoker });
    new CloudRunV2ServiceIamMember(this, "DriftInvoker", { project, location: props.gcpRegion, name: this.driftFunction.serviceConfig.service, role: "roles/run.invoker", member: invoker });
    this.driftSchedule = new CloudSchedulerJob(this, "DriftSchedule", {
      project,
      region: props.gcpRegion,
      name: `${name}-drift`,
      description: "Repairs what event delivery missed between Firestore and Qdrant",
      schedule: props.driftCheckSchedule ?? "17 */6 * * *",
      timeZone: "Etc/UTC",
      attemptDeadline: "1800s",
      // Retries of one run share X-CloudScheduler-ScheduleTime, so they update the same run record.
      retryConfig: { retryCount: 3, minBackoffDuration: "60s", maxBackoffDuration: "600s", maxDoublings: 3 },
      httpTarget: {
        uri: this.driftFunction.serviceConfig.uri,
        httpMethod: "POST",
        oidcToken: { serviceAccountEmail: this.invokerServiceAccount.email, audience: this.driftFunction.serviceConfig.uri },
      },
    });
    // Eventarc requires its trigger identity to hold eventReceiver; the role has no resource-level form.
    new ProjectIamMember(this, "InvokerEventReceiver", { project, role: "roles/eventarc.eventReceiver", member: invoker });

    const triggerLocation = props.firestoreTriggerLocation ?? props.firestoreLocation;
    this.firestoreTriggers = (props.firestorePatterns ?? FIRESTORE_SOURCE_PATTERNS).map((pattern) => {
      const collections = pattern.split("/").filter((segment) => !segment.startsWith("{"));
      return new EventarcTrigger(this, `Firestore-${collections.join("-")}`, {
        project,
        name: `${env}-vectorize-${collections.join("-").replace(/_/g, "-")}`.slice(0, 63),
        location: triggerLocation,
        matchingCriteria: [
          { attribute: "type", value: FIRESTORE_WRITTEN },
          { attribute: "database", value: props.firestoreDatabase },
          { attribute: "document", value: pattern, operator: "match-path-pattern" },
        ],
        // Firestore sends DocumentEventData; protobuf is its native form (the runtime reads JSON too).
        eventDataContentType: "application/protobuf",
        destination: { cloudRunService: { service: this.function.name, region: props.gcpRegion } },
        serviceAccount: this.invokerServiceAccount.email,
      });
    });

    const relay = `${env}-mongo-changes`;
    this.relayTopicName = relay;
    this.relayTopic = new PubsubTopic(this, "RelayTopic", { project, name: relay, messageRetentionDuration: "86400s" });
    this.relayDeadLetterTopic = new PubsubTopic(this, "RelayDeadLetterTopic", { project, name: `${relay}-dead-letter`, messageRetentionDuration: "604800s" });
    // A topic keeps nothing without a subscription: this one holds dead letters for an operator (7 days).
    new PubsubSubscription(this, "RelayDeadLetterHold", {
      project,
      name: `${relay}-dead-letter-hold`,
      topic: this.relayDeadLetterTopic.id,
      messageRetentionDuration: "604800s",
      retainAckedMessages: false,
      expirationPolicy: { ttl: "" },
    });
    this.relaySubscription = new PubsubSubscription(this, "RelaySubscription", {
      project,
      name: `${relay}-to-vectorize`,
      topic: this.relayTopic.id,
      // One document's changes in publish order (the relay's ordering key is the document id).
      enableMessageOrdering: true,
      ackDeadlineSeconds: Math.min(600, props.timeoutSec ?? 300),
      messageRetentionDuration: "86400s",
      expirationPolicy: { ttl: "" },
      retryPolicy: { minimumBackoff: "10s", maximumBackoff: "600s" },
      deadLetterPolicy: { deadLetterTopic: this.relayDeadLetterTopic.id, maxDeliveryAttempts: props.relayMaxDeliveryAttempts ?? 20 },
      pushConfig: {
        pushEndpoint: this.function.serviceConfig.uri,
        oidcToken: { serviceAccountEmail: this.invokerServiceAccount.email, audience: this.function.serviceConfig.uri },
      },
    });
    // Dead-lettering is done by Pub/Sub's own service agent: it must publish to the dead-letter
    // topic and acknowledge on the source subscription.
    const projectInfo = new DataGoogleProject(this, "Project", { projectId: project });
    const pubsubAgent = `serviceAccount:service-${projectInfo.number}@gcp-sa-pubsub.iam.gserviceaccount.com`;
    new PubsubTopicIamMember(this, "DeadLetterPublisher", { project, topic: this.relayDeadLetterTopic.name, role: "roles/pubsub.publisher", member: pubsubAgent });
    new PubsubSubscriptionIamMember(this, "DeadLetterAcknowledger", { project, subscription: this.relaySubscription.name, role: "roles/pubsub.subscriber", member: pubsubAgent });
    connects(NODES.firestore, this, "write trigger").connects(NODES.relayTopic, this, "change events").connects(this, NODES.qdrant, "embed, upsert");
  }
}
