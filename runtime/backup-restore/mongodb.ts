// MongoDB side of a restore: mongorestore of the archive with each dumped database renamed to a
// scratch database (`--nsInclude` + `--nsFrom`/`--nsTo`; no `--oplogReplay`, which mongorestore
// refuses with renames: contract §5), the URI in a `--config` file rather than on the command
// line, and the document counts from mongorestore's own per-collection report.
import * as fs from "node:fs";
import * as path from "node:path";
import { parseMongorestoreCounts } from "../backup-agent/jobs";
import { RestoreError } from "./errors";
import { runTool, tail } from "./process";

/** MongoDB's own databases: never restored over a deployment's. */
const SYSTEM_DATABASES = new Set(["admin", "config", "local"]);
export const DEFAULT_MONGO_TARGET = "mongodb://127.0.0.1:27017";

export interface NamespaceRename {
  readonly from: string;
  readonly to: string;
}

/** `db.*` → `db`. */
const databaseOfPattern = (pattern: string) => pattern.slice(0, -2);

/**
 * The renames: the given ones, or each database the manifest counted (not admin/config/local) to
 * `<db>_restore_<stamp>`. Restoring onto a database's own name replaces its collections (`--drop`),
 * so that needs `force`.
 */
export function planRenames(counts: Readonly<Record<string, number>> | undefined, given: readonly NamespaceRename[], stamp: string, force: boolean): NamespaceRename[] {
  if (given.length > 0) {
    const onto = given.filter((rename) => rename.from === rename.to);
    if (onto.length > 0 && !force) throw new RestoreError("target", `--nsTo ${onto.map((r) => r.to).join(", ")} is the dumped database's own name: mongorestore --drop would replace its collections; add --force if that is meant`);
    return [...given];
  }
  const databases = [...new Set(Object.keys(counts ?? {}).map((ns) => ns.slice(0, ns.indexOf("."))))].filter((db) => db && !SYSTEM_DATABASES.has(db)).sort();
  if (databases.length === 0) throw new RestoreError("target", "the manifest counts no application database (no `done dumping` lines were recorded): name the databases with --nsFrom <db>.* --nsTo <scratch>.*");
  return databases.map((db) => ({ from: `${db}.*`, to: `${db.slice(0, 40)}_restore_${stamp}.*` }));
}

export function mongorestoreArgs(configFile: string, archiveFile: string, renames: readonly NamespaceRename[]): string[] {
  return [
    `--config=${configFile}`,
    `--archive=${archiveFile}`,
    "--gzip",
    "--drop",
    "--stopOnError",
    ...renames.map((rename) => `--nsInclude=${rename.from}`),
    ...renames.flatMap((rename) => [`--nsFrom=${rename.from}`, `--nsTo=${rename.to}`]),
  ];
}

/** The backup's counts of the renamed databases, under their restored names. */
export function expectedAfterRenames(counts: Readonly<Record<string, number>>, renames: readonly NamespaceRename[]): Record<string, number> {
  const expected: Record<string, number> = {};
  for (const [ns, n] of Object.entries(counts)) {
    const rename = renames.find((r) => ns.startsWith(`${databaseOfPattern(r.from)}.`));
    if (rename) expected[`${databaseOfPattern(rename.to)}${ns.slice(databaseOfPattern(rename.from).length)}`] = n;
  }
  return expected;
}

/** Runs mongorestore; returns the documents restored per (renamed) collection. */
export async function mongorestore(options: { executable: string; uri: string; workDir: string; archiveFile: string; renames: readonly NamespaceRename[]; onLine?: (line: string) => void }): Promise<Record<string, number>> {
  // The URI (with its password) in a private file, as the backup does for mongodump.
  const configFile = path.join(options.workDir, "mongorestore.yaml");
  fs.writeFileSync(configFile, `uri: ${JSON.stringify(options.uri)}\n`, { mode: 0o600, flag: "wx" });
  try {
    const lines: string[] = [];
    let result;
    try {
      result = await runTool(options.executable, mongorestoreArgs(configFile, options.archiveFile, options.renames), {
        onStderrLine: (line) => {
          if (line.includes("finished restoring ")) lines.push(line);
          options.onLine?.(line);
        },
      });
    } catch (error) {
      throw new RestoreError("restore", (error as Error).message);
    }
    if (result.code !== 0) throw new RestoreError("restore", `mongorestore exited with ${result.code ?? result.signal}: ${tail(result.stderr)}`);
    const { restored, failures } = parseMongorestoreCounts(lines);
    const failed = Object.entries(failures).filter(([, n]) => n > 0);
    if (failed.length > 0) throw new RestoreError("restore", `mongorestore could not insert some documents: ${failed.map(([ns, n]) => `${ns}: ${n} failed`).join(", ")}`);
    return restored;
  } finally {
    fs.rmSync(configFile, { force: true });
  }
}

/** Drops the drill's scratch databases (the driver, as mongorestore cannot). */
export async function dropDatabases(uri: string, databases: readonly string[]): Promise<void> {
  const { MongoClient } = await import("mongodb");
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 15_000 });
  try {
    for (const name of databases) await client.db(name).dropDatabase();
  } finally {
    await client.close();
  }
}
