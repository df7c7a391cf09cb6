// Command lines of the dump jobs. Each writes one archive to stdout; the agent never gives a dump
// tool a file to write to, so nothing unencrypted lands on disk.
import type { BackupJobSpec } from "./contract";

export interface DumpCommand {
  readonly executable: string;
  readonly args: readonly string[];
  /** Extra plain environment for the dump process only. */
  readonly env: Readonly<Record<string, string>>;
  /**
   * Environment read from files just before the tool starts (variable → file), for secrets: the
   * file is read where the tool runs (here, or inside a swarm job from its docker secret), so a
   * secret never travels through a command line or a service spec.
   */
  readonly secretEnvFiles: Readonly<Record<string, string>>;
  /** Archive extension before `.age`. */
  readonly extension: string;
}

/**
 * - postgres: `pg_dump` custom format (compressed by default) to stdout; pg_dump reads the whole
 *   database in one repeatable-read transaction, so the dump is consistent without blocking
 *   writers (contract §5). `--no-password` makes a missing password fail instead of waiting for a
 *   prompt; the password reaches pg_dump as PGPASSWORD in its own environment only.
 * - mongodb: `mongodump --archive --gzip --oplog` from a secondary: `--oplog` captures the writes
 *   made during the dump, so `mongorestore --oplogReplay` gives one point in time (contract §5);
 *   the URI (with the password of a user holding only the `backup` role) comes from `--config`.
 */
export function dumpCommand(job: BackupJobSpec): DumpCommand {
  switch (job.kind) {
    case "postgres":
      return {
        executable: job.executable ?? "pg_dump",
        args: ["--format=custom", "--no-password", `--host=${job.host}`, `--port=${job.port ?? 5432}`, `--username=${job.user}`, `--dbname=${job.database}`],
        env: {},
        secretEnvFiles: job.passwordFile ? { PGPASSWORD: job.passwordFile } : {},
        extension: "pgdump",
      };
    case "mongodb":
      return {
        executable: job.executable ?? "mongodump",
        args: [`--config=${job.configFile}`, "--archive", "--gzip", "--oplog", "--readPreference=secondary"],
        env: {},
        secretEnvFiles: {},
        extension: "archive.gz",
      };
    case "command":
      if (job.argv.length === 0) throw new Error(`job "${job.name}": argv is empty`);
      return { executable: job.argv[0], args: job.argv.slice(1), env: {}, secretEnvFiles: {}, extension: job.extension ?? "bin" };
  }
}

/** Parses and checks BACKUP_JOBS; every problem at once. */
export function parseJobs(json: string): BackupJobSpec[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new Error(`BACKUP_JOBS is not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new Error("BACKUP_JOBS must be a JSON array of jobs");
  const problems: string[] = [];
  const names = new Set<string>();
  parsed.forEach((job: Record<string, unknown>, i) => {
    const name = job?.name;
    if (typeof name !== "string" || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(name)) problems.push(`jobs[${i}].name is ${JSON.stringify(name)}; use lower-case letters, digits and dashes`);
    else if (names.has(name)) problems.push(`jobs[${i}].name "${name}" is used twice`);
    else names.add(name);
    if (job?.kind === "postgres") {
      for (const field of ["host", "database", "user"]) if (typeof job[field] !== "string" || !job[field]) problems.push(`jobs[${i}].${field} is missing`);
    } else if (job?.kind === "mongodb") {
      if (typeof job.configFile !== "string" || !job.configFile) problems.push(`jobs[${i}].configFile is missing`);
    } else if (job?.kind === "command") {
      if (!Array.isArray(job.argv) || job.argv.length === 0 || job.argv.some((a) => typeof a !== "string")) problems.push(`jobs[${i}].argv must be a non-empty array of strings`);
    } else problems.push(`jobs[${i}].kind is ${JSON.stringify(job?.kind)}; use "postgres", "mongodb" or "command"`);
  });
  if (problems.length > 0) throw new Error(`BACKUP_JOBS:\n  - ${problems.join("\n  - ")}`);
  return parsed as BackupJobSpec[];
}
