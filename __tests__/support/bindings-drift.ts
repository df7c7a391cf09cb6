/**
 * The drift check every offline-generated provider binding gets: regenerate from the schema in
 * ../shared/providers (scripts/generate-bindings.mjs) and compare with what is committed, file
 * by file and byte by byte; and check that cdktf.json requests the version the bindings were
 * generated for. Skips (with a message) where the schema is absent, as in a user's clone.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const REPO_ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(REPO_ROOT, "scripts/generate-bindings.mjs");

export interface GeneratedBindings {
  /** Folder under .gen/providers, e.g. `hcloud`. */
  readonly folder: string;
  /** Provider source, e.g. `hetznercloud/hcloud`. */
  readonly source: string;
  readonly version: string;
  /** Schema file name in ../shared/providers. */
  readonly schemaFile: string;
  /** Files the generation must produce (proves the schema was the right one). */
  readonly mustContain: readonly string[];
}

function listFiles(dir: string, base = dir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join("/")];
    })
    .sort();
}

/** Where a provider schema sits in ../shared/providers (absent in a user's clone). */
export function providerSchemaPath(schemaFile: string): string {
  return path.resolve(REPO_ROOT, "../shared/providers", schemaFile);
}

export function describeBindingsDrift(bindings: GeneratedBindings): void {
  const schema = providerSchemaPath(bindings.schemaFile);
  const committed = path.join(REPO_ROOT, ".gen/providers", bindings.folder);
  const schemaPresent = fs.existsSync(schema);
  if (!schemaPresent) console.warn(`Skipping the ${bindings.folder} bindings drift test: provider schema ${schema} is missing.`);

  (schemaPresent ? it : it.skip)(`keeps the committed ${bindings.folder} bindings equal to a fresh generation from the schema`, () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `${bindings.folder}-bindings-`));
    try {
      const fresh = path.join(tmp, bindings.folder);
      // A child process keeps the ESM script (and @cdktf/commons' import-time side effects)
      // out of jest's CommonJS module registry.
      execFileSync(process.execPath, [SCRIPT, "--schema", schema, "--source", bindings.source, "--version", bindings.version, "--out", fresh], { cwd: REPO_ROOT, stdio: "pipe" });
      const expectedFiles = listFiles(fresh);
      expect(expectedFiles).toEqual(expect.arrayContaining([...bindings.mustContain]));
      // File lists first, so a missing or extra file is reported by name.
      expect(listFiles(committed)).toEqual(expectedFiles);
      const differing = expectedFiles.filter((file) => !fs.readFileSync(path.join(committed, file)).equals(fs.readFileSync(path.join(fresh, file))));
      // Non-empty: the bindings were edited by hand or are stale; regenerate with
      // node scripts/generate-bindings.mjs --schema <schema> --source <source> --version <version> --out .gen/providers/<folder>
      expect(differing).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it(`requests ${bindings.source} = ${bindings.version} in cdktf.json, the version the bindings were generated for`, () => {
    const cdktfJson = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "cdktf.json"), "utf8"));
    const pinned = (cdktfJson.terraformProviders as unknown[]).filter((p): p is string => typeof p === "string" && p.startsWith(`${bindings.source}@`));
    expect(pinned.map((p) => p.replace(/\s+/g, ""))).toEqual([`${bindings.source}@=${bindings.version}`]);
  });
}
