import { PubsubTopicIamMember } from "@cdktf/provider-google/lib/pubsub-topic-iam-member";
import { ServiceAccount } from "@cdktf/provider-google/lib/service-account";
import { ServiceAccountKey } from "@cdktf/provider-google/lib/service-account-key";
import type { Service } from "@cdktf/provider-docker/lib/service";
import { Construct } from "constructs";
import { RELAY_DEFAULTS, RELAY_ENV, RELAY_PATHS, RELAY_SECRET_FILE_ENV } from "../../runtime/mongo-relay/contract";
import { markOwner } from "../lib/ownership";
import { isNonEmptyString, isUnresolved, Problems } from "../lib/validate";
import { isPinnedImage } from "./images";
import { secretFile } from "./mounts";
import { checkBundleSize as checkRuntimeBundleSize, NODE_SERVICE_IMAGE, nodeServiceBundle } from "./node-bundle";
import { ServiceSecret, type GeneratedSecret } from "./secrets";
import { onNode, platformService, type ServicesContext } from "./service-defaults";

/** The image the relay runs on: the pinned official Node image shared by the bundled services. */
export const MONGO_RELAY_IMAGE = NODE_SERVICE_IMAGE;

/** The role the relay's account holds, on the relay topic only. */
export const MONGO_RELAY_PUBLISHER_ROLE = "roles/pubsub.publisher";

/** The read-only MongoDB user the relay connects as (created by the replica set's init job). */
export const MONGO_RELAY_USER = "change-relay";

export interface MongoRelayProps extends ServicesContext {
  /** Short name of the Pub/Sub topic the vectorize function's trigger reads (`VectorizePipeline`). */
  readonly topicName: string;
  /** Project of the topic (and of the relay's service account). */
  readonly gcpProjectId: string;
  readonly mongo: {
    /** `host:port` of every member. */
    readonly memberHosts: readonly string[];
    readonly replicaSetName: string;
    /** Database whose collections are watched, also the user's auth database. */
    readonly database: string;
    /** Password of MONGO_RELAY_USER (read-only on `database`). */
    readonly password: GeneratedSecret;
  };
  /**
   * Collections to relay.
   * @default - the collections the vectorize function maps (`rocketchat_message`)
   */
  readonly collections?: readonly string[];
  /**
   * Pub/Sub REST endpoint. Ordering holds only for messages of one key published in one region
   * (google-events-identity.md §1): set a locational endpoint such as
   * `https://europe-west3-pubsub.googleapis.com` to pin it.
   * @default "https://pubsub.googleapis.com" - the global endpoint (nearest region)
   */
  readonly pubsubEndpoint?: string;
  /**
   * Node the relay is pinned to: its resume position lives in a local volume there.
   * @default 1
   */
  readonly node?: number;
  /** @default MONGO_RELAY_IMAGE */
  readonly image?: string;
}

/**
 * The MongoDB change relay on the swarm: one task of the official Node image running the bundled
 * `runtime/mongo-relay` (delivered as a docker config, no registry), which follows Rocket.Chat's
 * change stream and publishes each change to the vectorize topic. Its Google identity is a
 * dedicated service account with only `roles/pubsub.publisher` on that topic; its key and the
 * MongoDB URI (with the read-only user's password) reach it only as docker secrets.
 */
export class MongoRelay extends Construct {
  readonly service: Service;
  readonly serviceAccountEmail: string;
  /** Size of the gzipped bundle in the docker config, in bytes. */
  readonly bundleBytes: number;

