/**
 * Peak memory of the agent stays flat when the archive grows: the dump, the encryption and the
 * upload form one back-pressured stream, so the agent holds ≈ (queue size + 2) parts, not the
 * archive. Each size runs in a fresh agent process; its peak RSS (VmHWM) is read after the job.
 * Also logs the throughput (dump → age → multipart to fauxqs on loopback).
 */
import type { JobManifest } from "../../runtime/backup-agent/contract";
import { type AgentWorld, ageUnavailable, describeWhenAvailable, startAgentWorld } from "../support/backup-harness";

const describeWithAge = describeWhenAvailable("the backup agent memory test", ageUnavailable);
const MB = 1_000_000;
const SMALL = Number(process.env.BACKUP_MEMORY_SMALL_MB ?? 50) * MB;
const LARGE = Number(process.env.BACKUP_MEMORY_LARGE_MB ?? 200) * MB; // 500 MB: BACKUP_MEMORY_LARGE_MB=500 (~35 s here)
const PART_MIB = 8;

describeWithAge("backup agent memory", () => {
  let world: AgentWorld;

  beforeAll(async () => {
    world = await startAgentWorld("backup-memory-test-");
  });
  afterAll(async () => {
    await world?.close();
  });

  let runs = 0;
  async function measure(bytes: number): Promise<{ peakRss: number; mbPerSec: number; manifest: JobManifest }> {
    const agent = await world.startAgent({ partSizeMiB: PART_MIB, queueSize: 2, jobs: [{ name: "zeros", kind: "command", argv: ["head", "-c", String(bytes), "/dev/zero"] }] });
    try {
      const started = Date.now();
      const result = await agent.runJob("zeros", { runId: `mem-${bytes}-${++runs}`, tier: "daily" }, world.token());
      const seconds = (Date.now() - started) / 1000;
      expect(result.status).toBe(200);
      return { peakRss: agent.peakRssBytes(), mbPerSec: bytes / MB / seconds, manifest: result.body as unknown as JobManifest };
    } finally {
      await agent.stop();
    }
  }

  /** The run with the lower peak of two: RSS swings 10–20 MiB within a run with GC timing, which load on a shared machine moves. */
  const lower = (a: Awaited<ReturnType<typeof measure>>, b: Awaited<ReturnType<typeof measure>>) => (a.peakRss <= b.peakRss ? a : b);

  it(`does not hold the archive: peak RSS grows by less than four ${PART_MIB} MiB parts when the archive grows from ${SMALL / MB} MB to ${LARGE / MB} MB`, async () => {
    const small = lower(await measure(SMALL), await measure(SMALL));
    const large = lower(await measure(LARGE), await measure(LARGE));
    expect(large.manifest.plaintextBytes).toBe(LARGE);
    const line = `backup agent peak RSS: ${SMALL / MB} MB → ${(small.peakRss / 2 ** 20).toFixed(0)} MiB (${small.mbPerSec.toFixed(0)} MB/s); ${LARGE / MB} MB → ${(large.peakRss / 2 ** 20).toFixed(0)} MiB (${large.mbPerSec.toFixed(0)} MB/s); part ${PART_MIB} MiB, queue 2`;
    console.log(line);
    // With parts this small, GC timing alone moves one run's peak by 10–20 MiB (2 shared cores:
    // 50 → 200 MB from −7% to +18% across runs), so a relative bound here fails on noise. The
    // property held is absolute: an agent that kept the archive (or a part per part uploaded) would
    // grow by ~150 MB here; it grows by less than four parts. The relative goal (≤ 10–15% between
    // sizes) is held at production parts, where it is stable: agent-memory-production-parts.test.ts.
    expect(large.peakRss - small.peakRss).toBeLessThan(4 * PART_MIB * 2 ** 20);
  }, 300_000);
});
