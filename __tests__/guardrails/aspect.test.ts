import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { StorageBucket } from "@cdktf/provider-google/lib/storage-bucket";
import { Testing, TerraformResource, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { Guardrails, GuardrailsReport, REPORT_JSON, REPORT_SARIF, RULES } from "../../constructs/lib/guardrails";
import type { Rule } from "../../constructs/lib/guardrails/types";
import { addEnvironmentStacks } from "../../stacks/app";
import { SAMPLE_ENVIRONMENTS } from "../../stacks/environments";

/** A resource of any type with a literal body: what a consuming stack might write. */
function raw(scope: Construct, id: string, type: string, body: Record<string, unknown>): TerraformResource {
  const r = new TerraformResource(scope, id, { terraformResourceType: type });
  for (const [k, v] of Object.entries(body)) r.addOverride(k, v);
  return r;
}

function synthInto(build: (stack: TerraformStack) => void): { outdir: string; error?: Error } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-"));
  const app = Testing.app({ outdir });
  const stack = new TerraformStack(app, "consumer");
  build(stack);
  try {
    app.synth();
    return { outdir };
  } catch (error) {
    return { outdir, error: error as Error };
  }
}
const readReport = (outdir: string, stack = "consumer"): GuardrailsReport => JSON.parse(fs.readFileSync(path.join(outdir, "stacks", stack, REPORT_JSON), "utf8"));

const openFirewall = (scope: Construct) =>
  raw(scope, "Firewall", "hcloud_firewall", { name: "fw", rule: [{ direction: "in", protocol: "tcp", port: "2377", source_ips: ["0.0.0.0/0"] }, { direction: "in", protocol: "tcp", port: "22", source_ips: ["0.0.0.0/0"] }] });

