import { DockerProvider } from "@cdktf/provider-docker/lib/provider";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { Aspects, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { backupFunctionServiceAccountEmail, backupNames } from "../constructs/backup-schedule";
import { backupBucketNameFor } from "../constructs/environment-foundation";
import { Guardrails } from "../constructs/lib/guardrails";
import { connects } from "../constructs/lib/guardrails/connections";
import { ResourceLabels } from "../constructs/lib/ownership";
import { BACKUP_AGENT_JOB_NAMES, SwarmServices, type SwarmBackupProps } from "../constructs/swarm-services";
import { configureBackend } from "./backend";
import { EnvironmentConfig } from "./environment";
import { PlatformStack } from "./platform-stack";

export interface SwarmServicesStackProps {
  readonly environment: EnvironmentConfig;
  /** The environment's platform stack: the swarm manager address and hostnames come from it. */
  readonly platform: PlatformStack;
  /**
   * Short name of the Pub/Sub topic the MongoDB change relay publishes to (the platform stack's
   * vectorize relay topic).
   * @default - no change relay
   */
  readonly changeRelayTopicName?: string;
}

/**
 * The services running on the swarm. A provider cannot be configured from a resource created
 * in the same plan, so the docker provider lives here and reaches the first manager (created by
 * the platform stack) over SSH; `cdktf deploy '<env>-*'` deploys the platform stack first.
 */
export class SwarmServicesStack extends TerraformStack {
  readonly services: SwarmServices;

  constructor(scope: Construct, id: string, props: SwarmServicesStackProps) {
    super(scope, id);
    const env = props.environment;
    const swarm = props.platform.swarm;
    configureBackend(this, env.backend, id);
    this.addDependency(props.platform);

    new DockerProvider(this, "docker", {
      // The operator's ssh-agent holds the key. The leader's host key was trusted on first use
      // by the platform stack's bootstrap step and is checked against known_hosts from then on
      // (see constructs/swarm-cluster/README.md).
      host: `ssh://root@${swarm.leaderPublicIpv4}:22`,
      sshOpts: ["-o", "BatchMode=yes", "-o", "ConnectTimeout=15"],
    });
    // Generates the services' passwords and keys; they live in this stack's state only.
    new RandomProvider(this, "random");
    // For the applications' Firestore service account (application default credentials, as in the platform stack).
    new GoogleProvider(this, "google", { project: env.gcp.projectId, region: env.gcp.region });

    this.services = new SwarmServices(this, "Services", {
      environment: env.name,
      domain: env.domain,
      hostnames: props.platform.swarmIngress.hostnames,
      nodeCount: env.swarm.nodeCount,
      originCertificatePem: props.platform.swarmIngress.originCertificatePem,
      originPrivateKeyPem: props.platform.swarmIngress.originPrivateKeyPem,
      gcpProjectId: env.gcp.projectId,
      changeRelay: props.changeRelayTopicName ? { topicName: props.changeRelayTopicName, gcpProjectId: env.gcp.projectId } : undefined,
      backup: backupAgentSettings(env, props.platform.swarmIngress.hostnames.backupAgent),
    });
    connects(props.platform.backups, this.services.backupAgent, "run jobs (identity token)").connects(props.platform.backups, this.services.rocketchat, "failure / staleness alerts");

    Aspects.of(this).add(new ResourceLabels(env.name, "swarm-services-stack"));
    Guardrails.applyTo(this);
  }
}

/**
 * The agent's settings, as literals: swarm service environment values cannot be references. The
 * names come from the same functions the platform stack's constructs use (backupNames,
 * backupBucketNameFor); __tests__/swarm/backup-agent.test.ts holds both stacks to them.
 */
export function backupAgentSettings(env: EnvironmentConfig, agentHostname: string): SwarmBackupProps {
  const problems: string[] = [];
  if (env.backups.agentUrl.replace(/\/+$/, "") !== `https://${agentHostname}`) {
    problems.push(`backups.agentUrl is "${env.backups.agentUrl}"; the agent is served at https://${agentHostname} (the swarm ingress's backupAgent hostname)`);
  }
  const unknown = env.backups.jobs.filter((job) => !(BACKUP_AGENT_JOB_NAMES as readonly string[]).includes(job));
  if (unknown.length > 0) problems.push(`backups.jobs names ${unknown.map((job) => `"${job}"`).join(", ")}; the agent runs ${BACKUP_AGENT_JOB_NAMES.join(", ")}`);
  if (problems.length > 0) throw new Error(`environment "${env.name}":\n  - ${problems.join("\n  - ")}`);
  const names = backupNames(env.name);
  return {
    callerEmail: backupFunctionServiceAccountEmail(env.name, env.gcp.projectId),
    s3Endpoint: `https://${env.cloudflare.accountId}.r2.cloudflarestorage.com`,
    bucket: backupBucketNameFor(env.name),
    ageRecipients: env.backups.ageRecipients,
    retentionDays: env.backups.retentionDays,
    gcpProjectId: env.gcp.projectId,
    r2SecretIds: { accessKeyId: names.r2AccessKeyIdSecretId, secretAccessKey: names.r2SecretAccessKeySecretId },
  };
}
