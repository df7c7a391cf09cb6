/** Structured log lines: one JSON object per line, so Workers logs and Cloud Logging can filter on fields. */
export type LogLevel = "debug" | "info" | "warn" | "error";

export function log(level: LogLevel, message: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level, message, ...fields });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

/** A logger whose lines all carry the same base fields (worker, source, environment, ...). */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** A logger with more base fields, e.g. the delivery id of the message being handled. */
  child(fields: Record<string, unknown>): Logger;
}

export function createLogger(base: Record<string, unknown> = {}): Logger {
  const emit = (level: LogLevel) => (message: string, fields: Record<string, unknown> = {}) => log(level, message, { ...base, ...fields });
  return {
    debug: emit("debug"),
    info: emit("info"),
    warn: emit("warn"),
    error: emit("error"),
    child: (fields) => createLogger({ ...base, ...fields }),
  };
}

/**
 * The loggable part of an error: its class name, message and, for typed errors, a status/code.
 * Never the stack's local values or a request body.
 */
export function errorFields(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    const typed = error as Error & { status?: unknown; code?: unknown };
    // Undefined fields (an error without status/code) are left out of the JSON line.
    return { error: error.name, errorMessage: error.message.slice(0, 500), errorStatus: typed.status, errorCode: typed.code };
  }
  return { error: "NonError", errorMessage: String(error).slice(0, 500) };
}
