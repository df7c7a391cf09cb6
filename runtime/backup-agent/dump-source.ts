// Where a dump's bytes come from. The archive pipeline (archive.ts) only needs a stdout stream, the
// way the producer ended, and a way to stop it; a local child process is one source (the tests'
// real pg_dump, the `command` jobs), a swarm one-shot job streaming over the overlay is another.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import type { Readable } from "node:stream";
import type { DumpCommand } from "./jobs";

export interface DumpExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface DumpSource {
  /** What the producer prints: the archive. */
  readonly stdout: Readable;
  /** Resolves when the producer ended (a non-zero code fails the job); rejects when it could not start. */
  readonly exited: Promise<DumpExit>;
  /** The last ~2000 characters of its stderr, for the error text. */
  stderrTail(): string;
  /** Every stderr line containing `marker` (kept whole, whatever the tail keeps). */
  stderrLines(marker: string): readonly string[];
  /** Stops the producer (timeout, failed upload). */
  kill(signal?: NodeJS.Signals): void;
  /** A name for error texts (the executable, the job service). */
  readonly label: string;
  /** Facts about the finished run for the manifest's `details` (read after a successful upload). */
  details?(): Record<string, unknown>;
}

/** Collects stderr: a bounded tail plus the marked lines a job reports through (e.g. counts). */
export class StderrCollector {
  private tail = "";
  private partial = "";
  private readonly marked: string[] = [];
  constructor(private readonly markers: readonly string[] = []) {}
  push(chunk: string): void {
    this.tail = (this.tail + chunk).slice(-2000);
    if (this.markers.length === 0) return;
    const lines = (this.partial + chunk).split("\n");
    this.partial = lines.pop() ?? "";
    if (this.partial.length > 64 * 1024) this.partial = "";
    for (const line of lines) if (this.markers.some((m) => line.includes(m))) this.marked.push(line);
  }
  end(): void {
    if (this.partial) this.push("\n");
  }
  tailText(): string {
    return this.tail;
  }
  lines(marker: string): readonly string[] {
    return this.marked.filter((line) => line.includes(marker));
  }
}

/** Markers of the stderr lines a dump reports structured facts with (see jobs.ts). */
export const STDERR_MARKERS: readonly string[] = ["BACKUP_COUNTS ", "done dumping "];

/** Runs the dump tool here, as a child process. */
export function localDump(command: DumpCommand): DumpSource {
  const secretEnv = Object.fromEntries(Object.entries(command.secretEnvFiles).map(([name, file]) => [name, fs.readFileSync(file, "utf8").trim()]));
  const child = spawn(command.executable, command.args, { env: { ...process.env, ...command.env, ...secretEnv }, stdio: ["ignore", "pipe", "pipe"] });
  const stderr = new StderrCollector(STDERR_MARKERS);
  child.stderr!.on("data", (chunk: Buffer) => stderr.push(chunk.toString("utf8")));
  const exited = new Promise<DumpExit>((resolve, reject) => {
    child.once("error", reject); // e.g. ENOENT: the tool is not installed
    child.once("close", (code, signal) => {
      stderr.end();
      resolve({ code, signal });
    });
  });
  exited.catch(() => undefined); // observed by the archive pipeline; avoid an unhandled rejection in between
  return {
    stdout: child.stdout!,
    exited,
    stderrTail: () => stderr.tailText(),
    stderrLines: (marker) => stderr.lines(marker),
    kill: (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
    },
    label: command.executable,
  };
}
