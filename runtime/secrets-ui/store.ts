import { DATASTORE_SCOPE, getAccessToken, invalidateAccessToken, type ServiceAccountKey } from "../lib/google-auth";
import { FirestoreError, FirestoreRestClient, fromFields, toFields, type FirestoreDocument, type Write } from "../lib/firestore-rest";
import { COLLECTION } from "./contract";

/**
 * The app's own records in Firestore (outside KV's 1024-byte metadata limit):
 *
 * - `secrets_ui_versions/{worker}:{key}` — one per managed secret: its version (0 = never set
 *   through the app), state, the fingerprints of the values, when and by whom. This is the
 *   check-and-set anchor KV itself lacks (see `claim`).
 * - `secrets_ui_audit/{time}-{random}` — one document per change, created with an
 *   `exists: false` precondition and never updated or deleted by the app.
 */
export interface VersionRecord {
  readonly workerId: string;
  readonly key: string;
  readonly version: number;
  readonly state: "set" | "deleted";
  readonly fingerprints: readonly string[];
  readonly changedAt: string;
  readonly changedBy: string;
  readonly changedByName: string;
}

export interface AuditEntry {
  readonly at: string;
  readonly environment: string;
  readonly workerId: string;
  readonly key: string;
  /** `set`, `add-value`, `retire-old-values`, `delete`, or one of them + `-failed`. */
  readonly action: string;
  readonly actorSub: string;
  readonly actorName: string;
  readonly sourceIp: string;
  readonly userAgent: string;
  /** Fingerprints of the values now valid (never a value). */
  readonly fingerprints: readonly string[];
  readonly version: number;
  readonly detail?: string;
}

/** The secret changed since the operator's view (or while the change was being claimed). */
export class ConflictError extends Error {
  override readonly name = "ConflictError";
  constructor(readonly current: VersionRecord | null) {
    super(
      current
        ? `this secret was changed by ${current.changedByName || current.changedBy} at ${current.changedAt} (now version ${current.version}) after you loaded the page; nothing was written — reload, check, and try again`
        : "this secret changed after you loaded the page; nothing was written — reload, check, and try again",
    );
  }
}

export interface Claim {
  readonly record: VersionRecord;
  readonly previous: VersionRecord | null;
  readonly updateTime: string;
}

export class SecretsUiStore {
  private readonly client: FirestoreRestClient;

  constructor(options: { projectId: string; databaseId: string; serviceAccountKey: ServiceAccountKey; baseUrl?: string }) {
    this.client = new FirestoreRestClient({
      projectId: options.projectId,
      databaseId: options.databaseId,
      baseUrl: options.baseUrl,
      accessToken: () => getAccessToken(options.serviceAccountKey),
      onUnauthenticated: () => invalidateAccessToken(options.serviceAccountKey, [DATASTORE_SCOPE]),
    });
  }

  private versionPath(workerId: string, key: string): string {
    return `${COLLECTION.versions}/${workerId}:${key}`;
  }

  private async read(workerId: string, key: string): Promise<FirestoreDocument | null> {
    return (await this.client.batchGet([this.versionPath(workerId, key)])).get(this.versionPath(workerId, key)) ?? null;
  }

  async versions(workerId: string, keys: readonly string[]): Promise<Map<string, VersionRecord | null>> {
    const docs = await this.client.batchGet(keys.map((key) => this.versionPath(workerId, key)));
    return new Map(keys.map((key) => [key, recordOf(docs.get(this.versionPath(workerId, key)) ?? null)]));
  }

