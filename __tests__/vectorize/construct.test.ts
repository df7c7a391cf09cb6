import { Testing, TerraformStack, TerraformVariable } from "cdktf";
import { VectorizePipeline, type VectorizePipelineProps } from "../../constructs/vectorize-pipeline";
import { FIRESTORE_SOURCE_PATTERNS, VECTORIZE_DRIFT_ENTRY_POINT, VECTORIZE_ENTRY_POINT, VECTORIZE_ENV, VECTORIZE_SECRET_ENV } from "../../runtime/vectorize/contract";
import { resourcesOf, synthJson, type SynthesizedStack } from "../support/synth";

function build(patch: Partial<VectorizePipelineProps> = {}, options: { literalKey?: string } = {}): { stack: TerraformStack; pipeline: VectorizePipeline; json: SynthesizedStack } {
  const stack = new TerraformStack(Testing.app(), "knowledge");
  const qdrantKey = new TerraformVariable(stack, "qdrant_api_key", { type: "string", sensitive: true });
  const workersAiToken = new TerraformVariable(stack, "workers_ai_api_token", { type: "string", sensitive: true });
  const pipeline = new VectorizePipeline(stack, "Vectorize", {
    environment: "prod",
    gcpProjectId: "platform-prod-000001",
    gcpRegion: "europe-west3",
    firestoreDatabase: "(default)",
    firestoreLocation: "eur3",
    functionSourceBucketName: "platform-prod-000001-prod-function-sources",
    qdrant: { url: "https://abc-123.eu-central-1-0.aws.cloud.qdrant.io:6333", apiKey: options.literalKey ?? qdrantKey.stringValue },
    embedding: { provider: "workers-ai", model: "@cf/baai/bge-m3", dimension: 1024, cloudflareAccountId: "0123456789abcdef0123456789abcdef" },
    embeddingApiToken: workersAiToken.stringValue,
    ...patch,
  });
  return { stack, pipeline, json: synthJson(stack) };
}

const { json, pipeline } = build();
const only = <T>(items: Array<[string, T]>): T => {
  expect(items).toHaveLength(1);
  return items[0][1];
};
const functions = Object.fromEntries(resourcesOf(json, "google_cloudfunctions2_function").map(([, body]) => [String(body.name), body as Record<string, any>]));
const fn = functions["prod-vectorize"];

