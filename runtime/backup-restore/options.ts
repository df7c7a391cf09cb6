// The restore command's options: parsed and checked before anything is downloaded.
import * as path from "node:path";
import { parseArgs } from "node:util";
import { BACKUP_TIERS, type BackupTier } from "../backup-agent/contract";
import { RestoreError } from "./errors";

export type Decrypter = "auto" | "age" | "library";

export interface RestoreOptions {
  readonly bucket: string;
  /** R2's S3 endpoint; @default the SDK's AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL */
  readonly endpoint?: string;
  readonly identityFile: string;
  /** @default the newest verified run in Firestore `backups` */
  readonly runId?: string;
  /** Job names; @default every job of the run (the drill: its postgres, mongodb and seaweedfs jobs) */
  readonly jobs: readonly string[];
  /** Only for finding a run's objects without Firestore. @default every tier */
  readonly tier?: BackupTier;
  /** A PostgreSQL connection URL (server, or server + database). @default libpq's environment (PGHOST, PGUSER, …) */
  readonly postgresTarget?: string;
  /** A MongoDB URI. @default mongodb://127.0.0.1:27017 */
  readonly mongoTarget?: string;
  /**
   * The directory SeaweedFS files are restored into (absent or empty; `force` replaces a non-empty one).
   * @default a new `seaweedfs-restore-<yyyymmddhhmm>` in the current directory
   */
  readonly directoryTarget?: string;
  /** `--nsFrom`/`--nsTo` pairs (`db.*` → `other.*`). @default each dumped database → `<db>_restore_<stamp>` */
  readonly namespaces: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  readonly force: boolean;
  readonly noPrivileges: boolean;
  readonly drill: boolean;
  /** Drill: keep the scratch databases (and directories) instead of removing them. */
  readonly keep: boolean;
  readonly decryptWith: Decrypter;
  /** Only download, verify and decrypt into this directory; restore nothing. */
  readonly decryptTo?: string;
  /** Where the encrypted and decrypted files are kept while a job is restored. @default the OS temp dir */
  readonly workDir?: string;
  readonly gcpProject?: string;
  readonly firestoreDatabase?: string;
  readonly tools: { readonly psql: string; readonly pgRestore: string; readonly mongorestore: string; readonly age: string };
  readonly help: boolean;
}

export const USAGE = `npm run restore -- --bucket <bucket> --endpoint https://<ACCOUNT_ID>.r2.cloudflarestorage.com --identity <age identity file> [options]

Restores one backup run: per job, download → sha256 against the manifest → decrypt → sha256 of the
dump → pg_restore / mongorestore into a scratch database → row / document counts against the
counts recorded at backup time. SeaweedFS files: the archive (and a differential's base full,
verified the same way) → a directory tree → files, bytes and directories against the manifest.
S3 credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (an R2 token with read access to the
bucket). Firestore: Application Default Credentials, or FIRESTORE_EMULATOR_HOST.

  --run <runId>            the run to restore (default: the newest verified run in Firestore backups/)
  --job <name>             one job of the run (repeatable; default: every job)
  --target <url>           postgres://user@host:port[/database] or mongodb://… (one per kind).
                           PostgreSQL default: a new database <db>_restore_<yyyymmddhhmm> on the
                           server libpq's environment names (PGHOST, PGPORT, PGUSER, PGPASSWORD).
                           A database in the URL is created when absent and refused when it holds
                           tables, unless --force (then pg_restore --clean --if-exists).
                           MongoDB default: mongodb://127.0.0.1:27017, each dumped database renamed
                           to <db>_restore_<yyyymmddhhmm>.
  --target <directory>     SeaweedFS files (anything without a scheme): a new or empty directory.
                           Default: a new ./seaweedfs-restore-<yyyymmddhhmm>. Several SeaweedFS
                           jobs: one subdirectory per job.
  --nsFrom <db.*> --nsTo <other.*>   MongoDB renames instead of the default (repeatable pairs)
  --force                  restore into an existing non-empty PostgreSQL database (pg_restore --clean),
                           a MongoDB database onto its own name (--nsTo = --nsFrom), or a non-empty
                           directory (its contents are deleted once the archives are decrypted)
  --no-privileges          pg_restore --no-privileges (GRANTs name roles the target may not have)
  --drill                  the restore drill: the newest verified run's postgres and mongodb jobs
                           into scratch databases and its seaweedfs jobs into scratch directories
                           (under --work-dir), counts compared exactly, scratch databases dropped
                           and directories removed, result written to Firestore backups/drill-<time>
  --keep                   (drill) keep the scratch databases and directories
  --decrypt-to <dir>       only download, verify and decrypt each job into <dir>; restore nothing
  --decrypt-with <how>     auto (the age binary when installed, else age-encryption) | age | library
  --tier <tier>            daily | weekly | monthly: where to look for --run without Firestore
  --project <id>           GCP project of Firestore (default: GOOGLE_CLOUD_PROJECT / GCLOUD_PROJECT)
  --firestore-database <id>  (default: "(default)")
  --work-dir <dir>         where the downloaded and decrypted files live while restoring (default: OS temp)
  --psql, --pg-restore, --mongorestore, --age <path>   tools (default: from PATH)
`;

