// One scheduled backup run: record → lease → jobs through the agent → verify → record, driven by
// as many requests as it takes.
//
// The agent answers at once and does the work in the background (it sits behind Cloudflare's
// proxy, which gives up on an origin after 100 s): a job is started, then polled every
// `pollIntervalMs` until it is uploaded or failed; the same for each read-back. A request drives a
// run until its budget (`deadline`) runs out, then records where the run is and answers; the run
// stays `running` with the lease held, and the hourly freshness check (or a Scheduler retry of
// the run) resumes it from its record: jobs not started are started, running ones polled.
//
// Idempotency: the run id comes from the Scheduler's schedule time (the same for every retry of a
// run, google-events-identity.md §5), and `backups/{runId}` is created with the precondition
// "does not exist"; the agent starts one dump per (job, run id) whatever is asked twice. Only one
// request drives a run at a time: it claims the run (`driver`, with an `updateTime` precondition)
// for its budget. Overlap: a lease document (`backup_leases/swarm`) created with the same
// precondition, renewed at every poll, taken over only when expired, so two runs never use the
// agent at once; the loser records itself as failed with the holder's run id.
import { randomUUID } from "node:crypto";
import { FirestoreError, type FirestoreDocument, type FirestoreRestClient, fieldPath, fromFields, getDocument, toFields, type Write } from "../lib/firestore-rest";
import type { Logger } from "../lib/json-log";
import type { JobRunStatus, VerifyStatus } from "../backup-agent/contract";
import { AGENT_LOST_JOB, BACKUP_COLLECTIONS, BACKUP_FUNCTION_DEFAULTS, BACKUP_LEASE_ID, type JobRecord, type RunState, type ScheduledRunRequest, UNFINISHED_RUN_STATES } from "./contract";

/** The agent's routes (BACKUP_AGENT_ROUTES); each call is answered at once. */
export interface AgentClient {
  /** Starts the job (or answers the run's status when it was started before). */
  startJob(job: string, runId: string, tier: ScheduledRunRequest["tier"]): Promise<JobRunStatus>;
  /** The run's status; undefined when the agent knows nothing of it (404). */
  jobStatus(job: string, runId: string, tier: ScheduledRunRequest["tier"]): Promise<JobRunStatus | undefined>;
  /** Starts reading the object back (404 → AgentCallError when it has no manifest). */
  startVerify(key: string): Promise<VerifyStatus>;
  /** The newest read-back of the key; undefined when the agent holds none (404). */
  verifyStatus(key: string): Promise<VerifyStatus | undefined>;
}

/** An agent call that failed: the HTTP status (0: no answer) and the agent's error code. */
export class AgentCallError extends Error {
  override readonly name = "AgentCallError";
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
  /** Worth asking again: no answer, the proxy (502/503/524) or the agent failing. */
  get isTransient(): boolean {
    return this.status === 0 || this.status >= 500 || this.status === 429;
  }
}

export interface RunOutcome {
  readonly runId: string;
  /** The run's recorded state; `duplicate` when another request has it or it had finished. */
  readonly state: RunState | "duplicate";
  readonly jobs?: Record<string, JobRecord>;
  readonly error?: string;
  /** This request continued a run an earlier request had started. */
  readonly resumed?: boolean;
  /** The budget ran out with the run unfinished: the next freshness check resumes it. */
  readonly paused?: boolean;
}

export interface RunContext {
  readonly firestore: FirestoreRestClient;
  readonly agent: AgentClient;
  readonly jobs: readonly string[];
  readonly leaseTtlMs: number;
  readonly log: Logger;
  readonly now?: () => Date;
  /** Between two polls of the agent. @default BACKUP_FUNCTION_DEFAULTS.pollIntervalSec */
  readonly pollIntervalMs?: number;
  /** Epoch ms after which this request starts no further wait: it records the run's progress and answers. */
  readonly deadline: number;
  /** This request's id on the runs it claims. @default - a random UUID */
  readonly requestId?: string;
  readonly sleep?: (ms: number) => Promise<void>;
}

