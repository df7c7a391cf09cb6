import { apisNeededBy } from "../google-apis";
import { scanStackJson, secretsInText, REFERENCE_LIKE } from "./secret-scan";
import type { ResourceView, Rule, StackContext } from "./types";

/*
 * The rule pack. Every rule reads the synthesized JSON of one resource (what Terraform reads) and
 * answers with sentences that name the fix; the engine (index.ts) adds the resource's address
 * and construct path. Sources: ARCHITECTURE.md §4 for the security rules; for the provider
 * constraints, the provider source at the pinned versions (docker 3.6.2, cloudflare 5.14.0,
 * google 6.50.0) or the vendor's published limits, as listed in README.md ("Guardrails").
 */

type Block = Record<string, unknown>;

/** A nested block as cdktf writes it: one object, or a list of them. */
export function blocks(value: unknown): Block[] {
  if (Array.isArray(value)) return value.filter((v): v is Block => !!v && typeof v === "object");
  return value && typeof value === "object" ? [value as Block] : [];
}
const isReference = (value: unknown): boolean => typeof value === "string" && /(?<!\$)\$\{/.test(value);
const refersTo = (value: unknown, address: string): boolean => JSON.stringify(value ?? null).includes(`${address}.`);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : typeof value === "string" ? [value] : []);

// ---------------------------------------------------------------- Hetzner

const ANYWHERE = new Set(["0.0.0.0/0", "::/0"]);
const WELL_KNOWN_PORTS: Record<string, string> = {
  "2377": "the swarm's cluster-management port",
  "7946": "the swarm's node-discovery port",
  "4789": "the swarm's overlay (VXLAN) port",
  "27017": "MongoDB's port",
  "5432": "PostgreSQL's port",
  "2375": "the Docker API port",
  "2376": "the Docker API (TLS) port",
};

/** Whether a firewall rule's `port` ("22", "20-30", "any", absent) includes `port`. */
function portCovers(rulePort: unknown, port: number): boolean {
  if (rulePort === undefined || rulePort === null || rulePort === "any") return true;
  const text = String(rulePort);
  const range = text.match(/^(\d+)-(\d+)$/);
  if (range) return Number(range[1]) <= port && port <= Number(range[2]);
  return text === String(port);
}

const inboundRules = (firewall: ResourceView) => blocks(firewall.body.rule).filter((r) => r.direction === "in");

const sshFromAnywhere: Rule = {
  id: "GR-HZ-SSH-ANYWHERE",
  level: "error",
  unsuppressable: true,
  description: "No Hetzner firewall admits SSH (22) from 0.0.0.0/0 or ::/0.",
  source: "ARCHITECTURE.md §4 Ingress and security: SSH only from configured admin ranges",
  resourceTypes: ["hcloud_firewall"],
  check: (fw) =>
    inboundRules(fw)
      .filter((r) => (r.protocol === "tcp" || r.protocol === undefined) && portCovers(r.port, 22))
      .flatMap((r) => strings(r.source_ips).filter((ip) => ANYWHERE.has(ip)).map((ip) => `admits SSH (port ${r.port ?? "any"}) from ${ip}; list the admin ranges (e.g. "203.0.113.4/32") instead`)),
};

const firewallIngress: Rule = {
  id: "GR-HZ-FIREWALL-INGRESS",
  level: "error",
  description: "A Hetzner firewall opens only 80/443 to Cloudflare's ranges and 22 to admin ranges; swarm and database ports stay on the private network.",
  source: "ARCHITECTURE.md §4 Ingress and security",
  resourceTypes: ["hcloud_firewall"],
  check: (fw) =>
    inboundRules(fw).flatMap((r): string[] => {
      if (r.protocol === "icmp") return [];
      const port = String(r.port ?? "any");
      if (r.protocol !== "tcp") return [`opens ${String(r.protocol)} port ${port} inbound; only tcp 80/443 (from Cloudflare) and 22 (from admin ranges) may be open; swarm traffic uses the private network`];
      if (port === "80" || port === "443") {
        return isReference(r.source_ips) && String(r.source_ips).includes("data.cloudflare_ip_ranges.")
          ? []
          : [`opens ${port} to ${JSON.stringify(r.source_ips)}; admit only Cloudflare's published ranges (data "cloudflare_ip_ranges" ipv4_cidrs + ipv6_cidrs), so the origin cannot be reached around the proxy`];
      }
      if (port === "22") return [];
      const known = Object.entries(WELL_KNOWN_PORTS).filter(([p]) => portCovers(port, Number(p))).map(([p, what]) => `${p} (${what})`);
      return [`opens tcp ${port} inbound${known.length ? `, which includes ${known.join(", ")}` : ""}; remove the rule: only 80/443 (Cloudflare) and 22 (admin ranges) are public, everything else talks over the private network`];
    }),
};

