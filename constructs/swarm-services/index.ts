import { Service } from "@cdktf/provider-docker/lib/service";
import { Construct } from "constructs";
import type { SwarmHostnames } from "../swarm-ingress";
import { markOwner } from "../lib/ownership";
import { isHostname, isNonEmptyString, isUnresolved, matches, Problems } from "../lib/validate";
import { BackupAgent, type BackupAgentProps } from "./backup-agent";
import { FirestoreAppAccess } from "./firestore-access";
import { ForwardAuth } from "./forward-auth";
import { DEFAULT_IMAGES, isPinnedImage, ServiceImages } from "./images";
import { Keycloak } from "./keycloak";
import { MONGO_BACKUP_USER, MONGO_MEMBERS, MongoReplicaSet } from "./mongodb";
import { MongoRelay } from "./mongo-relay";
import { Netdata } from "./netdata";
import { overlayNetwork } from "./overlay";
import { RocketChat } from "./rocketchat";
import { SeaweedFs } from "./seaweedfs";
import { ServicesContext } from "./service-defaults";
import { TraefikIngress } from "./traefik";
import { connects, NODES } from "../lib/guardrails/connections";

export { DEFAULT_IMAGES, ServiceImages, isPinnedImage } from "./images";
export { FIRESTORE_APP_ROLE, FirestoreAppAccess, FirestoreAppAccessProps } from "./firestore-access";
export { ForwardAuth, ForwardAuthProps } from "./forward-auth";
export { Keycloak, KeycloakProps } from "./keycloak";
export { MONGO_BACKUP_USER, MongoReplicaSet, MongoReplicaSetProps } from "./mongodb";
export { MONGO_RELAY_IMAGE, MONGO_RELAY_PUBLISHER_ROLE, MONGO_RELAY_USER, MongoRelay, MongoRelayProps } from "./mongo-relay";
export { Netdata, NetdataProps } from "./netdata";
export { DOCKER_CONFIG_MAX_BYTES, NODE_SERVICE_IMAGE, NODE_SERVICE_USER, nodeServiceBundle, NodeServiceBundle } from "./node-bundle";
export { BACKUP_AGENT_JOB_NAMES, BackupAgent, BackupAgentProps, BackupR2SecretIds } from "./backup-agent";
export { HETZNER_PRIVATE_NETWORK_MTU, OVERLAY_DRIVER_MTU, overlayContainerMtu, overlayNetwork, OverlayNetworkProps } from "./overlay";
export { platformRealm, RealmSpec } from "./realm";
export { RocketChat, RocketChatProps } from "./rocketchat";
export { SeaweedFs, SeaweedFsProps } from "./seaweedfs";
export { GeneratedSecret, GeneratedSecretProps, ServiceConfigFile, ServiceConfigFileProps, ServiceSecret, ServiceSecretProps } from "./secrets";
export * from "./service-defaults";
export { TraefikIngress, TraefikIngressProps, TraefikRoute, traefikLabels, FORWARD_AUTH_MIDDLEWARE } from "./traefik";

export interface SwarmServicesProps {
  /** `dev`, `staging` or `prod`: prefixes every service, secret and volume name. */
  readonly environment: string;
  /** Parent domain of the hostnames; the forward-auth session cookie is shared on it. */
  readonly domain: string;
  /** Public hostnames (from `SwarmIngress.hostnames`). */
  readonly hostnames: SwarmHostnames;
  /** Nodes in the swarm: one SeaweedFS volume server each; the Mongo members take nodes 1-3. */
  readonly nodeCount: number;
  /** Cloudflare origin certificate and its key (references; from `SwarmCluster`). */
  readonly originCertificatePem: string;
  readonly originPrivateKeyPem: string;
  /** GCP project of the environment's Firestore (for the applications' service account). */
  readonly gcpProjectId: string;
  /**
   * Origins the Secrets UI is served from (its Keycloak client's redirect URIs).
   * @default - `https://secrets.<domain>`
   */
  readonly secretsUiOrigins?: readonly string[];
  /**
   * Name of the Keycloak realm the apps use.
   * @default "platform"
   */
  readonly keycloakRealm?: string;
  /**
   * Keycloak group whose members may open the admin UIs behind forward-auth (Traefik dashboard, Netdata, filer).
   * @default "platform-admins" - created empty; an operator adds people to it
   */
  readonly adminGroup?: string;
  /**
   * Image overrides; every image must carry a version tag.
   * @default - DEFAULT_IMAGES
   */
  readonly images?: Partial<ServiceImages>;
  /**
   * Relay Rocket.Chat's MongoDB changes to this Pub/Sub topic (the vectorize pipeline's relay topic).
   * @default - no relay
   */
  readonly changeRelay?: { readonly topicName: string; readonly gcpProjectId: string };
  /**
   * Run the backup agent, reached by `BackupSchedule`'s function on `hostnames.backupAgent`.
   * @default - no backup agent
   */
  readonly backup?: SwarmBackupProps;
}

