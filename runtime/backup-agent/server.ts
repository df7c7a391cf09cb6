// The agent's HTTP surface: thin parse → authenticate → act → answer. Only /healthz answers
// without a token (it says nothing but "ok"); everything else needs the backup function's
// Google-signed identity token.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { S3Client } from "@aws-sdk/client-s3";
import { createLogger, errorFields } from "../lib/json-log";
import { archiveJob, checkPartSize, JobError, measureObject, readManifest } from "./archive";
import { AuthError, createAuthenticator } from "./auth";
import type { DumpCommand } from "./jobs";
import { BACKUP_AGENT_DEFAULTS, BACKUP_AGENT_ROUTES, BACKUP_TIERS, type BackupTier } from "./contract";
import { seaweedfsDump } from "./seaweedfs";
import type { AgentSettings } from "./settings";
import { createDumpIntake, type DumpIntake, dockerApi, swarmJobDump } from "./swarm-job";

const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const log = createLogger({ service: "backup-agent" });

export function createAgentServer(settings: AgentSettings): Server {
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
  const running = new Set<string>();
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
    if (req.method !== "POST") return answer(res, 405, { error: "bad-request" });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse((await readBody(req, 64 * 1024)) || "{}");
    } catch {
      return answer(res, 400, { error: "bad-request", message: "body is not JSON" });
    }

    if (url.pathname === BACKUP_AGENT_ROUTES.verify) {
      const key = String(body.key ?? "");
      try {
        const manifest = await readManifest(client, settings.bucket, key);
        const stored = await measureObject(client, settings.bucket, key);
        return answer(res, 200, { key, ...stored, matches: stored.bytes === manifest.bytes && stored.sha256 === manifest.sha256 });
      } catch (error) {
        return answer(res, 404, { error: "not-found", message: error instanceof Error ? error.message : String(error) });
      }
    }

    const jobMatch = /^\/v1\/jobs\/([^/]+)$/.exec(url.pathname);
    const job = jobMatch ? jobs.get(decodeURIComponent(jobMatch[1])) : undefined;
    if (!job) return answer(res, 404, { error: "not-found" });
    const runId = String(body.runId ?? "");
    const tier = String(body.tier ?? "daily") as BackupTier;
    if (!RUN_ID.test(runId) || !BACKUP_TIERS.includes(tier)) return answer(res, 400, { error: "bad-request", message: "runId or tier invalid" });
    // One dump of a job at a time, whatever the caller does.
    if (running.has(job.name)) return answer(res, 409, { error: "busy", message: `job ${job.name} is already running` });
    running.add(job.name);
    const jobLog = log.child({ runId, job: job.name });
    jobLog.info("job started", { tier });
    try {
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
      const manifest = await archiveJob(target, { runId, tier, job, recipients: settings.recipients, timeoutMs: settings.jobTimeoutMs, startDump });
      jobLog.info("job uploaded", { key: manifest.key, bytes: manifest.bytes, sha256: manifest.sha256, durationMs: manifest.durationMs });
      answer(res, 200, manifest);
    } catch (error) {
      const code = error instanceof JobError ? error.code : "upload-failed";
      jobLog.error("job failed", { code, ...errorFields(error) });
      answer(res, 500, { error: code, message: error instanceof Error ? error.message : String(error) });
    } finally {
      running.delete(job.name);
    }
  });
  if (intake) {
    // The agent must not run without its intake (port taken): fail like a failed listen.
    intake.listening.catch((error: Error) => server.emit("error", error));
    server.once("close", () => void intake!.close());
  }
  return server;
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