interface RunDocument {
  readonly runId?: string;
  readonly kind?: string;
  readonly schedule?: string;
  readonly tier?: ScheduledRunRequest["tier"];
  readonly state?: RunState;
  readonly jobNames?: string[];
  readonly jobs?: Record<string, JobRecord>;
  readonly queuedAt?: Date;
  readonly driver?: { readonly requestId: string; readonly until: Date };
}

/** `nightly-20261201T020000Z`: stable across retries of one scheduled run. */
export function runIdFor(schedule: string, scheduleTime: string): string {
  const time = new Date(scheduleTime);
  if (Number.isNaN(time.getTime())) throw new Error(`schedule time "${scheduleTime}" is not a date`);
  return `${schedule}-${time.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}`;
}

/** A request's view of the runs: one per context (request). */
function driverOf(context: RunContext) {
  const { firestore } = context;
  const now = context.now ?? (() => new Date());
  const requestId = context.requestId ?? randomUUID();
  const claimUntil = () => new Date(context.deadline + BACKUP_FUNCTION_DEFAULTS.driverClaimMarginSec * 1000);
  const runPath = (runId: string) => `${BACKUP_COLLECTIONS.runs}/${runId}`;
  /** Top-level fields and whole `jobs.<name>` records of a run, in one write. */
  const runWrite = (runId: string, fields: Record<string, unknown>, jobs: Record<string, JobRecord> = {}, currentDocument: Write["currentDocument"] = { exists: true }): Write => {
    const topLevel = Object.keys(fields);
    return {
      update: { name: firestore.documentName(runPath(runId)), fields: toFields({ ...fields, ...(Object.keys(jobs).length ? { jobs } : {}) }) },
      updateMask: { fieldPaths: [...topLevel.map((field) => fieldPath(field)), ...Object.keys(jobs).map((job) => fieldPath("jobs", job))] },
      currentDocument,
    };
  };
  return { firestore, now, requestId, claimUntil, runPath, runWrite };
}
type Driver = ReturnType<typeof driverOf>;

/** A scheduled request: creates the run and drives it (or, for a retry, resumes or leaves it). */
export async function runBackup(context: RunContext, request: ScheduledRunRequest, runId: string): Promise<RunOutcome> {
  const { log } = context;
  const driver = driverOf(context);
  const { firestore, now } = driver;
  const path = driver.runPath(runId);
  try {
    const fields = { runId, schedule: request.schedule, tier: request.tier, state: "queued", jobNames: [...context.jobs], queuedAt: now(), driver: { requestId: driver.requestId, until: driver.claimUntil() } };
    await firestore.commit([{ update: { name: firestore.documentName(path), fields: toFields(fields) }, currentDocument: { exists: false } }]);
  } catch (error) {
    if (!(error instanceof FirestoreError && error.isConflict)) throw error;
    const existing = await getDocument(firestore, path);
    const run = (existing?.fields ? fromFields(existing.fields) : {}) as RunDocument;
    const state = String(run.state ?? "unknown");
    // A retry of a run whose request stopped (crashed, or its budget ran out): continue it. Nothing
    // new is started: the agent answers a job it has for this run id with its status.
    if (existing && UNFINISHED_RUN_STATES.includes(run.state!) && (await claim(driver, existing))) {
      log.info("run already exists and is unfinished; this retry resumes it", { runId, state });
      return { ...(await drive(context, driver, runId)), resumed: true };
    }
    log.info("run already exists; a retry or duplicate delivery starts nothing", { runId, state });
    return { runId, state: "duplicate", error: `run ${runId} already exists in state ${state}` };
  }

  const holder = await holdLease(context, runId, now());
  if (holder) {
    const error = `another backup run (${holder}) holds the lease; overlapping runs are not started`;
    await firestore.commit([driver.runWrite(runId, { state: "failed", error, finishedAt: now(), driver: undefined })]);
    log.warn("run not started: overlap", { runId, holder });
    return { runId, state: "failed", error };
  }
  await firestore.commit([driver.runWrite(runId, { state: "running", startedAt: now() })]);
  return { ...(await drive(context, driver, runId)), resumed: false };
}

