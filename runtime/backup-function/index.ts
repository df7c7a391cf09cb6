// Backup function (Cloud Functions 2nd gen, HTTP): Cloud Scheduler calls it with an OIDC token
// (checked by Cloud Run's IAM before this code runs: only the scheduler's identity holds
// roles/run.invoker). It runs one backup through the agent on the swarm and records it in
// Firestore (`backups/{runId}`); a failed run is announced in Rocket.Chat once. The body
// `{"check": "freshness"}` (its own hourly job) resumes unfinished runs and alerts when no run was
// verified for too long. Each request drives runs for at most its budget
// (BACKUP_REQUEST_BUDGET_SEC), then answers; what is unfinished waits for the next check.
// The alert bot's credentials are read from Secret Manager only when an alert is posted: a
// missing, disabled or unreadable secret is recorded on the alert, never a failed run or start.
import { GoogleAuth } from "google-auth-library";
import { fetchWithTimeout } from "../lib/fetch-timeout";
import { FirestoreRestClient } from "../lib/firestore-rest";
import { createLogger, errorFields } from "../lib/json-log";
import { BACKUP_AGENT_ROUTES, BACKUP_TIERS, type BackupTier, type JobRunStatus, type VerifyStatus } from "../backup-agent/contract";
import { type AlertContext, alertFailedRun, checkFreshness } from "./alerts";
import { type AlertRecord, BACKUP_FUNCTION_DEFAULTS, BACKUP_FUNCTION_ENV } from "./contract";
import { type BotCredentials, senderFromEnv } from "./rocketchat";
import { type AgentClient, AgentCallError, type RunContext, resumeRuns, runBackup, runIdFor } from "./run";
import { SecretAccessError, type SecretReader, secretReader } from "./secret-manager";

const log = createLogger({ function: "backup" });

interface HttpRequest {
  readonly method?: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body?: unknown;
}
interface HttpResponse {
  status(code: number): HttpResponse;
  json(body: unknown): void;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

let auth: GoogleAuth | undefined;
let firestoreAuth: GoogleAuth | undefined;
let secretsAuth: GoogleAuth | undefined;
/** One per instance: it keeps the values it read for BACKUP_FUNCTION_DEFAULTS.alertSecretCacheMs. */
let secrets: { key: string; reader: SecretReader } | undefined;

/** Identity tokens for the agent, reused for 10 minutes (Google's live an hour; the agent accepts ≤ 65 min). */
let agentToken: { audience: string; token: string; fetchedAt: number } | undefined;

function agentClient(env: NodeJS.ProcessEnv): AgentClient {
  const base = required(env, BACKUP_FUNCTION_ENV.agentUrl).replace(/\/+$/, "");
  const audience = required(env, BACKUP_FUNCTION_ENV.agentAudience);
  auth ??= new GoogleAuth();
  const tokenFor = async (): Promise<string> => {
    if (agentToken?.audience === audience && Date.now() - agentToken.fetchedAt < 10 * 60_000) return agentToken.token;
    // An identity token for the agent's audience, from the metadata server (the function's own service account).
    const client = await auth!.getIdTokenClient(audience);
    agentToken = { audience, token: await client.idTokenProvider.fetchIdToken(audience), fetchedAt: Date.now() };
    return agentToken.token;
  };
  const call = async (method: "GET" | "POST", route: string, body?: unknown): Promise<Record<string, unknown>> => {
    const token = await tokenFor();
    let response: Response;
    try {
      response = await fetchWithTimeout(
        (input, init) => fetch(input, init),
        base + route,
        { method, headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) },
        BACKUP_FUNCTION_DEFAULTS.agentTimeoutMs,
        `agent ${method} ${route}`,
      );
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new AgentCallError(`agent unreachable: ${error instanceof Error ? error.message : String(error)}${cause ? ` (${cause})` : ""}`, 0);
    }
    const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) throw new AgentCallError(`agent answered ${response.status} ${String(answer.error ?? "")}: ${String(answer.message ?? "")}`.trim(), response.status, typeof answer.error === "string" ? answer.error : undefined);
    return answer;
  };
  /** A status read: undefined when the agent answers 404 (it holds nothing of that name). */
  const status = async (route: string): Promise<Record<string, unknown> | undefined> => {
    try {
      return await call("GET", route);
    } catch (error) {
      if (error instanceof AgentCallError && error.status === 404) return undefined;
      throw error;
    }
  };
  return {
    startJob: async (job, runId, tier) => (await call("POST", BACKUP_AGENT_ROUTES.job(job), { runId, tier })) as unknown as JobRunStatus,
    jobStatus: async (job, runId, tier) => (await status(`${BACKUP_AGENT_ROUTES.jobRun(job, runId)}?tier=${encodeURIComponent(tier)}`)) as JobRunStatus | undefined,
    startVerify: async (key) => (await call("POST", BACKUP_AGENT_ROUTES.verify, { key })) as unknown as VerifyStatus,
    verifyStatus: async (key) => (await status(`${BACKUP_AGENT_ROUTES.verify}?key=${encodeURIComponent(key)}`)) as VerifyStatus | undefined,
  };
}

