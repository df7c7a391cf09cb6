// The backup agent as SwarmServices synthesizes it: reachable only through Traefik on its own
// hostname, its Docker API through a proxy nobody else can reach, its dump jobs on a network of
// their own, its R2 credentials from Secret Manager as docker secrets, and a job list the agent's
// own parser accepts.
import { App, TerraformStack, Testing } from "cdktf";
import { SwarmServices, type SwarmServicesProps } from "../../constructs/swarm-services";
import { NODE_SERVICE_IMAGE } from "../../constructs/swarm-services/node-bundle";
import { BACKUP_AGENT_ENV, BACKUP_AGENT_SECRET_FILE_ENV } from "../../runtime/backup-agent/contract";
import { parseJobs } from "../../runtime/backup-agent/jobs";
import { validateEnvironment } from "../../stacks/environment";
import { SAMPLE_AGE_RECIPIENT } from "../../stacks/environments";
import { backupAgentSettings } from "../../stacks/swarm-services-stack";
import { buildTestServices } from "../support/swarm-services";
import { buildEnvironments, resourcesOf, sampleWith, synthJson, type SynthesizedStack } from "../support/synth";

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const BACKUP: NonNullable<SwarmServicesProps["backup"]> = {
  callerEmail: "test-backup@platform-test-000001.iam.gserviceaccount.com",
  s3Endpoint: "https://0123456789abcdef0123456789abcdef.r2.cloudflarestorage.com",
  bucket: "test-platform-backups",
  ageRecipients: [SAMPLE_AGE_RECIPIENT],
  gcpProjectId: "platform-test-000001",
  r2SecretIds: { accessKeyId: "test-backup-r2-access-key-id", secretAccessKey: "test-backup-r2-secret-access-key" },
};

function build(backup: Partial<NonNullable<SwarmServicesProps["backup"]>> | null = {}, app: App = Testing.app()): { services: SwarmServices; json: SynthesizedStack } {
  const services = buildTestServices({ backup: backup === null ? undefined : { ...BACKUP, ...backup } }, app);
  return { services, json: synthJson(services.node.scope as TerraformStack) };
}

function service(json: SynthesizedStack, name: string): Body {
  const found = resourcesOf(json, "docker_service").map(([, body]) => body as Body).find((s) => s.name === name);
  if (!found) throw new Error(`no ${name} service`);
  return found;
}

const networkNames = (s: Body): string[] => s.task_spec.networks_advanced.map((n: Body) => String(n.name)).sort();

