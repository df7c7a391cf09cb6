import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { parse } from "yaml";
import { SwarmServices, SwarmServicesProps } from "../../constructs/swarm-services";
import { isPinnedImage } from "../../constructs/swarm-services/images";
import { UPDATE_ORDER_REASON_LABEL, platformService } from "../../constructs/swarm-services/service-defaults";
import { ENVIRONMENT_NAMES } from "../../stacks/environment";
import { buildTestServices } from "../support/swarm-services";
import { resourcesOf, synthApp, SynthesizedStack } from "../support/synth";

const { json } = synthApp();
const services = (env: string) => json.get(`${env}-swarm-services`)!;

type Labels = Array<{ label: string; value: string }>;
type DockerService = {
  name: string;
  labels: Labels;
  mode: { global?: boolean; replicated?: { replicas: number } };
  converge_config?: { delay: string; timeout: string };
  update_config: Record<string, unknown>;
  rollback_config: Record<string, unknown>;
  endpoint_spec?: { mode?: string; ports?: Array<Record<string, unknown>> };
  task_spec: {
    container_spec: {
      image: string;
      command?: string[];
      args?: string[];
      env?: Record<string, string>;
      healthcheck?: { test: string[]; interval: string; timeout: string; retries: number; start_period: string };
      secrets?: Array<{ secret_id: string; secret_name: string; file_name: string; file_uid: string; file_mode: number }>;
      configs?: Array<{ config_id: string; file_name: string }>;
      mounts?: Array<{ type: string; source: string; target: string; read_only?: boolean }>;
      cap_add?: string[];
      hostname?: string;
      user?: string;
    };
    networks_advanced: Array<{ name: string }>;
    placement?: { constraints?: string[] };
    resources: { limits: { nano_cpus: number; memory_bytes: number }; reservation: { memory_bytes: number } };
    restart_policy: { condition: string; delay: string; max_attempts: number };
  };
};

function dockerServices(stack: SynthesizedStack): DockerService[] {
  return resourcesOf(stack, "docker_service").map(([, body]) => body as unknown as DockerService);
}

function service(stack: SynthesizedStack, name: string): DockerService {
  const found = dockerServices(stack).find((s) => s.name === name);
  if (!found) throw new Error(`no docker service ${name}`);
  return found;
}

function labels(s: DockerService): Record<string, string> {
  return Object.fromEntries(s.labels.map((l) => [l.label, l.value]));
}

/** The text of the docker config a service mounts at `target`. */
function mountedConfig(stack: SynthesizedStack, s: DockerService, target: string): string {
  const mount = s.task_spec.container_spec.configs?.find((c) => c.file_name === target);
  if (!mount) throw new Error(`${s.name} mounts no config at ${target}`);
  const address = /^\$\{docker_config\.([^.]+)\.id\}$/.exec(mount.config_id)![1];
  return Buffer.from(String(stack.resource.docker_config[address].data), "base64").toString("utf8");
}

function secretAddress(reference: string): string {
  return /^\$\{docker_secret\.([^.]+)\.id\}$/.exec(reference)![1];
}

/** A services construct built on its own in a fresh stack, from valid props with `overrides`. */
function buildServices(overrides: Partial<SwarmServicesProps> = {}): SwarmServices {
  return buildTestServices(overrides);
}

