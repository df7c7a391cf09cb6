import { skipTokenStackTraces } from "../../stacks/token-stack-traces";

describe("skipping token stack traces", () => {
  const original = Error.captureStackTrace;
  afterEach(() => {
    Error.captureStackTrace = original;
    delete process.env.PLATFORM_TOKEN_STACK_TRACES;
  });

  it("leaves the plain objects cdktf records token traces on without a trace", () => {
    skipTokenStackTraces();
    const tokenTrace = { stack: "" };
    Error.captureStackTrace(tokenTrace);
    expect(tokenTrace.stack).toBe("");
  });

  it("keeps the stack trace of real errors", () => {
    skipTokenStackTraces();
    const error = new Error("boom");
    Error.captureStackTrace(error);
    expect(error.stack).toMatch(/^Error: boom\n\s+at /);
    class ConfigError extends Error {}
    expect(new ConfigError("bad").stack).toContain("token-stack-traces.test");
  });

  it("keeps token traces when PLATFORM_TOKEN_STACK_TRACES=1", () => {
    process.env.PLATFORM_TOKEN_STACK_TRACES = "1";
    skipTokenStackTraces();
    const tokenTrace = { stack: "" };
    Error.captureStackTrace(tokenTrace);
    expect(tokenTrace.stack).toContain("at ");
  });
});
