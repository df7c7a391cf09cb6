import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as esbuild from "esbuild";
import { gzipSync, zipSync } from "fflate";
import { packageRoot } from "./package-root";

/**
 * Where a runtime runs decides how it is bundled:
 * - `worker`: one ES module for workerd (Cloudflare Workers), attached by file + sha256.
 * - `gcp-function`: one CommonJS file for the Cloud Functions Node runtime below, zipped for a
 *   Cloud Functions source object.
 * - `node-service`: one CommonJS file for the official Node image on the swarm, gzipped (fixed
 *   header, no timestamp) so that it fits a docker config (500 KB): the MongoDB driver alone
 *   minifies to ~800 KB, ~220 KB gzipped.
 * - `node-module`: the same CommonJS file as it is, `index.js` (a Vercel Node function, which the
 *   Secrets UI construct lays out in Vercel's Build Output itself).
 */
export type RuntimeTarget = "worker" | "gcp-function" | "node-service" | "node-module";

export interface RuntimeBundleOptions {
  /** Folder name under `runtime/` (e.g. `webhook-ingest`); its `index.ts` is the entry. */
  readonly runtime: string;
  readonly target: RuntimeTarget;
  /** Root that holds `runtime/` and `node_modules/`. @default - this package's root */
  readonly rootDir?: string;
}

export interface RuntimeBundle {
  readonly runtime: string;
  readonly target: RuntimeTarget;
  /** sha256 (hex) over the input sources, the esbuild options and the esbuild version. */
  readonly sourceHash: string;
  /** Absolute path of the deployable file: `index.mjs` for a worker, a `.zip` for a function, `<runtime>.js.gz` for a node service, `index.js` for a node module. */
  readonly filePath: string;
  /** sha256 (hex) of the deployable file's bytes, e.g. for `content_sha256`. */
  readonly fileSha256: string;
  /** Size of the deployable file in bytes. */
  readonly sizeBytes: number;
}

/**
 * The Node major GCP functions run on, for both the esbuild target and the function's runtime, so
 * the two cannot drift. Node 20 reached end of life in April 2026; `nodejs22` is a supported
 * Cloud Functions runtime.
 */
export const GCP_FUNCTION_NODE_MAJOR = 22;
/** The Cloud Functions `build_config.runtime` matching the bundle: `nodejs22`. */
export const GCP_FUNCTION_RUNTIME = `nodejs${GCP_FUNCTION_NODE_MAJOR}`;

const TARGET_OPTIONS: Record<RuntimeTarget, esbuild.BuildOptions> = {
  worker: {
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser", "import"],
    mainFields: ["module", "main"],
    target: "es2022",
    external: ["node:*", "cloudflare:*"],
  },
  "gcp-function": {
    format: "cjs",
    platform: "node",
    target: `node${GCP_FUNCTION_NODE_MAJOR}`,
  },
  // The swarm's Node image is pinned to the same major as the functions (images.ts).
  "node-service": {
    format: "cjs",
    platform: "node",
    target: `node${GCP_FUNCTION_NODE_MAJOR}`,
  },
  // Vercel's Node runtime is pinned to the same major too (secrets-ui/build.ts).
  "node-module": {
    format: "cjs",
    platform: "node",
    target: `node${GCP_FUNCTION_NODE_MAJOR}`,
  },
};

/** The esbuild options a target is bundled with (part of the source hash). */
export function esbuildOptionsFor(target: RuntimeTarget): Readonly<esbuild.BuildOptions> {
  return { ...COMMON_OPTIONS, ...TARGET_OPTIONS[target] };
}

const COMMON_OPTIONS: esbuild.BuildOptions = {
  bundle: true,
  minify: true,
  keepNames: false,
  legalComments: "none",
  sourcemap: false,
  charset: "utf8",
  treeShaking: true,
  // Protocol definitions a runtime parses at start (Google's event protos) are bundled as text.
  loader: { ".proto": "text" },
};

// 1980-01-01 is the earliest time a zip entry can carry; a fixed value keeps the zip reproducible.
const ZIP_ENTRY_MTIME = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

const memo = new Map<string, RuntimeBundle>();

/** Forgets bundles built by this process (the disk cache stays and is re-validated). For tests and watchers. */
export function forgetBundles(): void {
  memo.clear();
}

/**
 * Bundles `runtime/<name>/index.ts` with esbuild, deterministically: the same sources give
 * byte-identical output and the same `sourceHash`.
 *
 * Results are cached on disk keyed by the entry and options, and re-validated against the
 * sha256 of every input esbuild reported, so a warm synth skips esbuild entirely.
 */
export function bundleRuntime(options: RuntimeBundleOptions): RuntimeBundle {
  const rootDir = options.rootDir ?? packageRoot();
  const entry = path.join(rootDir, "runtime", options.runtime, "index.ts");
  const memoKey = `${entry}\0${options.target}`;
  const known = memo.get(memoKey);
  if (known) return known;

  if (!fs.existsSync(entry)) {
    throw new Error(`runtime bundle: no entry at ${entry}; a runtime lives in runtime/<name>/index.ts`);
  }
  const buildOptions: esbuild.BuildOptions = {
    ...esbuildOptionsFor(options.target),
    entryPoints: [path.relative(rootDir, entry)],
    absWorkingDir: rootDir,
    metafile: true,
    write: false,
  };
  const optionsFingerprint = sha256(JSON.stringify({ esbuild: esbuild.version, target: options.target, buildOptions: { ...buildOptions, absWorkingDir: undefined } }));
  const cacheDir = path.join(bundleCacheRoot(), sha256(`${entry}\0${optionsFingerprint}`).slice(0, 32));

  const bundle = readCachedBundle(cacheDir, rootDir, options, optionsFingerprint) ?? buildBundle(cacheDir, rootDir, options, buildOptions, optionsFingerprint);
  memo.set(memoKey, bundle);
  return bundle;
}

