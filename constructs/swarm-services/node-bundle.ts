// A bundled Node runtime (runtime/<name>, target `node-service`) delivered to the swarm without a
// registry: the gzipped bundle is a docker config, the official Node image unpacks and runs it.
import { Config } from "@cdktf/provider-docker/lib/config";
import { Fn } from "cdktf";
import type { Construct } from "constructs";
import { RuntimeAsset } from "../lib/runtime-asset";
import type { ServiceConfigFile } from "./secrets";
import type { ConfigMount } from "./service-defaults";

/**
 * The official Node image, pinned: the Debian (trixie) slim variant of Node 22, the major the
 * bundle targets (`node-service` in constructs/lib/runtime-bundle.ts). Debian rather than Alpine:
 * the Alpine variants are built by Node's "unofficial-builds" project (experimental); the slim
 * image still has `sh` and `gunzip` for the entry command. Tag listed on Docker Hub
 * (hub.docker.com/_/node/tags, `22.23.4-trixie-slim`).
 */
export const NODE_SERVICE_IMAGE = "node:22.23.4-trixie-slim";

/** The Node image's unprivileged user (uid/gid 1000, `node`). */
export const NODE_SERVICE_USER = "1000:1000";

/**
 * Largest docker config the swarm accepts: moby/swarmkit manager/controlapi/config.go,
 * `MaxConfigSize = 500 * 1024` ("the maximum byte length of the Config.Spec.Data field").
 */
export const DOCKER_CONFIG_MAX_BYTES = 500 * 1024;

/** Fails synth when the gzipped bundle would not fit a docker config. */
export function checkBundleSize(runtime: string, path: string, bytes: number): void {
  if (bytes > DOCKER_CONFIG_MAX_BYTES) {
    throw new Error(
      `${runtime} "${path}": the gzipped bundle is ${bytes} bytes; a docker config holds at most ${DOCKER_CONFIG_MAX_BYTES} bytes (500 KB). ` +
        `Drop a dependency from runtime/${runtime} or mark an optional one external in the node-service bundle target.`,
    );
  }
}

export interface NodeServiceBundle {
  /** Mount it in the service's `configs`. */
  readonly mount: ConfigMount;
  /** The service's `command`: unpack, then `exec node`. */
  readonly command: readonly string[];
  /** Size of the gzipped bundle, bytes. */
  readonly bundleBytes: number;
}

/**
 * Bundles `runtime` into a docker config named `<environment>-<runtime>-<source hash>`: a code
 * change creates the new config first, then the service rolls onto it.
 */
export function nodeServiceBundle(scope: Construct, runtime: string, environment: string, paths: { readonly bundle: string; readonly unpacked: string }): NodeServiceBundle {
  const asset = new RuntimeAsset(scope, "Bundle", { runtime, target: "node-service" });
  checkBundleSize(runtime, scope.node.path, asset.bundle.sizeBytes);
  const config = new Config(scope, "BundleConfig", {
    name: `${environment}-${runtime}-${asset.shortHash}`,
    data: Fn.filebase64(asset.path),
    lifecycle: { createBeforeDestroy: true },
  });
  return {
    // platformService reads a config mount's `id` and `name` only; the bundle is binary, so it is
    // not a ServiceConfigFile (whose content is text fixed at synth).
    mount: { config: { id: config.id, name: config.name } as ServiceConfigFile, target: paths.bundle, mode: 0o444 },
    command: ["sh", "-c", `gunzip -c ${paths.bundle} > ${paths.unpacked} && exec node ${paths.unpacked}`],
    bundleBytes: asset.bundle.sizeBytes,
  };
}
