import type { Service } from "@cdktf/provider-docker/lib/service";
import { DataGoogleSecretManagerSecretVersion } from "@cdktf/provider-google/lib/data-google-secret-manager-secret-version";
import { Construct } from "constructs";
import { BACKUP_AGENT_DEFAULTS, BACKUP_AGENT_ENV, BACKUP_AGENT_SECRET_FILE_ENV, type BackupJobSpec } from "../../runtime/backup-agent/contract";
import { markOwner } from "../lib/ownership";
import { isHostname, isNonEmptyString, isUnresolved, Problems } from "../lib/validate";
import { isPinnedImage } from "./images";
import { NODE_SERVICE_IMAGE, NODE_SERVICE_USER, nodeServiceBundle } from "./node-bundle";
import { secretFile } from "./mounts";
import { overlayNetwork } from "./overlay";
import { type GeneratedSecret, ServiceSecret } from "./secrets";
import { platformService, type ServicesContext } from "./service-defaults";
import { traefikLabels } from "./traefik";

/**
 * Memory limit of the agent's container. With production parts (64 MiB, 2 in flight) its peak RSS
 * is ≈ (queue + 2) × part size + ~115 MiB of Node, whatever the archive size: lib-storage holds the
 * parts in flight, the next part's chunks and their Buffer.concat copy at once. Measured 346–390
 * MiB for 300 MB – 5 GB archives (__tests__/backup/agent-memory-production-parts.test.ts, S3 sink on
 * loopback; the same with 25–40 MB/s per part and with the agent on one core): 512 MiB leaves
 * ≥ 120 MiB (~2 parts).
 */
export const BACKUP_AGENT_MEMORY_MIB = 512;

/** Where the agent's bundle is mounted and unpacked; the Node image's unprivileged user runs it. */
const AGENT_PATHS = { bundle: "/opt/backup-agent/backup-agent.js.gz", unpacked: "/tmp/backup-agent.js" } as const;

/** Secret Manager secret ids `BackupSchedule` stores the bucket-scoped R2 credentials under. */
export interface BackupR2SecretIds {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export interface BackupAgentProps extends ServicesContext {
  /** Public hostname Traefik routes to the agent (`backup-agent.<domain>`); also the token audience `https://<hostname>`. */
  readonly hostname: string;
  /** The backup function's service-account email: the only caller accepted. A literal (env values cannot be references). */
  readonly callerEmail: string;
  /** R2 S3 endpoint, `https://<ACCOUNT_ID>.r2.cloudflarestorage.com`. */
  readonly s3Endpoint: string;
  /** The backup bucket's name, a literal. */
  readonly bucket: string;
  /** age recipients (public keys only). */
  readonly ageRecipients: readonly string[];
  /** GCP project of the Secret Manager secrets holding the R2 credentials. */
  readonly gcpProjectId: string;
  readonly r2SecretIds: BackupR2SecretIds;
  /** Keycloak's PostgreSQL: dumped by `pg_dump` from the same image, as a swarm job. */
  readonly postgres: {
    readonly serviceName: string;
    readonly database: string;
    readonly user: string;
    /** Stable name (without the rotation suffix) of the docker secret holding the user's password. */
    readonly passwordSecretName: string;
  };
  /** The MongoDB replica set: dumped by `mongodump` from the mongo image, as a swarm job, from a secondary. */
  readonly mongo: {
    readonly memberHosts: readonly string[];
    readonly replicaSetName: string;
    /** User holding only the built-in `backup` role (authentication database `admin`). */
    readonly user: string;
    readonly password: GeneratedSecret;
  };
  /**
   * Days each tier prefix is kept (BackupSchedule's `retentionDays`, the R2 lifecycle ages).
   * @default - the agent's defaults, 7 / 28 / 180
   */
  readonly retentionDays?: { readonly daily: number; readonly weekly: number; readonly monthly: number };
  /** @default NODE_SERVICE_IMAGE - the official Node 22 image */
  readonly image?: string;
}

/** Job names the agent serves; `BackupSchedule`'s `jobs` must be among them. */
export const BACKUP_AGENT_JOB_NAMES = ["keycloak-postgres", "rocketchat-mongodb", "seaweedfs-files"] as const;

/**
 * What the SeaweedFS job reads: the filer SeaweedFs deploys (`<env>-seaweedfs-filer`, HTTP 8888,
 * on the internal overlay) and its S3 buckets' tree. The rest of the filer is SeaweedFS's own:
 * `/topics/.system/log` is the filer's metadata change log (rewritten all day, not data), `/etc`
 * its configuration (the S3 identities here come from a docker secret).
 */
const SEAWEEDFS_BACKUP = { filerPort: 8888, path: "/buckets" } as const;

/**
 * The backup agent on the swarm (runtime/backup-agent): one task of the official Node image,
 * reachable only through Traefik on its own hostname, answering only the backup function's
 * Google-signed identity token. It runs each dump as a swarm one-shot job from the database's own
 * image (so `pg_dump`/`mongodump` match the server) that streams the archive to the agent over a
 * dedicated internal overlay; the agent encrypts it to the age recipients and uploads it to R2.
 * SeaweedFS's files it reads itself from the filer's HTTP API on the internal overlay.
 *
 * The Docker API reaches the agent through its own socket proxy on the managers (services,
 * tasks, secrets metadata; writes allowed, since it creates and removes the job services) on a
 * network only the agent joins. The R2 credentials come from Secret Manager (written there by
 * `BackupSchedule`) into docker secrets; the job secrets (database password, mongodump config)
 * are docker secrets the jobs mount, never seen by the agent.
 */
export class BackupAgent extends Construct {
  readonly service: Service;
  readonly serviceName: string;
  /** The audience the function must request its identity token for. */
  readonly audience: string;
  readonly bundleBytes: number;

