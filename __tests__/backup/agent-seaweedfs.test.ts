/**
 * SeaweedFS files through the agent: the deployable bundle in its own process reads a filer
 * stand-in (the 3.99 listing JSON and pagination, over HTTP, from a local tree), writes a tar
 * through the archive pipeline (age, multipart to fauxqs), full on weekly runs and differential
 * against the newest full on daily runs. Archives are decrypted with the real `age` tool and
 * extracted with the system `tar`; restoreSeaweedfs rebuilds the tree from a full and a differential.
 */
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Readable } from "node:stream";
import { BACKUP_AGENT_ROUTES, type JobManifest, MANIFEST_SUFFIX } from "../../runtime/backup-agent/contract";
import * as tarStream from "tar-stream";
import { type BackupIndex, restoreSeaweedfs, type SeaweedfsRunDetails, seaweedfsDump } from "../../runtime/backup-agent/seaweedfs";
import { FilerClient } from "../../runtime/backup-agent/seaweedfs/filer";
import { baseOutlivesDifferential, changedSince, decodeFingerprints, DEFAULT_RETENTION_DAYS, encodeFingerprints, SNAPSHOT_MARGIN_MS } from "../../runtime/backup-agent/seaweedfs/plan";
import { type AgentProcess, type AgentWorld, ageUnavailable, describeWhenAvailable, startAgentWorld } from "../support/backup-harness";
import { treeSnapshot } from "../support/restore-harness";
import { type FilerStandIn, putFile, startFilerStandIn } from "../support/seaweedfs-filer-stand-in";

const describeWithAge = describeWhenAvailable("the SeaweedFS backup tests", ageUnavailable);

const MiB = 1024 * 1024;
const PAGE_SIZE = 3;
const TWO_DAYS_AGO = new Date(Date.now() - 2 * 24 * 3600 * 1000);

