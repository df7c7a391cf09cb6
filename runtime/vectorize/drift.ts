// The drift check: the safety net under event delivery. Events can still be lost (a trigger's
// 24 h retry window ends, a function is down for longer, a bug acknowledged something it should
// not have), so a scheduled run compares what Firestore holds with what Qdrant holds and repairs
// the difference:
// - a source document with no points, or with points older than its `updateTime`, is re-indexed
//   through the same `VectorIndex.sync` the events use (a document that maps to no text is left
//   as it is: no points is the right state for it);
// - points whose source document no longer exists are removed;
// and records the run (`vectorize_runs/{runId}`: both counts, the differences, what it repaired).
// Once a run finds this model's collection complete, it points the search alias at it, which is
// how a model change goes live without searches ever seeing a half-built index.
// Rocket.Chat messages live in MongoDB, out of reach from here; the relay's backfill covers them.
import type { QdrantClient } from "@qdrant/js-client-rest";
import { type FirestoreDocument, type FirestoreRestClient, fromFields, toFields } from "../lib/firestore-rest";
import type { Logger } from "../lib/json-log";
import { FIRESTORE_SOURCE_PATTERNS, VECTORIZE_COLLECTIONS } from "./contract";
import { relativeDocumentPath, timestampVersion } from "./events";
import { mapDocument } from "./mappers";
import type { VectorIndex } from "./vector-index";

export interface DriftReport {
  readonly runId: string;
  readonly firestoreDocuments: number;
  readonly indexedDocuments: number;
  /** In Firestore with text worth embedding, but missing from Qdrant or older there. */
  readonly reindexed: readonly string[];
  /** In Qdrant, no longer in Firestore. */
  readonly removed: readonly string[];
  /** Failed to repair (the next run tries again). */
  readonly failed: readonly string[];
  /** Whether this run pointed the search alias at this model's collection. */
  readonly aliasSwitched: boolean;
}

const PAGE = 300;

/** Every document of one mapped pattern (`a/{x}` or `a/{x}/b/{y}`), paged by document name. */
async function* sourceDocuments(firestore: FirestoreRestClient, pattern: string): AsyncGenerator<FirestoreDocument> {
  const segments = pattern.split("/");
  const collectionId = segments[segments.length - 2];
  const nested = segments.length > 2;
  let after: string | undefined;
  for (;;) {
    const structuredQuery: Record<string, unknown> = {
      from: [{ collectionId, allDescendants: nested }],
      orderBy: [{ field: { fieldPath: "__name__" }, direction: "ASCENDING" }],
      limit: PAGE,
      ...(after ? { startAt: { values: [{ referenceValue: after }], before: false } } : {}),
    };
    const rows = (await firestore.call("POST", `${firestore.databaseName}/documents:runQuery`, { structuredQuery })) as Array<{ document?: FirestoreDocument }>;
    const documents = rows.map((row) => row.document).filter((doc): doc is FirestoreDocument => Boolean(doc));
    for (const doc of documents) {
      const path = relativeDocumentPath(doc.name);
      // A collection-group query also finds same-named subcollections elsewhere: keep the pattern's.
      if (path.split("/").length === segments.length && segments.every((s, i) => s.startsWith("{") || s === path.split("/")[i])) yield doc;
    }
    if (documents.length < PAGE) return;
    after = documents[documents.length - 1].name;
  }
}

/** `source_id` → newest `source_version` of every Firestore-sourced point in the collection. */
async function indexedVersions(qdrant: QdrantClient, collection: string): Promise<Map<string, string>> {
  const versions = new Map<string, string>();
  let offset: string | number | null | undefined;
  do {
    const page = await qdrant.scroll(collection, {
      filter: { must_not: [{ key: "source", match: { value: "rocketchat" } }] },
      with_payload: ["source_id", "source_version"],
      with_vector: false,
      limit: 1000,
      ...(offset !== undefined && offset !== null ? { offset } : {}),
    });
    for (const point of page.points) {
      const payload = (point.payload ?? {}) as { source_id?: string; source_version?: string };
      if (!payload.source_id) continue;
      const known = versions.get(payload.source_id);
      if (known === undefined || (payload.source_version ?? "") > known) versions.set(payload.source_id, payload.source_version ?? "");
    }
    offset = page.next_page_offset as string | number | null | undefined;
  } while (offset !== undefined && offset !== null);
  return versions;
}

