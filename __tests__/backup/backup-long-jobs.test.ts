/**
 * Jobs longer than any one HTTP request (issue 11): the agent sits behind Cloudflare's proxy, which
 * answers 524 when the origin has not answered within 100 s, and a function request ends at its
 * budget (under Scheduler's 30 minutes). Here the proxy stand-in gives up after 1 s and the dump
 * tool takes ~3 s: the real agent bundle (fauxqs as R2), the function bundle served by
 * functions-framework, run records in the Firestore stand-in, alerts to the Rocket.Chat stand-in.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { BACKUP_AGENT_ROUTES, type BackupJobSpec, type JobManifest } from "../../runtime/backup-agent/contract";
import { AGENT_LOST_JOB, BACKUP_COLLECTIONS, BACKUP_FUNCTION_DEFAULTS, BACKUP_LEASE_ID } from "../../runtime/backup-function/contract";
import { type AgentProcess, type AgentWorld, ageUnavailable, AUDIENCE, describeWhenAvailable, startAgentWorld } from "../support/backup-harness";
import { type BackupFunctionWorld, type RunningBackupFunction, startBackupFunctionWorld } from "../support/backup-function-harness";
import { type CloudflareProxyStandIn, startCloudflareProxyStandIn } from "../support/cloudflare-proxy-stand-in";

const describeWithAge = describeWhenAvailable("the long-job tests", ageUnavailable);

const PROJECT = "example-project";
const FUNCTION_EMAIL = `prod-backup-fn@${PROJECT}.iam.gserviceaccount.com`;
/** The stand-in's proxy read timeout (Cloudflare's is 100 s). */
const PROXY_TIMEOUT_MS = 1000;
const HOUR = 3_600_000;

