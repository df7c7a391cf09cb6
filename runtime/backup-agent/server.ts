// The agent's HTTP surface: thin parse → authenticate → act → answer. Only /healthz answers
// without a token (it says nothing but "ok"); everything else needs the backup function's
// Google-signed identity token.
//
// Jobs and read-backs run in the background and are polled: the agent is reached through
// Cloudflare's proxy, which answers 524 when the origin has not answered within 100 s. Runs are
// held in memory (one dump per job at a time; finished results for resultRetentionHours), and a
// run the agent does not hold (it restarted) is found by its manifest in the bucket or is unknown.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { S3Client } from "@aws-sdk/client-s3";
import { createLogger, errorFields } from "../lib/json-log";
import { archiveJob, checkPartSize, JobError, measureObject, readManifest } from "./archive";
import { AuthError, createAuthenticator } from "./auth";
import { type DumpCommand, dumpCommand } from "./jobs";
import { type AgentErrorCode, archiveKey, BACKUP_AGENT_DEFAULTS, BACKUP_AGENT_ROUTES, BACKUP_TIERS, type BackupJobSpec, type BackupTier, type JobManifest, type JobRunStatus, type VerifyStatus } from "./contract";
import { seaweedfsDump } from "./seaweedfs";
import type { AgentSettings } from "./settings";
import { createDumpIntake, type DumpIntake, dockerApi, swarmJobDump } from "./swarm-job";

const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const JOB_RUN_PATH = /^\/v1\/jobs\/([^/]+)\/runs\/([^/]+)$/;
const log = createLogger({ service: "backup-agent" });

/** One run of a job, as the agent holds it (answered as `JobRunStatus`). */
interface JobRun {
  readonly job: string;
  readonly runId: string;
  readonly tier: BackupTier;
  state: JobRunStatus["state"];
  bytesUploaded: number;
  manifest?: JobManifest;
  code?: AgentErrorCode;
  error?: string;
  finishedAt?: number;
}

/** One read-back of a stored object (answered as `VerifyStatus`). */
interface VerifyCheck {
  readonly key: string;
  state: VerifyStatus["state"];
  bytes?: number;
  sha256?: string;
  matches?: boolean;
  error?: string;
  finishedAt?: number;
}

const jobRunStatus = ({ job, runId, state, manifest, code, error, bytesUploaded }: JobRun): JobRunStatus => ({ job, runId, state, bytesUploaded, ...(manifest ? { manifest } : {}), ...(code ? { code, error } : {}) });
const verifyStatus = ({ key, state, bytes, sha256, matches, error }: VerifyCheck): VerifyStatus => ({ key, state, ...(state === "done" ? { bytes, sha256, matches } : {}), ...(error ? { error } : {}) });

/** The agent's HTTP server, and a way to stop its background jobs cleanly. */
export interface AgentServer extends Server {
  /**
   * Stops every running job (the dump is stopped, its swarm job removed, its multipart upload
   * aborted) and resolves when they have ended, or after `timeoutMs`.
   */
  stopJobs(timeoutMs: number): Promise<void>;
}

