import { EnvironmentInput, validateEnvironment } from "../../stacks/environment";
import { SAMPLE_ENVIRONMENTS } from "../../stacks/environments";
import { buildEnvironments, sampleWith } from "../support/synth";

function failure(input: EnvironmentInput): string {
  try {
    validateEnvironment(input);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the config to be rejected");
}

describe("environment config", () => {
  it("accepts every embedded sample and fills in the safe swarm defaults", () => {
    for (const input of SAMPLE_ENVIRONMENTS) {
      const env = validateEnvironment(input);
      expect(env.swarm.managerCount).toBe(3);
      expect(env.swarm.nodeCount).toBe(3);
      expect(env.swarm.image).toBe("debian-12");
      expect(env.backups.schedules.map((b) => [b.cron, b.timeZone, b.tier])).toEqual([
        ["0 2 * * *", "Europe/Berlin", "daily"],
        ["0 4 * * 0", "Europe/Berlin", "weekly"],
        ["0 6 1 * *", "Europe/Berlin", "monthly"],
      ]);
      expect(env.backups.retentionDays).toEqual({ daily: 7, weekly: 28, monthly: 180 });
      expect(env.backups.agentUrl).toBe(`https://backup-agent.${input.domain}`);
    }
  });

  it.each([
    ["a malformed Cloudflare account id", (e: EnvironmentInput) => ({ ...e, cloudflare: { ...e.cloudflare, accountId: "not-an-id" } }), "cloudflare.accountId", '"not-an-id"'],
    ["a missing GCP project", (e: EnvironmentInput) => ({ ...e, gcp: { ...e.gcp, projectId: undefined as unknown as string } }), "gcp.projectId", "missing"],
    ["a GCP region that is not a region", (e: EnvironmentInput) => ({ ...e, gcp: { ...e.gcp, region: "Frankfurt" } }), "gcp.region", '"Frankfurt"'],
    ["an unknown Hetzner location", (e: EnvironmentInput) => ({ ...e, swarm: { ...e.swarm, location: "fra9" as never } }), "swarm.location", '"fra9"'],
    ["two managers", (e: EnvironmentInput) => ({ ...e, swarm: { ...e.swarm, managerCount: 2 } }), "swarm.managerCount", "2"],
    ["a one-node swarm", (e: EnvironmentInput) => ({ ...e, swarm: { ...e.swarm, nodeCount: 1, managerCount: 1 } }), "swarm.nodeCount", "1"],
    ["empty admin CIDRs", (e: EnvironmentInput) => ({ ...e, swarm: { ...e.swarm, adminCidrs: [] } }), "swarm.adminCidrs", "[]"],
    ["an invalid admin CIDR", (e: EnvironmentInput) => ({ ...e, swarm: { ...e.swarm, adminCidrs: ["203.0.113.300/32"] } }), "swarm.adminCidrs[0]", '"203.0.113.300/32"'],
    ["SSH open to the internet without a reason", (e: EnvironmentInput) => ({ ...e, swarm: { ...e.swarm, adminCidrs: ["::/0"] } }), "swarm.adminCidrs[0]", '"::/0"'],
    ["a GCS backend without a bucket", (e: EnvironmentInput) => ({ ...e, backend: { type: "gcs", bucket: "", prefix: "platform" } as const }), "backend.bucket", '""'],
    ["local state inside the build output", (e: EnvironmentInput) => ({ ...e, backend: { type: "local", directory: "cdktf.out/state" } as const }), "backend.directory", '"cdktf.out/state"'],
    ["an unknown backend type", (e: EnvironmentInput) => ({ ...e, backend: { type: "s3" } as never }), "backend.type", '"s3"'],
    ["a domain with a scheme", (e: EnvironmentInput) => ({ ...e, domain: "https://example.com" }), "domain", '"https://example.com"'],
    ["backups without an age recipient", (e: EnvironmentInput) => ({ ...e, backups: undefined }), "backups.ageRecipients", "missing"],
    ["an age recipient that is not a public key", (e: EnvironmentInput) => ({ ...e, backups: { ageRecipients: ["age1short"] } }), "backups.ageRecipients[0]", '"age1short"'],
    ["a backup schedule with an unknown tier", (e: EnvironmentInput) => ({ ...e, backups: { ...e.backups, schedules: [{ name: "hourly", cron: "0 * * * *", timeZone: "Europe/Berlin", tier: "hourly" as never }] } }), "backups.schedules[0].tier", '"hourly"'],
  ])("rejects %s, naming the environment, the field and the value", (_case, patch, field, shownValue) => {
    const message = failure(sampleWith("staging", patch));
    expect(message).toContain('environment "staging"');
    expect(message).toContain(`${field} is ${shownValue}`);
  });

  it("reports every problem of a config at once", () => {
    const message = failure(
      sampleWith("prod", (e) => ({ ...e, domain: "", swarm: { ...e.swarm, managerCount: 4, subnetCidr: "10.30.1.0" } })),
    );
    expect(message).toMatch(/^environment "prod":\n/);
    expect(message).toContain('domain is ""');
    expect(message).toContain("swarm.managerCount is 4");
    expect(message).toContain('swarm.subnetCidr is "10.30.1.0"');
  });

  it("accepts SSH from the whole internet only with a stated reason", () => {
    const env = validateEnvironment(
      sampleWith("dev", (e) => ({ ...e, swarm: { ...e.swarm, adminCidrs: ["0.0.0.0/0"], allowPublicSshReason: "break-glass access during migration" } })),
    );
    expect(env.swarm.adminCidrs).toEqual(["0.0.0.0/0"]);
  });

  it("rejects a bad config at synth before any stack is created", () => {
    const inputs = SAMPLE_ENVIRONMENTS.map((e) => (e.name === "prod" ? { ...e, gcp: { ...e.gcp, firestoreLocation: "mars" } } : e));
    expect(() => buildEnvironments(inputs)).toThrow(/environment "prod": gcp.firestoreLocation is "mars"/);
  });

  it("rejects two configs for the same environment", () => {
    expect(() => buildEnvironments([SAMPLE_ENVIRONMENTS[0], SAMPLE_ENVIRONMENTS[0]])).toThrow(/environment "dev" is configured twice/);
  });
});
