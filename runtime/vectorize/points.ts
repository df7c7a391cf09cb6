// Point identity and content identity. Ids are name-based UUIDs (v5, `uuid` package) of
// `source/document path/chunk index`, so re-processing a document overwrites its own points
// instead of adding more; the content hash says whether a chunk must be embedded again.
import { createHash } from "node:crypto";
import { v5 as uuidv5 } from "uuid";
import { CHUNKER_VERSION, POINT_ID_NAMESPACE } from "./contract";

export function pointId(source: string, documentPath: string, chunkIndex: number): string {
  return uuidv5(`${source}/${documentPath}/${chunkIndex}`, POINT_ID_NAMESPACE);
}

/** sha256 of the chunk text, the embedding model and the chunker version: any of them changing means a new vector. */
export function contentHash(text: string, embeddingModel: string): string {
  return createHash("sha256").update(`${CHUNKER_VERSION}\n${embeddingModel}\n${text}`).digest("hex");
}
