import { Testing, TerraformStack } from "cdktf";
import { ServiceAccount } from "@cdktf/provider-google/lib/service-account";
import { SqlDatabaseInstance } from "@cdktf/provider-google/lib/sql-database-instance";
import { EnvironmentFoundation } from "../../constructs/environment-foundation";
import { apisNeededBy, GOOGLE_APIS } from "../../constructs/lib/google-apis";
import { resourcesOf, synthApp, synthJson, SynthesizedStack } from "../support/synth";

const { json } = synthApp();

/** `google_project_service.<name>` address of each enabled API, read from the literal `service` attribute. */
function apiAddresses(stack: SynthesizedStack): Map<string, string> {
  return new Map(resourcesOf(stack, "google_project_service").map(([name, body]) => [String(body.service), `google_project_service.${name}`]));
}

function googleResources(stack: SynthesizedStack): Array<[string, string, Record<string, unknown>]> {
  return Object.entries(stack.resource)
    .filter(([type]) => type.startsWith("google_") && type !== "google_project_service")
    .flatMap(([type, byName]) => Object.entries(byName).map(([name, body]) => [type, name, body] as [string, string, Record<string, unknown>]));
}

const FOUNDATION = {
  environment: "dev",
  cloudflareAccountId: "0123456789abcdef0123456789abcdef",
  gcpProjectId: "acme-analytics",
  gcpRegion: "europe-west3",
  firestoreLocation: "eur3",
};

describe("Google API dependencies", () => {
  it.each(["dev-platform", "staging-platform", "prod-platform"])("makes every Google resource in %s depend on the project service of each API it needs", (stackId) => {
    const stack = json.get(stackId)!;
    const apis = apiAddresses(stack);
    const resources = googleResources(stack);
    expect(resources.map(([type]) => type)).toEqual(expect.arrayContaining(["google_firestore_database", "google_service_account", "google_service_account_key", "google_project_iam_member", "google_storage_bucket"]));
    for (const [type, name, body] of resources) {
      const needed = apisNeededBy(type) ?? [];
      expect({ resource: `${type}.${name}`, needed: needed.length > 0 }).toEqual({ resource: `${type}.${name}`, needed: true });
      for (const api of needed) {
        expect({ resource: `${type}.${name}`, api, enabled: apis.has(api) }).toEqual({ resource: `${type}.${name}`, api, enabled: true });
        expect({ resource: `${type}.${name}`, dependsOn: body.depends_on }).toEqual({ resource: `${type}.${name}`, dependsOn: expect.arrayContaining([apis.get(api)]) });
      }
    }
  });

  it("enables Cloud Resource Manager for project IAM and IAM for service accounts", () => {
    expect(GOOGLE_APIS).toEqual(expect.arrayContaining(["cloudresourcemanager.googleapis.com", "iam.googleapis.com", "firestore.googleapis.com"]));
    const apis = apiAddresses(json.get("prod-platform")!);
    expect([...apis.keys()].sort()).toEqual([...GOOGLE_APIS].sort());
  });

  it("knows the APIs of every Google resource type any stack of the sample app creates", () => {
    const types = new Set([...json.values()].flatMap((stack) => Object.keys(stack.resource).filter((type) => type.startsWith("google_") && type !== "google_project_service")));
    expect(types.size).toBeGreaterThan(3);
    expect([...types].filter((type) => apisNeededBy(type) === undefined)).toEqual([]);
  });

  it("orders a consumer's own Google resources after the APIs when the stack has a foundation", () => {
    const stack = new TerraformStack(Testing.app(), "analytics");
    const foundation = new EnvironmentFoundation(stack, "Shared", FOUNDATION);
    new ServiceAccount(stack, "Reporter", { accountId: "reporter", project: FOUNDATION.gcpProjectId });
    const synthesized = synthJson(stack);
    const [[, reporter]] = resourcesOf(synthesized, "google_service_account");
    const iamApi = apiAddresses(synthesized).get("iam.googleapis.com");
    expect(iamApi).toBeDefined();
    expect(reporter.depends_on).toEqual([iamApi]);
    expect(foundation.enabledApis.get("iam.googleapis.com")).toBeDefined();
  });

  it("warns at synth about a Google resource type whose APIs it does not know", () => {
    const stack = new TerraformStack(Testing.app(), "analytics");
    new EnvironmentFoundation(stack, "Shared", FOUNDATION);
    new SqlDatabaseInstance(stack, "Reports", { databaseVersion: "POSTGRES_16", region: "europe-west3", settings: { tier: "db-f1-micro" } });
    Testing.synth(stack);
    const warnings = stack.node.findAll().flatMap((node) => node.node.metadata.filter((entry) => entry.type === "@cdktf/warn").map((entry) => String(entry.data)));
    expect(warnings).toEqual([expect.stringContaining("google_sql_database_instance is not in GOOGLE_APIS_BY_RESOURCE_TYPE")]);
  });
});
