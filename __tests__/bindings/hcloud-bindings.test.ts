// The hcloud bindings in .gen/providers/hcloud are generated offline from a provider schema
// (scripts/generate-bindings.mjs; `cdktf get` cannot run here) and committed. These tests
// catch hand edits / stale output, and check that the bindings pin the provider version.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Testing, TerraformStack } from "cdktf";
import "cdktf/lib/testing/adapters/jest";
import { HcloudProvider } from "../../.gen/providers/hcloud/provider";
import { Server } from "../../.gen/providers/hcloud/server";

Testing.setupJest();

const REPO_ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(REPO_ROOT, "scripts/generate-bindings.mjs");
const COMMITTED = path.join(REPO_ROOT, ".gen/providers/hcloud");
const SCHEMA = path.resolve(__dirname, "../../../shared/providers/hcloud-1.59.0.schema.json");
const SOURCE = "hetznercloud/hcloud";
const VERSION = "1.59.0";

function listFiles(dir: string, base = dir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join("/")];
    })
    .sort();
}

const schemaPresent = fs.existsSync(SCHEMA);
if (!schemaPresent) {
  console.warn(`Skipping the hcloud bindings drift test: provider schema ${SCHEMA} is missing.`);
}

describe("hcloud bindings", () => {
  (schemaPresent ? it : it.skip)("committed hcloud bindings equal a fresh generation from the schema", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hcloud-bindings-"));
    try {
      const fresh = path.join(tmp, "hcloud");
      // A child process keeps the ESM script (and @cdktf/commons' import-time side effects)
      // out of jest's CommonJS module registry.
      execFileSync(
        process.execPath,
        [SCRIPT, "--schema", SCHEMA, "--source", SOURCE, "--version", VERSION, "--out", fresh],
        { cwd: REPO_ROOT, stdio: "pipe" },
      );

      const expectedFiles = listFiles(fresh);
      expect(expectedFiles.length).toBeGreaterThan(100);
      // File lists first, so a missing/extra file is reported by name.
      expect(listFiles(COMMITTED)).toEqual(expectedFiles);
      const differing = expectedFiles.filter(
        (file) => !fs.readFileSync(path.join(COMMITTED, file)).equals(fs.readFileSync(path.join(fresh, file))),
      );
      // Non-empty => .gen/providers/hcloud was edited by hand or is stale: run `npm run bindings`.
      expect(differing).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("pins hetznercloud/hcloud 1.59.0 in the generated provider and the synthesized required_providers", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "bindings");
    new HcloudProvider(stack, "hcloud", {});
    new Server(stack, "server", { name: "node-1", serverType: "cx22", image: "ubuntu-24.04" });

    const synthesized = Testing.synth(stack);
    const config = JSON.parse(synthesized);
    expect(config.terraform.required_providers.hcloud).toEqual({ source: SOURCE, version: VERSION });
    expect(synthesized).toHaveProvider(HcloudProvider);
    expect(synthesized).toHaveResourceWithProperties(Server, { name: "node-1", server_type: "cx22" });
    expect(Server.tfResourceType).toBe("hcloud_server");
  });

  it("cdktf.json requests the same provider version the bindings were generated for", () => {
    const cdktfJson = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "cdktf.json"), "utf8"));
    const hcloud = (cdktfJson.terraformProviders as unknown[]).filter(
      (p): p is string => typeof p === "string" && p.startsWith(`${SOURCE}@`),
    );
    expect(hcloud.map((p) => p.replace(/\s+/g, ""))).toEqual([`${SOURCE}@=${VERSION}`]);
  });
});
