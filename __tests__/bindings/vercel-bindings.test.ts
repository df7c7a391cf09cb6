// The Vercel bindings in .gen/providers/vercel are generated offline from the provider schema
// (scripts/generate-bindings.mjs; `cdktf get` cannot run here) and committed. The schema is a
// reconstruction (../shared/providers/README.md), so these tests also pin the attributes the
// SecretsUi construct relies on, straight from the schema: if a real dump disagrees, they say where.
import * as fs from "node:fs";
import { Testing, TerraformStack, TerraformVariable, Token } from "cdktf";
import "cdktf/lib/testing/adapters/jest";
import { DataVercelPrebuiltProject } from "../../.gen/providers/vercel/data-vercel-prebuilt-project";
import { Deployment } from "../../.gen/providers/vercel/deployment";
import { Project } from "../../.gen/providers/vercel/project";
import { ProjectEnvironmentVariable } from "../../.gen/providers/vercel/project-environment-variable";
import { VercelProvider } from "../../.gen/providers/vercel/provider";
import { describeBindingsDrift, providerSchemaPath } from "../support/bindings-drift";

Testing.setupJest();

const SOURCE = "vercel/vercel";
const VERSION = "5.10.0";
const SCHEMA = providerSchemaPath("vercel-5.10.0.schema.json");
const schemaPresent = fs.existsSync(SCHEMA);

describe("vercel bindings", () => {
  describeBindingsDrift({
    folder: "vercel",
    source: SOURCE,
    version: VERSION,
    schemaFile: "vercel-5.10.0.schema.json",
    mustContain: ["project/index.ts", "deployment/index.ts", "project-domain/index.ts", "project-environment-variable/index.ts", "data-vercel-prebuilt-project/index.ts"],
  });

  it("pins vercel/vercel 5.10.0 and deploys a prebuilt output with the provider's attribute names", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "vercel");
    const token = new TerraformVariable(stack, "vercel_api_token", { type: "string", sensitive: true });
    new VercelProvider(stack, "vercel", { apiToken: token.stringValue, team: "team_x" });
    const project = new Project(stack, "project", { name: "dev-secrets-ui" });
    const prebuilt = new DataVercelPrebuiltProject(stack, "prebuilt", { path: "assets/app" });
    new Deployment(stack, "deployment", { projectId: project.id, files: Token.asStringMap(prebuilt.output), pathPrefix: prebuilt.path, production: true });
    new ProjectEnvironmentVariable(stack, "env", { projectId: project.id, key: "K", value: token.stringValue, sensitive: true, target: ["production"] });

    const config = JSON.parse(Testing.synth(stack));
    expect(config.terraform.required_providers.vercel).toEqual({ source: SOURCE, version: VERSION });
    expect(config.provider.vercel).toEqual([{ api_token: "${var.vercel_api_token}", team: "team_x" }]);
    expect(config.data.vercel_prebuilt_project.prebuilt).toEqual({ path: "assets/app" });
    expect(config.resource.vercel_deployment.deployment).toEqual({
      project_id: "${vercel_project.project.id}",
      files: "${data.vercel_prebuilt_project.prebuilt.output}",
      path_prefix: "${data.vercel_prebuilt_project.prebuilt.path}",
      production: true,
    });
    expect(config.resource.vercel_project_environment_variable.env).toMatchObject({ key: "K", sensitive: true, value: "${var.vercel_api_token}" });
  });

  (schemaPresent ? it : it.skip)("records which 5.10.0 attributes are sensitive, so secrets routed through them stay masked", () => {
    const schema = JSON.parse(fs.readFileSync(SCHEMA, "utf8"));
    const provider = schema.provider_schemas[`registry.terraform.io/${SOURCE}`];
    expect(provider.provider.block.attributes.api_token).toMatchObject({ sensitive: true });
    const envVar = provider.resource_schemas.vercel_project_environment_variable.block.attributes;
    expect(envVar.value).toMatchObject({ sensitive: true });
    expect(envVar.sensitive).toMatchObject({ required: true });
    expect(provider.resource_schemas.vercel_deployment.block.attributes.environment).toMatchObject({ sensitive: true });
    expect(provider.data_source_schemas.vercel_prebuilt_project.block.attributes.output).toMatchObject({ computed: true });
  });
});
