import { isCidr, isHostname, isNonEmptyString, isWholeInternet, matches, Problems } from "../constructs/lib/validate";

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

export const HETZNER_LOCATIONS = ["fsn1", "nbg1", "hel1", "ash", "hil", "sin"] as const;
export type HetznerLocation = (typeof HETZNER_LOCATIONS)[number];

export interface SwarmConfig {
  /** Hetzner location of every node. */
  readonly location: HetznerLocation;
  /** Hetzner server type, e.g. `cpx31`. */
  readonly serverType: string;
  /** Hetzner image name, e.g. `debian-12`. */
  readonly image: string;
  /** Number of nodes; the first `managerCount` are managers. */
  readonly nodeCount: number;
  /** Swarm managers: odd, so the raft quorum survives losing a minority. */
  readonly managerCount: number;
  /** Private network range, e.g. `10.20.0.0/16`; the swarm talks only over it. */
  readonly networkCidr: string;
  /** Subnet of `networkCidr` the nodes are placed in. */
  readonly subnetCidr: string;
  /** CIDRs allowed to reach SSH. No default: there is no safe one. */
  readonly adminCidrs: readonly string[];
  /**
   * Why SSH may be open to the whole internet. Required when `adminCidrs` holds `0.0.0.0/0` or `::/0`.
   * @default - a whole-internet CIDR fails synth
   */
  readonly allowPublicSshReason?: string;
}

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
}

/** Values an operator may leave out; the safe choice is filled in. */
export type EnvironmentInput = Omit<EnvironmentConfig, "swarm"> & {
  readonly swarm: Omit<SwarmConfig, "managerCount" | "image" | "nodeCount"> & Partial<Pick<SwarmConfig, "managerCount" | "image" | "nodeCount">>;
};

const MIN_PLATFORM_NODES = 3;
const HEX32 = /^[0-9a-f]{32}$/;
const GCP_PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const GCP_REGION = /^[a-z]+-[a-z]+\d{1,2}$/;
const FIRESTORE_MULTI_REGIONS = ["eur3", "nam5", "nam7"];
const HETZNER_SERVER_TYPE = /^c[apx]x?\d{2,3}$/;
const GCS_BUCKET = /^[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]$/;

/**
 * Checks an environment config and fills in defaults. Every problem is reported at once, each
 * naming the environment, the field and the bad value; nothing is deployed from a bad config.
 */
export function validateEnvironment(input: EnvironmentInput): EnvironmentConfig {
  const subject = `environment ${JSON.stringify(input?.name ?? "(unnamed)")}`;
  const problems = new Problems(subject);
  if (typeof input !== "object" || input === null) {
    problems.add("config", input, "give an object with name, backend, domain, cloudflare, gcp and swarm");
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
  checkSwarm(swarm, problems, "swarm.");
  // The swarm services pin one MongoDB replica-set member per node; fewer nodes fail later, at the services.
  if (Number.isInteger(swarm.nodeCount) && swarm.nodeCount < MIN_PLATFORM_NODES) {
    problems.add("swarm.nodeCount", swarm.nodeCount, `use at least ${MIN_PLATFORM_NODES}: the MongoDB replica set keeps one member on each of three nodes`);
  }

  problems.throwIfAny();
  return { ...input, swarm };
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

/**
 * Shared by the environment config and the `SwarmCluster` construct's own props check.
 * `prefix` is how the field is named where the value came from (`swarm.` in a config).
 */
export function checkSwarm(swarm: SwarmConfig, problems: Problems, prefix = ""): void {
  problems.check((HETZNER_LOCATIONS as readonly string[]).includes(swarm.location), `${prefix}location`, swarm.location, `use one of ${HETZNER_LOCATIONS.join(", ")}`);
  problems.check(matches(HETZNER_SERVER_TYPE, swarm.serverType), `${prefix}serverType`, swarm.serverType, "give a Hetzner server type such as \"cpx31\"");
  problems.check(isNonEmptyString(swarm.image), `${prefix}image`, swarm.image, "give a Hetzner image name such as \"debian-12\"");
  const managersOk = Number.isInteger(swarm.managerCount) && swarm.managerCount >= 1 && swarm.managerCount % 2 === 1;
  problems.check(managersOk, `${prefix}managerCount`, swarm.managerCount, "use an odd number of managers (1, 3, 5): an even count cannot keep a raft quorum through a split");
  problems.check(
    Number.isInteger(swarm.nodeCount) && swarm.nodeCount >= swarm.managerCount && swarm.nodeCount <= 50,
    `${prefix}nodeCount`,
    swarm.nodeCount,
    `use a whole number from managerCount (${swarm.managerCount}) to 50`,
  );
  problems.check(isCidr(swarm.networkCidr), `${prefix}networkCidr`, swarm.networkCidr, "give a private IPv4 CIDR such as \"10.20.0.0/16\"");
  problems.check(isCidr(swarm.subnetCidr), `${prefix}subnetCidr`, swarm.subnetCidr, "give a subnet of networkCidr such as \"10.20.1.0/24\"");

  const adminCidrs = swarm.adminCidrs ?? [];
  if (!Array.isArray(adminCidrs) || adminCidrs.length === 0) {
    problems.add(`${prefix}adminCidrs`, adminCidrs, "give at least one CIDR allowed to reach SSH (e.g. \"203.0.113.4/32\")");
    return;
  }
  adminCidrs.forEach((cidr, index) => {
    if (!isCidr(cidr)) {
      problems.add(`${prefix}adminCidrs[${index}]`, cidr, "give a CIDR such as \"203.0.113.4/32\"");
    } else if (isWholeInternet(cidr) && !isNonEmptyString(swarm.allowPublicSshReason)) {
      problems.add(`${prefix}adminCidrs[${index}]`, cidr, "opens SSH to the whole internet; narrow it, or set allowPublicSshReason to say why it must be open");
    }
  });
}
