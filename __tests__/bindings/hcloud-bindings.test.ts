// The hcloud bindings in .gen/providers/hcloud are generated offline from a provider schema
// (scripts/generate-bindings.mjs; `cdktf get` cannot run here) and committed. These tests
// catch hand edits / stale output, and check that the bindings pin the provider version.
import { Testing, TerraformStack } from "cdktf";
import "cdktf/lib/testing/adapters/jest";
import { HcloudProvider } from "../../.gen/providers/hcloud/provider";
import { Server } from "../../.gen/providers/hcloud/server";
import { describeBindingsDrift } from "../support/bindings-drift";

Testing.setupJest();

const SOURCE = "hetznercloud/hcloud";
const VERSION = "1.59.0";

describe("hcloud bindings", () => {
  describeBindingsDrift({ folder: "hcloud", source: SOURCE, version: VERSION, schemaFile: "hcloud-1.59.0.schema.json", mustContain: ["server/index.ts", "firewall/index.ts", "provider/index.ts"] });

  it("pins hetznercloud/hcloud 1.59.0 in the generated provider and the synthesized required_providers", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "bindings");
    new HcloudProvider(stack, "hcloud", {});
    new Server(stack, "server", { name: "node-1", serverType: "cx22", image: "ubuntu-24.04" });

    const synthesized = Testing.synth(stack);
    const config = JSON.parse(synthesized);
    expect(config.terraform.required_providers.hcloud).toEqual({ source: SOURCE, version: VERSION });
    expect(synthesized).toHaveProvider(HcloudProvider);
    expect(synthesized).toHaveResourceWithProperties(Server, { name: "node-1", server_type: "cx22" });
    expect(Server.tfResourceType).toBe("hcloud_server");
  });
});
