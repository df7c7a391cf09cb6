import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const repoRoot = path.resolve(__dirname, "../..");
const SCRIPTS = "constructs/swarm-services/scripts";

describe("scripts in the npm package", () => {
  it("ships every script the swarm services read at synth (constructs read them from the package root)", () => {
    // --ignore-scripts: list what would be packed without building dist/.
    const packed = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: repoRoot, encoding: "utf8" })) as Array<{ files: Array<{ path: string }> }>;
    const files = new Set(packed[0].files.map((f) => f.path));
    const scripts = fs.readdirSync(path.join(repoRoot, SCRIPTS)).map((name) => `${SCRIPTS}/${name}`);
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    expect(scripts.filter((file) => !files.has(file))).toEqual([]);
  });
});
