// Keeps Qdrant equal to the source documents, exactly once in effect under at-least-once,
// unordered delivery:
// - every point carries its document's version (`source_version`); a change older than what the
//   index holds is ignored, and a delete leaves a tombstone so a late, older write cannot bring
//   the document back;
// - a chunk whose content hash (text + model + chunker) is unchanged is neither embedded nor
//   upserted again; only its version is moved forward;
// - points of chunks that no longer exist (the document shrank, or was deleted, or has nothing
//   worth embedding any more) are deleted in the same invocation.
// Two invocations for the same document at the same moment can still interleave (Qdrant has no
// conditional write); the next change or the drift check puts it right.
import type { QdrantClient } from "@qdrant/js-client-rest";
import { chunkBudget, chunkText } from "./chunk";
import { PAYLOAD_INDEXES } from "./contract";
import type { Embedder } from "./embedder";
import { TransientError } from "./embedder";
import type { SourceChange } from "./events";
import type { MappedDocument } from "./mappers";
import { contentHash, pointId } from "./points";

export interface TombstoneStore {
  /** The version at which the document was deleted, if it was. */
  get(source: string, documentPath: string): Promise<string | undefined>;
  put(source: string, documentPath: string, version: string): Promise<void>;
}

export interface SyncResult {
  readonly outcome: "indexed" | "unchanged" | "stale-event" | "deleted" | "nothing-to-index";
  readonly embedded: number;
  readonly upserted: number;
  readonly deleted: number;
}

export class DimensionMismatchError extends Error {
  override readonly name = "DimensionMismatchError";
}

interface StoredPoint {
  readonly id: string;
  readonly contentHash: string;
  readonly version: string;
}

/** `platform_knowledge` + `@cf/baai/bge-m3` + 1024 → `platform_knowledge_cf_baai_bge_m3_1024`. */
export function physicalCollectionName(alias: string, model: string, dimension: number): string {
  return `${alias}_${model.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "")}_${dimension}`;
}

export class VectorIndex {
  /** The collection this model's vectors are written to; `alias` points at it once it is filled. */
  readonly collection: string;
  private ready: Promise<void> | undefined;

  constructor(
    private readonly qdrant: QdrantClient,
    readonly alias: string,
    private readonly embedder: Embedder,
    private readonly tombstones: TombstoneStore,
  ) {
    this.collection = physicalCollectionName(alias, embedder.model, embedder.dimension);
  }

