import { Construct } from "constructs";
import { connects } from "../constructs/lib/guardrails/connections";
import { EnvironmentInput, validateEnvironment } from "./environment";
import { PlatformStack } from "./platform-stack";
import { SwarmServicesStack } from "./swarm-services-stack";

export interface EnvironmentStacks {
  readonly platform: PlatformStack;
  readonly swarmServices: SwarmServicesStack;
}

/**
 * Adds `<env>-platform` and `<env>-swarm-services` to `app` for each environment, validating every
 * config first. It builds the stacks only; `app.synth()` writes them out.
 */
export function addEnvironmentStacks(app: Construct, inputs: readonly EnvironmentInput[]): EnvironmentStacks[] {
  const environments = inputs.map(validateEnvironment);
  const names = environments.map((env) => env.name);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) throw new Error(`environment "${repeated}" is configured twice; each environment has exactly one config`);

  return environments.map((environment) => {
    const platform = new PlatformStack(app, `${environment.name}-platform`, { environment });
    // The relay publishes Rocket.Chat's changes to the vectorize pipeline's topic (the platform stack deploys first).
    const swarmServices = new SwarmServicesStack(app, `${environment.name}-swarm-services`, { environment, platform, changeRelayTopicName: platform.vectorize.relayTopicName });
    // Rocket.Chat (swarm) and the bridge (Cloudflare) live in different stacks: their arrows are declared here.
    const chat = swarmServices.services.rocketchat;
    connects(chat, platform.ragBridge, "question (outgoing webhook)").connects(platform.ragBridge, chat, "3. answer in the thread");
    return { platform, swarmServices };
  });
}
