/**
 * A SeaweedFS filer stand-in: serves a local directory tree through the two HTTP calls the backup
 * agent makes, answering as SeaweedFS 3.99 does (weed/server/filer_server_handlers_read.go,
 * filer_server_handlers_read_dir.go, weed/filer/filer_search.go, weed/filer/entry.go):
 *
 * - `GET <dir>/` or `GET <dir>` of a directory: with `Accept: application/json` (exactly) the JSON
 *   listing `{Version, Path, Entries, Limit, LastFileName, ShouldDisplayLoadMore, EmptyFolder}`,
 *   otherwise an HTML page. Entries are sorted by name (byte order, as the stores keep them),
 *   those after `lastFileName`, at most `limit` (not a number → `-dirListLimit`, 100000); one more
 *   is read to tell `ShouldDisplayLoadMore`. `Path` is "" for the root; `LastFileName` is the last
 *   entry's name, or the request's when the page is empty; `Entries` is null when empty (a nil
 *   slice). An unknown directory answers 404 with an empty body.
 * - `GET <file>`: the content, `Content-Length` = FileSize; 404 with an empty body if absent.
 *
 * Each entry is Go's encoding/json of `filer.Entry` (fields in declaration order, embedded
 * `FullPath` and `Attr` promoted): times are `time.Unix(sec, 0)` (second precision, UTC here),
 * `Mode` is os.FileMode (os.ModeDir = 1 << 31 on directories), byte slices are base64 or null,
 * files carry one `chunks` element.
 */
import * as fs from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";

const MODE_DIR = 2 ** 31;
const DIR_LISTING_LIMIT = 100_000;

export interface FilerRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly accept: string | undefined;
  readonly status: number;
}

export interface FilerStandIn {
  readonly url: string;
  /** Every request, in order. */
  readonly requests: FilerRequest[];
  /**
   * Reading the file at this filer path sends `afterBytes` of it (Content-Length says all), then
   * drops the connection, or (`stall`) keeps it open sending nothing more.
   */
  breakFile(filerPath: string | undefined, afterBytes?: number, how?: "drop" | "stall"): void;
  /** Listing this directory answers `status` (as a store error does: 404 with an empty body by default). */
  failListing(filerPath: string | undefined, status?: number): void;
  /** Called before a file is served (after it was listed): a test rewrites or deletes it here. */
  beforeRead(hook: ((filerPath: string) => void) | undefined): void;
  close(): Promise<void>;
}

/** Writes `content` to `relative` under `dir` (its parents made), modified at `mtime`: a file as a test puts it into the served tree. */
export function putFile(dir: string, relative: string, content: Buffer | string, mtime: Date): void {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  fs.utimesSync(file, mtime, mtime);
}