/** What the backup agent needs from outside the swarm; the databases it dumps come from this construct. */
export type SwarmBackupProps = Pick<BackupAgentProps, "callerEmail" | "s3Endpoint" | "bucket" | "ageRecipients" | "gcpProjectId" | "r2SecretIds" | "retentionDays" | "image">;

/** How each public endpoint is reached and who may use it. */
export interface PublicEndpoint {
  readonly service: string;
  readonly url: string;
  readonly authentication: string;
}

/** The services of the swarm: overlay networks, then each service family on top of them. */
export class SwarmServices extends Construct {
  /** Overlay network Traefik shares with every service it routes to. */
  readonly ingressNetworkName: string;
  /** Overlay network for service-to-service traffic that is never routed from outside. */
  readonly internalNetworkName: string;
  readonly keycloak: Keycloak;
  readonly forwardAuth: ForwardAuth;
  readonly traefik: TraefikIngress;
  readonly seaweedfs: SeaweedFs;
  readonly mongodb: MongoReplicaSet;
  readonly rocketchat: RocketChat;
  readonly netdata: Netdata;
  readonly firestoreAccess: FirestoreAppAccess;
  /** The MongoDB change relay, when `changeRelay` is given. */
  readonly mongoRelay?: MongoRelay;
  /** The backup agent, when `backup` is given. */
  readonly backupAgent?: BackupAgent;
  /** Every public URL with how it is authenticated (the same table as the README's). */
  readonly publicEndpoints: readonly PublicEndpoint[];
  /**
   * Every docker service, by its Docker name (`<env>-traefik`, `<env>-mongo-1`, ... as
   * `docker service ls` shows them), e.g. to depend on one or read its id.
   */
  readonly services: Readonly<Record<string, Service>>;