const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const NAMESPACE_PATTERN = /^[^.*$/\\ "]+\.\*$/;

/** Parses argv (without node and the script); throws RestoreError("options") with every problem. */
export function parseRestoreOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): RestoreOptions {
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        bucket: { type: "string" },
        endpoint: { type: "string" },
        identity: { type: "string" },
        run: { type: "string" },
        job: { type: "string", multiple: true },
        tier: { type: "string" },
        target: { type: "string", multiple: true },
        nsFrom: { type: "string", multiple: true },
        nsTo: { type: "string", multiple: true },
        force: { type: "boolean" },
        "no-privileges": { type: "boolean" },
        drill: { type: "boolean" },
        keep: { type: "boolean" },
        "decrypt-to": { type: "string" },
        "decrypt-with": { type: "string" },
        "work-dir": { type: "string" },
        project: { type: "string" },
        "firestore-database": { type: "string" },
        psql: { type: "string" },
        "pg-restore": { type: "string" },
        mongorestore: { type: "string" },
        age: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new RestoreError("options", `${(error as Error).message}\n\n${USAGE}`);
  }
  const str = (name: string) => values[name] as string | undefined;
  const list = (name: string) => (values[name] as string[] | undefined) ?? [];
  const flag = (name: string) => values[name] === true;
  const tools = { psql: str("psql") ?? "psql", pgRestore: str("pg-restore") ?? "pg_restore", mongorestore: str("mongorestore") ?? "mongorestore", age: str("age") ?? "age" };
  if (flag("help")) return { bucket: "", identityFile: "", jobs: [], namespaces: [], force: false, noPrivileges: false, drill: false, keep: false, decryptWith: "auto", tools, help: true };

  const problems: string[] = [];
  const bucket = str("bucket") ?? "";
  if (!bucket) problems.push("--bucket is required (the backup bucket's name)");
  const identityFile = str("identity") ?? "";
  if (!identityFile) problems.push("--identity is required (the age identity file holding the offline private key)");
  const runId = str("run");
  if (runId !== undefined && !RUN_ID.test(runId)) problems.push(`--run ${JSON.stringify(runId)} is not a run id (e.g. nightly-20261201T020000Z)`);
  const tier = str("tier");
  if (tier !== undefined && !BACKUP_TIERS.includes(tier as BackupTier)) problems.push(`--tier ${JSON.stringify(tier)}: use ${BACKUP_TIERS.join(", ")}`);
  const decryptWith = (str("decrypt-with") ?? "auto") as Decrypter;
  if (!["auto", "age", "library"].includes(decryptWith)) problems.push(`--decrypt-with ${JSON.stringify(decryptWith)}: use auto, age or library`);

  let postgresTarget: string | undefined;
  let mongoTarget: string | undefined;
  let directoryTarget: string | undefined;
  for (const target of list("target")) {
    const scheme = /^([a-z+]+):\/\//.exec(target)?.[1];
    if (scheme === "postgres" || scheme === "postgresql") {
      if (!URL.canParse(target)) {
        problems.push(`--target ${scheme}://… is not a valid URL (percent-encode special characters in the user and password)`);
        continue;
      }
      if (postgresTarget) problems.push("--target: give one PostgreSQL URL");
      postgresTarget = target;
    } else if (scheme === "mongodb" || scheme === "mongodb+srv") {
      if (mongoTarget) problems.push("--target: give one MongoDB URI");
      mongoTarget = target;
    } else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(target) && target.trim() !== "") {
      if (directoryTarget) problems.push("--target: give one directory (SeaweedFS files)");
      directoryTarget = target;
    } else problems.push(`--target must be a postgres://… or mongodb://… URL, or a directory for SeaweedFS files (got ${scheme ? `scheme ${JSON.stringify(scheme)}` : JSON.stringify(target.slice(0, 12))})`);
  }
  const from = list("nsFrom");
  const to = list("nsTo");
  if (from.length !== to.length) problems.push("--nsFrom and --nsTo come in pairs");
  const namespaces = from.map((pattern, i) => ({ from: pattern, to: to[i] ?? "" }));
  for (const { from: f, to: t } of namespaces) {
    if (!NAMESPACE_PATTERN.test(f) || !NAMESPACE_PATTERN.test(t)) problems.push(`--nsFrom ${JSON.stringify(f)} --nsTo ${JSON.stringify(t)}: use whole databases, "<db>.*" → "<other>.*"`);
  }
  const drill = flag("drill");
  const decryptTo = str("decrypt-to");
  if (drill) {
    if (decryptTo) problems.push("--drill restores; --decrypt-to does not");
    if (flag("force")) problems.push("--drill restores into new scratch databases only; --force is not for it");
    if (namespaces.length > 0) problems.push("--drill chooses the scratch database names itself; drop --nsFrom/--nsTo");
    if (postgresTarget && databaseOf(postgresTarget)) problems.push("--drill restores into a new scratch database: give the PostgreSQL server without a database (postgres://user@host:5432)");
    if (directoryTarget) problems.push("--drill restores SeaweedFS files into a new scratch directory under --work-dir: drop --target <directory>");
  } else if (flag("keep")) problems.push("--keep is for --drill (a restore keeps what it restored)");
  if (problems.length > 0) throw new RestoreError("options", `\n  - ${problems.join("\n  - ")}\n\n${USAGE}`);

  return {
    bucket,
    endpoint: str("endpoint"),
    identityFile,
    runId,
    jobs: list("job"),
    tier: tier as BackupTier | undefined,
    postgresTarget,
    mongoTarget,
    ...(directoryTarget ? { directoryTarget: path.resolve(directoryTarget) } : {}),
    namespaces,
    force: flag("force"),
    noPrivileges: flag("no-privileges"),
    drill,
    keep: flag("keep"),
    decryptWith,
    decryptTo,
    workDir: str("work-dir"),
    gcpProject: str("project") ?? (env.GOOGLE_CLOUD_PROJECT || env.GCLOUD_PROJECT || undefined),
    firestoreDatabase: str("firestore-database"),
    tools,
    help: false,
  };
}

/** The database named in a PostgreSQL URL's path, or undefined for a server-only URL. */
export function databaseOf(url: string): string | undefined {
  const path = new URL(url).pathname.replace(/^\//, "");
  return path ? decodeURIComponent(path) : undefined;
}

/** `yyyymmddhhmm` (UTC): the scratch databases' suffix. */
export function scratchStamp(at: Date): string {
  return at.toISOString().replace(/[-:T]/g, "").slice(0, 12);
}
