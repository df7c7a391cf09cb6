// Child processes of the restore (psql, pg_restore, mongorestore, age): argv only (no shell), the
// output kept for the error text, and a clear error when the tool is not installed.
import { spawn } from "node:child_process";

export interface ToolResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ToolOptions {
  readonly env?: Readonly<Record<string, string>>;
  /** Written to the tool's stdin, then closed. */
  readonly input?: string;
  /** Called with every complete stderr line (progress). */
  readonly onStderrLine?: (line: string) => void;
}

/** Runs `executable args`; resolves with its exit and output; rejects only when it cannot start. */
export function runTool(executable: string, args: readonly string[], options: ToolOptions = {}): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { env: { ...process.env, ...options.env }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let partial = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      stderr = (stderr + text).slice(-256 * 1024); // mongorestore reports progress every second

      if (!options.onStderrLine) return;
      const lines = (partial + text).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) options.onStderrLine(line);
    });
    child.once("error", (error: NodeJS.ErrnoException) => reject(error.code === "ENOENT" ? new Error(`${executable} is not installed (not found on PATH)`) : error));
    child.once("close", (code, signal) => {
      if (partial && options.onStderrLine) options.onStderrLine(partial);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.on("error", () => undefined); // the tool may exit without reading its input
    child.stdin.end(options.input ?? "");
  });
}

/** The last `chars` characters of a tool's stderr, for an error text. */
export function tail(text: string, chars = 800): string {
  const trimmed = text.trim();
  return trimmed.length > chars ? `…${trimmed.slice(-chars)}` : trimmed;
}
