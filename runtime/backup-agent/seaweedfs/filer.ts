// The SeaweedFS filer's HTTP API, the two calls a backup needs (as in SeaweedFS 3.99,
// weed/server/filer_server_handlers_read_dir.go and filer_server_handlers_read.go):
//
//   GET <filer><dir>/?limit=<n>&lastFileName=<name>   header `Accept: application/json` (exactly)
//     → 200 { Version, Path, Entries: [Entry] | null, Limit, LastFileName, ShouldDisplayLoadMore, EmptyFolder }
//       Entries sorted by name, directories and files mixed, at most `limit`; the next page starts
//       after `LastFileName` (the last entry's name); `ShouldDisplayLoadMore` says whether there is one.
//     → 404 (no such directory; also any store error), 403 (`-exposeDirectoryData=false`)
//   GET <filer><file>   → 200, the content; Content-Length is the entry's FileSize at read time.
//
// An Entry is weed/filer/entry.go's `Entry` through encoding/json: the embedded `FullPath`
// (a string) and the embedded `Attr` fields promoted (`Mtime`, `Crtime` as RFC 3339 with second
// precision, `Mode` = Go's os.FileMode as a number, `FileSize`, `Mime`, `SymlinkTarget`, …), then
// `Extended`, `chunks`, `Content`, …. There is no IsDirectory field: `Attr.IsDirectory()` is
// `Mode & os.ModeDir`, os.ModeDir being 1 << 31.
export const FILE_MODE_BITS = {
  dir: 2 ** 31,
  symlink: 2 ** 27,
  /** os.ModeType: dir | symlink | named pipe | socket | device | char device | irregular. */
  type: 2 ** 31 + 2 ** 27 + 2 ** 25 + 2 ** 24 + 2 ** 26 + 2 ** 21 + 2 ** 19,
  permissions: 0o777,
} as const;

export interface FilerEntry {
  readonly FullPath: string;
  readonly Mtime: string;
  readonly Crtime?: string;
  readonly Mode: number;
  readonly FileSize: number;
  readonly Mime?: string;
  readonly SymlinkTarget?: string;
}

export interface FilerListing {
  readonly Path: string;
  readonly Entries: readonly FilerEntry[] | null;
  readonly Limit: number;
  readonly LastFileName: string;
  readonly ShouldDisplayLoadMore: boolean;
}

