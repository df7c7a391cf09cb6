/**
 * The restore command as an operator runs it, for tests: bundled the way `npm run restore` bundles
 * it and run by `node` in its own process (the S3 proxy and the Firestore stand-in live in the
 * test's process, so it is spawned, never run synchronously), plus the agent's archive code bundled
 * as the agent bundles it (its age code is ESM, which jest's loader cannot require) and the run
 * documents the backup function writes.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildSync } from "esbuild";
import type * as Archive from "../../runtime/backup-agent/archive";
import type { JobManifest } from "../../runtime/backup-agent/contract";
import { type FirestoreRestClient, toFields } from "../../runtime/lib/firestore-rest";

const ROOT = path.resolve(__dirname, "..", "..");

export interface CliResult {
  readonly status: number | null;
  /** The JSON report on stdout (`{ unparsed }` when it is not JSON). */
  readonly report: Record<string, any>;
  readonly stderr: string;
}

/** Bundles the command as `npm run restore` does (same entry, same esbuild options); returns the file. */
export function bundleRestoreCommand(dir: string): string {
  const outfile = path.join(dir, "backup-restore.cjs");
  buildSync({ entryPoints: [path.join(ROOT, "runtime/backup-restore/index.ts")], outfile, bundle: true, platform: "node", target: "node20", logLevel: "warning" });
  return outfile;
}

/** The agent's archive pipeline (dump → sha256 → age → multipart → manifest), bundled as the agent is. */
export function bundleArchive(dir: string): typeof Archive {
  const outfile = path.join(dir, "archive.cjs");
  buildSync({ entryPoints: [path.join(ROOT, "runtime/backup-agent/archive.ts")], outfile, bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "warning" });
  return require(outfile) as typeof Archive;
}

/** Runs the bundled command with only PATH, HOME and `env` in its environment. */
export function runRestoreCli(bundle: string, args: readonly string[], env: Readonly<Record<string, string>>, options: { cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { cwd: options.cwd, env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: os.tmpdir(), ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (status) => {
      let report: Record<string, any>;
      try {
        report = JSON.parse(stdout) as Record<string, any>;
      } catch {
        report = { unparsed: stdout };
      }
      resolve({ status, report, stderr });
    });
  });
}

/**
 * `backups/{runId}` as the backup function writes it (runtime/backup-function/run.ts): every job
 * with its manifest's key, size and sha256; `verifiedAt` = `finishedAt` on a verified run, `error`
 * on a failed one (`run.error`, by default "<n> of <n> jobs failed"; a verified run has none).
 */
export async function recordRun(records: FirestoreRestClient, run: { runId: string; schedule: string; tier: string; state: "verified" | "failed"; finishedAt: Date; error?: string }, jobs: readonly JobManifest[]): Promise<void> {
  const { runId, schedule, tier, state, finishedAt } = run;
  const fields = {
    runId,
    schedule,
    tier,
    state,
    jobNames: jobs.map((m) => m.job),
    jobs: Object.fromEntries(jobs.map((m) => [m.job, { outcome: state === "verified" ? "verified" : "failed", key: m.key, bytes: m.bytes, sha256: m.sha256, plaintextBytes: m.plaintextBytes, durationMs: m.durationMs }])),
    finishedAt,
    ...(state === "verified" ? { verifiedAt: finishedAt } : { error: run.error ?? `${jobs.length} of ${jobs.length} jobs failed` }),
  };
  await records.commit([{ update: { name: records.documentName(`backups/${runId}`), fields: toFields(fields) } }]);
}

/** Every path under `root` (relative, `/`-separated) → the sha256 of a file's bytes, or "dir". */
export function treeSnapshot(root: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const dirent of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    const full = path.join(dirent.parentPath, dirent.name);
    const relative = path.relative(root, full).split(path.sep).join("/");
    found[relative] = dirent.isDirectory() ? "dir" : createHash("sha256").update(fs.readFileSync(full)).digest("hex");
  }
  return found;
}
