// SecretsUi construct: asserts on the synthesized JSON (and the asset folder it points Vercel at).
import * as fs from "node:fs";
import * as path from "node:path";
import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { WorkersKvNamespace } from "@cdktf/provider-cloudflare/lib/workers-kv-namespace";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import "cdktf/lib/testing/adapters/jest";
import { buildSecretsUi } from "../../constructs/secrets-ui/build";
import { VercelProvider } from "../../.gen/providers/vercel/provider";
import { SecretsUi, webhookIngestSecrets } from "../../constructs/secrets-ui";

Testing.setupJest();

function synthUi(overrides: Partial<ConstructorParameters<typeof SecretsUi>[2]> = {}) {
  const app = Testing.app();
  const stack = new TerraformStack(app, "ui");
  new CloudflareProvider(stack, "cloudflare", {});
  new GoogleProvider(stack, "google", {});
  new RandomProvider(stack, "random");
  new VercelProvider(stack, "vercel", {});
  const kvToken = new TerraformVariable(stack, "secrets_ui_kv_api_token", { type: "string", sensitive: true });
  const clientSecret = new TerraformVariable(stack, "secrets_ui_oidc_client_secret", { type: "string", sensitive: true });
  const aircall = new WorkersKvNamespace(stack, "aircall-ns", { accountId: "0123456789abcdef0123456789abcdef", title: "dev-aircall-ingest-secrets" });
  const ui = new SecretsUi(stack, "SecretsUi", {
    environment: "dev",
    cloudflareAccountId: "0123456789abcdef0123456789abcdef",
    cloudflareZoneId: "fedcba9876543210fedcba9876543210",
    hostname: "secrets.example.com",
    workers: [{ id: "aircall-ingest", title: "Aircall ingest Worker", namespaceId: aircall.id, secrets: webhookIngestSecrets() }],
    kvApiToken: kvToken.stringValue,
    oidc: { issuerUrl: "https://auth.example.com/realms/platform", clientSecret: clientSecret.stringValue },
    gcpProjectId: "acme-dev",
    ...overrides,
  });
  return { stack, ui, json: JSON.parse(Testing.synth(stack)) };
}

