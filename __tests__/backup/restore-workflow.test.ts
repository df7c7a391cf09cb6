/**
 * The scheduled restore drill (.github/workflows/restore-drill.yml): where the age identity lives,
 * so it is a CI job and not a Cloud Scheduler job. Checked as parsed YAML: the schedule, the
 * scratch databases, the command, and that every credential comes from a secret or variable.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";

const file = path.resolve(__dirname, "../../.github/workflows/restore-drill.yml");
const text = fs.readFileSync(file, "utf8");
const workflow = parse(text) as {
  on: { schedule: Array<{ cron: string }> };
  permissions: Record<string, string>;
  jobs: { drill: { services: Record<string, { image: string; env?: Record<string, string> }>; steps: Array<{ id?: string; run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, unknown> }> } };
};
const steps = workflow.jobs.drill.steps;

describe("restore drill workflow", () => {
  it("runs weekly on a valid five-field cron", () => {
    expect(workflow.on.schedule).toHaveLength(1);
    const fields = workflow.on.schedule[0].cron.split(/\s+/);
    expect(fields).toHaveLength(5);
    expect(fields[4]).toMatch(/^[0-6]$/); // one day of the week
    expect(fields.slice(2, 4)).toEqual(["*", "*"]);
  });

  it("restores into throwaway postgres:16.10 and mongo:7.0.28 service containers on the runner's loopback", () => {
    const services = workflow.jobs.drill.services;
    expect(services.postgres.image).toBe("postgres:16.10");
    expect(services.mongo.image).toBe("mongo:7.0.28");
    expect(text).toContain("127.0.0.1:5432:5432");
    expect(text).toContain("127.0.0.1:27017:27017");
  });

  it("runs npm ci, then npm run restore -- --drill with the identity written to a private temp file", () => {
    const runs = steps.map((step) => step.run ?? "");
    const ci = runs.findIndex((run) => /^npm ci\b/.test(run.trim()));
    const drill = runs.findIndex((run) => run.includes("npm run restore -- --drill"));
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(drill).toBeGreaterThan(ci);
    expect(runs[drill]).toContain("umask 077");
    expect(runs[drill]).toMatch(/--identity "\$identity"/);
  });

  it("keeps the age identity as its only GitHub secret (no key, token or password in the file), with only read and OIDC permissions", () => {
    expect(text).not.toMatch(/AGE-SECRET-KEY-|\b[0-9a-f]{64}\b|AKIA[0-9A-Z]{16}|-----BEGIN/);
    expect([...new Set(text.match(/secrets\.[A-Za-z0-9_]+/g))]).toEqual(["secrets.BACKUP_AGE_IDENTITY"]);
    const drillEnv = steps.find((step) => step.run?.includes("--drill"))!.env!;
    expect(drillEnv.BACKUP_AGE_IDENTITY).toBe("${{ secrets.BACKUP_AGE_IDENTITY }}");
    expect(drillEnv.AWS_ACCESS_KEY_ID).toBeUndefined();
    expect(drillEnv.AWS_SECRET_ACCESS_KEY).toBeUndefined();
    expect(workflow.permissions).toEqual({ contents: "read", "id-token": "write" });
    // No ${{ }} expression inside a shell script (script injection): values reach scripts as env.
    for (const step of steps) expect(step.run ?? "").not.toContain("${{");
  });

  it("authenticates to Google through Workload Identity Federation with a pinned google-github-actions/auth, from variables, without a key file", () => {
    const auth = steps.filter((step) => step.uses?.startsWith("google-github-actions/auth@"));
    expect(auth).toHaveLength(1);
    // A full commit (the comment names its tag), not a movable tag.
    expect(auth[0].uses).toMatch(/^google-github-actions\/auth@[0-9a-f]{40}$/);
    expect(text).toMatch(/google-github-actions\/auth@[0-9a-f]{40} # v\d+\.\d+\.\d+/);
    expect(auth[0].with).toEqual({
      workload_identity_provider: "${{ vars.BACKUP_DRILL_WORKLOAD_IDENTITY_PROVIDER }}",
      service_account: "${{ vars.BACKUP_DRILL_SERVICE_ACCOUNT }}",
      token_format: "access_token",
    });
    const authIndex = steps.indexOf(auth[0]);
    const drillIndex = steps.findIndex((step) => step.run?.includes("--drill"));
    expect(authIndex).toBeGreaterThanOrEqual(0);
    expect(drillIndex).toBeGreaterThan(authIndex);
  });

  it("reads the read-only R2 credentials from the Secret Manager secrets named by variables, masks them and exports them for the drill", () => {
    const drill = steps.find((step) => step.run?.includes("--drill"))!;
    expect(drill.env).toMatchObject({
      GOOGLE_ACCESS_TOKEN: `\${{ steps.${(steps.find((s) => s.uses?.startsWith("google-github-actions/auth@")) as { id?: string }).id}.outputs.access_token }}`,
      R2_ACCESS_KEY_ID_SECRET: "${{ vars.BACKUP_DRILL_R2_ACCESS_KEY_ID_SECRET }}",
      R2_SECRET_ACCESS_KEY_SECRET: "${{ vars.BACKUP_DRILL_R2_SECRET_ACCESS_KEY_SECRET }}",
    });
    const run = drill.run!;
    expect(run).toContain("set -euo pipefail");
    expect(run).toContain("https://secretmanager.googleapis.com/v1/$1/versions/latest:access");
    expect(run).toMatch(/AWS_ACCESS_KEY_ID="\$\(secret "\$R2_ACCESS_KEY_ID_SECRET"\)"/);
    expect(run).toMatch(/AWS_SECRET_ACCESS_KEY="\$\(secret "\$R2_SECRET_ACCESS_KEY_SECRET"\)"/);
    for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]) {
      expect(run.indexOf(`echo "::add-mask::$${name}"`)).toBeGreaterThan(run.indexOf(`${name}="$(secret`));
    }
    expect(run.indexOf("export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY")).toBeLessThan(run.indexOf("npm run restore"));
  });

  it("its shell steps pass shellcheck (bash, every severity)", () => {
    if (spawnSync("shellcheck", ["--version"]).status !== 0) throw new Error("shellcheck is not installed; install it (apt-get install -y shellcheck) — CI does so in .ci/run");
    for (const step of steps.filter((s) => s.run)) {
      const result = spawnSync("shellcheck", ["--shell=bash", "--severity=style", "--format=gcc", "-"], { input: `set -eo pipefail\n${step.run}`, encoding: "utf8" });
      expect({ run: step.run, findings: result.stdout.split("\n").filter(Boolean) }).toEqual({ run: step.run, findings: [] });
    }
  });
});
