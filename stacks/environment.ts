import {
  type BackupAlertProps,
  type BackupRestoreDrillProps,
  type BackupRetentionDays,
  type BackupScheduleEntry,
  checkBackupAlerts,
  checkBackupSettings,
  checkRestoreDrill,
  DEFAULT_BACKUP_ALERT_CHANNEL,
  DEFAULT_BACKUP_RETENTION_DAYS,
  DEFAULT_RESTORE_DRILL_ENVIRONMENT,
} from "../constructs/backup-schedule/props";
import { BACKUP_FUNCTION_DEFAULTS } from "../runtime/backup-function/contract";
import { isHostname, isNonEmptyString, matches, Problems } from "../constructs/lib/validate";
import { QDRANT_CLOUD_PROVIDERS } from "../constructs/qdrant-cloud-cluster";
import { checkSwarmTopology, SwarmTopologyProps } from "../constructs/swarm-cluster/props";
import { checkEmbedding, DEFAULT_EMBEDDING_SETTINGS, type EmbeddingSettings } from "../constructs/vectorize-pipeline/props";

export const ENVIRONMENT_NAMES = ["dev", "staging", "prod"] as const;
export type EnvironmentName = (typeof ENVIRONMENT_NAMES)[number];

/** Where Terraform keeps an environment's state. */
export type StateBackend =
  /**
   * Local files: fine for the embedded sample and for trying things out, never for a shared
   * environment. Every stack's state is `<directory>/<stack id>.tfstate`.
   */
  | {
      readonly type: "local";
      /**
       * Absolute, or relative to the directory synth runs in (the project root).
       * @default "terraform-state" - beside cdktf.json, outside the build output
       */
      readonly directory?: string;
    }
  /** A GCS bucket (created outside this app) with one prefix per stack below `prefix`. */
  | { readonly type: "gcs"; readonly bucket: string; readonly prefix: string };

export { HETZNER_LOCATIONS, HetznerLocation } from "../constructs/swarm-cluster/props";

/** The swarm part of an environment config: the SwarmCluster construct's topology props. */
export type SwarmConfig = SwarmTopologyProps;

export interface EnvironmentConfig {
  readonly name: EnvironmentName;
  readonly backend: StateBackend;
  /** The DNS zone the environment's public hostnames live in (e.g. `dev.example.com`). */
  readonly domain: string;
  readonly cloudflare: {
    /** 32 hex digits. */
    readonly accountId: string;
    /** 32 hex digits: the zone of `domain`. */
    readonly zoneId: string;
  };
  readonly gcp: {
    readonly projectId: string;
    /** Region of functions, scheduler, Pub/Sub and buckets, e.g. `europe-west3`. */
    readonly region: string;
    /** Firestore location: a region (`europe-west3`) or a multi-region (`eur3`, `nam5`). */
    readonly firestoreLocation: string;
  };
  readonly swarm: SwarmConfig;
  readonly knowledge: KnowledgeConfig;
  readonly backups: BackupsConfig;
}

/** Scheduled backups of the swarm's data into the environment's R2 backup bucket (BackupSchedule). */
export interface BackupsConfig {
  /** Cloud Scheduler jobs: cron, IANA time zone and the tier (R2 prefix, retention) of each. */
  readonly schedules: readonly BackupScheduleEntry[];
  /** Days each tier is locked and then expired. */
  readonly retentionDays: BackupRetentionDays;
  /**
   * age recipients (`age1...`): public keys only; the identity stays offline. No default: a
   * backup encrypted to a key nobody holds cannot be restored.
   */
  readonly ageRecipients: readonly string[];
  /** Agent job names, run in order. */
  readonly jobs: readonly string[];
  /** The agent's base URL. */
  readonly agentUrl: string;
  /** Failure and freshness alerts in Rocket.Chat (the bot's credentials are Secret Manager secrets, not config). */
  readonly alerts: BackupAlertsConfig;
  /**
   * The weekly restore drill's GitHub Actions identity (Workload Identity Federation) and read-only
   * R2 token, created by Terraform; absent: set up by hand (constructs/backup-schedule README).
   */
  readonly restoreDrill?: Required<BackupRestoreDrillProps>;
}