  constructor(scope: Construct, id: string, props: MongoRelayProps) {
    super(scope, id);
    markOwner(this, "mongo-relay");
    const env = props.environment;
    const image = props.image ?? MONGO_RELAY_IMAGE;
    const collections = props.collections ?? RELAY_DEFAULTS.mongoCollections;
    const endpoint = props.pubsubEndpoint ?? RELAY_DEFAULTS.pubsubBaseUrl;
    validate(this.node.path, props, image, collections, endpoint);

    const bundle = nodeServiceBundle(this, "mongo-relay", env, RELAY_PATHS);
    this.bundleBytes = bundle.bundleBytes;

    const account = new ServiceAccount(this, "ServiceAccount", {
      project: props.gcpProjectId,
      accountId: `${env}-mongo-relay`,
      displayName: `MongoDB change relay (${env})`,
      description: "Publishes Rocket.Chat's MongoDB changes to the vectorize topic, from the Hetzner swarm",
    });
    new PubsubTopicIamMember(this, "TopicPublisher", {
      project: props.gcpProjectId,
      topic: props.topicName,
      role: MONGO_RELAY_PUBLISHER_ROLE,
      member: `serviceAccount:${account.email}`,
    });
    const key = new ServiceAccountKey(this, "Key", { serviceAccountId: account.name });
    // `private_key` is already the base64 of the key JSON: exactly what a docker secret's data is.
    const keySecret = new ServiceSecret(this, "KeySecret", { name: `${env}-mongo-relay-key`, valueBase64: key.privateKey });
    const uri = `mongodb://${MONGO_RELAY_USER}:${props.mongo.password.value}@${props.mongo.memberHosts.join(",")}/${props.mongo.database}?replicaSet=${props.mongo.replicaSetName}&authSource=${props.mongo.database}&appName=mongo-relay`;
    const uriSecret = new ServiceSecret(this, "MongoUri", { name: `${env}-mongo-relay-uri`, value: uri });
    const [uid, gid] = RELAY_PATHS.user.split(":");
    const keyFile = secretFile(keySecret, "mongo-relay-key.json", { uid, gid });
    const uriFile = secretFile(uriSecret, "mongo-relay-uri", { uid, gid });
    const stateFile = `${RELAY_PATHS.stateDir}/mongo-relay-state.json`;

    this.service = platformService(this, "Service", {
      name: `${env}-mongo-relay`,
      image,
      user: RELAY_PATHS.user,
      command: bundle.command,
      env: {
        [RELAY_ENV.environment]: env,
        [RELAY_ENV.mongoDatabase]: props.mongo.database,
        [RELAY_ENV.mongoCollections]: collections.join(","),
        [RELAY_ENV.gcpProjectId]: props.gcpProjectId,
        [RELAY_ENV.pubsubTopic]: props.topicName,
        [RELAY_ENV.pubsubBaseUrl]: endpoint,
        [RELAY_ENV.stateFile]: stateFile,
        [RELAY_ENV.healthPort]: String(RELAY_DEFAULTS.healthPort),
        [RELAY_ENV.healthStaleSec]: String(RELAY_DEFAULTS.healthStaleSec),
        [RELAY_SECRET_FILE_ENV.mongoUri]: uriFile.target,
        [RELAY_SECRET_FILE_ENV.serviceAccountKey]: keyFile.target,
      },
      configs: [bundle.mount],
      secrets: [uriFile, keyFile],
      volumes: [{ volume: `${env}-mongo-relay-state`, target: RELAY_PATHS.stateDir }],
      constraints: [onNode(props.node ?? 1)],
      // MongoDB on the internal overlay; Pub/Sub and Google's token endpoint through the ingress
      // overlay, the one with egress (no Traefik labels: nothing routes to the relay).
      networks: [props.internalNetwork, props.ingressNetwork],
      healthcheck: {
        test: ["CMD", "node", "-e", `fetch("http://127.0.0.1:${RELAY_DEFAULTS.healthPort}${RELAY_PATHS.healthPath}").then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`],
        startPeriodSec: 60,
      },
      resources: { cpus: 0.5, memoryMiB: 256 },
      replicas: 1,
      update: { order: "stop-first", reason: "one change-stream consumer: two tasks would publish every change twice and race on the resume position" },
      stopGracePeriodSec: 30,
    });
    this.serviceAccountEmail = account.email;
  }
}

/** Fails synth when the relay's gzipped bundle would not fit a docker config. */
export function checkBundleSize(path: string, bytes: number): void {
  checkRuntimeBundleSize("mongo-relay", path, bytes);
}

function validate(path: string, props: MongoRelayProps, image: string, collections: readonly string[], endpoint: string): void {
  const problems = new Problems(`mongo-relay "${path}"`);
  if (!isUnresolved(props.topicName)) {
    problems.check(/^[A-Za-z][A-Za-z0-9._~+%-]{2,254}$/.test(props.topicName) && !props.topicName.startsWith("goog"), "topicName", props.topicName, "give the topic's short name (3-255 characters, starting with a letter), not projects/.../topics/...");
  }
  problems.check(isNonEmptyString(props.gcpProjectId), "gcpProjectId", props.gcpProjectId, "give the GCP project id of the topic");
  problems.check(isPinnedImage(image), "image", image, `pin a version tag (e.g. "${MONGO_RELAY_IMAGE}")`);
  problems.check(collections.length > 0 && collections.every((c) => /^[A-Za-z0-9_.-]+$/.test(c)), "collections", collections, "give one or more collection names, e.g. [\"rocketchat_message\"]");
  problems.check(/^https:\/\/[a-z0-9.-]+$/.test(endpoint), "pubsubEndpoint", endpoint, "give an https origin such as \"https://europe-west3-pubsub.googleapis.com\"");
  problems.check(props.node === undefined || (Number.isInteger(props.node) && props.node >= 1), "node", props.node, "give a node index from 1");
  problems.check(props.mongo.memberHosts.length > 0, "mongo.memberHosts", props.mongo.memberHosts, "give the replica set's host:port list");
  problems.throwIfAny();
}
