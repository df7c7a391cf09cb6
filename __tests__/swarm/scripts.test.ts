import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vm from "node:vm";
import type { TerraformStack } from "cdktf";
import { buildTestServices } from "../support/swarm-services";
import { resourcesOf, synthJson, SynthesizedStack } from "../support/synth";

// The scripts the services run, taken from the synthesized docker configs (exactly what ships),
// executed here against stand-ins: fake secret files, a fake `weed`, a fake MongoDB.

type Mount = { file_name: string; secret_id?: string; config_id?: string };
type Spec = { command?: string[]; args?: string[]; env?: Record<string, string>; secrets?: Mount[]; configs?: Mount[] };

function buildStack(): SynthesizedStack {
  const services = buildTestServices();
  return synthJson(services.node.scope as TerraformStack);
}

const stack = buildStack();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "platform-scripts-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function spec(name: string): Spec {
  const found = resourcesOf(stack, "docker_service").find(([, body]) => body.name === name);
  if (!found) throw new Error(`no docker service ${name}`);
  return (found[1].task_spec as { container_spec: Spec }).container_spec;
}

function configText(s: Spec, target: string): string {
  const mount = s.configs?.find((c) => c.file_name === target);
  if (!mount) throw new Error(`no config mounted at ${target}`);
  const address = /^\$\{docker_config\.([^.]+)\.id\}$/.exec(mount.config_id!)![1];
  return Buffer.from(String(stack.resource.docker_config[address].data), "base64").toString("utf8");
}

/** A stand-in value for the secret mounted at `target`: letters and digits, as generated secrets are. */
const fakeSecret = (target: string) => `fake${path.basename(target).replace(/[^A-Za-z0-9]/g, "")}Value42`;

/**
 * Lays out the service's script and secrets in a scratch folder: every secret mount becomes a
 * file holding fakeSecret(target), and every env value naming a mounted path is pointed at it.
 */
function stage(s: Spec, scriptTarget: string): { dir: string; script: string; env: Record<string, string> } {
  const dir = fs.mkdtempSync(path.join(scratch, "svc-"));
  const script = path.join(dir, path.basename(scriptTarget));
  fs.writeFileSync(script, configText(s, scriptTarget), { mode: 0o555 });
  const env: Record<string, string> = { ...s.env };
  for (const mount of s.secrets ?? []) {
    const file = path.join(dir, path.basename(mount.file_name));
    fs.writeFileSync(file, `${fakeSecret(mount.file_name)}\n`);
    for (const [key, value] of Object.entries(env)) if (value === mount.file_name) env[key] = file;
  }
  return { dir, script, env };
}

/** A command that prints its own environment as JSON: stands in for kc.sh / node main.js. */
const PRINT_ENV = [process.execPath, "-e", "process.stdout.write(JSON.stringify({ argv: process.argv.slice(1), env: process.env }))"];

function runEntrypoint(s: Spec, scriptTarget: string, envOverride: Record<string, string | undefined> = {}) {
  const { script, env } = stage(s, scriptTarget);
  // command = [interpreter, script, ...what it hands over to]; PRINT_ENV stands in for the latter.
  const shell = path.basename(s.command![0]);
  const childEnv: Record<string, string> = { PATH: process.env.PATH ?? "/usr/bin:/bin", ...env };
  for (const [key, value] of Object.entries(envOverride)) {
    if (value === undefined) delete childEnv[key];
    else childEnv[key] = value;
  }
  const result = spawnSync(shell, [script, ...PRINT_ENV, "extra-arg"], { env: childEnv, encoding: "utf8" });
  return { ...result, printed: result.status === 0 ? (JSON.parse(result.stdout) as { argv: string[]; env: Record<string, string> }) : undefined };
}

