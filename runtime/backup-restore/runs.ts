// Firestore `backups/`: which run to restore (the newest verified one by default), and the restore
// drill's own record. The same REST client as the backup function (runtime/lib/firestore-rest.ts);
// credentials are the operator's Application Default Credentials (or the CI job's), or none for
// the emulator (FIRESTORE_EMULATOR_HOST).
import { randomBytes } from "node:crypto";
import { GoogleAuth } from "google-auth-library";
import { type FirestoreDocument, FirestoreRestClient, fromFields, getDocument, toFields } from "../lib/firestore-rest";
import type { BackupTier } from "../backup-agent/contract";
import { BACKUP_COLLECTIONS, type JobRecord, type RunState } from "../backup-function/contract";
import { RestoreError, messageOf } from "./errors";

/** The `kind` of a drill's document in `backups/`; backup runs have none. */
export const RESTORE_DRILL_KIND = "restore-drill";

/** A backup run's document, as the backup function writes it (runtime/backup-function/run.ts). */
export interface RunRecord {
  readonly runId: string;
  readonly state: RunState | string;
  readonly tier?: BackupTier;
  readonly kind?: string;
  readonly jobNames?: readonly string[];
  readonly jobs: Readonly<Record<string, JobRecord>>;
  readonly verifiedAt?: Date;
}

export function firestoreFromEnv(options: { projectId: string; databaseId?: string }, env: NodeJS.ProcessEnv = process.env): FirestoreRestClient {
  const emulator = env.FIRESTORE_EMULATOR_HOST;
  if (emulator) {
    // The emulator's convention: plain HTTP, the token "owner".
    return new FirestoreRestClient({ projectId: options.projectId, databaseId: options.databaseId, baseUrl: `http://${emulator}/v1`, accessToken: async () => "owner", timeoutMs: 30_000 });
  }
  const auth = new GoogleAuth({ scopes: ["https://www.googleapis.com/auth/datastore"] });
  return new FirestoreRestClient({
    projectId: options.projectId,
    databaseId: options.databaseId,
    timeoutMs: 30_000,
    accessToken: async () => {
      const token = await auth.getAccessToken();
      if (!token) throw new Error("no access token from Application Default Credentials (gcloud auth application-default login, or GOOGLE_APPLICATION_CREDENTIALS)");
      return token;
    },
  });
}

function toRun(doc: FirestoreDocument): RunRecord {
  const data = fromFields(doc.fields ?? {}) as Record<string, unknown>;
  return { ...(data as Partial<RunRecord>), runId: String(data.runId ?? doc.name.split("/").pop()), state: String(data.state ?? "unknown"), jobs: (data.jobs ?? {}) as Record<string, JobRecord> };
}

/** `backups/{runId}`; RestoreError when it does not exist. */
export async function readRun(firestore: FirestoreRestClient, runId: string): Promise<RunRecord> {
  let doc: FirestoreDocument | null;
  try {
    doc = await getDocument(firestore, `${BACKUP_COLLECTIONS.runs}/${runId}`);
  } catch (error) {
    throw new RestoreError("find-run", `reading ${BACKUP_COLLECTIONS.runs}/${runId} from Firestore failed: ${messageOf(error)}`);
  }
  if (!doc?.fields) throw new RestoreError("find-run", `Firestore has no run ${BACKUP_COLLECTIONS.runs}/${runId}`);
  return toRun(doc);
}

/**
 * The newest verified backup run: `backups` ordered by `verifiedAt` (written only on verified
 * runs, so a single-field index serves the query, as for the freshness check). Drill documents
 * never carry `verifiedAt`, and are skipped anyway.
 */
