// Backup function (Cloud Functions 2nd gen, HTTP): Cloud Scheduler calls it with an OIDC token
// (checked by Cloud Run's IAM before this code runs: only the scheduler's identity holds
// roles/run.invoker). It runs one backup through the agent on the swarm and records it in
// Firestore (`backups/{runId}`); a failed run is announced in Rocket.Chat once. The body
// `{"check": "freshness"}` (its own hourly job) alerts when no run was verified for too long.
// The alert bot's credentials are read from Secret Manager only when an alert is posted: a
// missing, disabled or unreadable secret is recorded on the alert, never a failed run or start.
import { GoogleAuth } from "google-auth-library";
import { fetchWithTimeout } from "../lib/fetch-timeout";
import { FirestoreRestClient } from "../lib/firestore-rest";
import { createLogger, errorFields } from "../lib/json-log";
import { BACKUP_AGENT_ROUTES, BACKUP_TIERS, type BackupTier, type JobManifest } from "../backup-agent/contract";
import { type AlertContext, alertFailedRun, checkFreshness } from "./alerts";
import { type AlertRecord, BACKUP_FUNCTION_DEFAULTS, BACKUP_FUNCTION_ENV } from "./contract";
import { type BotCredentials, senderFromEnv } from "./rocketchat";
import { type AgentClient, runBackup, runIdFor } from "./run";
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

function agentClient(env: NodeJS.ProcessEnv): AgentClient {
  const base = required(env, BACKUP_FUNCTION_ENV.agentUrl).replace(/\/+$/, "");
  const audience = required(env, BACKUP_FUNCTION_ENV.agentAudience);
  auth ??= new GoogleAuth();
  const call = async (route: string, body: unknown): Promise<Record<string, unknown>> => {
    // An identity token for the agent's audience, from the metadata server (the function's own service account).
    const client = await auth!.getIdTokenClient(audience);
    const token = await client.idTokenProvider.fetchIdToken(audience);
    const response = await fetchWithTimeout((input, init) => fetch(input, init), base + route, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) }, BACKUP_FUNCTION_DEFAULTS.agentTimeoutMs, `agent ${route}`);
    const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) throw new Error(`agent answered ${response.status} ${String(answer.error ?? "")}: ${String(answer.message ?? "")}`.trim());
    return answer;
  };
  return {
    runJob: async (job, runId, tier) => (await call(BACKUP_AGENT_ROUTES.job(job), { runId, tier })) as unknown as JobManifest,
    verify: async (key) => (await call(BACKUP_AGENT_ROUTES.verify, { key })) as unknown as { matches: boolean; bytes: number; sha256: string },
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
  if (req.method !== "POST") {
    res.status(405).json({ error: "method_not_allowed" });
    return;
  }
  const env = process.env;
  const body = (typeof req.body === "object" && req.body !== null ? req.body : {}) as Record<string, unknown>;
  if (body.check !== undefined) {
    await freshness(env, body, res);
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
    const outcome = await runBackup(
      {
        firestore,
        agent: agentClient(env),
        jobs: required(env, BACKUP_FUNCTION_ENV.jobs).split(",").map((job) => job.trim()).filter(Boolean),
        leaseTtlMs: Number(env[BACKUP_FUNCTION_ENV.leaseTtlSec] || BACKUP_FUNCTION_DEFAULTS.leaseTtlSec) * 1000,
        log: log.child({ runId }),
      },
      { schedule, tier },
      runId,
    );
    // A failed run is announced once; a duplicate delivery sends the alert only if no earlier call did.
    const alert = outcome.state === "failed" || outcome.state === "duplicate" ? await alertIfFailed(env, firestore, runId) : undefined;
    // The outcome is recorded: answer 2xx so Scheduler does not retry (a retry would find the run and do nothing anyway).
    res.status(200).json(alert ? { ...outcome, alert } : outcome);
  } catch (error) {
    log.error("run could not be recorded", { runId, ...errorFields(error) });
    // If the run was recorded failed before the error, announce it now (a retry would find it sent).
    await alertIfFailed(env, firestore, runId);
    // Not recorded (e.g. Firestore down before the run document existed): a Scheduler retry may start it.
    res.status(500).json({ error: "internal", runId });
  }
}

async function freshness(env: NodeJS.ProcessEnv, body: Record<string, unknown>, res: HttpResponse): Promise<void> {
  const maxAgeHours = Number(env[BACKUP_FUNCTION_ENV.maxAgeHours] || BACKUP_FUNCTION_DEFAULTS.maxAgeHours);
  if (body.check !== "freshness" || !(maxAgeHours > 0)) {
    res.status(400).json({ error: "bad_request", message: body.check !== "freshness" ? 'the only check is {"check": "freshness"}' : `${BACKUP_FUNCTION_ENV.maxAgeHours} is not a positive number` });
    return;
  }
  try {
    const firestore = firestoreClient(env);
    const finding = await checkFreshness(alertContext(env, firestore, { check: "freshness" }), maxAgeHours);
    log[finding.finding === "fresh" ? "info" : "warn"]("freshness checked", { finding: finding.finding, ageHours: finding.ageHours, newestVerifiedRunId: finding.newestVerifiedRunId, alertedNow: finding.alertedNow });
    res.status(200).json(finding);
  } catch (error) {
    log.error("freshness not checked", errorFields(error));
    // Scheduler retries; the alert document keeps a retry from sending twice.
    res.status(500).json({ error: "internal" });
  }
}