describe("Keycloak entrypoint", () => {
  const keycloak = spec("test-keycloak");
  const target = "/opt/platform/keycloak-entrypoint.sh";

  it("is run by bash with kc.sh as the command it hands over to", () => {
    expect(keycloak.command).toEqual(["/bin/bash", target, "/opt/keycloak/bin/kc.sh"]);
  });

  it("exports every secret Keycloak and its realm import read from the environment, then execs the given command with its arguments", () => {
    const run = runEntrypoint(keycloak, target);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    const { env, argv } = run.printed!;
    expect(env.KC_DB_PASSWORD).toBe(fakeSecret("/run/secrets/keycloak-db-password"));
    expect(env.KC_BOOTSTRAP_ADMIN_PASSWORD).toBe(fakeSecret("/run/secrets/keycloak-admin-password"));
    // Every ${...} placeholder of the realm file is filled, from the matching secret.
    const realm = configText(keycloak, "/opt/keycloak/data/import/platform-realm.json");
    const placeholders = [...realm.matchAll(/\$\{([A-Z0-9_]+)\}/g)].map((m) => m[1]);
    expect(placeholders.sort()).toEqual(["PLATFORM_FORWARD_AUTH_CLIENT_SECRET", "PLATFORM_ROCKETCHAT_CLIENT_SECRET"]);
    expect(env.PLATFORM_ROCKETCHAT_CLIENT_SECRET).toBe(fakeSecret("/run/secrets/rocketchat-oidc-client-secret"));
    expect(env.PLATFORM_FORWARD_AUTH_CLIENT_SECRET).toBe(fakeSecret("/run/secrets/forward-auth-client-secret"));
    expect(argv).toEqual(["extra-arg"]);
  });

  it("fails, naming the variable, when a secret path is missing from the environment", () => {
    const run = runEntrypoint(keycloak, target, { PLATFORM_KC_DB_PASSWORD_FILE: undefined });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("PLATFORM_KC_DB_PASSWORD_FILE is not set");
  });
});

describe("Rocket.Chat entrypoint", () => {
  const chat = spec("test-rocketchat");
  const target = "/opt/platform/rocketchat-entrypoint.sh";

  it("exports the Mongo URL, the OAuth secret, the S3 key and the admin password, then execs the image's command", () => {
    expect(chat.command).toEqual(["/bin/sh", target]);
    expect(chat.args).toEqual(["node", "main.js"]);
    const run = runEntrypoint(chat, target);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    const { env, argv } = run.printed!;
    expect(env.MONGO_URL).toBe(
      `mongodb://rocketchat:${fakeSecret("/run/secrets/mongo-rocketchat-password")}@test-mongo-1:27017,test-mongo-2:27017,test-mongo-3:27017/rocketchat?replicaSet=rs0&authSource=rocketchat`,
    );
    expect(env.Accounts_OAuth_Custom_Keycloak_secret).toBe(fakeSecret("/run/secrets/rocketchat-oidc-client-secret"));
    expect(env.OVERWRITE_SETTING_FileUpload_S3_AWSSecretAccessKey).toBe(fakeSecret("/run/secrets/seaweedfs-s3-secret-key"));
    expect(env.ADMIN_PASS).toBe(fakeSecret("/run/secrets/rocketchat-admin-password"));
    // Shell helpers' scratch variables do not leak into Rocket.Chat's environment.
    expect(Object.keys(env).filter((key) => /^(mongo_password|oauth_secret)$/.test(key))).toEqual([]);
    expect(argv).toEqual(["extra-arg"]);
  });

  it("fails when the Mongo password file is missing instead of starting with an empty password", () => {
    const run = runEntrypoint(chat, target, { PLATFORM_MONGO_PASSWORD_FILE: path.join(scratch, "absent") });
    expect(run.status).not.toBe(0);
  });
});

describe("secret paths come from the mounts", () => {
  it.each(["test-keycloak", "test-keycloak-db", "test-rocketchat", "test-mongo-1", "test-mongo-init", "test-seaweedfs-s3"])("names in %s's environment only files its secret mounts provide", (name) => {
    const s = spec(name);
    const mounted = new Set((s.secrets ?? []).map((m) => m.file_name));
    const pathsInEnv = Object.entries(s.env ?? {}).flatMap(([key, value]) => [...value.matchAll(/\/run\/secrets\/[A-Za-z0-9._-]+/g)].map((m) => ({ key, path: m[0] })));
    const pathsInArgs = [...(s.args ?? []), ...(s.command ?? [])].flatMap((value) => [...value.matchAll(/\/run\/secrets\/[A-Za-z0-9._-]+/g)].map((m) => ({ key: "args", path: m[0] })));
    for (const { key, path: file } of [...pathsInEnv, ...pathsInArgs]) expect({ key, file, mounted: mounted.has(file) }).toEqual({ key, file, mounted: true });
  });
});

