import { splitSecretValues } from "../lib/constant-time";
import { type ExpectedSecret, KV_KEY_NAME_PATTERN, type ManagedWorker, MAX_SECRET_NAME_BYTES, MAX_SECRET_VALUE_BYTES, MAX_VALUES_PER_SECRET } from "./contract";
import { type KvClient } from "./kv";
import { type AuditEntry, ConflictError, type SecretsUiStore, type VersionRecord } from "./store";

/**
 * What the app does with a Worker's secrets: list what is expected against what KV holds, and
 * change one secret with check-and-set. Values pass through `change` on their way to KV and are
 * never returned, logged or stored elsewhere; only their keyed fingerprints are.
 */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export interface SecretRow extends ExpectedSecret {
  readonly present: boolean;
  readonly record: VersionRecord | null;
  /** Version the view is based on (the `expectedVersion` of its forms). */
  readonly version: number;
  /** Set when KV and the app's record disagree (a write outside the app, or one not yet visible). */
  readonly drift?: string;
}

export interface WorkerView {
  readonly worker: ManagedWorker;
  readonly rows: readonly SecretRow[];
  /** Keys in the namespace that no runtime expects. */
  readonly unexpected: readonly string[];
}

export type Action = "set" | "add-value" | "retire-old-values" | "delete";
export const ACTIONS: readonly Action[] = ["set", "add-value", "retire-old-values", "delete"];

export interface Actor {
  readonly sub: string;
  readonly name: string;
  readonly sourceIp: string;
  readonly userAgent: string;
}

export interface ChangeRequest {
  readonly action: string;
  readonly value?: string;
  readonly expectedVersion: string | undefined;
  readonly confirm?: string;
}

/** Name checks, in the order an operator needs the answer (empty, size, pattern, known). */
export function checkSecretName(worker: ManagedWorker, key: string): ExpectedSecret {
  if (!key) throw new InputError("the secret name is empty; pick one of the secrets this Worker expects");
  if (Buffer.byteLength(key) > MAX_SECRET_NAME_BYTES) throw new InputError(`the secret name is longer than ${MAX_SECRET_NAME_BYTES} bytes`);
  if (!KV_KEY_NAME_PATTERN.test(key)) throw new InputError(`the secret name ${JSON.stringify(key)} has characters outside A-Z, a-z, 0-9, ".", "_" and "-"`);
  const expected = worker.secrets.find((secret) => secret.key === key);
  if (!expected) throw new InputError(`"${key}" is not a secret the ${worker.title} reads`, 404);
  return expected;
}

/** Value checks; the messages never quote the value. */
export function checkSecretValue(secret: ExpectedSecret, value: string | undefined): string {
  if (value === undefined || value === "") throw new InputError("the value is empty; paste the new secret value");
  if (Buffer.byteLength(value) > MAX_SECRET_VALUE_BYTES) throw new InputError(`the value is larger than ${MAX_SECRET_VALUE_BYTES / 1024} KiB; a secret this large is likely a mistake`, 413);
  if (value.trim() !== value) throw new InputError("the value starts or ends with whitespace (often a copy-paste accident); remove it");
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new InputError("the value contains control characters (line breaks, tabs); a secret is one line");
  if (secret.multiValue && /[\s,]/.test(value)) throw new InputError("the value contains spaces or commas, which this Worker reads as separators between several values");
  return value;
}

export class SecretsService {
  constructor(
    private readonly kv: KvClient,
    private readonly store: SecretsUiStore,
    private readonly environment: string,
    private readonly fingerprint: (value: string) => string,
  ) {}