/** A positive number of seconds from the environment, else the default. */
function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name]);
  if (env[name] && !(value > 0)) log.warn("setting ignored: not a positive number of seconds", { name, value: env[name], default: fallback });
  return value > 0 ? value : fallback;
}

/** What a request drives runs with; its budget starts when the request arrived. */
function runContext(env: NodeJS.ProcessEnv, firestore: FirestoreRestClient, arrivedAt: number, fields: Record<string, unknown>): RunContext {
  return {
    firestore,
    agent: agentClient(env),
    jobs: required(env, BACKUP_FUNCTION_ENV.jobs).split(",").map((job) => job.trim()).filter(Boolean),
    leaseTtlMs: seconds(env, BACKUP_FUNCTION_ENV.leaseTtlSec, BACKUP_FUNCTION_DEFAULTS.leaseTtlSec) * 1000,
    pollIntervalMs: seconds(env, BACKUP_FUNCTION_ENV.pollIntervalSec, BACKUP_FUNCTION_DEFAULTS.pollIntervalSec) * 1000,
    deadline: arrivedAt + seconds(env, BACKUP_FUNCTION_ENV.requestBudgetSec, BACKUP_FUNCTION_DEFAULTS.requestBudgetSec) * 1000,
    log: log.child(fields),
  };
}

function firestoreClient(env: NodeJS.ProcessEnv): FirestoreRestClient {
  return new FirestoreRestClient({
    projectId: required(env, BACKUP_FUNCTION_ENV.gcpProjectId),
    databaseId: env[BACKUP_FUNCTION_ENV.firestoreDatabase] || undefined,
    baseUrl: env[BACKUP_FUNCTION_ENV.firestoreBaseUrl] || undefined,
    accessToken: async () => {
      // One client per instance: it caches the token until near expiry.
      firestoreAuth ??= new GoogleAuth({ scopes: ["https://www.googleapis.com/auth/datastore"] });
      const token = await firestoreAuth.getAccessToken();
      if (!token) throw new Error("no access token from the function's identity");
      return token;
    },
  });
}

function secretsOf(env: NodeJS.ProcessEnv): SecretReader {
  const projectId = required(env, BACKUP_FUNCTION_ENV.gcpProjectId);
  const baseUrl = env[BACKUP_FUNCTION_ENV.secretManagerBaseUrl] || undefined;
  const key = `${projectId}\0${baseUrl ?? ""}`;
  if (secrets?.key !== key) {
    const reader = secretReader({
      projectId,
      baseUrl,
      accessToken: async () => {
        // Secret Manager takes the cloud-platform scope only; the client caches the token until near expiry.
        secretsAuth ??= new GoogleAuth({ scopes: ["https://www.googleapis.com/auth/cloud-platform"] });
        const token = await secretsAuth.getAccessToken();
        if (!token) throw new Error("no access token from the function's identity");
        return token;
      },
    });
    secrets = { key, reader };
  }
  return secrets.reader;
}

/** The bot's user id and token, read now; every secret that cannot be read is named (and logged). */
function botCredentials(env: NodeJS.ProcessEnv, logFields: Record<string, unknown>) {
  return async ({ userIdSecret, tokenSecret }: { userIdSecret: string; tokenSecret: string }): Promise<BotCredentials> => {
    const reader = secretsOf(env);
    const [userId, token] = await Promise.allSettled([reader.read(userIdSecret), reader.read(tokenSecret)]);
    const failed = [userId, token].flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
    for (const error of failed) {
      log.error("alert secret not readable", {
        ...logFields,
        ...(error instanceof SecretAccessError ? { secretId: error.secretId, status: error.status, code: error.code, detail: error.detail } : errorFields(error)),
      });
    }
    if (userId.status === "rejected" || token.status === "rejected") {
      throw new Error(`alert not posted: ${failed.map((error) => (error instanceof Error ? error.message : String(error))).join("; ")}`);
    }
    return { userId: userId.value, token: token.value };
  };
}

function alertContext(env: NodeJS.ProcessEnv, firestore: FirestoreRestClient, fields: Record<string, unknown>): AlertContext {
  return { firestore, sender: senderFromEnv(env, botCredentials(env, fields)), environment: env[BACKUP_FUNCTION_ENV.environment] || "unknown", log: log.child(fields) };
}

