import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { Testing, TerraformStack } from "cdktf";
import { RagChatBridge, type RagChatBridgeProps } from "../../constructs/rag-chat-bridge";
import { BINDING, DEFAULT_EMBEDDING, SECRET_KEYS, VAR, WORKERS_COMPATIBILITY_DATE } from "../../runtime/rag-bridge/contract";
import { bridgeWorker, ragBridgeBundle } from "../support/rag-harness";
import { resourcesOf, synthJson } from "../support/synth";

const VALID: RagChatBridgeProps = {
  environment: "prod",
  cloudflareAccountId: "0123456789abcdef0123456789abcdef",
  cloudflareZoneId: "00000000000000000000000000000d01",
  hostname: "rag-bridge.example.com",
  rocketChatUrl: "https://chat.example.com",
  gcpProjectId: "platform-prod-000001",
  qdrant: { url: "https://abc.eu-central.aws.cloud.qdrant.io:6333", readOnlyApiKey: "${qdrant_read_key_token}" },
  collection: "platform_knowledge",
  embedding: { provider: "workers-ai", model: DEFAULT_EMBEDDING.model, dimension: DEFAULT_EMBEDDING.dimension },
  businessChannels: ["support"],
  budgets: { userPerDay: 20 },
};

function synth(props: Partial<RagChatBridgeProps> = {}) {
  const stack = new TerraformStack(Testing.app(), "test");
  const bridge = new RagChatBridge(stack, "RagBridge", { ...VALID, ...props });
  const json = synthJson(stack);
  const one = (type: string, suffix: string) => {
    // Testing.synth drops the metadata paths; the address is the construct path joined by "_" plus a hash.
    const found = resourcesOf(json, type).filter(([address]) => new RegExp(`^${suffix.replace(/^\//, "").replace(/\//g, "_")}_[0-9A-F]+$`).test(address));
    expect(found).toHaveLength(1);
    return found[0][1];
  };
  return { bridge, json, one, text: JSON.stringify(json) };
}