  async view(worker: ManagedWorker): Promise<WorkerView> {
    const [keys, records] = await Promise.all([this.kv.listKeys(worker.namespaceId), this.store.versions(worker.id, worker.secrets.map((secret) => secret.key))]);
    const byName = new Map(keys.map((key) => [key.name, key]));
    const rows = worker.secrets.map((secret): SecretRow => {
      const kvKey = byName.get(secret.key);
      const record = records.get(secret.key) ?? null;
      const writtenVersion = (kvKey?.metadata as { v?: unknown } | undefined)?.v;
      let drift: string | undefined;
      if (record && secret.writer === "operator") {
        if (record.state === "set" && !kvKey) drift = "missing from KV although the app set it (deleted outside the app, or not visible yet)";
        else if (record.state === "set" && writtenVersion !== record.version) drift = "changed outside the Secrets UI (e.g. wrangler); set it here to take it over";
        else if (record.state === "deleted" && kvKey) drift = "present in KV although the app deleted it";
      }
      return { ...secret, present: Boolean(kvKey), record, version: record?.version ?? 0, drift };
    });
    const expected = new Set(worker.secrets.map((secret) => secret.key));
    return { worker, rows, unexpected: keys.map((key) => key.name).filter((name) => !expected.has(name)) };
  }

  /** Validates, claims the next version (check-and-set), writes KV, releases the claim if KV refused. */
  async change(worker: ManagedWorker, key: string, request: ChangeRequest, actor: Actor): Promise<{ version: number; action: Action; fingerprints: readonly string[] }> {
    const secret = checkSecretName(worker, key);
    if (secret.writer !== "operator") throw new InputError(`"${key}" is written by Terraform; change it there, not here`, 403);
    if (!(ACTIONS as readonly string[]).includes(request.action)) throw new InputError(`unknown action ${JSON.stringify(String(request.action).slice(0, 40))}`);
    const action = request.action as Action;
    const expectedVersion = Number(request.expectedVersion);
    if (request.expectedVersion === undefined || !Number.isInteger(expectedVersion) || expectedVersion < 0) throw new InputError("the form has no valid version; reload the page");

    let values: string[] = [];
    if (action === "set") values = [checkSecretValue(secret, request.value)];
    else if (action === "add-value" || action === "retire-old-values") {
      if (!secret.multiValue) throw new InputError(`the ${worker.title} accepts one value for "${key}"; use Set to replace it`);
      const current = splitSecretValues((await this.kv.getValue(worker.namespaceId, key)) ?? "");
      if (action === "add-value") {
        const value = checkSecretValue(secret, request.value);
        if (current.includes(value)) throw new InputError("this value is already one of the valid values");
        if (current.length >= MAX_VALUES_PER_SECRET) throw new InputError(`already ${current.length} values are valid; retire old values first`);
        values = [...current, value];
      } else {
        if (current.length < 2) throw new InputError("there is only one value; nothing to retire");
        values = [current[current.length - 1]];
      }
    } else if (request.confirm !== key) throw new InputError(`to delete, type the secret's name "${key}" in the confirmation field`);

    const fingerprints = values.map((value) => this.fingerprint(value));
    const now = new Date().toISOString();
    const audit: Omit<AuditEntry, "version" | "workerId" | "key" | "at"> = { environment: this.environment, action, actorSub: actor.sub, actorName: actor.name, sourceIp: actor.sourceIp, userAgent: actor.userAgent.slice(0, 200), fingerprints };
    const claim = await this.store.claim(worker.id, key, expectedVersion, { state: action === "delete" ? "deleted" : "set", fingerprints, changedAt: now, changedBy: actor.sub, changedByName: actor.name }, audit);
    try {
      if (action === "delete") await this.kv.deleteValue(worker.namespaceId, key);
      // Metadata lets the list spot writes made outside the app (its version would not match).
      else await this.kv.putValue(worker.namespaceId, key, values.join("\n"), { v: claim.record.version, by: actor.sub, at: now });
    } catch (error) {
      await this.store.releaseClaim(claim, { ...audit, action: `${action}-failed`, detail: error instanceof Error ? error.message.slice(0, 300) : "unknown error" });
      throw error;
    }
    return { version: claim.record.version, action, fingerprints };
  }
}

export { ConflictError };