/**
 * The freshness check's part: every unfinished run (oldest first) that no other request is
 * driving is resumed within this request's budget; a run that cannot go on (the lease is another
 * run's, or it was queued too long ago) is failed. Restore drills (`kind`) are not backup runs.
 */
export async function resumeRuns(context: RunContext): Promise<RunOutcome[]> {
  const driver = driverOf(context);
  const { firestore } = driver;
  const structuredQuery = {
    from: [{ collectionId: BACKUP_COLLECTIONS.runs }],
    // A single-field filter: the automatic index serves it (ordered here, not in the query).
    where: { fieldFilter: { field: { fieldPath: "state" }, op: "IN", value: { arrayValue: { values: UNFINISHED_RUN_STATES.map((state) => ({ stringValue: state })) } } } },
    limit: 50,
  };
  const rows = (await firestore.call("POST", `${firestore.databaseName}/documents:runQuery`, { structuredQuery })) as Array<{ document?: FirestoreDocument }>;
  const unfinished = rows
    .flatMap((row) => (row.document?.fields ? [{ doc: row.document, run: fromFields(row.document.fields) as RunDocument }] : []))
    .filter(({ run }) => run.kind === undefined)
    .sort((a, b) => new Date(a.run.queuedAt ?? 0).getTime() - new Date(b.run.queuedAt ?? 0).getTime());
  const outcomes: RunOutcome[] = [];
  for (const { doc, run } of unfinished) {
    const runId = run.runId ?? doc.name.split("/").pop()!;
    if (Date.now() >= context.deadline) break;
    if (!(await claim(driver, doc))) {
      context.log.info("unfinished run is driven by another request", { runId, state: run.state });
      outcomes.push({ runId, state: "duplicate", error: `run ${runId} is being driven by another request` });
      continue;
    }
    context.log.info("resuming unfinished run", { runId, state: run.state });
    outcomes.push({ ...(await drive(context, driver, runId)), resumed: true });
  }
  return outcomes;
}

/** Claims `doc`'s run for this request unless another request's claim is still valid. */
async function claim(driver: Driver, doc: FirestoreDocument): Promise<boolean> {
  const run = fromFields(doc.fields ?? {}) as RunDocument;
  const holder = run.driver;
  if (holder && holder.requestId !== driver.requestId && new Date(holder.until).getTime() > driver.now().getTime()) return false;
  try {
    const runId = run.runId ?? doc.name.split("/").pop()!;
    await driver.firestore.commit([driver.runWrite(runId, { driver: { requestId: driver.requestId, until: driver.claimUntil() } }, {}, { updateTime: doc.updateTime! })]);
    return true;
  } catch (error) {
    if (error instanceof FirestoreError && error.isConflict) return false;
    throw error;
  }
}

/** Gives up this request's claim on the run (when it is still this request's). */
async function releaseClaim(driver: Driver, runId: string): Promise<void> {
  const doc = await getDocument(driver.firestore, driver.runPath(runId));
  if (!doc?.fields || (fromFields(doc.fields) as RunDocument).driver?.requestId !== driver.requestId) return;
  await driver.firestore.commit([driver.runWrite(runId, { driver: undefined }, {}, { updateTime: doc.updateTime! })]);
}