describe("swarm services: the shared contract", () => {
  it.each(ENVIRONMENT_NAMES)("gives every docker service a health check, CPU and memory limits, a restart policy and an update config (%s)", (env) => {
    const all = dockerServices(services(env));
    expect(all.length).toBeGreaterThanOrEqual(19);
    for (const s of all) {
      const spec = s.task_spec;
      expect({ service: s.name, test: spec.container_spec.healthcheck?.test.length }).toEqual({ service: s.name, test: expect.any(Number) });
      expect(spec.container_spec.healthcheck!.test.length).toBeGreaterThan(1);
      expect(["CMD", "CMD-SHELL"]).toContain(spec.container_spec.healthcheck!.test[0]);
      expect(spec.container_spec.healthcheck).toMatchObject({ interval: expect.stringMatching(/^\d+s$/), timeout: expect.stringMatching(/^\d+s$/), retries: expect.any(Number) });
      expect(spec.resources.limits.nano_cpus).toBeGreaterThan(0);
      expect(spec.resources.limits.memory_bytes).toBeGreaterThanOrEqual(64 * 1024 * 1024);
      expect(spec.resources.reservation.memory_bytes).toBeLessThanOrEqual(spec.resources.limits.memory_bytes);
      expect(["any", "on-failure"]).toContain(spec.restart_policy.condition);
      expect(s.update_config).toMatchObject({ parallelism: 1, order: expect.stringMatching(/^(start|stop)-first$/), failure_action: expect.any(String), monitor: expect.any(String) });
      expect(s.rollback_config.order).toBe(s.update_config.order);
    }
  });

  it.each(ENVIRONMENT_NAMES)("updates start-first unless a service documents why two tasks cannot run at once (%s)", (env) => {
    const stopFirst = dockerServices(services(env)).filter((s) => s.update_config.order === "stop-first");
    for (const s of dockerServices(services(env))) {
      const reason = labels(s)[UPDATE_ORDER_REASON_LABEL];
      if (s.update_config.order === "stop-first") expect({ service: s.name, reason }).toEqual({ service: s.name, reason: expect.stringMatching(/.{20,}/) });
      else expect({ service: s.name, reason }).toEqual({ service: s.name, reason: undefined });
    }
    // Only single-writer data directories, host-mode ports, the one change-stream consumer (mongo-relay) and the backup agent (one dump of a kind at a time) opt out.
    expect(stopFirst.map((s) => s.name.replace(`${env}-`, "")).sort()).toEqual(
      ["backup-agent", "keycloak-db", "mongo-1", "mongo-2", "mongo-3", "mongo-relay", "netdata-parent", "seaweedfs-filer", "seaweedfs-master", "seaweedfs-volume-1", "seaweedfs-volume-2", "seaweedfs-volume-3", "traefik"].sort(),
    );
  });

  it.each(ENVIRONMENT_NAMES)("pins every image to a version tag (%s)", (env) => {
    for (const s of dockerServices(services(env))) {
      const image = s.task_spec.container_spec.image;
      expect({ service: s.name, image, pinned: isPinnedImage(image) }).toEqual({ service: s.name, image, pinned: true });
      expect(image).not.toMatch(/:latest$/);
    }
  });

  // kreuzwerker/docker 3.6.2, internal/provider/resource_docker_service.go: `mode.0.global` has
  // ConflictsWith ["mode.0.replicated", "converge_config"]; `mode.0.replicated` and
  // `converge_config` each conflict with "mode.0.global". Terraform rejects the plan on any pair.
  const CONFLICTS_WITH_GLOBAL = {
    "mode.0.replicated": (s: DockerService) => s.mode.replicated !== undefined,
    converge_config: (s: DockerService) => s.converge_config !== undefined,
  } as const;

  it.each(ENVIRONMENT_NAMES)("never sets an attribute the docker provider declares in conflict with mode.global (%s)", (env) => {
    const all = dockerServices(services(env));
    const global = all.filter((s) => s.mode.global === true);
    // Traefik, the Docker API proxy and the Netdata collector run on every node.
    expect(global.map((s) => s.name).sort()).toEqual([`${env}-docker-api`, `${env}-netdata`, `${env}-traefik`]);
    for (const s of global) {
      for (const [attribute, isSet] of Object.entries(CONFLICTS_WITH_GLOBAL)) {
        expect({ service: s.name, attribute, set: isSet(s) }).toEqual({ service: s.name, attribute, set: false });
      }
    }
    // Long-running replicated services still make apply wait for healthy tasks.
    for (const s of all.filter((w) => w.mode.replicated && w.task_spec.restart_policy.condition === "any")) {
      expect({ service: s.name, converge: s.converge_config }).toEqual({ service: s.name, converge: { delay: "7s", timeout: expect.stringMatching(/^\d+s$/) } });
    }
  });

  it("fails at synth when a global service asks for a convergence timeout", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    expect(() =>
      platformService(stack, "Everywhere", {
        name: "everywhere",
        image: "traefik:v3.6.25",
        replicas: "global",
        convergeTimeoutSec: 120,
        networks: [],
        healthcheck: { test: ["CMD", "true"] },
        resources: { cpus: 0.1, memoryMiB: 64 },
      }),
    ).toThrow(/swarm service "test\/Everywhere": convergeTimeoutSec is set on a global service/);
  });

  it("puts every service on the encrypted overlays only, and keeps the internal one without egress", () => {
    const stack = services("prod");
    const networks = resourcesOf(stack, "docker_network").map(([, n]) => n);
    expect(networks.map((n) => n.name).sort()).toEqual(["prod-backup-control", "prod-backup-intake", "prod-docker-api", "prod-ingress", "prod-internal"]);
    for (const network of networks) expect(network).toMatchObject({ driver: "overlay", attachable: false, options: { encrypted: "true" } });
    expect(networks.find((n) => n.name === "prod-internal")!.internal).toBe(true);
    expect(networks.find((n) => n.name === "prod-docker-api")!.internal).toBe(true);
    expect(networks.find((n) => n.name === "prod-backup-control")!.internal).toBe(true);
    expect(networks.find((n) => n.name === "prod-backup-intake")!.internal).toBe(true);
    expect(networks.find((n) => n.name === "prod-ingress")!.internal).toBe(false);
  });

  // Hetzner private networks: MTU 1450. For the overlay driver `com.docker.network.driver.mtu` is
  // the underlay's MTU: moby's network.maxMTU() (libnetwork/drivers/overlay) gives containers
  // that minus 50 (VXLAN) minus 26 (ESP: SPI 4, seq 4, IV 8, pad length 1, next header 1, ICV 8),
  // rounded down to a multiple of 4, and assumes 1500 when the option is missing.
  const HETZNER_MTU = 1450;
  const mobyContainerMtu = (underlay: number, encrypted: boolean) => {
    const mtu = underlay - 50 - (encrypted ? 26 : 0);
    return encrypted ? mtu - (mtu % 4) : mtu;
  };

  it("sizes every overlay network in every stack for the Hetzner private network's 1450-byte MTU", () => {
    const overlays = [...json.entries()].flatMap(([stackId, stack]) =>
      resourcesOf(stack, "docker_network")
        .filter(([, n]) => n.driver === "overlay")
        .map(([address, n]) => ({ stackId, address, options: (n.options ?? {}) as Record<string, string> })),
    );
    expect(overlays).toHaveLength(5 * ENVIRONMENT_NAMES.length);
    for (const { stackId, address, options } of overlays) {
      const where = `${stackId} docker_network.${address}`;
      const value = options["com.docker.network.driver.mtu"];
      expect({ where, value }).toEqual({ where, value: expect.stringMatching(/^\d+$/) });
      const encrypted = options.encrypted === "true";
      const container = mobyContainerMtu(Number(value), encrypted);
      // What leaves the node, ESP in transport mode around the VXLAN datagram: outer IPv4 20 + ESP
      // header 8 + IV 8 + [UDP 8 + VXLAN 8 + inner Ethernet 14 + the container's packet + padding
      // + pad length 1 + next header 1, a multiple of 4] + ICV 8.
      const espBody = 8 + 8 + 14 + container + 2;
      const onTheWire = encrypted ? 20 + 16 + Math.ceil(espBody / 4) * 4 + 8 : 20 + 8 + 8 + 14 + container;
      expect({ where, underlay: Number(value) <= HETZNER_MTU, onTheWire }).toEqual({ where, underlay: true, onTheWire: expect.any(Number) });
      expect(onTheWire).toBeLessThanOrEqual(HETZNER_MTU);
      // Not so small that it wastes payload: at least 1300 bytes reach the container.
      expect(container).toBeGreaterThanOrEqual(1300);
    }
  });

  it("publishes no port except Traefik's 80 and 443 in host mode", () => {
    const published = dockerServices(services("prod")).flatMap((s) => (s.endpoint_spec?.ports ?? []).map((p) => ({ service: s.name, ...p })));
    expect(published).toEqual([
      { service: "prod-traefik", target_port: 80, published_port: 80, protocol: "tcp", publish_mode: "host" },
      { service: "prod-traefik", target_port: 443, published_port: 443, protocol: "tcp", publish_mode: "host" },
    ]);
  });

  it("fails at synth when a service would get a Terraform reference in its environment", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const secret = new TerraformVariable(stack, "db_password", { sensitive: true }).stringValue;
    expect(() =>
      platformService(stack, "Bad", {
        name: "bad",
        image: "postgres:16.10",
        env: { POSTGRES_PASSWORD: secret },
        networks: [],
        healthcheck: { test: ["CMD", "pg_isready"] },
        resources: { cpus: 0.5, memoryMiB: 256 },
      }),
    ).toThrow(/swarm service "test\/Bad": env POSTGRES_PASSWORD is a Terraform reference; mount the value as a docker secret/);
  });

  it("fails at synth on an unpinned image or a stop-first update without a reason", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const base = { name: "x", networks: [], healthcheck: { test: ["CMD", "true"] }, resources: { cpus: 0.1, memoryMiB: 64 } };
    expect(() => platformService(stack, "Latest", { ...base, image: "traefik:latest" })).toThrow(/image is "traefik:latest"; pin a version tag/);
    expect(() => platformService(stack, "Untagged", { ...base, image: "traefik" })).toThrow(/image is "traefik"/);
    expect(() => platformService(stack, "Stop", { ...base, image: "traefik:v3.6.25", update: { order: "stop-first", reason: " " } })).toThrow(/stop-first without a reason/);
  });
});

