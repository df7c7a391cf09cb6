/**
 * The operational contract every swarm service shares, written once: a health check, CPU and
 * memory limits, a restart policy and a rolling update that starts the new task before stopping
 * the old one and rolls back when the new one does not become healthy.
 *
 * @module
 */

import { Service, ServiceEndpointSpecPorts, ServiceTaskSpecContainerSpecMounts } from "@cdktf/provider-docker/lib/service";
import { Construct } from "constructs";
import { isUnresolved } from "../lib/validate";
import { isPinnedImage, ServiceImages } from "./images";
import type { ServiceConfigFile, ServiceSecret } from "./secrets";

/** Health-check timings a service's own check is merged into. */
export const HEALTHCHECK_DEFAULTS = { intervalSec: 30, timeoutSec: 10, retries: 3, startPeriodSec: 30 } as const;

/** Long-running services come back whatever stopped them, with a pause so a crash loop stays cheap. */
export const RESTART_POLICY = { condition: "any", delay: "5s", maxAttempts: 0, window: "120s" } as const;
/** One-shot jobs (replica-set init, bucket creation) rerun only until they succeed once. */
export const JOB_RESTART_POLICY = { condition: "on-failure", delay: "10s", maxAttempts: 30, window: "60s" } as const;

export const UPDATE_DEFAULTS = { parallelism: 1, delay: "10s", failureAction: "rollback", monitor: "60s", maxFailureRatio: "0", order: "start-first" } as const;
export const ROLLBACK_DEFAULTS = { parallelism: 1, delay: "5s", failureAction: "pause", monitor: "60s", maxFailureRatio: "0" } as const;
/** A job's task exits by design, which a monitored update would count as a failure. */
export const JOB_UPDATE_DEFAULTS = { ...UPDATE_DEFAULTS, failureAction: "continue", monitor: "5s" } as const;

/** How long `terraform apply` waits for a service to run its tasks healthy before failing. */
export const CONVERGE_DEFAULTS = { delay: "7s", timeoutSec: 300 } as const;

/** Label that records why a service opts out of start-first updates (read by the tests and by operators). */
export const UPDATE_ORDER_REASON_LABEL = "platform.update-order-reason";

export interface HealthCheck {
  /** Docker `HEALTHCHECK` test, e.g. `["CMD", "pg_isready"]` or `["CMD-SHELL", "wget -qO- ... || exit 1"]`. */
  readonly test: readonly string[];
  readonly intervalSec?: number;
  readonly timeoutSec?: number;
  readonly retries?: number;
  /** Failures during this window do not count: first starts (migrations, JVM warm-up) take time. */
  readonly startPeriodSec?: number;
}

export interface ResourceBudget {
  /** CPU limit in cores (0.5 = half a core). */
  readonly cpus: number;
  /** Memory limit; the task is OOM-killed above it. */
  readonly memoryMiB: number;
  /** Memory the scheduler reserves on the node. @default a quarter of memoryMiB */
  readonly reservedMemoryMiB?: number;
}

/**
 * `start-first` unless the service cannot run two tasks at once: a single-writer data directory
 * (two mongod or postgres processes on one volume corrupt it) or a host-mode port (the new task
 * cannot bind 80/443 while the old one holds it). Opting out needs a reason.
 */
export type UpdateOrder = { readonly order: "start-first" } | { readonly order: "stop-first"; readonly reason: string };

export interface SecretMount {
  readonly secret: ServiceSecret;
  /** Absolute path inside the container, normally under `/run/secrets/`. */
  readonly target: string;
  /** Owner uid inside the container. @default "0" */
  readonly uid?: string;
  readonly gid?: string;
  /** @default 0o400 - readable by the owner only */
  readonly mode?: number;
}

export interface ConfigMount {
  readonly config: ServiceConfigFile;
  readonly target: string;
  /** @default 0o444 */
  readonly mode?: number;
}

export interface VolumeMount {
  /** Named local volume, created by Docker on whichever node the task lands (pin the service to keep its data). */
  readonly volume: string;
  readonly target: string;
}