describe("SecretsUi", () => {
  it("deploys the locally built Build Output folder through vercel_prebuilt_project, so Vercel runs no build", () => {
    const { json, ui } = synthUi();
    const [prebuiltId, prebuilt] = Object.entries(json.data.vercel_prebuilt_project)[0] as [string, { path: string }];
    const deployment = Object.values(json.resource.vercel_deployment)[0] as Record<string, unknown>;
    expect(deployment).toMatchObject({
      files: `\${data.vercel_prebuilt_project.${prebuiltId}.output}`,
      path_prefix: `\${data.vercel_prebuilt_project.${prebuiltId}.path}`,
      production: true,
      project_id: expect.stringMatching(/^\$\{vercel_project\.[^.]+\.id\}$/),
    });
    expect(deployment).not.toHaveProperty("ref");
    expect(deployment).not.toHaveProperty("project_settings");
    // The data source reads the copied asset folder; the folder holds a v3 Build Output.
    expect(prebuilt.path).toMatch(/^assets\//);
    const built = buildSecretsUi();
    expect(ui.buildHash).toBe(built.hash);
    expect(built.files).toEqual([
      ".vercel/output/config.json",
      ".vercel/output/functions/index.func/.vc-config.json",
      ".vercel/output/functions/index.func/index.js",
      ".vercel/output/static/style.css",
    ]);
    const config = JSON.parse(fs.readFileSync(path.join(built.dir, ".vercel/output/config.json"), "utf8"));
    expect(config).toEqual({ version: 3, routes: [{ handle: "filesystem" }, { src: "/(.*)", dest: "/index" }] });
    const vc = JSON.parse(fs.readFileSync(path.join(built.dir, ".vercel/output/functions/index.func/.vc-config.json"), "utf8"));
    expect(vc).toMatchObject({ runtime: "nodejs22.x", handler: "index.js", launcherType: "Nodejs" });
    // What Terraform reads is the copy in the stack folder: exactly the Build Output files.
    const outdir = Testing.fullSynth(synthUi().stack);
    const copied = path.join(outdir, "stacks", "ui", prebuilt.path);
    const list = (dir: string, base = dir): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))])).sort();
    expect(list(copied)).toEqual(built.files);
    // Every variable exists before the deployment is created (Vercel fixes its environment then).
    expect((deployment.depends_on as string[]).length).toBe(Object.keys(json.resource.vercel_project_environment_variable).length);
  });

  it("builds byte-identical output from the same sources", () => {
    const first = buildSecretsUi({ outRoot: fs.mkdtempSync("/tmp/secrets-ui-a-") });
    const second = buildSecretsUi({ outRoot: fs.mkdtempSync("/tmp/secrets-ui-b-") });
    expect(second.hash).toBe(first.hash);
    for (const file of first.files) expect(fs.readFileSync(path.join(second.dir, file)).equals(fs.readFileSync(path.join(first.dir, file)))).toBe(true);
  });

  it("passes the KV API token, the OIDC client secret, the session secret and the Firestore key only as sensitive Vercel variables fed by references", () => {
    const { json } = synthUi();
    const text = JSON.stringify(json);
    const variables = Object.values(json.resource.vercel_project_environment_variable) as Array<{ key: string; value: string; sensitive: boolean; target: string[] }>;
    const byKey = Object.fromEntries(variables.map((v) => [v.key, v]));
    expect(byKey.CLOUDFLARE_API_TOKEN).toMatchObject({ value: "${var.secrets_ui_kv_api_token}", sensitive: true, target: ["production"] });
    expect(byKey.OIDC_CLIENT_SECRET).toMatchObject({ value: "${var.secrets_ui_oidc_client_secret}", sensitive: true });
    expect(byKey.SECRETS_UI_SESSION_SECRET).toMatchObject({ value: expect.stringMatching(/^\$\{random_password\.[^.]+\.result\}$/), sensitive: true });
    expect(byKey.GOOGLE_SERVICE_ACCOUNT_KEY).toMatchObject({ value: expect.stringMatching(/^\$\{base64decode\(google_service_account_key\.[^.]+\.private_key\)\}$/), sensitive: true });
    // Nothing else carries them: no non-sensitive variable, no deployment `environment` copy.
    const secretRefs = /var\.secrets_ui_kv_api_token|var\.secrets_ui_oidc_client_secret|random_password|private_key/;
    for (const variable of variables.filter((v) => !v.sensitive)) expect(variable.value).not.toMatch(secretRefs);
    expect(text.match(/var\.secrets_ui_kv_api_token/g)).toHaveLength(1);
    expect(text.match(/var\.secrets_ui_oidc_client_secret/g)).toHaveLength(1);
    expect(Object.values(json.resource.vercel_deployment)[0]).not.toHaveProperty("environment");
    expect(json.variable.secrets_ui_kv_api_token.sensitive).toBe(true);
  });

  it("configures the app with the Workers' namespaces (references), the realm client and the public origin", () => {
    const { json } = synthUi();
    const byKey = Object.fromEntries((Object.values(json.resource.vercel_project_environment_variable) as Array<{ key: string; value: string }>).map((v) => [v.key, v.value]));
    expect(byKey.SECRETS_UI_WORKERS).toContain('"namespaceId" = cloudflare_workers_kv_namespace.aircall-ns.id,');
    expect(byKey.SECRETS_UI_WORKERS).toMatch(/^\$\{jsonencode\(/);
    expect(byKey.SECRETS_UI_PUBLIC_ORIGIN).toBe("https://secrets.example.com");
    expect(byKey.OIDC_ISSUER_URL).toBe("https://auth.example.com/realms/platform");
    expect(byKey.OIDC_CLIENT_ID).toBe("secrets-ui");
    expect(byKey.OIDC_ALLOWED_GROUP).toBe("platform-admins");
  });

  it("gives the app its custom domain on Vercel and a DNS-only CNAME in Cloudflare", () => {
    const { json } = synthUi();
    expect(Object.values(json.resource.vercel_project_domain)[0]).toMatchObject({ domain: "secrets.example.com" });
    expect(Object.values(json.resource.cloudflare_dns_record)[0]).toMatchObject({ name: "secrets.example.com", type: "CNAME", content: "cname.vercel-dns.com", proxied: false, zone_id: "fedcba9876543210fedcba9876543210" });
    expect(Object.values(json.resource.vercel_project)[0]).toMatchObject({ name: "dev-secrets-ui" });
  });

  it("indexes the audit trail by Worker and time, as the per-secret history query needs", () => {
    const { json } = synthUi();
    expect(Object.values(json.resource.google_firestore_index)[0]).toMatchObject({
      collection: "secrets_ui_audit",
      fields: [
        { field_path: "workerId", order: "ASCENDING" },
        { field_path: "at", order: "DESCENDING" },
      ],
    });
    expect(Object.values(json.resource.google_project_iam_member)[0]).toMatchObject({ role: "roles/datastore.user" });
  });

  it("fails with every bad prop named: hostname, worker id, secret key, issuer", () => {
    expect(() =>
      synthUi({
        hostname: "not a host",
        workers: [{ id: "Aircall_Ingest", title: "x", namespaceId: "n", secrets: [{ key: "bad/key", description: "", multiValue: false, writer: "operator" }] }],
        oidc: { issuerUrl: "http://auth.example.com/" },
      }),
    ).toThrow(/secrets-ui "ui\/SecretsUi":\n {2}- hostname is "not a host"[\s\S]*workers\[0\]\.id is "Aircall_Ingest"[\s\S]*workers\[0\]\.secrets\[0\]\.key is "bad\/key"[\s\S]*oidc\.issuerUrl is "http:\/\/auth\.example\.com\/"/);
  });

  it("rejects an environment name the Vercel project name could not carry (vercel 5.10.0: 1-52 of a-z, 0-9, -)", () => {
    expect(() => synthUi({ environment: "Prod" })).toThrow(/environment is "Prod"/);
    expect(() => synthUi({ environment: "x".repeat(42) })).toThrow(/environment is "x{42}"/);
  });
});