/** Drives a claimed run from its record until it is finished or the budget runs out. */
async function drive(context: RunContext, driver: Driver, runId: string): Promise<RunOutcome> {
  const { log } = context;
  const { firestore, now } = driver;
  const sleep = context.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const pollMs = context.pollIntervalMs ?? BACKUP_FUNCTION_DEFAULTS.pollIntervalSec * 1000;
  const doc = await getDocument(firestore, driver.runPath(runId));
  if (!doc?.fields) throw new Error(`run ${runId} has no record`);
  const run = fromFields(doc.fields) as RunDocument;
  const tier = run.tier ?? "daily";
  const plan = run.jobNames ?? [...context.jobs];
  const jobs: Record<string, JobRecord> = { ...(run.jobs ?? {}) };
  let state = run.state ?? "queued";
  const write = (fields: Record<string, unknown>, changed: Record<string, JobRecord> = {}) => firestore.commit([driver.runWrite(runId, fields, changed)]);
  let finished = false;

  /** Fails the whole run now (the lease is another run's, or it is too old to resume). */
  const failRun = async (error: string): Promise<RunOutcome> => {
    finished = true;
    await write({ state: "failed", jobs, error, finishedAt: now(), driver: undefined });
    log.error("run finished", { runId, state: "failed", error });
    return { runId, state: "failed", jobs, error };
  };
  /** Budget spent: keep the lease (renewed), record where the run is, answer. */
  const pause = async (): Promise<RunOutcome> => {
    await holdLease(context, runId, now());
    await write({ heartbeatAt: now(), pausedAt: now() });
    log.info("run paused: request budget spent; the next freshness check resumes it", { runId, state, jobs: Object.fromEntries(Object.entries(jobs).map(([name, record]) => [name, record.outcome])) });
    return { runId, state, jobs, paused: true };
  };
  /** Waits one poll interval unless the budget would run out first (then false). */
  const wait = async (): Promise<boolean> => {
    if (Date.now() + pollMs > context.deadline) return false;
    await sleep(pollMs);
    return true;
  };
  /** A poll's bookkeeping: the lease renewed, progress and a heartbeat recorded; the new holder when the lease was lost. */
  const heartbeat = async (changed: Record<string, JobRecord>): Promise<string | undefined> => {
    const holder = await holdLease(context, runId, now());
    if (!holder) await write({ heartbeatAt: now() }, changed);
    return holder;
  };
  const leaseLost = (holder: string) => failRun(`another backup run (${holder}) took the lease while this run was unfinished; it is not resumed`);

  try {
    if (!UNFINISHED_RUN_STATES.includes(state)) return { runId, state: "duplicate", error: `run ${runId} already exists in state ${state}` };
    const queuedAt = run.queuedAt ? new Date(run.queuedAt).getTime() : now().getTime();
    if (now().getTime() - queuedAt > BACKUP_FUNCTION_DEFAULTS.resumeWithinHours * 3_600_000) {
      return await failRun(`abandoned: queued at ${new Date(queuedAt).toISOString()}, more than ${BACKUP_FUNCTION_DEFAULTS.resumeWithinHours} h ago, and never finished; not resumed`);
    }
    const holder = await holdLease(context, runId, now());
    if (holder) return await leaseLost(holder);
    if (state === "queued") {
      state = "running";
      await write({ state, startedAt: now() });
    }

    if (state === "running") {
      for (const job of plan) {
        if (jobs[job] && jobs[job].outcome !== "running") continue;
        if (!jobs[job]) {
          const started = now();
          const status = await startJob(context, job, runId, tier, wait);
          if (status === "budget") return await pause();
          jobs[job] = status instanceof Error ? failedRecord(`could not start: ${status.message}`, started, status instanceof AgentCallError ? status.code : undefined) : recordOf(status, started);
          await write({ heartbeatAt: now() }, { [job]: jobs[job] });
        }
        let errors = 0;
        while (jobs[job].outcome === "running") {
          if (!(await wait())) return await pause();
          const started = jobs[job].startedAt ? new Date(jobs[job].startedAt!) : now();
          try {
            const status = await context.agent.jobStatus(job, runId, tier);
            errors = 0;
            jobs[job] = status
              ? recordOf(status, started)
              : failedRecord(`${AGENT_LOST_JOB}: the agent does not know run ${runId} of job ${job} (it restarted?) and the bucket has no manifest for it`, started, AGENT_LOST_JOB);
          } catch (error) {
            errors += 1;
            log.warn("job status not read", { runId, job, errors, error: messageOf(error) });
            if (errors >= BACKUP_FUNCTION_DEFAULTS.pollErrorLimit) jobs[job] = failedRecord(`status not readable ${errors} times in a row: ${messageOf(error)}`, started, error instanceof AgentCallError ? error.code : undefined);
          }
          const lost = await heartbeat({ [job]: jobs[job] });
          if (lost) return await leaseLost(lost);
        }
        log[jobs[job].outcome === "failed" ? "error" : "info"]("job finished", { runId, job, outcome: jobs[job].outcome, code: jobs[job].code, bytes: jobs[job].bytes });
      }
      if (Object.values(jobs).some((record) => record.outcome === "uploaded")) {
        state = "uploaded";
        await write({ state, uploadedAt: now() });
      }
    }

    // Read-backs: each stored object against its manifest.
    for (const job of plan) {
      if (jobs[job]?.outcome !== "uploaded") continue;
      const key = jobs[job].key!;
      let asked = Boolean(jobs[job].verifyStartedAt);
      let errors = 0;
      for (;;) {
        try {
          let check = asked ? await context.agent.verifyStatus(key) : undefined;
          // Not asked yet, or the agent lost the read-back (it restarted): ask (again); reading back changes nothing.
          if (!check) {
            check = await context.agent.startVerify(key);
            if (!asked) jobs[job] = { ...jobs[job], verifyStartedAt: now() };
            asked = true;
          }
          errors = 0;
          if (check.state === "done") {
            jobs[job] = check.matches && check.sha256 === jobs[job].sha256 ? { ...jobs[job], outcome: "verified" } : { ...jobs[job], outcome: "failed", error: `stored object does not match its manifest (sha256 ${check.sha256}, ${check.bytes} bytes)` };
          } else if (check.state === "failed") {
            jobs[job] = { ...jobs[job], outcome: "failed", error: `verify failed: ${check.error}` };
          }
        } catch (error) {
          errors += 1;
          if (!(error instanceof AgentCallError && error.isTransient) || errors >= BACKUP_FUNCTION_DEFAULTS.pollErrorLimit) jobs[job] = { ...jobs[job], outcome: "failed", error: `verify failed: ${messageOf(error)}` };
        }
        if (jobs[job].outcome !== "uploaded") break;
        if (!(await wait())) {
          await write({}, { [job]: jobs[job] });
          return await pause();
        }
        const lost = await heartbeat({ [job]: jobs[job] });
        if (lost) return await leaseLost(lost);
      }
      await write({ heartbeatAt: now() }, { [job]: jobs[job] });
    }

    const failed = Object.entries(jobs).filter(([, record]) => record.outcome === "failed");
    const verified = failed.length === 0 && plan.every((job) => jobs[job]?.outcome === "verified");
    const final: RunState = verified ? "verified" : "failed";
    const error = verified ? undefined : `${failed.length} of ${plan.length} jobs failed: ${failed.map(([name, record]) => `${name}: ${record.error}`).join("; ")}`.slice(0, 1500);
    const finishedAt = now();
    finished = true;
    // `verifiedAt` only on verified runs: the freshness check orders on it (alerts.ts).
    await write({ state: final, jobs, finishedAt, driver: undefined, ...(error ? { error } : { verifiedAt: finishedAt }) });
    log[verified ? "info" : "error"]("run finished", { runId, state: final, failedJobs: failed.map(([name]) => name) });
    return { runId, state: final, jobs, error };
  } finally {
    // Finished: the lease goes. Unfinished (budget spent, or an error such as Firestore being
    // away): the lease stays for the run, and the claim goes so the next request can resume it.
    if (finished) await releaseLease(context, runId).catch((error) => log.warn("lease not released; it expires", { runId, error: String(error) }));
    else await releaseClaim(driver, runId).catch((error) => log.warn("claim not released; it expires", { runId, error: String(error) }));
  }
}