describe("Traefik ingress", () => {
  const stack = services("dev");
  const traefik = service(stack, "dev-traefik");

  it("runs on every node with 80/443 bound on the host and discovers services through the swarm provider", () => {
    expect(traefik.mode).toEqual({ global: true });
    const args = traefik.task_spec.container_spec.args!;
    expect(args).toEqual(
      expect.arrayContaining([
        "--providers.swarm.endpoint=tcp://dev-docker-api:2375",
        "--providers.swarm.exposedByDefault=false",
        "--entrypoints.web.address=:80",
        "--entrypoints.web.http.redirections.entrypoint.to=websecure",
        "--entrypoints.web.http.redirections.entrypoint.scheme=https",
        "--entrypoints.websecure.address=:443",
        "--api.insecure=false",
      ]),
    );
    // The Docker socket is never mounted into the internet-facing container.
    expect(traefik.task_spec.container_spec.mounts).toBeUndefined();
    const proxy = service(stack, "dev-docker-api");
    expect(proxy.task_spec.placement!.constraints).toEqual(["node.role==manager"]);
    expect(proxy.task_spec.container_spec.env).toMatchObject({ POST: "0", SERVICES: "1", TASKS: "1", NETWORKS: "1" });
    expect(proxy.task_spec.container_spec.mounts).toEqual([{ type: "bind", source: "/var/run/docker.sock", target: "/var/run/docker.sock", read_only: true }]);
  });

  it("serves the origin certificate from docker secrets and protects the dashboard with forward-auth", () => {
    const dynamic = parse(mountedConfig(stack, traefik, "/etc/traefik/dynamic/platform.yml"));
    const secretFiles = traefik.task_spec.container_spec.secrets!.map((s) => s.file_name).sort();
    expect(secretFiles).toEqual(["/run/secrets/origin-certificate.pem", "/run/secrets/origin-private-key.pem"]);
    expect(dynamic.tls.certificates).toEqual([{ certFile: "/run/secrets/origin-certificate.pem", keyFile: "/run/secrets/origin-private-key.pem" }]);
    expect(dynamic.tls.options.default.minVersion).toBe("VersionTLS12");
    expect(dynamic.http.middlewares["platform-auth"].forwardAuth.address).toBe("http://dev-oauth2-proxy:4180/");
    const dashboard = dynamic.http.routers["dev-traefik-dashboard"];
    expect(dashboard).toMatchObject({ service: "api@internal", middlewares: ["platform-auth@file"], entryPoints: ["websecure"] });
    expect(dashboard.rule).toMatch(/^Host\(`monitor\.dev\.example\.com`\) && \(PathPrefix\(`\/dashboard\/`\) \|\| PathPrefix\(`\/api\/overview`\)/);
    for (const key of traefik.task_spec.container_spec.secrets!) {
      const body = stack.resource.docker_secret[secretAddress(key.secret_id)];
      expect(body.data).toMatch(/^\$\{base64encode\(data\.terraform_remote_state\.cross-stack-reference-input-dev-platform\.outputs\.[^)]+\)\}$/);
    }
  });

  it("routes every public app over HTTPS and puts the admin UIs, not the apps, behind forward-auth", () => {
    const routers = new Map<string, { rule: string; middlewares?: string }>();
    for (const s of dockerServices(stack)) {
      const l = labels(s);
      if (l["traefik.enable"] !== "true") continue;
      expect(l["traefik.swarm.network"]).toMatch(/^\$\{docker_network\.Services_IngressNetwork_[0-9A-F]+\.name\}$/);
      for (const [key, value] of Object.entries(l)) {
        const match = /^traefik\.http\.routers\.([^.]+)\.rule$/.exec(key);
        if (!match) continue;
        expect(l[`traefik.http.routers.${match[1]}.entrypoints`]).toBe("websecure");
        expect(l[`traefik.http.routers.${match[1]}.tls`]).toBe("true");
        routers.set(match[1], { rule: value, middlewares: l[`traefik.http.routers.${match[1]}.middlewares`] });
      }
    }
    expect(Object.fromEntries(routers)).toEqual({
      "dev-chat": { rule: "Host(`chat.dev.example.com`)", middlewares: undefined },
      "dev-keycloak": { rule: "Host(`auth.dev.example.com`)", middlewares: undefined },
      "dev-monitor": { rule: "Host(`monitor.dev.example.com`)", middlewares: "platform-auth@file" },
      "dev-files": { rule: "Host(`files.dev.example.com`)", middlewares: "platform-auth@file" },
      // Not behind forward-auth: the agent answers only the backup function's Google identity token.
      "dev-backup-agent": { rule: "Host(`backup-agent.dev.example.com`)", middlewares: undefined },
      "dev-oauth2-callback": { rule: "(Host(`monitor.dev.example.com`) || Host(`files.dev.example.com`)) && PathPrefix(`/oauth2/`)", middlewares: undefined },
    });
  });

  it.each(ENVIRONMENT_NAMES)("runs the Docker API proxy from a docker-socket-proxy release with the HAProxy file-descriptor fix, v0.4.1 or later (%s)", (env) => {
    const image = service(services(env), `${env}-docker-api`).task_spec.container_spec.image;
    const match = /^ghcr\.io\/tecnativa\/docker-socket-proxy:v(\d+)\.(\d+)\.(\d+)$/.exec(image);
    expect({ image, tagged: match !== null }).toEqual({ image, tagged: true });
    const [major, minor, patch] = match!.slice(1).map(Number);
    const atLeast041 = major > 0 || minor > 4 || (minor === 4 && patch >= 1);
    expect({ image, atLeast041 }).toEqual({ image, atLeast041: true });
  });
});