function serverReferencedBy(ctx: StackContext, server: ResourceView, type: string, attribute: string): boolean {
  return ctx.ofType(type).some((r) => refersTo(r.body[attribute], server.address));
}

const serverFirewall: Rule = {
  id: "GR-HZ-SERVER-FIREWALL",
  level: "error",
  description: "Every hcloud server is behind a firewall.",
  source: "ARCHITECTURE.md §4 Ingress and security",
  resourceTypes: ["hcloud_server"],
  check: (server, ctx) =>
    strings(server.body.firewall_ids).length > 0 || isReference(server.body.firewall_ids) || serverReferencedBy(ctx, server, "hcloud_firewall_attachment", "server_ids")
      ? []
      : ["has no firewall; set firewall_ids to the swarm firewall (or attach one with hcloud_firewall_attachment)"],
};

const serverPrivateNetwork: Rule = {
  id: "GR-HZ-SERVER-PRIVATE-NETWORK",
  level: "error",
  description: "Every hcloud server is on a private network (swarm ports never cross the public interface).",
  source: "ARCHITECTURE.md §4 Ingress and security: swarm ports stay on the private network",
  resourceTypes: ["hcloud_server"],
  check: (server, ctx) =>
    blocks(server.body.network).some((n) => n.network_id !== undefined) || serverReferencedBy(ctx, server, "hcloud_server_network", "server_id")
      ? []
      : ["is on no private network; add a network block (network_id of the swarm network) so swarm traffic stays off the public interface"],
};

// ---------------------------------------------------------------- Cloudflare R2

function bucketAttachments(ctx: StackContext, bucket: ResourceView, type: string): ResourceView[] {
  const name = bucket.body.name;
  return ctx.ofType(type).filter((r) => refersTo(r.body.bucket_name, bucket.address) || (typeof name === "string" && r.body.bucket_name === name));
}

const backupBucketRetention: Rule = {
  id: "GR-R2-BACKUP-RETENTION",
  // The lifecycle and lock belong to the construct that writes the backups (BackupSchedule); a
  // backup bucket without them is an error: backups could expire never, or be deleted early.
  level: "error",
  description: "A backup R2 bucket has a lifecycle (retention) and a bucket lock (no early deletion).",
  source: "ARCHITECTURE.md §4 Backups: R2 lifecycle rules keep the retention",
  resourceTypes: ["cloudflare_r2_bucket"],
  check: (bucket, ctx) => {
    if (!/backup/i.test(`${String(bucket.body.name ?? "")} ${bucket.path}`)) return [];
    const problems: string[] = [];
    if (!bucketAttachments(ctx, bucket, "cloudflare_r2_bucket_lifecycle").some((r) => blocks(r.body.rules).length > 0)) {
      problems.push("is a backup bucket without a lifecycle; add cloudflare_r2_bucket_lifecycle with the retention (expire objects after the retention days)");
    }
    if (!bucketAttachments(ctx, bucket, "cloudflare_r2_bucket_lock").some((r) => blocks(r.body.rules).length > 0)) {
      problems.push("is a backup bucket without a lock; add cloudflare_r2_bucket_lock so a backup cannot be deleted before its retention ends");
    }
    return problems;
  },
};

// ---------------------------------------------------------------- Google

