// Where the relay is in the change stream, kept in one small JSON file on the relay's docker
// volume. Written atomically (temporary file in the same directory, then rename), so a crash
// mid-write leaves the previous position, never a torn file. No fsync: after a power loss the
// file may hold an older position, which only republishes events (at-least-once; the vectorize
// side is idempotent).
import { promises as fs } from "node:fs";
import * as path from "node:path";

/** A resume token as the server gives it: `{_data: "<hex>"}`, opaque. */
export interface ResumeToken {
  readonly _data: string;
}

export interface RelayPosition {
  /** Resume after this token (the last published event, or the server's post-batch token). */
  readonly resumeToken?: ResumeToken;
  /**
   * Set after a backfill, until the stream's first reply gives a token: start the stream at this
   * cluster time (the time the scan began), so nothing written during the scan is missed.
   */
  readonly startAtOperationTime?: { readonly t: number; readonly i: number };
  /** The last event was an `invalidate`: reopen with `startAfter` (servers refuse `resumeAfter` an invalidate). */
  readonly afterInvalidate?: boolean;
  /** ISO time of the save, for operators. */
  readonly savedAt?: string;
}

export class StateFileError extends Error {
  override readonly name = "StateFileError";
}

export class StateFile {
  constructor(readonly filePath: string) {}

  /** The saved position, or undefined on first start (no file). A corrupt file is an error, never a silent backfill. */
  async load(): Promise<RelayPosition | undefined> {
    let text: string;
    try {
      text = await fs.readFile(this.filePath, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new StateFileError(`${this.filePath} is not JSON; delete it to backfill from scratch`);
    }
    const position = parsed as RelayPosition;
    const tokenOk = position.resumeToken === undefined || (typeof position.resumeToken === "object" && typeof position.resumeToken?._data === "string");
    const timeOk = position.startAtOperationTime === undefined || (Number.isInteger(position.startAtOperationTime.t) && Number.isInteger(position.startAtOperationTime.i));
    if (!position || typeof position !== "object" || !tokenOk || !timeOk || (!position.resumeToken && !position.startAtOperationTime)) {
      throw new StateFileError(`${this.filePath} holds neither a resumeToken {_data} nor a startAtOperationTime {t, i}; delete it to backfill from scratch`);
    }
    return position;
  }

  async save(position: RelayPosition): Promise<void> {
    const dir = path.dirname(this.filePath);
    await fs.mkdir(dir, { recursive: true });
    const temporary = path.join(dir, `.${path.basename(this.filePath)}.${process.pid}.tmp`);
    await fs.writeFile(temporary, JSON.stringify({ ...position, savedAt: new Date().toISOString() }) + "\n", "utf8");
    await fs.rename(temporary, this.filePath);
  }

  /** Forgets the position (history lost): the next start backfills. */
  async clear(): Promise<void> {
    await fs.rm(this.filePath, { force: true });
  }
}