export async function runDriftCheck(options: {
  readonly firestore: FirestoreRestClient;
  readonly qdrant: QdrantClient;
  readonly index: VectorIndex;
  readonly runId: string;
  readonly log: Logger;
  readonly patterns?: readonly string[];
  readonly now?: () => Date;
}): Promise<DriftReport> {
  const { firestore, qdrant, index, runId, log } = options;
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const runPath = `${VECTORIZE_COLLECTIONS.runs}/${runId}`;
  const record = (fields: Record<string, unknown>) => firestore.commit([{ update: { name: firestore.documentName(runPath), fields: toFields(fields) } }]);
  await record({ kind: "drift-check", status: "running", startedAt, collection: index.collection });

  await index.ensureReady();
  const indexed = await indexedVersions(qdrant, index.collection);
  const seen = new Set<string>();
  const reindexed: string[] = [];
  const failed: string[] = [];
  let firestoreDocuments = 0;
  for (const pattern of options.patterns ?? FIRESTORE_SOURCE_PATTERNS) {
    for await (const doc of sourceDocuments(firestore, pattern)) {
      firestoreDocuments++;
      const path = relativeDocumentPath(doc.name);
      seen.add(path);
      const version = timestampVersion(doc.updateTime ?? "1970-01-01T00:00:00Z");
      const indexedVersion = indexed.get(path);
      if (indexedVersion !== undefined && indexedVersion >= version) continue;
      try {
        const mapped = mapDocument(path, fromFields(doc.fields ?? {}));
        if (indexedVersion === undefined && mapped.text.trim() === "") continue; // nothing to embed: no points is right
        const result = await index.sync({ source: "firestore", documentPath: path, data: fromFields(doc.fields ?? {}), version, eventId: `drift:${runId}` }, mapped);
        if (result.outcome !== "stale-event") reindexed.push(path);
      } catch (error) {
        failed.push(path);
        log.warn("drift repair failed", { documentPath: path, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  const removed: string[] = [];
  for (const path of indexed.keys()) {
    if (seen.has(path)) continue;
    try {
      await qdrant.delete(index.collection, { wait: true, filter: { must: [{ key: "source_id", match: { value: path } }] } });
      removed.push(path);
    } catch (error) {
      failed.push(path);
      log.warn("drift removal failed", { documentPath: path, error: error instanceof Error ? error.message : String(error) });
    }
  }

  // The collection is complete when nothing had to be re-indexed and nothing failed.
  let aliasSwitched = false;
  if (failed.length === 0 && reindexed.length === 0) {
    const { aliases } = await qdrant.getAliases();
    const target = aliases.find((alias) => alias.alias_name === index.alias)?.collection_name;
    if (target !== index.collection) {
      await index.switchAlias();
      aliasSwitched = true;
    }
  }
  const report: DriftReport = { runId, firestoreDocuments, indexedDocuments: indexed.size, reindexed, removed, failed, aliasSwitched };
  await record({
    kind: "drift-check",
    status: failed.length === 0 ? "completed" : "completed-with-failures",
    startedAt,
    finishedAt: now(),
    collection: index.collection,
    firestoreDocuments,
    indexedDocuments: indexed.size,
    reindexedCount: reindexed.length,
    removedCount: removed.length,
    failedCount: failed.length,
    // The first 200 of each, for an operator; the counts are complete.
    reindexed: reindexed.slice(0, 200),
    removed: removed.slice(0, 200),
    failed: failed.slice(0, 200),
    aliasSwitched,
  });
  log.info("drift check finished", { runId, firestoreDocuments, indexedDocuments: indexed.size, reindexed: reindexed.length, removed: removed.length, failed: failed.length, aliasSwitched });
  return report;
}
