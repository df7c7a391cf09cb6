/**
 * BackupSchedule's `restoreDrill`: the Google identity (GitHub Workload Identity Federation) and the
 * read-only R2 token of the weekly restore drill (.github/workflows/restore-drill.yml). Constraints
 * come from the google provider 6.50.0 (google/services/iambeta/resource_iam_workload_identity_pool*.go).
 */
import { Testing, TerraformStack } from "cdktf";
import { BackupSchedule, GITHUB_ACTIONS_ISSUER, R2_BUCKET_ITEM_READ, R2_BUCKET_ITEM_WRITE, type BackupScheduleProps } from "../../constructs/backup-schedule";
import { isWorkloadIdentityId } from "../../constructs/backup-schedule/props";
import { scanStackJson } from "../../constructs/lib/guardrails/secret-scan";
import { validateEnvironment } from "../../stacks/environment";
import { BACKUP_SCHEDULE_PROPS } from "../support/backup-schedule-props";
import { resourcesOf, sampleWith, synthJson } from "../support/synth";

const PROPS = BACKUP_SCHEDULE_PROPS;
const DRILL = { githubRepository: "example-org/platform-infra" };

function build(patch: Partial<BackupScheduleProps> = {}) {
  const stack = new TerraformStack(Testing.app(), "platform");
  new BackupSchedule(stack, "Backups", { ...PROPS, ...patch });
  return synthJson(stack);
}
const bodiesOf = (json: ReturnType<typeof build>, type: string) => resourcesOf(json, type).map(([, body]) => body as Record<string, any>);
const err = (patch: Partial<BackupScheduleProps>) => {
  try {
    build(patch);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("no error");
};

const without = build();
const json = build({ restoreDrill: DRILL });
const bodies = (type: string) => bodiesOf(json, type);
const DRILL_TYPES = ["google_iam_workload_identity_pool", "google_iam_workload_identity_pool_provider", "google_service_account_iam_member"];

describe("BackupSchedule restoreDrill", () => {
  it("creates nothing for the drill without the config", () => {
    for (const type of DRILL_TYPES) expect(resourcesOf(without, type)).toEqual([]);
    expect(bodiesOf(without, "google_service_account").map((sa) => sa.account_id)).not.toContain("prod-backup-drill");
    expect(bodiesOf(without, "cloudflare_api_token").map((t) => t.name)).toEqual(["prod-backup-r2-writer"]);
    expect(Object.keys(without.data?.cloudflare_api_token_permission_groups_list ?? {})).toHaveLength(1);
    expect(bodiesOf(without, "google_secret_manager_secret").map((s) => s.secret_id)).not.toEqual(expect.arrayContaining([expect.stringContaining("reader")]));
  });

  it("admits only the repository's jobs in the drill environment: a pool and a GitHub OIDC provider with that condition", () => {
    const [pool] = bodies("google_iam_workload_identity_pool");
    expect(pool.workload_identity_pool_id).toBe("prod-backup-drill");
    expect(pool.display_name.length).toBeLessThanOrEqual(32); // resource_iam_workload_identity_pool.go:112
    const [provider] = bodies("google_iam_workload_identity_pool_provider");
    expect(provider.workload_identity_pool_id).toMatch(/^\$\{google_iam_workload_identity_pool\..+\.workload_identity_pool_id\}$/);
    expect(provider.workload_identity_pool_provider_id).toBe("github-actions");
    expect(provider.oidc).toEqual({ issuer_uri: "https://token.actions.githubusercontent.com" });
    expect(GITHUB_ACTIONS_ISSUER).toBe("https://token.actions.githubusercontent.com");
    expect(provider.attribute_mapping).toMatchObject({
      "google.subject": "assertion.sub",
      "attribute.repository": "assertion.repository",
      "attribute.environment": "assertion.environment",
      "attribute.repository_environment": 'assertion.repository + ":" + assertion.environment',
    });
    // Custom attribute keys: [a-z0-9_], at most 100 characters (resource_iam_workload_identity_pool_provider.go attribute_mapping).
    for (const key of Object.keys(provider.attribute_mapping).filter((k) => k.startsWith("attribute."))) expect(key.slice("attribute.".length)).toMatch(/^[a-z0-9_]{1,100}$/);
    // Both clauses, joined by AND: one repository, one environment.
    expect(provider.attribute_condition).toBe('assertion.repository == "example-org/platform-infra" && assertion.environment == "backup-drill"');
    expect(provider.attribute_condition).not.toMatch(/\|\|/);
    expect(provider.attribute_condition.length).toBeLessThanOrEqual(4096); // ..._provider.go:120
  });

  it("lets only the principalSet of that repository and environment impersonate the drill's service account", () => {
    const members = bodies("google_service_account_iam_member");
    expect(members).toEqual([
      expect.objectContaining({
        role: "roles/iam.workloadIdentityUser",
        service_account_id: expect.stringMatching(/^\$\{google_service_account\.Backups_DrillIdentity_[0-9A-F]+\.name\}$/),
        member: expect.stringMatching(/^principalSet:\/\/iam\.googleapis\.com\/\$\{google_iam_workload_identity_pool\.Backups_DrillPool_[0-9A-F]+\.name\}\/attribute\.repository_environment\/example-org\/platform-infra:backup-drill$/),
      }),
    ]);
    const custom = build({ restoreDrill: { githubRepository: "Other-Org/infra.repo", githubEnvironment: "restore_check" } });
    const [provider] = bodiesOf(custom, "google_iam_workload_identity_pool_provider");
    expect(provider.attribute_condition).toBe('assertion.repository == "Other-Org/infra.repo" && assertion.environment == "restore_check"');
    expect(bodiesOf(custom, "google_service_account_iam_member")[0].member).toMatch(/\/attribute\.repository_environment\/Other-Org\/infra\.repo:restore_check$/);
  });

  it("keeps the pool and provider ids (ForceNew; a deleted pool's id stays reserved ~30 days) when the repository or environment changes", () => {
    const other = build({ restoreDrill: { githubRepository: "example-org/another", githubEnvironment: "drill" } });
    const ids = (j: ReturnType<typeof build>) => [
      ...resourcesOf(j, "google_iam_workload_identity_pool").map(([address, b]) => [address, b.workload_identity_pool_id]),
      ...resourcesOf(j, "google_iam_workload_identity_pool_provider").map(([address, b]) => [address, b.workload_identity_pool_provider_id]),
      ...resourcesOf(j, "google_service_account").map(([address, b]) => [address, b.account_id]),
    ];
    expect(ids(other)).toEqual(ids(json));
    // The provider's own id validator (google 6.50.0 resource_iam_workload_identity_pool.go:38-62).
    for (const id of ["prod-backup-drill", "github-actions"]) expect(isWorkloadIdentityId(id)).toBe(true);
    for (const id of ["gcp-drill", "abc", "a".repeat(33), "Upper-case", "under_score"]) expect(isWorkloadIdentityId(id)).toBe(false);
  });

  it("gives the drill's service account roles/datastore.user and nothing else at project level (Firestore has no per-collection IAM)", () => {
    const [sa] = resourcesOf(json, "google_service_account").filter(([, b]) => b.account_id === "prod-backup-drill");
    expect(sa).toBeDefined();
    const drillMember = expect.stringMatching(/^serviceAccount:\$\{google_service_account\.Backups_DrillIdentity_[0-9A-F]+\.email\}$/);
    const projectGrants = bodies("google_project_iam_member").filter((m) => /DrillIdentity/.test(m.member));
    expect(projectGrants).toEqual([expect.objectContaining({ role: "roles/datastore.user", member: drillMember, project: "platform-prod-000001" })]);
    expect(bodies("google_project_iam_member").filter((m) => m.role === "roles/secretmanager.secretAccessor")).toEqual([]);
  });

  it("creates a read-only token scoped to this bucket, stores its id and sha256(value) by reference, readable by the drill only", () => {
    const reader = bodies("cloudflare_api_token").find((t) => t.name === "prod-backup-r2-reader")!;
    expect(reader.policies).toEqual([
      {
        effect: "allow",
        permission_groups: [{ id: expect.stringMatching(/^\$\{data\.cloudflare_api_token_permission_groups_list\.Backups_R2BucketItemRead_[0-9A-F]+\.result\[0\]\.id\}$/) }],
        resources: '{"com.cloudflare.edge.r2.bucket.0123456789abcdef0123456789abcdef_default_prod-platform-backups":"*"}',
      },
    ]);
    const groups = Object.entries(json.data?.cloudflare_api_token_permission_groups_list ?? {});
    expect(groups.find(([name]) => name.startsWith("Backups_R2BucketItemRead_"))?.[1]).toMatchObject({ name: R2_BUCKET_ITEM_READ });
    expect(R2_BUCKET_ITEM_READ).toBe("Workers R2 Storage Bucket Item Read");
    expect(R2_BUCKET_ITEM_READ).not.toBe(R2_BUCKET_ITEM_WRITE);

    const secrets = resourcesOf(json, "google_secret_manager_secret").filter(([, b]) => String(b.secret_id).includes("reader"));
    expect(secrets.map(([, b]) => b.secret_id).sort()).toEqual(["prod-backup-r2-reader-access-key-id", "prod-backup-r2-reader-secret-access-key"]);
    const versions = bodies("google_secret_manager_secret_version");
    const tokenAddress = resourcesOf(json, "cloudflare_api_token").find(([, t]) => t.name === "prod-backup-r2-reader")![0];
    expect(versions.map((v) => v.secret_data)).toEqual(expect.arrayContaining([`\${cloudflare_api_token.${tokenAddress}.id}`, `\${sha256(cloudflare_api_token.${tokenAddress}.value)}`]));
    // secretAccessor on exactly these two secrets for the drill's identity.
    const drillReads = bodies("google_secret_manager_secret_iam_member").filter((m) => /DrillIdentity/.test(m.member));
    expect(drillReads.map((m) => m.role)).toEqual(["roles/secretmanager.secretAccessor", "roles/secretmanager.secretAccessor"]);
    expect(drillReads.map((m) => m.secret_id).sort()).toEqual(secrets.map(([address]) => `\${google_secret_manager_secret.${address}.secret_id}`).sort());
    expect(scanStackJson("platform", json)).toEqual([]);
  });

  it("fails on a bad repository or environment name, naming the field", () => {
    expect(err({ restoreDrill: { githubRepository: "platform-infra" } })).toMatch(/restoreDrill\.githubRepository is "platform-infra"; give the repository as GitHub spells it, "owner\/name"/);
    expect(err({ restoreDrill: { githubRepository: "https://github.com/example-org/platform-infra" } })).toMatch(/restoreDrill\.githubRepository is "https:/);
    expect(err({ restoreDrill: { githubRepository: 'example-org/x" || true || "' } })).toMatch(/restoreDrill\.githubRepository/);
    expect(err({ restoreDrill: { githubRepository: "example-org/platform-infra", githubEnvironment: "backup drill" } })).toMatch(/restoreDrill\.githubEnvironment is "backup drill"/);
    expect(err({ restoreDrill: { githubRepository: "example-org/platform-infra", githubEnvironment: "" } })).toMatch(/restoreDrill\.githubEnvironment is ""/);
    expect(err({ restoreDrill: { githubRepository: "example-org/platform-infra", githubEnvironment: "e".repeat(100) } })).toMatch(/restoreDrill\.githubEnvironment is "e+"; shorten it: .* at most 127 as google\.subject/);
    expect(err({ environment: "gcp-sandbox-environment-1", restoreDrill: DRILL })).toMatch(/environment is "gcp-sandbox-environment-1"; with restoreDrill the workload identity pool is "gcp-sandbox-environment-1-backup-drill"/);
    expect(() => build({ environment: "gcp-sandbox-environment-1" })).not.toThrow();
  });

  it("is set from the environment config's backups.restoreDrill, with the default environment, and checked there", () => {
    const prod = validateEnvironment(sampleWith("prod", (e) => e));
    expect(prod.backups.restoreDrill).toEqual({ githubRepository: "example-org/platform-infra", githubEnvironment: "backup-drill" });
    expect(validateEnvironment(sampleWith("dev", (e) => e)).backups.restoreDrill).toBeUndefined();
    expect(() => validateEnvironment(sampleWith("dev", (e) => ({ ...e, backups: { ...e.backups, restoreDrill: { githubRepository: "no-slash" } } })))).toThrow(/backups\.restoreDrill\.githubRepository is "no-slash"/);
    expect(() => validateEnvironment(sampleWith("dev", (e) => ({ ...e, backups: { ...e.backups, restoreDrill: "example-org/platform-infra" as never } })))).toThrow(/backups\.restoreDrill is "example-org\/platform-infra"/);
  });
});