export interface BindMount {
  readonly source: string;
  readonly target: string;
  /** @default true */
  readonly readOnly?: boolean;
}

export interface PlatformServiceProps {
  /** Docker service name; also its DNS name on the overlay networks. */
  readonly name: string;
  readonly image: string;
  readonly healthcheck: HealthCheck;
  readonly resources: ResourceBudget;
  /** Overlay networks (names) the task joins. */
  readonly networks: readonly string[];
  /** `global` (one task per node) or a replica count. @default 1 */
  readonly replicas?: number | "global";
  /** `job` runs to completion once (restart on failure only, no convergence wait). @default "long-running" */
  readonly kind?: "long-running" | "job";
  /** @default start-first */
  readonly update?: UpdateOrder;
  /** Replaces the image's entrypoint. */
  readonly command?: readonly string[];
  readonly args?: readonly string[];
  /** Plain, non-secret settings only: a token here fails synth. Secrets are files under /run/secrets. */
  readonly env?: Readonly<Record<string, string>>;
  readonly hostname?: string;
  readonly user?: string;
  readonly capAdd?: readonly string[];
  readonly secrets?: readonly SecretMount[];
  readonly configs?: readonly ConfigMount[];
  readonly volumes?: readonly VolumeMount[];
  readonly binds?: readonly BindMount[];
  /** Placement constraints, e.g. `node.labels.platform.node-index==2`. */
  readonly constraints?: readonly string[];
  readonly ports?: readonly ServiceEndpointSpecPorts[];
  /** `dnsrr` skips the virtual IP: long-lived database connections then never meet IPVS idle timeouts. @default "vip" */
  readonly endpointMode?: "vip" | "dnsrr";
  /** Service labels (Traefik routing). */
  readonly labels?: Readonly<Record<string, string>>;
  readonly stopGracePeriodSec?: number;
  /** How long apply waits for the tasks to run healthy. Ignored for jobs and global services (no convergence wait). @default 300 */
  readonly convergeTimeoutSec?: number;
}

/** What every service family needs from the composition: names, networks, images. */
export interface ServicesContext {
  /** `dev`, `staging` or `prod`: prefixes every service, secret and volume name. */
  readonly environment: string;
  /** Overlay network Traefik routes on (has egress to the internet). */
  readonly ingressNetwork: string;
  /** Overlay network without egress, for service-to-service traffic only. */
  readonly internalNetwork: string;
  readonly images: ServiceImages;
}

/** Node label set by the cluster's bootstrap (cloud-init on node 1, the join step on the others). */
export const NODE_INDEX_LABEL = "platform.node-index";

/** Placement constraint that pins a service to the node with that index. */
export function onNode(index: number): string {
  return `node.labels.${NODE_INDEX_LABEL}==${index}`;
}

