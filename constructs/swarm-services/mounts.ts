/**
 * Where a service's files appear inside its container, decided once: a helper mounts a docker
 * secret or a script and returns the mount, whose `target` is the path. Scripts receive these
 * paths through environment variables, so no path is written twice.
 *
 * @module
 */

import * as fs from "node:fs";
import * as path from "node:path";
import { Construct } from "constructs";
import { packageRoot } from "../lib/package-root";
import { ServiceConfigFile, ServiceSecret } from "./secrets";
import type { ConfigMount, SecretMount } from "./service-defaults";

/** Where docker mounts secrets by default. */
export const SECRETS_DIR = "/run/secrets";
/** Where the platform's own scripts are mounted in a container. */
export const SCRIPTS_DIR = "/opt/platform";
/** Scripts beside this construct in the package (`constructs/swarm-services/scripts/`), shipped in the npm package. */
export const SCRIPTS_SOURCE_DIR = path.join("constructs", "swarm-services", "scripts");

export interface FileOwner {
  /** Owner uid inside the container. @default "0" */
  readonly uid?: string;
  /** @default the uid */
  readonly gid?: string;
  /** @default 0o400 */
  readonly mode?: number;
}

/** Mounts `secret` at `/run/secrets/<fileName>`; the mount's `target` is that path. */
export function secretFile(secret: ServiceSecret, fileName: string, owner: FileOwner = {}): SecretMount {
  return { secret, target: `${SECRETS_DIR}/${fileName}`, uid: owner.uid, gid: owner.gid ?? owner.uid, mode: owner.mode };
}

/** The text of a script shipped beside this construct. */
export function readScript(fileName: string): string {
  return fs.readFileSync(path.join(packageRoot(), SCRIPTS_SOURCE_DIR, fileName), "utf8");
}

export interface ScriptConfigProps {
  /** Stable part of the docker config's name, e.g. `dev-mongo-init`. */
  readonly name: string;
  /** File under `scripts/`, e.g. `mongo-init.js`; mounted under the same name in SCRIPTS_DIR. */
  readonly script: string;
  /** @default 0o555 for `.sh`, 0o444 otherwise */
  readonly mode?: number;
}

/** A script from `scripts/` as a docker config, mounted at `/opt/platform/<script>` (the mount's `target`). */
export function scriptConfig(scope: Construct, id: string, props: ScriptConfigProps): ConfigMount {
  const config = new ServiceConfigFile(scope, id, { name: props.name, content: readScript(props.script) });
  return { config, target: `${SCRIPTS_DIR}/${props.script}`, mode: props.mode ?? (props.script.endsWith(".sh") ? 0o555 : 0o444) };
}
