import { Construct } from "constructs";
import { markOwner } from "../lib/ownership";
import { GeneratedSecret, ServiceConfigFile } from "./secrets";
import { onNode, platformService, ServicesContext } from "./service-defaults";

export interface MongoReplicaSetProps extends ServicesContext {
  /** @default "rs0" */
  readonly replicaSetName?: string;
}

/** Members of the set; each is pinned to the node with the same index. */
export const MONGO_MEMBERS = 3;
const MONGO_UID = "999";
const SECRETS_DIR = "/run/secrets";

/** An application user the init job creates (and keeps in step with its secret). */
interface MongoUser {
  readonly name: string;
  readonly db: string;
  readonly secretFile: string;
  readonly roles: ReadonlyArray<{ readonly role: string; readonly db: string }>;
}

/**
 * MongoDB as a three-member replica set (Rocket.Chat and change streams need one): one member
 * pinned per node on a local volume, internal authentication by a generated keyfile, and an
 * init job that initiates the set and creates the application users, idempotently.
 */
export class MongoReplicaSet extends Construct {
  readonly replicaSetName: string;
  /** `host:port` of every member, in member order. */
  readonly memberHosts: readonly string[];
  readonly memberServiceNames: readonly string[];
  /** Password of the `rocketchat` user (database `rocketchat`). */
  readonly rocketchatPassword: GeneratedSecret;
  readonly rocketchatUser = "rocketchat";
  readonly rocketchatDatabase = "rocketchat";

  constructor(scope: Construct, id: string, props: MongoReplicaSetProps) {
    super(scope, id);
    markOwner(this, "mongodb");
    const env = props.environment;
    this.replicaSetName = props.replicaSetName ?? "rs0";
    const names = Array.from({ length: MONGO_MEMBERS }, (_, i) => `${env}-mongo-${i + 1}`);
    this.memberServiceNames = names;
    this.memberHosts = names.map((name) => `${name}:27017`);

    // mongod wants 6-1024 base64 characters, readable by its own user only.
    const keyfile = new GeneratedSecret(this, "Keyfile", { name: `${env}-mongo-keyfile`, length: 756 });
    const rootPassword = new GeneratedSecret(this, "RootPassword", { name: `${env}-mongo-root-password` });
    this.rocketchatPassword = new GeneratedSecret(this, "RocketChatPassword", { name: `${env}-mongo-rocketchat-password` });
    const mongodSecret = (secret: GeneratedSecret, file: string) => ({ secret: secret.secret, target: `${SECRETS_DIR}/${file}`, uid: MONGO_UID, gid: MONGO_UID });

    names.forEach((name, position) => {
      const index = position + 1;
      const seed = index === 1;
      platformService(this, `Member${index}`, {
        name,
        image: props.images.mongo,
        args: ["mongod", "--replSet", this.replicaSetName, "--bind_ip_all", "--keyFile", `${SECRETS_DIR}/mongo-keyfile`, "--wiredTigerCacheSizeGB", "0.25"],
        // Only the first member gets the root user; members that already hold data cannot be added to a new set.
        env: seed ? { MONGO_INITDB_ROOT_USERNAME: "root", MONGO_INITDB_ROOT_PASSWORD_FILE: `${SECRETS_DIR}/mongo-root-password` } : undefined,
        secrets: [mongodSecret(keyfile, "mongo-keyfile"), ...(seed ? [mongodSecret(rootPassword, "mongo-root-password")] : [])],
        volumes: [
          { volume: `${env}-mongo-data`, target: "/data/db" },
          { volume: `${env}-mongo-config`, target: "/data/configdb" },
        ],
        constraints: [onNode(index)],
        networks: [props.internalNetwork],
        endpointMode: "dnsrr",
        healthcheck: { test: ["CMD", "mongosh", "--quiet", "--norc", "--eval", "db.adminCommand({ ping: 1 }).ok"], startPeriodSec: 60 },
        resources: { cpus: 1, memoryMiB: 1024, reservedMemoryMiB: 512 },
        update: { order: "stop-first", reason: "one mongod per data directory: a second one on the same volume refuses to start or corrupts it" },
        stopGracePeriodSec: 60,
      });
    });

    const users: MongoUser[] = [
      { name: this.rocketchatUser, db: this.rocketchatDatabase, secretFile: "mongo-rocketchat-password", roles: [{ role: "readWrite", db: this.rocketchatDatabase }] },
    ];
    const script = new ServiceConfigFile(this, "InitScript", {
      name: `${env}-mongo-init`,
      content: mongoInitScript({ replicaSet: this.replicaSetName, members: this.memberHosts, users }),
    });
    platformService(this, "Init", {
      name: `${env}-mongo-init`,
      kind: "job",
      image: props.images.mongo,
      command: ["mongosh", "--nodb", "--quiet", "--norc", "/opt/platform/mongo-init.js"],
      configs: [{ config: script, target: "/opt/platform/mongo-init.js" }],
      secrets: [
        { secret: rootPassword.secret, target: `${SECRETS_DIR}/mongo-root-password` },
        { secret: this.rocketchatPassword.secret, target: `${SECRETS_DIR}/mongo-rocketchat-password` },
      ],
      networks: [props.internalNetwork],
      healthcheck: { test: ["CMD", "mongosh", "--quiet", "--norc", "--host", names[0], "--eval", "db.adminCommand({ ping: 1 }).ok"] },
      resources: { cpus: 0.25, memoryMiB: 256 },
    });
  }
}