  constructor(scope: Construct, id: string, props: BackupAgentProps) {
    super(scope, id);
    markOwner(this, "backup-agent");
    const env = props.environment;
    const image = props.image ?? NODE_SERVICE_IMAGE;
    validate(this.node.path, props, image);
    this.serviceName = `${env}-backup-agent`;
    this.audience = `https://${props.hostname}`;

    // Agent ↔ its Docker API proxy, and agent ↔ dump jobs: neither reachable by any other service.
    const control = overlayNetwork(this, "ControlNetwork", { name: `${env}-backup-control`, internal: true }).name;
    const intakeName = `${env}-backup-intake`;
    const intake = overlayNetwork(this, "IntakeNetwork", { name: intakeName, internal: true }).name;
    const dockerApi = `${env}-backup-docker-api`;
    platformService(this, "DockerApi", {
      name: dockerApi,
      image: props.images.dockerApiProxy,
      constraints: ["node.role==manager"],
      // Tecnativa docker-socket-proxy switches per endpoint family: the job runner lists secrets
      // (metadata only; the API never returns secret data), creates and removes the job services,
      // reads their tasks and logs. POST=1 admits writes to those families only; everything else
      // (containers, exec, images, volumes, swarm, nodes) stays refused.
      env: { SERVICES: "1", TASKS: "1", SECRETS: "1", POST: "1", VERSION: "1", PING: "1", LOG_LEVEL: "warning" },
      binds: [{ source: "/var/run/docker.sock", target: "/var/run/docker.sock", readOnly: true }],
      networks: [control],
      healthcheck: { test: ["CMD-SHELL", "wget -qO /dev/null http://127.0.0.1:2375/_ping || exit 1"], startPeriodSec: 10 },
      resources: { cpus: 0.2, memoryMiB: 64 },
    });

    const bundle = nodeServiceBundle(this, "backup-agent", env, AGENT_PATHS);
    this.bundleBytes = bundle.bundleBytes;

    // The R2 credentials: read from Secret Manager at plan time into this stack's state (sensitive), never in the JSON.
    // google 6.50.0 data_source_secret_manager_secret_version.go: no `version` reads `latest` (the
    // version BackupSchedule writes last); `project` must match the secret's or the read fails;
    // `secret_data` is the payload as stored (is_secret_data_base64 false: the token id and the
    // sha256 hex are text, base64-encoded once by the docker secret) and lands in this stack's state.
    const fromSecretManager = (constructId: string, secret: string) =>
      new DataGoogleSecretManagerSecretVersion(this, constructId, { project: props.gcpProjectId, secret }).secretData;
    const [uid, gid] = NODE_SERVICE_USER.split(":");
    const accessKeyId = secretFile(new ServiceSecret(this, "R2AccessKeyId", { name: `${env}-backup-r2-access-key-id`, value: fromSecretManager("R2AccessKeyIdVersion", props.r2SecretIds.accessKeyId) }), "backup-r2-access-key-id", { uid, gid });
    const secretAccessKey = secretFile(new ServiceSecret(this, "R2SecretAccessKey", { name: `${env}-backup-r2-secret-access-key`, value: fromSecretManager("R2SecretAccessKeyVersion", props.r2SecretIds.secretAccessKey) }), "backup-r2-secret-access-key", { uid, gid });

    // The mongodump job's config file: the URI with the backup user's password, off the command line.
    const mongodumpConfigName = `${env}-backup-mongodump-config`;
    new ServiceSecret(this, "MongodumpConfig", {
      name: mongodumpConfigName,
      // Single-quoted YAML scalar (a double quote cannot pass through Terraform's base64encode here); the password is letters and digits.
      value: `uri: 'mongodb://${props.mongo.user}:${props.mongo.password.value}@${props.mongo.memberHosts.join(",")}/?replicaSet=${props.mongo.replicaSetName}&authSource=admin&appName=backup'\n`,
    });

    // Literal names: the job list is a plain env value (the agent passes the names to the Docker
    // API, which takes a name or an id). `<env>-internal` is SwarmServices' internal overlay, where
    // the databases are; the agent's own service references both networks, so they exist first.
    const jobNetworks = [`${env}-internal`, intakeName];
    const jobs: BackupJobSpec[] = [
      {
        name: "keycloak-postgres",
        kind: "postgres",
        host: props.postgres.serviceName,
        database: props.postgres.database,
        user: props.postgres.user,
        passwordFile: "/run/secrets/backup-db-password",
        swarm: { image: props.images.postgres, networks: jobNetworks, secrets: [{ name: props.postgres.passwordSecretName, target: "backup-db-password" }], intakeHost: this.serviceName },
      },
      {
        name: "rocketchat-mongodb",
        kind: "mongodb",
        configFile: "/run/secrets/mongodump.yaml",
        swarm: { image: props.images.mongo, networks: jobNetworks, secrets: [{ name: mongodumpConfigName, target: "mongodump.yaml" }], intakeHost: this.serviceName },
      },
      {
        // Read by the agent itself over the filer's HTTP API (full weekly/monthly, differential daily).
        name: "seaweedfs-files",
        kind: "seaweedfs",
        filerUrl: `http://${env}-seaweedfs-filer:${SEAWEEDFS_BACKUP.filerPort}`,
        path: SEAWEEDFS_BACKUP.path,
        // A differential's base must outlive it: the same ages the R2 lifecycle applies.
        ...(props.retentionDays ? { retentionDays: props.retentionDays } : {}),
      },
    ];

    this.service = platformService(this, "Service", {
      name: this.serviceName,
      image,
      user: NODE_SERVICE_USER,
      command: bundle.command,
      env: {
        [BACKUP_AGENT_ENV.port]: String(BACKUP_AGENT_DEFAULTS.port),
        [BACKUP_AGENT_ENV.audience]: this.audience,
        [BACKUP_AGENT_ENV.callerEmail]: props.callerEmail,
        [BACKUP_AGENT_ENV.s3Endpoint]: props.s3Endpoint,
        [BACKUP_AGENT_ENV.bucket]: props.bucket,
        [BACKUP_AGENT_ENV.ageRecipients]: props.ageRecipients.join(","),
        [BACKUP_AGENT_ENV.jobs]: JSON.stringify(jobs),
        [BACKUP_AGENT_ENV.dockerApiUrl]: `http://${dockerApi}:2375`,
        [BACKUP_AGENT_SECRET_FILE_ENV.s3AccessKeyId]: accessKeyId.target,
        [BACKUP_AGENT_SECRET_FILE_ENV.s3SecretAccessKey]: secretAccessKey.target,
      },
      configs: [bundle.mount],
      secrets: [accessKeyId, secretAccessKey],
      // Ingress: Traefik routes to it, and R2 and Google's JWKS are reached through it (the one
      // overlay with egress). Internal: the SeaweedFS filer it reads. Control: its Docker API
      // proxy. Intake: the dump jobs' streams.
      networks: [props.ingressNetwork, props.internalNetwork, control, intake],
      labels: traefikLabels(props.ingressNetwork, [{ router: this.serviceName, rule: `Host(\`${props.hostname}\`)`, port: BACKUP_AGENT_DEFAULTS.port }]),
      healthcheck: {
        test: ["CMD", "node", "-e", `fetch("http://127.0.0.1:${BACKUP_AGENT_DEFAULTS.port}/healthz").then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`],
        startPeriodSec: 30,
      },
      resources: { cpus: 1, memoryMiB: BACKUP_AGENT_MEMORY_MIB },
      replicas: 1,
      update: { order: "stop-first", reason: "one job of a kind at a time is enforced in the process: two agents could run the same dump twice" },
      // A running upload is aborted on SIGTERM; give it time to send AbortMultipartUpload.
      stopGracePeriodSec: 60,
    });
  }
}

function validate(path: string, props: BackupAgentProps, image: string): void {
  const problems = new Problems(`backup-agent "${path}"`);
  problems.check(isHostname(props.hostname), "hostname", props.hostname, "give the agent's public hostname, e.g. \"backup-agent.example.com\"");
  problems.check(!isUnresolved(props.callerEmail) && /^[a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z0-9-]+\.iam\.gserviceaccount\.com$/.test(props.callerEmail), "callerEmail", props.callerEmail, "give the backup function's service-account email as a literal (backupFunctionServiceAccountEmail)");
  problems.check(!isUnresolved(props.s3Endpoint) && /^https:\/\/[0-9a-f]{32}\.r2\.cloudflarestorage\.com$/.test(props.s3Endpoint), "s3Endpoint", props.s3Endpoint, "give https://<ACCOUNT_ID>.r2.cloudflarestorage.com");
  problems.check(!isUnresolved(props.bucket) && /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(props.bucket), "bucket", props.bucket, "give the backup bucket's name as a literal");
  problems.check(props.ageRecipients.length > 0 && props.ageRecipients.every((r) => /^age1[02-9ac-hj-np-z]{58}$/.test(r)), "ageRecipients", props.ageRecipients.map((r) => (r.startsWith("AGE-SECRET-KEY-") ? "(an age identity)" : r)), "give age public keys (age1…), never an identity");
  problems.check(isNonEmptyString(props.gcpProjectId), "gcpProjectId", props.gcpProjectId, "give the project holding the R2 credential secrets");
  problems.check(isPinnedImage(image), "image", image, `pin a version tag (e.g. "${NODE_SERVICE_IMAGE}")`);
  problems.throwIfAny();
}
