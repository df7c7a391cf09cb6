import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Testing, TerraformStack } from "cdktf";
import { EnvironmentStacks, addEnvironmentStacks } from "../../stacks/app";
import { EnvironmentInput } from "../../stacks/environment";
import { SAMPLE_ENVIRONMENTS } from "../../stacks/environments";

/** The synthesized Terraform JSON of one stack, parsed. */
export type SynthesizedStack = {
  terraform: { required_providers: Record<string, { source: string; version: string }>; backend: Record<string, Record<string, unknown>> };
  provider: Record<string, Array<Record<string, unknown>>>;
  resource: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  variable?: Record<string, Record<string, unknown>>;
  output?: Record<string, Record<string, unknown>>;
};

export function synthJson(stack: TerraformStack): SynthesizedStack {
  return JSON.parse(Testing.synth(stack));
}

/** Builds the app from environment inputs (the embedded sample by default). */
export function buildEnvironments(inputs: readonly EnvironmentInput[] = SAMPLE_ENVIRONMENTS): EnvironmentStacks[] {
  return addEnvironmentStacks(Testing.app(), inputs);
}

/** All resources of one type in a synthesized stack, as [address, body] pairs. */
export function resourcesOf(json: SynthesizedStack, type: string): Array<[string, Record<string, unknown>]> {
  return Object.entries(json.resource[type] ?? {});
}

/** A copy of a sample environment with some fields replaced (deeply for nested objects). */
export function sampleWith(name: "dev" | "staging" | "prod", patch: (env: EnvironmentInput) => EnvironmentInput): EnvironmentInput {
  const base = SAMPLE_ENVIRONMENTS.find((env) => env.name === name);
  if (!base) throw new Error(`no sample environment ${name}`);
  return patch(structuredClone(base) as EnvironmentInput);
}

/**
 * Synthesizes a whole app the way `cdktf synth` does, so cross-stack references are resolved
 * into outputs and remote-state lookups, and returns each stack's JSON by stack id.
 */
export function synthApp(inputs: readonly EnvironmentInput[] = SAMPLE_ENVIRONMENTS): { stacks: EnvironmentStacks[]; json: Map<string, SynthesizedStack> } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "platform-synth-"));
  try {
    const app = Testing.app({ outdir });
    const stacks = addEnvironmentStacks(app, inputs);
    app.synth();
    const json = new Map<string, SynthesizedStack>();
    for (const id of fs.readdirSync(path.join(outdir, "stacks"))) {
      json.set(id, JSON.parse(fs.readFileSync(path.join(outdir, "stacks", id, "cdk.tf.json"), "utf8")));
    }
    return { stacks, json };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
