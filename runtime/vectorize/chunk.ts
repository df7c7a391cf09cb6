// Token-aware chunking with overlap. Token counts come from a real BPE tokenizer (cl100k via
// gpt-tokenizer): not the embedding model's own vocabulary, which no package here ships offline,
// so budgets keep a wide margin below the model's input limit (see `chunkBudget`).
import { countTokens } from "gpt-tokenizer/encoding/cl100k_base";

export interface ChunkOptions {
  /** Most tokens in one chunk. */
  readonly maxTokens: number;
  /** Tokens repeated from the end of one chunk at the start of the next. */
  readonly overlapTokens: number;
}

/**
 * The platform's budget: chunks small enough to stay specific (retrieval quality drops when one
 * vector averages many topics) and far below any model's limit even if its tokenizer counts 2×.
 */
export function chunkBudget(modelMaxInputTokens: number): ChunkOptions {
  const maxTokens = Math.max(64, Math.min(400, Math.floor(modelMaxInputTokens / 2)));
  return { maxTokens, overlapTokens: Math.floor(maxTokens / 8) };
}

/** Sentences (and lines), each with its trailing whitespace, so joining them restores the text. */
function sentences(text: string): string[] {
  return text.match(/[^.!?\n]+(?:[.!?]+|\n+|$)\s*/g)?.filter((s) => s.length > 0) ?? [];
}

/** A sentence longer than the budget, cut at word boundaries. */
function splitLong(sentence: string, maxTokens: number): string[] {
  const words = sentence.match(/\S+\s*/g) ?? [];
  const pieces: string[] = [];
  let current = "";
  for (const word of words) {
    if (current && countTokens(current + word) > maxTokens) {
      pieces.push(current);
      current = "";
    }
    current += word;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Splits `text` into chunks of at most `maxTokens` tokens, consecutive chunks sharing about `overlapTokens`. */
export function chunkText(text: string, options: ChunkOptions): string[] {
  const normalised = text.replace(/\r\n?/g, "\n").trim();
  if (!normalised) return [];
  const units = sentences(normalised).flatMap((s) => (countTokens(s) > options.maxTokens ? splitLong(s, options.maxTokens) : [s]));
  const sizes = units.map((unit) => countTokens(unit));
  const chunks: string[] = [];
  let start = 0;
  while (start < units.length) {
    let end = start;
    let tokens = 0;
    while (end < units.length && (end === start || tokens + sizes[end] <= options.maxTokens)) tokens += sizes[end++];
    chunks.push(units.slice(start, end).join("").trim());
    if (end >= units.length) break;
    // Step back over whole units worth about `overlapTokens`, always moving forward by one at least.
    let next = end;
    let overlap = 0;
    while (next - 1 > start && overlap + sizes[next - 1] <= options.overlapTokens) overlap += sizes[--next];
    start = next;
  }
  return chunks;
}
