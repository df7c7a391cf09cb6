/**
 * A minimal S3 protocol server on loopback that hashes what it is sent and keeps only the hashes.
 *
 * It exists because fauxqs (startS3) refuses request bodies over ~11 MiB, so the agent could only
 * be measured with 8 MiB parts; production uploads 64 MiB parts (BACKUP_AGENT_DEFAULTS). This
 * sink takes parts of any size and DISCARDS their bodies once hashed: per part it keeps the size
 * and the md5 (the ETag, as S3 computes it), per object the size, the sha256 of the whole object
 * assembled in part order (what the agent's manifest records) and the multipart ETag. Small
 * objects (≤ 1 MiB: manifests) are kept whole and can be read back; a larger object's body
 * cannot (GetObject answers 501).
 *
 * Operations, path-style only (`/<bucket>/<key>`, as the agent and fauxqs are used): CreateBucket,
 * CreateMultipartUpload, UploadPart, CompleteMultipartUpload, AbortMultipartUpload, PutObject,
 * GetObject and HeadObject, answering with S3's documented XML shapes and headers (those
 * @aws-sdk/client-s3 parses: InitiateMultipartUploadResult, CompleteMultipartUploadResult, Error).
 * Signatures are not checked. It records requests and injects faults as startS3's proxy does, so
 * it can stand in for startS3 (an `S3World`).
 *
 * The whole-object sha256 needs the parts in order while up to `queueSize` of them arrive at once:
 * the part that is next streams into a copy of the running hash (kept only if its request ends
 * well); a part ahead of it is held in memory until its predecessors are in (at most queue − 1
 * parts, in this process, not the agent's).
 */
