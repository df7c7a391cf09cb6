import * as fs from "node:fs";
import { BACKUP_AGENT_DEFAULTS, BACKUP_AGENT_ENV, BACKUP_AGENT_SECRET_FILE_ENV, type BackupJobSpec, MIB } from "./contract";
import { parseX25519Recipient } from "./age-v1";
import { dumpCommand, parseJobs } from "./jobs";
import { swarmSettingsProblems } from "./swarm-job";

export interface AgentSettings {
  readonly port: number;
  readonly audience: string;
  readonly callerEmail: string;
  readonly jwksUrl: string;
  readonly issuers: readonly string[];
  readonly s3Endpoint: string;
  readonly bucket: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly recipients: readonly string[];
  readonly jobs: readonly BackupJobSpec[];
  readonly partSizeBytes: number;
  readonly queueSize: number;
  readonly jobTimeoutMs: number;
  /** Docker Engine API (socket proxy) for jobs with `swarm` settings; set whenever one has. */
  readonly dockerApiUrl?: string;
  /** Port of the intake swarm jobs stream to. */
  readonly intakePort: number;
  /** The agent's DNS name on the job networks (a job's `swarm.intakeHost` wins). */
  readonly intakeHost?: string;
  readonly jobStartTimeoutMs: number;
}

/** Reads the settings; every missing or bad one listed at once. */
export function readSettings(env: NodeJS.ProcessEnv): AgentSettings {
  const problems: string[] = [];
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is not set`);
    return value ?? "";
  };
  const secret = (name: string): string => {
    const file = required(name);
    if (!file) return "";
    try {
      return fs.readFileSync(file, "utf8").trim();
    } catch (error) {
      problems.push(`${name}: cannot read ${file} (${(error as NodeJS.ErrnoException).code})`);
      return "";
    }
  };
  const integer = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) problems.push(`${name} is "${raw}"; use a positive integer`);
    return value;
  };
  const recipients = required(BACKUP_AGENT_ENV.ageRecipients)
    .split(/[\s,]+/)
    .filter(Boolean);
  // Parsed as the encrypter will (bech32 checksum, X25519 only): a bad key stops the agent at start, not a backup at 2 a.m.
  for (const recipient of recipients) {
    try {
      parseX25519Recipient(recipient);
    } catch (error) {
      problems.push(`${BACKUP_AGENT_ENV.ageRecipients}: ${(error as Error).message}`);
    }
  }
  let jobs: BackupJobSpec[] = [];
  const jobsJson = required(BACKUP_AGENT_ENV.jobs) || "[]";
  try {
    jobs = parseJobs(jobsJson);
  } catch (error) {
    problems.push((error as Error).message);
  }
  const swarmJobs = swarmJobProblems(jobsJson, env[BACKUP_AGENT_ENV.intakeHost]?.trim(), problems);
  const dockerApiUrl = env[BACKUP_AGENT_ENV.dockerApiUrl]?.trim() || undefined;
  if (swarmJobs.length > 0 && !dockerApiUrl) problems.push(`${BACKUP_AGENT_ENV.dockerApiUrl} is not set; jobs ${swarmJobs.join(", ")} run as swarm jobs and need the Docker API (socket proxy) URL, e.g. "http://docker-api-proxy:2375"`);
  if (dockerApiUrl && !/^https?:\/\/[^\s/]+\/?$/.test(dockerApiUrl)) problems.push(`${BACKUP_AGENT_ENV.dockerApiUrl} is "${dockerApiUrl}"; give scheme, host and port only, e.g. "http://docker-api-proxy:2375"`);
  const settings: AgentSettings = {
    port: integer(BACKUP_AGENT_ENV.port, BACKUP_AGENT_DEFAULTS.port),
    audience: required(BACKUP_AGENT_ENV.audience),
    callerEmail: required(BACKUP_AGENT_ENV.callerEmail),
    jwksUrl: env[BACKUP_AGENT_ENV.jwksUrl] || BACKUP_AGENT_DEFAULTS.jwksUrl,
    issuers: env[BACKUP_AGENT_ENV.issuers]?.split(",").filter(Boolean) ?? BACKUP_AGENT_DEFAULTS.issuers,
    s3Endpoint: required(BACKUP_AGENT_ENV.s3Endpoint),
    bucket: required(BACKUP_AGENT_ENV.bucket),
    accessKeyId: secret(BACKUP_AGENT_SECRET_FILE_ENV.s3AccessKeyId),
    secretAccessKey: secret(BACKUP_AGENT_SECRET_FILE_ENV.s3SecretAccessKey),
    recipients,
    jobs,
    partSizeBytes: integer(BACKUP_AGENT_ENV.partSizeMiB, BACKUP_AGENT_DEFAULTS.partSizeMiB) * MIB,
    queueSize: integer(BACKUP_AGENT_ENV.uploadQueueSize, BACKUP_AGENT_DEFAULTS.uploadQueueSize),
    jobTimeoutMs: integer(BACKUP_AGENT_ENV.jobTimeoutSec, BACKUP_AGENT_DEFAULTS.jobTimeoutSec) * 1000,
    dockerApiUrl,
    intakePort: integer(BACKUP_AGENT_ENV.intakePort, BACKUP_AGENT_DEFAULTS.intakePort),
    intakeHost: env[BACKUP_AGENT_ENV.intakeHost]?.trim() || undefined,
    jobStartTimeoutMs: integer(BACKUP_AGENT_ENV.jobStartTimeoutSec, BACKUP_AGENT_DEFAULTS.jobStartTimeoutSec) * 1000,
  };
  if (problems.length > 0) throw new Error(`backup agent settings:\n  - ${problems.join("\n  - ")}`);
  return settings;
}

/**
 * Checks the `swarm` settings of every job in BACKUP_JOBS (parseJobs checks the rest), pushing
 * each problem; returns the names of the jobs that run as swarm jobs.
 */
function swarmJobProblems(jobsJson: string, defaultIntakeHost: string | undefined, problems: string[]): string[] {
  let raw: unknown;
  try {
    raw = JSON.parse(jobsJson);
  } catch {
    return []; // parseJobs reported it
  }
  if (!Array.isArray(raw)) return [];
  const names: string[] = [];
  const found: string[] = [];
  raw.forEach((job: Record<string, unknown> | null, i) => {
    if (job?.swarm === undefined) return;
    names.push(String(job.name));
    const files: { field: string; path: string }[] = [];
    try {
      const command = dumpCommand(job as unknown as BackupJobSpec);
      for (const [variable, file] of Object.entries(command.secretEnvFiles)) files.push({ field: file === job.passwordFile ? `jobs[${i}].passwordFile` : `jobs[${i}] file of ${variable}`, path: file });
    } catch {
      // parseJobs reported it
    }
    if (job.kind === "mongodb" && typeof job.configFile === "string") files.push({ field: `jobs[${i}].configFile`, path: job.configFile });
    found.push(...swarmSettingsProblems(job.swarm, `jobs[${i}].swarm`, files));
    const swarm = job.swarm as { intakeHost?: unknown } | null;
    if (!defaultIntakeHost && typeof swarm === "object" && swarm !== null && swarm.intakeHost === undefined) {
      found.push(`jobs[${i}].swarm.intakeHost is not set and neither is ${BACKUP_AGENT_ENV.intakeHost}; give the agent's DNS name on the job networks`);
    }
  });
  if (found.length > 0) problems.push(`${BACKUP_AGENT_ENV.jobs}:\n  - ${found.join("\n  - ")}`);
  return names;
}
