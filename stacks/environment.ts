import { isHostname, isNonEmptyString, matches, Problems } from "../constructs/lib/validate";
import { checkSwarmTopology, SwarmTopologyProps } from "../constructs/swarm-cluster/props";

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
  checkSwarmTopology(swarm, problems, "swarm.");
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
