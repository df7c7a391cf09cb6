import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildSync } from "esbuild";

const repoRoot = path.resolve(__dirname, "../..");
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8"));
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "platform-consumer-"));
const installed = path.join(scratch, "node_modules", manifest.name);

// A consumer's stack, as another team would write it: TypeScript against the published types.
const CONSUMER = `
import { App, TerraformStack } from "cdktf";
import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { EnvironmentFoundation, HcloudProvider, SwarmCluster, WebhookIngestWorker } from "@platform/infra";

const app = new App({ outdir: "out" });
const stack = new TerraformStack(app, "consumer");
new HcloudProvider(stack, "hcloud", {});
new CloudflareProvider(stack, "cloudflare", {});
new GoogleProvider(stack, "google", { project: "consumer-project-01", region: "europe-west3" });
new TlsProvider(stack, "tls", {});
const shared = new EnvironmentFoundation(stack, "Shared", {
  environment: "dev",
  cloudflareAccountId: "0123456789abcdef0123456789abcdef",
  gcpProjectId: "consumer-project-01",
  gcpRegion: "europe-west3",
  firestoreLocation: "europe-west3",
});
new SwarmCluster(stack, "Swarm", {
  environment: "dev",
  location: "hel1",
  serverType: "cpx21",
  image: "debian-12",
  nodeCount: 3,
  managerCount: 3,
  networkCidr: "10.40.0.0/16",
  subnetCidr: "10.40.1.0/24",
  adminCidrs: ["203.0.113.7/32"],
  adminSshPublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnlyForTests consumer",
});
const ingest = new WebhookIngestWorker(stack, "GuestyIngest", {
  environment: "dev",
  source: "guesty",
  cloudflareAccountId: "0123456789abcdef0123456789abcdef",
  cloudflareZoneId: "0000000000000000000000000000c0de",
  hostname: "guesty-hooks.consumer.example.com",
  gcpProjectId: "consumer-project-01",
});
console.log(JSON.stringify({ url: ingest.url, bundleHash: ingest.bundleHash }));
app.synth();
`;

/**
 * Packs the library, installs the tarball into a scratch project (its dependencies linked from
 * this checkout, so no registry is needed) and synthesizes a consumer stack from it.
 */
beforeAll(() => {
  const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", scratch], { cwd: repoRoot, encoding: "utf8" }).trim().split("\n").pop()!;
  fs.mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", path.join(scratch, tarball), "-C", installed, "--strip-components=1"]);
  for (const dependency of [...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)]) {
    const link = path.join(scratch, "node_modules", dependency);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.join(repoRoot, "node_modules", dependency), link);
  }
  fs.writeFileSync(path.join(scratch, "consumer.ts"), CONSUMER);
}, 120_000);

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe("the packed library", () => {
  it("ships compiled code, type declarations, the generated bindings and the runtime sources, but no tests", () => {
    expect(fs.existsSync(path.join(installed, "dist", "index.js"))).toBe(true);
    expect(fs.existsSync(path.join(installed, "dist", "index.d.ts"))).toBe(true);
    expect(fs.existsSync(path.join(installed, "dist", ".gen", "providers", "hcloud", "server", "index.js"))).toBe(true);
    expect(fs.existsSync(path.join(installed, "runtime", "lib", "json-log.ts"))).toBe(true);
    expect(fs.existsSync(path.join(installed, "__tests__"))).toBe(false);
  });

  it("type-checks a consumer stack against the published declarations", () => {
    const tsc = path.join(repoRoot, "node_modules", "typescript", "bin", "tsc");
    const args = ["--noEmit", "--strict", "--module", "commonjs", "--moduleResolution", "node", "--target", "es2022", "--esModuleInterop", "--skipLibCheck", "--types", "node", "--typeRoots", path.join(repoRoot, "node_modules", "@types"), "consumer.ts"];
    expect(() => execFileSync(process.execPath, [tsc, ...args], { cwd: scratch, encoding: "utf8" })).not.toThrow();
  });

  it("synthesizes a consumer stack that imports constructs and bundles runtime code from the installed copy", () => {
    // Type-stripped only: imports stay as require() calls, resolved from the scratch project.
    buildSync({ entryPoints: [path.join(scratch, "consumer.ts")], outfile: path.join(scratch, "consumer.js"), format: "cjs", platform: "node", bundle: false, logLevel: "warning" });
    const printed = execFileSync(process.execPath, ["consumer.js"], {
      cwd: scratch,
      encoding: "utf8",
      env: { ...process.env, PLATFORM_BUNDLE_CACHE: path.join(scratch, "bundle-cache"), CHECKPOINT_DISABLE: "1" },
    });
    const printedProps = JSON.parse(printed.trim().split("\n")[0]);
    expect(printedProps).toEqual({ url: "https://guesty-hooks.consumer.example.com/", bundleHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const json = JSON.parse(fs.readFileSync(path.join(scratch, "out", "stacks", "consumer", "cdk.tf.json"), "utf8"));
    expect(json.terraform.required_providers.hcloud).toEqual({ source: "hetznercloud/hcloud", version: "1.59.0" });
    expect(Object.keys(json.resource.hcloud_server)).toHaveLength(3);
    expect(json.resource.cloudflare_workers_kv_namespace).toBeDefined();
    const [script] = Object.values(json.resource.cloudflare_workers_script) as Array<{ content_file: string }>;
    expect(fs.statSync(path.join(scratch, "out", "stacks", "consumer", script.content_file)).size).toBeGreaterThan(1000);
    // The bundle was built from the installed package's runtime folder, not from this checkout.
    const [cacheEntry] = fs.readdirSync(path.join(scratch, "bundle-cache"));
    const cached = JSON.parse(fs.readFileSync(path.join(scratch, "bundle-cache", cacheEntry, "manifest.json"), "utf8"));
    const inputs: string[] = cached.inputs.map((input: { path: string }) => input.path);
    expect(inputs).toContain("runtime/webhook-ingest/index.ts");
    expect(inputs).toContain("runtime/lib/google-auth.ts");
  });
});
