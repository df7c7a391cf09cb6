// Command lines of the dump jobs. Each writes one archive to stdout; the agent never gives a dump
// tool a file to write to, so nothing unencrypted lands on disk. Facts a dump reports besides the
// archive (row / document counts) come on stderr, in lines the dump source keeps (dump-source.ts).
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

/** Marker of the one stderr line the PostgreSQL dump script reports its row counts with. */
export const POSTGRES_COUNTS_MARKER = "BACKUP_COUNTS ";
/** Marker of mongodump's per-collection line (mongo-tools mongodump/mongodump.go). */
export const MONGODUMP_COUNT_MARKER = "done dumping ";

/**
 * Exact row counts of every table pg_dump dumps data of, as one JSON object `{"schema.table": n}`
 * (plain and partition tables; not catalogs, not tables that belong to an extension). One
 * statement, so it sees one snapshot: run inside the dump's transaction it counts what the dump
 * holds; run after a restore it counts what was restored. `query_to_xml` runs a `count(*)` per
 * table from inside the statement (identifiers quoted by `format('%I')`).
 */
export const POSTGRES_COUNT_ROWS_SQL = [
  "SELECT coalesce(jsonb_object_agg(n.nspname || '.' || c.relname,",
  "  (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text::bigint), '{}'::jsonb)",
  "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace",
  "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'",
  "  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e');",
].join("\n");

/**
 * The PostgreSQL dump as one bash script (bash, psql and pg_dump are all it needs: the postgres
 * image has them). Positional parameters: psql, pg_dump, host, port, user, database, count SQL.
 *
 * 1. A psql coprocess opens `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY` and exports its
 *    snapshot (`pg_export_snapshot()`).
 * 2. `pg_dump --snapshot=<id> --format=custom` dumps exactly that snapshot to stdout (the archive).
 * 3. The same psql session, still in the transaction, counts every table's rows: the counts are
 *    those of the dump, whatever was written meanwhile. They go to stderr as one line
 *    `BACKUP_COUNTS {"schema.table": n, ...}`, after which the transaction is committed.
 *
 * `row_security = off` as pg_dump sets it: a table the user may only partly read fails the count
 * (as it fails the dump) instead of counting fewer rows. The exit status is pg_dump's failure, or
 * psql's, or 1 when psql ended early; every failure says which step on stderr.
 */
export const POSTGRES_DUMP_SCRIPT = `set -euo pipefail
psql_bin=$1 pg_dump_bin=$2 database=$6 count_sql=$7
connection=(--host="$3" --port="$4" --username="$5" --no-password)
coproc session { exec "$psql_bin" "\${connection[@]}" --dbname="$database" -X -q -A -t -v ON_ERROR_STOP=1; }
session_pid=$!
exec {to_session}>&"\${session[1]}" {from_session}<&"\${session[0]}"
fail_with_session() {
  local status=0
  kill "$session_pid" 2>/dev/null || true
  wait "$session_pid" || status=$?
  echo "backup-postgres: $1 (psql exit status $status)" >&2
  exit $((status == 0 ? 1 : status))
}
printf '%s\\n' 'SET row_security = off;' 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;' 'SELECT pg_export_snapshot();' >&"$to_session"
snapshot=
if ! read -r -t 300 snapshot <&"$from_session" || [[ ! $snapshot =~ ^[0-9A-Fa-f-]+$ ]]; then
  fail_with_session "psql did not export a snapshot"
fi
status=0
"$pg_dump_bin" "\${connection[@]}" --dbname="$database" --format=custom --snapshot="$snapshot" || status=$?
if ((status != 0)); then
  echo "backup-postgres: pg_dump exited with $status" >&2
  kill "$session_pid" 2>/dev/null || true
  exit "$status"
fi
printf '%s\\n' "$count_sql" >&"$to_session"
counts=
if ! read -r counts <&"$from_session"; then
  fail_with_session "psql ended before printing the row counts"
fi
printf '%s\\n' 'COMMIT;' '\\q' >&"$to_session"
exec {to_session}>&-
wait "$session_pid"
printf '${POSTGRES_COUNTS_MARKER}%s\\n' "$counts" >&2
`;

