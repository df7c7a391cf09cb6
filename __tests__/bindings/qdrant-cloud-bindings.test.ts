// The Qdrant Cloud bindings in .gen/providers/qdrant-cloud are generated offline from a provider
// schema (scripts/generate-bindings.mjs; `cdktf get` cannot run here) and committed. These tests
// catch hand edits / stale output, check the provider pin, and pin what the managed-Qdrant path
// of the VectorizePipeline relies on.
import * as fs from "node:fs";
import { TerraformOutput, Testing, TerraformStack, TerraformVariable } from "cdktf";
import "cdktf/lib/testing/adapters/jest";
import { AccountsCluster } from "../../.gen/providers/qdrant-cloud/accounts-cluster";
import { AccountsDatabaseApiKeyV2 } from "../../.gen/providers/qdrant-cloud/accounts-database-api-key-v2";
import { QdrantCloudProvider } from "../../.gen/providers/qdrant-cloud/provider";
import { describeBindingsDrift, providerSchemaPath } from "../support/bindings-drift";

Testing.setupJest();

const SOURCE = "qdrant/qdrant-cloud";
const VERSION = "1.25.0";
const SCHEMA = providerSchemaPath("qdrant-cloud-1.25.0.schema.json");
const schemaPresent = fs.existsSync(SCHEMA);

/** A stack provisioning a managed cluster, a manage key for the vectorize function and a read-only search key. */
function managedQdrantStack() {
  const app = Testing.app();
  const stack = new TerraformStack(app, "qdrant");
  const cloudApiKey = new TerraformVariable(stack, "qdrant_cloud_api_key", { type: "string", sensitive: true });
  new QdrantCloudProvider(stack, "qdrant-cloud", {
    apiKey: cloudApiKey.stringValue,
    accountId: "00000000-0000-0000-0000-000000000001",
  });
  const cluster = new AccountsCluster(stack, "cluster", {
    name: "prod-vectors",
    cloudProvider: "gcp",
    cloudRegion: "europe-west3",
    deleteBackupsOnDestroy: false,
    configuration: { numberOfNodes: 1, nodeConfiguration: { packageId: "7c939d96-d671-4051-aa16-3b8b7130fa42" } },
  });
  // Qdrant (lib/storage/src/rbac/ops_checks.rs, v1.19.0): creating a collection and changing
  // aliases need GLOBAL manage access, so the key of the function that builds a new collection
  // and switches the alias cannot be collection-scoped; readers get a global read-only key.
  const key = new AccountsDatabaseApiKeyV2(stack, "vectorize-key", {
    clusterId: cluster.id,
    name: "prod-vectorize",
    globalAccessRule: { accessType: "GLOBAL_ACCESS_RULE_ACCESS_TYPE_MANAGE" },
  });
  new AccountsDatabaseApiKeyV2(stack, "search-key", {
    clusterId: cluster.id,
    name: "prod-search",
    collectionAccessRules: [{ collectionName: "kb", accessType: "COLLECTION_ACCESS_RULE_ACCESS_TYPE_READ_ONLY" }],
  });
  // What the function needs, as references resolved at apply; the key only ever as sensitive.
  new TerraformOutput(stack, "qdrant_url", { value: cluster.url });
  new TerraformOutput(stack, "qdrant_api_key", { value: key.key, sensitive: true });
  return { stack };
}

describe("qdrant-cloud bindings", () => {
  describeBindingsDrift({ folder: "qdrant-cloud", source: SOURCE, version: VERSION, schemaFile: "qdrant-cloud-1.25.0.schema.json", mustContain: ["accounts-cluster/index.ts", "accounts-database-api-key-v2/index.ts"] });

  it("pins qdrant/qdrant-cloud 1.25.0 and synthesizes a cluster and database API keys (global and collection rules) with the provider's attribute names", () => {
    const { stack } = managedQdrantStack();
    const synthesized = Testing.synth(stack);
    const config = JSON.parse(synthesized);

    expect(config.terraform.required_providers["qdrant-cloud"]).toEqual({ source: SOURCE, version: VERSION });
    expect(synthesized).toHaveProvider(QdrantCloudProvider);
    expect(config.provider["qdrant-cloud"]).toEqual([
      { api_key: "${var.qdrant_cloud_api_key}", account_id: "00000000-0000-0000-0000-000000000001" },
    ]);
    expect(AccountsCluster.tfResourceType).toBe("qdrant-cloud_accounts_cluster");
    expect(AccountsDatabaseApiKeyV2.tfResourceType).toBe("qdrant-cloud_accounts_database_api_key_v2");

    expect(config.resource["qdrant-cloud_accounts_cluster"].cluster).toEqual({
      name: "prod-vectors",
      cloud_provider: "gcp",
      cloud_region: "europe-west3",
      delete_backups_on_destroy: false,
      configuration: { number_of_nodes: 1, node_configuration: { package_id: "7c939d96-d671-4051-aa16-3b8b7130fa42" } },
    });
    expect(config.resource["qdrant-cloud_accounts_database_api_key_v2"]).toEqual({
      "vectorize-key": {
        cluster_id: "${qdrant-cloud_accounts_cluster.cluster.id}",
        name: "prod-vectorize",
        global_access_rule: { access_type: "GLOBAL_ACCESS_RULE_ACCESS_TYPE_MANAGE" },
      },
      "search-key": {
        cluster_id: "${qdrant-cloud_accounts_cluster.cluster.id}",
        name: "prod-search",
        collection_access_rules: [{ collection_name: "kb", access_type: "COLLECTION_ACCESS_RULE_ACCESS_TYPE_READ_ONLY" }],
      },
    });
    expect(config.output).toEqual({
      qdrant_url: { value: "${qdrant-cloud_accounts_cluster.cluster.url}" },
      qdrant_api_key: { value: "${qdrant-cloud_accounts_database_api_key_v2.vectorize-key.key}", sensitive: true },
    });
  });

  (schemaPresent ? it : it.skip)(
    "records that 1.25.0 leaves the database API key value unmarked as sensitive and the Cloud API key sensitive",
    () => {
      // terraform-provider-qdrant-cloud v1.25.0 qdrant/schemas_accounts_auth_keys_v2.go: `key` is
      // Computed only (no Sensitive), set on create only (resource_accounts_auth_key_v2.go). A stack
      // must route it straight into a secret (e.g. SecretManagerSecretVersion.secretData) and never
      // into an output; if a later provider marks it sensitive this test tells whoever upgrades.
      const schema = JSON.parse(fs.readFileSync(SCHEMA, "utf8"));
      const provider = schema.provider_schemas[`registry.terraform.io/${SOURCE}`];
      const keyAttrs = provider.resource_schemas["qdrant-cloud_accounts_database_api_key_v2"].block.attributes;
      expect(keyAttrs.key).toMatchObject({ type: "string", computed: true });
      expect(keyAttrs.key.sensitive).toBeUndefined();
      expect(provider.provider.block.attributes.api_key).toMatchObject({ required: true, sensitive: true });
      expect(provider.resource_schemas["qdrant-cloud_accounts_cluster"].block.attributes.url).toMatchObject({ computed: true });
    },
  );
});