export async function latestVerifiedRun(firestore: FirestoreRestClient): Promise<RunRecord> {
  const structuredQuery = {
    from: [{ collectionId: BACKUP_COLLECTIONS.runs }],
    where: { unaryFilter: { field: { fieldPath: "verifiedAt" }, op: "IS_NOT_NULL" } },
    orderBy: [{ field: { fieldPath: "verifiedAt" }, direction: "DESCENDING" }],
    limit: 10,
  };
  let rows: Array<{ document?: FirestoreDocument }>;
  try {
    rows = (await firestore.call("POST", `${firestore.databaseName}/documents:runQuery`, { structuredQuery })) as Array<{ document?: FirestoreDocument }>;
  } catch (error) {
    throw new RestoreError("find-run", `querying Firestore ${BACKUP_COLLECTIONS.runs} for the newest verified run failed: ${messageOf(error)}`);
  }
  const run = rows
    .map((row) => (row.document ? toRun(row.document) : undefined))
    .find((candidate) => candidate && candidate.state === "verified" && candidate.kind !== RESTORE_DRILL_KIND);
  if (!run) throw new RestoreError("find-run", `Firestore ${BACKUP_COLLECTIONS.runs} holds no verified run; give --run <runId>`);
  return run;
}

/**
 * `drill-20261201T040000Z-1a2b3c`: the time like a scheduled run's id, plus a random suffix, since
 * two drills may start within one second (a re-run, two operators) and each keeps its own record.
 */
export function drillIdFor(at: Date, suffix: string = randomBytes(3).toString("hex")): string {
  return `drill-${at.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}-${suffix}`;
}

/** One job of a drill, as recorded in `backups/drill-…​.jobs.<name>` (the run's JobRecord names, plus counts). */
export interface DrillJobRecord extends Pick<JobRecord, "key" | "bytes" | "sha256" | "plaintextBytes" | "durationMs" | "error"> {
  readonly outcome: "verified" | "failed";
  readonly kind?: string;
  readonly expectedCounts?: Readonly<Record<string, number>>;
  readonly actualCounts?: Readonly<Record<string, number>>;
  /** Where it was restored (the scratch database, password removed; the scratch directory). */
  readonly target?: string;
  /** SeaweedFS differential: the full it was restored on top of. */
  readonly baseKey?: string;
  /** Why the scratch database (directory) could not be removed (the drill's outcome does not depend on it). */
  readonly cleanupError?: string;
}

/**
 * `backups/drill-<time>`: a restore drill recorded with the shape of a run (`runId`, `state`,
 * `jobNames`, `jobs.<name>`, `startedAt`, `finishedAt`, `error`) plus `kind: "restore-drill"` and
 * `sourceRunId`. Never `verifiedAt`: the freshness check (backup-function/alerts.ts) orders runs
 * on it, and a drill is not a backup.
 */
export class DrillRecorder {
  private constructor(
    private readonly firestore: FirestoreRestClient,
    readonly drillId: string,
  ) {}

  static async start(firestore: FirestoreRestClient, drillId: string, fields: { sourceRunId: string; jobNames: readonly string[]; startedAt: Date }): Promise<DrillRecorder> {
    try {
      await firestore.commit([
        {
          update: { name: firestore.documentName(`${BACKUP_COLLECTIONS.runs}/${drillId}`), fields: toFields({ runId: drillId, kind: RESTORE_DRILL_KIND, state: "running", sourceRunId: fields.sourceRunId, jobNames: [...fields.jobNames], startedAt: fields.startedAt }) },
          currentDocument: { exists: false },
        },
      ]);
    } catch (error) {
      throw new RestoreError("record", `creating ${BACKUP_COLLECTIONS.runs}/${drillId} in Firestore failed: ${messageOf(error)}`);
    }
    return new DrillRecorder(firestore, drillId);
  }

  async finish(fields: { state: Extract<RunState, "verified" | "failed">; jobs: Record<string, DrillJobRecord>; finishedAt: Date; durationMs: number; error?: string }): Promise<void> {
    const values = { state: fields.state, jobs: fields.jobs, finishedAt: fields.finishedAt, durationMs: fields.durationMs, ...(fields.error ? { error: fields.error.slice(0, 1500) } : {}) };
    try {
      await this.firestore.commit([
        {
          update: { name: this.firestore.documentName(`${BACKUP_COLLECTIONS.runs}/${this.drillId}`), fields: toFields(values) },
          updateMask: { fieldPaths: Object.keys(values) },
          currentDocument: { exists: true },
        },
      ]);
    } catch (error) {
      throw new RestoreError("record", `recording the drill's result in ${BACKUP_COLLECTIONS.runs}/${this.drillId} failed: ${messageOf(error)}`);
    }
  }
}