const PRIMITIVE_ROLES = /^roles\/(owner|editor|viewer)$/;
const isIamType = (type: string) => /^google_.*_iam_(member|binding|policy)$/.test(type);

const primitiveRoles: Rule = {
  id: "GR-GCP-PRIMITIVE-ROLE",
  level: "error",
  description: "No primitive role (roles/owner, roles/editor, roles/viewer) is granted.",
  source: "Google Cloud IAM: basic roles are too broad for production (cloud.google.com/iam/docs/roles-overview#basic)",
  resourceTypes: isIamType,
  check: (r) => {
    const roles = [...strings(r.body.role), ...(typeof r.body.policy_data === "string" ? [...r.body.policy_data.matchAll(/roles\/(?:owner|editor|viewer)\b/g)].map((m) => m[0]) : [])];
    return roles.filter((role) => PRIMITIVE_ROLES.test(role)).map((role) => `grants ${role}; grant the narrowest predefined role on the resource itself (e.g. roles/datastore.user, roles/run.invoker on one service)`);
  },
};

/** Roles that can be granted on the one resource that needs them; project-wide they reach every such resource. */
const RESOURCE_LEVEL_ROLES: Record<string, string> = {
  "roles/run.invoker": "google_cloud_run_v2_service_iam_member",
  "roles/cloudfunctions.invoker": "google_cloudfunctions2_function_iam_member",
  "roles/pubsub.publisher": "google_pubsub_topic_iam_member",
  "roles/pubsub.subscriber": "google_pubsub_subscription_iam_member",
  "roles/secretmanager.secretAccessor": "google_secret_manager_secret_iam_member",
  "roles/storage.objectViewer": "google_storage_bucket_iam_member",
  "roles/storage.objectCreator": "google_storage_bucket_iam_member",
  "roles/storage.objectAdmin": "google_storage_bucket_iam_member",
  "roles/iam.serviceAccountUser": "google_service_account_iam_member",
  "roles/iam.serviceAccountTokenCreator": "google_service_account_iam_member",
};

const projectWideGrant: Rule = {
  id: "GR-GCP-PROJECT-WIDE-GRANT",
  level: "error",
  description: "No project-wide grant of a role that can be granted on the resource itself.",
  source: "ARCHITECTURE.md §4 Secrets: each runtime can read only its own secrets; Google IAM resource-level policies",
  resourceTypes: (type) => /^google_project_iam_(member|binding)$/.test(type),
  check: (r) => strings(r.body.role).filter((role) => RESOURCE_LEVEL_ROLES[role]).map((role) => `grants ${role} on the whole project; grant it on the one resource with ${RESOURCE_LEVEL_ROLES[role]}`),
};

const PUBLIC_MEMBERS = new Set(["allUsers", "allAuthenticatedUsers"]);
const publicInvoker: Rule = {
  id: "GR-GCP-PUBLIC-INVOKER",
  level: "error",
  description: "Functions and Cloud Run services are not publicly invokable unless declared public with a reason (Guardrails.declarePublic).",
  source: "ARCHITECTURE.md §4: nothing is exposed without strong authentication",
  resourceTypes: (type) => /^google_(cloud_run_v2_service|cloud_run_service|cloudfunctions2_function|cloudfunctions_function)(_iam_(member|binding))?$/.test(type),
  check: (r) => {
    if (r.body.invoker_iam_disabled === true) return ["disables the invoker IAM check (invoker_iam_disabled = true), so anyone can call it; grant roles/run.invoker to the caller's service account, or declare it public with Guardrails.declarePublic(construct, reason)"];
    const members = [...strings(r.body.member), ...strings(r.body.members)];
    return members.filter((m) => PUBLIC_MEMBERS.has(m)).map((m) => `grants ${String(r.body.role)} to ${m}; grant it to the caller's service account, or declare it public with Guardrails.declarePublic(construct, reason)`);
  },
};