/** The failure alert for `runId` if it is failed; never throws (the run's answer stands either way). */
async function alertIfFailed(env: NodeJS.ProcessEnv, firestore: FirestoreRestClient, runId: string): Promise<AlertRecord | undefined> {
  try {
    return await alertFailedRun(alertContext(env, firestore, { runId }), runId);
  } catch (error) {
    log.error("failure alert not handled", { runId, ...errorFields(error) });
    return undefined;
  }
}

export async function backupRun(req: HttpRequest, res: HttpResponse): Promise<void> {
  const arrivedAt = Date.now();
  if (req.method !== "POST") {
    res.status(405).json({ error: "method_not_allowed" });
    return;
  }
  const env = process.env;
  const body = (typeof req.body === "object" && req.body !== null ? req.body : {}) as Record<string, unknown>;
  if (body.check !== undefined) {
    await freshness(env, body, res, arrivedAt);
    return;
  }
  const schedule = String(body.schedule ?? "");
  const tier = String(body.tier ?? "") as BackupTier;
  if (!/^[a-z0-9-]{1,40}$/.test(schedule) || !BACKUP_TIERS.includes(tier)) {
    res.status(400).json({ error: "bad_request", message: 'body must be {schedule, tier} or {"check": "freshness"}' });
    return;
  }
  // Same for every retry of one scheduled run; a manual call without it gets a fresh run.
  const scheduled = req.headers["x-cloudscheduler-scheduletime"];
  const runId = runIdFor(schedule, typeof scheduled === "string" ? scheduled : new Date().toISOString());
  const firestore = firestoreClient(env);
  try {
    const outcome = await runBackup(runContext(env, firestore, arrivedAt, { runId }), { schedule, tier }, runId);
    // A failed run is announced once; a duplicate delivery sends the alert only if no earlier call did.
    const alert = outcome.state === "failed" || outcome.state === "duplicate" ? await alertIfFailed(env, firestore, runId) : undefined;
    // The outcome is recorded, also when the run is unfinished (`running`, budget spent: the next
    // freshness check resumes it): answer 2xx so Scheduler does not retry.
    res.status(200).json(alert ? { ...outcome, alert } : outcome);
  } catch (error) {
    log.error("run could not be recorded", { runId, ...errorFields(error) });
    // If the run was recorded failed before the error, announce it now (a retry would find it sent).
    await alertIfFailed(env, firestore, runId);
    // Not recorded (e.g. Firestore down before the run document existed): a Scheduler retry may
    // start it; recorded but unfinished: the retry (or the next freshness check) resumes it.
    res.status(500).json({ error: "internal", runId });
  }
}

/**
 * The hourly check: first resumes every unfinished run (within this request's budget; a run that
 * ends failed is announced), then judges freshness, so a run finished now counts.
 */
async function freshness(env: NodeJS.ProcessEnv, body: Record<string, unknown>, res: HttpResponse, arrivedAt: number): Promise<void> {
  const maxAgeHours = Number(env[BACKUP_FUNCTION_ENV.maxAgeHours] || BACKUP_FUNCTION_DEFAULTS.maxAgeHours);
  if (body.check !== "freshness" || !(maxAgeHours > 0)) {
    res.status(400).json({ error: "bad_request", message: body.check !== "freshness" ? 'the only check is {"check": "freshness"}' : `${BACKUP_FUNCTION_ENV.maxAgeHours} is not a positive number` });
    return;
  }
  try {
    const firestore = firestoreClient(env);
    const resumed: Array<Record<string, unknown>> = [];
    let resumeError: string | undefined;
    try {
      const outcomes = await resumeRuns(runContext(env, firestore, arrivedAt, { check: "freshness" }));
      for (const outcome of outcomes) {
        const alert = outcome.state === "failed" ? await alertIfFailed(env, firestore, outcome.runId) : undefined;
        resumed.push({ runId: outcome.runId, state: outcome.state, ...(outcome.paused ? { paused: true } : {}), ...(outcome.error ? { error: outcome.error } : {}), ...(alert ? { alert } : {}) });
      }
    } catch (error) {
      // The finding still counts; Scheduler's retry (500 below) resumes again.
      resumeError = error instanceof Error ? error.message : String(error);
      log.error("unfinished runs not resumed", errorFields(error));
    }
    const finding = await checkFreshness(alertContext(env, firestore, { check: "freshness" }), maxAgeHours);
    log[finding.finding === "fresh" ? "info" : "warn"]("freshness checked", { finding: finding.finding, ageHours: finding.ageHours, newestVerifiedRunId: finding.newestVerifiedRunId, alertedNow: finding.alertedNow, resumed });
    res.status(resumeError ? 500 : 200).json({ ...finding, resumed, ...(resumeError ? { error: "internal", resumeError } : {}) });
  } catch (error) {
    log.error("freshness not checked", errorFields(error));
    // Scheduler retries; the alert document keeps a retry from sending twice.
    res.status(500).json({ error: "internal" });
  }
}
