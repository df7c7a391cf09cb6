// The relay's settings from its environment (names in ./contract.ts); secrets are read from the
// files the `*_FILE` variables name (docker secrets).
import * as fs from "node:fs";
import { RELAY_DEFAULTS, RELAY_ENV, RELAY_SECRET_FILE_ENV } from "./contract";

export type RelayEnv = Readonly<Record<string, string | undefined>>;

export class RelayConfigError extends Error {
  override readonly name = "RelayConfigError";
}

export interface RelaySettings {
  readonly environment: string;
  readonly mongoUri: string;
  readonly database: string;
  readonly collections: readonly string[];
  readonly projectId: string;
  readonly topic: string;
  readonly pubsubBaseUrl: string;
  readonly serviceAccountKeyJson: string;
  readonly stateFile: string;
  readonly healthPort: number;
  readonly healthStaleSec: number;
  readonly backoffInitialMs: number;
  readonly backoffMaxMs: number;
}

/** Reads and checks every setting; the error lists each problem by variable name, never a secret value. */
export function readSettings(env: RelayEnv): RelaySettings {
  const problems: string[] = [];
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is not set`);
    return value ?? "";
  };
  const secretFile = (name: string): string => {
    const file = required(name);
    if (!file) return "";
    try {
      return fs.readFileSync(file, "utf8").trim();
    } catch (error) {
      problems.push(`${name}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
      return "";
    }
  };
  const integer = (name: string, fallback: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) problems.push(`${name} is ${JSON.stringify(raw)}; give a whole number`);
    return value;
  };
  const collections = (env[RELAY_ENV.mongoCollections] ?? "").split(",").map((c) => c.trim()).filter(Boolean);
  const settings: RelaySettings = {
    environment: env[RELAY_ENV.environment] ?? "unknown",
    mongoUri: secretFile(RELAY_SECRET_FILE_ENV.mongoUri),
    database: env[RELAY_ENV.mongoDatabase]?.trim() || RELAY_DEFAULTS.mongoDatabase,
    collections: collections.length > 0 ? collections : RELAY_DEFAULTS.mongoCollections,
    projectId: required(RELAY_ENV.gcpProjectId),
    topic: required(RELAY_ENV.pubsubTopic),
    pubsubBaseUrl: env[RELAY_ENV.pubsubBaseUrl]?.trim() || RELAY_DEFAULTS.pubsubBaseUrl,
    serviceAccountKeyJson: secretFile(RELAY_SECRET_FILE_ENV.serviceAccountKey),
    stateFile: env[RELAY_ENV.stateFile]?.trim() || RELAY_DEFAULTS.stateFile,
    healthPort: integer(RELAY_ENV.healthPort, RELAY_DEFAULTS.healthPort),
    healthStaleSec: integer(RELAY_ENV.healthStaleSec, RELAY_DEFAULTS.healthStaleSec),
    backoffInitialMs: integer(RELAY_ENV.backoffInitialMs, RELAY_DEFAULTS.backoffInitialMs),
    backoffMaxMs: integer(RELAY_ENV.backoffMaxMs, RELAY_DEFAULTS.backoffMaxMs),
  };
  if (settings.mongoUri && !/^mongodb(\+srv)?:\/\//.test(settings.mongoUri)) problems.push(`${RELAY_SECRET_FILE_ENV.mongoUri}: the file does not hold a mongodb:// URI`);
  if (problems.length > 0) throw new RelayConfigError(`mongo-relay settings: ${problems.join("; ")}`);
  return settings;
}

