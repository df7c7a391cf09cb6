import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const repoRoot = path.resolve(__dirname, "../..");
/** Folders that hold no source of ours: dependencies, build output, synthesized stacks, git. */
const SKIPPED_DIRS = new Set(["node_modules", ".git", "dist", "cdktf.out"]);

/** Every `*.sh` in the repository outside SKIPPED_DIRS, tracked or not (new scripts count at once). */
function shellScripts(dir = repoRoot): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : shellScripts(full);
    return entry.isFile() && entry.name.endsWith(".sh") ? [full] : [];
  });
}

function shellcheckVersion(): string | undefined {
  const result = spawnSync("shellcheck", ["--version"], { encoding: "utf8" });
  return result.status === 0 ? /version: (\S+)/.exec(result.stdout)?.[1] : undefined;
}

describe("shell scripts", () => {
  const scripts = shellScripts();

  it("finds the scripts the constructs ship, wherever they live", () => {
    const relative = scripts.map((file) => path.relative(repoRoot, file));
    expect(relative).toEqual(
      expect.arrayContaining(["constructs/swarm-services/scripts/keycloak-entrypoint.sh", "constructs/swarm-services/scripts/rocketchat-entrypoint.sh", "constructs/swarm-services/scripts/seaweedfs-init.sh"]),
    );
  });

  it("passes shellcheck with no finding at all (every severity)", () => {
    if (!shellcheckVersion()) {
      throw new Error("shellcheck is not installed; install it (Debian/Ubuntu: apt-get update && apt-get install -y shellcheck) — CI does so in .ci/run");
    }
    const result = spawnSync("shellcheck", ["--external-sources", "--severity=style", "--format=gcc", ...scripts], { cwd: repoRoot, encoding: "utf8" });
    const findings = `${result.stdout}${result.stderr}`.split("\n").filter(Boolean).map((line) => line.replace(`${repoRoot}/`, ""));
    expect({ status: result.status, findings }).toEqual({ status: 0, findings: [] });
  });
});

describe("JavaScript scripts shipped beside the constructs", () => {
  const dir = path.join(repoRoot, "constructs/swarm-services/scripts");
  const scripts = fs.readdirSync(dir).filter((name) => name.endsWith(".js"));

  it.each(scripts)("parses %s as JavaScript", (name) => {
    const result = spawnSync(process.execPath, ["--check", path.join(dir, name)], { encoding: "utf8" });
    expect({ name, status: result.status, stderr: result.stderr }).toEqual({ name, status: 0, stderr: "" });
  });
});