/**
 * mongosh script: initiates the set if it is not yet, waits for a primary, then creates each
 * application user or resets its password to the current secret. Every step checks first, so
 * the job can run after every deploy. Passwords are read from /run/secrets inside the job.
 */
export function mongoInitScript(config: { replicaSet: string; members: readonly string[]; users: readonly MongoUser[] }): string {
  return `// Generated by the platform's MongoReplicaSet construct.
const fs = require("fs");
const config = ${JSON.stringify(config, null, 2)};
const secret = (file) => fs.readFileSync("/run/secrets/" + file, "utf8").trim();
const root = encodeURIComponent(secret("mongo-root-password"));
const redact = (uri) => uri.replace(/\\/\\/[^@]*@/, "//");

function connect(uri) {
  for (let attempt = 1; ; attempt++) {
    try {
      const connection = new Mongo(uri);
      connection.getDB("admin").runCommand({ ping: 1 });
      return connection;
    } catch (error) {
      if (attempt >= 60) throw error;
      print("waiting for " + redact(uri) + ": " + error.message);
      sleep(5000);
    }
  }
}

const seed = connect("mongodb://root:" + root + "@" + config.members[0] + "/admin?directConnection=true&authSource=admin");
let initiated = true;
try {
  seed.getDB("admin").runCommand({ replSetGetStatus: 1 });
} catch (error) {
  if (error.codeName !== "NotYetInitialized" && error.code !== 94) throw error;
  initiated = false;
}
if (initiated) {
  print("replica set " + config.replicaSet + " is already initiated");
} else {
  const members = config.members.map((host, id) => ({ _id: id, host, priority: id === 0 ? 2 : 1 }));
  seed.getDB("admin").runCommand({ replSetInitiate: { _id: config.replicaSet, members } });
  print("initiated replica set " + config.replicaSet);
}

const set = connect("mongodb://root:" + root + "@" + config.members.join(",") + "/admin?replicaSet=" + config.replicaSet + "&authSource=admin");
for (let attempt = 1; !set.getDB("admin").runCommand({ hello: 1 }).isWritablePrimary; attempt++) {
  if (attempt >= 60) throw new Error("no primary after five minutes");
  sleep(5000);
}
for (const user of config.users) {
  const db = set.getDB(user.db);
  const pwd = secret(user.secretFile);
  if (db.getUser(user.name)) {
    db.updateUser(user.name, { pwd, roles: user.roles });
    print("updated user " + user.name + " on " + user.db);
  } else {
    db.createUser({ user: user.name, pwd, roles: user.roles });
    print("created user " + user.name + " on " + user.db);
  }
}
`;
}
