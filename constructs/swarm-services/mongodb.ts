import { Construct } from "constructs";
import { markOwner } from "../lib/ownership";
import { MONGO_RELAY_USER } from "./mongo-relay";
import { scriptConfig, secretFile } from "./mounts";
import { GeneratedSecret } from "./secrets";
import { onNode, platformService, ServicesContext } from "./service-defaults";

export interface MongoReplicaSetProps extends ServicesContext {
  /** @default "rs0" */
  readonly replicaSetName?: string;
  /**
   * Also create the `change-relay` user, with only the built-in `read` role on the Rocket.Chat
   * database (its `find` and `changeStream` actions are what a change stream and a backfill scan need).
   * @default false - no relay user
   */
  readonly changeRelayUser?: boolean;
  /**
   * Also create the `backup` user (authentication database `admin`) with only the built-in
   * `backup` role: what `mongodump --oplog` needs (contract backups-and-rocketchat-rest.md §5).
   * @default false - no backup user
   */
  readonly backupUser?: boolean;
}

/** The user `mongodump` connects as when `backupUser` is set. */
export const MONGO_BACKUP_USER = "backup";

/** Members of the set; each is pinned to the node with the same index. */
export const MONGO_MEMBERS = 3;
const MONGO_UID = "999";
const ROOT_USER = "root";

/** An application user the init job creates (and keeps in step with its secret). */
export interface MongoUser {
  readonly name: string;
  readonly db: string;
  /** Path of the mounted docker secret holding the password. */
  readonly passwordFile: string;
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
  /** Password of the read-only `change-relay` user, when `changeRelayUser` is set. */
  readonly changeRelayPassword?: GeneratedSecret;
  /** Password of the `backup` user, when `backupUser` is set. */
  readonly backupPassword?: GeneratedSecret;

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
    const keyfileMount = secretFile(keyfile.secret, "mongo-keyfile", { uid: MONGO_UID });
    const seedRootPassword = secretFile(rootPassword.secret, "mongo-root-password", { uid: MONGO_UID });

    names.forEach((name, position) => {
      const index = position + 1;
      const seed = index === 1;
      platformService(this, `Member${index}`, {
        name,
        image: props.images.mongo,
        args: ["mongod", "--replSet", this.replicaSetName, "--bind_ip_all", "--keyFile", keyfileMount.target, "--wiredTigerCacheSizeGB", "0.25"],
        // Only the first member gets the root user; members that already hold data cannot be added to a new set.
        env: seed ? { MONGO_INITDB_ROOT_USERNAME: ROOT_USER, MONGO_INITDB_ROOT_PASSWORD_FILE: seedRootPassword.target } : undefined,
        secrets: [keyfileMount, ...(seed ? [seedRootPassword] : [])],
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

    const rootPasswordFile = secretFile(rootPassword.secret, "mongo-root-password");
    const rocketchatPasswordFile = secretFile(this.rocketchatPassword.secret, "mongo-rocketchat-password");
    const users: MongoUser[] = [
      { name: this.rocketchatUser, db: this.rocketchatDatabase, passwordFile: rocketchatPasswordFile.target, roles: [{ role: "readWrite", db: this.rocketchatDatabase }] },
    ];
    const userSecrets = [rootPasswordFile, rocketchatPasswordFile];
    if (props.changeRelayUser) {
      this.changeRelayPassword = new GeneratedSecret(this, "ChangeRelayPassword", { name: `${env}-mongo-change-relay-password` });
      const relayPasswordFile = secretFile(this.changeRelayPassword.secret, "mongo-change-relay-password");
      users.push({ name: MONGO_RELAY_USER, db: this.rocketchatDatabase, passwordFile: relayPasswordFile.target, roles: [{ role: "read", db: this.rocketchatDatabase }] });
      userSecrets.push(relayPasswordFile);
    }
    if (props.backupUser) {
      this.backupPassword = new GeneratedSecret(this, "BackupPassword", { name: `${env}-mongo-backup-password` });
      const backupPasswordFile = secretFile(this.backupPassword.secret, "mongo-backup-password");
      users.push({ name: MONGO_BACKUP_USER, db: "admin", passwordFile: backupPasswordFile.target, roles: [{ role: "backup", db: "admin" }] });
      userSecrets.push(backupPasswordFile);
    }
    const initConfig: MongoInitConfig = { replicaSet: this.replicaSetName, members: this.memberHosts, rootUser: ROOT_USER, rootPasswordFile: rootPasswordFile.target, users };
    const script = scriptConfig(this, "InitScript", { name: `${env}-mongo-init`, script: "mongo-init.js" });
    platformService(this, "Init", {
      name: `${env}-mongo-init`,
      kind: "job",
      image: props.images.mongo,
      command: ["mongosh", "--nodb", "--quiet", "--norc", script.target],
      env: { MONGO_INIT_CONFIG: JSON.stringify(initConfig) },
      configs: [script],
      secrets: userSecrets,
      networks: [props.internalNetwork],
      healthcheck: { test: ["CMD", "mongosh", "--quiet", "--norc", "--host", names[0], "--eval", "db.adminCommand({ ping: 1 }).ok"] },
      resources: { cpus: 0.25, memoryMiB: 256 },
    });
  }
}

/** What `scripts/mongo-init.js` reads from MONGO_INIT_CONFIG: names, hosts and password file paths, nothing secret. */
export interface MongoInitConfig {
  readonly replicaSet: string;
  readonly members: readonly string[];
  readonly rootUser: string;
  readonly rootPasswordFile: string;
  readonly users: readonly MongoUser[];
}