const schedulerOidc: Rule = {
  id: "GR-GCP-SCHEDULER-OIDC",
  level: "error",
  description: "Cloud Scheduler HTTP targets carry an OIDC token.",
  source: "ARCHITECTURE.md §4 Backups: Cloud Scheduler calls the function with an OIDC token",
  resourceTypes: ["google_cloud_scheduler_job"],
  check: (job) =>
    blocks(job.body.http_target).flatMap((target) =>
      blocks(target.oidc_token).some((t) => t.service_account_email) ? [] : ["calls its HTTP target without an OIDC token; add http_target.oidc_token { service_account_email, audience } with an identity that has roles/run.invoker on the target"],
    ),
};

const apiEnabled: Rule = {
  id: "GR-GCP-API-ENABLED",
  level: "error",
  description: "Every Google resource depends on the google_project_service of each API it calls (or the API is enabled by a stack deployed first).",
  source: "constructs/lib/google-apis.ts (GOOGLE_APIS_BY_RESOURCE_TYPE); an API not enabled answers SERVICE_DISABLED (403)",
  resourceTypes: (type) => type.startsWith("google_") && type !== "google_project_service",
  check: (r, ctx) => {
    const needed = apisNeededBy(r.type);
    if (!needed) return [`is a ${r.type}, which is not in GOOGLE_APIS_BY_RESOURCE_TYPE (constructs/lib/google-apis.ts); add the APIs its provider calls there`];
    const dependsOn = strings(r.body.depends_on);
    return needed.flatMap((api) => {
      const local = ctx.ofType("google_project_service").find((s) => s.body.service === api);
      if (local) return dependsOn.includes(local.address) ? [] : [`needs ${api}, enabled by ${local.address} but not depended on; add it to depends_on (EnvironmentFoundation's DependOnGoogleApis aspect does this)`];
      return ctx.apisEnabledUpstream.has(api) ? [] : [`needs ${api}, which no google_project_service in this stack or a stack it depends on enables; enable it (EnvironmentFoundation) and depend on it`];
    });
  },
};

const pubsubDeadLetterAttempts: Rule = {
  id: "GR-GCP-PUBSUB-DLQ-ATTEMPTS",
  level: "error",
  description: "A Pub/Sub dead-letter policy's max_delivery_attempts is between 5 and 100.",
  source: "google 6.50.0 google/services/pubsub/resource_pubsub_subscription.go:300-316 (\"The value must be between 5 and 100\"; the API rejects others)",
  resourceTypes: ["google_pubsub_subscription"],
  check: (s) =>
    blocks(s.body.dead_letter_policy).flatMap((p) => {
      const n = p.max_delivery_attempts;
      if (typeof n !== "number" || n === 0) return []; // unset or 0: the API uses 5
      return n >= 5 && n <= 100 ? [] : [`sets dead_letter_policy.max_delivery_attempts = ${n}; Pub/Sub accepts 5 to 100`];
    }),
};

const eventarcFirestoreContentType: Rule = {
  id: "GR-GCP-EVENTARC-FIRESTORE-CONTENT-TYPE",
  level: "error",
  description: "An Eventarc Firestore trigger states event_data_content_type (application/protobuf or application/json).",
  source: "google 6.50.0 google/services/eventarc/resource_eventarc_trigger.go:202-206,379 (an empty value is not sent; the API then defaults to application/json while the function decodes what it was built for)",
  resourceTypes: ["google_eventarc_trigger"],
  check: (t) => {
    const firestore = blocks(t.body.matching_criteria).some((c) => c.attribute === "type" && typeof c.value === "string" && c.value.startsWith("google.cloud.firestore."));
    if (!firestore) return [];
    const type = t.body.event_data_content_type;
    return typeof type === "string" && type.trim() !== "" ? [] : ["is a Firestore trigger with an empty event_data_content_type; set it to what the function decodes (application/protobuf for DocumentEventData)"];
  },
};

// ---------------------------------------------------------------- Cloudflare Workers, KV, Queues

/** Binding names that would hold a secret; names of KV keys (`*_SECRET_KEY`, `*_KEY_NAME`) are not secrets. */
const SECRET_BINDING_NAME = /(SECRET|TOKEN|PASSWORD|PASSWD|API_?KEY|PRIVATE_?KEY|CREDENTIALS?)$/i;

