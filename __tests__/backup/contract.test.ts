import { spawnSync } from "node:child_process";
import { bundleRuntime } from "../../constructs/lib/runtime-bundle";
import { BACKUP_AGENT_DEFAULTS, BACKUP_AGENT_ENV, GIB, MIB, MULTIPART_LIMITS } from "../../runtime/backup-agent/contract";
import { dumpCommand, dumpCounts, parseJobs, POSTGRES_COUNT_ROWS_SQL, POSTGRES_DUMP_SCRIPT } from "../../runtime/backup-agent/jobs";
import { readSettings } from "../../runtime/backup-agent/settings";
import { runIdFor } from "../../runtime/backup-function/run";

describe("backup contract", () => {
  it("the default part size lets 10,000 parts cover at least 500 GiB, within the 5 MiB – 5 GiB part limits", () => {
    const part = BACKUP_AGENT_DEFAULTS.partSizeMiB * MIB;
    expect(part * MULTIPART_LIMITS.maxParts).toBeGreaterThanOrEqual(500 * GIB);
    expect(part).toBeGreaterThanOrEqual(MULTIPART_LIMITS.minPartBytes);
    expect(part).toBeLessThanOrEqual(MULTIPART_LIMITS.maxPartBytes);
  });

  it("the agent bundle fits a docker config (500 KB), gzipped", () => {
    expect(bundleRuntime({ runtime: "backup-agent", target: "node-service" }).sizeBytes).toBeLessThan(500 * 1000);
  });

  it("dumps PostgreSQL with one bash script (psql exports a snapshot, pg_dump --snapshot, psql counts the rows), connection details as arguments, the password read from its file into the script's environment only", () => {
    const command = dumpCommand({ name: "keycloak-postgres", kind: "postgres", host: "keycloak-db", database: "keycloak", user: "backup", passwordFile: "/run/secrets/pw" });
    expect(command.executable).toBe("bash");
    expect(command.args).toEqual(["-c", POSTGRES_DUMP_SCRIPT, "backup-postgres", "psql", "pg_dump", "keycloak-db", "5432", "backup", "keycloak", POSTGRES_COUNT_ROWS_SQL]);
    expect(command.env).toEqual({});
    expect(command.secretEnvFiles).toEqual({ PGPASSWORD: "/run/secrets/pw" });
    expect(command.extension).toBe("pgdump");
    // The script itself: no secret in it, both tools without a prompt, one transaction snapshot.
    expect(POSTGRES_DUMP_SCRIPT).toContain("set -euo pipefail");
    expect(POSTGRES_DUMP_SCRIPT).toContain("--no-password");
    expect(POSTGRES_DUMP_SCRIPT).toContain("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;");
    expect(POSTGRES_DUMP_SCRIPT).toContain("SELECT pg_export_snapshot();");
    expect(POSTGRES_DUMP_SCRIPT).toContain('--format=custom --snapshot="$snapshot"');
    expect(POSTGRES_DUMP_SCRIPT).not.toMatch(/PGPASSWORD|keycloak/);
    // Tools can be other paths (tests, images that keep them elsewhere).
    const custom = dumpCommand({ name: "db", kind: "postgres", host: "/tmp/socket", port: 6543, database: "app", user: "u", executable: "/opt/pg/bin/pg_dump", psqlExecutable: "/opt/pg/bin/psql" });
    expect(custom.args.slice(3, 9)).toEqual(["/opt/pg/bin/psql", "/opt/pg/bin/pg_dump", "/tmp/socket", "6543", "u", "app"]);
    expect(custom.secretEnvFiles).toEqual({});
  });

  it("the PostgreSQL dump script passes shellcheck (bash, every severity)", () => {
    const version = spawnSync("shellcheck", ["--version"], { encoding: "utf8" });
    if (version.status !== 0) throw new Error("shellcheck is not installed; install it (Debian/Ubuntu: apt-get update && apt-get install -y shellcheck) — CI does so in .ci/run");
    const result = spawnSync("shellcheck", ["--shell=bash", "--severity=style", "--format=gcc", "-"], { input: POSTGRES_DUMP_SCRIPT, encoding: "utf8" });
    expect({ status: result.status, findings: `${result.stdout}${result.stderr}`.split("\n").filter(Boolean) }).toEqual({ status: 0, findings: [] });
  });

  it("reads the counts a dump reported: the PostgreSQL script's BACKUP_COUNTS line (required) and mongodump's per-collection lines", () => {
    const lines = (text: string) => (marker: string) => text.split("\n").filter((line) => line.includes(marker));
    expect(dumpCounts("postgres", lines('pg_dump: warning: x\nBACKUP_COUNTS {"public.user_entity": 50000, "app.Audit Log": 0}'))).toEqual({ "public.user_entity": 50000, "app.Audit Log": 0 });
    expect(() => dumpCounts("postgres", lines("pg_dump: done"))).toThrow(/printed no BACKUP_COUNTS line/);
    expect(() => dumpCounts("postgres", lines('BACKUP_COUNTS {"public.a": -1}'))).toThrow(/-1 rows for public\.a/);
    expect(dumpCounts("mongodb", lines("2026-12-01T02:00:03.118+0000\tdone dumping `rocketchat.users` (12 documents)"))).toEqual({ "rocketchat.users": 12 });
    expect(dumpCounts("command", lines("anything"))).toBeUndefined();
  });

  it("rejects a jobs list with every problem named", () => {
    expect(() => parseJobs(JSON.stringify([{ name: "A b", kind: "postgres" }, { name: "x", kind: "mysql" }, { name: "x", kind: "command", argv: [] }]))).toThrow(
      /jobs\[0\]\.name is "A b"[\s\S]*jobs\[0\]\.host is missing[\s\S]*jobs\[1\]\.kind is "mysql"[\s\S]*jobs\[2\]\.name "x" is used twice[\s\S]*jobs\[2\]\.argv must be a non-empty array/,
    );
  });

  it("derives the same run id for every retry of one scheduled run", () => {
    expect(runIdFor("nightly", "2026-12-01T02:00:00Z")).toBe("nightly-20261201T020000Z");
    expect(runIdFor("nightly", "2026-12-01T02:00:00.000Z")).toBe(runIdFor("nightly", "2026-12-01T02:00:00Z"));
    expect(() => runIdFor("nightly", "yesterday")).toThrow(/not a date/);
  });
});

