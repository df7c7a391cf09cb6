// Backup function (Cloud Functions 2nd gen, HTTP): Cloud Scheduler calls it with an OIDC token
// (checked by Cloud Run's IAM before this code runs: only the scheduler's identity holds
// roles/run.invoker). It runs one backup through the agent on the swarm and records it in
// Firestore (`backups/{runId}`).
import { GoogleAuth } from "google-auth-library";
import { fetchWithTimeout } from "../lib/fetch-timeout";
import { FirestoreRestClient } from "../lib/firestore-rest";
import { createLogger, errorFields } from "../lib/json-log";
import { BACKUP_AGENT_ROUTES, BACKUP_TIERS, type BackupTier, type JobManifest } from "../backup-agent/contract";
import { BACKUP_FUNCTION_DEFAULTS, BACKUP_FUNCTION_ENV } from "./contract";
import { type AgentClient, runBackup, runIdFor } from "./run";

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

export async function backupRun(req: HttpRequest, res: HttpResponse): Promise<void> {
  if (req.method !== "POST") {
    res.status(405).json({ error: "method_not_allowed" });
    return;
  }
  const env = process.env;
  const body = (typeof req.body === "object" && req.body !== null ? req.body : {}) as Record<string, unknown>;
  const schedule = String(body.schedule ?? "");
  const tier = String(body.tier ?? "") as BackupTier;
  if (!/^[a-z0-9-]{1,40}$/.test(schedule) || !BACKUP_TIERS.includes(tier)) {
    res.status(400).json({ error: "bad_request", message: "body must be {schedule, tier}" });
    return;
  }
  // Same for every retry of one scheduled run; a manual call without it gets a fresh run.
  const scheduled = req.headers["x-cloudscheduler-scheduletime"];
  const runId = runIdFor(schedule, typeof scheduled === "string" ? scheduled : new Date().toISOString());
  const firestore = new FirestoreRestClient({
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
    // The outcome is recorded: answer 2xx so Scheduler does not retry (a retry would find the run and do nothing anyway).
    res.status(200).json(outcome);
  } catch (error) {
    log.error("run could not be recorded", { runId, ...errorFields(error) });
    // Not recorded (e.g. Firestore down before the run document existed): a Scheduler retry may start it.
    res.status(500).json({ error: "internal", runId });
  }
}
