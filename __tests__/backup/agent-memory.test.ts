/**
 * Peak memory of the agent stays flat when the archive grows: the dump, the encryption and the
 * upload form one back-pressured stream, so the agent holds ≈ (queue size + 1) parts, not the
 * archive. Each size runs in a fresh agent process; its peak RSS (VmHWM) is read after the job.
 * Also logs the throughput (dump → age → multipart to fauxqs on loopback).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { JobManifest } from "../../runtime/backup-agent/contract";
import { AgentProcess, ageKeygen, ageUnavailable, type IdentityStandIn, type S3World, startIdentityStandIn, startS3 } from "../support/backup-harness";

const skipReason = ageUnavailable();
const describeWithAge = skipReason ? describe.skip : describe;
const MB = 1_000_000;
const SMALL = Number(process.env.BACKUP_MEMORY_SMALL_MB ?? 50) * MB;
const LARGE = Number(process.env.BACKUP_MEMORY_LARGE_MB ?? 200) * MB; // 500 MB: BACKUP_MEMORY_LARGE_MB=500 (~35 s here)
const PART_MIB = 8;

describeWithAge("backup agent memory", () => {
  let dir: string;
  let s3: S3World;
  let identity: IdentityStandIn;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-memory-test-"));
    [s3, identity] = await Promise.all([startS3(), startIdentityStandIn()]);
    await s3.createBucket("bench");
  });
  afterAll(async () => {
    await Promise.all([s3?.close(), identity?.close()]);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function measure(bytes: number): Promise<{ peakRss: number; mbPerSec: number; manifest: JobManifest }> {
    const agent = await AgentProcess.start({
      s3,
      bucket: "bench",
      identity,
      audience: "https://agent",
      callerEmail: "fn@p.iam.gserviceaccount.com",
      recipients: [ageKeygen(dir).recipient],
      partSizeMiB: PART_MIB,
      queueSize: 2,
      jobs: [{ name: "zeros", kind: "command", argv: ["head", "-c", String(bytes), "/dev/zero"] }],
    });
    try {
      const started = Date.now();
      const result = await agent.runJob("zeros", { runId: `mem-${bytes}`, tier: "daily" }, identity.googleToken("fn@p.iam.gserviceaccount.com", "https://agent"));
      const seconds = (Date.now() - started) / 1000;
      expect(result.status).toBe(200);
      return { peakRss: agent.peakRssBytes(), mbPerSec: bytes / MB / seconds, manifest: result.body as unknown as JobManifest };
    } finally {
      await agent.stop();
    }
  }

  it(`keeps peak RSS within 15% when the archive grows from ${SMALL / MB} MB to ${LARGE / MB} MB`, async () => {
    const small = await measure(SMALL);
    const large = await measure(LARGE);
    expect(large.manifest.plaintextBytes).toBe(LARGE);
    const line = `backup agent peak RSS: ${SMALL / MB} MB → ${(small.peakRss / 2 ** 20).toFixed(0)} MiB (${small.mbPerSec.toFixed(0)} MB/s); ${LARGE / MB} MB → ${(large.peakRss / 2 ** 20).toFixed(0)} MiB (${large.mbPerSec.toFixed(0)} MB/s); part ${PART_MIB} MiB, queue 2`;
    console.log(line);
    // Goal 10%. With age-encryption (pure JS): 139 → 157 MiB (+13%) for 50 → 500 MB. With the native
    // cipher (age-v1.ts), 2 shared cores: 50 → 500 MB −3% … +12% over 7 runs (median +1%; one run
    // 139 → 155 MiB), 50 → 200 MB −7% … +5%: usually within 10%, not always, so the bound stays 15%.
    expect(large.peakRss).toBeLessThan(small.peakRss * 1.15);
  }, 300_000);
});
