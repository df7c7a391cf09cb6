import * as fs from "node:fs";
import * as path from "node:path";

const repoRoot = path.resolve(__dirname, "../..");
const SKIP = new Set(["node_modules", "dist", "cdktf.out", ".gen", ".git"]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|mjs|cjs|js)$/.test(entry.name) ? [full] : [];
  });
}

describe("imports", () => {
  it("never imports a provider package root (it loads every resource class: ~8x synth time)", () => {
    const files = sourceFiles(repoRoot);
    expect(files.length).toBeGreaterThan(30);
    const offenders = files.filter((file) => /from\s+["']@cdktf\/provider-[a-z-]+["']|require\(\s*["']@cdktf\/provider-[a-z-]+["']\s*\)/.test(fs.readFileSync(file, "utf8")));
    expect(offenders.map((file) => path.relative(repoRoot, file))).toEqual([]);
  });

  it("points the layers one way: stacks may import constructs, a construct never imports a stack or the app's config", () => {
    const files = sourceFiles(path.join(repoRoot, "constructs")).map((file) => [path.relative(repoRoot, file), fs.readFileSync(file, "utf8")] as const);
    expect(files.length).toBeGreaterThan(20);
    const importsOf = (text: string) => [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)["']([^"']+)["']/g)].map((match) => match[1]);
    const upward = files.flatMap(([file, text]) =>
      importsOf(text)
        .filter((specifier) => specifier.startsWith("."))
        .map((specifier) => path.relative(repoRoot, path.resolve(repoRoot, path.dirname(file), specifier)))
        .filter((target) => /^(stacks|main)(\/|$)/.test(target))
        .map((target) => `${file} -> ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it("keeps runtime contract files dependency-free: they import nothing but other contract files", () => {
    const contracts = sourceFiles(path.join(repoRoot, "runtime")).filter((file) => /(^|[/-])contract\.ts$/.test(file));
    expect(contracts.map((file) => path.relative(repoRoot, file))).toEqual(expect.arrayContaining(["runtime/webhook-ingest/contract.ts", "runtime/lib/workers-contract.ts"]));
    const offenders = contracts.flatMap((file) =>
      [...fs.readFileSync(file, "utf8").matchAll(/(?:from\s+|require\(\s*|import\(\s*|^import\s+)["']([^"']+)["']/gm)]
        .map((match) => match[1])
        .filter((specifier) => !/^\.\.?\/(?:[\w-]+\/)*(?:[\w-]+-)?contract$/.test(specifier))
        .map((specifier) => `${path.relative(repoRoot, file)} -> ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps infrastructure code and runtime code apart: only bundles cross between them", () => {
    const files = sourceFiles(repoRoot).map((file) => [path.relative(repoRoot, file), fs.readFileSync(file, "utf8")] as const);
    const runtimeImportingCdktf = files.filter(([file, text]) => file.startsWith("runtime/") && /from\s+["'](cdktf|constructs|@cdktf\/)/.test(text));
    // Except contract files (runtime/**/contract.ts, *-contract.ts): dependency-free constants both sides share.
    const constructsImportingRuntime = files.filter(([file, text]) => /^(constructs|stacks)\//.test(file) && /from\s+["'][./]+\/runtime\/(?!(?:[\w-]+\/)*(?:[\w-]+-)?contract["'])/.test(text));
    expect(runtimeImportingCdktf.map(([file]) => file)).toEqual([]);
    expect(constructsImportingRuntime.map(([file]) => file)).toEqual([]);
  });
});
