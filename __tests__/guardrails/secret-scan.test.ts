import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Testing, TerraformResource, TerraformStack, TerraformVariable } from "cdktf";
import { scanOutdir } from "../../constructs/lib/guardrails/scan-cli";
import { addEnvironmentStacks } from "../../stacks/app";
import { SAMPLE_ENVIRONMENTS } from "../../stacks/environments";

/**
 * The scan `npm run synth` runs, over real `cdktf synth` output: each kind of secret planted in a
 * throwaway stack is caught; asset paths and references are not secrets; the sample app is clean.
 * The planted values are made up here, shaped like the vendors' formats.
 */
function synthOne(plant: (stack: TerraformStack) => void) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "secret-scan-"));
  const app = Testing.app({ outdir });
  plant(new TerraformStack(app, "throwaway"));
  app.synth();
  const result = scanOutdir(outdir);
  fs.rmSync(outdir, { recursive: true, force: true });
  return result.findings.map((f) => `${f.path}: ${f.why}`);
}
function resource(stack: TerraformStack, type: string, body: Record<string, unknown>) {
  const r = new TerraformResource(stack, "Planted", { terraformResourceType: type });
  for (const [k, v] of Object.entries(body)) r.addOverride(k, v);
}

const PEM_KEY = ["-----BEGIN", "PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----"].join(" ");
const planted: Array<[string, (stack: TerraformStack) => void, RegExp]> = [
  ["the default of a sensitive variable", (s) => void new TerraformVariable(s, "hcloud_token", { type: "string", sensitive: true, default: "not-a-real-token" }), /^variable\.hcloud_token\.default: default value of a sensitive variable$/],
  ["a PEM private key", (s) => resource(s, "tls_self_signed_cert", { private_key_pem: PEM_KEY }), /private_key_pem: PEM block/],
  ["a whsec_ signing secret", (s) => resource(s, "cloudflare_workers_kv", { key_name: "k", value: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }), /\.value: whsec_ signing secret/],
  ["a Cloudflare API token", (s) => resource(s, "null_resource", { triggers: { note: "Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8L9z0" } }), /triggers\.note: Cloudflare-style API token/],
  ["a Groq API key", (s) => resource(s, "null_resource", { triggers: { groq: "gsk_4fJ8kQ2mZx7LrT4vW1yB8nC3pD6hJ0aG" } }), /triggers\.groq: Groq API key/],
  ["a Qdrant JWT access token", (s) => resource(s, "null_resource", { triggers: { qdrant: "eyJhbGciOiJIUzI1NiJ9.eyJhY2Nlc3MiOiJyIn0.Zm9vYmFyYmF6cXV4cXV1eA" } }), /triggers\.qdrant: JWT/],
  ["a service-account key JSON", (s) => resource(s, "google_secret_manager_secret_version", { secret_data: JSON.stringify({ type: "service_account", project_id: "p", private_key_id: "0123456789abcdef0123" }) }), /secret_data: service-account key JSON/],
  ["a high-entropy value under a password attribute", (s) => resource(s, "random_thing", { admin_password: "xK9amQ2avL7aZp4Rt8Wq" }), /admin_password: literal value under "admin_password"/],
  ["a random-looking literal anywhere", (s) => resource(s, "null_resource", { triggers: { blob: "kF9sQ2mZx7LrT4vW1yB8nC3pD6hJ0aGeUu" } }), /triggers\.blob: random-looking literal/],
];

describe("secret scan of synthesized cdk.tf.json", () => {
  it.each(planted)("fails when a stack holds %s", (_kind, plant, expected) => {
    expect(synthOne(plant)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it("passes references to secrets and asset paths (content_file, bucket object source, any assets/<id>/<hash>/ path)", () => {
    const findings = synthOne((s) => {
      const token = new TerraformVariable(s, "api_token", { type: "string", sensitive: true });
      new TerraformResource(s, "Kv", { terraformResourceType: "cloudflare_workers_kv" }).addOverride("value", token.stringValue);
      const worker = new TerraformResource(s, "Worker", { terraformResourceType: "cloudflare_workers_script" });
      worker.addOverride("content_file", "assets/Bundle_File_F257BDA7/7aff2cff5a1eb677e504fc391aed8034d06e62e84c0272c12f9413662dcb46b1/index.mjs");
      worker.addOverride("content_sha256", "531648f636087a3c3d33e15cad68d3eb05b2fe7ef56f9787cb0c85b71c1d6067");
      new TerraformResource(s, "Object", { terraformResourceType: "google_storage_bucket_object" }).addOverride("source", "assets/Source_Zip_1A2B3C4D/Qx7LrT4vW1yB8nC3pD6hJ0aGeKf9sQ2m/vectorize.zip");
      // Any other attribute may carry an asset path too (e.g. a Vercel prebuilt project's folder).
      new TerraformResource(s, "Prebuilt", { terraformResourceType: "vercel_prebuilt_project" }).addOverride("path", "assets/SecretsUi_Prebuilt_8DD81A0E/9F3A6C2B7E1D4058A2C9B3E7F1D6A4C8/.vercel/output");
    });
    expect(findings).toEqual([]);
  });

  it("finds nothing in the sample app's six stacks", () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "secret-scan-sample-"));
    const app = Testing.app({ outdir });
    addEnvironmentStacks(app, SAMPLE_ENVIRONMENTS);
    app.synth();
    const { stacks, findings } = scanOutdir(outdir);
    fs.rmSync(outdir, { recursive: true, force: true });
    expect(stacks).toHaveLength(6);
    expect(findings).toEqual([]);
  });
});