export function createAgentServer(settings: AgentSettings): AgentServer {
  checkPartSize(settings.partSizeBytes);
  const authenticate = createAuthenticator({ ...settings, clockToleranceSec: BACKUP_AGENT_DEFAULTS.clockToleranceSec, maxTokenAgeSec: BACKUP_AGENT_DEFAULTS.maxTokenAgeSec });
  const client = new S3Client({
    region: "auto",
    endpoint: settings.s3Endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // R2 implements only some checksum headers (contract §3): send them only when required.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const target = { client, bucket: settings.bucket, partSizeBytes: settings.partSizeBytes, queueSize: settings.queueSize };
  /** Runs by job and run id: the running ones, and the finished ones for resultRetentionHours. */
  const runs = new Map<string, JobRun>();
  /** The run each job is running: one dump of a job at a time, whatever the caller does. */
  const running = new Map<string, JobRun>();
  /** Read-backs by object key, the newest of each. */
  const checks = new Map<string, VerifyCheck>();
  const runKey = (job: string, runId: string) => `${job}\u0000${runId}`;
  /** Aborted when the agent stops: every running job ends and aborts its upload. */
  const stopping = new AbortController();
  const jobsRunning = new Set<Promise<void>>();
  const forget = () => {
    const before = Date.now() - BACKUP_AGENT_DEFAULTS.resultRetentionHours * 3_600_000;
    for (const [key, run] of runs) if (run.finishedAt !== undefined && run.finishedAt < before) runs.delete(key);
    for (const [key, check] of checks) if (check.finishedAt !== undefined && check.finishedAt < before) checks.delete(key);
  };
  const jobs = new Map(settings.jobs.map((job) => [job.name, job]));
  // Jobs with `swarm` settings run their dump tool as a swarm job that streams to the intake.
  let intake: DumpIntake | undefined;
  const docker = settings.dockerApiUrl ? dockerApi(settings.dockerApiUrl) : undefined;
  if (settings.jobs.some((job) => job.swarm)) {
    intake = createDumpIntake({ port: settings.intakePort, onRefused: (reason, remoteAddress) => log.warn("intake connection refused", { reason, remoteAddress }) });
    void intake.listening.then((port) => log.info("intake listening", { port }));
  }

  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://agent");
    if (req.method === "GET" && url.pathname === BACKUP_AGENT_ROUTES.health) return answer(res, 200, { ok: true });
    try {
      await authenticate(req.headers.authorization);
    } catch (error) {
      const status = error instanceof AuthError ? error.status : 401;
      log.warn("request refused", { path: url.pathname, status, reason: error instanceof Error ? error.message : String(error) });
      return answer(res, status, { error: status === 401 ? "unauthenticated" : "forbidden" });
    }
    forget();
    if (req.method === "GET") {
      if (url.pathname === BACKUP_AGENT_ROUTES.verify) {
        const check = checks.get(url.searchParams.get("key") ?? "");
        return check ? answer(res, 200, verifyStatus(check)) : answer(res, 404, { error: "not-found", message: "no read-back of this key is held" });
      }
      const runMatch = JOB_RUN_PATH.exec(url.pathname);
      const job = runMatch ? jobs.get(decodeURIComponent(runMatch[1])) : undefined;
      if (!runMatch || !job) return answer(res, 404, { error: "not-found" });
      return void (await answerJobRun(res, job, decodeURIComponent(runMatch[2]), url.searchParams.get("tier") ?? ""));
    }
    if (req.method !== "POST") return answer(res, 405, { error: "bad-request" });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse((await readBody(req, 64 * 1024)) || "{}");
    } catch {
      return answer(res, 400, { error: "bad-request", message: "body is not JSON" });
    }

    if (url.pathname === BACKUP_AGENT_ROUTES.verify) return void (await startVerify(res, String(body.key ?? "")));

    const jobMatch = /^\/v1\/jobs\/([^/]+)$/.exec(url.pathname);
    const job = jobMatch ? jobs.get(decodeURIComponent(jobMatch[1])) : undefined;
    if (!job) return answer(res, 404, { error: "not-found" });
    const runId = String(body.runId ?? "");
    const tier = String(body.tier ?? "daily") as BackupTier;
    if (!RUN_ID.test(runId) || !BACKUP_TIERS.includes(tier)) return answer(res, 400, { error: "bad-request", message: "runId or tier invalid" });
    // The same run again: its status, never a second dump.
    const known = runs.get(runKey(job.name, runId));
    if (known) return answer(res, known.state === "running" ? 202 : 200, jobRunStatus(known));
    const current = running.get(job.name);
    if (current) return answer(res, 409, { error: "busy", message: `job ${job.name} is already running (run ${current.runId})` });
    const run: JobRun = { job: job.name, runId, tier, state: "running", bytesUploaded: 0 };
    runs.set(runKey(job.name, runId), run);
    running.set(job.name, run);
    const done = runJob(job, run).finally(() => {
      running.delete(job.name);
      jobsRunning.delete(done);
    });
    jobsRunning.add(done);
    answer(res, 202, jobRunStatus(run));
  });

  /** Dumps, encrypts and uploads in the background; the outcome lands on `run`. */
  async function runJob(job: BackupJobSpec, run: JobRun): Promise<void> {
    const { runId, tier } = run;
    const jobLog = log.child({ runId, job: job.name });
    const finish = (fields: Partial<JobRun>) => Object.assign(run, fields, { finishedAt: Date.now() });
    try {
      // Started before by an agent that then stopped (a restart): the bucket has the answer, and a
      // second upload to a locked key could only fail.
      const stored = await storedManifest(job, tier, runId).catch((error: unknown) => {
        jobLog.warn("stored manifest not checked", errorFields(error));
        return undefined;
      });
      if (stored) {
        jobLog.info("job already uploaded; not dumped again", { key: stored.key });
        return void finish({ state: "uploaded", manifest: stored, bytesUploaded: stored.bytes });
      }
      jobLog.info("job started", { tier });
      const swarm = job.swarm;
      const startDump =
        job.kind === "seaweedfs"
          ? () => seaweedfsDump({ job, tier, runId, client, bucket: settings.bucket, onEvent: (message, fields) => jobLog.info(message, fields) })
          : swarm && intake && docker
          ? (command: DumpCommand) =>
              swarmJobDump({
                api: docker,
                intake: intake!,
                intakeHost: swarm.intakeHost ?? settings.intakeHost ?? "",
                intakePort: settings.intakePort,
                runId,
                job,
                swarm,
                command,
                startTimeoutMs: settings.jobStartTimeoutMs,
                onEvent: (level, message, fields) => jobLog[level](message, fields),
              })
          : undefined;
      const manifest = await archiveJob(target, { runId, tier, job, recipients: settings.recipients, timeoutMs: settings.jobTimeoutMs, startDump, signal: stopping.signal, onProgress: (loaded) => (run.bytesUploaded = loaded) });
      jobLog.info("job uploaded", { key: manifest.key, bytes: manifest.bytes, sha256: manifest.sha256, durationMs: manifest.durationMs });
      finish({ state: "uploaded", manifest, bytesUploaded: manifest.bytes });
    } catch (error) {
      const code = error instanceof JobError ? error.code : "upload-failed";
      jobLog.error("job failed", { code, ...errorFields(error) });
      finish({ state: "failed", code, error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** The manifest of a job's run in the bucket; undefined when there is none. */
  async function storedManifest(job: BackupJobSpec, tier: BackupTier, runId: string): Promise<JobManifest | undefined> {
    try {
      return await readManifest(client, settings.bucket, archiveKey(tier, job.name, runId, dumpCommand(job).extension));
    } catch (error) {
      if (isNoSuchKey(error)) return undefined;
      throw error;
    }
  }

  async function answerJobRun(res: ServerResponse, job: BackupJobSpec, runId: string, tierParam: string): Promise<void> {
    const known = runs.get(runKey(job.name, runId));
    if (known) return answer(res, 200, jobRunStatus(known));
    const tier = tierParam as BackupTier;
    if (!RUN_ID.test(runId) || !BACKUP_TIERS.includes(tier)) return answer(res, 400, { error: "bad-request", message: "runId or tier invalid" });
    let stored: JobManifest | undefined;
    try {
      stored = await storedManifest(job, tier, runId);
    } catch (error) {
      log.warn("stored manifest not read", { runId, job: job.name, ...errorFields(error) });
      return answer(res, 503, { error: "storage-unavailable", message: error instanceof Error ? error.message : String(error) });
    }
    if (!stored) return answer(res, 404, { error: "not-found", message: `run ${runId} of job ${job.name} is not running here and has no manifest in the bucket` });
    // Remembered: the next poll does not read the bucket again.
    const run: JobRun = { job: job.name, runId, tier, state: "uploaded", manifest: stored, bytesUploaded: stored.bytes, finishedAt: Date.now() };
    runs.set(runKey(job.name, runId), run);
    answer(res, 200, jobRunStatus(run));
  }

  /**
   * Reading an object back takes as long as its download (minutes for a big archive), longer than
   * the proxy waits: the manifest is read now (404 without one), the object in the background.
   */
  async function startVerify(res: ServerResponse, key: string): Promise<void> {
    if (!key || key.length > 1024) return answer(res, 400, { error: "bad-request", message: "key missing or too long" });
    const current = checks.get(key);
    if (current?.state === "running") return answer(res, 202, verifyStatus(current));
    let manifest: JobManifest;
    try {
      manifest = await readManifest(client, settings.bucket, key);
    } catch (error) {
      return answer(res, 404, { error: "not-found", message: error instanceof Error ? error.message : String(error) });
    }
    const started = checks.get(key);
    if (started?.state === "running") return answer(res, 202, verifyStatus(started));
    const check: VerifyCheck = { key, state: "running" };
    checks.set(key, check);
    measureObject(client, settings.bucket, key).then(
      (stored) => Object.assign(check, { state: "done", ...stored, matches: stored.bytes === manifest.bytes && stored.sha256 === manifest.sha256, finishedAt: Date.now() }),
      (error: unknown) => {
        log.warn("read-back failed", { key, ...errorFields(error) });
        Object.assign(check, { state: "failed", error: error instanceof Error ? error.message : String(error), finishedAt: Date.now() });
      },
    );
    answer(res, 202, verifyStatus(check));
  }

  if (intake) {
    // The agent must not run without its intake (port taken): fail like a failed listen.
    intake.listening.catch((error: Error) => server.emit("error", error));
    server.once("close", () => void intake!.close());
  }
  return Object.assign(server, {
    async stopJobs(timeoutMs: number): Promise<void> {
      stopping.abort();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...jobsRunning]), new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
      clearTimeout(timer);
    },
  });
}

/** S3's "no such object" (GetObject's NoSuchKey, or a bare 404). */
function isNoSuchKey(error: unknown): boolean {
  const failure = error as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  return failure?.name === "NoSuchKey" || failure?.$metadata?.httpStatusCode === 404;
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Error("body too large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
