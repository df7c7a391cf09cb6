// The relay as SwarmServices synthesizes it: the bundle in a docker config under Docker's size
// limit, the pinned Node image, one stop-first task on the overlays, secrets only as files, a
// publisher-only identity on the topic, and a read-only Mongo user.
import * as fs from "node:fs";
import * as path from "node:path";
import { gunzipSync } from "node:zlib";
import * as os from "node:os";
import { App, TerraformStack, Testing } from "cdktf";
import { SwarmServices, SwarmServicesProps } from "../../constructs/swarm-services";
import { checkBundleSize, MONGO_RELAY_IMAGE } from "../../constructs/swarm-services/mongo-relay";
import { DOCKER_CONFIG_MAX_BYTES } from "../../constructs/swarm-services/node-bundle";
import { isPinnedImage } from "../../constructs/swarm-services/images";
import { RELAY_ENV, RELAY_PATHS, RELAY_SECRET_FILE_ENV } from "../../runtime/mongo-relay/contract";
import { buildTestServices } from "../support/swarm-services";
import { resourcesOf, synthJson, type SynthesizedStack } from "../support/synth";
import { relayBundle } from "./relay-harness";

const TOPIC = "test-mongo-changes";

function build(overrides: Partial<SwarmServicesProps> = {}, app: App = Testing.app()): { services: SwarmServices; json: SynthesizedStack } {
  const services = buildTestServices({ changeRelay: { topicName: TOPIC, gcpProjectId: "platform-test-000001" }, ...overrides }, app);
  return { services, json: synthJson(services.node.scope as TerraformStack) };
}

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function relayService(json: SynthesizedStack): Body {
  const found = resourcesOf(json, "docker_service").map(([, body]) => body as Body).find((s) => s.name === "test-mongo-relay");
  if (!found) throw new Error("no test-mongo-relay service");
  return found;
}