  /**
   * Creates the collection and its payload indexes when missing, idempotently, and points the
   * alias at it on first use. A collection whose vector size differs from the embedder's
   * dimension fails here, loudly, before anything is written.
   */
  ensureReady(): Promise<void> {
    this.ready ??= this.prepare().catch((error) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async prepare(): Promise<void> {
    const { exists } = await qdrantCall(() => this.qdrant.collectionExists(this.collection));
    if (exists) {
      const info = await qdrantCall(() => this.qdrant.getCollection(this.collection));
      const vectors = info.config?.params?.vectors as { size?: number } | undefined;
      if (vectors?.size !== this.embedder.dimension) {
        throw new DimensionMismatchError(
          `Qdrant collection "${this.collection}" holds ${vectors?.size ?? "unnamed or multiple"}-dimensional vectors but ${this.embedder.model} makes ${this.embedder.dimension}; ` +
            "a model change needs a new collection (change the model id or dimension, never one without the other)",
        );
      }
    } else {
      await qdrantCall(() => this.qdrant.createCollection(this.collection, { vectors: { size: this.embedder.dimension, distance: "Cosine" } }));
    }
    for (const [field, schema] of Object.entries(PAYLOAD_INDEXES)) {
      await qdrantCall(() => this.qdrant.createPayloadIndex(this.collection, { field_name: field, field_schema: schema, wait: true }));
    }
    const { aliases } = await qdrantCall(() => this.qdrant.getAliases());
    const current = aliases.find((alias) => alias.alias_name === this.alias);
    if (!current) {
      const { exists: clash } = await qdrantCall(() => this.qdrant.collectionExists(this.alias));
      if (clash) throw new Error(`"${this.alias}" is a Qdrant collection, not an alias; rename it or choose another collection setting`);
      await qdrantCall(() => this.qdrant.updateCollectionAliases({ actions: [{ create_alias: { alias_name: this.alias, collection_name: this.collection } }] }));
    }
    // An alias pointing at another collection means a model change in progress: searches keep
    // the old index until the re-index fills this one and switches the alias (`switchAlias`).
  }

  /** Points the search alias at this model's collection in one atomic Qdrant operation. */
  async switchAlias(): Promise<void> {
    await qdrantCall(() =>
      this.qdrant.updateCollectionAliases({ actions: [{ delete_alias: { alias_name: this.alias } }, { create_alias: { alias_name: this.alias, collection_name: this.collection } }] }),
    );
  }

  /** Applies one source change. `mapped` is the mapper's view of the document (absent for a delete). */
  async sync(change: SourceChange, mapped: MappedDocument | undefined): Promise<SyncResult> {
    await this.ensureReady();
    const source = mapped?.source ?? sourceOfPath(change.documentPath);
    const stored = await this.storedPoints(change.documentPath);
    const storedVersion = stored.reduce<string | undefined>((max, point) => (max === undefined || point.version > max ? point.version : max), undefined) ?? (stored.length === 0 ? await this.tombstones.get(source, change.documentPath) : undefined);
    if (storedVersion !== undefined && change.version < storedVersion) return { outcome: "stale-event", embedded: 0, upserted: 0, deleted: 0 };

    if (!mapped) {
      if (stored.length > 0) await this.deletePoints(stored.map((point) => point.id));
      await this.tombstones.put(source, change.documentPath, change.version);
      return { outcome: "deleted", embedded: 0, upserted: 0, deleted: stored.length };
    }

    const chunks = chunkText(mapped.text, chunkBudget(this.embedder.maxInputTokens));
    const wanted = chunks.map((text, index) => ({ id: pointId(source, change.documentPath, index), index, text, hash: contentHash(text, this.embedder.model) }));
    const storedById = new Map(stored.map((point) => [point.id, point]));
    const changed = wanted.filter((chunk) => storedById.get(chunk.id)?.contentHash !== chunk.hash);
    const unchanged = wanted.filter((chunk) => storedById.get(chunk.id)?.contentHash === chunk.hash);
    const wantedIds = new Set(wanted.map((chunk) => chunk.id));
    const stale = stored.filter((point) => !wantedIds.has(point.id)).map((point) => point.id);

    if (changed.length > 0) {
      const vectors = await this.embedder.embedDocuments(changed.map((chunk) => chunk.text));
      const points = changed.map((chunk, i) => ({
        id: chunk.id,
        vector: vectors[i],
        payload: {
          ...mapped.payload,
          source,
          doc_type: mapped.docType,
          source_id: change.documentPath,
          access: mapped.access,
          title: mapped.title,
          text: chunk.text,
          chunk_index: chunk.index,
          chunk_count: wanted.length,
          content_hash: chunk.hash,
          source_version: change.version,
          embedding_model: this.embedder.model,
        },
      }));
      const result = await qdrantCall(() => this.qdrant.upsert(this.collection, { wait: true, points }));
      if (result.status !== "completed") throw new TransientError(`Qdrant upsert into "${this.collection}" ended "${result.status}", not "completed"`);
    }
    if (unchanged.some((chunk) => (storedById.get(chunk.id)?.version ?? "") < change.version)) {
      // Same text, newer version: only the version (and chunk count) moves, so an older event arriving later is recognised as older.
      await qdrantCall(() =>
        this.qdrant.setPayload(this.collection, { wait: true, points: unchanged.map((chunk) => chunk.id), payload: { source_version: change.version, chunk_count: wanted.length } }),
      );
    }
    if (stale.length > 0) await this.deletePoints(stale);

    const outcome = wanted.length === 0 ? "nothing-to-index" : changed.length === 0 && stale.length === 0 ? "unchanged" : "indexed";
    return { outcome, embedded: changed.length, upserted: changed.length, deleted: stale.length };
  }

  private async storedPoints(documentPath: string): Promise<StoredPoint[]> {
    const points: StoredPoint[] = [];
    let offset: string | number | undefined | null;
    do {
      const page = await qdrantCall(() =>
        this.qdrant.scroll(this.collection, {
          filter: { must: [{ key: "source_id", match: { value: documentPath } }] },
          with_payload: ["content_hash", "source_version"],
          with_vector: false,
          limit: 256,
          ...(offset !== undefined && offset !== null ? { offset } : {}),
        }),
      );
      for (const point of page.points) {
        const payload = (point.payload ?? {}) as { content_hash?: string; source_version?: string };
        points.push({ id: String(point.id), contentHash: payload.content_hash ?? "", version: payload.source_version ?? "" });
      }
      offset = page.next_page_offset as string | number | null | undefined;
    } while (offset !== undefined && offset !== null);
    return points;
  }

  private async deletePoints(ids: readonly string[]): Promise<void> {
    const result = await qdrantCall(() => this.qdrant.delete(this.collection, { wait: true, points: [...ids] }));
    if (result.status !== "completed") throw new TransientError(`Qdrant delete in "${this.collection}" ended "${result.status}"`);
  }
}

function sourceOfPath(documentPath: string): string {
  const collection = documentPath.split("/")[0];
  return collection.startsWith("rocketchat_") ? "rocketchat" : collection.split("_")[0];
}

/**
 * Qdrant errors as the function's two kinds: server trouble (5xx, timeouts, network) is
 * transient and retried by the platform; anything else (4xx) is a bug or a misconfiguration and
 * surfaces as is, also failing the invocation so nothing is acknowledged silently.
 */
async function qdrantCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === undefined || status >= 500 || status === 429) {
      throw new TransientError(`Qdrant request failed${status ? ` (${status})` : ""}: ${error instanceof Error ? error.message : String(error)}`);
    }
    throw error;
  }
}