describe("SeaweedFS bucket init", () => {
  const init = spec("test-seaweedfs-init");
  const target = "/opt/platform/seaweedfs-init.sh";

  /** A `weed shell` stand-in: keeps the buckets in a file and logs its arguments. */
  function fakeWeed(dir: string): string {
    const weed = path.join(dir, "weed");
    fs.writeFileSync(
      weed,
      [
        "#!/bin/sh",
        `state="${dir}/buckets"; touch "$state"`,
        `echo "$*" >> "${dir}/weed-args"`,
        "read -r line",
        'case "$line" in',
        '  "s3.bucket.list") sed "s/^/  /" "$state" ;;',
        '  "s3.bucket.create -name "*) echo "${line#s3.bucket.create -name }" >> "$state" ;;',
        "  *) echo \"unknown: $line\" >&2; exit 2 ;;",
        "esac",
        "",
      ].join("\n"),
      { mode: 0o755 },
    );
    fs.writeFileSync(path.join(dir, "wget"), "#!/bin/sh\nexit 0\n", { mode: 0o755 });
    return weed;
  }

  function run(dir: string, script: string, env: Record<string, string>) {
    return spawnSync("sh", [script], { env: { ...env, SEAWEEDFS_BIN: path.join(dir, "weed"), PATH: `${dir}:${process.env.PATH}`, POLL_SECONDS: "0" }, encoding: "utf8" });
  }

  it("creates the Rocket.Chat bucket once and keeps it on every later run", () => {
    expect(init.command).toEqual(["/bin/sh", target]);
    const { dir, script, env } = stage(init, target);
    fakeWeed(dir);
    const first = run(dir, script, env);
    expect({ status: first.status, stdout: first.stdout.trim() }).toEqual({ status: 0, stdout: "bucket rocketchat created" });
    const second = run(dir, script, env);
    expect({ status: second.status, stdout: second.stdout.trim() }).toEqual({ status: 0, stdout: "bucket rocketchat exists" });
    expect(fs.readFileSync(path.join(dir, "buckets"), "utf8")).toBe("rocketchat\n");
    const args = new Set(fs.readFileSync(path.join(dir, "weed-args"), "utf8").trim().split("\n"));
    expect([...args]).toEqual(["shell -master=test-seaweedfs-master:9333 -filer=test-seaweedfs-filer:8888"]);
  });
});