/** Serves `rootDir` as the filer's `/`. */
export async function startFilerStandIn(rootDir: string): Promise<FilerStandIn> {
  const requests: FilerRequest[] = [];
  let broken: { path: string; afterBytes: number; how: "drop" | "stall" } | undefined;
  let failing: { path: string; status: number } | undefined;
  let hook: ((filerPath: string) => void) | undefined;

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://filer");
    const filerPath = decodeURIComponent(url.pathname);
    const record = (status: number) => requests.push({ method: req.method ?? "GET", path: filerPath, query: Object.fromEntries(url.searchParams), accept: req.headers.accept, status });
    if (req.method !== "GET") {
      record(405);
      res.writeHead(405).end();
      return;
    }
    const isForDirectory = filerPath.endsWith("/");
    const clean = isForDirectory && filerPath.length > 1 ? filerPath.slice(0, -1) : filerPath;
    const local = path.join(rootDir, clean);
    const stat = fs.statSync(local, { throwIfNoEntry: false });
    if (!stat) {
      record(404);
      res.writeHead(404).end();
      return;
    }
    if (stat.isDirectory()) {
      if (failing && failing.path === clean) {
        record(failing.status);
        res.writeHead(failing.status).end();
        return;
      }
      record(200);
      return listDirectory(req, res, url, clean, local);
    }
    if (isForDirectory) {
      // A file asked for as a directory (and not an S3 folder object): 404.
      record(404);
      res.writeHead(404).end();
      return;
    }
    hook?.(clean);
    const now = fs.statSync(local, { throwIfNoEntry: false });
    if (!now) {
      record(404);
      res.writeHead(404).end();
      return;
    }
    const content = fs.readFileSync(local);
    record(200);
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(content.length), "accept-ranges": "bytes" });
    if (broken && broken.path === clean) {
      const how = broken.how;
      res.write(content.subarray(0, broken.afterBytes), () => (how === "drop" ? res.socket?.destroy() : undefined));
      return;
    }
    res.end(content);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    breakFile: (filerPath, afterBytes = 0, how = "drop") => {
      broken = filerPath ? { path: filerPath, afterBytes, how } : undefined;
    },
    failListing: (filerPath, status = 404) => {
      failing = filerPath ? { path: filerPath, status } : undefined;
    },
    beforeRead: (next) => {
      hook = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function listDirectory(req: IncomingMessage, res: ServerResponse, url: URL, dirPath: string, local: string): void {
  const parsedLimit = Number.parseInt(url.searchParams.get("limit") ?? "", 10);
  const limit = Number.isNaN(parsedLimit) || !/^[+-]?\d+$/.test(url.searchParams.get("limit") ?? "") ? DIR_LISTING_LIMIT : parsedLimit;
  let lastFileName = url.searchParams.get("lastFileName") ?? "";
  const names = fs
    .readdirSync(local)
    .map((name) => Buffer.from(name))
    .sort(Buffer.compare)
    .map((name) => name.toString())
    .filter((name) => Buffer.compare(Buffer.from(name), Buffer.from(lastFileName)) > 0);
  const page = names.slice(0, limit + 1);
  const shouldDisplayLoadMore = page.length >= limit + 1;
  const shown = shouldDisplayLoadMore ? page.slice(0, limit) : page;
  const parent = dirPath === "/" ? "" : dirPath.replace(/\/+$/, "");
  const entries = shown.map((name) => goEntry(`${parent}/${name}`, path.join(local, name)));
  if (entries.length > 0) lastFileName = shown[shown.length - 1];
  if (req.headers.accept === "application/json") {
    const body = JSON.stringify({ Version: "30GB 3.99 ", Path: parent, Entries: entries.length > 0 ? entries : null, Limit: limit, LastFileName: lastFileName, ShouldDisplayLoadMore: shouldDisplayLoadMore, EmptyFolder: entries.length === 0 });
    res.writeHead(200, { "content-type": "application/json" }).end(body);
    return;
  }
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<html><body>${shown.map((name) => `<a href="${parent}/${name}">${name}</a>`).join("")}</body></html>`);
}

/** `time.Unix(sec, 0)` marshalled: RFC 3339, second precision (UTC here). */
function goTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

function goEntry(fullPath: string, local: string): Record<string, unknown> {
  const stat = fs.statSync(local);
  const isDir = stat.isDirectory();
  const entry: Record<string, unknown> = {
    FullPath: fullPath,
    Mtime: goTime(stat.mtimeMs),
    Crtime: goTime(stat.birthtimeMs || stat.ctimeMs),
    Mode: (isDir ? MODE_DIR : 0) + (stat.mode & 0o777),
    Uid: 0,
    Gid: 0,
    Mime: isDir ? "" : "application/octet-stream",
    TtlSec: 0,
    UserName: "",
    GroupNames: null,
    SymlinkTarget: "",
    Md5: null,
    FileSize: isDir ? 0 : stat.size,
    Rdev: 0,
    Inode: 0,
    Extended: null,
  };
  if (!isDir && stat.size > 0) {
    entry.chunks = [{ file_id: "3,01637037d6", size: stat.size, modified_ts_ns: Math.floor(stat.mtimeMs) * 1_000_000, e_tag: "JoQ8+1XNFmZ6KHafEJ2ieA==", fid: { volume_id: 3, file_key: 1, cookie: 1668642774 } }];
  }
  return { ...entry, HardLinkId: null, HardLinkCounter: 0, Content: null, Remote: null, Quota: 0, WORMEnforcedAtTsNs: 0 };
}