describe("forward-auth", () => {
  const stack = services("dev");
  const proxy = service(stack, "dev-oauth2-proxy");

  it("asks Keycloak for a login and admits only the admin group, with secrets read from files", () => {
    const config = mountedConfig(stack, proxy, "/etc/oauth2-proxy/oauth2-proxy.cfg");
    expect(config).toContain('provider = "keycloak-oidc"');
    expect(config).toContain('oidc_issuer_url = "https://auth.dev.example.com/realms/platform"');
    expect(config).toContain('allowed_groups = ["platform-admins"]');
    expect(config).toContain('upstreams = ["static://202"]');
    expect(config).toContain('client_secret_file = "/run/secrets/forward-auth-client-secret"');
    expect(config).toContain('cookie_secret_file = "/run/secrets/forward-auth-cookie-secret"');
    expect(config).not.toMatch(/^(client_secret|cookie_secret) =/m);
    expect(proxy.task_spec.container_spec.image).toMatch(/^quay\.io\/oauth2-proxy\/oauth2-proxy:v7\.\d+\.\d+-alpine$/);
  });

  it("runs oauth2-proxy as uid 65532, not as the -alpine image's root, and can still read its secrets", () => {
    const spec = proxy.task_spec.container_spec;
    expect(spec.user).toBe("65532:65532");
    for (const secret of spec.secrets!) expect({ file: secret.file_name, uid: secret.file_uid, mode: secret.file_mode }).toEqual({ file: secret.file_name, uid: "65532", mode: 0o400 });
  });

  it("gives oauth2-proxy a cookie secret it decodes to 32 bytes, an AES-256 key", () => {
    // oauth2-proxy 7.15.3 pkg/encryption/utils.go SecretBytes: base64url-decode (padding trimmed);
    // keep the decoded bytes if they are 16, 24 or 32 long, else use the raw string.
    const secretBytes = (length: number, base64url: boolean): number => {
      const decoded = base64url && length % 4 !== 1 ? Math.floor((length * 6) / 8) : -1;
      return [16, 24, 32].includes(decoded) ? decoded : length;
    };
    const mount = proxy.task_spec.container_spec.secrets!.find((s) => s.file_name === "/run/secrets/forward-auth-cookie-secret")!;
    const data = String(stack.resource.docker_secret[secretAddress(mount.secret_id)].data);
    const passwordAddress = /^\$\{base64encode\(random_password\.([^.]+)\.result\)\}$/.exec(data)![1];
    const password = stack.resource.random_password[passwordAddress] as { length: number; special: boolean; upper?: boolean; lower?: boolean; numeric?: boolean };
    // Letters and digits only: every character is in the base64url alphabet.
    expect(password.special).toBe(false);
    expect(secretBytes(password.length, true)).toBe(32);
  });

  it("admits an admin whose Keycloak email is unverified, with the admin group as the only gate", () => {
    // oauth2-proxy 7.15.3 rejects `email_verified: false` unless told otherwise; users created by
    // an admin in a realm without SMTP are unverified.
    const config = mountedConfig(stack, proxy, "/etc/oauth2-proxy/oauth2-proxy.cfg");
    const settings = Object.fromEntries(config.trim().split("\n").map((line) => line.split(" = ") as [string, string]));
    expect(settings.insecure_oidc_allow_unverified_email).toBe("true");
    // Safe only because the email authorizes nothing: every domain, no email list, a group required.
    expect(settings.email_domains).toBe('["*"]');
    expect(settings.allowed_groups).toBe('["platform-admins"]');
    expect(Object.keys(settings).filter((key) => /authenticated_emails|allowed_emails|email_claim|oidc_email_claim/.test(key))).toEqual([]);
  });
});