interface CacheManifest {
  readonly optionsFingerprint: string;
  readonly inputs: ReadonlyArray<{ readonly path: string; readonly sha256: string }>;
  readonly sourceHash: string;
  readonly fileName: string;
  readonly fileSha256: string;
}

function buildBundle(cacheDir: string, rootDir: string, options: RuntimeBundleOptions, buildOptions: esbuild.BuildOptions, optionsFingerprint: string): RuntimeBundle {
  const result = esbuild.buildSync(buildOptions as esbuild.BuildOptions & { write: false; metafile: true });
  if (result.errors.length > 0 || result.outputFiles.length !== 1) {
    throw new Error(`runtime bundle "${options.runtime}": esbuild produced ${result.outputFiles.length} files and ${result.errors.length} errors`);
  }
  const inputs = Object.keys(result.metafile.inputs)
    .sort()
    .map((input) => ({ path: input, sha256: sha256(fs.readFileSync(path.join(rootDir, input))) }));
  const sourceHash = sha256(JSON.stringify({ optionsFingerprint, inputs }));
  const code = result.outputFiles[0].contents;

  const { fileName, fileBytes } = deployable(options, sourceHash, code);
  const manifest: CacheManifest = { optionsFingerprint, inputs, sourceHash, fileName, fileSha256: sha256(fileBytes) };

  // Write to a temporary folder and rename so that a concurrent synth never reads a half-written cache.
  const staging = `${cacheDir}.${process.pid}.${Date.now()}`;
  fs.mkdirSync(staging, { recursive: true });
  fs.writeFileSync(path.join(staging, fileName), fileBytes);
  fs.writeFileSync(path.join(staging, "manifest.json"), JSON.stringify(manifest));
  fs.rmSync(cacheDir, { recursive: true, force: true });
  try {
    fs.renameSync(staging, cacheDir);
  } catch {
    fs.rmSync(staging, { recursive: true, force: true }); // another process won the race with identical content
  }
  return toBundle(options, cacheDir, manifest, fileBytes.byteLength);
}

function readCachedBundle(cacheDir: string, rootDir: string, options: RuntimeBundleOptions, optionsFingerprint: string): RuntimeBundle | undefined {
  let manifest: CacheManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(cacheDir, "manifest.json"), "utf8")) as CacheManifest;
  } catch {
    return undefined;
  }
  if (manifest.optionsFingerprint !== optionsFingerprint) return undefined;
  for (const input of manifest.inputs) {
    const file = path.join(rootDir, input.path);
    if (!fs.existsSync(file) || sha256(fs.readFileSync(file)) !== input.sha256) return undefined;
  }
  const filePath = path.join(cacheDir, manifest.fileName);
  if (!fs.existsSync(filePath)) return undefined;
  const bytes = fs.readFileSync(filePath);
  // A truncated or edited cache file must never be deployed.
  if (sha256(bytes) !== manifest.fileSha256) return undefined;
  return toBundle(options, cacheDir, manifest, bytes.byteLength);
}

function toBundle(options: RuntimeBundleOptions, cacheDir: string, manifest: CacheManifest, sizeBytes: number): RuntimeBundle {
  return {
    runtime: options.runtime,
    target: options.target,
    sourceHash: manifest.sourceHash,
    filePath: path.join(cacheDir, manifest.fileName),
    fileSha256: manifest.fileSha256,
    sizeBytes,
  };
}

/** The file a target deploys, named so that its name says what it is. */
function deployable(options: RuntimeBundleOptions, sourceHash: string, code: Uint8Array): { fileName: string; fileBytes: Uint8Array } {
  switch (options.target) {
    case "worker":
      return { fileName: "index.mjs", fileBytes: code };
    case "node-module":
      return { fileName: "index.js", fileBytes: code };
    case "node-service":
      return { fileName: `${options.runtime}.js.gz`, fileBytes: gzipSync(code, { level: 9, mtime: 0 }) };
    case "gcp-function":
      return { fileName: `${options.runtime}-${sourceHash.slice(0, 16)}.zip`, fileBytes: functionZip(code) };
  }
}

/** A Cloud Functions (Node) source zip: sorted entries, fixed timestamps, so equal code gives equal bytes. */
function functionZip(code: Uint8Array): Uint8Array {
  const packageJson = JSON.stringify({ name: "function", private: true, main: "index.js", engines: { node: String(GCP_FUNCTION_NODE_MAJOR) } }, null, 2) + "\n";
  const entries: Record<string, Uint8Array> = {
    "index.js": code,
    "package.json": new TextEncoder().encode(packageJson),
  };
  const sorted = Object.fromEntries(Object.keys(entries).sort().map((name) => [name, entries[name]]));
  return zipSync(sorted, { level: 9, mtime: ZIP_ENTRY_MTIME });
}

function bundleCacheRoot(): string {
  return process.env.PLATFORM_BUNDLE_CACHE ?? path.join(os.tmpdir(), "platform-infra-bundles");
}

function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
