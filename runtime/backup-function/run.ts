// One scheduled backup run: record → lease → jobs through the agent → verify → record.
//
// Idempotency: the run id comes from the Scheduler's schedule time (the same for every retry of a
// run, google-events-identity.md §5), and `backups/{runId}` is created with the precondition
// "does not exist". A retry, or Scheduler's rare duplicate delivery, finds the document and starts
// nothing. Overlap: a lease document (`backup_leases/swarm`) created with the same precondition,
// or taken over only when expired (updateTime precondition), so two runs never use the agent at
// once; the loser records itself as failed with the holder's run id.
import { FirestoreError, type FirestoreRestClient, fromFields, getDocument, toFields, type Write } from "../lib/firestore-rest";
import type { Logger } from "../lib/json-log";
import type { JobManifest } from "../backup-agent/contract";
import { BACKUP_COLLECTIONS, BACKUP_LEASE_ID, type JobRecord, type RunState, type ScheduledRunRequest } from "./contract";

export interface AgentClient {
  runJob(job: string, runId: string, tier: ScheduledRunRequest["tier"]): Promise<JobManifest>;
  verify(key: string): Promise<{ matches: boolean; bytes: number; sha256: string }>;
}

export interface RunOutcome {
  readonly runId: string;
  readonly state: RunState | "duplicate";
  readonly jobs?: Record<string, JobRecord>;
  readonly error?: string;
}

export interface RunContext {
  readonly firestore: FirestoreRestClient;
  readonly agent: AgentClient;
  readonly jobs: readonly string[];
  readonly leaseTtlMs: number;
  readonly log: Logger;
  readonly now?: () => Date;
}

/** `nightly-20261201T020000Z`: stable across retries of one scheduled run. */
export function runIdFor(schedule: string, scheduleTime: string): string {
  const time = new Date(scheduleTime);
  if (Number.isNaN(time.getTime())) throw new Error(`schedule time "${scheduleTime}" is not a date`);
  return `${schedule}-${time.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}`;
}