const workerSecrets: Rule = {
  id: "GR-CF-WORKER-SECRET-BINDING",
  level: "error",
  unsuppressable: true,
  description: "Workers get secrets only through their scoped KV binding: no secret_text binding, no plain_text binding that is or looks like a secret.",
  source: "ARCHITECTURE.md §4 Secrets — one rule; docs/DESIGN.md (secrets are never bindings with text)",
  resourceTypes: ["cloudflare_workers_script"],
  check: (script) =>
    blocks(script.body.bindings).flatMap((b): string[] => {
      const name = String(b.name);
      if (b.type === "secret_text") return [`binds ${name} as secret_text (the value lands in Terraform config and state); store it in the Worker's own KV namespace (SECRETS) through the Secrets UI and read it with the secret reader`];
      if (b.type !== "plain_text") return [];
      if (SECRET_BINDING_NAME.test(name)) return [`binds ${name} as plain_text, a secret by its name; store it in the Worker's own KV namespace (SECRETS) instead`];
      if (typeof b.text === "string" && secretsInText(b.text).length) return [`binds ${name} as plain_text with a credential-like value; store it in the Worker's own KV namespace (SECRETS) instead`];
      return [];
    }),
};

const workerSecretsScope: Rule = {
  id: "GR-CF-WORKER-SECRETS-SCOPED",
  level: "error",
  description: "A Worker's secrets KV namespace is bound to that Worker only.",
  source: "ARCHITECTURE.md §4 Secrets: each runtime can read only its own secrets",
  resourceTypes: ["cloudflare_workers_script"],
  check: (script, ctx) =>
    blocks(script.body.bindings)
      .filter((b) => b.type === "kv_namespace" && /SECRET/i.test(String(b.name)))
      .flatMap((b) => {
        const others = ctx.ofType("cloudflare_workers_script").filter((other) => other !== script && blocks(other.body.bindings).some((ob) => ob.type === "kv_namespace" && ob.namespace_id === b.namespace_id));
        return others.length ? [`shares its secrets namespace (${String(b.name)}) with ${others.map((o) => o.address).join(", ")}; give each Worker its own KV namespace`] : [];
      }),
};

const workerContentSha: Rule = {
  id: "GR-CF-WORKER-CONTENT-SHA256",
  level: "error",
  description: "cloudflare_workers_script.content_file comes with content_sha256.",
  source: "cloudflare 5.14.0 internal/services/workers_script/schema.go:55-65 (content_file: stringvalidator.AlsoRequires(content_sha256))",
  resourceTypes: ["cloudflare_workers_script"],
  check: (s) => (s.body.content_file !== undefined && !s.body.content_sha256 ? ["sets content_file without content_sha256; the provider rejects the plan: set content_sha256 to the bundle's sha256 (RuntimeAsset does)"] : []),
};

const kvKeyName: Rule = {
  id: "GR-CF-KV-KEY-NAME",
  level: "error",
  description: "A Workers KV key_name uses only [A-Za-z0-9._-].",
  source: "cloudflare 5.14.0 internal/services/workers_kv/resource.go:69,123 (key_name stored as url.PathEscape(key_name): a key with other characters differs after apply, issue #6542, fixed in 5.16.0)",
  resourceTypes: ["cloudflare_workers_kv"],
  check: (kv) => {
    const key = kv.body.key_name;
    if (typeof key !== "string" || isReference(key)) return [];
    return /^[A-Za-z0-9._-]+$/.test(key) ? [] : [`has key_name ${JSON.stringify(key)}; use only [A-Za-z0-9._-] (provider 5.14.0 path-escapes anything else, so every plan shows a change)`];
  },
};