/** `roomId` or `channel` (one of them); the rest filled in. */
export type BackupAlertsConfig = BackupAlertProps & { readonly maxAgeHours: number; readonly freshnessCron: string };

/**
 * Nightly at 02:00 (daily tier), Sunday 04:00 (weekly), the 1st at 06:00 (monthly), Berlin time:
 * two hours apart, so one run's lease is released before the next starts.
 */
export const DEFAULT_BACKUP_SCHEDULES: readonly BackupScheduleEntry[] = [
  { name: "nightly", cron: "0 2 * * *", timeZone: "Europe/Berlin", tier: "daily" },
  { name: "weekly", cron: "0 4 * * 0", timeZone: "Europe/Berlin", tier: "weekly" },
  { name: "monthly", cron: "0 6 1 * *", timeZone: "Europe/Berlin", tier: "monthly" },
];
export const DEFAULT_BACKUP_JOBS: readonly string[] = ["keycloak-postgres", "rocketchat-mongodb", "seaweedfs-files"];

/** Where the vector index lives and how text becomes vectors: shared by the vectorize function and the RAG bridge. */
export interface KnowledgeConfig {
  readonly qdrant: QdrantConfig;
  /** The embedding setting (Workers AI runs in the environment's Cloudflare account). */
  readonly embedding: Omit<EmbeddingSettings, "cloudflareAccountId">;
  /** The Qdrant alias searches use. */
  readonly collection: string;
}

export type QdrantConfig =
  /** A cluster that exists already; its API key is the sensitive variable `TF_VAR_qdrant_api_key`. */
  | { readonly type: "existing"; readonly url: string }
  /** A cluster this stack provisions on Qdrant Cloud; the management key is `TF_VAR_qdrant_cloud_api_key`. */
  | {
      readonly type: "qdrant-cloud";
      /** Qdrant Cloud account id (a UUID). */
      readonly accountId: string;
      readonly cloudProvider: (typeof QDRANT_CLOUD_PROVIDERS)[number];
      readonly cloudRegion: string;
      readonly packageId: string;
      readonly nodeCount?: number;
    };

/** Values an operator may leave out; the safe choice is filled in. */
export type EnvironmentInput = Omit<EnvironmentConfig, "swarm" | "knowledge" | "backups"> & {
  /**
   * @default - the DEFAULT_BACKUP_* values and `https://backup-agent.<domain>`; ageRecipients has no default;
   * alerts to `#backup-alerts` on `https://chat.<domain>`, after 26 h without a verified run, checked hourly
   */
  readonly backups?: Partial<Omit<BackupsConfig, "alerts" | "restoreDrill">> & {
    readonly alerts?: Partial<BackupAlertProps>;
    /** @default - none; `githubEnvironment` defaults to "backup-drill" */
    readonly restoreDrill?: BackupRestoreDrillProps;
  };
  readonly swarm: Omit<SwarmConfig, "managerCount" | "image" | "nodeCount"> & Partial<Pick<SwarmConfig, "managerCount" | "image" | "nodeCount">>;
  readonly knowledge: { readonly qdrant: QdrantConfig; readonly embedding?: KnowledgeConfig["embedding"]; readonly collection?: string };
};

const MIN_PLATFORM_NODES = 3;
const HEX32 = /^[0-9a-f]{32}$/;
const GCP_PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const GCP_REGION = /^[a-z]+-[a-z]+\d{1,2}$/;
const FIRESTORE_MULTI_REGIONS = ["eur3", "nam5", "nam7"];
const GCS_BUCKET = /^[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]$/;

/**
 * Checks an environment config and fills in defaults. Every problem is reported at once, each
 * naming the environment, the field and the bad value; nothing is deployed from a bad config.
 */
