/**
 * cdktf captures a full-depth stack trace for every token it creates, only to quote it if that
 * token later fails to resolve; with a few thousand tokens that is about a third of the app's
 * synth time. cdktf captures onto a plain `{ stack: "" }` object, never onto an Error, so
 * skipping captures onto non-Errors leaves every real error's stack trace intact.
 * Set PLATFORM_TOKEN_STACK_TRACES=1 to get token traces back while debugging an unresolvable token.
 */
export function skipTokenStackTraces(): void {
  if (process.env.PLATFORM_TOKEN_STACK_TRACES === "1") return;
  const capture = Error.captureStackTrace;
  Error.captureStackTrace = function captureErrorsOnly(target: object, constructorOpt?: Function): void {
    if (target instanceof Error) capture.call(Error, target, constructorOpt);
  };
}