/**
 * Starts a job, asking again while the agent cannot be reached (the start is idempotent per run
 * id); "budget" when the budget ran out first, an Error when the start was refused.
 */
async function startJob(context: RunContext, job: string, runId: string, tier: ScheduledRunRequest["tier"], wait: () => Promise<boolean>): Promise<JobRunStatus | Error | "budget"> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await context.agent.startJob(job, runId, tier);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      if (!(error instanceof AgentCallError && error.isTransient) || attempt >= 3) return failure;
      context.log.warn("job not started; asking again", { runId, job, attempt, error: failure.message });
      if (!(await wait())) return "budget";
    }
  }
}

function recordOf(status: JobRunStatus, started: Date): JobRecord {
  const base = { startedAt: started, bytesUploaded: status.bytesUploaded ?? 0 };
  if (status.state === "uploaded" && status.manifest) {
    const { key, bytes, sha256, plaintextBytes, durationMs } = status.manifest;
    return { ...base, outcome: "uploaded", key, bytes, sha256, plaintextBytes, durationMs };
  }
  if (status.state === "failed" || status.state === "uploaded") return failedRecord(`${status.code ?? "failed"}: ${status.error ?? "the agent reported no manifest"}`, started, status.code);
  return { ...base, outcome: "running", durationMs: Date.now() - started.getTime() };
}