describe("backup agent settings: age recipients", () => {
  const base = {
    [BACKUP_AGENT_ENV.audience]: "https://backup-agent.example.com",
    [BACKUP_AGENT_ENV.callerEmail]: "prod-backup@p.iam.gserviceaccount.com",
    [BACKUP_AGENT_ENV.s3Endpoint]: "http://127.0.0.1:9",
    [BACKUP_AGENT_ENV.bucket]: "b",
    [BACKUP_AGENT_ENV.jobs]: "[]",
  };
  const problems = (recipients: string): string => {
    try {
      readSettings({ ...base, [BACKUP_AGENT_ENV.ageRecipients]: recipients });
      return "";
    } catch (error) {
      return (error as Error).message;
    }
  };
  // Made with age-keygen (identity discarded); its last character changed breaks the bech32 checksum.
  const valid = "age17x4wfvwuffw0ql9qqu7luqdnz3fquxphqw6armu667jt494j75jqk56u0f";

  it("accepts X25519 recipients and refuses, at start, a bad checksum, a post-quantum key and an identity (never echoed)", () => {
    expect(problems(valid)).not.toContain(BACKUP_AGENT_ENV.ageRecipients);
    expect(problems(valid.slice(0, -1) + "g")).toMatch(new RegExp(`${BACKUP_AGENT_ENV.ageRecipients}: "age17x4wfvwu…" is not valid bech32`));
    expect(problems(`age1pq1${"q".repeat(60)}`)).toMatch(/post-quantum or tagged age recipient; only X25519/);
    const identity = "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ";
    const message = problems(`${valid},${identity}`);
    expect(message).toMatch(/not an age X25519 recipient \(expected age1…; public keys only\)/);
    expect(message).not.toContain(identity.slice(15));
  });
});