/** A filer call that failed: the path, the HTTP status (if one came back) and why. */
export class FilerError extends Error {
  override readonly name = "FilerError";
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export const FILER_DEFAULTS = {
  /** Entries per listing page (the filer's own default, `-dirListLimit`, is 100,000). */
  pageSize: 1000,
  /** Time for the filer to answer a request's headers. */
  responseTimeoutMs: 60_000,
  /** Longest pause between two pieces of a body (a listing or a file). */
  idleTimeoutMs: 60_000,
} as const;

export interface FilerClientOptions {
  readonly pageSize?: number;
  readonly responseTimeoutMs?: number;
  readonly idleTimeoutMs?: number;
  /** Aborts every request (the job was killed). */
  readonly signal?: AbortSignal;
}

/** An opened file: its length as the filer announced it, and its body. */
export interface FilerFile {
  readonly contentLength: number | undefined;
  readonly body: AsyncIterable<Uint8Array>;
}

/** `/a b/c` → `/a%20b/c`: every segment percent-encoded (the filer decodes the URL path). */
export function encodeFilerPath(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

export class FilerClient {
  readonly baseUrl: string;
  private readonly pageSize: number;
  private readonly responseTimeoutMs: number;
  private readonly idleTimeoutMs: number;
  private readonly signal?: AbortSignal;

  constructor(baseUrl: string, options: FilerClientOptions = {}) {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
    this.pageSize = options.pageSize ?? FILER_DEFAULTS.pageSize;
    this.responseTimeoutMs = options.responseTimeoutMs ?? FILER_DEFAULTS.responseTimeoutMs;
    this.idleTimeoutMs = options.idleTimeoutMs ?? FILER_DEFAULTS.idleTimeoutMs;
    this.signal = options.signal;
  }

  /** Every entry of one directory (not recursive), page by page. */
  async *list(directory: string): AsyncGenerator<FilerEntry> {
    const dir = directory === "/" ? "" : directory.replace(/\/+$/, "");
    let lastFileName = "";
    for (let page = 0; ; page++) {
      const query = new URLSearchParams({ limit: String(this.pageSize) });
      if (lastFileName) query.set("lastFileName", lastFileName);
      const what = `listing ${dir || "/"}${lastFileName ? ` after "${lastFileName}"` : ""}`;
      const call = await this.request(`${encodeFilerPath(dir)}/?${query}`, what, { accept: "application/json" });
      let listing: FilerListing;
      try {
        listing = JSON.parse(await this.text(call, what)) as FilerListing;
      } catch (error) {
        throw error instanceof FilerError ? error : new FilerError(`${what}: the answer is not JSON`);
      }
      if (typeof listing !== "object" || listing === null || !("ShouldDisplayLoadMore" in listing)) throw new FilerError(`${what}: the answer is not a directory listing`);
      const entries = listing.Entries ?? [];
      for (const entry of entries) {
        if (typeof entry?.FullPath !== "string" || !entry.FullPath.startsWith(`${dir}/`) || entry.FullPath.slice(dir.length + 1).includes("/")) {
          throw new FilerError(`${what}: entry ${JSON.stringify(entry?.FullPath)} is not a child of ${dir || "/"}`);
        }
        yield entry;
      }
      if (!listing.ShouldDisplayLoadMore) return;
      const next = entries.length > 0 ? entries[entries.length - 1].FullPath.slice(dir.length + 1) : "";
      if (!next || next === lastFileName) throw new FilerError(`${what}: the filer says there is more but the page did not advance`);
      lastFileName = next;
    }
  }

  /** Opens a file for reading; undefined when it no longer exists (404). */
  async open(path: string): Promise<FilerFile | undefined> {
    const what = `reading ${path}`;
    const call = await this.request(encodeFilerPath(path), what, {}, true);
    if (call.response.status === 404) {
      call.done();
      return undefined;
    }
    const announced = call.response.headers.get("content-length");
    const contentLength = announced !== null && /^\d+$/.test(announced) ? Number(announced) : undefined;
    return { contentLength, body: this.chunks(call, what) };
  }

  private async request(pathAndQuery: string, what: string, headers: Record<string, string>, allowNotFound = false): Promise<Call> {
    const controller = new AbortController();
    const stop = () => controller.abort(this.signal?.reason);
    this.signal?.addEventListener("abort", stop, { once: true });
    if (this.signal?.aborted) stop();
    const call: Call = {
      response: undefined as unknown as Response,
      signal: controller.signal,
      abort: (reason) => controller.abort(reason),
      done: () => {
        this.signal?.removeEventListener("abort", stop);
        controller.abort();
      },
    };
    const timer = setTimeout(() => controller.abort(new FilerError(`${what}: no answer within ${this.responseTimeoutMs / 1000} s`)), this.responseTimeoutMs);
    try {
      call.response = await fetch(this.baseUrl + pathAndQuery, { headers, signal: controller.signal });
    } catch (error) {
      call.done();
      throw asFilerError(error, controller.signal, what);
    } finally {
      clearTimeout(timer);
    }
    if (call.response.ok || (allowNotFound && call.response.status === 404)) return call;
    const text = await call.response.text().catch(() => "");
    call.done();
    throw new FilerError(`${what}: the filer answered ${call.response.status}${text ? `: ${text.trim().slice(0, 200)}` : ""}`, call.response.status);
  }

  private async text(call: Call, what: string): Promise<string> {
    const decoder = new TextDecoder();
    let text = "";
    for await (const chunk of this.chunks(call, what)) text += decoder.decode(chunk, { stream: true });
    return text + decoder.decode();
  }

  /** The body, piece by piece, failing when it stalls longer than the idle timeout; ends the call. */
  private async *chunks(call: Call, what: string): AsyncGenerator<Uint8Array> {
    const body = call.response.body;
    // One timer, pushed back on every piece; when it fires the request is aborted with the reason.
    const stall = setTimeout(() => call.abort(new FilerError(`${what}: no data for ${this.idleTimeoutMs / 1000} s`)), this.idleTimeoutMs);
    try {
      if (!body) return;
      const reader = body.getReader();
      for (;;) {
        let next: ReadableStreamReadResult<Uint8Array>;
        try {
          next = await reader.read();
        } catch (error) {
          throw asFilerError(error, call.signal, what);
        }
        if (next.done) return;
        stall.refresh();
        yield next.value;
      }
    } finally {
      clearTimeout(stall);
      // Stops the transfer when the reader gave up early (an error, a stall, a kill).
      call.done();
    }
  }
}

interface Call {
  response: Response;
  readonly signal: AbortSignal;
  readonly abort: (reason: Error) => void;
  /** Releases the request: aborts whatever is left of it and stops following the job's signal. */
  readonly done: () => void;
}

function asFilerError(error: unknown, signal: AbortSignal | undefined, what: string): FilerError {
  if (error instanceof FilerError) return error;
  const reason = signal?.aborted ? signal.reason : undefined;
  if (reason instanceof FilerError) return reason;
  const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
  return new FilerError(`${what}: ${signal?.aborted ? "stopped" : cause}`);
}