describe("BackupAgent on the swarm", () => {
  const { services, json } = build();
  const agent = service(json, "test-backup-agent");
  const proxy = service(json, "test-backup-docker-api");
  const container = agent.task_spec.container_spec;
  const networks = resourcesOf(json, "docker_network");
  const networkRef = (name: string) => {
    const [address] = networks.find(([, body]) => body.name === name) ?? [];
    if (!address) throw new Error(`no network ${name}`);
    return `\${docker_network.${address}.name}`;
  };

  it("is routed by Traefik on its own hostname only, to the port it listens on", () => {
    const labels = Object.fromEntries((agent.labels as Body[]).map((l) => [l.label, l.value]));
    expect(labels["traefik.enable"]).toBe("true");
    expect(labels["traefik.http.routers.test-backup-agent.rule"]).toBe("Host(`backup-agent.test.example.com`)");
    expect(labels["traefik.http.services.test-backup-agent.loadbalancer.server.port"]).toBe(container.env[BACKUP_AGENT_ENV.port]);
    expect(container.env[BACKUP_AGENT_ENV.audience]).toBe("https://backup-agent.test.example.com");
    expect(services.backupAgent?.audience).toBe("https://backup-agent.test.example.com");
    expect(agent.endpoint_spec?.ports ?? []).toEqual([]);
    expect(services.publicEndpoints).toContainEqual(expect.objectContaining({ service: "Backup agent", url: "https://backup-agent.test.example.com", authentication: expect.stringContaining("identity token") }));
  });

  it("accepts only the backup function's account, named literally", () => {
    expect(container.env[BACKUP_AGENT_ENV.callerEmail]).toBe(BACKUP.callerEmail);
    expect(Object.values(container.env).some((value) => String(value).includes("${"))).toBe(false);
  });

  it("runs the pinned Node image as its unprivileged user with a health check and a memory limit above its measured peak", () => {
    expect(container.image).toBe(NODE_SERVICE_IMAGE);
    expect(container.user).toBe("1000:1000");
    expect(container.healthcheck.test.join(" ")).toContain("/healthz");
    // Measured peak with production parts (64 MiB, 2 in flight): 346–390 MiB (agent-memory-production-parts.test.ts); + 15%.
    expect(agent.task_spec.resources.limits.memory_bytes).toBeGreaterThanOrEqual(448 * 1024 * 1024);
    expect(agent.mode).toEqual({ replicated: { replicas: 1 } });
    expect(agent.update_config.order).toBe("stop-first");
  });

  it("reads the R2 credentials from Secret Manager into docker secrets (references only) and the files the runtime names", () => {
    const versions = Object.entries(json.data?.google_secret_manager_secret_version ?? {});
    expect(versions.map(([, body]) => body.secret).sort()).toEqual([BACKUP.r2SecretIds.accessKeyId, BACKUP.r2SecretIds.secretAccessKey].sort());
    for (const [address, body] of versions) {
      expect(body.project).toBe(BACKUP.gcpProjectId);
      // Latest version, payload as text (google 6.50.0 data_source_secret_manager_secret_version.go).
      expect(body.version).toBeUndefined();
      expect(body.is_secret_data_base64).toBeUndefined();
      const dockerSecret = resourcesOf(json, "docker_secret").find(([, secret]) => String(secret.data).includes(`data.google_secret_manager_secret_version.${address}.secret_data`));
      expect(dockerSecret).toBeDefined();
    }
    const files = (container.secrets as Body[]).map((s) => s.file_name).sort();
    expect(files).toEqual([container.env[BACKUP_AGENT_SECRET_FILE_ENV.s3AccessKeyId], container.env[BACKUP_AGENT_SECRET_FILE_ENV.s3SecretAccessKey]].sort());
    expect((container.secrets as Body[]).every((s) => s.file_uid === "1000" && s.file_mode === 0o400)).toBe(true);
  });

  it("gives the dump jobs a list the agent's own parser accepts, each job from its database's image, secrets by name only", () => {
    const jobs = parseJobs(container.env[BACKUP_AGENT_ENV.jobs]);
    expect(jobs.map((job) => job.name)).toEqual(["keycloak-postgres", "rocketchat-mongodb", "seaweedfs-files"]);
    const [postgres, mongo] = jobs as Body[];
    expect(postgres).toMatchObject({ kind: "postgres", host: "test-keycloak-db", database: "keycloak", user: "keycloak" });
    expect(postgres.swarm.image).toMatch(/^postgres:16\./);
    expect(postgres.swarm.secrets).toEqual([expect.objectContaining({ name: "test-keycloak-db-password" })]);
    expect(mongo).toMatchObject({ kind: "mongodb" });
    expect(mongo.swarm.image).toMatch(/^mongo:7\./);
    for (const job of [postgres, mongo]) {
      expect(job.swarm.networks.sort()).toEqual(["test-backup-intake", "test-internal"]);
      for (const name of job.swarm.networks) expect(networks.some(([, body]) => body.name === name)).toBe(true);
      expect(job.swarm.intakeHost).toBe("test-backup-agent");
    }
  });

  it("reads SeaweedFS's bucket tree from the filer SeaweedFs deploys, by its service name and port on the internal overlay, in the agent (no swarm job)", () => {
    const seaweedfs = (parseJobs(container.env[BACKUP_AGENT_ENV.jobs]) as Body[]).find((job) => job.name === "seaweedfs-files")!;
    expect(seaweedfs).toMatchObject({ kind: "seaweedfs", path: "/buckets" });
    expect(seaweedfs.swarm).toBeUndefined();
    const filer = service(json, "test-seaweedfs-filer");
    const url = new URL(seaweedfs.filerUrl);
    expect(url.hostname).toBe(filer.name);
    expect(filer.task_spec.container_spec.args).toContain(`-port=${url.port}`);
    expect(networkNames(filer)).toContain(networkRef("test-internal"));
    expect(networkNames(agent)).toContain(networkRef("test-internal"));
  });

  it("dumps MongoDB as a user holding only the built-in backup role, its URI in a docker secret the job mounts", () => {
    const init = service(json, "test-mongo-init");
    const config = JSON.parse(init.task_spec.container_spec.env.MONGO_INIT_CONFIG);
    expect(config.users).toEqual(expect.arrayContaining([expect.objectContaining({ name: "backup", db: "admin", roles: [{ role: "backup", db: "admin" }] })]));
    const mongodumpConfig = resourcesOf(json, "docker_secret").find(([, body]) => String(body.name).startsWith("test-backup-mongodump-config-"))![1];
    expect(mongodumpConfig.data).toMatch(/^\$\{base64encode\("uri: 'mongodb:\/\/backup:\$\{random_password\.[^}]+\.result\}@test-mongo-1:27017,test-mongo-2:27017,test-mongo-3:27017\/\?replicaSet=rs0&authSource=admin/);
    // The agent itself never mounts the job secrets.
    expect((container.secrets as Body[]).some((s) => /mongodump|db-password/.test(String(s.file_name)))).toBe(false);
  });

  it("keeps the Docker API proxy and the job intake on internal networks only the agent (and its jobs) join", () => {
    const control = networkRef("test-backup-control");
    const intake = networkRef("test-backup-intake");
    for (const name of ["test-backup-control", "test-backup-intake"]) expect(networks.find(([, body]) => body.name === name)![1].internal).toBe(true);
    expect(networkNames(agent)).toEqual([networkRef("test-ingress"), networkRef("test-internal"), control, intake].sort());
    expect(networkNames(proxy)).toEqual([control]);
    const others = resourcesOf(json, "docker_service").map(([, body]) => body as Body).filter((s) => !["test-backup-agent", "test-backup-docker-api"].includes(s.name));
    for (const other of others) {
      expect(networkNames(other)).not.toContain(control);
      expect(networkNames(other)).not.toContain(intake);
    }
  });

  it("lets the proxy reach only the endpoint families the job runner uses, from a manager, with the socket mounted read-only", () => {
    const env = proxy.task_spec.container_spec.env;
    expect(env).toMatchObject({ SERVICES: "1", TASKS: "1", SECRETS: "1", POST: "1" });
    for (const family of ["CONTAINERS", "EXEC", "IMAGES", "VOLUMES", "NETWORKS", "NODES", "SWARM", "CONFIGS", "BUILD", "PLUGINS", "SYSTEM"]) expect(env[family]).toBeUndefined();
    expect(proxy.task_spec.placement.constraints).toEqual(["node.role==manager"]);
    expect(proxy.task_spec.container_spec.mounts).toEqual([expect.objectContaining({ type: "bind", source: "/var/run/docker.sock", read_only: true })]);
    expect(container.env[BACKUP_AGENT_ENV.dockerApiUrl]).toBe("http://test-backup-docker-api:2375");
  });

  it("is absent, with no backup user, when backups are not configured", () => {
    const { services: none, json: plain } = build(null);
    expect(none.backupAgent).toBeUndefined();
    expect(resourcesOf(plain, "docker_service").some(([, body]) => String(body.name).includes("backup"))).toBe(false);
    expect(service(plain, "test-mongo-init").task_spec.container_spec.env.MONGO_INIT_CONFIG).not.toContain('"backup"');
  });

  it("fails at synth naming each bad field, without echoing an age identity", () => {
    const identity = "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ";
    let message = "";
    try {
      build({ callerEmail: "someone@gmail.com", s3Endpoint: "https://r2.example.com", ageRecipients: [identity] });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/callerEmail is "someone@gmail.com"/);
    expect(message).toMatch(/s3Endpoint is "https:\/\/r2.example.com"/);
    expect(message).toMatch(/ageRecipients .*an age identity/);
    expect(message).not.toContain(identity);
  });
});

describe("backup wiring between the platform and swarm-services stacks", () => {
  const [dev] = buildEnvironments();
  const platform = synthJson(dev.platform);
  const swarm = synthJson(dev.swarmServices);
  const agentEnv = service(swarm, "dev-backup-agent").task_spec.container_spec.env;

  it("names literally what the platform stack creates: the function's account, the bucket, the credential secrets", () => {
    const account = resourcesOf(platform, "google_service_account").map(([, body]) => body).find((body) => String(body.display_name).startsWith("Backup function"))!;
    expect(agentEnv[BACKUP_AGENT_ENV.callerEmail]).toBe(`${account.account_id}@${account.project}.iam.gserviceaccount.com`);
    const bucket = resourcesOf(platform, "cloudflare_r2_bucket").map(([, body]) => body).find((body) => String(body.name).endsWith("-platform-backups"))!;
    expect(agentEnv[BACKUP_AGENT_ENV.bucket]).toBe(bucket.name);
    expect(agentEnv[BACKUP_AGENT_ENV.s3Endpoint]).toBe(`https://${bucket.account_id}.r2.cloudflarestorage.com`);
    const platformSecretIds = resourcesOf(platform, "google_secret_manager_secret").map(([, body]) => String(body.secret_id));
    const read = Object.values(swarm.data?.google_secret_manager_secret_version ?? {}).map((body) => String(body.secret));
    expect(read.length).toBe(2);
    for (const id of read) expect(platformSecretIds).toContain(id);
  });

  it("gives the SeaweedFS differential the retention the platform stack's lifecycle applies", () => {
    const custom = buildEnvironments([sampleWith("prod", (input) => ({ ...input, backups: { ...input.backups!, retentionDays: { daily: 10, weekly: 35, monthly: 365 } } }))])[0];
    const jobs = parseJobs(service(synthJson(custom.swarmServices), "prod-backup-agent").task_spec.container_spec.env[BACKUP_AGENT_ENV.jobs]) as Body[];
    expect(jobs.find((job) => job.kind === "seaweedfs")!.retentionDays).toEqual({ daily: 10, weekly: 35, monthly: 365 });
    const lifecycle = JSON.stringify(resourcesOf(synthJson(custom.platform), "cloudflare_r2_bucket_lifecycle").map(([, body]) => body));
    expect(lifecycle).toContain(String(35 * 86400));
  });

  it("sends the function to the agent's hostname, and the agent expects that audience", () => {
    const fn = resourcesOf(platform, "google_cloudfunctions2_function").map(([, body]) => body as Body).find((body) => String(body.name).includes("backup"))!;
    const settings = JSON.stringify(fn.service_config);
    expect(settings).toContain(agentEnv[BACKUP_AGENT_ENV.audience]);
  });

  it("refuses an agent URL the ingress does not serve, and a job the agent does not run, naming the field", () => {
    expect(() => buildEnvironments([sampleWith("dev", (input) => ({ ...input, backups: { ...input.backups!, agentUrl: "https://backups.elsewhere.example.com" } }))])).toThrow(
      /backups\.agentUrl is "https:\/\/backups\.elsewhere\.example\.com"; the agent is served at https:\/\/backup-agent\./,
    );
    const config = validateEnvironment(sampleWith("dev", (input) => input));
    expect(() => backupAgentSettings({ ...config, backups: { ...config.backups, jobs: ["keycloak-postgres", "qdrant-snapshots"] } }, new URL(config.backups.agentUrl).hostname)).toThrow(
      /backups\.jobs names "qdrant-snapshots"; the agent runs keycloak-postgres, rocketchat-mongodb, seaweedfs-files/,
    );
  });
});
