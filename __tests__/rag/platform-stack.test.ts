/**
 * The platform stack runs the RAG chat bridge beside the vectorize pipeline, with the same
 * collection alias and embedding setting, and Rocket.Chat's URL from the swarm ingress.
 */
import { Testing } from "cdktf";
import { validateEnvironment } from "../../stacks/environment";
import { SAMPLE_ENVIRONMENTS } from "../../stacks/environments";
import { PlatformStack } from "../../stacks/platform-stack";
import { VAR } from "../../runtime/rag-bridge/contract";
import { resourcesOf, synthJson } from "../support/synth";

describe("platform stack: RAG chat bridge", () => {
  test.each(SAMPLE_ENVIRONMENTS.map((env) => [env.name, env] as const))("%s: the bridge embeds and searches as the vectorize pipeline writes, and posts to the swarm's chat hostname", (_name, input) => {
    const stack = new PlatformStack(Testing.app(), "platform", { environment: validateEnvironment(input) });
    const json = synthJson(stack);
    const [[, script]] = resourcesOf(json, "cloudflare_workers_script").filter(([address]) => address.startsWith("RagBridge_Script_"));
    const text = Object.fromEntries((script.bindings as Array<Record<string, string>>).map((b) => [b.name, b.text]));
    expect(text[VAR.qdrantCollection]).toBe(stack.vectorize.collection);
    expect(text[VAR.embeddingModel]).toBe(stack.vectorize.embedding.model);
    expect(text[VAR.embeddingDimension]).toBe(String(stack.vectorize.embedding.dimension));
    expect(text[VAR.rocketChatUrl]).toBe(`https://${stack.swarmIngress.hostnames.chat}`);
    expect(json.output?.rag_bridge_webhook_url?.value).toBe(`https://rag-bridge.${input.domain}/`);
    // Secrets live in the Worker's KV namespace: the bridge adds no Terraform variable.
    expect(Object.keys(json.variable ?? {}).filter((v) => /rag|groq|rocket/i.test(v))).toEqual([]);
  });
});
