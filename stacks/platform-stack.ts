import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Aspects, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { HcloudProvider } from "../.gen/providers/hcloud/provider";
import { EnvironmentFoundation } from "../constructs/environment-foundation";
import { ResourceLabels } from "../constructs/lib/ownership";
import { SwarmCluster } from "../constructs/swarm-cluster";
import { configureBackend } from "./backend";
import { EnvironmentConfig } from "./environment";

export interface PlatformStackProps {
  readonly environment: EnvironmentConfig;
}

/**
 * Everything an environment runs on, in one state: Hetzner (the swarm's machines), Cloudflare
 * (DNS, Workers, KV, R2) and GCP (Firestore, functions). Provider credentials are sensitive
 * variables (`TF_VAR_hcloud_token`, `TF_VAR_cloudflare_api_token`); Google uses application
 * default credentials.
 */
export class PlatformStack extends TerraformStack {
  readonly environment: EnvironmentConfig;
  readonly foundation: EnvironmentFoundation;
  readonly swarm: SwarmCluster;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id);
    const env = props.environment;
    this.environment = env;
    configureBackend(this, env.backend, id);

    const hcloudToken = new TerraformVariable(this, "hcloud_token", {
      type: "string",
      sensitive: true,
      nullable: false,
      description: "Hetzner Cloud API token (read/write) of the environment's project",
    });
    const cloudflareApiToken = new TerraformVariable(this, "cloudflare_api_token", {
      type: "string",
      sensitive: true,
      nullable: false,
      description: "Cloudflare API token with Workers, KV, R2, Queues, DNS and SSL edit rights on the account and zone",
    });
    const adminSshPublicKey = new TerraformVariable(this, "admin_ssh_public_key", {
      type: "string",
      nullable: false,
      description: "OpenSSH public key installed for root on the swarm nodes (the operator's ssh-agent holds the private key)",
    });
    new HcloudProvider(this, "hcloud", { token: hcloudToken.stringValue });
    new CloudflareProvider(this, "cloudflare", { apiToken: cloudflareApiToken.stringValue });
    new GoogleProvider(this, "google", { project: env.gcp.projectId, region: env.gcp.region });

    this.foundation = new EnvironmentFoundation(this, "Foundation", {
      environment: env.name,
      cloudflareAccountId: env.cloudflare.accountId,
      gcpProjectId: env.gcp.projectId,
      gcpRegion: env.gcp.region,
      firestoreLocation: env.gcp.firestoreLocation,
    });

    this.swarm = new SwarmCluster(this, "Swarm", {
      environment: env.name,
      ...env.swarm,
      domain: env.domain,
      cloudflareZoneId: env.cloudflare.zoneId,
      adminSshPublicKey: adminSshPublicKey.stringValue,
    });

    Aspects.of(this).add(new ResourceLabels(env.name, "platform-stack"));
  }
}