describe("VectorizePipeline", () => {
  it("deploys the bundled runtime as a nodejs22 function from a source object named by its hash", () => {
    expect(fn.build_config).toMatchObject({ runtime: "nodejs22", entry_point: VECTORIZE_ENTRY_POINT });
    expect(Object.keys(functions).sort()).toEqual(["prod-vectorize", "prod-vectorize-drift"]);
    const object = only(resourcesOf(json, "google_storage_bucket_object")) as Record<string, string>;
    expect(object.name).toMatch(/^vectorize-[0-9a-f]{16}\.zip$/);
    expect(fn.build_config.source.storage_source).toEqual({ bucket: "platform-prod-000001-prod-function-sources", object: expect.stringMatching(/^\$\{google_storage_bucket_object\.[^.]+\.name\}$/) });
    expect(fn.service_config).toMatchObject({ ingress_settings: "ALLOW_INTERNAL_ONLY", timeout_seconds: 300, available_memory: "512M" });
  });

  it("runs the drift check from the same source every six hours through Cloud Scheduler with an OIDC token and bounded retries", () => {
    const drift = functions["prod-vectorize-drift"];
    expect(drift.build_config).toMatchObject({ runtime: "nodejs22", entry_point: VECTORIZE_DRIFT_ENTRY_POINT, source: fn.build_config.source });
    expect(drift.service_config).toMatchObject({ ingress_settings: "ALLOW_INTERNAL_ONLY", timeout_seconds: 1800, environment_variables: fn.service_config.environment_variables, secret_environment_variables: fn.service_config.secret_environment_variables });
    const job = only(resourcesOf(json, "google_cloud_scheduler_job")) as Record<string, any>;
    expect(job).toMatchObject({ schedule: "17 */6 * * *", time_zone: "Etc/UTC", attempt_deadline: "1800s", region: "europe-west3" });
    expect(job.retry_config.retry_count).toBeLessThanOrEqual(5);
    expect(job.http_target).toMatchObject({ http_method: "POST", uri: expect.stringMatching(/DriftFunction.+service_config\[0\]\.uri/) });
    expect(job.http_target.oidc_token).toEqual({ service_account_email: expect.stringContaining("InvokerIdentity"), audience: job.http_target.uri });
    const invokers = resourcesOf(json, "google_cloud_run_v2_service_iam_member").map(([, body]) => String((body as Record<string, string>).name));
    expect(invokers.some((name) => name.includes("DriftFunction"))).toBe(true);
  });

  it("makes one protobuf document.written trigger per collection pattern, in the database's own location", () => {
    const triggers = resourcesOf(json, "google_eventarc_trigger").map(([, body]) => body as Record<string, any>);
    const documents = triggers.map((t) => t.matching_criteria.find((c: any) => c.attribute === "document")).map((c: any) => [c.value, c.operator]);
    expect(documents.sort()).toEqual(FIRESTORE_SOURCE_PATTERNS.map((p) => [p, "match-path-pattern"]).sort());
    for (const trigger of triggers) {
      expect(trigger.location).toBe("eur3");
      expect(trigger.event_data_content_type).toBe("application/protobuf");
      expect(trigger.matching_criteria).toEqual(expect.arrayContaining([{ attribute: "type", value: "google.cloud.firestore.document.v1.written" }, { attribute: "database", value: "(default)" }]));
      expect(trigger.destination.cloud_run_service).toEqual({ service: expect.stringMatching(/google_cloudfunctions2_function\..+\.name/), region: "europe-west3" });
      expect(trigger.service_account).toMatch(/google_service_account\.Vectorize_InvokerIdentity_[0-9A-F]+\.email/);
      expect(trigger.name.length).toBeLessThanOrEqual(63);
    }
  });

  it("retries relay messages with backoff, keeps their order per document and dead-letters into a topic that something holds", () => {
    const subscriptions = Object.fromEntries(resourcesOf(json, "google_pubsub_subscription").map(([, body]) => [String((body as any).name), body as Record<string, any>]));
    const push = subscriptions["prod-mongo-changes-to-vectorize"];
    expect(push).toMatchObject({
      enable_message_ordering: true,
      retry_policy: { minimum_backoff: "10s", maximum_backoff: "600s" },
      dead_letter_policy: { max_delivery_attempts: 20 },
      expiration_policy: { ttl: "" },
      push_config: { oidc_token: { service_account_email: expect.stringContaining("InvokerIdentity") } },
    });
    expect(push.push_config.push_endpoint).toMatch(/service_config\[0\]\.uri|service_config\.uri/);
    const hold = subscriptions["prod-mongo-changes-dead-letter-hold"];
    expect(hold.topic).toBe(push.dead_letter_policy.dead_letter_topic);
    expect(hold.expiration_policy).toEqual({ ttl: "" });
    // Pub/Sub's service agent may publish dead letters and acknowledge them on the source subscription.
    expect(only(resourcesOf(json, "google_pubsub_topic_iam_member"))).toMatchObject({ role: "roles/pubsub.publisher", member: expect.stringMatching(/^serviceAccount:service-\$\{data\.google_project\..+\.number\}@gcp-sa-pubsub\.iam\.gserviceaccount\.com$/) });
    expect(only(resourcesOf(json, "google_pubsub_subscription_iam_member"))).toMatchObject({ role: "roles/pubsub.subscriber" });
  });

  it("grants no primitive role, and only the function's identity may read its secrets", () => {
    const roles = Object.values(json.resource)
      .flatMap((byName) => Object.values(byName))
      .map((body) => (body as { role?: string }).role)
      .filter(Boolean);
    expect(roles.length).toBeGreaterThan(4);
    expect(roles.filter((role) => /^roles\/(owner|editor|viewer)$/.test(String(role)))).toEqual([]);
    const readers = resourcesOf(json, "google_secret_manager_secret_iam_member").map(([, body]) => body as Record<string, string>);
    expect(readers).toHaveLength(2);
    for (const reader of readers) {
      expect(reader.role).toBe("roles/secretmanager.secretAccessor");
      expect(reader.member).toMatch(/^serviceAccount:\$\{google_service_account\.Vectorize_FunctionIdentity_[0-9A-F]+\.email\}$/);
    }
    const projectRoles = resourcesOf(json, "google_project_iam_member").map(([, body]) => (body as Record<string, string>).role).sort();
    expect(projectRoles).toEqual(["roles/datastore.user", "roles/eventarc.eventReceiver"]);
    expect(resourcesOf(json, "google_cloud_run_v2_service_iam_member").map(([, body]) => body)).toContainEqual(expect.objectContaining({ role: "roles/run.invoker", location: "europe-west3", name: expect.stringMatching(/^\$\{google_cloudfunctions2_function\.Vectorize_Function_[0-9A-F]+\.service_config\[0\]\.service\}$/) }));
  });

  it("passes the Qdrant key and the embedding token only as Secret Manager references, never as text", () => {
    const text = JSON.stringify(json);
    const versions = resourcesOf(json, "google_secret_manager_secret_version").map(([, body]) => (body as Record<string, string>).secret_data).sort();
    expect(versions).toEqual(["${var.qdrant_api_key}", "${var.workers_ai_api_token}"]);
    expect(fn.service_config.secret_environment_variables.map((s: any) => [s.key, s.version])).toEqual([
      [VECTORIZE_SECRET_ENV.qdrantApiKey, "latest"],
      [VECTORIZE_SECRET_ENV.embeddingApiToken, "latest"],
    ]);
    expect(Object.keys(fn.service_config.environment_variables)).not.toContain(VECTORIZE_SECRET_ENV.qdrantApiKey);
    expect(text).not.toMatch(/api[-_]?key"\s*:\s*"[^$]/i);
  });

  it("sets the embedding setting and the collection alias the RAG bridge shares", () => {
    expect(fn.service_config.environment_variables).toMatchObject({
      [VECTORIZE_ENV.embeddingProvider]: "workers-ai",
      [VECTORIZE_ENV.embeddingModel]: "@cf/baai/bge-m3",
      [VECTORIZE_ENV.embeddingDimension]: "1024",
      [VECTORIZE_ENV.qdrantCollection]: "platform_knowledge",
      [VECTORIZE_ENV.cloudflareAccountId]: "0123456789abcdef0123456789abcdef",
    });
    expect(pipeline.embedding.dimension).toBe(1024);
    expect(pipeline.collection).toBe("platform_knowledge");
  });

  it("uses Vertex AI through the function's own identity, with no token secret", () => {
    const vertex = build({ embedding: { provider: "vertex-ai", model: "gemini-embedding-001", dimension: 768 }, embeddingApiToken: undefined }).json;
    const vertexFn = resourcesOf(vertex, "google_cloudfunctions2_function").map(([, body]) => body as Record<string, any>).find((body) => body.name === "prod-vectorize")!;
    expect(vertexFn.service_config.environment_variables).toMatchObject({ [VECTORIZE_ENV.vertexLocation]: "europe-west3", [VECTORIZE_ENV.embeddingDimension]: "768" });
    expect(resourcesOf(vertex, "google_secret_manager_secret")).toHaveLength(1);
    expect(resourcesOf(vertex, "google_project_iam_member").map(([, b]) => (b as Record<string, string>).role)).toContain("roles/aiplatform.user");
  });

  it.each<[string, Partial<VectorizePipelineProps>, string]>([
    ["an unknown embedding provider", { embedding: { provider: "openai" as never, model: "x", dimension: 3 } }, "embedding.provider"],
    ["a zero dimension", { embedding: { provider: "vertex-ai", model: "gemini-embedding-001", dimension: 0 } }, "embedding.dimension"],
    ["a Qdrant URL without a scheme", { qdrant: { url: "qdrant.internal:6333", apiKey: "${var.k}" } }, "qdrant.url"],
    ["a pattern no mapper handles", { firestorePatterns: ["invoices/{id}"] }, "firestorePatterns[0]"],
    ["a timeout beyond event-driven functions' 540 s", { timeoutSec: 900 }, "timeoutSec"],
    ["fewer relay deliveries than Pub/Sub accepts", { relayMaxDeliveryAttempts: 3 }, "relayMaxDeliveryAttempts"],
  ])("rejects %s at synth, naming the prop", (_, patch, field) => {
    expect(() => build(patch)).toThrow(new RegExp(`vectorize-pipeline "knowledge/Vectorize".*\\n?.*${field.replace(/[[\]]/g, "\\$&")}`));
  });

  it("rejects a Qdrant key given as text: it would land in the synthesized JSON", () => {
    expect(() => build({}, { literalKey: "qdrant-secret-text" })).toThrow(/qdrant\.apiKey is "\(a literal\)"; pass a reference/);
  });
});
