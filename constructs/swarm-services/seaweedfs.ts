import { Fn } from "cdktf";
import { Construct } from "constructs";
import { markOwner } from "../lib/ownership";
import { scriptConfig, secretFile } from "./mounts";
import { GeneratedSecret, ServiceSecret } from "./secrets";
import { onNode, platformService, ServicesContext } from "./service-defaults";
import { FORWARD_AUTH_MIDDLEWARE, traefikLabels } from "./traefik";

export interface SeaweedFsProps extends ServicesContext {
  /** One volume server per node, pinned by node index. */
  readonly nodeCount: number;
  /** Node (index) that keeps the master's and the filer's metadata volumes. */
  readonly metadataNode: number;
  /** Host of the filer UI, behind forward-auth. */
  readonly filesHostname: string;
}

const WEED = "/usr/bin/weed";
const S3_PORT = 8333;
/** The bucket Rocket.Chat stores uploads in; the S3 identity below may only touch it. */
export const ROCKETCHAT_BUCKET = "rocketchat";
export const ROCKETCHAT_S3_ACCESS_KEY_ID = "rocketchat";

/**
 * SeaweedFS: a master, a volume server on every node (data written twice, on two different
 * nodes, once there are two), a filer with the directory tree, and the S3 gateway Rocket.Chat
 * stores uploads in. Nothing is published; the filer UI is routed through Traefik behind
 * forward-auth. An init job creates the buckets, idempotently.
 */
export class SeaweedFs extends Construct {
  /** S3 endpoint on the internal network. */
  readonly s3Endpoint: string;
  readonly bucket = ROCKETCHAT_BUCKET;
  readonly accessKeyId = ROCKETCHAT_S3_ACCESS_KEY_ID;
  /** Secret key of the Rocket.Chat S3 identity. */
  readonly secretAccessKey: ServiceSecret;
  readonly masterServiceName: string;
  readonly filerServiceName: string;
  readonly volumeServiceNames: readonly string[];

  constructor(scope: Construct, id: string, props: SeaweedFsProps) {
    super(scope, id);
    markOwner(this, "seaweedfs");
    const env = props.environment;
    const master = `${env}-seaweedfs-master`;
    const filer = `${env}-seaweedfs-filer`;
    const s3 = `${env}-seaweedfs-s3`;
    this.masterServiceName = master;
    this.filerServiceName = filer;
    this.s3Endpoint = `http://${s3}:${S3_PORT}`;
    const image = props.images.seaweedfs;
    const httpCheck = (port: number, path: string) => ({ test: ["CMD-SHELL", `wget -qO /dev/null http://127.0.0.1:${port}${path} || exit 1`], startPeriodSec: 20 });
    const singleWriter = { order: "stop-first", reason: "the data directory belongs to one process; a second one on the same volume would corrupt it" } as const;

    platformService(this, "Master", {
      name: master,
      image,
      command: [WEED],
      args: ["master", `-ip=${master}`, "-ip.bind=0.0.0.0", "-port=9333", "-mdir=/data", "-volumeSizeLimitMB=1024", `-defaultReplication=${props.nodeCount >= 2 ? "001" : "000"}`],
      volumes: [{ volume: `${env}-seaweedfs-master`, target: "/data" }],
      constraints: [onNode(props.metadataNode)],
      networks: [props.internalNetwork],
      endpointMode: "dnsrr",
      healthcheck: httpCheck(9333, "/cluster/status"),
      resources: { cpus: 0.5, memoryMiB: 256 },
      update: singleWriter,
    });

    const volumes: string[] = [];
    for (let index = 1; index <= props.nodeCount; index++) {
      const name = `${env}-seaweedfs-volume-${index}`;
      volumes.push(name);
      platformService(this, `Volume${index}`, {
        name,
        image,
        command: [WEED],
        args: ["volume", `-mserver=${master}:9333`, `-ip=${name}`, "-ip.bind=0.0.0.0", "-port=8080", "-dir=/data", "-max=0"],
        volumes: [{ volume: `${env}-seaweedfs-volume`, target: "/data" }],
        constraints: [onNode(index)],
        networks: [props.internalNetwork],
        endpointMode: "dnsrr",
        healthcheck: httpCheck(8080, "/status"),
        resources: { cpus: 1, memoryMiB: 512 },
        update: singleWriter,
      });
    }
    this.volumeServiceNames = volumes;

    platformService(this, "Filer", {
      name: filer,
      image,
      command: [WEED],
      args: ["filer", `-master=${master}:9333`, `-ip=${filer}`, "-ip.bind=0.0.0.0", "-port=8888", "-defaultStoreDir=/data"],
      volumes: [{ volume: `${env}-seaweedfs-filer`, target: "/data" }],
      constraints: [onNode(props.metadataNode)],
      networks: [props.internalNetwork, props.ingressNetwork],
      endpointMode: "dnsrr",
      labels: traefikLabels(props.ingressNetwork, [
        { router: `${env}-files`, rule: `Host(\`${props.filesHostname}\`)`, port: 8888, middlewares: [FORWARD_AUTH_MIDDLEWARE] },
      ]),
      healthcheck: httpCheck(8888, "/healthz"),
      resources: { cpus: 0.5, memoryMiB: 512 },
      update: singleWriter,
    });

    const secretKey = new GeneratedSecret(this, "S3SecretKey", { name: `${env}-seaweedfs-s3-secret-key`, length: 40 });
    this.secretAccessKey = secretKey.secret;
    const identities = new ServiceSecret(this, "S3Identities", {
      name: `${env}-seaweedfs-s3-identities`,
      value: Fn.jsonencode({
        identities: [
          {
            name: "rocketchat",
            credentials: [{ accessKey: ROCKETCHAT_S3_ACCESS_KEY_ID, secretKey: secretKey.value }],
            actions: ["Read", "Write", "List", "Tagging"].map((action) => `${action}:${ROCKETCHAT_BUCKET}`),
          },
        ],
      }),
    });
    const identitiesFile = secretFile(identities, "seaweedfs-s3-identities.json");
    platformService(this, "S3", {
      name: s3,
      image,
      command: [WEED],
      args: ["s3", `-filer=${filer}:8888`, "-ip.bind=0.0.0.0", `-port=${S3_PORT}`, `-config=${identitiesFile.target}`],
      secrets: [identitiesFile],
      networks: [props.internalNetwork],
      healthcheck: httpCheck(S3_PORT, "/status"),
      resources: { cpus: 0.5, memoryMiB: 256 },
    });

    const init = scriptConfig(this, "InitScript", { name: `${env}-seaweedfs-init`, script: "seaweedfs-init.sh" });
    platformService(this, "Init", {
      name: `${env}-seaweedfs-init`,
      kind: "job",
      image,
      command: ["/bin/sh", init.target],
      env: { SEAWEEDFS_BIN: WEED, SEAWEEDFS_MASTER: `${master}:9333`, SEAWEEDFS_FILER: `${filer}:8888`, BUCKETS: [ROCKETCHAT_BUCKET].join(" ") },
      configs: [init],
      networks: [props.internalNetwork],
      healthcheck: { test: ["CMD-SHELL", `wget -qO /dev/null http://${filer}:8888/healthz || exit 1`] },
      resources: { cpus: 0.25, memoryMiB: 128 },
    });
  }
}
