// PostgreSQL side of a restore: the target database (a new scratch database by default), an
// emptiness check, pg_restore, and the same row count statement the backup ran in its snapshot.
import { POSTGRES_COUNT_ROWS_SQL } from "../backup-agent/jobs";
import { RestoreError } from "./errors";
import { runTool, tail } from "./process";

export interface PostgresServer {
  /** The URL without a database and without the password. */
  readonly base: URL;
  /** The password from the URL, handed to the tools as PGPASSWORD (never on their command line). */
  readonly env: Readonly<Record<string, string>>;
  readonly psql: string;
  readonly pgRestore: string;
}

/** The server of `--target` (or libpq's environment when there is none) and the database it names. */
export function postgresServer(target: string | undefined, tools: { psql: string; pgRestore: string }): { server: PostgresServer; database?: string } {
  const url = new URL(target ?? "postgresql://");
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = "";
  const database = url.pathname.replace(/^\//, "") ? decodeURIComponent(url.pathname.replace(/^\//, "")) : undefined;
  url.pathname = "";
  return { server: { base: url, env: password ? { PGPASSWORD: password } : {}, psql: tools.psql, pgRestore: tools.pgRestore }, database };
}

/** A libpq connection URL for `database` on the server (no password in it). */
export function databaseUrl(server: PostgresServer, database: string): string {
  const url = new URL(server.base.href);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.href;
}

/** Runs SQL (on stdin, so psql variables `:'name'` / `:"name"` quote values) and returns its unaligned output. */
async function psql(server: PostgresServer, database: string, sql: string, variables: Record<string, string> = {}): Promise<string> {
  const args = ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "--no-password", `--dbname=${databaseUrl(server, database)}`];
  for (const [name, value] of Object.entries(variables)) args.push("-v", `${name}=${value}`);
  const result = await runTool(server.psql, args, { input: sql, env: server.env });
  if (result.code !== 0) throw new Error(`psql on ${database} exited with ${result.code ?? result.signal}: ${tail(result.stderr, 500)}`);
  return result.stdout.trim();
}

/** The maintenance database scratch databases are created from and dropped through. */
const MAINTENANCE_DB = "postgres";

export async function databaseExists(server: PostgresServer, name: string): Promise<boolean> {
  return (await psql(server, MAINTENANCE_DB, "SELECT count(*) FROM pg_database WHERE datname = :'name';", { name })) !== "0";
}

/** Tables, views, sequences, … outside the system schemas. */
export async function userRelations(server: PostgresServer, database: string): Promise<number> {
  const sql = "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%';";
  return Number(await psql(server, database, sql));
}

export async function createDatabase(server: PostgresServer, name: string): Promise<void> {
  // template0: nothing a template1 customisation added can collide with the dump's objects.
  await psql(server, MAINTENANCE_DB, 'CREATE DATABASE :"name" TEMPLATE template0;', { name });
}

export async function dropDatabase(server: PostgresServer, name: string): Promise<void> {
  await psql(server, MAINTENANCE_DB, 'DROP DATABASE IF EXISTS :"name" WITH (FORCE);', { name });
}

/** The database the dump was taken from (`; dbname: …` in the archive's table of contents). */
export async function dumpedDatabase(server: PostgresServer, dumpFile: string): Promise<string> {
  const result = await runTool(server.pgRestore, ["--list", dumpFile]);
  const name = /^;\s+dbname: (.+)$/m.exec(result.stdout)?.[1]?.trim();
  if (result.code !== 0 || !name) throw new RestoreError("restore", `pg_restore --list ${dumpFile} did not name the dumped database (exit ${result.code ?? result.signal}): ${tail(result.stderr, 500)}`);
  return name;
}

/** `<db>_restore_<yyyymmddhhmm>`, within PostgreSQL's 63-byte identifiers. */
export function scratchName(source: string, stamp: string): string {
  const base = source.toLowerCase().replace(/[^a-z0-9_]+/g, "_").slice(0, 63 - `_restore_${stamp}_9`.length);
  return `${base}_restore_${stamp}`;
}

/**
 * The database to restore into, created when needed: the named one (refused when it holds
 * relations, unless `force`), or a new scratch database (a free `_2`, `_3`, … when the minute's
 * name is taken). `created` says whether this restore made it.
 */
export async function prepareTarget(server: PostgresServer, named: string | undefined, source: string, stamp: string, force: boolean): Promise<{ database: string; created: boolean }> {
  try {
    if (named) {
      if (!(await databaseExists(server, named))) {
        await createDatabase(server, named);
        return { database: named, created: true };
      }
      const relations = await userRelations(server, named);
      if (relations > 0 && !force) throw new RestoreError("target", `database ${named} on ${server.base.href} already holds ${relations} relations: refused (restore into a new database, or add --force to restore over it with pg_restore --clean)`);
      return { database: named, created: false };
    }
    const first = scratchName(source, stamp);
    for (let i = 1; i <= 9; i++) {
      const candidate = i === 1 ? first : `${first}_${i}`;
      if (await databaseExists(server, candidate)) continue;
      await createDatabase(server, candidate);
      return { database: candidate, created: true };
    }
    throw new RestoreError("target", `scratch databases ${first} … ${first}_9 all exist on ${server.base.href}; drop them or name a --target database`);
  } catch (error) {
    if (error instanceof RestoreError) throw error;
    throw new RestoreError("target", (error as Error).message);
  }
}

/** pg_restore of the whole dump; stops at the first error (a partial restore is a failed one). */
export async function pgRestore(server: PostgresServer, database: string, dumpFile: string, options: { clean: boolean; noPrivileges: boolean }): Promise<void> {
  const args = ["--exit-on-error", "--no-owner", ...(options.noPrivileges ? ["--no-privileges"] : []), ...(options.clean ? ["--clean", "--if-exists"] : []), "--no-password", `--dbname=${databaseUrl(server, database)}`, dumpFile];
  const result = await runTool(server.pgRestore, args, { env: server.env });
  if (result.code !== 0) throw new RestoreError("restore", `pg_restore into ${database} exited with ${result.code ?? result.signal}: ${tail(result.stderr)}`);
}

/** Row counts of the restored database, with the statement the backup counted with. */
export async function countRows(server: PostgresServer, database: string): Promise<Record<string, number>> {
  try {
    return JSON.parse(await psql(server, database, POSTGRES_COUNT_ROWS_SQL)) as Record<string, number>;
  } catch (error) {
    throw new RestoreError("count", `counting rows in ${database}: ${(error as Error).message}`);
  }
}
