import * as fs from "node:fs";
import * as path from "node:path";
import { synthApp } from "../support/synth";

// The README promises Terraform ≥ 1.4. That holds only while nothing in the synthesized JSON
// needs a later release; each entry names the first Terraform release that understands it
// (Terraform's CHANGELOG / language docs for each version).
const NEWER_THAN_1_4: ReadonlyArray<[string, RegExp]> = [
  ["import blocks (1.5)", /"import"\s*:/],
  ["check blocks (1.5)", /"check"\s*:/],
  ["removed blocks (1.7)", /"removed"\s*:/],
  ["ephemeral resources (1.10)", /"ephemeral"\s*:/],
  ["write-only attributes (1.11)", /_wo"\s*:/],
  ["provider-defined functions (1.8)", /provider::/],
];

const repoRoot = path.resolve(__dirname, "../..");
const README = path.join(repoRoot, "constructs/swarm-cluster/README.md");

describe("the Terraform release the swarm needs", () => {
  const { json } = synthApp();

  it("uses terraform_data, so Terraform 1.4 is the floor", () => {
    expect(Object.keys(json.get("prod-platform")!.resource.terraform_data ?? {}).length).toBeGreaterThan(0);
  });

  it.each([...json.keys()])("uses no language feature newer than Terraform 1.4 (%s)", (stackId) => {
    const text = JSON.stringify(json.get(stackId));
    const used = NEWER_THAN_1_4.filter(([, pattern]) => pattern.test(text)).map(([feature]) => feature);
    expect(used).toEqual([]);
  });

  it("states Terraform ≥ 1.4 in the SwarmCluster README, and no other minimum", () => {
    const text = fs.readFileSync(README, "utf8");
    const minimums = [...text.matchAll(/terraform`?\s*(?:≥|>=)\s*(\d+\.\d+)/gi)].map((match) => match[1]);
    expect(minimums).toEqual(["1.4"]);
  });
});
