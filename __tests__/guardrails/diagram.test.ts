import * as fs from "node:fs";
import * as path from "node:path";
import { Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { connects, NODES } from "../../constructs/lib/guardrails/connections";
import { environmentDiagram, environmentDiagramMarkdown } from "../../constructs/lib/guardrails/diagram";
import { addEnvironmentStacks } from "../../stacks/app";
import { SAMPLE_ENVIRONMENTS } from "../../stacks/environments";

/** The architecture pictures are drawn from the code: a committed one that disagrees fails here. */
describe("architecture diagrams", () => {
  const app = Testing.app();
  addEnvironmentStacks(app, SAMPLE_ENVIRONMENTS);

  it.each(SAMPLE_ENVIRONMENTS.map((e) => e.name))("fails when docs/architecture-%s.md drifts from the code (run npm run diagram)", (env) => {
    const committed = fs.readFileSync(path.join(__dirname, "..", "..", "docs", `architecture-${env}.md`), "utf8");
    expect(committed).toBe(environmentDiagramMarkdown(app, env));
  });

  it("fails when the production diagram embedded in the README drifts from the code", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
    expect(readme).toContain(`\`\`\`mermaid\n${environmentDiagram(app, "prod")}\n\`\`\``);
  });

  it("draws the seed's flows in prod: webhooks into Workers into Firestore, Firestore and the change topic into vectorize, into Qdrant, DNS to Traefik to the apps", () => {
    const prod = environmentDiagram(app, "prod");
    for (const arrow of [
      'x_aircall -->|"webhook"| platform_AircallIngest',
      'platform_AircallIngest -->|"queue, idempotent write"| x_firestore',
      'x_firestore -->|"write trigger"| platform_Vectorize',
      'x_relay_topic -->|"change events"| platform_Vectorize',
      'platform_Vectorize -->|"embed, upsert"| x_qdrant',
      'x_cloudflare_dns -->|"HTTPS"| swarm_services_Services_Traefik',
      'swarm_services_Services_RocketChat -->|"OIDC login"| swarm_services_Services_Keycloak',
    ]) expect(prod).toContain(arrow);
    expect(prod).toMatch(/subgraph hetzner\["Hetzner firewall zone \(Docker Swarm\)"\][^]*swarm_services_Services_Traefik\["Services \/ Traefik"\][^]*end/);
  });

  it("draws the same text twice and only the environment asked for", () => {
    expect(environmentDiagram(app, "dev")).toBe(environmentDiagram(app, "dev"));
    expect(environmentDiagram(app, "dev")).not.toContain("prod");
  });

  it("draws a connection a construct declares in a consuming app, in its provider's subgraph", () => {
    const other = Testing.app();
    const stack = new TerraformStack(other, "dev-analytics");
    const reporter = new Construct(stack, "Reporter");
    connects(reporter, NODES.firestore, "reads");
    expect(environmentDiagram(other, "dev")).toContain('analytics_Reporter -->|"reads"| x_firestore');
  });

  it("rejects a connection between two boxes that are not constructs of the app", () => {
    expect(() => connects(NODES.aircall, NODES.firestore, "x")).toThrow(/one end must be a construct/);
  });
});
