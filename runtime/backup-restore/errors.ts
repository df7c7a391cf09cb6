// The steps of a restore, named in every error so an operator knows where it stopped.

export type RestoreStep = "options" | "find-run" | "manifest" | "download" | "verify-download" | "decrypt" | "verify-plaintext" | "target" | "restore" | "count" | "cleanup" | "record";

export class RestoreError extends Error {
  override readonly name = "RestoreError";
  constructor(
    readonly step: RestoreStep,
    message: string,
  ) {
    super(`${step}: ${message}`);
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
