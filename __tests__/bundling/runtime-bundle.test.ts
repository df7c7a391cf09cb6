import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Testing, TerraformStack } from "cdktf";
import { unzipSync } from "fflate";
import { FunctionSource } from "../../constructs/lib/function-source";
import { RuntimeAsset } from "../../constructs/lib/runtime-asset";
import { bundleRuntime, esbuildOptionsFor, forgetBundles, GCP_FUNCTION_NODE_MAJOR, GCP_FUNCTION_RUNTIME, RuntimeTarget } from "../../constructs/lib/runtime-bundle";

// Each test gets its own project root (runtime sources) and bundle cache, so nothing is shared
// through the in-process memo or the on-disk cache unless the test says so.
function scratchProject(source: string): { rootDir: string; write: (code: string) => void } {
  const rootDir = fs.mkdtempSync(path.join(os.tmpdir(), "bundle-test-"));
  const entry = path.join(rootDir, "runtime", "greeter", "index.ts");
  fs.mkdirSync(path.dirname(entry), { recursive: true });
  fs.writeFileSync(path.join(rootDir, "runtime", "greeter", "greeting.ts"), 'export const greeting = (name: string): string => `hello ${name}`;\n');
  const write = (code: string) => fs.writeFileSync(entry, code);
  write(source);
  return { rootDir, write };
}

const SOURCE = 'import { greeting } from "./greeting";\nexport default { fetch: () => new Response(greeting("swarm")) };\n';

function freshBundle(rootDir: string, target: RuntimeTarget, cacheName: string) {
  process.env.PLATFORM_BUNDLE_CACHE = path.join(rootDir, cacheName);
  // Without the in-process memo, either esbuild or the disk cache (re-validated) really runs.
  forgetBundles();
  return bundleRuntime({ runtime: "greeter", target, rootDir });
}

afterEach(() => {
  delete process.env.PLATFORM_BUNDLE_CACHE;
});

