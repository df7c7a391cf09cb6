import * as fs from "node:fs";
import { BACKUP_AGENT_DEFAULTS, BACKUP_AGENT_ENV, BACKUP_AGENT_SECRET_FILE_ENV, type BackupJobSpec, MIB } from "./contract";
import { parseJobs } from "./jobs";

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
  for (const recipient of recipients) if (!/^age1[0-9a-z]+$/.test(recipient)) problems.push(`${BACKUP_AGENT_ENV.ageRecipients}: "${recipient.slice(0, 20)}…" is not an age recipient (age1…)`);
  let jobs: BackupJobSpec[] = [];
  try {
    jobs = parseJobs(required(BACKUP_AGENT_ENV.jobs) || "[]");
  } catch (error) {
    problems.push((error as Error).message);
  }
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
  };
  if (problems.length > 0) throw new Error(`backup agent settings:\n  - ${problems.join("\n  - ")}`);
  return settings;
}
