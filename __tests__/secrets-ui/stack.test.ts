// The platform stack runs the Secrets UI for its ingest Workers: asserted on the synthesized app.
import { synthApp, type SynthesizedStack } from "../support/synth";

describe("platform stack: Secrets UI", () => {
  let prod: SynthesizedStack;
  beforeAll(() => {
    prod = synthApp().json.get("prod-platform")!;
  });

  it("deploys to Vercel with the API token from a sensitive variable", () => {
    expect(prod.provider.vercel).toEqual([{ api_token: "${var.vercel_api_token}" }]);
    expect(prod.variable!.vercel_api_token).toMatchObject({ sensitive: true, nullable: false });
    expect(prod.variable!.secrets_ui_kv_api_token).toMatchObject({ sensitive: true, nullable: false });
  });

  it("keeps the addresses of the resources whose replacement costs operators something", () => {
    // A new project drops the domain and the deployment history; a new session secret signs everyone
    // out and changes fingerprints; a new index rebuilds. Change these ids only with a `moved` block.
    expect(Object.keys(prod.resource.vercel_project)).toEqual(["SecretsUi_Project_0D357A4E"]);
    expect(Object.keys(prod.resource.random_password)).toEqual(["SecretsUi_SessionSecret_8C49B8EA"]);
    expect(Object.keys(prod.resource.google_firestore_index).filter((id) => id.startsWith("SecretsUi_"))).toEqual(["SecretsUi_AuditByWorker_01CCC3EF"]);
  });

  it("manages the own secrets namespace of every ingest Worker and of the RAG chat bridge and signs in through the realm on the auth hostname", () => {
    const variables = Object.values(prod.resource.vercel_project_environment_variable) as Array<{ key: string; value: string; sensitive: boolean }>;
    const byKey = Object.fromEntries(variables.map((v) => [v.key, v]));
    for (const source of ["AircallIngest", "GuestyIngest", "RagBridge"]) expect(byKey.SECRETS_UI_WORKERS.value).toMatch(new RegExp(`"namespaceId" = cloudflare_workers_kv_namespace\\.${source}_SecretsNamespace_[0-9A-F]{8}\\.id`));
    // prod provisions its Qdrant cluster: the bridge's Qdrant key is Terraform's, shown read-only.
    expect(byKey.SECRETS_UI_WORKERS.value).toMatch(/"key" = "qdrant-api-key", [^}]*"writer" = "terraform"/);
    expect(byKey.SECRETS_UI_WORKERS.value).toMatch(/"key" = "rocketchat-outgoing-token", [^}]*"multiValue" = true/);
    expect(byKey.OIDC_ISSUER_URL.value).toMatch(/^https:\/\/auth\.[^/]+\/realms\/platform$/);
    expect(byKey.CLOUDFLARE_API_TOKEN).toMatchObject({ value: "${var.secrets_ui_kv_api_token}", sensitive: true });
    // The token reaches nothing else in the stack.
    expect(JSON.stringify(prod).match(/var\.secrets_ui_kv_api_token/g)).toHaveLength(1);
    expect(prod.output!.secrets_ui_url).toMatchObject({ value: expect.stringMatching(/^https:\/\/secrets\./) });
  });
});
