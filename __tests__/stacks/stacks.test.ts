import * as path from "node:path";
import { Testing } from "cdktf";
import { ENVIRONMENT_NAMES } from "../../stacks/environment";
import { resourcesOf, sampleWith, synthApp, SynthesizedStack } from "../support/synth";

const { stacks, json } = synthApp();
const byName = new Map(stacks.map((s) => [s.platform.environment.name, s]));
const platformJson = new Map(ENVIRONMENT_NAMES.map((env) => [env, json.get(`${env}-platform`)!]));
const servicesJson = new Map(ENVIRONMENT_NAMES.map((env) => [env, json.get(`${env}-swarm-services`)!]));

function allResources(json: SynthesizedStack): Array<[string, string, Record<string, unknown>]> {
  return Object.entries(json.resource).flatMap(([type, byId]) => Object.entries(byId).map(([id, body]) => [type, id, body] as [string, string, Record<string, unknown>]));
}

describe("per-environment stacks", () => {
  it("creates a platform and a swarm-services stack for each of dev, staging and prod", () => {
    expect(stacks.flatMap((s) => [s.platform.node.id, s.swarmServices.node.id]).sort()).toEqual(
      ENVIRONMENT_NAMES.flatMap((env) => [`${env}-platform`, `${env}-swarm-services`]).sort(),
    );
  });

  it.each(ENVIRONMENT_NAMES)("pins every provider version in required_providers (%s)", (env) => {
    expect(platformJson.get(env)!.terraform.required_providers).toEqual({
      hcloud: { source: "hetznercloud/hcloud", version: "1.59.0" },
      cloudflare: { source: "cloudflare/cloudflare", version: "5.14.0" },
      google: { source: "google", version: "6.50.0" },
      tls: { source: "hashicorp/tls", version: "4.1.0" },
      // The Secrets UI: its Vercel project and deployment, and its session secret.
      vercel: { source: "vercel/vercel", version: "5.10.0" },
      random: { source: "hashicorp/random", version: "3.7.2" },
      // Only an environment that provisions its Qdrant cluster needs the Qdrant Cloud provider.
      ...(byName.get(env)!.platform.environment.knowledge.qdrant.type === "qdrant-cloud" ? { "qdrant-cloud": { source: "qdrant/qdrant-cloud", version: "1.25.0" } } : {}),
    });
    expect(servicesJson.get(env)!.terraform.required_providers.docker).toEqual({ source: "kreuzwerker/docker", version: "3.6.2" });
  });

  it("keeps the embedded sample's state in local files, one per stack, at absolute paths outside cdktf.out", () => {
    // Terraform runs in cdktf.out/stacks/<stack>/: a relative path would resolve there, per stack.
    const stateDir = path.resolve("terraform-state");
    expect(platformJson.get("prod")!.terraform.backend).toEqual({ local: { path: path.join(stateDir, "prod-platform.tfstate") } });
    expect(servicesJson.get("prod")!.terraform.backend).toEqual({ local: { path: path.join(stateDir, "prod-swarm-services.tfstate") } });
    for (const stack of json.values()) {
      const statePath = String(stack.terraform.backend.local.path);
      expect(path.isAbsolute(statePath)).toBe(true);
      expect(statePath.split(path.sep)).not.toContain("cdktf.out");
    }
  });

  it.each(ENVIRONMENT_NAMES)("reads the platform stack's outputs from exactly the file the platform stack writes its state to (%s)", (env) => {
    const platformBackend = platformJson.get(env)!.terraform.backend.local;
    const remoteStates = Object.values(servicesJson.get(env)!.data!.terraform_remote_state);
    expect(remoteStates).toEqual([{ backend: "local", config: { path: platformBackend.path }, workspace: "${terraform.workspace}" }]);
  });

  it("puts local state in the directory the environment names, resolved to an absolute path", () => {
    const custom = synthApp([sampleWith("dev", (e) => ({ ...e, backend: { type: "local", directory: "state/dev" } }))]).json;
    const platformPath = path.resolve("state/dev/dev-platform.tfstate");
    expect(custom.get("dev-platform")!.terraform.backend).toEqual({ local: { path: platformPath } });
    expect(Object.values(custom.get("dev-swarm-services")!.data!.terraform_remote_state)[0]).toMatchObject({ config: { path: platformPath } });
  });

  it("keeps state in GCS under one prefix per stack when the environment says so", () => {
    const gcs = synthApp([sampleWith("prod", (e) => ({ ...e, backend: { type: "gcs", bucket: "acme-tf-state", prefix: "platform/prod" } }))]).json;
    expect(gcs.get("prod-platform")!.terraform.backend).toEqual({ gcs: { bucket: "acme-tf-state", prefix: "platform/prod/prod-platform" } });
    const services = gcs.get("prod-swarm-services")!;
    expect(services.terraform.backend).toEqual({ gcs: { bucket: "acme-tf-state", prefix: "platform/prod/prod-swarm-services" } });
    // The cross-stack reference reads the platform stack's state from the same bucket.
    expect(services.data!.terraform_remote_state["cross-stack-reference-input-prod-platform"]).toMatchObject({
      backend: "gcs",
      config: { bucket: "acme-tf-state", prefix: "platform/prod/prod-platform" },
    });
  });

  it("points the docker provider at the first manager through a cross-stack reference", () => {
    const services = servicesJson.get("staging")!;
    const [docker] = services.provider.docker;
    expect(docker.host).toMatch(/^ssh:\/\/root@\$\{data\.terraform_remote_state\.cross-stack-reference-input-staging-platform\.outputs\.[^}]+\}:22$/);
    const outputName = /outputs\.([^}]+)\}/.exec(String(docker.host))![1];
    expect(platformJson.get("staging")!.output![outputName].value).toMatch(/^\$\{hcloud_server\.Swarm_Node1_[0-9A-F]+\.ipv4_address\}$/);
    expect(byName.get("staging")!.swarmServices.dependencies).toContain(byName.get("staging")!.platform);
  });

  it("declares provider credentials as sensitive variables, never as values", () => {
    const json = platformJson.get("dev")!;
    expect(json.variable!.hcloud_token).toMatchObject({ type: "string", sensitive: true });
    expect(json.variable!.cloudflare_api_token).toMatchObject({ type: "string", sensitive: true });
    expect(json.provider.hcloud[0].token).toBe("${var.hcloud_token}");
    expect(json.provider.cloudflare[0].api_token).toBe("${var.cloudflare_api_token}");
  });

  it.each(ENVIRONMENT_NAMES)("creates the environment's shared resources with the environment in their names (%s)", (env) => {
    const stack = byName.get(env)!.platform;
    const project = stack.environment.gcp.projectId;
    const synthesized = Testing.synth(stack);
    // Worker secrets are per Worker (their own namespaces); the environment shares no secrets namespace.
    expect(synthesized).not.toHaveResourceWithProperties({ tfResourceType: "cloudflare_workers_kv_namespace" }, { title: `${env}-secrets` });
    expect(synthesized).toHaveResourceWithProperties({ tfResourceType: "cloudflare_r2_bucket" }, { name: `${env}-platform-backups` });
    expect(synthesized).toHaveResourceWithProperties(
      { tfResourceType: "google_firestore_database" },
      { name: "(default)", type: "FIRESTORE_NATIVE", location_id: stack.environment.gcp.firestoreLocation, delete_protection_state: "DELETE_PROTECTION_ENABLED", deletion_policy: "ABANDON" },
    );
    expect(synthesized).toHaveResourceWithProperties(
      { tfResourceType: "google_storage_bucket" },
      { name: `${project}-${env}-function-sources`, public_access_prevention: "enforced", uniform_bucket_level_access: true, force_destroy: false },
    );
  });

  it("protects the backup bucket from terraform destroy", () => {
    const [[, bucket]] = resourcesOf(platformJson.get("prod")!, "cloudflare_r2_bucket");
    expect(bucket.lifecycle).toEqual({ prevent_destroy: true });
  });

  it.each(ENVIRONMENT_NAMES)("labels every labelable resource with its environment and owning construct (%s)", (env) => {
    let labelled = 0;
    for (const json of [platformJson.get(env)!, servicesJson.get(env)!]) {
      for (const [type, id, body] of allResources(json)) {
        if (!("labels" in body)) continue;
        labelled++;
        const labels = body.labels as Record<string, string> | Array<{ label: string; value: string }>;
        const asMap = Array.isArray(labels) ? Object.fromEntries(labels.map((l) => [l.label.replace(/^platform\./, ""), l.value])) : labels;
        expect({ resource: `${type}.${id}`, environment: asMap.environment, owner: typeof asMap.owner }).toEqual({ resource: `${type}.${id}`, environment: env, owner: "string" });
      }
    }
    expect(labelled).toBeGreaterThan(5);
    const servers = resourcesOf(platformJson.get(env)!, "hcloud_server");
    // Labels the construct set itself survive the aspect's merge.
    expect(servers[0][1].labels).toMatchObject({ environment: env, owner: "swarm-cluster", "platform-swarm": env });
    const [[, bucket]] = resourcesOf(platformJson.get(env)!, "google_storage_bucket");
    expect(bucket.labels).toEqual({ environment: env, owner: "environment-foundation" });
  });

  it("keeps the Terraform addresses of stateful resources stable", () => {
    const json = platformJson.get("prod")!;
    const addresses = (type: string) => Object.keys(json.resource[type] ?? {}).sort();
    // Renaming one of these destroys and recreates data or machines: change them only with a `moved` block.
    expect(addresses("google_firestore_database")).toEqual(["Foundation_Firestore_C3BCA2DB"]);
    // Each ingest Worker archives into its own bucket (dead letters and unparsed deliveries wait there for a replay).
    expect(addresses("cloudflare_r2_bucket")).toEqual(["AircallIngest_ArchiveBucket_AFE12F6C", "Foundation_BackupBucket_83536C51", "GuestyIngest_ArchiveBucket_D3299B5D"]);
    // Each Worker's secrets live in its own namespace: replacing one loses the secrets operators put there.
    expect(addresses("cloudflare_workers_kv_namespace")).toEqual(["AircallIngest_SecretsNamespace_4BE54999", "GuestyIngest_SecretsNamespace_0111EB20", "RagBridge_SecretsNamespace_75ACF627"]);
    expect(addresses("google_storage_bucket")).toEqual(["Foundation_FunctionSourceBucket_2D39292B"]);
    expect(addresses("hcloud_network")).toEqual(["Swarm_Network_4E9D5B58"]);
    expect(addresses("hcloud_server")).toEqual(["Swarm_Node1_5F07DF15", "Swarm_Node2_DF3CCF01", "Swarm_Node3_4F998496"]);
    // The backup bucket's retention and lock (no import in provider 5.14.0) and its scoped token (a new address rotates the agent's credentials).
    expect(addresses("cloudflare_r2_bucket_lifecycle")).toEqual(["Backups_Lifecycle_55B7D662"]);
    expect(addresses("cloudflare_r2_bucket_lock")).toEqual(["Backups_Lock_EC23B960"]);
    // The restore drill's read token (prod sets backups.restoreDrill) sits beside the writer; the writer's address is unchanged.
    expect(addresses("cloudflare_api_token")).toEqual(["Backups_R2ReadToken_FD2C1BD3", "Backups_R2Token_AABA7970"]);
    // A deleted workload identity pool's id stays reserved ~30 days (google 6.50.0 resource_iam_workload_identity_pool.go:126-131): a new address could not recreate it.
    expect(addresses("google_iam_workload_identity_pool")).toEqual(["Backups_DrillPool_95D04F42"]);
    expect(addresses("google_iam_workload_identity_pool_provider")).toEqual(["Backups_DrillGithub_4A577663"]);
  });

  it("keeps the Terraform addresses of the swarm's generated passwords and keys stable", () => {
    const json = servicesJson.get("prod")!;
    // A new address generates a new value: PostgreSQL keeps the password it was initialized with
    // (POSTGRES_PASSWORD is read once), so Keycloak, the backup jobs and the apps would lock out.
    expect(Object.keys(json.resource.random_password ?? {}).sort()).toEqual([
      "Services_ForwardAuth_CookieSecret_Value_93366135",
      "Services_Keycloak_AdminPassword_Value_F98F5611",
      "Services_Keycloak_DbPassword_Value_9BCD4D1D",
      "Services_Keycloak_ForwardAuthClientSecret_Value_05F4820D",
      "Services_Keycloak_RocketChatClientSecret_Value_1D825721",
      "Services_MongoDB_BackupPassword_Value_7CA13332",
      "Services_MongoDB_ChangeRelayPassword_Value_20820960",
      "Services_MongoDB_Keyfile_Value_A475F143",
      "Services_MongoDB_RocketChatPassword_Value_FA93FE4A",
      "Services_MongoDB_RootPassword_Value_AEA3C206",
      "Services_RocketChat_AdminPassword_Value_F588102C",
      "Services_SeaweedFS_S3SecretKey_Value_0081F044",
    ]);
  });

  it("synthesizes every stack on a machine without a Terraform binary", () => {
    const previous = process.env.TERRAFORM_BINARY_NAME;
    process.env.TERRAFORM_BINARY_NAME = "terraform-binary-that-does-not-exist";
    try {
      expect(synthApp().json.size).toBe(6);
    } finally {
      if (previous === undefined) delete process.env.TERRAFORM_BINARY_NAME;
      else process.env.TERRAFORM_BINARY_NAME = previous;
    }
  });

  it("escapes shell variables in provisioner commands so Terraform does not read them as templates", () => {
    const provisioned = Object.values(platformJson.get("dev")!.resource.terraform_data ?? {});
    expect(provisioned.length).toBeGreaterThan(0);
    for (const body of provisioned) {
      for (const step of body.provisioner as Array<{ "local-exec": { command: string } }>) {
        expect(step["local-exec"].command).not.toMatch(/(^|[^$])\$\{/);
      }
    }
  });

  it.each(ENVIRONMENT_NAMES)("matches the %s snapshots", (env) => {
    expect(platformJson.get(env)).toMatchSnapshot("platform");
    expect(servicesJson.get(env)).toMatchSnapshot("swarm-services");
  });
});