describe("MongoDB init job", () => {
  const init = spec("test-mongo-init");
  const target = "/opt/platform/mongo-init.js";
  const source = configText(init, target);

  type Member = { _id: number; host: string; priority?: number };
  type SetConfig = { _id: string; version: number; members: Member[] };

  /** A replica set as the init job sees it through mongosh: commands, users, a primary. */
  class FakeDeployment {
    config: SetConfig | undefined;
    users = new Map<string, { pwd: string; roles: unknown }>();
    commands: string[] = [];
    constructor(initial?: SetConfig, users: Record<string, string> = {}) {
      this.config = initial && structuredClone(initial);
      for (const [key, pwd] of Object.entries(users)) this.users.set(key, { pwd, roles: [] });
    }
    connection() {
      const deployment = this;
      return class FakeMongo {
        getDB(db: string) {
          return {
            runCommand(command: Record<string, unknown>) {
              const name = Object.keys(command)[0];
              if (name !== "ping" && name !== "hello") deployment.commands.push(name);
              switch (name) {
                case "ping":
                  return { ok: 1 };
                case "hello":
                  return { ok: 1, isWritablePrimary: deployment.config !== undefined };
                case "replSetGetStatus":
                  if (!deployment.config) throw Object.assign(new Error("no replset config has been received"), { code: 94, codeName: "NotYetInitialized" });
                  return { ok: 1 };
                case "replSetInitiate":
                  deployment.config = { ...(command.replSetInitiate as SetConfig), version: 1 };
                  return { ok: 1 };
                case "replSetGetConfig":
                  return { ok: 1, config: structuredClone(deployment.config) };
                case "replSetReconfig": {
                  const next = command.replSetReconfig as SetConfig;
                  const added = next.members.length - deployment.config!.members.length;
                  if (next.version !== deployment.config!.version + 1 || added > 1) throw new Error("bad reconfig");
                  deployment.config = structuredClone(next);
                  return { ok: 1 };
                }
                default:
                  throw new Error(`unexpected command ${name}`);
              }
            },
            getUser: (user: string) => (deployment.users.has(`${db}.${user}`) ? { user } : null),
            createUser: (user: { user: string; pwd: string; roles: unknown }) => {
              deployment.commands.push("createUser");
              deployment.users.set(`${db}.${user.user}`, { pwd: user.pwd, roles: user.roles });
            },
            updateUser: (user: string, fields: { pwd: string; roles: unknown }) => {
              deployment.commands.push("updateUser");
              deployment.users.set(`${db}.${user}`, fields);
            },
          };
        }
      };
    }
  }

  /** Runs the shipped script as mongosh would, with the service's env and fake secret files. */
  function runInit(deployment: FakeDeployment): string[] {
    const config = JSON.parse(init.env!.MONGO_INIT_CONFIG);
    // The mounted secrets as files, and the config's paths pointed at them.
    const dir = fs.mkdtempSync(path.join(scratch, "mongo-"));
    for (const mount of init.secrets ?? []) fs.writeFileSync(path.join(dir, path.basename(mount.file_name)), `${fakeSecret(mount.file_name)}\n`);
    const remap = (file: string) => path.join(dir, path.basename(file));
    const localConfig = { ...config, rootPasswordFile: remap(config.rootPasswordFile), users: config.users.map((u: { passwordFile: string }) => ({ ...u, passwordFile: remap(u.passwordFile) })) };
    const printed: string[] = [];
    vm.runInNewContext(source, {
      Mongo: deployment.connection(),
      print: (line: string) => printed.push(line),
      sleep: () => undefined,
      require,
      process: { env: { MONGO_INIT_CONFIG: JSON.stringify(localConfig) } },
    });
    return printed;
  }

  const WANTED = ["test-mongo-1:27017", "test-mongo-2:27017", "test-mongo-3:27017"];
  const rocketchatPassword = fakeSecret("/run/secrets/mongo-rocketchat-password");

  it("initiates a new set with every member, the seed preferred as primary, and creates the Rocket.Chat user", () => {
    const deployment = new FakeDeployment();
    const log = runInit(deployment);
    expect(deployment.config!.members).toEqual([
      { _id: 0, host: WANTED[0], priority: 2 },
      { _id: 1, host: WANTED[1], priority: 1 },
      { _id: 2, host: WANTED[2], priority: 1 },
    ]);
    expect(deployment.config!._id).toBe("rs0");
    expect(deployment.users.get("rocketchat.rocketchat")).toEqual({ pwd: rocketchatPassword, roles: [{ role: "readWrite", db: "rocketchat" }] });
    expect(log).toEqual(["initiated replica set rs0 with " + WANTED.join(", "), "created user rocketchat on rocketchat"]);
  });

  it("changes nothing on an initiated, complete set except resetting the user's password to the secret", () => {
    const deployment = new FakeDeployment();
    runInit(deployment);
    const before = structuredClone(deployment.config);
    deployment.users.set("rocketchat.rocketchat", { pwd: "an-old-password", roles: [] });
    deployment.commands = [];
    const log = runInit(deployment);
    expect(deployment.config).toEqual(before);
    expect(deployment.commands).toEqual(["replSetGetStatus", "replSetGetStatus", "replSetGetConfig", "replSetGetConfig", "replSetGetConfig", "updateUser"]);
    expect(deployment.users.get("rocketchat.rocketchat")!.pwd).toBe(rocketchatPassword);
    expect(log).toEqual(["replica set rs0 is already initiated with every member", "updated user rocketchat on rocketchat"]);
  });

  it("adds the members an initiated set lacks, one reconfig each, keeping the existing ones", () => {
    const deployment = new FakeDeployment({ _id: "rs0", version: 4, members: [{ _id: 0, host: WANTED[0], priority: 2 }] });
    const log = runInit(deployment);
    expect(deployment.config!.version).toBe(6);
    expect(deployment.config!.members).toEqual([
      { _id: 0, host: WANTED[0], priority: 2 },
      { _id: 1, host: WANTED[1], priority: 1 },
      { _id: 2, host: WANTED[2], priority: 1 },
    ]);
    expect(deployment.commands.filter((c) => c === "replSetInitiate")).toEqual([]);
    expect(log.slice(0, 2)).toEqual([`added member ${WANTED[1]}`, `added member ${WANTED[2]}`]);
  });

  it("never prints a password", () => {
    const log = runInit(new FakeDeployment());
    expect(log.join("\n")).not.toMatch(/fake[A-Za-z0-9]*Value42/);
  });
});
