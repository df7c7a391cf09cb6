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

  it("keeps infrastructure code and runtime code apart: only bundles cross between them", () => {
    const files = sourceFiles(repoRoot).map((file) => [path.relative(repoRoot, file), fs.readFileSync(file, "utf8")] as const);
    const runtimeImportingCdktf = files.filter(([file, text]) => file.startsWith("runtime/") && /from\s+["'](cdktf|constructs|@cdktf\/)/.test(text));
    const constructsImportingRuntime = files.filter(([file, text]) => /^(constructs|stacks)\//.test(file) && /from\s+["'][./]+\/runtime\//.test(text));
    expect(runtimeImportingCdktf.map(([file]) => file)).toEqual([]);
    expect(constructsImportingRuntime.map(([file]) => file)).toEqual([]);
  });
});