  /**
   * Check-and-set, step 1: atomically (one Firestore commit) bump the version record from the
   * version the operator saw to the next one, and append the audit entry. The commit carries a
   * precondition on the record's `updateTime` (or `exists: false`), so of two writers who saw the
   * same version exactly one wins; the other gets `ConflictError` and nothing reaches KV.
   */
  async claim(workerId: string, key: string, expectedVersion: number, next: Omit<VersionRecord, "workerId" | "key" | "version">, audit: Omit<AuditEntry, "version" | "workerId" | "key" | "at">): Promise<Claim> {
    const document = await this.read(workerId, key);
    const previous = recordOf(document);
    if ((previous?.version ?? 0) !== expectedVersion) throw new ConflictError(previous);
    const record: VersionRecord = { workerId, key, version: expectedVersion + 1, ...next };
    const writes: Write[] = [
      { update: { name: this.client.documentName(this.versionPath(workerId, key)), fields: toFields({ ...record }) }, currentDocument: document?.updateTime ? { updateTime: document.updateTime } : { exists: false } },
      this.auditWrite({ ...audit, workerId, key, at: record.changedAt, version: record.version }),
    ];
    try {
      const result = await this.client.commit(writes);
      return { record, previous, updateTime: result.writeResults[0]?.updateTime ?? "" };
    } catch (error) {
      if (error instanceof FirestoreError && error.isConflict) throw new ConflictError(recordOf(await this.read(workerId, key)));
      throw error;
    }
  }

  /** The KV call failed after a claim: put the previous record back (if nobody moved on) and record the failure. */
  async releaseClaim(claim: Claim, audit: Omit<AuditEntry, "version" | "workerId" | "key" | "at">): Promise<void> {
    const { record, previous } = claim;
    const name = this.client.documentName(this.versionPath(record.workerId, record.key));
    const restore: Write = previous ? { update: { name, fields: toFields({ ...previous }) }, currentDocument: { updateTime: claim.updateTime } } : { delete: name, currentDocument: { updateTime: claim.updateTime } };
    const auditWrite = this.auditWrite({ ...audit, workerId: record.workerId, key: record.key, at: new Date().toISOString(), version: previous?.version ?? 0 });
    try {
      await this.client.commit([restore, auditWrite]);
    } catch (error) {
      if (!(error instanceof FirestoreError && error.isConflict)) throw error;
      await this.client.commit([auditWrite]);
    }
  }

  private auditWrite(entry: AuditEntry): Write {
    const id = `${entry.at.replace(/[^0-9]/g, "")}-${crypto.randomUUID().slice(0, 8)}`;
    return { update: { name: this.client.documentName(`${COLLECTION.audit}/${id}`), fields: toFields({ ...entry }) }, currentDocument: { exists: false } };
  }

  /** Newest audit entries first, optionally for one Worker. */
  async audit(options: { workerId?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    const structuredQuery: Record<string, unknown> = {
      from: [{ collectionId: COLLECTION.audit }],
      orderBy: [{ field: { fieldPath: "at" }, direction: "DESCENDING" }],
      limit: options.limit ?? 50,
      ...(options.workerId ? { where: { fieldFilter: { field: { fieldPath: "workerId" }, op: "EQUAL", value: { stringValue: options.workerId } } } } : {}),
    };
    const rows = (await this.client.call("POST", `${this.client.databaseName}/documents:runQuery`, { structuredQuery })) as Array<{ document?: FirestoreDocument }>;
    return rows.filter((row) => row.document).map((row) => fromFields(row.document!.fields ?? {}) as unknown as AuditEntry);
  }
}

function recordOf(document: FirestoreDocument | null): VersionRecord | null {
  if (!document?.fields) return null;
  const fields = fromFields(document.fields) as Record<string, unknown>;
  return {
    workerId: String(fields.workerId),
    key: String(fields.key),
    version: Number(fields.version ?? 0),
    state: fields.state === "deleted" ? "deleted" : "set",
    fingerprints: Array.isArray(fields.fingerprints) ? fields.fingerprints.map(String) : [],
    changedAt: fields.changedAt instanceof Date ? fields.changedAt.toISOString() : String(fields.changedAt ?? ""),
    changedBy: String(fields.changedBy ?? ""),
    changedByName: String(fields.changedByName ?? ""),
  };
}
