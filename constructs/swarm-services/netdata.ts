import { Uuid } from "@cdktf/provider-random/lib/uuid";
import { Construct } from "constructs";
import { markOwner } from "../lib/ownership";
import { ServiceConfigFile, ServiceSecret } from "./secrets";
import { onNode, platformService, ServicesContext } from "./service-defaults";
import { FORWARD_AUTH_MIDDLEWARE, traefikLabels } from "./traefik";

export interface NetdataProps extends ServicesContext {
  /** Host of the dashboard, behind forward-auth. */
  readonly hostname: string;
  /** Node (index) that keeps the parent's metrics history. */
  readonly parentNode: number;
}

const PORT = 19999;
const HEALTH = { test: ["CMD", "/usr/sbin/health.sh"], startPeriodSec: 60 };

/**
 * Netdata: a collector on every node (global, reading the host's /proc and /sys) streaming to
 * one parent that keeps the history and serves the dashboard at `monitor.<domain>` behind
 * forward-auth. The children serve no UI; the stream is authenticated by a generated API key.
 */
export class Netdata extends Construct {
  readonly collectorServiceName: string;
  readonly parentServiceName: string;

  constructor(scope: Construct, id: string, props: NetdataProps) {
    super(scope, id);
    markOwner(this, "netdata");
    const env = props.environment;
    this.collectorServiceName = `${env}-netdata`;
    this.parentServiceName = `${env}-netdata-parent`;

    const streamKey = new Uuid(this, "StreamKey");
    const childStream = new ServiceSecret(this, "CollectorStream", {
      name: `${env}-netdata-collector-stream`,
      value: `[stream]\n    enabled = yes\n    destination = ${this.parentServiceName}:${PORT}\n    api key = ${streamKey.result}\n`,
    });
    const parentStream = new ServiceSecret(this, "ParentStream", {
      name: `${env}-netdata-parent-stream`,
      value: `[${streamKey.result}]\n    enabled = yes\n    allow from = *\n`,
    });
    const childConfig = new ServiceConfigFile(this, "CollectorConfig", {
      name: `${env}-netdata-collector`,
      // Keep an hour in memory, serve the API on loopback only (for the health check), leave alerts to the parent.
      content: "[db]\n    mode = ram\n    retention = 3600\n[web]\n    bind to = 127.0.0.1\n[health]\n    enabled = no\n[ml]\n    enabled = no\n",
    });
    const parentConfig = new ServiceConfigFile(this, "ParentConfig", {
      name: `${env}-netdata-parent`,
      content: "[db]\n    mode = dbengine\n[web]\n    bind to = *\n",
    });
    const telemetryOff = { DO_NOT_TRACK: "1" };

    platformService(this, "Collector", {
      name: this.collectorServiceName,
      image: props.images.netdata,
      replicas: "global",
      hostname: "{{.Node.Hostname}}",
      env: telemetryOff,
      capAdd: ["SYS_PTRACE", "SYS_ADMIN"],
      binds: [
        { source: "/proc", target: "/host/proc" },
        { source: "/sys", target: "/host/sys" },
        { source: "/etc/os-release", target: "/host/etc/os-release" },
        { source: "/etc/passwd", target: "/host/etc/passwd" },
        { source: "/etc/group", target: "/host/etc/group" },
      ],
      // Netdata reads its configuration as its own user after start-up.
      secrets: [{ secret: childStream, target: "/etc/netdata/stream.conf", mode: 0o444 }],
      configs: [{ config: childConfig, target: "/etc/netdata/netdata.conf" }],
      networks: [props.internalNetwork],
      healthcheck: HEALTH,
      resources: { cpus: 0.5, memoryMiB: 256 },
    });

    platformService(this, "Parent", {
      name: this.parentServiceName,
      image: props.images.netdata,
      hostname: this.parentServiceName,
      env: telemetryOff,
      secrets: [{ secret: parentStream, target: "/etc/netdata/stream.conf", mode: 0o444 }],
      configs: [{ config: parentConfig, target: "/etc/netdata/netdata.conf" }],
      volumes: [
        { volume: `${env}-netdata-parent-cache`, target: "/var/cache/netdata" },
        { volume: `${env}-netdata-parent-lib`, target: "/var/lib/netdata" },
      ],
      constraints: [onNode(props.parentNode)],
      networks: [props.internalNetwork, props.ingressNetwork],
      labels: traefikLabels(props.ingressNetwork, [
        // Lowest priority on the monitor host: the Traefik dashboard and the auth callback paths win.
        { router: `${env}-monitor`, rule: `Host(\`${props.hostname}\`)`, port: PORT, middlewares: [FORWARD_AUTH_MIDDLEWARE], priority: 10 },
      ]),
      healthcheck: HEALTH,
      resources: { cpus: 0.5, memoryMiB: 512 },
      update: { order: "stop-first", reason: "the dbengine files in the volume belong to one Netdata process" },
    });
  }
}
