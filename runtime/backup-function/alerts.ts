// Alerts: one message per failed run, and one per stale period when no run has been verified for
// longer than `maxAgeHours`. Firestore decides who sends: an alert is claimed on its document with
// an `updateTime` precondition before the message is posted, and the outcome is recorded there
// (`alert: {sentAt, messageId}` or `alert: {error}`), so a Scheduler retry or an hourly check
// finds it and sends nothing twice. A failed post never changes the run's recorded outcome.
import { FirestoreError, type FirestoreDocument, type FirestoreRestClient, fromFields, getDocument, toFields } from "../lib/firestore-rest";
import type { Logger } from "../lib/json-log";
import { type AlertRecord, BACKUP_COLLECTIONS, BACKUP_FRESHNESS_ALERT_ID, BACKUP_FUNCTION_DEFAULTS, type JobRecord } from "./contract";
import type { AlertSender } from "./rocketchat";

export interface AlertContext {
  readonly firestore: FirestoreRestClient;
  /** The configured sender, or why there is none (recorded as the alert's error). */
  readonly sender: AlertSender | { readonly unavailable: string };
  /** `dev`, `staging`, `prod`: named in every message. */
  readonly environment: string;
  readonly log: Logger;
  readonly now?: () => Date;
}

const MAX_ERROR_CHARS = 1200;

/**
 * Sends the failure alert of `backups/{runId}` if the run is `failed` and no alert was sent (or is
 * being sent) for it. Returns the alert as recorded, or undefined when the run is not failed.
 */
export async function alertFailedRun(context: AlertContext, runId: string): Promise<AlertRecord | undefined> {
  const path = `${BACKUP_COLLECTIONS.runs}/${runId}`;
  const doc = await getDocument(context.firestore, path);
  if (!doc?.fields) return undefined;
  const run = fromFields(doc.fields);
  if (run.state !== "failed") return undefined;
  return (await sendOnce(context, doc, path, run.alert as AlertRecord | undefined, {}, () => failureText(context.environment, runId, run), { runId })).alert;
}

export interface FreshnessFinding {
  readonly finding: "fresh" | "stale";
  readonly maxAgeHours: number;
  /** Hours since the newest verified run (or since the first check, when no run was ever verified). */
  readonly ageHours: number;
  readonly newestVerifiedRunId: string | null;
  readonly newestVerifiedAt: string | null;
  /** The stale period's alert as recorded (stale only). */
  readonly alert?: AlertRecord;
  /** True when this check posted (or tried to post) the alert; false when an earlier check had. */
  readonly alertedNow?: boolean;
}

/**
 * The newest verified run (by `verifiedAt`); stale when older than `maxAgeHours`. Alerts once per
 * stale period: `backup_alerts/freshness.alertedFor` holds the newest verified run id the alert was
 * for, so later checks stay quiet until a new run is verified and then goes stale in turn.
 * Without any verified run, the period starts at the first check (`firstCheckedAt`).
 */
export async function checkFreshness(context: AlertContext, maxAgeHours: number): Promise<FreshnessFinding> {
  const now = (context.now ?? (() => new Date()))();
  const newest = await newestVerifiedRun(context.firestore);
  const path = `${BACKUP_COLLECTIONS.alerts}/${BACKUP_FRESHNESS_ALERT_ID}`;
  let state = await getDocument(context.firestore, path);
  if (!state?.fields) {
    try {
      await context.firestore.commit([{ update: { name: context.firestore.documentName(path), fields: toFields({ firstCheckedAt: now }) }, currentDocument: { exists: false } }]);
    } catch (error) {
      if (!(error instanceof FirestoreError && error.isConflict)) throw error;
    }
    state = await getDocument(context.firestore, path);
    if (!state?.fields) throw new Error(`${path} could not be created`);
  }
  const recorded = fromFields(state.fields) as { firstCheckedAt?: Date; alertedFor?: string; alert?: AlertRecord };
  const since = newest?.verifiedAt ?? recorded.firstCheckedAt ?? now;
  const ageHours = Math.round(((now.getTime() - since.getTime()) / 3_600_000) * 10) / 10;
  const base = { maxAgeHours, ageHours, newestVerifiedRunId: newest?.runId ?? null, newestVerifiedAt: newest?.verifiedAt.toISOString() ?? null };
  if (now.getTime() - since.getTime() <= maxAgeHours * 3_600_000) return { finding: "fresh", ...base };

  const period = newest?.runId ?? "(none)";
  const previous = recorded.alertedFor === period ? recorded.alert : undefined;
  const text = newest
    ? `:rotating_light: No verified backup in ${context.environment} for ${ageHours} h (limit ${maxAgeHours} h). Newest verified run: ${newest.runId} at ${newest.verifiedAt.toISOString()}. Runs since then failed or did not run: see Firestore ${BACKUP_COLLECTIONS.runs}/ and the Scheduler jobs.`
    : `:rotating_light: No verified backup in ${context.environment} since this check started at ${since.toISOString()} (${ageHours} h, limit ${maxAgeHours} h). See Firestore ${BACKUP_COLLECTIONS.runs}/ and the Scheduler jobs.`;
  const { alert, attempted } = await sendOnce(context, state, path, previous, { alertedFor: period }, () => text, { check: "freshness", alertedFor: period });
  return { finding: "stale", ...base, alert, alertedNow: attempted };
}