/** A swarm service with the shared defaults filled in; see the constants above. */
export function platformService(scope: Construct, id: string, props: PlatformServiceProps): Service {
  checkServiceProps(scope, id, props);
  const job = props.kind === "job";
  const health = { ...HEALTHCHECK_DEFAULTS, ...props.healthcheck };
  const update = props.update ?? { order: "start-first" };
  const labels: Record<string, string> = { ...props.labels };
  if (update.order === "stop-first") labels[UPDATE_ORDER_REASON_LABEL] = update.reason;
  const mounts: ServiceTaskSpecContainerSpecMounts[] = [
    ...(props.volumes ?? []).map((v) => ({ type: "volume", source: v.volume, target: v.target })),
    ...(props.binds ?? []).map((b) => ({ type: "bind", source: b.source, target: b.target, readOnly: b.readOnly ?? true })),
  ];
  const global = props.replicas === "global";
  const mode = global ? { global: true } : { replicated: { replicas: props.replicas ?? 1 } };

  return new Service(scope, id, {
    name: props.name,
    mode,
    labels: Object.entries(labels).map(([label, value]) => ({ label, value })),
    taskSpec: {
      containerSpec: {
        image: props.image,
        command: props.command ? [...props.command] : undefined,
        args: props.args ? [...props.args] : undefined,
        env: props.env ? { ...props.env } : undefined,
        hostname: props.hostname,
        user: props.user,
        capAdd: props.capAdd ? [...props.capAdd] : undefined,
        stopGracePeriod: props.stopGracePeriodSec !== undefined ? `${props.stopGracePeriodSec}s` : undefined,
        healthcheck: {
          test: [...health.test],
          interval: `${health.intervalSec}s`,
          timeout: `${health.timeoutSec}s`,
          retries: health.retries,
          startPeriod: `${health.startPeriodSec}s`,
        },
        secrets: props.secrets?.map((s) => ({
          secretId: s.secret.id,
          secretName: s.secret.name,
          fileName: s.target,
          fileUid: s.uid ?? "0",
          fileGid: s.gid ?? "0",
          fileMode: s.mode ?? 0o400,
        })),
        configs: props.configs?.map((c) => ({
          configId: c.config.id,
          configName: c.config.name,
          fileName: c.target,
          fileUid: "0",
          fileGid: "0",
          fileMode: c.mode ?? 0o444,
        })),
        mounts: mounts.length > 0 ? mounts : undefined,
      },
      networksAdvanced: props.networks.map((name) => ({ name })),
      placement: props.constraints?.length ? { constraints: [...props.constraints] } : undefined,
      resources: {
        limits: { nanoCpus: Math.round(props.resources.cpus * 1e9), memoryBytes: mib(props.resources.memoryMiB) },
        reservation: { memoryBytes: mib(props.resources.reservedMemoryMiB ?? Math.ceil(props.resources.memoryMiB / 4)) },
      },
      restartPolicy: { ...(job ? JOB_RESTART_POLICY : RESTART_POLICY) },
    },
    updateConfig: { ...(job ? JOB_UPDATE_DEFAULTS : UPDATE_DEFAULTS), order: update.order },
    rollbackConfig: { ...ROLLBACK_DEFAULTS, order: update.order },
    endpointSpec: props.endpointMode || props.ports ? { mode: props.endpointMode ?? "vip", ports: props.ports ? [...props.ports] : undefined } : undefined,
    // A job finishes instead of converging; waiting for it would time out every apply. A global
    // service cannot carry it either: kreuzwerker/docker 3.6.2 (internal/provider/
    // resource_docker_service.go) declares `mode.global` ConflictsWith ["mode.0.replicated",
    // "converge_config"], so the plan fails. Global services start on every node without a wait.
    convergeConfig: job || global ? undefined : { delay: CONVERGE_DEFAULTS.delay, timeout: `${props.convergeTimeoutSec ?? CONVERGE_DEFAULTS.timeoutSec}s` },
  });
}

function mib(value: number): number {
  return Math.round(value * 1024 * 1024);
}

function checkServiceProps(scope: Construct, id: string, props: PlatformServiceProps): void {
  const where = `swarm service "${scope.node.path}/${id}"`;
  if (!isPinnedImage(props.image)) throw new Error(`${where}: image is ${JSON.stringify(props.image)}; pin a version tag (e.g. "traefik:v3.6.25"), never latest`);
  for (const [key, value] of Object.entries(props.env ?? {})) {
    if (isUnresolved(value)) {
      throw new Error(`${where}: env ${key} is a Terraform reference; mount the value as a docker secret and read it from /run/secrets instead`);
    }
  }
  if (props.healthcheck.test.length === 0) throw new Error(`${where}: healthcheck.test is empty; give the command that proves the service is serving`);
  if (!(props.resources.cpus > 0 && props.resources.memoryMiB > 0)) throw new Error(`${where}: resources are ${JSON.stringify(props.resources)}; give positive cpus and memoryMiB limits`);
  if (props.replicas === "global" && props.convergeTimeoutSec !== undefined) {
    throw new Error(`${where}: convergeTimeoutSec is set on a global service; the docker provider rejects converge_config with mode.global, so drop it`);
  }
  if (props.update?.order === "stop-first" && !props.update.reason.trim()) throw new Error(`${where}: update is stop-first without a reason; say why two tasks cannot run at once`);
}
