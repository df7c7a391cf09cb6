import { evaluate, isPinnedImage, RULES } from "../../constructs/lib/guardrails";
import type { SynthesizedJson } from "../../constructs/lib/guardrails/types";

/**
 * Every rule against a minimal synthesized stack: one case it passes, one it fails. The JSON is
 * shaped as cdktf writes it (single blocks as objects, references as `${...}`).
 */
type Resources = Record<string, Record<string, Record<string, unknown>>>;

function findingsOf(ruleId: string, resource: Resources, extra: Partial<SynthesizedJson> = {}, upstream: string[] = []) {
  const rule = RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const report = evaluate("test", { resource, ...extra }, { rules: [rule], apisEnabledUpstream: new Set(upstream) });
  return report.findings.map((f) => f.message);
}

const CF_RANGES = "${concat(data.cloudflare_ip_ranges.r.ipv4_cidrs, data.cloudflare_ip_ranges.r.ipv6_cidrs)}";
const firewall = (...rule: Array<Record<string, unknown>>): Resources => ({ hcloud_firewall: { fw: { name: "fw", rule } } });
const allowed = [
  { direction: "in", protocol: "tcp", port: "80", source_ips: CF_RANGES },
  { direction: "in", protocol: "tcp", port: "443", source_ips: CF_RANGES },
  { direction: "in", protocol: "tcp", port: "22", source_ips: ["203.0.113.10/32"] },
];
const dockerService = (patch: (spec: Record<string, any>) => void = () => {}): Resources => {
  const body: Record<string, any> = {
    name: "svc",
    mode: { replicated: { replicas: 1 } },
    converge_config: { delay: "7s", timeout: "300s" },
    labels: [{ label: "platform.environment", value: "dev" }],
    task_spec: {
      container_spec: { image: "traefik:v3.6.25", env: { LOG_LEVEL: "info", DB_PASSWORD_FILE: "/run/secrets/db" }, healthcheck: { test: ["CMD", "traefik", "healthcheck"] } },
      resources: { limits: { memory_bytes: 134217728, nano_cpus: 250000000 } },
    },
  };
  patch(body);
  return { docker_service: { svc: body } };
};
const worker = (bindings: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) => ({ content_file: "assets/x/index.mjs", content_sha256: "ab".repeat(32), bindings, ...extra });