describeWithAge("backup agent: SeaweedFS files, full and differential", () => {
  let world: AgentWorld;
  let filerRoot: string;
  let filer: FilerStandIn;
  let agent: AgentProcess;
  let full: JobManifest;

  /** The tree under the filer's /buckets. */
  const tree = () => path.join(filerRoot, "buckets");
  const put = (relative: string, content: Buffer | string, mtime: Date = TWO_DAYS_AGO) => putFile(tree(), relative, content, mtime);

  beforeAll(async () => {
    world = await startAgentWorld("backup-seaweedfs-test-");
    filerRoot = path.join(world.dir, "filer");
    // What Rocket.Chat's bucket looks like through the filer, plus what a backup must survive:
    // an empty file, a binary over a part, names with spaces / non-ASCII / > 100 bytes, an empty
    // directory, and a directory with more entries than a listing page.
    put("rocketchat/uploads/GENERAL/u1/a1b2c3.png", randomBytes(2 * MiB + 17));
    put("rocketchat/uploads/GENERAL/u1/empty.txt", "");
    put("rocketchat/uploads/GENERAL/u2/Protokoll Übergabe März.pdf", randomBytes(40_000));
    put(`rocketchat/uploads/long/${"n".repeat(120)}/${"f".repeat(140)}.bin`, randomBytes(3000));
    put("rocketchat/uploads/old-name.png", randomBytes(5000));
    put("rocketchat/uploads/keep-mtime.bin", randomBytes(7000));
    put("rocketchat/uploads/to-delete.txt", "short-lived");
    put("rocketchat/gone/inside.txt", "a directory that will be removed");
    put("rocketchat/flip", "a file that will become a directory");
    for (let i = 0; i < 8; i++) put(`rocketchat/many/item-${i}.txt`, `item ${i}\n`.repeat(i + 1));
    fs.mkdirSync(path.join(tree(), "rocketchat", "empty-dir"), { recursive: true });
    // Outside the job's root: never archived.
    put("../etc/iam/identity.json", '{"identities":[]}');
    // A file for the failure case, in a root of its own: 12 MB, more than two 5 MiB parts.
    fs.mkdirSync(path.join(filerRoot, "big"), { recursive: true });
    fs.writeFileSync(path.join(filerRoot, "big", "video.mp4"), randomBytes(12_000_000));

    filer = await startFilerStandIn(filerRoot);
    agent = await world.startAgent({
      partSizeMiB: 5,
      jobs: [
        { name: "seaweedfs-files", kind: "seaweedfs", filerUrl: filer.url, path: "/buckets", pageSize: PAGE_SIZE },
        { name: "seaweedfs-many", kind: "seaweedfs", filerUrl: filer.url, path: "/buckets/rocketchat/many", pageSize: PAGE_SIZE },
        { name: "seaweedfs-big", kind: "seaweedfs", filerUrl: filer.url + "/", path: "/big" },
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await world?.close();
    await filer?.close();
  });

  /** The stored archive, its sha256 checked against the manifest, decrypted by the age tool. */
  async function decrypted(manifest: JobManifest): Promise<Buffer> {
    const stored = await world.download(manifest.key);
    expect(createHash("sha256").update(stored).digest("hex")).toBe(manifest.sha256);
    const file = path.join(world.dir, `${manifest.runId}.tar.age`);
    fs.writeFileSync(file, stored);
    const plaintext = execFileSync("age", ["-d", "-i", world.key.identityFile, file], { maxBuffer: 256 * MiB });
    expect(createHash("sha256").update(plaintext).digest("hex")).toBe(manifest.plaintextSha256);
    return plaintext;
  }

  /** Extracts with the system tar; returns the directory. */
  function untar(tarball: Buffer, name: string): string {
    const out = path.join(world.dir, name);
    fs.mkdirSync(out);
    execFileSync("tar", ["-x", "-f", "-", "-C", out], { input: tarball });
    return out;
  }

  /** Member names in order (system tar). */
  const members = (tarball: Buffer) => execFileSync("tar", ["-t", "-f", "-"], { input: tarball, encoding: "utf8" }).split("\n").filter(Boolean);

  /**
   * Runs a job to its end: POST starts it (202), then its run status is polled until it is no
   * longer running. (An agent that answers the POST synchronously, 200 with the manifest or 5xx with
   * the error, is read the same way.)
   */
  async function run(job: string, runId: string, tier: string): Promise<{ state: string; manifest?: JobManifest; code?: string; error?: string }> {
    const started = await agent.post(BACKUP_AGENT_ROUTES.job(job), { runId, tier }, world.token());
    if (started.status === 200 && typeof started.body.sha256 === "string") return { state: "uploaded", manifest: started.body as unknown as JobManifest };
    if (started.status >= 500) return { state: "failed", code: String(started.body.error), error: String(started.body.message) };
    expect(started.status).toBe(202);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const response = await fetch(`${agent.url}/v1/jobs/${encodeURIComponent(job)}/runs/${encodeURIComponent(runId)}?tier=${tier}`, { headers: { authorization: `Bearer ${world.token()}` } });
      const status = (await response.json()) as { state: string; manifest?: JobManifest; code?: string; error?: string };
      if (status.state !== "running") return status;
      if (Date.now() > deadline) throw new Error(`${job} ${runId} still running after 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it("archives every file under the root on a weekly run (a full), byte-identical, with an index of every path, reading big directories page by page", async () => {
    const before = filer.requests.length;
    const result = await run("seaweedfs-files", "weekly-20261206T030000Z", "weekly");
    expect(result.state).toBe("uploaded");
    full = result.manifest!;
    expect(full.key).toBe("weekly/seaweedfs-files/weekly-20261206T030000Z/seaweedfs-files.tar.age");
    const details = full.details as unknown as SeaweedfsRunDetails;
    const source = treeSnapshot(tree());
    const sourceFiles = Object.entries(source).filter(([, value]) => value !== "dir");
    expect(details).toMatchObject({ mode: "full", root: "/buckets", files: sourceFiles.length, indexedFiles: sourceFiles.length, vanished: 0, changedWhileReading: 0, skipped: 0 });
    expect(details.bytes).toBe(sourceFiles.reduce((sum, [relative]) => sum + fs.statSync(path.join(tree(), relative)).size, 0));
    expect(typeof details.fingerprints).toBe("string");
    expect(details.baseKey).toBeUndefined();
    // The manifest next to the archive holds the same details.
    expect(JSON.parse((await world.download(full.key + MANIFEST_SUFFIX)).toString()).details).toEqual(full.details);

    const tarball = await decrypted(full);
    expect(members(tarball).at(-1)).toBe(".backup-index.json");
    const out = untar(tarball, "full");
    // Every file byte-identical (the index is beside files/, not among them); directories come from the index.
    const extracted = treeSnapshot(path.join(out, "files"));
    expect(Object.fromEntries(Object.entries(extracted).filter(([, value]) => value !== "dir"))).toEqual(Object.fromEntries(sourceFiles));
    const index = JSON.parse(fs.readFileSync(path.join(out, ".backup-index.json"), "utf8")) as BackupIndex;
    expect(index).toMatchObject({ formatVersion: 1, job: "seaweedfs-files", root: "/buckets", mode: "full", key: full.key });
    expect(Object.fromEntries(index.entries.map((entry) => [entry.path, entry.type]))).toEqual(Object.fromEntries(Object.entries(source).map(([relative, value]) => [relative, value === "dir" ? "dir" : "file"])));
    const png = index.entries.find((entry) => entry.path === "rocketchat/uploads/GENERAL/u1/a1b2c3.png");
    expect(png).toEqual({ path: "rocketchat/uploads/GENERAL/u1/a1b2c3.png", type: "file", size: 2 * MiB + 17, mtime: new Date(Math.floor(TWO_DAYS_AGO.getTime() / 1000) * 1000).toISOString() });

    // The 8-entry directory took three pages of 3, each after the last name of the one before.
    const listings = filer.requests.slice(before).filter((request) => request.path === "/buckets/rocketchat/many/");
    expect(listings.map((request) => [request.query.limit, request.query.lastFileName ?? ""])).toEqual([
      ["3", ""],
      ["3", "item-2.txt"],
      ["3", "item-5.txt"],
    ]);
    expect(filer.requests.slice(before).filter((request) => request.path.endsWith("/")).every((request) => request.accept === "application/json")).toBe(true);
  });

  it("archives on a daily run only what changed since the full (modified, added, renamed, resized under an old mtime, a file turned directory) plus the index; restoring full + differential reproduces the tree, deletions included", async () => {
    expect(full).toBeDefined();
    put("rocketchat/uploads/GENERAL/u1/a1b2c3.png", randomBytes(MiB), new Date()); // rewritten
    put("rocketchat/uploads/GENERAL/u3/new upload.jpg", randomBytes(12_345), new Date()); // added
    fs.renameSync(path.join(tree(), "rocketchat/uploads/old-name.png"), path.join(tree(), "rocketchat/uploads/new-name.png")); // moved, mtime kept
    put("rocketchat/uploads/keep-mtime.bin", randomBytes(6000)); // other size, the old mtime put back
    fs.rmSync(path.join(tree(), "rocketchat/uploads/to-delete.txt"));
    fs.rmSync(path.join(tree(), "rocketchat/gone"), { recursive: true });
    fs.mkdirSync(path.join(tree(), "rocketchat/new-empty-dir"));
    fs.rmSync(path.join(tree(), "rocketchat/flip"));
    put("rocketchat/flip/inner.txt", "now a directory", new Date());

    const result = await run("seaweedfs-files", "nightly-20261207T010000Z", "daily");
    expect(result.state).toBe("uploaded");
    const differential = result.manifest!;
    const details = differential.details as unknown as SeaweedfsRunDetails;
    expect(details).toMatchObject({ mode: "differential", baseKey: full.key, baseSnapshotTime: (full.details as unknown as SeaweedfsRunDetails).snapshotTime, files: 5 });
    expect(details.fingerprints).toBeUndefined();

    const tarball = await decrypted(differential);
    expect(members(tarball).sort()).toEqual(
      ["files/rocketchat/uploads/GENERAL/u1/a1b2c3.png", "files/rocketchat/uploads/GENERAL/u3/new upload.jpg", "files/rocketchat/uploads/new-name.png", "files/rocketchat/uploads/keep-mtime.bin", "files/rocketchat/flip/inner.txt", ".backup-index.json"].sort(),
    );
    expect(members(tarball).at(-1)).toBe(".backup-index.json");
    const index = JSON.parse(fs.readFileSync(path.join(untar(tarball, "differential"), ".backup-index.json"), "utf8")) as BackupIndex;
    expect(index).toMatchObject({ mode: "differential", baseKey: full.key, key: differential.key });
    const paths = index.entries.map((entry) => entry.path);
    expect(paths).toContain("rocketchat/uploads/GENERAL/u1/empty.txt"); // unchanged: listed, not archived
    expect(paths).not.toContain("rocketchat/uploads/to-delete.txt");
    expect(paths).not.toContain("rocketchat/gone");

    const fullTar = await decrypted(full);
    const target = path.join(world.dir, "restored");
    const report = await restoreSeaweedfs({ full: Readable.from([fullTar]), differential: Readable.from([tarball]), target });
    expect(treeSnapshot(target)).toEqual(treeSnapshot(tree()));
    expect(report).toMatchObject({ root: "/buckets", fullKey: full.key, differentialKey: differential.key, files: index.entries.filter((entry) => entry.type === "file").length });
    expect(report.deleted).toBe(3); // to-delete.txt, old-name.png, gone/inside.txt
    expect(fs.statSync(path.join(target, "rocketchat/uploads/GENERAL/u1/empty.txt")).mtime.getTime()).toBe(Math.floor(TWO_DAYS_AGO.getTime() / 1000) * 1000);

    // The full alone restores the tree as it was at the full.
    const asOfFull = await restoreSeaweedfs({ full: Readable.from([fullTar]), target: path.join(world.dir, "restored-full") });
    expect(asOfFull.differentialKey).toBeUndefined();
    expect(fs.existsSync(path.join(world.dir, "restored-full/rocketchat/uploads/to-delete.txt"))).toBe(true);
    // A differential is only applied onto its own base, and only into an empty directory.
    await expect(restoreSeaweedfs({ full: Readable.from([tarball]), target: path.join(world.dir, "restored-wrong") })).rejects.toThrow(/is a differential, not a full/);
    await expect(restoreSeaweedfs({ full: Readable.from([fullTar]), differential: Readable.from([tarball]), target })).rejects.toThrow(/is not empty/);
  });

  it("takes a file rewritten between the listing and its read as the filer serves it, and records the rewrite", async () => {
    const rewritten = "rewritten while the backup ran, longer than before\n";
    filer.beforeRead((filerPath) => {
      if (filerPath.endsWith("/item-4.txt")) fs.writeFileSync(path.join(filerRoot, filerPath), rewritten);
    });
    try {
      const result = await run("seaweedfs-many", "weekly-20261213T030000Z", "weekly");
      expect(result.state).toBe("uploaded");
      const manifest = result.manifest!;
      expect(manifest.details).toMatchObject({ mode: "full", changedWhileReading: 1 });
      const out = untar(await decrypted(manifest), "rewritten");
      expect(fs.readFileSync(path.join(out, "files/item-4.txt"), "utf8")).toBe(rewritten);
      const index = JSON.parse(fs.readFileSync(path.join(out, ".backup-index.json"), "utf8")) as BackupIndex;
      expect(index.entries.find((entry) => entry.path === "item-4.txt")).toMatchObject({ size: Buffer.byteLength(rewritten) });
    } finally {
      filer.beforeRead(undefined);
    }
  });

  it("makes a daily run without any full in the bucket a full, and says why", async () => {
    const result = await run("seaweedfs-big", "nightly-20261207T010000Z", "daily");
    expect(result.state).toBe("uploaded");
    const details = result.manifest!.details as unknown as SeaweedfsRunDetails;
    expect(details).toMatchObject({ mode: "full", files: 1, bytes: 12_000_000 });
    expect(details.fullBecause).toMatch(/no weekly or monthly full of seaweedfs-big exists yet/);
    expect(typeof details.fingerprints).toBe("string");
  });

  it("fails a job whose filer breaks off a file mid-body after parts went up: dump-failed, the multipart upload aborted, no object or manifest", async () => {
    filer.breakFile("/big/video.mp4", 11_000_000);
    const prefix = "weekly/seaweedfs-big/weekly-broken/";
    try {
      const result = await run("seaweedfs-big", "weekly-broken", "weekly");
      expect(result).toMatchObject({ state: "failed", code: "dump-failed" });
      expect(result.error).toMatch(/reading \/big\/video\.mp4: .* \(after \d+ of 12000000 bytes\)/);
    } finally {
      filer.breakFile(undefined);
    }
    // Reads (the agent looks for a stored manifest of the run first) aside, the writes in order.
    const operations = world.operationsUnder(prefix).filter((operation) => operation !== "GetObject" && operation !== "HeadObject");
    expect(operations[0]).toBe("CreateMultipartUpload");
    expect(operations.filter((operation) => operation === "UploadPart").length).toBeGreaterThanOrEqual(1);
    expect(operations).toContain("AbortMultipartUpload");
    expect(operations).not.toContain("CompleteMultipartUpload");
    expect(await world.exists(`${prefix}seaweedfs-big.tar.age`)).toBe(false);
    expect(await world.exists(`${prefix}seaweedfs-big.tar.age${MANIFEST_SUFFIX}`)).toBe(false);
  });

  it("fails a job whose filer refuses a directory listing, naming the directory", async () => {
    filer.failListing("/buckets/rocketchat/many", 500);
    try {
      const result = await run("seaweedfs-files", "weekly-listing-fails", "weekly");
      expect(result).toMatchObject({ state: "failed", code: "dump-failed" });
      expect(result.error).toContain("listing /buckets/rocketchat/many");
      expect(result.error).toContain("the filer answered 500");
    } finally {
      filer.failListing(undefined);
    }
    expect(await world.exists("weekly/seaweedfs-files/weekly-listing-fails/seaweedfs-files.tar.age")).toBe(false);
  });
});

describe("SeaweedFS backup pieces (no age needed)", () => {
  const DAY = 24 * 3600 * 1000;
  const now = new Date("2026-12-07T01:00:00Z");
  const ago = (days: number) => new Date(now.getTime() - days * DAY);

  it("uses a full as a differential's base only while the full outlives it (7 / 28 / 180 days: weekly up to 20 days old, monthly up to 172)", () => {
    expect(baseOutlivesDifferential("weekly", ago(7), now, DEFAULT_RETENTION_DAYS)).toBe(true);
    expect(baseOutlivesDifferential("weekly", ago(20), now, DEFAULT_RETENTION_DAYS)).toBe(true);
    expect(baseOutlivesDifferential("weekly", ago(20.01), now, DEFAULT_RETENTION_DAYS)).toBe(false);
    expect(baseOutlivesDifferential("monthly", ago(172), now, DEFAULT_RETENTION_DAYS)).toBe(true);
    expect(baseOutlivesDifferential("monthly", ago(173), now, DEFAULT_RETENTION_DAYS)).toBe(false);
    expect(baseOutlivesDifferential("weekly", new Date("not a date"), now, DEFAULT_RETENTION_DAYS)).toBe(false);
  });

  it("takes into a differential what the full did not hold as listed now, and whatever was written since its snapshot less the margin", () => {
    const salt = "salt";
    const old = "2026-11-01T00:00:00.000Z";
    const listedInFull = [
      { path: "a.txt", size: 1, mtime: old },
      { path: "b.txt", size: 2, mtime: old },
    ];
    const base = { key: "weekly/x/r/x.tar.age", snapshotTime: "2026-12-06T03:00:00.000Z", fingerprintSalt: salt, fingerprints: decodeFingerprints(encodeFingerprints(salt, listedInFull)) };
    const withinMargin = new Date(Date.parse(base.snapshotTime) - SNAPSHOT_MARGIN_MS + 1000).toISOString();
    const now = [
      { path: "a.txt", size: 1, mtime: old }, // unchanged
      { path: "b.txt", size: 3, mtime: old }, // other size, same mtime
      { path: "c.txt", size: 1, mtime: old }, // renamed from somewhere, old mtime
      { path: "d.txt", size: 1, mtime: withinMargin }, // written around the full's start
    ];
    expect(changedSince(now, base).map((file) => file.path)).toEqual(["b.txt", "c.txt", "d.txt"]);
  });

  it("rejects an archive entry that would land outside the restore directory, and an archive without an index", async () => {
    const tarOf = async (entries: { name: string; body: string }[]) => {
      const pack = tarStream.pack();
      for (const entry of entries) pack.entry({ name: entry.name }, entry.body);
      pack.finalize();
      const chunks: Buffer[] = [];
      for await (const chunk of pack as AsyncIterable<Buffer>) chunks.push(Buffer.from(chunk));
      return Buffer.concat(chunks);
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seaweedfs-restore-unsafe-"));
    try {
      const escaping = await tarOf([{ name: "files/../../escaped.txt", body: "x" }]);
      await expect(restoreSeaweedfs({ full: Readable.from([escaping]), target: path.join(dir, "a") })).rejects.toThrow(/unsafe path/);
      expect(fs.existsSync(path.join(dir, "escaped.txt"))).toBe(false);
      const truncated = await tarOf([{ name: "files/a.txt", body: "x" }]);
      await expect(restoreSeaweedfs({ full: Readable.from([truncated]), target: path.join(dir, "b") })).rejects.toThrow(/ends without \.backup-index\.json/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stops a run whose filer stalls mid-file: the idle timeout fails it, a kill ends it at once", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "seaweedfs-stall-"));
    fs.mkdirSync(path.join(root, "data"));
    fs.writeFileSync(path.join(root, "data", "slow.bin"), randomBytes(100_000));
    const filer = await startFilerStandIn(root);
    filer.breakFile("/data/slow.bin", 10_000, "stall");
    try {
      const client = new FilerClient(filer.url, { idleTimeoutMs: 300 });
      const opened = await client.open("/data/slow.bin");
      let received = 0;
      await expect(
        (async () => {
          for await (const chunk of opened!.body) received += chunk.length;
        })(),
      ).rejects.toThrow("reading /data/slow.bin: no data for 0.3 s");
      expect(received).toBe(10_000);

      const source = seaweedfsDump({ job: { name: "stalls", kind: "seaweedfs", filerUrl: filer.url, path: "/data" }, tier: "weekly", runId: "r1", client: undefined as never, bucket: "unused" });
      source.stdout.resume();
      await new Promise((resolve) => setTimeout(resolve, 200));
      source.kill("SIGKILL");
      await expect(source.exited).resolves.toEqual({ code: null, signal: "SIGKILL" });
      expect(source.stderrTail()).toContain("stopped (SIGKILL)");
    } finally {
      await filer.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