function failedRecord(error: string, started: Date, code?: string): JobRecord {
  return { outcome: "failed", startedAt: started, durationMs: Date.now() - started.getTime(), error: error.slice(0, 1000), ...(code ? { code } : {}) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const leasePath = `${BACKUP_COLLECTIONS.leases}/${BACKUP_LEASE_ID}`;

/**
 * Takes or renews the lease for `runId` (expiring `leaseTtlMs` from `at`); returns the holder's
 * run id when another run holds it.
 */
async function holdLease(context: RunContext, runId: string, at: Date): Promise<string | undefined> {
  const { firestore } = context;
  const fields = toFields({ runId, acquiredAt: at, expiresAt: new Date(at.getTime() + context.leaseTtlMs) });
  const current = await getDocument(firestore, leasePath);
  if (!current?.fields || !current.updateTime) {
    try {
      await firestore.commit([{ update: { name: firestore.documentName(leasePath), fields }, currentDocument: { exists: false } }]);
      return undefined;
    } catch (error) {
      if (error instanceof FirestoreError && error.isConflict) return "unknown";
      throw error;
    }
  }
  const lease = fromFields(current.fields) as { runId: string; acquiredAt?: Date; expiresAt: Date };
  const ours = lease.runId === runId;
  if (!ours && new Date(lease.expiresAt).getTime() > at.getTime()) return lease.runId;
  try {
    // Ours: renewed (keeping when it was taken). Expired (its run crashed): taken over, unless someone else just did.
    const renewed = ours ? toFields({ runId, acquiredAt: lease.acquiredAt ?? at, expiresAt: new Date(at.getTime() + context.leaseTtlMs) }) : fields;
    await firestore.commit([{ update: { name: firestore.documentName(leasePath), fields: renewed }, currentDocument: { updateTime: current.updateTime } }]);
    if (!ours) context.log.warn("took over an expired lease", { runId, previous: lease.runId });
    return undefined;
  } catch (error) {
    if (error instanceof FirestoreError && error.isConflict) return "unknown";
    throw error;
  }
}

async function releaseLease(context: RunContext, runId: string): Promise<void> {
  const { firestore } = context;
  const current = await getDocument(firestore, leasePath);
  if (!current?.fields || !current.updateTime || fromFields(current.fields).runId !== runId) return;
  await firestore.commit([{ delete: firestore.documentName(leasePath), currentDocument: { updateTime: current.updateTime } }]);
}