describe("MongoDB replica set", () => {
  it.each(ENVIRONMENT_NAMES)("pins one member per node (%s)", (env) => {
    const members = [1, 2, 3].map((n) => service(services(env), `${env}-mongo-${n}`));
    expect(members.map((m) => m.task_spec.placement!.constraints)).toEqual([1, 2, 3].map((n) => [`node.labels.platform.node-index==${n}`]));
    for (const member of members) {
      expect(member.mode).toEqual({ replicated: { replicas: 1 } });
      expect(member.endpoint_spec!.mode).toBe("dnsrr");
      expect(member.task_spec.container_spec.args).toEqual(["mongod", "--replSet", "rs0", "--bind_ip_all", "--keyFile", "/run/secrets/mongo-keyfile", "--wiredTigerCacheSizeGB", "0.25"]);
      const keyfile = member.task_spec.container_spec.secrets!.find((s) => s.file_name === "/run/secrets/mongo-keyfile")!;
      // mongod refuses a keyfile others can read.
      expect(keyfile).toMatchObject({ file_uid: "999", file_mode: 0o400 });
      expect(member.task_spec.container_spec.mounts).toEqual([
        { type: "volume", source: `${env}-mongo-data`, target: "/data/db" },
        { type: "volume", source: `${env}-mongo-config`, target: "/data/configdb" },
      ]);
      expect(member.task_spec.networks_advanced).toHaveLength(1);
    }
    // Only the seed member creates the root user, from a file.
    expect(members.map((m) => m.task_spec.container_spec.env)).toEqual([
      { MONGO_INITDB_ROOT_USERNAME: "root", MONGO_INITDB_ROOT_PASSWORD_FILE: "/run/secrets/mongo-root-password" },
      undefined,
      undefined,
    ]);
  });

  it("initiates the set and creates the Rocket.Chat user from an idempotent job", () => {
    const stack = services("dev");
    const init = service(stack, "dev-mongo-init");
    expect(init.task_spec.restart_policy.condition).toBe("on-failure");
    // The script is the shipped file; what it acts on comes from the environment (see __tests__/swarm/scripts.test.ts).
    const script = mountedConfig(stack, init, "/opt/platform/mongo-init.js");
    expect(script).toMatch(/replSetGetStatus[\s\S]*NotYetInitialized[\s\S]*replSetInitiate/);
    expect(init.task_spec.container_spec.command).toEqual(["mongosh", "--nodb", "--quiet", "--norc", "/opt/platform/mongo-init.js"]);
    const config = JSON.parse(init.task_spec.container_spec.env!.MONGO_INIT_CONFIG);
    expect(config).toEqual({
      replicaSet: "rs0",
      members: ["dev-mongo-1:27017", "dev-mongo-2:27017", "dev-mongo-3:27017"],
      rootUser: "root",
      rootPasswordFile: "/run/secrets/mongo-root-password",
      users: [
        { name: "rocketchat", db: "rocketchat", passwordFile: "/run/secrets/mongo-rocketchat-password", roles: [{ role: "readWrite", db: "rocketchat" }] },
        // The change relay only reads: the built-in read role covers change streams and the backfill scan.
        { name: "change-relay", db: "rocketchat", passwordFile: "/run/secrets/mongo-change-relay-password", roles: [{ role: "read", db: "rocketchat" }] },
        // mongodump --oplog: the built-in backup role and nothing else.
        { name: "backup", db: "admin", passwordFile: "/run/secrets/mongo-backup-password", roles: [{ role: "backup", db: "admin" }] },
      ],
    });
    const mounted = init.task_spec.container_spec.secrets!.map((s) => s.file_name).sort();
    expect(mounted).toEqual([config.rootPasswordFile, ...config.users.map((user: { passwordFile: string }) => user.passwordFile)].sort());
  });
});