/**
 * - postgres: `bash -c POSTGRES_DUMP_SCRIPT`: pg_dump custom format (compressed by default) to
 *   stdout from a snapshot exported by a psql session that then counts the rows of that snapshot
 *   (see POSTGRES_DUMP_SCRIPT). Consistent without blocking writers (contract §5).
 *   `--no-password` makes a missing password fail instead of waiting for a prompt; the password
 *   reaches psql and pg_dump as PGPASSWORD in the script's own environment only.
 * - mongodb: `mongodump --archive --gzip --oplog` from a secondary: `--oplog` captures the writes
 *   made during the dump, so `mongorestore --oplogReplay` gives one point in time (contract §5);
 *   the URI (with the password of a user holding only the `backup` role) comes from `--config`.
 *   Its `done dumping <ns> (<n> documents)` lines are the document counts.
 */
export function dumpCommand(job: BackupJobSpec): DumpCommand {
  switch (job.kind) {
    case "postgres":
      return {
        executable: "bash",
        args: ["-c", POSTGRES_DUMP_SCRIPT, "backup-postgres", job.psqlExecutable ?? "psql", job.executable ?? "pg_dump", job.host, String(job.port ?? 5432), job.user, job.database, POSTGRES_COUNT_ROWS_SQL],
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
    case "seaweedfs":
      // No tool: the agent reads the filer itself (seaweedfs/source.ts, started by the server as
      // the job's dump source); this names it in error texts and gives the archive's extension.
      return { executable: "seaweedfs-filer-reader", args: [job.filerUrl, job.path ?? "/"], env: {}, secretEnvFiles: {}, extension: "tar" };
  }
}

/** Where a finished dump's stderr lines come from (DumpSource.stderrLines). */
export type StderrLines = (marker: string) => readonly string[];

/**
 * The row / document counts a dump that exited 0 reported, or undefined for a kind that reports
 * none (`command`). Throws when a PostgreSQL dump printed no valid BACKUP_COUNTS line: the script
 * always prints one on success, so its absence means the dump did not run as written (or its
 * stderr was lost), and a backup whose contents cannot be checked on restore is not accepted.
 */
export function dumpCounts(kind: BackupJobSpec["kind"], lines: StderrLines): Record<string, number> | undefined {
  switch (kind) {
    case "postgres": {
      const reported = lines(POSTGRES_COUNTS_MARKER);
      if (reported.length === 0) throw new Error(`the dump script exited 0 but printed no ${POSTGRES_COUNTS_MARKER.trim()} line, so its row counts are unknown`);
      return parsePostgresCounts(reported[reported.length - 1]);
    }
    case "mongodb":
      return parseMongodumpCounts(lines(MONGODUMP_COUNT_MARKER));
    case "command":
    case "seaweedfs":
      return undefined;
  }
}

/** `BACKUP_COUNTS {"public.a": 3}` → `{ "public.a": 3 }`; throws on anything else. */
export function parsePostgresCounts(line: string): Record<string, number> {
  const json = line.slice(line.indexOf(POSTGRES_COUNTS_MARKER) + POSTGRES_COUNTS_MARKER.length).trim();
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error(`the ${POSTGRES_COUNTS_MARKER.trim()} line is not JSON: ${json.slice(0, 200)}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error(`the ${POSTGRES_COUNTS_MARKER.trim()} line is not an object: ${json.slice(0, 200)}`);
  for (const [table, count] of Object.entries(parsed)) {
    if (!Number.isSafeInteger(count) || (count as number) < 0) throw new Error(`the ${POSTGRES_COUNTS_MARKER.trim()} line has ${JSON.stringify(count)} rows for ${table}`);
  }
  return parsed as Record<string, number>;
}

/**
 * mongodump's per-collection lines → `{ "db.collection": n }`. mongo-tools logs
 * `<time>\tdone dumping <ns> (<n> document[s])`, the namespace plain up to 100.15 and Go-quoted
 * (`%#q`: in backquotes, or in double quotes when it holds a backquote) since 100.16.
 */
export function parseMongodumpCounts(lines: readonly string[]): Record<string, number> {
  return parseToolCounts(lines, /done dumping (`[^`]*`|"(?:[^"\\]|\\.)*"|\S+) \((\d+) documents?\)/);
}

/** mongorestore's per-collection lines `finished restoring <ns> (<n> document[s], <f> failure[s])` → successes and failures. */
export function parseMongorestoreCounts(lines: readonly string[]): { restored: Record<string, number>; failures: Record<string, number> } {
  const pattern = /finished restoring (`[^`]*`|"(?:[^"\\]|\\.)*"|\S+) \((\d+) documents?, (\d+) failures?\)/;
  const restored: Record<string, number> = {};
  const failures: Record<string, number> = {};
  for (const line of lines) {
    const match = pattern.exec(line);
    if (!match) continue;
    const ns = unquoteNamespace(match[1]);
    restored[ns] = (restored[ns] ?? 0) + Number(match[2]);
    failures[ns] = (failures[ns] ?? 0) + Number(match[3]);
  }
  return { restored, failures };
}

function parseToolCounts(lines: readonly string[], pattern: RegExp): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of lines) {
    const match = pattern.exec(line);
    if (match) counts[unquoteNamespace(match[1])] = Number(match[2]);
  }
  return counts;
}

function unquoteNamespace(quoted: string): string {
  if (quoted.startsWith("`") && quoted.endsWith("`")) return quoted.slice(1, -1);
  if (quoted.startsWith('"') && quoted.endsWith('"')) {
    try {
      return JSON.parse(quoted) as string;
    } catch {
      return quoted.slice(1, -1);
    }
  }
  return quoted;
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
    } else if (job?.kind === "seaweedfs") {
      if (typeof job.filerUrl !== "string" || !/^https?:\/\/[^\s/?#]+\/?$/.test(job.filerUrl)) problems.push(`jobs[${i}].filerUrl is ${JSON.stringify(job.filerUrl)}; give scheme, host and port only, e.g. "http://prod-seaweedfs-filer:8888"`);
      if (job.path !== undefined && (typeof job.path !== "string" || !job.path.startsWith("/") || job.path.split("/").some((segment) => segment === "." || segment === ".."))) problems.push(`jobs[${i}].path is ${JSON.stringify(job.path)}; give an absolute filer directory, e.g. "/buckets"`);
      if (job.pageSize !== undefined && (!Number.isInteger(job.pageSize) || (job.pageSize as number) < 1 || (job.pageSize as number) > 100_000)) problems.push(`jobs[${i}].pageSize is ${JSON.stringify(job.pageSize)}; use 1..100000`);
      const days = job.retentionDays as Record<string, unknown> | undefined;
      if (days !== undefined && !(typeof days === "object" && days !== null && ["daily", "weekly", "monthly"].every((tier) => Number.isInteger(days[tier]) && (days[tier] as number) > 0))) problems.push(`jobs[${i}].retentionDays must hold whole days for daily, weekly and monthly`);
      if (job.swarm !== undefined) problems.push(`jobs[${i}].swarm is set; a seaweedfs job runs in the agent (remove swarm)`);
    } else problems.push(`jobs[${i}].kind is ${JSON.stringify(job?.kind)}; use "postgres", "mongodb", "command" or "seaweedfs"`);
  });
  if (problems.length > 0) throw new Error(`BACKUP_JOBS:\n  - ${problems.join("\n  - ")}`);
  return parsed as BackupJobSpec[];
}