import { createHash, type Hash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import type { S3Request, S3World } from "./backup-harness";

/** What the sink keeps of a stored object. */
export interface SinkObject {
  readonly bytes: number;
  /** sha256 (hex) of the whole object, parts assembled in order. */
  readonly sha256: string;
  /** As S3 answers it: `"<md5>"`, or `"<md5 of the parts' md5s>-<parts>"` for a multipart upload. */
  readonly etag: string;
  /** Sizes of the parts, in order (one entry for a PutObject). */
  readonly partBytes: readonly number[];
  readonly contentType?: string;
  /** The body, for objects of at most KEEP_WHOLE_BYTES. */
  readonly body?: Buffer;
}

export interface S3Sink extends S3World {
  /** A stored object, or undefined. */
  object(bucket: string, key: string): SinkObject | undefined;
  /** Multipart uploads created and neither completed nor aborted. */
  openUploads(): number;
}

/** Objects up to this size are kept whole (manifests); larger ones only as hashes. */
export const KEEP_WHOLE_BYTES = 1024 * 1024;
const MIN_PART_BYTES = 5 * 1024 * 1024;

interface Part {
  readonly bytes: number;
  readonly md5: Buffer;
}

interface MultipartUpload {
  readonly bucket: string;
  readonly key: string;
  readonly contentType?: string;
  readonly parts: Map<number, Part>;
  /** Parts before `next` are in `hash`. */
  next: number;
  hash: Hash;
  bytes: number;
  /** A request is streaming part `next` into a copy of `hash`. */
  streaming: boolean;
  /** Parts that arrived ahead of `next`, whole until their turn. */
  readonly held: Map<number, Buffer[]>;
  /** Set when the assembled hash cannot be right (a part re-sent after it was hashed). */
  broken?: string;
}

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export async function startS3SinkStandIn(): Promise<S3Sink> {
  const buckets = new Map<string, Map<string, SinkObject>>();
  const uploads = new Map<string, MultipartUpload>();
  const requests: S3Request[] = [];
  let fault: { predicate: (request: Pick<S3Request, "method" | "path" | "query">) => boolean; status: number } | undefined;

  const server = createServer((req, res) => {
    const [pathname, query = ""] = (req.url ?? "/").split("?");
    const seen = { method: req.method ?? "GET", path: pathname, query };
    res.once("finish", () => requests.push({ ...seen, status: res.statusCode }));
    if (fault?.predicate(seen)) {
      req.resume();
      return error(res, fault.status, "InternalError", "injected");
    }
    handle(req, res, pathname, new URLSearchParams(query)).catch((failure: Error) => {
      if (!res.headersSent) error(res, 500, "InternalError", failure.message);
      else res.destroy();
    });
  });

  function error(res: ServerResponse, status: number, code: string, message: string): void {
    if (res.req.method === "HEAD") return void res.writeHead(status).end();
    res.writeHead(status, { "content-type": "application/xml" }).end(xml(`<Error><Code>${code}</Code><Message>${escape(message)}</Message><RequestId>${randomUUID()}</RequestId></Error>`));
  }

  /** Calls `onChunk` with each chunk of the body; resolves when it ended, rejects when the request was cut. */
  function readBody(req: IncomingMessage, onChunk: (chunk: Buffer) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      req.on("data", onChunk);
      req.once("end", resolve);
      req.once("aborted", () => reject(new Error("request aborted")));
      req.once("error", reject);
    });
  }

  /** Folds the held parts that are next into the upload's hash. */
  function drain(upload: MultipartUpload): void {
    for (let held = upload.held.get(upload.next); held && !upload.streaming; held = upload.held.get(upload.next)) {
      for (const chunk of held) upload.hash.update(chunk);
      upload.bytes += upload.parts.get(upload.next)!.bytes;
      upload.held.delete(upload.next++);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse, pathname: string, q: URLSearchParams): Promise<void> {
    const [bucketName, ...keyParts] = pathname.slice(1).split("/").map(decodeURIComponent);
    const key = keyParts.join("/");
    if (!key) {
      if (req.method !== "PUT") return error(res, 501, "NotImplemented", `${req.method} on a bucket`);
      req.resume();
      if (!buckets.has(bucketName)) buckets.set(bucketName, new Map());
      return void res.writeHead(200, { location: `/${bucketName}` }).end();
    }
    const bucket = buckets.get(bucketName);
    if (!bucket) {
      req.resume();
      return error(res, 404, "NoSuchBucket", `no bucket ${bucketName}`);
    }
    const uploadId = q.get("uploadId");

    if (req.method === "POST" && q.has("uploads")) {
      req.resume();
      const id = randomUUID();
      uploads.set(id, { bucket: bucketName, key, contentType: req.headers["content-type"], parts: new Map(), next: 1, hash: createHash("sha256"), bytes: 0, streaming: false, held: new Map() });
      return void res.writeHead(200, { "content-type": "application/xml" }).end(xml(`<InitiateMultipartUploadResult><Bucket>${escape(bucketName)}</Bucket><Key>${escape(key)}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`));
    }

    if (uploadId !== null) {
      const upload = uploads.get(uploadId);
      if (!upload || upload.bucket !== bucketName || upload.key !== key) {
        req.resume();
        return error(res, 404, "NoSuchUpload", `no upload ${uploadId}`);
      }
      if (req.method === "PUT" && q.has("partNumber")) return uploadPart(req, res, upload, Number(q.get("partNumber")));
      if (req.method === "DELETE") {
        req.resume();
        uploads.delete(uploadId);
        return void res.writeHead(204).end();
      }
      if (req.method === "POST") return complete(req, res, uploadId, upload, bucket);
    }

    if (req.method === "PUT") {
      const md5 = createHash("md5");
      const sha256 = createHash("sha256");
      let chunks: Buffer[] | undefined = [];
      let bytes = 0;
      await readBody(req, (chunk) => {
        md5.update(chunk);
        sha256.update(chunk);
        bytes += chunk.length;
        chunks = bytes <= KEEP_WHOLE_BYTES ? chunks?.concat(chunk) : undefined;
      });
      const etag = `"${md5.digest("hex")}"`;
      bucket.set(key, { bytes, sha256: sha256.digest("hex"), etag, partBytes: [bytes], contentType: req.headers["content-type"], body: chunks && Buffer.concat(chunks) });
      return void res.writeHead(200, { etag }).end();
    }

    if (req.method === "GET" || req.method === "HEAD") {
      req.resume();
      const object = bucket.get(key);
      if (!object) return error(res, 404, "NoSuchKey", `no object ${key}`);
      if (req.method === "GET" && !object.body) return error(res, 501, "NotImplemented", `the sink keeps only the hashes of ${key} (${object.bytes} bytes)`);
      res.writeHead(200, { "content-length": object.bytes, etag: object.etag, "content-type": object.contentType ?? "binary/octet-stream", "last-modified": new Date().toUTCString() });
      return void res.end(req.method === "GET" ? object.body : undefined);
    }

    req.resume();
    error(res, 501, "NotImplemented", `${req.method} ${pathname}?${q.toString()}`);
  }

  async function uploadPart(req: IncomingMessage, res: ServerResponse, upload: MultipartUpload, partNumber: number): Promise<void> {
    if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10_000) {
      req.resume();
      return error(res, 400, "InvalidArgument", `partNumber ${partNumber}`);
    }
    const md5 = createHash("md5");
    let bytes = 0;
    let sink: (chunk: Buffer) => void;
    let kept: () => void;
    const inOrder = partNumber === upload.next && !upload.streaming;
    if (inOrder) {
      // Next in order: straight into a copy of the running hash, kept if the request ends well.
      upload.streaming = true;
      const candidate = upload.hash.copy();
      sink = (chunk) => candidate.update(chunk);
      kept = () => {
        upload.hash = candidate;
        upload.bytes += bytes;
        upload.next++;
      };
    } else if (partNumber >= upload.next) {
      const chunks: Buffer[] = [];
      sink = (chunk) => chunks.push(chunk);
      kept = () => void upload.held.set(partNumber, chunks);
    } else {
      upload.broken = `part ${partNumber} was sent again after it was hashed into the object`;
      sink = () => undefined;
      kept = () => undefined;
    }
    try {
      await readBody(req, (chunk) => {
        md5.update(chunk);
        sink(chunk);
        bytes += chunk.length;
      });
    } finally {
      if (inOrder) upload.streaming = false;
    }
    upload.parts.set(partNumber, { bytes, md5: md5.digest() });
    kept();
    drain(upload);
    res.writeHead(200, { etag: `"${upload.parts.get(partNumber)!.md5.toString("hex")}"` }).end();
  }

  async function complete(req: IncomingMessage, res: ServerResponse, uploadId: string, upload: MultipartUpload, bucket: Map<string, SinkObject>): Promise<void> {
    let body = "";
    await readBody(req, (chunk) => (body += chunk.toString("utf8")));
    const listed = [...body.matchAll(/<Part>([\s\S]*?)<\/Part>/g)].map(([, part]) => ({
      number: Number(/<PartNumber>(\d+)<\/PartNumber>/.exec(part)?.[1]),
      etag: /<ETag>([^<]*)<\/ETag>/.exec(part)?.[1]?.replace(/&quot;/g, '"'),
    }));
    if (upload.broken) return error(res, 501, "NotImplemented", `the sink cannot assemble this object: ${upload.broken}`);
    // The sink assembles every part it was sent, so the list must name them all, in order.
    if (listed.length === 0 || listed.some((part, i) => part.number !== i + 1)) return error(res, 400, "InvalidPartOrder", "parts must be listed 1, 2, 3… in order");
    if (listed.length !== upload.next - 1 || upload.held.size > 0) return error(res, 400, "InvalidPart", `listed ${listed.length} parts; received ${upload.parts.size}`);
    const parts = listed.map((part) => upload.parts.get(part.number)!);
    if (listed.some((part, i) => part.etag !== `"${parts[i].md5.toString("hex")}"`)) return error(res, 400, "InvalidPart", "an ETag does not match its part");
    const small = parts.slice(0, -1).findIndex((part) => part.bytes < MIN_PART_BYTES);
    if (small >= 0) return error(res, 400, "EntityTooSmall", `part ${small + 1} is ${parts[small].bytes} bytes`);
    const etag = `"${createHash("md5").update(Buffer.concat(parts.map((part) => part.md5))).digest("hex")}-${parts.length}"`;
    bucket.set(upload.key, { bytes: upload.bytes, sha256: upload.hash.digest("hex"), etag, partBytes: parts.map((part) => part.bytes), contentType: upload.contentType });
    uploads.delete(uploadId);
    res.writeHead(200, { "content-type": "application/xml" }).end(
      xml(`<CompleteMultipartUploadResult><Location>http://${req.headers.host}/${escape(upload.bucket)}/${escape(upload.key)}</Location><Bucket>${escape(upload.bucket)}</Bucket><Key>${escape(upload.key)}</Key><ETag>${escape(etag)}</ETag></CompleteMultipartUploadResult>`),
    );
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const credentials = { accessKeyId: "sink-access-key", secretAccessKey: "sink-secret-key" };
  // The agent's client settings (runtime/backup-agent/server.ts): path-style, checksums only when required.
  const client = new S3Client({ region: "auto", endpoint, forcePathStyle: true, credentials, requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" });
  return {
    endpoint,
    client,
    requests,
    ...credentials,
    fail: (predicate, status = 500) => {
      fault = predicate ? { predicate, status } : undefined;
    },
    createBucket: async (name) => {
      await client.send(new CreateBucketCommand({ Bucket: name }));
    },
    object: (bucket, key) => buckets.get(bucket)?.get(key),
    openUploads: () => uploads.size,
    close: async () => {
      client.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