  constructor(scope: Construct, id: string, props: SwarmServicesProps) {
    super(scope, id);
    markOwner(this, "swarm-services");
    const images: ServiceImages = { ...DEFAULT_IMAGES, ...props.images };
    const realm = props.keycloakRealm ?? "platform";
    const adminGroup = props.adminGroup ?? "platform-admins";
    const secretsUiOrigins = props.secretsUiOrigins ?? [`https://secrets.${props.domain}`];
    validate(this.node.path, props, images, realm, adminGroup, secretsUiOrigins);

    this.ingressNetworkName = overlayNetwork(this, "IngressNetwork", { name: `${props.environment}-ingress`, internal: false }).name;
    this.internalNetworkName = overlayNetwork(this, "InternalNetwork", { name: `${props.environment}-internal`, internal: true }).name;

    const context: ServicesContext = {
      environment: props.environment,
      ingressNetwork: this.ingressNetworkName,
      internalNetwork: this.internalNetworkName,
      images,
    };
    const hosts = props.hostnames;
    const protectedHosts = [hosts.monitor, hosts.files];
    // Spread the single-node stateful pieces: metadata and monitoring on node 1, the IdP's database on node 2.
    const secondNode = Math.min(2, props.nodeCount);

    this.keycloak = new Keycloak(this, "Keycloak", {
      ...context,
      hostname: hosts.auth,
      chatHostname: hosts.chat,
      forwardAuthHostnames: protectedHosts,
      secretsUiOrigins,
      realm,
      adminGroup,
      databaseNode: secondNode,
    });
    this.forwardAuth = new ForwardAuth(this, "ForwardAuth", {
      ...context,
      domain: props.domain,
      protectedHostnames: protectedHosts,
      issuerUrl: this.keycloak.issuerUrl,
      clientSecret: this.keycloak.forwardAuthClientSecret.secret,
      allowedGroup: adminGroup,
    });
    this.traefik = new TraefikIngress(this, "Traefik", {
      ...context,
      dashboardHostname: hosts.monitor,
      forwardAuthAddress: this.forwardAuth.authAddress,
      originCertificatePem: props.originCertificatePem,
      originPrivateKeyPem: props.originPrivateKeyPem,
    });
    this.seaweedfs = new SeaweedFs(this, "SeaweedFS", { ...context, nodeCount: props.nodeCount, metadataNode: 1, filesHostname: hosts.files });
    this.mongodb = new MongoReplicaSet(this, "MongoDB", { ...context, changeRelayUser: props.changeRelay !== undefined, backupUser: props.backup !== undefined });
    this.rocketchat = new RocketChat(this, "RocketChat", {
      ...context,
      hostname: hosts.chat,
      mongo: {
        memberHosts: this.mongodb.memberHosts,
        replicaSetName: this.mongodb.replicaSetName,
        user: this.mongodb.rocketchatUser,
        database: this.mongodb.rocketchatDatabase,
        password: this.mongodb.rocketchatPassword.secret,
      },
      oidc: { baseUrl: `https://${hosts.auth}`, realm, clientSecret: this.keycloak.rocketchatClientSecret.secret },
      s3: { endpoint: this.seaweedfs.s3Endpoint, bucket: this.seaweedfs.bucket, accessKeyId: this.seaweedfs.accessKeyId, secretAccessKey: this.seaweedfs.secretAccessKey },
    });
    this.netdata = new Netdata(this, "Netdata", { ...context, hostname: hosts.monitor, parentNode: 1 });
    this.firestoreAccess = new FirestoreAppAccess(this, "FirestoreAccess", { environment: props.environment, gcpProjectId: props.gcpProjectId });
    if (props.changeRelay) {
      this.mongoRelay = new MongoRelay(this, "MongoRelay", {
        ...context,
        topicName: props.changeRelay.topicName,
        gcpProjectId: props.changeRelay.gcpProjectId,
        mongo: { memberHosts: this.mongodb.memberHosts, replicaSetName: this.mongodb.replicaSetName, database: this.mongodb.rocketchatDatabase, password: this.mongodb.changeRelayPassword! },
        node: 1,
      });
    }

    if (props.backup) {
      this.backupAgent = new BackupAgent(this, "BackupAgent", {
        ...context,
        ...props.backup,
        hostname: hosts.backupAgent,
        postgres: { serviceName: this.keycloak.databaseServiceName, database: this.keycloak.databaseName, user: this.keycloak.databaseUser, passwordSecretName: this.keycloak.databasePasswordSecretName },
        mongo: { memberHosts: this.mongodb.memberHosts, replicaSetName: this.mongodb.replicaSetName, user: MONGO_BACKUP_USER, password: this.mongodb.backupPassword! },
      });
    }

    this.services = servicesByName(this);

    const admins = `Keycloak login (realm "${realm}"), members of group "${adminGroup}" only, via oauth2-proxy forward-auth`;
    this.publicEndpoints = [
      { service: "Rocket.Chat", url: `https://${hosts.chat}`, authentication: `Rocket.Chat accounts; "Sign in with Keycloak" (realm "${realm}", client "rocketchat"); generated admin for break-glass` },
      { service: "Keycloak", url: `https://${hosts.auth}`, authentication: `Keycloak itself: realm "${realm}" users; the admin console with the generated bootstrap admin` },
      { service: "Netdata", url: `https://${hosts.monitor}/`, authentication: admins },
      { service: "Traefik dashboard", url: `https://${hosts.monitor}/dashboard/`, authentication: admins },
      { service: "SeaweedFS filer UI", url: `https://${hosts.files}/`, authentication: admins },
      ...(this.backupAgent
        ? [{ service: "Backup agent", url: this.backupAgent.audience, authentication: "Google-signed identity token of the backup function's service account for this audience; /healthz only without one" }]
        : []),
    ];
    connects(NODES.cloudflareDns, this.traefik, "HTTPS").connects(this.traefik, this.rocketchat, "chat").connects(this.traefik, this.keycloak, "auth").connects(this.traefik, this.netdata, "monitor").connects(this.traefik, this.seaweedfs, "files").connects(this.rocketchat, this.keycloak, "OIDC login").connects(this.rocketchat, this.mongodb, "data").connects(this.firestoreAccess, NODES.firestore, "app data").connects(this.mongodb, this.mongoRelay, "change stream").connects(this.mongoRelay, NODES.relayTopic, "publish")
      .connects(this.traefik, this.backupAgent, "backup-agent (identity token)").connects(this.backupAgent, this.keycloak, "pg_dump job").connects(this.backupAgent, this.mongodb, "mongodump job").connects(this.backupAgent, this.seaweedfs, "files (full / differential)").connects(this.backupAgent, NODES.r2Backups, "age-encrypted archives");
  }
}