// Cloudflare Queues limits (developers.cloudflare.com/queues/platform/limits/): batch size ≤ 100 messages, ≤ 100 retries.
const QUEUE_LIMITS = { batch_size: 100, max_retries: 100 } as const;
const queueLimits: Rule = {
  id: "GR-CF-QUEUE-LIMITS",
  level: "error",
  description: "Queue consumer settings stay within Cloudflare's limits (batch_size ≤ 100, max_retries ≤ 100).",
  source: "developers.cloudflare.com/queues/platform/limits/ (the provider 5.14.0 schema, internal/services/queue_consumer/schema.go:50-66, does not validate; the API rejects)",
  resourceTypes: ["cloudflare_queue_consumer"],
  check: (c) =>
    blocks(c.body.settings).flatMap((s) =>
      Object.entries(QUEUE_LIMITS).flatMap(([key, max]) => {
        const v = s[key];
        return typeof v === "number" && (v > max || v < 0) ? [`sets settings.${key} = ${v}; Cloudflare Queues accept 0 to ${max}`] : [];
      }),
    ),
};

// ---------------------------------------------------------------- Docker Swarm services

const containerSpec = (service: ResourceView): Block => blocks(blocks(service.body.task_spec)[0]?.container_spec)[0] ?? {};

const dockerHealthcheck: Rule = {
  id: "GR-DOCKER-HEALTHCHECK",
  level: "error",
  description: "Every docker service has a health check.",
  source: "ARCHITECTURE.md §2 (swarm services); a service without one is 'running' while it cannot serve",
  resourceTypes: ["docker_service"],
  check: (s) => {
    const test = strings(blocks(containerSpec(s).healthcheck)[0]?.test);
    return test.length && test[0] !== "NONE" ? [] : ["has no health check; add task_spec.container_spec.healthcheck with a test that proves the service serves (its /health, a ping)"];
  },
};

const dockerLimits: Rule = {
  id: "GR-DOCKER-LIMITS",
  level: "error",
  description: "Every docker service has memory and CPU limits.",
  source: "ARCHITECTURE.md §2: three nodes share every service; one runaway task must not starve the others",
  resourceTypes: ["docker_service"],
  check: (s) => {
    const limits = blocks(blocks(blocks(s.body.task_spec)[0]?.resources)[0]?.limits)[0] ?? {};
    const missing = ["memory_bytes", "nano_cpus"].filter((k) => !(typeof limits[k] === "number" && (limits[k] as number) > 0));
    return missing.length ? [`has no ${missing.join(" / ")} limit; set task_spec.resources.limits`] : [];
  },
};

/** A pinned image names a tag other than `latest`, or a digest. */
export function isPinnedImage(image: string): boolean {
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return true;
  const lastSegment = image.split("/").pop() ?? "";
  const tag = lastSegment.includes(":") ? lastSegment.split(":").pop() : undefined;
  return !!tag && tag !== "latest";
}

const dockerPinnedImage: Rule = {
  id: "GR-DOCKER-PINNED-IMAGE",
  level: "error",
  description: "Every docker service runs a pinned image (a tag other than latest, or a digest).",
  source: "ARCHITECTURE.md §3: what is deployed is what was tested",
  resourceTypes: ["docker_service"],
  check: (s) => {
    const image = containerSpec(s).image;
    if (typeof image !== "string" || isReference(image)) return [];
    return isPinnedImage(image) ? [] : [`runs image ${JSON.stringify(image)}, which is not pinned; name a version tag (e.g. traefik:v3.6.25) or a digest (@sha256:...)`];
  },
};

const SECRET_SOURCES = /\b(random_password\.|random_uuid\.|tls_private_key\.|google_service_account_key\.|var\.|data\.terraform_remote_state\.)/;
const SECRET_ENV_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIALS?)$/i;

const dockerEnvSecret: Rule = {
  id: "GR-DOCKER-ENV-SECRET",
  level: "error",
  unsuppressable: true,
  description: "No docker service gets a secret through its environment or command line (docker secrets mounted as files only).",
  source: "ARCHITECTURE.md §4 Secrets: swarm services read docker secrets (a value in env shows in `docker service inspect`)",
  resourceTypes: ["docker_service"],
  check: (s) => {
    const spec = containerSpec(s);
    const problems: string[] = [];
    for (const [name, value] of Object.entries((spec.env ?? {}) as Record<string, unknown>)) {
      if (typeof value !== "string") continue;
      const why = SECRET_SOURCES.test(value) ? "interpolates a secret source" : SECRET_ENV_NAME.test(name) && value && !REFERENCE_LIKE.test(value) ? "is a secret by its name" : secretsInText(value).length ? "holds a credential-like value" : undefined;
      if (why) problems.push(`env ${name} ${why}; mount a docker secret and pass its path (${name}_FILE=/run/secrets/...)`);
    }
    for (const arg of [...strings(spec.args), ...strings(spec.command)]) {
      if (SECRET_SOURCES.test(arg) || secretsInText(arg).length) problems.push(`passes a secret on its command line (${arg.slice(0, 40)}); mount a docker secret and read the file`);
    }
    return problems;
  },
};

