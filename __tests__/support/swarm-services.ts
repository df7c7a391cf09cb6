import { App, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { SwarmServices, type SwarmServicesProps } from "../../constructs/swarm-services";

/** Valid SwarmServices props for a `test` environment on its own (origin PEMs as a sensitive variable). */
export function testServicesProps(stack: TerraformStack, overrides: Partial<SwarmServicesProps> = {}): SwarmServicesProps {
  const pem = new TerraformVariable(stack, "origin_pem", { sensitive: true }).stringValue;
  return {
    environment: "test",
    domain: "test.example.com",
    hostnames: { chat: "chat.test.example.com", auth: "auth.test.example.com", monitor: "monitor.test.example.com", files: "files.test.example.com", backupAgent: "backup-agent.test.example.com" },
    nodeCount: 3,
    originCertificatePem: pem,
    originPrivateKeyPem: pem,
    gcpProjectId: "platform-test-000001",
    ...overrides,
  };
}

/** A SwarmServices construct in a fresh `test` stack, from valid props with `overrides`. */
export function buildTestServices(overrides: Partial<SwarmServicesProps> = {}, app: App = Testing.app()): SwarmServices {
  const stack = new TerraformStack(app, "test");
  return new SwarmServices(stack, "Services", testServicesProps(stack, overrides));
}