export function validateEnvironment(input: EnvironmentInput): EnvironmentConfig {
  const subject = `environment ${JSON.stringify(input?.name ?? "(unnamed)")}`;
  const problems = new Problems(subject);
  if (typeof input !== "object" || input === null) {
    problems.add("config", input, "give an object with name, backend, domain, cloudflare, gcp, swarm and knowledge");
    problems.throwIfAny();
  }

  problems.check((ENVIRONMENT_NAMES as readonly string[]).includes(input.name), "name", input.name, `use one of ${ENVIRONMENT_NAMES.join(", ")}`);
  checkBackend(input.backend, problems);
  problems.check(isHostname(input.domain), "domain", input.domain, "give a lowercase DNS name such as \"dev.example.com\"");

  const cloudflare = input.cloudflare ?? ({} as EnvironmentInput["cloudflare"]);
  problems.check(matches(HEX32, cloudflare.accountId), "cloudflare.accountId", cloudflare.accountId, "give the 32-hex-digit account id from the Cloudflare dashboard");
  problems.check(matches(HEX32, cloudflare.zoneId), "cloudflare.zoneId", cloudflare.zoneId, "give the 32-hex-digit zone id of the domain");

  const gcp = input.gcp ?? ({} as EnvironmentInput["gcp"]);
  problems.check(matches(GCP_PROJECT_ID, gcp.projectId), "gcp.projectId", gcp.projectId, "give a project id: 6-30 lowercase letters, digits or hyphens, starting with a letter");
  problems.check(matches(GCP_REGION, gcp.region), "gcp.region", gcp.region, "give a region such as \"europe-west3\"");
  problems.check(
    matches(GCP_REGION, gcp.firestoreLocation) || FIRESTORE_MULTI_REGIONS.includes(gcp.firestoreLocation as string),
    "gcp.firestoreLocation",
    gcp.firestoreLocation,
    `give a region such as "europe-west3" or a multi-region (${FIRESTORE_MULTI_REGIONS.join(", ")})`,
  );

  const swarm = withSwarmDefaults(input.swarm ?? ({} as EnvironmentInput["swarm"]));
  checkSwarmTopology(swarm, problems, "swarm.");
  // The swarm services pin one MongoDB replica-set member per node; fewer nodes fail later, at the services.
  if (Number.isInteger(swarm.nodeCount) && swarm.nodeCount < MIN_PLATFORM_NODES) {
    problems.add("swarm.nodeCount", swarm.nodeCount, `use at least ${MIN_PLATFORM_NODES}: the MongoDB replica set keeps one member on each of three nodes`);
  }

  const knowledge = withKnowledgeDefaults(input.knowledge);
  checkKnowledge(knowledge, problems);

  const alertsInput = input.backups?.alerts;
  const drillInput = input.backups?.restoreDrill;
  const drillIsObject = typeof drillInput === "object" && drillInput !== null;
  const backups: BackupsConfig = {
    schedules: DEFAULT_BACKUP_SCHEDULES,
    retentionDays: DEFAULT_BACKUP_RETENTION_DAYS,
    ageRecipients: undefined as unknown as string[],
    jobs: DEFAULT_BACKUP_JOBS,
    agentUrl: `https://backup-agent.${input.domain}`,
    ...input.backups,
    alerts: {
      rocketChatUrl: `https://chat.${input.domain}`,
      maxAgeHours: BACKUP_FUNCTION_DEFAULTS.maxAgeHours,
      freshnessCron: BACKUP_FUNCTION_DEFAULTS.freshnessCron,
      // A room named by id replaces the default channel.
      ...(alertsInput?.roomId === undefined && alertsInput?.channel === undefined ? { channel: DEFAULT_BACKUP_ALERT_CHANNEL } : {}),
      ...alertsInput,
    },
    restoreDrill: undefined,
    ...(drillIsObject ? { restoreDrill: { ...drillInput, githubEnvironment: drillInput.githubEnvironment ?? DEFAULT_RESTORE_DRILL_ENVIRONMENT } } : {}),
  };
  checkBackupSettings(backups, problems, "backups.");
  // Something other than an object (null, a URL string) is reported as itself, not hidden by the defaults.
  const alertsIsObject = alertsInput === undefined || (typeof alertsInput === "object" && alertsInput !== null);
  checkBackupAlerts(alertsIsObject ? backups.alerts : alertsInput, problems, "backups.alerts.");
  if (drillInput !== undefined) checkRestoreDrill(drillIsObject ? backups.restoreDrill : drillInput, input.name, problems, "backups.restoreDrill.");

  problems.throwIfAny();
  return { ...input, swarm, knowledge, backups };
}