const dockerGlobalConverge: Rule = {
  id: "GR-DOCKER-GLOBAL-CONVERGE",
  level: "error",
  description: "A docker_service in global mode has no converge_config.",
  source: "docker 3.6.2 internal/provider/resource_docker_service.go:782 (mode.global ConflictsWith converge_config) and :953",
  resourceTypes: ["docker_service"],
  check: (s) => (blocks(s.body.mode).some((m) => m.global === true) && blocks(s.body.converge_config).length ? ["sets mode.global together with converge_config; the provider rejects the plan: drop converge_config for global services"] : []),
};

// ---------------------------------------------------------------- everything

const LABEL = "environment";
const DOCKER_LABEL = `platform.${LABEL}`;

function isLabelable(r: ResourceView): boolean {
  if (r.construct) return "labelsInput" in r.construct || (r.type.startsWith("docker_") && typeof (r.construct as unknown as { putLabels?: unknown }).putLabels === "function");
  return "labels" in r.body;
}

const environmentLabels: Rule = {
  id: "GR-LABELS-ENVIRONMENT",
  level: "error",
  description: "Every labelable resource carries the environment label.",
  source: "ARCHITECTURE.md §2: every resource is labelled with the environment and the construct that owns it",
  resourceTypes: (type) => type !== "variable",
  check: (r) => {
    if (!isLabelable(r)) return [];
    const labels = r.body.labels;
    const ok = Array.isArray(labels) ? labels.some((l) => (l as Block).label === DOCKER_LABEL && (l as Block).value) : !!(labels && typeof labels === "object" && (labels as Block)[LABEL]);
    return ok ? [] : [`carries no "${Array.isArray(labels) || r.type.startsWith("docker_") ? DOCKER_LABEL : LABEL}" label; add the ResourceLabels aspect to the stack (Aspects.of(stack).add(new ResourceLabels(env, owner)))`];
  },
};

const secretPlaintext: Rule = {
  id: "GR-SECRET-PLAINTEXT",
  level: "error",
  unsuppressable: true,
  description: "No credential-like plain text in any attribute (the secret scan, per resource and per variable default).",
  source: "ARCHITECTURE.md §4 Secrets — one rule: nothing secret in synthesized JSON",
  resourceTypes: () => true,
  check: (r) => {
    const json = r.type === "variable" ? { variable: { [r.name]: r.body } } : { resource: { [r.type]: { [r.name]: r.body } } };
    return scanStackJson("", json).map((f) => `${f.path.split(".").slice(3).join(".") || f.path}: ${f.why} (${f.excerpt}); pass it as a reference (sensitive variable without default, Secret Manager, KV, docker secret)`);
  },
};

/** The pack, in report order. */
export const RULES: readonly Rule[] = [
  sshFromAnywhere,
  firewallIngress,
  serverFirewall,
  serverPrivateNetwork,
  backupBucketRetention,
  primitiveRoles,
  projectWideGrant,
  publicInvoker,
  schedulerOidc,
  workerSecrets,
  workerSecretsScope,
  dockerHealthcheck,
  dockerLimits,
  dockerPinnedImage,
  dockerEnvSecret,
  environmentLabels,
  secretPlaintext,
  dockerGlobalConverge,
  kvKeyName,
  workerContentSha,
  apiEnabled,
  queueLimits,
  pubsubDeadLetterAttempts,
  eventarcFirestoreContentType,
];