describeWithAge("backup jobs longer than a proxied request or a function request", () => {
  let agents: AgentWorld;
  let world: BackupFunctionWorld;
  let agent: AgentProcess;
  let proxy: CloudflareProxyStandIn;
  /** Default budget (25 min), polling every 0.2 s. */
  let patient: RunningBackupFunction;
  /** A 1-second budget: every run outlives its request. */
  let hurried: RunningBackupFunction;
  let invocationsFile: string;
  let jobs: BackupJobSpec[];

  beforeAll(async () => {
    agents = await startAgentWorld("backup-long-test-", { callerEmail: FUNCTION_EMAIL });
    world = await startBackupFunctionWorld({ projectId: PROJECT, email: FUNCTION_EMAIL, identity: agents.identity });
    invocationsFile = path.join(agents.dir, "invocations");
    fs.writeFileSync(invocationsFile, "");
    // A slow dump tool: notes each invocation, takes ~3 s, then writes its archive.
    const tool = path.join(agents.dir, "slow-dump");
    fs.writeFileSync(tool, `#!/bin/sh\necho "$$" >> ${invocationsFile}\nsleep 3\nhead -c 300000 /dev/urandom\n`, { mode: 0o755 });
    jobs = [
      { name: "slow-dump", kind: "command", argv: [tool] },
      { name: "quick", kind: "command", argv: ["head", "-c", "1000", "/dev/urandom"] },
    ];
    agent = await agents.startAgent({ partSizeMiB: 5, jobs });
    proxy = await startCloudflareProxyStandIn({ origin: agent.url, timeoutMs: PROXY_TIMEOUT_MS });
    const common = { agentUrl: proxy.url, agentAudience: AUDIENCE, alerts: world.alertsVia(await world.botSecrets({ withBot: true }), { channel: "#backup-alerts" }), pollIntervalSec: 0.2 };
    [patient, hurried] = await Promise.all([world.startFunction({ ...common, jobs: ["slow-dump", "quick"] }), world.startFunction({ ...common, jobs: ["slow-dump"], requestBudgetSec: 1 })]);
  }, 60_000);

  afterAll(async () => {
    await world?.close();
    await proxy?.close();
    await agents?.close();
  });

  const invocations = () => fs.readFileSync(invocationsFile, "utf8").split("\n").filter(Boolean).length;
  const run = (runId: string) => world.firestore.data(`${BACKUP_COLLECTIONS.runs}/${runId}`) as Record<string, any> | undefined;
  const lease = () => world.firestore.data(`${BACKUP_COLLECTIONS.leases}/${BACKUP_LEASE_ID}`) as Record<string, any> | undefined;
  /** Through the proxy, as the function reaches the agent. */
  async function call(method: "GET" | "POST", route: string, body?: unknown): Promise<{ status: number; body: Record<string, any> }> {
    const response = await fetch(proxy.url + route, { method, headers: { authorization: `Bearer ${agents.token()}`, ...(body ? { "content-type": "application/json" } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }
  async function finished(job: string, runId: string, tier = "daily"): Promise<Record<string, any>> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const status = await call("GET", `${BACKUP_AGENT_ROUTES.jobRun(job, runId)}?tier=${tier}`);
      if (status.body.state !== "running") return status;
      if (Date.now() > deadline) throw new Error(`${job} ${runId} still running`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it("the proxy stand-in ends a request whose origin takes longer than its timeout with 524, as Cloudflare does after 100 s", async () => {
    const slowOrigin = createServer((_req, res) => void setTimeout(() => res.writeHead(200).end("late"), 2 * PROXY_TIMEOUT_MS));
    await new Promise<void>((resolve) => slowOrigin.listen(0, "127.0.0.1", resolve));
    const cut = await startCloudflareProxyStandIn({ origin: `http://127.0.0.1:${(slowOrigin.address() as AddressInfo).port}`, timeoutMs: PROXY_TIMEOUT_MS });
    try {
      const started = Date.now();
      const response = await fetch(cut.url + "/v1/jobs/anything", { method: "POST" });
      expect(response.status).toBe(524);
      expect(await response.text()).toContain("A timeout occurred");
      expect(Date.now() - started).toBeLessThan(2 * PROXY_TIMEOUT_MS);
    } finally {
      slowOrigin.closeAllConnections();
      await Promise.all([cut.close(), new Promise((resolve) => slowOrigin.close(resolve))]);
    }
  });

  it("answers a job's POST at once (202 running) and starts one dump when the same (job, runId) is posted twice; a later POST answers the finished run", async () => {
    const before = invocations();
    const runId = "manual-20261201T010000Z";
    const [first, second] = await Promise.all([call("POST", BACKUP_AGENT_ROUTES.job("slow-dump"), { runId, tier: "daily" }), call("POST", BACKUP_AGENT_ROUTES.job("slow-dump"), { runId, tier: "daily" })]);
    expect(first).toEqual({ status: 202, body: { job: "slow-dump", runId, state: "running", bytesUploaded: 0 } });
    expect(second).toMatchObject({ status: 202, body: { job: "slow-dump", runId, state: "running" } });
    const done = await finished("slow-dump", runId);
    expect(done).toMatchObject({ status: 200, body: { job: "slow-dump", runId, state: "uploaded", manifest: { key: `daily/slow-dump/${runId}/slow-dump.bin.age`, plaintextBytes: 300000 } } });
    expect(done.body.bytesUploaded).toBe(done.body.manifest.bytes);
    const again = await call("POST", BACKUP_AGENT_ROUTES.job("slow-dump"), { runId, tier: "daily" });
    expect(again).toMatchObject({ status: 200, body: { state: "uploaded", manifest: { sha256: done.body.manifest.sha256 } } });
    expect(invocations()).toBe(before + 1);
    expect(agent.logs.filter((line) => line.message === "job started" && line.runId === runId)).toHaveLength(1);
    // Nothing waited on the dump: every answer came well within the proxy's timeout.
    expect(proxy.requests.filter((request) => request.status === 524)).toEqual([]);
  });

  it("rejects a second run of a job while the first is running (409 busy), and answers a run it does not know 404", async () => {
    const first = await call("POST", BACKUP_AGENT_ROUTES.job("slow-dump"), { runId: "busy-20261201T020000Z", tier: "daily" });
    expect(first.status).toBe(202);
    const second = await call("POST", BACKUP_AGENT_ROUTES.job("slow-dump"), { runId: "busy-20261201T030000Z", tier: "daily" });
    expect(second).toMatchObject({ status: 409, body: { error: "busy", message: expect.stringContaining("busy-20261201T020000Z") } });
    expect(await call("GET", `${BACKUP_AGENT_ROUTES.jobRun("slow-dump", "busy-20261201T030000Z")}?tier=daily`)).toMatchObject({ status: 404, body: { error: "not-found" } });
    // The status routes need the token as the others do.
    expect((await fetch(`${proxy.url}${BACKUP_AGENT_ROUTES.jobRun("slow-dump", "busy-20261201T020000Z")}?tier=daily`)).status).toBe(401);
    expect((await fetch(`${proxy.url}${BACKUP_AGENT_ROUTES.verify}?key=x`)).status).toBe(401);
    expect((await finished("slow-dump", "busy-20261201T020000Z")).body.state).toBe("uploaded");
  });

  it("records a job of ~3 s behind a proxy that gives up after 1 s as verified: started, polled with progress, read back, all in one request", async () => {
    const before = invocations();
    const result = await patient.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-01T02:00:00Z");
    const runId = "nightly-20261201T020000Z";
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ runId, state: "verified", resumed: false });
    const record = run(runId)!;
    expect(record.state).toBe("verified");
    const job = record.jobs["slow-dump"];
    expect(job).toMatchObject({ outcome: "verified", key: `daily/slow-dump/${runId}/slow-dump.bin.age`, plaintextBytes: 300000 });
    expect(job.durationMs).toBeGreaterThanOrEqual(3000);
    expect(job.bytesUploaded).toBe(job.bytes);
    expect(job.verifyStartedAt).toBeDefined();
    const stored = await agents.download(job.key);
    expect(createHash("sha256").update(stored).digest("hex")).toBe(job.sha256);
    expect(record.jobs.quick.outcome).toBe("verified");
    expect(invocations()).toBe(before + 1);
    expect(lease()).toBeUndefined();
    expect(record.driver).toBeUndefined();
    // Every agent call answered at once; none was cut by the proxy.
    expect(proxy.requests.filter((request) => request.status === 524)).toEqual([]);
    expect(Math.max(...proxy.requests.map((request) => request.ms))).toBeLessThan(PROXY_TIMEOUT_MS);
  });

  it("leaves a run whose request budget ran out `running` with the lease held; a Scheduler retry resumes it without a second dump, and the freshness check finishes it to verified", async () => {
    const before = invocations();
    const runId = "nightly-20261202T020000Z";
    const first = await hurried.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-02T02:00:00Z");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ runId, state: "running", resumed: false, paused: true });
    expect(run(runId)).toMatchObject({ state: "running", jobs: { "slow-dump": { outcome: "running", bytesUploaded: 0 } } });
    expect(run(runId)!.driver).toBeUndefined(); // free for the next request
    // The lease stays with the run, renewed for long enough to reach the next hourly check.
    expect(lease()!.runId).toBe(runId);
    expect(new Date(lease()!.expiresAt).getTime() - Date.now()).toBeGreaterThan(2 * HOUR);

    // A Scheduler retry (same schedule time) continues the run; the agent answers with the run's status.
    const retry = await hurried.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-02T02:00:00Z");
    expect(retry.body).toMatchObject({ runId, resumed: true });
    expect(invocations()).toBe(before + 1);

    const answers: Array<Record<string, any>> = [];
    for (let attempt = 0; attempt < 15 && run(runId)!.state !== "verified"; attempt++) {
      const check = await hurried.trigger({ check: "freshness" });
      expect(check.status).toBe(200);
      answers.push(check.body);
    }
    expect(run(runId)).toMatchObject({ state: "verified", jobs: { "slow-dump": { outcome: "verified" } } });
    expect(run(runId)!.verifiedAt).toBeDefined();
    expect(answers[0].resumed).toEqual([expect.objectContaining({ runId })]);
    expect(answers.at(-1)).toMatchObject({ finding: "fresh", newestVerifiedRunId: runId, resumed: [{ runId, state: "verified" }] });
    expect(invocations()).toBe(before + 1);
    expect(lease()).toBeUndefined();
    expect(world.chat.posted().filter((message) => message.msg.includes(runId))).toEqual([]);
  }, 60_000);

  it("records a job the agent lost in a restart as failed agent-lost-job and the run failed, with an alert; a run it had finished is still found in the bucket", async () => {
    const runId = "nightly-20261203T020000Z";
    const paused = await hurried.trigger({ schedule: "nightly", tier: "daily" }, "2026-12-03T02:00:00Z");
    expect(paused.body).toMatchObject({ runId, state: "running", paused: true });
    await agent.kill();
    agent = await agents.startAgent({ partSizeMiB: 5, jobs });
    proxy.origin = agent.url;

    const check = await hurried.trigger({ check: "freshness" });
    expect(check.status).toBe(200);
    const record = run(runId)!;
    expect(record.state).toBe("failed");
    expect(record.jobs["slow-dump"]).toMatchObject({ outcome: "failed", code: AGENT_LOST_JOB });
    expect(record.jobs["slow-dump"].error).toContain(AGENT_LOST_JOB);
    expect(record.error).toContain("1 of 1 jobs failed");
    expect(check.body.resumed).toEqual([expect.objectContaining({ runId, state: "failed", alert: expect.objectContaining({ sentAt: expect.any(String) }) })]);
    const messages = world.chat.posted().filter((message) => message.msg.includes(runId));
    expect(messages).toHaveLength(1);
    expect(messages[0].msg).toContain("Failed jobs: slow-dump");
    expect(messages[0].msg).toContain(AGENT_LOST_JOB);
    expect(lease()).toBeUndefined();

    // The new agent knows nothing of earlier runs, but one that was uploaded has its manifest in the bucket.
    const earlier = await call("GET", `${BACKUP_AGENT_ROUTES.jobRun("slow-dump", "nightly-20261201T020000Z")}?tier=daily`);
    expect(earlier).toMatchObject({ status: 200, body: { state: "uploaded", manifest: { sha256: run("nightly-20261201T020000Z")!.jobs["slow-dump"].sha256 } } });
    expect((earlier.body.manifest as JobManifest).runId).toBe("nightly-20261201T020000Z");
  }, 60_000);

  it("keeps the lease of an unfinished run longer than the gap to the next hourly check", () => {
    expect(BACKUP_FUNCTION_DEFAULTS.leaseTtlSec * 1000).toBeGreaterThanOrEqual(2 * HOUR);
    expect(BACKUP_FUNCTION_DEFAULTS.requestBudgetSec).toBeLessThan(BACKUP_FUNCTION_DEFAULTS.schedulerAttemptDeadlineSec);
  });
});
