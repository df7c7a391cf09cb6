import { Testing, TerraformStack, TerraformVariable } from "cdktf";
import { QdrantCloudProvider } from "../../.gen/providers/qdrant-cloud/provider";
import { QdrantCloudCluster, type QdrantCloudClusterProps } from "../../constructs/qdrant-cloud-cluster";
import { VectorizePipeline } from "../../constructs/vectorize-pipeline";
import { resourcesOf, synthJson } from "../support/synth";

const CLUSTER: QdrantCloudClusterProps = { environment: "prod", cloudProvider: "gcp", cloudRegion: "europe-west3", packageId: "7c939d96-d671-4051-aa16-3b8b7130fa42" };

function stackWithCluster(props: Partial<QdrantCloudClusterProps> = {}) {
  const stack = new TerraformStack(Testing.app(), "knowledge");
  const managementKey = new TerraformVariable(stack, "qdrant_cloud_api_key", { type: "string", sensitive: true });
  new QdrantCloudProvider(stack, "qdrant-cloud", { apiKey: managementKey.stringValue, accountId: "00000000-0000-0000-0000-000000000001" });
  const qdrant = new QdrantCloudCluster(stack, "Qdrant", { ...CLUSTER, ...props });
  return { stack, qdrant };
}

describe("QdrantCloudCluster", () => {
  it("provisions a cluster that keeps its backups and cannot be destroyed by accident, with a manage key and a read-only key", () => {
    const json = synthJson(stackWithCluster().stack);
    const [[, cluster]] = resourcesOf(json, "qdrant-cloud_accounts_cluster");
    expect(cluster).toMatchObject({ name: "prod-knowledge", cloud_provider: "gcp", cloud_region: "europe-west3", delete_backups_on_destroy: false, lifecycle: { prevent_destroy: true } });
    expect(cluster.configuration).toMatchObject({ number_of_nodes: 1, node_configuration: { package_id: CLUSTER.packageId } });
    const keys = Object.fromEntries(resourcesOf(json, "qdrant-cloud_accounts_database_api_key_v2").map(([, body]) => [String(body.name), body.global_access_rule]));
    expect(keys).toEqual({ "prod-vectorize": { access_type: "GLOBAL_ACCESS_RULE_ACCESS_TYPE_MANAGE" }, "prod-search": { access_type: "GLOBAL_ACCESS_RULE_ACCESS_TYPE_READ_ONLY" } });
    expect(json.terraform.required_providers["qdrant-cloud"]).toEqual({ source: "qdrant/qdrant-cloud", version: "1.25.0" });
  });

  it("feeds the vectorize function the cluster's URL and the manage key through Secret Manager only: the provider does not mark the key sensitive", () => {
    const { stack, qdrant } = stackWithCluster();
    const token = new TerraformVariable(stack, "workers_ai_api_token", { type: "string", sensitive: true });
    new VectorizePipeline(stack, "Vectorize", {
      environment: "prod",
      gcpProjectId: "platform-prod-000001",
      gcpRegion: "europe-west3",
      firestoreDatabase: "(default)",
      firestoreLocation: "eur3",
      functionSourceBucketName: "bucket",
      qdrant: { url: qdrant.url, apiKey: qdrant.writerApiKey },
      embedding: { provider: "workers-ai", model: "@cf/baai/bge-m3", dimension: 1024, cloudflareAccountId: "0123456789abcdef0123456789abcdef" },
      embeddingApiToken: token.stringValue,
    });
    const json = synthJson(stack);
    const versions = resourcesOf(json, "google_secret_manager_secret_version").map(([, body]) => String(body.secret_data));
    expect(versions).toContainEqual(expect.stringMatching(/^\$\{qdrant-cloud_accounts_database_api_key_v2\.Qdrant_WriterKey_[0-9A-F]+\.key\}$/));
    const [, fn] = resourcesOf(json, "google_cloudfunctions2_function").find(([, body]) => body.name === "prod-vectorize")!;
    expect((fn.service_config as { environment_variables: Record<string, string> }).environment_variables.QDRANT_URL).toMatch(/^\$\{qdrant-cloud_accounts_cluster\.Qdrant_Cluster_[0-9A-F]+\.url\}$/);
    // The key's reference appears nowhere but in the secret version.
    const mentions = JSON.stringify(json).match(/WriterKey_[0-9A-F]+\.key/g) ?? [];
    expect(mentions).toHaveLength(1);
    expect(Object.values(json.output ?? {})).toEqual([]);
  });

  it.each<[string, Partial<QdrantCloudClusterProps>, string]>([
    ["an unknown cloud", { cloudProvider: "ovh" as never }, "cloudProvider"],
    ["a package id that is not a UUID", { packageId: "small" }, "packageId"],
    ["zero nodes", { nodeCount: 0 }, "nodeCount"],
  ])("rejects %s at synth, naming the prop", (_, patch, field) => {
    expect(() => stackWithCluster(patch)).toThrow(new RegExp(`qdrant-cloud-cluster "knowledge/Qdrant"[\\s\\S]*${field}`));
  });
});
