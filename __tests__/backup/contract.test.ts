import { bundleRuntime } from "../../constructs/lib/runtime-bundle";
import { BACKUP_AGENT_DEFAULTS, GIB, MIB, MULTIPART_LIMITS } from "../../runtime/backup-agent/contract";
import { dumpCommand, parseJobs } from "../../runtime/backup-agent/jobs";
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

  it("dumps PostgreSQL in custom format to stdout without a password prompt, the password read from its file into pg_dump's environment only", () => {
    const command = dumpCommand({ name: "keycloak-postgres", kind: "postgres", host: "keycloak-db", database: "keycloak", user: "backup", passwordFile: "/run/secrets/pw" });
    expect(command.executable).toBe("pg_dump");
    expect(command.args).toEqual(["--format=custom", "--no-password", "--host=keycloak-db", "--port=5432", "--username=backup", "--dbname=keycloak"]);
    expect(command.env).toEqual({});
    expect(command.secretEnvFiles).toEqual({ PGPASSWORD: "/run/secrets/pw" });
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
