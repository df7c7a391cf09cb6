import { Construct } from "constructs";
import { AccountsCluster } from "../../.gen/providers/qdrant-cloud/accounts-cluster";
import { AccountsDatabaseApiKeyV2 } from "../../.gen/providers/qdrant-cloud/accounts-database-api-key-v2";
import { markOwner } from "../lib/ownership";
import { isNonEmptyString, Problems } from "../lib/validate";
import { connects, NODES } from "../lib/guardrails/connections";

export const QDRANT_CLOUD_PROVIDERS = ["aws", "gcp", "azure"] as const;

export interface QdrantCloudClusterProps {
  /** `dev`, `staging` or `prod`: prefixes the cluster's and keys' names. */
  readonly environment: string;
  /** `aws`, `gcp` or `azure`; changing it (or the region) replaces the cluster and its data. */
  readonly cloudProvider: (typeof QDRANT_CLOUD_PROVIDERS)[number];
  /** e.g. `europe-west3` on gcp, `eu-central-1` on aws. */
  readonly cloudRegion: string;
  /** A booking package id (`qdrant-cloud_booking_packages` data source lists them). */
  readonly packageId: string;
  /** @default 1 */
  readonly nodeCount?: number;
  /**
   * Whether `terraform destroy` also deletes the cluster's backups.
   * @default false - backups outlive the cluster (the provider's own default is true)
   */
  readonly deleteBackupsOnDestroy?: boolean;
}

/**
 * A managed Qdrant cluster (Qdrant Cloud provider `= 1.25.0`, bindings generated offline) with
 * two database API keys: a global MANAGE key for the vectorize function (creating a collection and
 * switching an alias need global manage rights: qdrant `lib/storage/src/rbac/ops_checks.rs`) and a
 * global READ_ONLY key for searches. Provider 1.25.0 does not mark a key's `key` sensitive and
 * fills it only at create (a re-read or import leaves it empty): pass it straight to Secret
 * Manager (as `VectorizePipeline` does), never to a plain output.
 *
 * The stack needs a `QdrantCloudProvider` with the account id and a management API key (a
 * sensitive variable).
 */
export class QdrantCloudCluster extends Construct {
  readonly cluster: AccountsCluster;
  /** REST URL of the cluster (known after apply). */
  readonly url: string;
  /** Key with global manage rights: for the vectorize function only. */
  readonly writerApiKey: string;
  /** Key with global read-only rights: for searches (the RAG bridge). */
  readonly readerApiKey: string;

  constructor(scope: Construct, id: string, props: QdrantCloudClusterProps) {
    super(scope, id);
    markOwner(this, "qdrant-cloud-cluster");
    const problems = new Problems(`qdrant-cloud-cluster "${this.node.path}"`);
    problems.check(/^[a-z][a-z0-9-]*$/.test(props.environment ?? ""), "environment", props.environment, 'give a short lowercase name such as "prod"');
    problems.check(QDRANT_CLOUD_PROVIDERS.includes(props.cloudProvider), "cloudProvider", props.cloudProvider, `use one of ${QDRANT_CLOUD_PROVIDERS.join(", ")}`);
    problems.check(isNonEmptyString(props.cloudRegion), "cloudRegion", props.cloudRegion, 'give the region, e.g. "europe-west3"');
    problems.check(/^[0-9a-f-]{36}$/.test(props.packageId ?? ""), "packageId", props.packageId, "give a booking package id (a UUID) from the qdrant-cloud_booking_packages data source");
    if (props.nodeCount !== undefined) problems.check(Number.isInteger(props.nodeCount) && props.nodeCount >= 1 && props.nodeCount <= 20, "nodeCount", props.nodeCount, "use a whole number from 1 to 20");
    problems.throwIfAny();

    this.cluster = new AccountsCluster(this, "Cluster", {
      name: `${props.environment}-knowledge`,
      cloudProvider: props.cloudProvider,
      cloudRegion: props.cloudRegion,
      deleteBackupsOnDestroy: props.deleteBackupsOnDestroy ?? false,
      configuration: { numberOfNodes: props.nodeCount ?? 1, nodeConfiguration: { packageId: props.packageId } },
    });
    // The cluster holds derived data only (re-indexable from Firestore and MongoDB), but a rebuild costs embeddings.
    this.cluster.addOverride("lifecycle.prevent_destroy", true);
    const writer = new AccountsDatabaseApiKeyV2(this, "WriterKey", {
      clusterId: this.cluster.id,
      name: `${props.environment}-vectorize`,
      globalAccessRule: { accessType: "GLOBAL_ACCESS_RULE_ACCESS_TYPE_MANAGE" },
    });
    const reader = new AccountsDatabaseApiKeyV2(this, "ReaderKey", {
      clusterId: this.cluster.id,
      name: `${props.environment}-search`,
      globalAccessRule: { accessType: "GLOBAL_ACCESS_RULE_ACCESS_TYPE_READ_ONLY" },
    });
    this.url = this.cluster.url;
    this.writerApiKey = writer.key;
    this.readerApiKey = reader.key;
    connects(this, NODES.qdrant, "provisions cluster, keys");
  }
}