/** The docker services under `scope`, by the name each was given (the `name` input, a literal here). */
function servicesByName(scope: Construct): Readonly<Record<string, Service>> {
  const byName: Record<string, Service> = {};
  for (const child of scope.node.findAll()) {
    if (!(child instanceof Service)) continue;
    const name = child.nameInput;
    if (name === undefined || isUnresolved(name)) throw new Error(`swarm-services "${scope.node.path}": service ${child.node.path} has no literal name`);
    if (byName[name]) throw new Error(`swarm-services "${scope.node.path}": two services are named "${name}" (${byName[name].node.path}, ${child.node.path})`);
    byName[name] = child;
  }
  return Object.freeze(byName);
}

function validate(path: string, props: SwarmServicesProps, images: ServiceImages, realm: string, adminGroup: string, secretsUiOrigins: readonly string[]): void {
  const problems = new Problems(`swarm-services "${path}"`);
  problems.check(matches(/^[a-z][a-z0-9-]{1,15}$/, props.environment), "environment", props.environment, "give a short lowercase name such as \"dev\"");
  problems.check(isHostname(props.domain), "domain", props.domain, "give the DNS zone of the hostnames, e.g. \"example.com\"");
  for (const [role, hostname] of Object.entries(props.hostnames ?? {})) {
    problems.check(isHostname(hostname), `hostnames.${role}`, hostname, "give a DNS name such as \"chat.example.com\"");
  }
  problems.check(
    Number.isInteger(props.nodeCount) && props.nodeCount >= MONGO_MEMBERS,
    "nodeCount",
    props.nodeCount,
    `use at least ${MONGO_MEMBERS}: the MongoDB replica set pins one member to each of ${MONGO_MEMBERS} nodes`,
  );
  for (const [name, image] of Object.entries(images)) {
    problems.check(isPinnedImage(image), `images.${name}`, image, "pin a version tag (e.g. \"mongo:7.0.28\"), never latest or no tag");
  }
  problems.check(/^[a-z][a-z0-9-]{0,35}$/.test(realm), "keycloakRealm", realm, "give a lowercase realm name such as \"platform\"");
  problems.check(/^[a-z][a-z0-9-]{0,63}$/.test(adminGroup), "adminGroup", adminGroup, "give a lowercase group name such as \"platform-admins\"");
  secretsUiOrigins.forEach((origin, index) => {
    problems.check(matches(/^https:\/\/[a-z0-9.-]+(:\d+)?$/, origin), `secretsUiOrigins[${index}]`, origin, "give an https origin without a path, e.g. \"https://secrets.example.com\"");
  });
  problems.check(isNonEmptyString(props.gcpProjectId), "gcpProjectId", props.gcpProjectId, "give the GCP project id of the environment");
  for (const key of ["originCertificatePem", "originPrivateKeyPem"] as const) {
    // A literal key here would land in the synthesized JSON; only references are accepted.
    problems.check(isUnresolved(props[key]), key, isNonEmptyString(props[key]) ? "(a literal value)" : props[key], "pass the reference from SwarmCluster (or a sensitive variable), never a literal PEM");
  }
  problems.throwIfAny();
}