describe("security rules", () => {
  it("passes a firewall that opens 80/443 to Cloudflare's ranges and 22 to admin ranges", () => {
    expect(findingsOf("GR-HZ-FIREWALL-INGRESS", firewall(...allowed))).toEqual([]);
    expect(findingsOf("GR-HZ-SSH-ANYWHERE", firewall(...allowed))).toEqual([]);
  });
  it("fails when the firewall opens the swarm management port 2377", () => {
    expect(findingsOf("GR-HZ-FIREWALL-INGRESS", firewall(...allowed, { direction: "in", protocol: "tcp", port: "2377", source_ips: ["10.0.0.0/8"] }))).toEqual([expect.stringMatching(/opens tcp 2377 inbound, which includes 2377 \(the swarm's cluster-management port\)/)]);
  });
  it("fails when the firewall opens a port range that includes MongoDB's port", () => {
    expect(findingsOf("GR-HZ-FIREWALL-INGRESS", firewall({ direction: "in", protocol: "tcp", port: "27000-28000", source_ips: ["198.51.100.0/24"] }))).toEqual([expect.stringMatching(/27017 \(MongoDB's port\)/)]);
  });
  it("fails when 443 is open to a literal list instead of Cloudflare's published ranges", () => {
    expect(findingsOf("GR-HZ-FIREWALL-INGRESS", firewall({ direction: "in", protocol: "tcp", port: "443", source_ips: ["0.0.0.0/0"] }))).toEqual([expect.stringMatching(/admit only Cloudflare's published ranges/)]);
  });
  it("fails when SSH is open to the whole internet, also through a port range", () => {
    expect(findingsOf("GR-HZ-SSH-ANYWHERE", firewall({ direction: "in", protocol: "tcp", port: "22", source_ips: ["203.0.113.1/32", "::/0"] }))).toEqual([expect.stringMatching(/admits SSH \(port 22\) from ::\/0/)]);
    expect(findingsOf("GR-HZ-SSH-ANYWHERE", firewall({ direction: "in", protocol: "tcp", port: "1-1024", source_ips: ["0.0.0.0/0"] }))).toHaveLength(1);
  });

  const server = (body: Record<string, unknown>): Resources => ({ hcloud_server: { node: { name: "n", ...body } } });
  it("passes a server with a firewall and a private network", () => {
    const s = server({ firewall_ids: ["${hcloud_firewall.fw.id}"], network: [{ network_id: "${hcloud_network.n.id}", ip: "10.0.1.2" }] });
    expect(findingsOf("GR-HZ-SERVER-FIREWALL", s)).toEqual([]);
    expect(findingsOf("GR-HZ-SERVER-PRIVATE-NETWORK", s)).toEqual([]);
  });
  it("passes a server attached through hcloud_firewall_attachment and hcloud_server_network", () => {
    const resources = { ...server({}), hcloud_firewall_attachment: { a: { firewall_id: 1, server_ids: ["${hcloud_server.node.id}"] } }, hcloud_server_network: { n: { server_id: "${hcloud_server.node.id}", network_id: 1 } } };
    expect(findingsOf("GR-HZ-SERVER-FIREWALL", resources)).toEqual([]);
    expect(findingsOf("GR-HZ-SERVER-PRIVATE-NETWORK", resources)).toEqual([]);
  });
  it("fails when a server has no firewall and no private network", () => {
    expect(findingsOf("GR-HZ-SERVER-FIREWALL", server({}))).toEqual([expect.stringMatching(/hcloud_server.node\) has no firewall/)]);
    expect(findingsOf("GR-HZ-SERVER-PRIVATE-NETWORK", server({}))).toEqual([expect.stringMatching(/is on no private network/)]);
  });

  const bucket = { cloudflare_r2_bucket: { backups: { name: "dev-platform-backups" } } };
  it("passes a backup bucket with a lifecycle and a lock, and ignores other buckets", () => {
    const resources = {
      ...bucket,
      cloudflare_r2_bucket_lifecycle: { l: { bucket_name: "${cloudflare_r2_bucket.backups.name}", rules: [{ id: "retention" }] } },
      cloudflare_r2_bucket_lock: { k: { bucket_name: "dev-platform-backups", rules: [{ id: "lock" }] } },
    };
    expect(findingsOf("GR-R2-BACKUP-RETENTION", resources)).toEqual([]);
    expect(findingsOf("GR-R2-BACKUP-RETENTION", { cloudflare_r2_bucket: { archive: { name: "dev-aircall-webhook-archive" } } })).toEqual([]);
  });
  it("fails (as an error) when a backup bucket has neither lifecycle nor lock", () => {
    const report = evaluate("t", { resource: bucket }, { rules: RULES.filter((r) => r.id === "GR-R2-BACKUP-RETENTION") });
    expect(report.findings.map((f) => [f.level, f.message])).toEqual([
      ["error", expect.stringMatching(/without a lifecycle/)],
      ["error", expect.stringMatching(/without a lock/)],
    ]);
  });

  it("passes a narrow predefined role and fails when a primitive role is granted (member or policy)", () => {
    expect(findingsOf("GR-GCP-PRIMITIVE-ROLE", { google_project_iam_member: { m: { role: "roles/datastore.user", member: "serviceAccount:x" } } })).toEqual([]);
    expect(findingsOf("GR-GCP-PRIMITIVE-ROLE", { google_project_iam_member: { m: { role: "roles/editor", member: "serviceAccount:x" } } })).toEqual([expect.stringMatching(/grants roles\/editor/)]);
    expect(findingsOf("GR-GCP-PRIMITIVE-ROLE", { google_storage_bucket_iam_policy: { p: { policy_data: '{"bindings":[{"role":"roles/owner"}]}' } } })).toEqual([expect.stringMatching(/roles\/owner/)]);
  });

  it("passes a project grant of a project-only role and fails when a resource-level role is granted project-wide", () => {
    expect(findingsOf("GR-GCP-PROJECT-WIDE-GRANT", { google_project_iam_member: { m: { role: "roles/datastore.user", member: "serviceAccount:x" } } })).toEqual([]);
    expect(findingsOf("GR-GCP-PROJECT-WIDE-GRANT", { google_project_iam_member: { m: { role: "roles/secretmanager.secretAccessor", member: "serviceAccount:x" } } })).toEqual([expect.stringMatching(/on the whole project; grant it on the one resource with google_secret_manager_secret_iam_member/)]);
  });

  it("passes an invoker grant to a service account and fails when allUsers may invoke a function", () => {
    expect(findingsOf("GR-GCP-PUBLIC-INVOKER", { google_cloud_run_v2_service_iam_member: { i: { role: "roles/run.invoker", member: "serviceAccount:x" } } })).toEqual([]);
    expect(findingsOf("GR-GCP-PUBLIC-INVOKER", { google_cloud_run_v2_service_iam_member: { i: { role: "roles/run.invoker", member: "allUsers" } } })).toEqual([expect.stringMatching(/to allUsers; .*declarePublic/)]);
    expect(findingsOf("GR-GCP-PUBLIC-INVOKER", { google_cloudfunctions2_function_iam_binding: { b: { role: "roles/cloudfunctions.invoker", members: ["allAuthenticatedUsers"] } } })).toHaveLength(1);
  });

  it("passes a scheduler job with an OIDC token and fails when its HTTP target has none", () => {
    expect(findingsOf("GR-GCP-SCHEDULER-OIDC", { google_cloud_scheduler_job: { j: { http_target: { uri: "https://x", oidc_token: { service_account_email: "a@b" } } } } })).toEqual([]);
    expect(findingsOf("GR-GCP-SCHEDULER-OIDC", { google_cloud_scheduler_job: { j: { http_target: { uri: "https://x" } } } })).toEqual([expect.stringMatching(/without an OIDC token/)]);
  });

  it("passes a Worker that reads secrets from its KV binding and names KV keys in plain text", () => {
    const bindings = [{ type: "kv_namespace", name: "SECRETS", namespace_id: "${cloudflare_workers_kv_namespace.a.id}" }, { type: "plain_text", name: "WEBHOOK_SECRET_KEY", text: "webhook-secret" }];
    expect(findingsOf("GR-CF-WORKER-SECRET-BINDING", { cloudflare_workers_script: { w: worker(bindings) } })).toEqual([]);
  });
  it("fails when a Worker gets a secret_text binding or a secret-named plain_text binding", () => {
    const bindings = [{ type: "secret_text", name: "GROQ", text: "${var.groq}" }, { type: "plain_text", name: "QDRANT_API_KEY", text: "x" }, { type: "plain_text", name: "SIGNING", text: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }];
    expect(findingsOf("GR-CF-WORKER-SECRET-BINDING", { cloudflare_workers_script: { w: worker(bindings) } })).toEqual([
      expect.stringMatching(/binds GROQ as secret_text/),
      expect.stringMatching(/binds QDRANT_API_KEY as plain_text, a secret by its name/),
      expect.stringMatching(/binds SIGNING as plain_text with a credential-like value/),
    ]);
  });
  it("passes Workers with their own secrets namespaces and fails when two share one", () => {
    const kv = (id: string) => [{ type: "kv_namespace", name: "SECRETS", namespace_id: `\${cloudflare_workers_kv_namespace.${id}.id}` }];
    expect(findingsOf("GR-CF-WORKER-SECRETS-SCOPED", { cloudflare_workers_script: { a: worker(kv("a")), b: worker(kv("b")) } })).toEqual([]);
    expect(findingsOf("GR-CF-WORKER-SECRETS-SCOPED", { cloudflare_workers_script: { a: worker(kv("shared")), b: worker(kv("shared")) } })).toHaveLength(2);
  });

  it("passes a docker service with a health check, limits, a pinned image and secrets as files", () => {
    for (const id of ["GR-DOCKER-HEALTHCHECK", "GR-DOCKER-LIMITS", "GR-DOCKER-PINNED-IMAGE", "GR-DOCKER-ENV-SECRET", "GR-DOCKER-GLOBAL-CONVERGE"]) expect([id, findingsOf(id, dockerService())]).toEqual([id, []]);
  });
  it("fails when a docker service has no health check (or disables it)", () => {
    expect(findingsOf("GR-DOCKER-HEALTHCHECK", dockerService((s) => delete s.task_spec.container_spec.healthcheck))).toEqual([expect.stringMatching(/has no health check/)]);
    expect(findingsOf("GR-DOCKER-HEALTHCHECK", dockerService((s) => (s.task_spec.container_spec.healthcheck = { test: ["NONE"] })))).toHaveLength(1);
  });
  it("fails when a docker service has no CPU limit", () => {
    expect(findingsOf("GR-DOCKER-LIMITS", dockerService((s) => delete s.task_spec.resources.limits.nano_cpus))).toEqual([expect.stringMatching(/has no nano_cpus limit/)]);
  });
  it("fails when a docker service runs latest or an untagged image", () => {
    expect(findingsOf("GR-DOCKER-PINNED-IMAGE", dockerService((s) => (s.task_spec.container_spec.image = "traefik:latest")))).toHaveLength(1);
    expect(findingsOf("GR-DOCKER-PINNED-IMAGE", dockerService((s) => (s.task_spec.container_spec.image = "registry.example.com:5000/app")))).toHaveLength(1);
    expect(isPinnedImage("mongo@sha256:" + "a".repeat(64))).toBe(true);
  });
  it("fails when a docker service gets a secret through its environment or command line", () => {
    const found = findingsOf("GR-DOCKER-ENV-SECRET", dockerService((s) => {
      s.task_spec.container_spec.env = { DB_PASSWORD: "hunter2hunter2", API: "${random_password.api.result}" };
      s.task_spec.container_spec.args = ["--token=${var.token}"];
    }));
    expect(found).toEqual([expect.stringMatching(/env DB_PASSWORD is a secret by its name/), expect.stringMatching(/env API interpolates a secret source/), expect.stringMatching(/passes a secret on its command line/)]);
  });

  it("passes resources that carry the environment label and fails when a labelable one does not", () => {
    expect(findingsOf("GR-LABELS-ENVIRONMENT", { google_storage_bucket: { b: { labels: { environment: "dev" } } } })).toEqual([]);
    expect(findingsOf("GR-LABELS-ENVIRONMENT", { google_storage_bucket: { b: { labels: { owner: "x" } } } })).toEqual([expect.stringMatching(/carries no "environment" label/)]);
    expect(findingsOf("GR-LABELS-ENVIRONMENT", dockerService((s) => (s.labels = [])))).toEqual([expect.stringMatching(/"platform.environment"/)]);
  });

  it("passes references and fails when an attribute or a sensitive variable's default holds a secret", () => {
    expect(findingsOf("GR-SECRET-PLAINTEXT", { google_secret_manager_secret_version: { v: { secret_data: "${var.qdrant_api_key}" } } }, { variable: { qdrant_api_key: { type: "string", sensitive: true } } })).toEqual([]);
    expect(findingsOf("GR-SECRET-PLAINTEXT", { google_secret_manager_secret_version: { v: { secret_data: "gsk_4fJ8kQ2mZx7LrT4vW1yB8nC3pD6hJ0aG" } } })).toEqual(expect.arrayContaining([expect.stringMatching(/Groq API key/)]));
    expect(findingsOf("GR-SECRET-PLAINTEXT", {}, { variable: { hcloud_token: { type: "string", sensitive: true, default: "abc" } } })).toEqual([expect.stringMatching(/default value of a sensitive variable/)]);
  });
});

describe("provider constraints", () => {
  it("fails when a global docker service has converge_config (docker 3.6.2 ConflictsWith)", () => {
    expect(findingsOf("GR-DOCKER-GLOBAL-CONVERGE", dockerService((s) => (s.mode = { global: true })))).toEqual([expect.stringMatching(/mode.global together with converge_config/)]);
    expect(findingsOf("GR-DOCKER-GLOBAL-CONVERGE", dockerService((s) => { s.mode = { global: true }; delete s.converge_config; }))).toEqual([]);
  });

  it("passes KV key names in [A-Za-z0-9._-] and fails when one has a slash (cloudflare 5.14.0 path-escapes it)", () => {
    expect(findingsOf("GR-CF-KV-KEY-NAME", { cloudflare_workers_kv: { k: { key_name: "google-service-account" } } })).toEqual([]);
    expect(findingsOf("GR-CF-KV-KEY-NAME", { cloudflare_workers_kv: { k: { key_name: "webhooks/aircall" } } })).toEqual([expect.stringMatching(/key_name "webhooks\/aircall"/)]);
  });

  it("fails when a Worker has content_file without content_sha256", () => {
    expect(findingsOf("GR-CF-WORKER-CONTENT-SHA256", { cloudflare_workers_script: { w: worker([]) } })).toEqual([]);
    expect(findingsOf("GR-CF-WORKER-CONTENT-SHA256", { cloudflare_workers_script: { w: worker([], { content_sha256: undefined }) } })).toEqual([expect.stringMatching(/content_file without content_sha256/)]);
  });

  const api = { google_project_service: { pubsub: { service: "pubsub.googleapis.com" } } };
  it("passes a Google resource that depends on its API, or whose API a prior stack enables", () => {
    expect(findingsOf("GR-GCP-API-ENABLED", { ...api, google_pubsub_topic: { t: { name: "t", depends_on: ["google_project_service.pubsub"] } } })).toEqual([]);
    expect(findingsOf("GR-GCP-API-ENABLED", { google_pubsub_topic: { t: { name: "t" } } }, {}, ["pubsub.googleapis.com"])).toEqual([]);
  });
  it("fails when a Google resource's API is not enabled, not depended on, or the type is unknown", () => {
    expect(findingsOf("GR-GCP-API-ENABLED", { google_pubsub_topic: { t: { name: "t" } } })).toEqual([expect.stringMatching(/needs pubsub.googleapis.com, which no google_project_service/)]);
    expect(findingsOf("GR-GCP-API-ENABLED", { ...api, google_pubsub_topic: { t: { name: "t" } } })).toEqual([expect.stringMatching(/enabled by google_project_service.pubsub but not depended on/)]);
    expect(findingsOf("GR-GCP-API-ENABLED", { google_bigquery_dataset: { d: {} } })).toEqual([expect.stringMatching(/not in GOOGLE_APIS_BY_RESOURCE_TYPE/)]);
  });

  it("passes queue settings at Cloudflare's limits and fails beyond them", () => {
    expect(findingsOf("GR-CF-QUEUE-LIMITS", { cloudflare_queue_consumer: { c: { settings: { batch_size: 100, max_retries: 100 } } } })).toEqual([]);
    expect(findingsOf("GR-CF-QUEUE-LIMITS", { cloudflare_queue_consumer: { c: { settings: { batch_size: 101, max_retries: 250 } } } })).toEqual([expect.stringMatching(/batch_size = 101/), expect.stringMatching(/max_retries = 250/)]);
  });

  it("passes dead-letter attempts within 5-100 and fails outside", () => {
    const sub = (n: number) => ({ google_pubsub_subscription: { s: { dead_letter_policy: { dead_letter_topic: "t", max_delivery_attempts: n } } } });
    expect(findingsOf("GR-GCP-PUBSUB-DLQ-ATTEMPTS", sub(5))).toEqual([]);
    expect(findingsOf("GR-GCP-PUBSUB-DLQ-ATTEMPTS", sub(100))).toEqual([]);
    expect(findingsOf("GR-GCP-PUBSUB-DLQ-ATTEMPTS", sub(4))).toEqual([expect.stringMatching(/accepts 5 to 100/)]);
    expect(findingsOf("GR-GCP-PUBSUB-DLQ-ATTEMPTS", sub(101))).toHaveLength(1);
  });

  it("fails when a Firestore Eventarc trigger has an empty event_data_content_type", () => {
    const trigger = (type: string | undefined) => ({ google_eventarc_trigger: { t: { event_data_content_type: type, matching_criteria: [{ attribute: "type", value: "google.cloud.firestore.document.v1.written" }] } } });
    expect(findingsOf("GR-GCP-EVENTARC-FIRESTORE-CONTENT-TYPE", trigger("application/protobuf"))).toEqual([]);
    expect(findingsOf("GR-GCP-EVENTARC-FIRESTORE-CONTENT-TYPE", trigger(""))).toEqual([expect.stringMatching(/empty event_data_content_type/)]);
    expect(findingsOf("GR-GCP-EVENTARC-FIRESTORE-CONTENT-TYPE", trigger(undefined))).toHaveLength(1);
  });
});

describe("the pack", () => {
  it("gives every rule a unique id, a level and a source", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) expect({ id: r.id, level: ["error", "warning"].includes(r.level), source: r.source.length > 10 }).toEqual({ id: r.id, level: true, source: true });
  });
  it("makes plain-text secrets and SSH from anywhere unsuppressable", () => {
    expect(RULES.filter((r) => r.unsuppressable).map((r) => r.id).sort()).toEqual(["GR-CF-WORKER-SECRET-BINDING", "GR-DOCKER-ENV-SECRET", "GR-HZ-SSH-ANYWHERE", "GR-SECRET-PLAINTEXT"]);
  });
});
