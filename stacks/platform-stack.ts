import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { Aspects, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { HcloudProvider } from "../.gen/providers/hcloud/provider";
import { QdrantCloudProvider } from "../.gen/providers/qdrant-cloud/provider";
import { VercelProvider } from "../.gen/providers/vercel/provider";
import { BackupSchedule } from "../constructs/backup-schedule";
import { EnvironmentFoundation } from "../constructs/environment-foundation";
import { Guardrails } from "../constructs/lib/guardrails";
import { ResourceLabels } from "../constructs/lib/ownership";
import { QdrantCloudCluster } from "../constructs/qdrant-cloud-cluster";
import { RagChatBridge } from "../constructs/rag-chat-bridge";
import { SwarmCluster } from "../constructs/swarm-cluster";
import { SwarmIngress } from "../constructs/swarm-ingress";
import { ragBridgeSecrets, SecretsUi, webhookIngestSecrets } from "../constructs/secrets-ui";
import { VectorizePipeline } from "../constructs/vectorize-pipeline";
import { WEBHOOK_SOURCES, WebhookIngestWorker, WebhookSource } from "../constructs/webhook-ingest-worker";
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
  /** The swarm's public hostnames, DNS records, origin certificate and the zone's SSL mode. */
  readonly swarmIngress: SwarmIngress;
  /** One ingest Worker per webhook source, at `<source>-hooks.<domain>`. */
  readonly webhookIngest: Readonly<Record<WebhookSource, WebhookIngestWorker>>;
  /** Firestore writes and the change relay's messages, embedded into Qdrant. */
  readonly vectorize: VectorizePipeline;
  /** The managed Qdrant cluster, when the environment provisions one. */
  readonly qdrantCluster?: QdrantCloudCluster;
  /** The Secrets UI (Vercel) at `secrets.<domain>`, managing the Workers' KV secrets. */
  readonly secretsUi: SecretsUi;
  /** Rocket.Chat questions answered from Qdrant by Groq, at `rag-bridge.<domain>`. */
  readonly ragBridge: RagChatBridge;
  /** Scheduled backups: the backup function, its Scheduler jobs, the R2 retention and lock, the bucket-scoped R2 token. */
  readonly backups: BackupSchedule;

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
      description: "Cloudflare API token with Workers, KV, R2, Queues, DNS, SSL and Certificates, and Zone Settings edit rights on the account and zone, and API Tokens edit (creates the backup bucket's scoped R2 token)",
    });
    const adminSshPublicKey = new TerraformVariable(this, "admin_ssh_public_key", {
      type: "string",
      nullable: false,
      description: "OpenSSH public key installed for root on the swarm nodes (the operator's ssh-agent holds the private key)",
    });
    new HcloudProvider(this, "hcloud", { token: hcloudToken.stringValue });
    new CloudflareProvider(this, "cloudflare", { apiToken: cloudflareApiToken.stringValue });
    new GoogleProvider(this, "google", { project: env.gcp.projectId, region: env.gcp.region });
    // Generates the origin certificate's key locally; it is kept in state, never in this JSON.
    new TlsProvider(this, "tls");

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
      adminSshPublicKey: adminSshPublicKey.stringValue,
    });
    // Scoped under the cluster with the id "Default", which cdktf leaves out of logical ids: the
    // records, certificate and zone setting keep the addresses they had when SwarmCluster made them.
    this.swarmIngress = new SwarmIngress(this.swarm, "Default", {
      environment: env.name,
      domain: env.domain,
      cloudflareZoneId: env.cloudflare.zoneId,
      originIpv4s: this.swarm.nodes.map((node) => node.publicIpv4),
    });

    new TerraformOutput(this, "swarm_manager_public_ipv4s", { value: this.swarm.managerPublicIpv4s, description: "Public IPv4 of each swarm manager (SSH from the admin ranges only)" });
    new TerraformOutput(this, "swarm_manager_private_ipv4s", { value: this.swarm.managerPrivateIpv4s, description: "Private IPv4 of each swarm manager on the swarm network" });
    new TerraformOutput(this, "swarm_network_id", { value: this.swarm.networkId, description: "Id of the Hetzner private network the swarm talks over" });
    new TerraformOutput(this, "swarm_hostnames", { value: this.swarmIngress.hostnames, description: "Public app hostnames, proxied by Cloudflare to the swarm ingress" });

    this.webhookIngest = Object.fromEntries(
      WEBHOOK_SOURCES.map((source) => [
        source,
        new WebhookIngestWorker(this, `${source[0].toUpperCase()}${source.slice(1)}Ingest`, {
          environment: env.name,
          source,
          cloudflareAccountId: env.cloudflare.accountId,
          cloudflareZoneId: env.cloudflare.zoneId,
          hostname: `${source}-hooks.${env.domain}`,
          gcpProjectId: env.gcp.projectId,
          firestoreDatabase: this.foundation.firestoreDatabaseName,
        }),
      ]),
    ) as Record<WebhookSource, WebhookIngestWorker>;
    for (const [source, ingest] of Object.entries(this.webhookIngest)) {
      new TerraformOutput(this, `${source}_webhook_url`, { value: ingest.url, description: `URL to give ${source} as its webhook endpoint` });
      new TerraformOutput(this, `${source}_secrets_namespace_id`, { value: ingest.secretsNamespaceId, description: `KV namespace holding the ${source} ingest Worker's secrets (managed through the Secrets UI)` });
    }

    const knowledge = env.knowledge;
    let qdrant: { url: string; apiKey: string };
    if (knowledge.qdrant.type === "qdrant-cloud") {
      const managementKey = new TerraformVariable(this, "qdrant_cloud_api_key", {
        type: "string",
        sensitive: true,
        nullable: false,
        description: "Qdrant Cloud management API key (creates the cluster and its database keys)",
      });
      new QdrantCloudProvider(this, "qdrant-cloud", { apiKey: managementKey.stringValue, accountId: knowledge.qdrant.accountId });
      this.qdrantCluster = new QdrantCloudCluster(this, "Qdrant", { environment: env.name, ...knowledge.qdrant });
      qdrant = { url: this.qdrantCluster.url, apiKey: this.qdrantCluster.writerApiKey };
    } else {
      const apiKey = new TerraformVariable(this, "qdrant_api_key", { type: "string", sensitive: true, nullable: false, description: "API key of the existing Qdrant cluster (manage rights: the function creates collections and aliases)" });
      qdrant = { url: knowledge.qdrant.url, apiKey: apiKey.stringValue };
    }
    const embeddingToken =
      knowledge.embedding.provider === "workers-ai"
        ? new TerraformVariable(this, "workers_ai_api_token", { type: "string", sensitive: true, nullable: false, description: "Cloudflare API token with Workers AI read (the vectorize function embeds through the REST API)" })
        : undefined;
    this.vectorize = new VectorizePipeline(this, "Vectorize", {
      environment: env.name,
      gcpProjectId: env.gcp.projectId,
      gcpRegion: env.gcp.region,
      firestoreDatabase: this.foundation.firestoreDatabaseName,
      firestoreLocation: env.gcp.firestoreLocation,
      functionSourceBucketName: this.foundation.functionSourceBucketName,
      qdrant,
      collection: knowledge.collection,
      embedding: { ...knowledge.embedding, cloudflareAccountId: env.cloudflare.accountId },
      embeddingApiToken: embeddingToken?.stringValue,
    });
    new TerraformOutput(this, "vectorize_relay_topic", { value: this.vectorize.relayTopic.name, description: "Pub/Sub topic the MongoDB change relay publishes to" });

    // Secrets (outgoing token, bot token, Groq key) are set in its KV namespace, not variables; a
    // provisioned cluster's read-only Qdrant key is written there by reference.
    this.ragBridge = new RagChatBridge(this, "RagBridge", {
      environment: env.name,
      cloudflareAccountId: env.cloudflare.accountId,
      cloudflareZoneId: env.cloudflare.zoneId,
      hostname: `rag-bridge.${env.domain}`,
      rocketChatUrl: `https://${this.swarmIngress.hostnames.chat}`,
      gcpProjectId: env.gcp.projectId,
      gcpRegion: env.gcp.region,
      firestoreDatabase: this.foundation.firestoreDatabaseName,
      qdrant: { url: qdrant.url, ...(this.qdrantCluster ? { readOnlyApiKey: this.qdrantCluster.readerApiKey } : {}) },
      collection: this.vectorize.collection,
      embedding: this.vectorize.embedding,
    });
    new TerraformOutput(this, "rag_bridge_webhook_url", { value: this.ragBridge.webhookUrl, description: "URL of Rocket.Chat's outgoing integration (event sendMessage) for the RAG chat bridge" });
    new TerraformOutput(this, "rag_bridge_secrets_namespace_id", { value: this.ragBridge.secretsNamespaceId, description: "KV namespace holding the RAG chat bridge's secrets (managed through the Secrets UI)" });

    // Secrets UI: Vercel credentials and the app's KV token are sensitive variables; the app signs
    // in through the realm's `secrets-ui` client (swarm-services realm.ts: realm "platform", group "platform-admins").
    const vercelApiToken = new TerraformVariable(this, "vercel_api_token", { type: "string", sensitive: true, nullable: false, description: "Vercel API token (deploys the Secrets UI)" });
    const secretsUiKvToken = new TerraformVariable(this, "secrets_ui_kv_api_token", {
      type: "string",
      sensitive: true,
      nullable: false,
      description: "Cloudflare API token for the Secrets UI: Workers KV Storage Edit on the account (Cloudflare cannot scope KV to namespaces; the app touches only the Workers' secrets namespaces)",
    });
    new VercelProvider(this, "vercel", { apiToken: vercelApiToken.stringValue });
    new RandomProvider(this, "random");
    this.secretsUi = new SecretsUi(this, "SecretsUi", {
      environment: env.name,
      cloudflareAccountId: env.cloudflare.accountId,
      cloudflareZoneId: env.cloudflare.zoneId,
      hostname: `secrets.${env.domain}`,
      workers: Object.entries(this.webhookIngest).map(([source, ingest]) => ({
        id: `${source}-ingest`,
        title: `${source[0].toUpperCase()}${source.slice(1)} ingest Worker`,
        namespaceId: ingest.secretsNamespaceId,
        secrets: webhookIngestSecrets(ingest.secretKeys),
      })).concat({ id: "rag-bridge", title: "RAG chat bridge Worker", namespaceId: this.ragBridge.secretsNamespaceId, secrets: ragBridgeSecrets({ qdrantKeyByTerraform: Boolean(this.qdrantCluster) }) }),
      kvApiToken: secretsUiKvToken.stringValue,
      oidc: { issuerUrl: `https://${this.swarmIngress.hostnames.auth}/realms/platform` },
      gcpProjectId: env.gcp.projectId,
      firestoreDatabase: this.foundation.firestoreDatabaseName,
    });
    new TerraformOutput(this, "secrets_ui_url", { value: this.secretsUi.url, description: "The Secrets UI (sign in with Keycloak, group platform-admins)" });

    this.backups = new BackupSchedule(this, "Backups", {
      environment: env.name,
      gcpProjectId: env.gcp.projectId,
      gcpRegion: env.gcp.region,
      firestoreDatabase: this.foundation.firestoreDatabaseName,
      functionSourceBucketName: this.foundation.functionSourceBucketName,
      cloudflareAccountId: env.cloudflare.accountId,
      backupBucketName: this.foundation.backupBucketName,
      schedules: env.backups.schedules,
      retentionDays: env.backups.retentionDays,
      ageRecipients: env.backups.ageRecipients,
      agentUrl: env.backups.agentUrl,
      jobs: env.backups.jobs,
      alerts: env.backups.alerts,
      restoreDrill: env.backups.restoreDrill,
    });
    new TerraformOutput(this, "backup_function_service_account", { value: this.backups.serviceAccount.email, description: "The only caller the backup agent accepts (BACKUP_AGENT_CALLER_EMAIL)" });
    const drill = this.backups.restoreDrill;
    if (drill) {
      // Not secret: the restore drill workflow's GitHub variables (constructs/backup-schedule README, "Restore drill").
      new TerraformOutput(this, "backup_drill_workload_identity_provider", { value: drill.workloadIdentityProvider.name, description: "GitHub variable BACKUP_DRILL_WORKLOAD_IDENTITY_PROVIDER: the restore drill's workload identity provider" });
      new TerraformOutput(this, "backup_drill_service_account", { value: drill.serviceAccount.email, description: "GitHub variable BACKUP_DRILL_SERVICE_ACCOUNT: the identity the restore drill job impersonates" });
      new TerraformOutput(this, "backup_drill_r2_access_key_id_secret", { value: drill.r2AccessKeyIdSecret.id, description: "GitHub variable BACKUP_DRILL_R2_ACCESS_KEY_ID_SECRET: the Secret Manager secret of the read-only R2 key id" });
      new TerraformOutput(this, "backup_drill_r2_secret_access_key_secret", { value: drill.r2SecretAccessKeySecret.id, description: "GitHub variable BACKUP_DRILL_R2_SECRET_ACCESS_KEY_SECRET: the Secret Manager secret of the read-only R2 secret key" });
    }

    Aspects.of(this).add(new ResourceLabels(env.name, "platform-stack"));
    Guardrails.applyTo(this);
  }
}