describe("runtime bundling", () => {
  it.each<RuntimeTarget>(["worker", "gcp-function"])("builds byte-identical %s output with the same hash from the same sources", (target) => {
    const { rootDir } = scratchProject(SOURCE);
    const first = freshBundle(rootDir, target, "cache-a");
    const second = freshBundle(rootDir, target, "cache-b");
    expect(second.filePath).not.toBe(first.filePath);
    expect(fs.readFileSync(second.filePath).equals(fs.readFileSync(first.filePath))).toBe(true);
    expect(second.sourceHash).toBe(first.sourceHash);
    expect(second.fileSha256).toBe(first.fileSha256);
  });

  it("changes the source hash when one character of a source file changes", () => {
    const { rootDir, write } = scratchProject(SOURCE);
    const before = freshBundle(rootDir, "worker", "cache");
    write(SOURCE.replace('"swarm"', '"swarn"'));
    const after = freshBundle(rootDir, "worker", "cache");
    expect(after.sourceHash).not.toBe(before.sourceHash);
    expect(fs.readFileSync(after.filePath, "utf8")).toContain("swarn");
  });

  it("changes the source hash when only a comment changes, though the minified code does not", () => {
    const { rootDir, write } = scratchProject(SOURCE);
    const before = freshBundle(rootDir, "worker", "cache");
    write(`// a note for readers\n${SOURCE}`);
    const after = freshBundle(rootDir, "worker", "cache");
    expect(after.fileSha256).toBe(before.fileSha256);
    expect(after.sourceHash).not.toBe(before.sourceHash);
  });

  it("gives the worker and the function builds of one runtime different hashes (the options are hashed)", () => {
    const { rootDir } = scratchProject(SOURCE);
    expect(freshBundle(rootDir, "worker", "cache").sourceHash).not.toBe(freshBundle(rootDir, "gcp-function", "cache").sourceHash);
  });

  it("bundles a worker as one ES module and a function as CommonJS", () => {
    const { rootDir } = scratchProject(SOURCE);
    const worker = fs.readFileSync(freshBundle(rootDir, "worker", "cache").filePath, "utf8");
    expect(worker).toMatch(/export\s*\{/);
    expect(worker).not.toContain("import");
    const zip = unzipSync(fs.readFileSync(freshBundle(rootDir, "gcp-function", "cache").filePath));
    expect(new TextDecoder().decode(zip["index.js"])).toContain("module.exports");
    // node-module: the same CommonJS code, unwrapped (a Vercel function lays it out itself).
    const plain = freshBundle(rootDir, "node-module", "cache");
    expect(path.basename(plain.filePath)).toBe("index.js");
    expect(fs.readFileSync(plain.filePath)).toEqual(Buffer.from(zip["index.js"]));
  });

  it("zips a function with sorted entries and fixed timestamps, so the zip is reproducible", () => {
    const { rootDir } = scratchProject(SOURCE);
    const bundle = freshBundle(rootDir, "gcp-function", "cache");
    const bytes = fs.readFileSync(bundle.filePath);
    expect(Object.keys(unzipSync(bytes))).toEqual(["index.js", "package.json"]);
    // Local file headers: DOS date/time at offset 10..14 of each "PK\x03\x04" header.
    const headerDates: string[] = [];
    for (let offset = bytes.indexOf("PK\x03\x04"); offset >= 0; offset = bytes.indexOf("PK\x03\x04", offset + 4)) {
      headerDates.push(bytes.subarray(offset + 10, offset + 14).toString("hex"));
    }
    expect(headerDates).toEqual(["00002100", "00002100"]); // 1980-01-01 00:00:00
    expect(path.basename(bundle.filePath)).toBe(`greeter-${bundle.sourceHash.slice(0, 16)}.zip`);
  });

  it("builds GCP functions for one supported Node major: the esbuild target, the zip's engines and the Cloud Functions runtime agree", () => {
    // Node 20 reached end of life in April 2026; Cloud Functions' nodejs22 is supported.
    expect(GCP_FUNCTION_NODE_MAJOR).toBeGreaterThanOrEqual(22);
    expect(esbuildOptionsFor("gcp-function").target).toBe(`node${GCP_FUNCTION_NODE_MAJOR}`);
    expect(GCP_FUNCTION_RUNTIME).toBe(`nodejs${GCP_FUNCTION_NODE_MAJOR}`);
    const { rootDir } = scratchProject(SOURCE);
    const zip = unzipSync(fs.readFileSync(freshBundle(rootDir, "gcp-function", "cache").filePath));
    expect(JSON.parse(new TextDecoder().decode(zip["package.json"])).engines).toEqual({ node: String(GCP_FUNCTION_NODE_MAJOR) });
  });

  it("rebuilds instead of trusting a cache entry whose file was tampered with", () => {
    const { rootDir } = scratchProject(SOURCE);
    const first = freshBundle(rootDir, "worker", "cache");
    fs.writeFileSync(first.filePath, "export default {}; // not what was built");
    const second = freshBundle(rootDir, "worker", "cache");
    expect(second.fileSha256).toBe(first.fileSha256);
    expect(fs.readFileSync(second.filePath, "utf8")).toContain("swarm");
  });

  it("reuses the cached bundle without rebuilding when no input changed", () => {
    const { rootDir } = scratchProject(SOURCE);
    const first = freshBundle(rootDir, "worker", "cache");
    const builtAt = fs.statSync(first.filePath).mtimeMs;
    const second = freshBundle(rootDir, "worker", "cache");
    expect(second).toEqual(first);
    expect(fs.statSync(second.filePath).mtimeMs).toBe(builtAt);
  });

  it("fails with the expected location when a runtime has no entry", () => {
    const { rootDir } = scratchProject(SOURCE);
    expect(() => bundleRuntime({ runtime: "missing", target: "worker", rootDir })).toThrow(/no entry at .*runtime\/missing\/index\.ts/);
  });

  it("attaches a bundle as a Terraform asset whose path carries the source hash", () => {
    const { rootDir } = scratchProject(SOURCE);
    process.env.PLATFORM_BUNDLE_CACHE = path.join(rootDir, "cache");
    const stack = new TerraformStack(Testing.app(), "assets");
    const asset = new RuntimeAsset(stack, "Greeter", { runtime: "greeter", target: "worker", rootDir });
    expect(asset.path).toContain(asset.bundle.sourceHash);
    expect(asset.path.endsWith("index.mjs")).toBe(true);
    expect(asset.shortHash).toBe(asset.bundle.sourceHash.slice(0, 16));
  });
});

describe("FunctionSource", () => {
  afterEach(() => delete process.env.PLATFORM_BUNDLE_CACHE);

  function synthSource(rootDir: string) {
    process.env.PLATFORM_BUNDLE_CACHE = path.join(rootDir, "cache");
    forgetBundles();
    const stack = new TerraformStack(Testing.app(), "functions");
    const source = new FunctionSource(stack, "Greeter", { runtime: "greeter", bucketName: "acme-dev-function-sources", rootDir });
    const json = JSON.parse(Testing.synth(stack));
    const [object] = Object.values(json.resource.google_storage_bucket_object) as Array<Record<string, string>>;
    return { source, object };
  }

  it("uploads the zip as an object named by the source hash, so only a code change redeploys", () => {
    const { rootDir, write } = scratchProject(SOURCE);
    const first = synthSource(rootDir);
    const object = first.object;
    expect(object).toMatchObject({ bucket: "acme-dev-function-sources", content_type: "application/zip" });
    expect(object.name).toBe(`greeter-${first.source.asset.shortHash}.zip`);
    expect(object.source).toBe(first.source.asset.path);
    expect(first.source.functionRuntime).toBe(GCP_FUNCTION_RUNTIME);

    expect(synthSource(rootDir).object.name).toBe(object.name);
    write(SOURCE.replace("swarm", "swarms"));
    expect(synthSource(rootDir).object.name).not.toBe(object.name);
  });
});