describe("RagChatBridge", () => {
  const { bridge, json, one, text } = synth();
  const script = one("cloudflare_workers_script", "/RagBridge/Script");
  const bindings = script.bindings as Array<Record<string, string>>;
  const byName = Object.fromEntries(bindings.map((b) => [b.name, b]));

  test("binds its own secrets namespace, the question queue and Workers AI, with settings from the props", () => {
    expect(byName[BINDING.secrets]).toEqual({ type: "kv_namespace", name: "SECRETS", namespace_id: expect.stringMatching(/^\$\{cloudflare_workers_kv_namespace\.RagBridge_SecretsNamespace_[0-9A-F]+\.id\}$/) });
    expect(one("cloudflare_workers_kv_namespace", "/RagBridge/SecretsNamespace").title).toBe("prod-rag-bridge-secrets");
    expect(byName[BINDING.questionQueue]).toMatchObject({ type: "queue", queue_name: expect.stringContaining("RagBridge_Queue_") });
    expect(byName[BINDING.ai]).toEqual({ type: "ai", name: "AI" });
    expect(byName[VAR.primaryModel].text).toBe("openai/gpt-oss-120b");
    expect(byName[VAR.fallbackModel].text).toBe("openai/gpt-oss-20b");
    expect(byName[VAR.businessChannels].text).toBe("support");
    expect(byName[VAR.budgetUserPerDay].text).toBe("20");
    expect(byName[VAR.budgetRoomPerDay].text).toBe("200");
    expect(byName[VAR.qdrantCollection].text).toBe("platform_knowledge");
    expect(script.compatibility_date).toBe(WORKERS_COMPATIBILITY_DATE);
  });

  test("gives the Worker every plain-text setting the runtime tests run it with (names from the contract)", () => {
    const tested = Object.keys((bridgeWorker({ rocketChat: { url: "x" }, firestore: { baseUrl: "x" }, qdrant: { url: "x" }, groq: { baseUrl: "x" }, embeddings: { cloudflareApiBase: "x", token: "t" } } as never).bindings ?? {}) as Record<string, unknown>);
    const testOnly = new Set<string>([VAR.firestoreBaseUrl, VAR.groqBaseUrl, VAR.retryBaseDelayMs]);
    for (const name of tested.filter((n) => !testOnly.has(n))) expect(byName[name]).toBeDefined();
  });

  test("has a question queue whose consumer dead-letters into its own DLQ, also consumed by the Worker", () => {
    expect(one("cloudflare_queue", "/RagBridge/Queue").queue_name).toBe("prod-rag-bridge-questions");
    expect(one("cloudflare_queue", "/RagBridge/DeadLetterQueue").queue_name).toBe("prod-rag-bridge-questions-dlq");
    const consumer = one("cloudflare_queue_consumer", "/RagBridge/Consumer");
    expect(consumer.dead_letter_queue).toMatch(/^\$\{cloudflare_queue\.RagBridge_DeadLetterQueue_[0-9A-F]+\.queue_name\}$/);
    expect(consumer.settings).toMatchObject({ max_retries: 5 });
    expect(one("cloudflare_queue_consumer", "/RagBridge/DeadLetterConsumer").queue_id).toMatch(/RagBridge_DeadLetterQueue_[0-9A-F]+\.queue_id/);
    expect(byName[VAR.deadLetterQueue].text).toMatch(/RagBridge_DeadLetterQueue_[0-9A-F]+\.queue_name/);
  });

  test("writes the service-account key and the read-only Qdrant key into its namespace by reference, and no secret text anywhere", () => {
    const kv = resourcesOf(json, "cloudflare_workers_kv").map(([, b]) => b);
    expect(kv.map((k) => k.key_name).sort()).toEqual([SECRET_KEYS.googleServiceAccount, SECRET_KEYS.qdrantApiKey].sort());
    for (const k of kv) expect(String(k.value)).toMatch(/^\$\{/);
    expect(text).not.toMatch(/PRIVATE KEY|gsk_|"private_key":\s*"[^$]/);
    expect(bindings.some((b) => b.type === "secret_text")).toBe(false);
    for (const key of Object.values(SECRET_KEYS)) expect(key).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  test("attaches the bundled runtime by file and content sha256", () => {
    expect(script.main_module).toBe("index.mjs");
    expect(String(script.content_file)).toContain(`/${bridge.bundleHash}/index.mjs`);
    expect(script.content_sha256).toBe(createHash("sha256").update(fs.readFileSync(ragBridgeBundle().filePath)).digest("hex"));
  });

  test("serves the webhook on its custom domain and outputs that URL", () => {
    expect(one("cloudflare_workers_custom_domain", "/RagBridge/Domain")).toMatchObject({ hostname: "rag-bridge.example.com", environment: "production" });
    expect(bridge.webhookUrl).toBe("https://rag-bridge.example.com/");
  });

  test("grants its service account Firestore only, and Vertex AI only with the vertex embedder (then without the AI binding)", () => {
    const roles = resourcesOf(json, "google_project_iam_member").map(([, b]) => b.role);
    expect(roles).toEqual(["roles/datastore.user"]);
    const vertex = synth({ embedding: { provider: "vertex-ai", model: "gemini-embedding-001", dimension: 768 }, gcpRegion: "europe-west3" });
    expect(resourcesOf(vertex.json, "google_project_iam_member").map(([, b]) => b.role).sort()).toEqual(["roles/aiplatform.user", "roles/datastore.user"]);
    const vBindings = vertex.one("cloudflare_workers_script", "/RagBridge/Script").bindings as Array<Record<string, string>>;
    expect(vBindings.find((b) => b.type === "ai")).toBeUndefined();
    expect(vBindings.find((b) => b.name === VAR.vertexLocation)?.text).toBe("europe-west3");
  });

  test("rejects bad props with every problem named", () => {
    expect(() => synth({ primaryModel: "llama-3.3-70b-versatile", topK: 0, scoreThreshold: 2, businessChannels: ["two words"], hostname: "not a host" })).toThrow(
      /rag-chat-bridge "test\/RagBridge":[\s\S]*hostname is "not a host"[\s\S]*primaryModel is "llama-3.3-70b-versatile"; use a current Groq model id[\s\S]*topK is 0[\s\S]*scoreThreshold is 2[\s\S]*businessChannels\[0\] is "two words"/,
    );
  });
});