describe("SeaweedFS", () => {
  it("runs a volume server on each node, the metadata on node 1, and the S3 gateway Rocket.Chat uses", () => {
    const stack = services("staging");
    const volumes = dockerServices(stack).filter((s) => /^staging-seaweedfs-volume-\d$/.test(s.name));
    expect(volumes.map((v) => v.task_spec.placement!.constraints![0]).sort()).toEqual([1, 2, 3].map((n) => `node.labels.platform.node-index==${n}`));
    expect(service(stack, "staging-seaweedfs-master").task_spec.container_spec.args).toContain("-defaultReplication=001");
    expect(service(stack, "staging-seaweedfs-filer").task_spec.placement!.constraints).toEqual(["node.labels.platform.node-index==1"]);
    const s3 = service(stack, "staging-seaweedfs-s3");
    expect(s3.task_spec.container_spec.args).toEqual(expect.arrayContaining(["s3", "-filer=staging-seaweedfs-filer:8888", "-config=/run/secrets/seaweedfs-s3-identities.json"]));
    const identities = stack.resource.docker_secret[secretAddress(s3.task_spec.container_spec.secrets![0].secret_id)];
    expect(identities.data).toMatch(/^\$\{base64encode\(jsonencode\(\{"identities" = .*"secretKey" = random_password\.[^ ]+\.result\}\].*"Read:rocketchat"/);
    const env = service(stack, "staging-rocketchat").task_spec.container_spec.env!;
    expect(env).toMatchObject({ OVERWRITE_SETTING_FileUpload_Storage_Type: "AmazonS3", OVERWRITE_SETTING_FileUpload_S3_BucketURL: "http://staging-seaweedfs-s3:8333", OVERWRITE_SETTING_FileUpload_S3_Bucket: "rocketchat" });
    const init = mountedConfig(stack, service(stack, "staging-seaweedfs-init"), "/opt/platform/seaweedfs-init.sh");
    expect(init).toMatch(/s3\.bucket\.list[\s\S]*s3\.bucket\.create -name \$bucket/);
  });
});

describe("Netdata", () => {
  it("collects on every node from the host's /proc and /sys and serves the dashboard from one parent behind forward-auth", () => {
    const stack = services("prod");
    const collector = service(stack, "prod-netdata");
    expect(collector.mode).toEqual({ global: true });
    expect(collector.task_spec.container_spec.mounts).toEqual(
      expect.arrayContaining([
        { type: "bind", source: "/proc", target: "/host/proc", read_only: true },
        { type: "bind", source: "/sys", target: "/host/sys", read_only: true },
      ]),
    );
    for (const mount of collector.task_spec.container_spec.mounts!) expect(mount.read_only).toBe(true);
    expect(collector.task_spec.container_spec.cap_add).toEqual(["SYS_PTRACE", "SYS_ADMIN"]);
    const parent = service(stack, "prod-netdata-parent");
    expect(labels(parent)["traefik.http.routers.prod-monitor.middlewares"]).toBe("platform-auth@file");
    const stream = stack.resource.docker_secret[secretAddress(collector.task_spec.container_spec.secrets![0].secret_id)];
    expect(stream.data).toMatch(/destination = prod-netdata-parent:19999\\n    api key = \$\{random_uuid\.[^}]+\.result\}/);
  });
});

describe("Keycloak", () => {
  const stack = services("dev");
  const keycloak = service(stack, "dev-keycloak");

  it("runs in production mode behind the proxy with its own PostgreSQL on a pinned volume", () => {
    expect(keycloak.task_spec.container_spec.args).toEqual(
      expect.arrayContaining(["start", "--import-realm", "--hostname=https://auth.dev.example.com", "--proxy-headers=xforwarded", "--db=postgres", "--db-url=jdbc:postgresql://dev-keycloak-db:5432/keycloak"]),
    );
    expect(keycloak.task_spec.container_spec.args).not.toContain("start-dev");
    const db = service(stack, "dev-keycloak-db");
    expect(db.task_spec.container_spec.env).toMatchObject({ POSTGRES_PASSWORD_FILE: "/run/secrets/keycloak-db-password" });
    expect(db.task_spec.container_spec.mounts).toEqual([{ type: "volume", source: "dev-keycloak-db", target: "/var/lib/postgresql/data" }]);
    expect(db.task_spec.placement!.constraints).toEqual(["node.labels.platform.node-index==2"]);
    expect(db.task_spec.networks_advanced).toHaveLength(1);
    // The entrypoint (run for real in __tests__/swarm/scripts.test.ts) exports the secrets, then execs kc.sh with the args.
    mountedConfig(stack, keycloak, "/opt/platform/keycloak-entrypoint.sh");
    expect(keycloak.task_spec.container_spec.command).toEqual(["/bin/bash", "/opt/platform/keycloak-entrypoint.sh", "/opt/keycloak/bin/kc.sh"]);
    expect(keycloak.task_spec.container_spec.env).toMatchObject({ PLATFORM_KC_DB_PASSWORD_FILE: "/run/secrets/keycloak-db-password" });
  });

  it("imports a realm with clients for Rocket.Chat, the forward-auth proxy and the Secrets UI, without secret values", () => {
    const realm = JSON.parse(mountedConfig(stack, keycloak, "/opt/keycloak/data/import/platform-realm.json"));
    expect(realm).toMatchObject({ realm: "platform", enabled: true, sslRequired: "external", registrationAllowed: false, bruteForceProtected: true });
    const clients = Object.fromEntries(realm.clients.map((c: { clientId: string }) => [c.clientId, c]));
    expect(Object.keys(clients).sort()).toEqual(["oauth2-proxy", "rocketchat", "secrets-ui"]);
    expect(clients.rocketchat).toMatchObject({ publicClient: false, secret: "${PLATFORM_ROCKETCHAT_CLIENT_SECRET}", redirectUris: ["https://chat.dev.example.com/_oauth/keycloak"] });
    expect(clients["oauth2-proxy"]).toMatchObject({
      publicClient: false,
      secret: "${PLATFORM_FORWARD_AUTH_CLIENT_SECRET}",
      redirectUris: ["https://monitor.dev.example.com/oauth2/callback", "https://files.dev.example.com/oauth2/callback"],
    });
    expect(clients["oauth2-proxy"].protocolMappers.map((m: { protocolMapper: string }) => m.protocolMapper).sort()).toEqual(["oidc-audience-mapper", "oidc-group-membership-mapper"]);
    expect(clients["secrets-ui"]).toMatchObject({ publicClient: true, redirectUris: ["https://secrets.dev.example.com/*"], attributes: { "pkce.code.challenge.method": "S256" } });
    expect(clients["secrets-ui"].secret).toBeUndefined();
    expect(clients["secrets-ui"].protocolMappers.map((m: { protocolMapper: string; config: Record<string, string> }) => [m.protocolMapper, m.config["userinfo.token.claim"]])).toEqual([["oidc-group-membership-mapper", "true"]]);
    for (const client of realm.clients) expect(client.directAccessGrantsEnabled).toBe(false);
    expect(realm.groups).toEqual([{ name: "platform-admins", path: "/platform-admins" }]);
  });
});

describe("Rocket.Chat", () => {
  const stack = services("prod");
  const chat = service(stack, "prod-rocketchat");

  it("never links a Keycloak login to an existing Rocket.Chat account such as the break-glass admin", () => {
    const env = chat.task_spec.container_spec.env!;
    // Rocket.Chat keys the lookup by the Keycloak username, which a realm admin picks freely (`admin`).
    expect(env.Accounts_OAuth_Custom_Keycloak_key_field).toBe("username");
    expect(env.ADMIN_USERNAME).toBe("admin");
    // initCustomOAuthServices: mergeUsers = env[..._merge_users] === "true".
    expect(env.Accounts_OAuth_Custom_Keycloak_merge_users).toBe("false");
    expect(env.Accounts_OAuth_Custom_Keycloak_merge_users_distinct_services).not.toBe("true");
    expect(Object.entries(env).filter(([key, value]) => /merge_users/i.test(key) && value === "true")).toEqual([]);
  });

  it("connects to the replica set, serves its hostname and logs in through Keycloak", () => {
    const env = chat.task_spec.container_spec.env!;
    expect(env).toMatchObject({
      ROOT_URL: "https://chat.example.com",
      Accounts_OAuth_Custom_Keycloak: "true",
      Accounts_OAuth_Custom_Keycloak_url: "https://auth.example.com",
      Accounts_OAuth_Custom_Keycloak_id: "rocketchat",
      Accounts_OAuth_Custom_Keycloak_token_path: "/realms/platform/protocol/openid-connect/token",
      OVERWRITE_SETTING_Show_Setup_Wizard: "completed",
    });
    expect(env).not.toHaveProperty("MONGO_URL");
    expect(env).not.toHaveProperty("Accounts_OAuth_Custom_Keycloak_secret");
    // The entrypoint (run for real in __tests__/swarm/scripts.test.ts) builds MONGO_URL from these and the password file.
    mountedConfig(stack, chat, "/opt/platform/rocketchat-entrypoint.sh");
    expect(env).toMatchObject({
      PLATFORM_MONGO_USER: "rocketchat",
      PLATFORM_MONGO_HOSTS: "prod-mongo-1:27017,prod-mongo-2:27017,prod-mongo-3:27017",
      PLATFORM_MONGO_DATABASE: "rocketchat",
      PLATFORM_MONGO_OPTIONS: "replicaSet=rs0&authSource=rocketchat",
      PLATFORM_MONGO_PASSWORD_FILE: "/run/secrets/mongo-rocketchat-password",
      PLATFORM_OAUTH_SECRET_VARIABLE: "Accounts_OAuth_Custom_Keycloak_secret",
    });
    expect(chat.task_spec.container_spec.command).toEqual(["/bin/sh", "/opt/platform/rocketchat-entrypoint.sh"]);
    expect(chat.task_spec.container_spec.args).toEqual(["node", "main.js"]);
  });
});

describe("Firestore access for the applications", () => {
  it("creates a service account with only roles/datastore.user and delivers its key as a docker secret", () => {
    const stack = services("prod");
    const [[accountId, account]] = resourcesOf(stack, "google_service_account");
    expect(account).toMatchObject({ account_id: "prod-swarm-apps", project: "platform-prod-000001" });
    const bindings = resourcesOf(stack, "google_project_iam_member").map(([, b]) => b);
    expect(bindings).toEqual([expect.objectContaining({ role: "roles/datastore.user", member: `serviceAccount:\${google_service_account.${accountId}.email}`, project: "platform-prod-000001" })]);
    expect(resourcesOf(stack, "google_project_iam_binding")).toEqual([]);
    const [[keyId]] = resourcesOf(stack, "google_service_account_key");
    const keySecret = resourcesOf(stack, "docker_secret").find(([, s]) => String(s.name).startsWith("prod-firestore-app-key-"))![1];
    expect(keySecret.data).toBe(`\${google_service_account_key.${keyId}.private_key}`);
  });
});

describe("swarm services validation", () => {
  it("builds from valid props on its own, outside the per-environment stacks", () => {
    const built = buildServices();
    expect(built.publicEndpoints.map((e) => e.url)).toEqual([
      "https://chat.test.example.com",
      "https://auth.test.example.com",
      "https://monitor.test.example.com/",
      "https://monitor.test.example.com/dashboard/",
      "https://files.test.example.com/",
    ]);
    expect(() => Testing.synth(built.node.scope as TerraformStack)).not.toThrow();
  });

  it("exposes every docker service by its Docker name, each the resource that synthesizes with that name", () => {
    const built = buildServices();
    const stack = JSON.parse(Testing.synth(built.node.scope as TerraformStack)) as SynthesizedStack;
    const synthesized = resourcesOf(stack, "docker_service");
    expect(Object.keys(built.services).sort()).toEqual(synthesized.map(([, body]) => body.name as string).sort());
    for (const [name, svc] of Object.entries(built.services)) {
      const address = svc.friendlyUniqueId;
      expect({ name, synthesizedName: stack.resource.docker_service[address]?.name }).toEqual({ name, synthesizedName: name });
    }
    expect(built.services["test-traefik"]).toBeDefined();
    expect(built.services["test-mongo-1"]).toBeDefined();
    expect(Object.isFrozen(built.services)).toBe(true);
  });

  it("rejects a swarm too small for the replica set, naming the field", () => {
    expect(() => buildServices({ nodeCount: 2 })).toThrow(/swarm-services "test\/Services": nodeCount is 2; use at least 3: the MongoDB replica set/);
  });

  it("rejects an unpinned image override", () => {
    expect(() => buildServices({ images: { mongo: "mongo:latest" } })).toThrow(/images\.mongo is "mongo:latest"; pin a version tag/);
  });

  it("rejects a literal origin key, which would land in the JSON", () => {
    expect(() => buildServices({ originPrivateKeyPem: "-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----\n" })).toThrow(/originPrivateKeyPem is "\(a literal value\)"; pass the reference/);
  });

  it("rejects a Secrets UI origin that is not an https origin", () => {
    expect(() => buildServices({ secretsUiOrigins: ["http://secrets.example.com/app"] })).toThrow(/secretsUiOrigins\[0\] is "http:\/\/secrets\.example\.com\/app"/);
  });
});
