// The library's public surface: constructs to compose into any cdktf stack, and the
// per-environment stacks built from them.
// The generated Hetzner provider, for stacks that use SwarmCluster without the platform stacks.
export { HcloudProvider, HcloudProviderConfig } from "./.gen/providers/hcloud/provider";
export * from "./constructs/environment-foundation";
export * from "./constructs/swarm-cluster";
export * from "./constructs/swarm-ingress";
export * from "./constructs/swarm-services";
export * from "./constructs/webhook-ingest-worker";
export * from "./constructs/vectorize-pipeline";
export * from "./constructs/qdrant-cloud-cluster";
export * from "./constructs/rag-chat-bridge";
export * from "./constructs/secrets-ui";
export * from "./constructs/backup-schedule";
export { VercelProvider, VercelProviderConfig } from "./.gen/providers/vercel/provider";
export { QdrantCloudProvider, QdrantCloudProviderConfig } from "./.gen/providers/qdrant-cloud/provider";
export { FunctionSource, FunctionSourceProps } from "./constructs/lib/function-source";
export { RuntimeAsset, RuntimeAssetProps } from "./constructs/lib/runtime-asset";
export { bundleRuntime, RuntimeBundle, RuntimeBundleOptions, RuntimeTarget } from "./constructs/lib/runtime-bundle";
export { ResourceLabels, markOwner } from "./constructs/lib/ownership";
export { DependOnGoogleApis, GOOGLE_APIS, GOOGLE_APIS_BY_RESOURCE_TYPE, GoogleApi, apisNeededBy } from "./constructs/lib/google-apis";
export { Guardrails, GuardrailsOptions, RULES, connects, NODES, scanStackJson } from "./constructs/lib/guardrails";
export * from "./stacks/environment";
export { SAMPLE_ENVIRONMENTS } from "./stacks/environments";
export { PlatformStack, PlatformStackProps } from "./stacks/platform-stack";
export { SwarmServicesStack, SwarmServicesStackProps } from "./stacks/swarm-services-stack";
export { addEnvironmentStacks, EnvironmentStacks } from "./stacks/app";