function withKnowledgeDefaults(knowledge: EnvironmentInput["knowledge"] | undefined): KnowledgeConfig {
  return { embedding: DEFAULT_EMBEDDING_SETTINGS, collection: "platform_knowledge", ...knowledge } as KnowledgeConfig;
}

function checkKnowledge(knowledge: KnowledgeConfig, problems: Problems): void {
  // Workers AI runs in the environment's own Cloudflare account (checked as cloudflare.accountId).
  checkEmbedding(knowledge.embedding as EmbeddingSettings, problems, "knowledge.embedding.", { accountFromElsewhere: true });
  problems.check(/^[A-Za-z0-9_-]{1,200}$/.test(knowledge.collection ?? ""), "knowledge.collection", knowledge.collection, "use letters, digits, _ and -");
  const qdrant = knowledge.qdrant;
  if (qdrant?.type === "existing") {
    problems.check(/^https:\/\/[^\s/]+(\/.*)?$/.test(qdrant.url ?? ""), "knowledge.qdrant.url", qdrant.url, 'give the cluster\'s HTTPS REST URL, e.g. "https://<cluster>.eu-central-1-0.aws.cloud.qdrant.io:6333"');
  } else if (qdrant?.type === "qdrant-cloud") {
    problems.check(/^[0-9a-f-]{36}$/.test(qdrant.accountId ?? ""), "knowledge.qdrant.accountId", qdrant.accountId, "give the Qdrant Cloud account id (a UUID)");
    problems.check(QDRANT_CLOUD_PROVIDERS.includes(qdrant.cloudProvider), "knowledge.qdrant.cloudProvider", qdrant.cloudProvider, `use one of ${QDRANT_CLOUD_PROVIDERS.join(", ")}`);
    problems.check(isNonEmptyString(qdrant.cloudRegion), "knowledge.qdrant.cloudRegion", qdrant.cloudRegion, 'give the region, e.g. "europe-west3"');
    problems.check(/^[0-9a-f-]{36}$/.test(qdrant.packageId ?? ""), "knowledge.qdrant.packageId", qdrant.packageId, "give a booking package id (a UUID)");
  } else {
    problems.add("knowledge.qdrant.type", (qdrant as { type?: unknown } | undefined)?.type, 'use "existing" (with url) or "qdrant-cloud" (with accountId, cloudProvider, cloudRegion, packageId)');
  }
}

function checkBackend(backend: StateBackend | undefined, problems: Problems): void {
  if (backend?.type === "local") {
    const directory = backend.directory;
    if (directory === undefined) return;
    problems.check(isNonEmptyString(directory), "backend.directory", directory, "give a folder for the state files, or leave it out for \"terraform-state\"");
    // cdktf.out is the build output: `cdktf synth` may wipe it, and Terraform runs inside it.
    problems.check(!isNonEmptyString(directory) || !directory.split(/[\\/]/).includes("cdktf.out"), "backend.directory", directory, "keep state outside cdktf.out, which synth rewrites");
    return;
  }
  if (backend?.type === "gcs") {
    problems.check(matches(GCS_BUCKET, backend.bucket), "backend.bucket", backend.bucket, "give the name of an existing GCS bucket for Terraform state");
    problems.check(isNonEmptyString(backend.prefix), "backend.prefix", backend.prefix, "give a state prefix such as \"platform/prod\"");
    return;
  }
  problems.add("backend.type", (backend as { type?: unknown } | undefined)?.type, "use \"local\" (sample only) or \"gcs\" with bucket and prefix");
}

function withSwarmDefaults(swarm: EnvironmentInput["swarm"]): SwarmConfig {
  return { image: "debian-12", managerCount: 3, nodeCount: 3, ...swarm };
}