export async function runBackup(context: RunContext, request: ScheduledRunRequest, runId: string): Promise<RunOutcome> {
  const { firestore, log } = context;
  const now = context.now ?? (() => new Date());
  const runPath = `${BACKUP_COLLECTIONS.runs}/${runId}`;
  const update = (fields: Record<string, unknown>): Write => ({
    update: { name: firestore.documentName(runPath), fields: toFields(fields) },
    updateMask: { fieldPaths: Object.keys(fields).map((field) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(field) ? field : `\`${field}\``)) },
    currentDocument: { exists: true },
  });

  try {
    await firestore.commit([{ update: { name: firestore.documentName(runPath), fields: toFields({ runId, schedule: request.schedule, tier: request.tier, state: "queued", jobNames: [...context.jobs], queuedAt: now() }) }, currentDocument: { exists: false } }]);
  } catch (error) {
    if (error instanceof FirestoreError && error.isConflict) {
      const existing = await getDocument(firestore, runPath);
      const state = existing?.fields ? String(fromFields(existing.fields).state) : "unknown";
      log.info("run already exists; a retry or duplicate delivery starts nothing", { runId, state });
      return { runId, state: "duplicate", error: `run ${runId} already exists in state ${state}` };
    }
    throw error;
  }

  const holder = await acquireLease(context, runId, now());
  if (holder) {
    const error = `another backup run (${holder}) holds the lease; overlapping runs are not started`;
    await firestore.commit([update({ state: "failed", error, finishedAt: now() })]);
    log.warn("run not started: overlap", { runId, holder });
    return { runId, state: "failed", error };
  }

  const jobs: Record<string, JobRecord> = {};
  try {
    await firestore.commit([update({ state: "running", startedAt: now() })]);
    for (const job of context.jobs) {
      const started = Date.now();
      try {
        const manifest = await context.agent.runJob(job, runId, request.tier);
        jobs[job] = { outcome: "uploaded", key: manifest.key, bytes: manifest.bytes, sha256: manifest.sha256, plaintextBytes: manifest.plaintextBytes, durationMs: manifest.durationMs };
      } catch (error) {
        jobs[job] = { outcome: "failed", durationMs: Date.now() - started, error: error instanceof Error ? error.message.slice(0, 1000) : String(error) };
      }
      // Progress is visible while the run goes on; a crash leaves what was done on record.
      await firestore.commit([update({ [`jobs.${job}`]: jobs[job] })]);
    }
    const uploaded = Object.values(jobs).some((record) => record.outcome === "uploaded");
    if (uploaded) await firestore.commit([update({ state: "uploaded", uploadedAt: now() })]);
    for (const [job, record] of Object.entries(jobs)) {
      if (record.outcome !== "uploaded") continue;
      try {
        const check = await context.agent.verify(record.key!);
        jobs[job] = check.matches && check.sha256 === record.sha256 ? { ...record, outcome: "verified" } : { ...record, outcome: "failed", error: `stored object does not match its manifest (sha256 ${check.sha256}, ${check.bytes} bytes)` };
      } catch (error) {
        jobs[job] = { ...record, outcome: "failed", error: `verify failed: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
    const failed = Object.entries(jobs).filter(([, record]) => record.outcome === "failed");
    const state: RunState = failed.length === 0 ? "verified" : "failed";
    const error = failed.length === 0 ? undefined : `${failed.length} of ${context.jobs.length} jobs failed: ${failed.map(([name, record]) => `${name}: ${record.error}`).join("; ")}`.slice(0, 1500);
    const finishedAt = now();
    // `verifiedAt` only on verified runs: the freshness check orders on it (alerts.ts).
    await firestore.commit([update({ state, jobs, finishedAt, ...(error ? { error } : { verifiedAt: finishedAt }) })]);
    log[state === "verified" ? "info" : "error"]("run finished", { runId, state, failedJobs: failed.map(([name]) => name) });
    return { runId, state, jobs, error };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await firestore.commit([update({ state: "failed", jobs, error: message, finishedAt: now() })]).catch(() => undefined);
    throw error;
  } finally {
    await releaseLease(context, runId).catch((error) => log.warn("lease not released; it expires", { runId, error: String(error) }));
  }
}

/** Takes the lease for `runId`; returns the holder's run id when someone else holds it. */
async function acquireLease(context: RunContext, runId: string, at: Date): Promise<string | undefined> {
  const { firestore } = context;
  const leasePath = `${BACKUP_COLLECTIONS.leases}/${BACKUP_LEASE_ID}`;
  const fields = toFields({ runId, acquiredAt: at, expiresAt: new Date(at.getTime() + context.leaseTtlMs) });
  try {
    await firestore.commit([{ update: { name: firestore.documentName(leasePath), fields }, currentDocument: { exists: false } }]);
    return undefined;
  } catch (error) {
    if (!(error instanceof FirestoreError && error.isConflict)) throw error;
  }
  const current = await getDocument(firestore, leasePath);
  if (!current?.fields || !current.updateTime) return "unknown";
  const lease = fromFields(current.fields) as { runId: string; expiresAt: Date };
  if (new Date(lease.expiresAt).getTime() > at.getTime()) return lease.runId;
  try {
    // Expired (its run crashed): take it over, unless someone else just did.
    await firestore.commit([{ update: { name: firestore.documentName(leasePath), fields }, currentDocument: { updateTime: current.updateTime } }]);
    context.log.warn("took over an expired lease", { runId, previous: lease.runId });
    return undefined;
  } catch (error) {
    if (error instanceof FirestoreError && error.isConflict) return "unknown";
    throw error;
  }
}

async function releaseLease(context: RunContext, runId: string): Promise<void> {
  const { firestore } = context;
  const leasePath = `${BACKUP_COLLECTIONS.leases}/${BACKUP_LEASE_ID}`;
  const current = await getDocument(firestore, leasePath);
  if (!current?.fields || !current.updateTime || fromFields(current.fields).runId !== runId) return;
  await firestore.commit([{ delete: firestore.documentName(leasePath), currentDocument: { updateTime: current.updateTime } }]);
}