describe("MongoRelay construct", () => {
  const { services, json } = build();
  const service = relayService(json);
  const container = service.task_spec.container_spec;

  it("ships the gzipped bundle in a docker config under Docker's 500 KB limit, named by its hash", () => {
    const bundle = relayBundle();
    expect(bundle.gzipBytes).toBeLessThan(DOCKER_CONFIG_MAX_BYTES);
    expect(services.mongoRelay?.bundleBytes).toBe(bundle.gzipBytes);
    const configs = resourcesOf(json, "docker_config").filter(([, body]) => String(body.name).startsWith("test-mongo-relay-"));
    expect(configs).toHaveLength(1);
    const [address, body] = configs[0];
    expect(body.name).toMatch(/^test-mongo-relay-[0-9a-f]{16}$/);
    expect(body.data).toMatch(/^\$\{filebase64\("assets\/.+\/mongo-relay\.js\.gz"\)\}$/);
    expect(container.configs).toEqual([expect.objectContaining({ config_id: `\${docker_config.${address}.id}`, file_name: RELAY_PATHS.bundle, file_mode: 0o444 })]);
  });

  it("fails at synth with a clear message when the bundle would exceed the docker config limit", () => {
    expect(() => checkBundleSize("test/Services/MongoRelay", DOCKER_CONFIG_MAX_BYTES + 1)).toThrow(
      /mongo-relay "test\/Services\/MongoRelay": the gzipped bundle is 512001 bytes; a docker config holds at most 512000 bytes/,
    );
    expect(() => checkBundleSize("x", DOCKER_CONFIG_MAX_BYTES)).not.toThrow();
  });

  it("runs the bundle with the pinned official Node image, unpacking it first, as the image's unprivileged user", () => {
    expect(isPinnedImage(container.image)).toBe(true);
    expect(container.image).toBe(MONGO_RELAY_IMAGE);
    expect(container.image).toMatch(/^node:22\.\d+\.\d+-/);
    expect(container.command).toEqual(["sh", "-c", `gunzip -c ${RELAY_PATHS.bundle} > ${RELAY_PATHS.unpacked} && exec node ${RELAY_PATHS.unpacked}`]);
    expect(container.user).toBe("1000:1000");
  });

  it("runs exactly one task, replaced stop-first, pinned to the node holding its state volume", () => {
    expect(service.mode).toEqual({ replicated: { replicas: 1 } });
    expect(service.update_config.order).toBe("stop-first");
    expect(service.rollback_config.order).toBe("stop-first");
    expect(service.labels).toEqual(expect.arrayContaining([expect.objectContaining({ label: "platform.update-order-reason", value: expect.stringContaining("one change-stream consumer") })]));
    expect(container.mounts).toEqual([{ type: "volume", source: "test-mongo-relay-state", target: RELAY_PATHS.stateDir }]);
    expect(container.env[RELAY_ENV.stateFile].startsWith(`${RELAY_PATHS.stateDir}/`)).toBe(true);
    expect(service.task_spec.placement.constraints).toEqual(["node.labels.platform.node-index==1"]);
  });

  it("joins the internal overlay (MongoDB) and the ingress overlay (egress to Google), with no Traefik route", () => {
    expect(service.task_spec.networks_advanced.map((n: Body) => n.name).sort()).toEqual([
      expect.stringMatching(/^\$\{docker_network\.Services_IngressNetwork_[0-9A-F]+\.name\}$/),
      expect.stringMatching(/^\$\{docker_network\.Services_InternalNetwork_[0-9A-F]+\.name\}$/),
    ]);
    expect(service.labels.some((l: Body) => String(l.label).startsWith("traefik."))).toBe(false);
  });

  it("has a health check on /healthz, limits and a restart policy", () => {
    expect(container.healthcheck.test.join(" ")).toContain(`http://127.0.0.1:8080${RELAY_PATHS.healthPath}`);
    expect(service.task_spec.resources.limits).toEqual({ nano_cpus: 500000000, memory_bytes: 256 * 1024 * 1024 });
    expect(service.task_spec.restart_policy.condition).toBe("any");
  });

  it("reads the Mongo URI and the service-account key only from docker secrets, never from env", () => {
    const secrets = container.secrets as Body[];
    expect(secrets.map((s) => s.file_name).sort()).toEqual(["/run/secrets/mongo-relay-key.json", "/run/secrets/mongo-relay-uri"]);
    expect(secrets.every((s) => s.file_uid === "1000" && s.file_mode === 0o400)).toBe(true);
    expect(container.env[RELAY_SECRET_FILE_ENV.mongoUri]).toBe("/run/secrets/mongo-relay-uri");
    expect(container.env[RELAY_SECRET_FILE_ENV.serviceAccountKey]).toBe("/run/secrets/mongo-relay-key.json");
    expect(Object.values(container.env).some((value) => String(value).includes("${"))).toBe(false);
    expect(container.env).toMatchObject({ [RELAY_ENV.pubsubTopic]: TOPIC, [RELAY_ENV.mongoCollections]: "rocketchat_message", [RELAY_ENV.mongoDatabase]: "rocketchat" });
    const uriSecret = resourcesOf(json, "docker_secret").find(([, body]) => String(body.name).includes("test-mongo-relay-uri"))![1];
    expect(uriSecret.data).toMatch(/^\$\{base64encode\("mongodb:\/\/change-relay:\$\{random_password\.[^}]+\.result\}@test-mongo-1:27017,test-mongo-2:27017,test-mongo-3:27017\/rocketchat\?replicaSet=rs0&authSource=rocketchat/);
  });

  it("gives the relay its own service account with only roles/pubsub.publisher on the topic, and no project-level role", () => {
    const accounts = resourcesOf(json, "google_service_account").map(([, body]) => body);
    expect(accounts).toEqual(expect.arrayContaining([expect.objectContaining({ account_id: "test-mongo-relay" })]));
    const topicMembers = resourcesOf(json, "google_pubsub_topic_iam_member").map(([, body]) => body);
    expect(topicMembers).toEqual([expect.objectContaining({ topic: TOPIC, role: "roles/pubsub.publisher", member: expect.stringMatching(/^serviceAccount:\$\{google_service_account\..*mongo.?relay.*\.email\}$/i) })]);
    const projectMembers = resourcesOf(json, "google_project_iam_member").map(([, body]) => String(body.member));
    expect(projectMembers.some((member) => /mongo.?relay/i.test(member))).toBe(false);
  });

  it("creates a change-relay Mongo user with only the read role on the Rocket.Chat database", () => {
    const init = resourcesOf(json, "docker_service").map(([, body]) => body as Body).find((s) => s.name === "test-mongo-init")!;
    const config = JSON.parse(init.task_spec.container_spec.env.MONGO_INIT_CONFIG);
    expect(config.users).toEqual(expect.arrayContaining([{ name: "change-relay", db: "rocketchat", passwordFile: "/run/secrets/mongo-change-relay-password", roles: [{ role: "read", db: "rocketchat" }] }]));
    expect(init.task_spec.container_spec.secrets.map((s: Body) => s.file_name)).toContain("/run/secrets/mongo-change-relay-password");
  });

  it("adds no relay, relay user or relay identity without a topic", () => {
    const { services: plain, json: plainJson } = build({ changeRelay: undefined });
    expect(plain.mongoRelay).toBeUndefined();
    expect(resourcesOf(plainJson, "docker_service").some(([, body]) => body.name === "test-mongo-relay")).toBe(false);
    expect(resourcesOf(plainJson, "google_pubsub_topic_iam_member")).toEqual([]);
    const init = resourcesOf(plainJson, "docker_service").map(([, body]) => body as Body).find((s) => s.name === "test-mongo-init")!;
    expect(JSON.parse(init.task_spec.container_spec.env.MONGO_INIT_CONFIG).users.map((u: Body) => u.name)).toEqual(["rocketchat"]);
  });

  it("copies the same bundle the runtime tests run into the stack's assets", () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "mongo-relay-synth-"));
    // A real synth writes the assets; providers are not the point here, so their check is skipped.
    const app = new App({ outdir, skipValidation: true });
    build({}, app);
    app.synth();
    const assets = path.join(outdir, "stacks", "test", "assets");
    const files = fs.readdirSync(assets, { recursive: true }).map(String).filter((f) => f.endsWith("mongo-relay.js.gz"));
    expect(files).toHaveLength(1);
    expect(gunzipSync(fs.readFileSync(path.join(assets, files[0]))).equals(fs.readFileSync(relayBundle().file))).toBe(true);
  });

  it("rejects a topic given as a full resource path, naming the construct, the prop and the fix", () => {
    expect(() => build({ changeRelay: { topicName: "projects/p/topics/t", gcpProjectId: "platform-test-000001" } })).toThrow(/mongo-relay "test\/Services\/MongoRelay": topicName is "projects\/p\/topics\/t"; give the topic's short name/);
  });
});
