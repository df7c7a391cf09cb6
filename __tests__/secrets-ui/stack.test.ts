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

  it("manages every ingest Worker's own secrets namespace and signs in through the realm on the auth hostname", () => {
    const variables = Object.values(prod.resource.vercel_project_environment_variable) as Array<{ key: string; value: string; sensitive: boolean }>;
    const byKey = Object.fromEntries(variables.map((v) => [v.key, v]));
    for (const source of ["Aircall", "Guesty"]) expect(byKey.SECRETS_UI_WORKERS.value).toMatch(new RegExp(`"namespaceId" = cloudflare_workers_kv_namespace\\.${source}Ingest_SecretsNamespace_[0-9A-F]{8}\\.id`));
    expect(byKey.OIDC_ISSUER_URL.value).toMatch(/^https:\/\/auth\.[^/]+\/realms\/platform$/);
    expect(byKey.CLOUDFLARE_API_TOKEN).toMatchObject({ value: "${var.secrets_ui_kv_api_token}", sensitive: true });
    // The token reaches nothing else in the stack.
    expect(JSON.stringify(prod).match(/var\.secrets_ui_kv_api_token/g)).toHaveLength(1);
    expect(prod.output!.secrets_ui_url).toMatchObject({ value: expect.stringMatching(/^https:\/\/secrets\./) });
  });
});