/** `backups` ordered by `verifiedAt` (written only when a run is verified): one document. */
async function newestVerifiedRun(firestore: FirestoreRestClient): Promise<{ runId: string; verifiedAt: Date } | undefined> {
  // An inequality on the ordered field itself: the automatic single-field index serves it (no composite index).
  const structuredQuery = {
    from: [{ collectionId: BACKUP_COLLECTIONS.runs }],
    where: { unaryFilter: { field: { fieldPath: "verifiedAt" }, op: "IS_NOT_NULL" } },
    orderBy: [{ field: { fieldPath: "verifiedAt" }, direction: "DESCENDING" }],
    limit: 1,
  };
  const rows = (await firestore.call("POST", `${firestore.databaseName}/documents:runQuery`, { structuredQuery })) as Array<{ document?: FirestoreDocument }>;
  const doc = rows.find((row) => row.document?.fields)?.document;
  if (!doc?.fields) return undefined;
  const run = fromFields(doc.fields) as { runId?: string; verifiedAt?: Date };
  if (!(run.verifiedAt instanceof Date)) return undefined;
  return { runId: run.runId ?? doc.name.split("/").pop()!, verifiedAt: run.verifiedAt };
}

/**
 * Claims the alert on `doc` (unless it was sent, or another call claimed it within the claim TTL),
 * posts `text()` and records the outcome. `extra` fields are written with the claim. `attempted`:
 * this call posted (or tried to).
 */
async function sendOnce(
  context: AlertContext,
  doc: FirestoreDocument,
  path: string,
  previous: AlertRecord | undefined,
  extra: Record<string, unknown>,
  text: () => string,
  logFields: Record<string, unknown>,
): Promise<{ alert: AlertRecord; attempted: boolean }> {
  const { firestore, log } = context;
  const now = context.now ?? (() => new Date());
  if (previous?.sentAt) return { alert: previous, attempted: false };
  if (previous?.sendingSince && now().getTime() - new Date(previous.sendingSince).getTime() < BACKUP_FUNCTION_DEFAULTS.alertClaimTtlMs) return { alert: previous, attempted: false };
  const attempts = (previous?.attempts ?? 0) + 1;
  const write = (fields: Record<string, unknown>, currentDocument: { updateTime: string } | { exists: true }) =>
    firestore.commit([{ update: { name: firestore.documentName(path), fields: toFields(fields) }, updateMask: { fieldPaths: Object.keys(fields) }, currentDocument }]);
  const claimed: AlertRecord = { sendingSince: now(), attempts };
  try {
    await write({ ...extra, alert: claimed }, { updateTime: doc.updateTime! });
  } catch (error) {
    if (!(error instanceof FirestoreError && error.isConflict)) throw error;
    // Another call changed the document first (it is sending): leave the alert to it.
    log.info("alert claimed by another call", logFields);
    const current = await getDocument(firestore, path);
    return { alert: ((current?.fields ? fromFields(current.fields).alert : undefined) as AlertRecord | undefined) ?? claimed, attempted: false };
  }
  let outcome: AlertRecord;
  if ("unavailable" in context.sender) {
    outcome = { error: context.sender.unavailable, failedAt: now(), attempts };
  } else {
    try {
      const messageId = await context.sender.send(text());
      outcome = { sentAt: now(), messageId, attempts };
    } catch (error) {
      outcome = { error: (error instanceof Error ? error.message : String(error)).slice(0, 500), failedAt: now(), attempts };
    }
  }
  if (outcome.sentAt) log.info("alert sent", { ...logFields, target: (context.sender as AlertSender).target, messageId: outcome.messageId });
  else log.error("alert not sent", { ...logFields, alertError: outcome.error, attempts });
  try {
    await write({ alert: outcome }, { exists: true });
  } catch (error) {
    // The message went out (or not) either way; a stale claim is retried after the claim TTL.
    log.error("alert outcome not recorded", { ...logFields, errorMessage: error instanceof Error ? error.message : String(error) });
  }
  return { alert: outcome, attempted: true };
}

function failureText(environment: string, runId: string, run: Record<string, unknown>): string {
  const jobs = (run.jobs ?? {}) as Record<string, JobRecord>;
  const failed = Object.entries(jobs).filter(([, record]) => record?.outcome === "failed").map(([name]) => name);
  const planned = Array.isArray(run.jobNames) ? (run.jobNames as string[]) : [];
  const notRun = planned.filter((name) => !(name in jobs));
  const jobsLine = failed.length
    ? `Failed jobs: ${failed.join(", ")}${notRun.length ? ` (not run: ${notRun.join(", ")})` : ""}`
    : `Failed jobs: none (${notRun.length ? `not run: ${notRun.join(", ")}` : "no job ran"})`;
  const error = String(run.error ?? "no error recorded");
  return [
    `:rotating_light: Backup run failed in ${environment}: ${runId} (schedule ${String(run.schedule ?? "?")}, tier ${String(run.tier ?? "?")})`,
    jobsLine,
    `Error: ${error.length > MAX_ERROR_CHARS ? `${error.slice(0, MAX_ERROR_CHARS)}…` : error}`,
    `Record: Firestore ${BACKUP_COLLECTIONS.runs}/${runId}`,
  ].join("\n");
}