describe("Guardrails applied to a consuming stack with one line", () => {
  it("fails synth when a stack has error findings, listing every one with its path and rule", () => {
    const { error, outdir } = synthInto((stack) => {
      Guardrails.applyTo(stack);
      openFirewall(stack);
      raw(stack, "Job", "docker_service", { name: "job", task_spec: { container_spec: { image: "busybox:latest" } } });
    });
    expect(error?.message).toMatch(/guardrails: \d+ error finding\(s\) in stack "consumer"/);
    for (const id of ["GR-HZ-SSH-ANYWHERE", "GR-HZ-FIREWALL-INGRESS", "GR-DOCKER-HEALTHCHECK", "GR-DOCKER-LIMITS", "GR-DOCKER-PINNED-IMAGE"]) expect(error?.message).toContain(`[${id}] consumer/`);
    expect(error?.message).toContain("consumer/Firewall (hcloud_firewall.Firewall)");
    // The report is written before synth fails, so CI can upload it.
    expect(readReport(outdir).totals.errors).toBeGreaterThanOrEqual(5);
  });

  it("writes a JSON and a SARIF 2.1.0 report next to cdk.tf.json with compliant, non-compliant and suppressed counts", () => {
    const { error, outdir } = synthInto((stack) => {
      Guardrails.applyTo(stack);
      const scheduler = raw(stack, "Job", "google_cloud_scheduler_job", { name: "j", http_target: { uri: "https://x" } });
      Guardrails.suppress(scheduler, "GR-GCP-SCHEDULER-OIDC", "the target is a public status page that takes no action");
      Guardrails.suppress(scheduler, "GR-GCP-API-ENABLED", "the API is enabled by the platform project's own stack");
      raw(stack, "Fw", "hcloud_firewall", { name: "fw", rule: [{ direction: "in", protocol: "tcp", port: "22", source_ips: ["203.0.113.10/32"] }] });
    });
    expect(error).toBeUndefined();
    const dir = path.join(outdir, "stacks", "consumer");
    expect(fs.readdirSync(dir).sort()).toEqual(["cdk.tf.json", REPORT_JSON, REPORT_SARIF].sort());
    const report = readReport(outdir);
    expect(report.totals).toEqual(expect.objectContaining({ suppressed: 2, nonCompliant: 0, errors: 0 }));
    expect(report.totals.compliant).toBeGreaterThan(0);
    expect(report.rules.find((r) => r.ruleId === "GR-GCP-SCHEDULER-OIDC")).toEqual({ ruleId: "GR-GCP-SCHEDULER-OIDC", level: "error", compliant: 0, nonCompliant: 0, suppressed: 1 });
    expect(report.findings.find((f) => f.ruleId === "GR-GCP-SCHEDULER-OIDC")?.suppressedBecause).toBe("the target is a public status page that takes no action");

    const sarif = JSON.parse(fs.readFileSync(path.join(dir, REPORT_SARIF), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain("GR-GCP-SCHEDULER-OIDC");
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "GR-GCP-SCHEDULER-OIDC");
    expect(result).toEqual(expect.objectContaining({ level: "error", suppressions: [{ kind: "inSource", justification: "the target is a public status page that takes no action" }] }));
    expect(result.locations[0].logicalLocations[0]).toEqual({ fullyQualifiedName: "google_cloud_scheduler_job.Job", name: "consumer/Job", kind: "resource" });
  });

  it("applies a suppression to everything below the construct it is attached to, for that rule only", () => {
    const { error } = synthInto((stack) => {
      Guardrails.applyTo(stack);
      const legacy = new Construct(stack, "Legacy");
      Guardrails.suppress(legacy, "GR-DOCKER-LIMITS", "measured first, limits follow in the next change");
      raw(legacy, "Svc", "docker_service", { name: "s", labels: [{ label: "platform.environment", value: "dev" }], task_spec: { container_spec: { image: "busybox:latest", healthcheck: { test: ["CMD", "true"] } } } });
    });
    // Limits suppressed; the unpinned image is still an error.
    expect(error?.message).toContain("[GR-DOCKER-PINNED-IMAGE] consumer/Legacy/Svc");
    expect(error?.message).not.toContain("GR-DOCKER-LIMITS");
  });

  it("rejects a suppression whose reason is shorter than 10 characters", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    expect(() => Guardrails.suppress(stack, "GR-DOCKER-LIMITS", "legacy")).toThrow(/reason "legacy"; give a reason of at least 10 characters/);
  });

  it("rejects a suppression of a rule that cannot be suppressed (SSH from anywhere, plain-text secrets) or does not exist", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    expect(() => Guardrails.suppress(stack, "GR-HZ-SSH-ANYWHERE", "the admins travel a lot these days")).toThrow(/cannot be suppressed/);
    expect(() => Guardrails.suppress(stack, "GR-SECRET-PLAINTEXT", "it is only a test value anyway")).toThrow(/cannot be suppressed/);
    expect(() => Guardrails.suppress(stack, "GR-NOPE", "a reason long enough")).toThrow(/unknown rule GR-NOPE/);
  });

  it("prints warnings without failing synth", () => {
    // The pack has no warning-level rule today: a consumer's own rule shows the path.
    const bucketNames: Rule = {
      id: "GR-R2-BACKUP-RETENTION",
      level: "warning",
      description: "t",
      source: "t",
      resourceTypes: ["cloudflare_r2_bucket"],
      check: () => ["one", "two"],
    };
    const { error, outdir } = synthInto((stack) => {
      Guardrails.applyTo(stack, { rules: [...RULES.filter((r) => r.id !== bucketNames.id), bucketNames] });
      raw(stack, "Backups", "cloudflare_r2_bucket", { name: "consumer-backups", account_id: "a" });
    });
    expect(error).toBeUndefined();
    expect(readReport(outdir).totals).toEqual(expect.objectContaining({ errors: 0, warnings: 2 }));
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8"));
    expect(manifest.stacks.consumer.annotations.map((a: { level: string; message: string }) => [a.level, a.message.slice(0, 24)])).toEqual([
      ["@cdktf/warn", "[GR-R2-BACKUP-RETENTION]"],
      ["@cdktf/warn", "[GR-R2-BACKUP-RETENTION]"],
    ]);
  });

  it("fails when a labelable resource built with a provider class lacks the environment label", () => {
    const { error } = synthInto((stack) => {
      Guardrails.applyTo(stack);
      new GoogleProvider(stack, "google", { project: "p" });
      new StorageBucket(stack, "Bucket", { name: "b", location: "EU", dependsOn: [] });
    });
    expect(error?.message).toContain("[GR-LABELS-ENVIRONMENT] consumer/Bucket (google_storage_bucket.Bucket) carries no \"environment\" label");
  });
});

describe("the sample app", () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-sample-"));
  const app = Testing.app({ outdir });
  addEnvironmentStacks(app, SAMPLE_ENVIRONMENTS);
  app.synth();
  const stacks = fs.readdirSync(path.join(outdir, "stacks")).sort();
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  it.each(stacks)("has 0 error findings and a report beside cdk.tf.json (%s)", (stack) => {
    const report = readReport(outdir, stack);
    expect(report.findings.filter((f) => f.level === "error")).toEqual([]);
    expect(report.totals.compliant).toBeGreaterThan(100);
  });

  it("has no warnings either: BackupSchedule gives the backup bucket its lifecycle and lock", () => {
    const findings = stacks.flatMap((s) => readReport(outdir, s).findings.map((f) => `${f.level} ${f.ruleId} ${f.address}`));
    expect(findings).toEqual([]);
  });
});
