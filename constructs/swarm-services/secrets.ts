/**
 * Docker secrets and configs for the swarm services. A secret's value arrives as a reference (a
 * generated password, a private key, a service-account key): the synthesized JSON holds `${...}`
 * expressions, never the value. A config's content is fixed at synth and named by its hash.
 *
 * @module
 */

import { Config } from "@cdktf/provider-docker/lib/config";
import { Secret } from "@cdktf/provider-docker/lib/secret";
import { Password } from "@cdktf/provider-random/lib/password";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { createHash } from "node:crypto";

export interface ServiceSecretProps {
  /** Stable part of the name, e.g. `dev-mongo-keyfile`. */
  readonly name: string;
  /** The value, as a reference. Exactly one of `value` and `valueBase64`. */
  readonly value?: string;
  /** The value already base64-encoded (e.g. a service-account key's `private_key`). */
  readonly valueBase64?: string;
}

/**
 * A docker secret filled from a reference. Swarm secrets are immutable, so a new value replaces
 * the secret: the new one is created first under a fresh name (a timestamp suffix, the docker
 * provider's documented pattern), services switch to it in their rolling update, then the old
 * one is removed.
 */
export class ServiceSecret extends Construct {
  readonly id: string;
  readonly name: string;

  constructor(scope: Construct, id: string, props: ServiceSecretProps) {
    super(scope, id);
    if ((props.value === undefined) === (props.valueBase64 === undefined)) {
      throw new Error(`docker secret "${this.node.path}": give exactly one of value and valueBase64`);
    }
    const secret = new Secret(this, "Secret", {
      name: `${props.name}-${Fn.replace(Fn.timestamp(), ":", "")}`,
      data: props.valueBase64 ?? Fn.base64encode(props.value as string),
      lifecycle: { ignoreChanges: ["name"], createBeforeDestroy: true },
    });
    this.id = secret.id;
    this.name = secret.name;
  }
}

export interface GeneratedSecretProps {
  readonly name: string;
  /** @default 32 */
  readonly length?: number;
  /**
   * Letters and digits only by default, so the value is safe in URLs (a Mongo connection string)
   * and config files without escaping; 32 such characters carry ~190 bits.
   */
  readonly special?: boolean;
}

/** A `random_password` nobody types or sees, delivered as a docker secret. */
export class GeneratedSecret extends Construct {
  /** The docker secret to mount. */
  readonly secret: ServiceSecret;
  /** The generated value, as a reference (for other secrets' templates only, never for env). */
  readonly value: string;

  constructor(scope: Construct, id: string, props: GeneratedSecretProps) {
    super(scope, id);
    const password = new Password(this, "Value", { length: props.length ?? 32, special: props.special ?? false });
    this.value = password.result;
    this.secret = new ServiceSecret(this, "Docker", { name: props.name, value: password.result });
  }
}

export interface ServiceConfigFileProps {
  /** Stable part of the name, e.g. `dev-traefik-dynamic`. */
  readonly name: string;
  /** Non-secret content, known at synth (a script, a YAML file, a realm template). */
  readonly content: string;
}

/**
 * A docker config with content fixed at synth. The name carries a hash of the content, so a
 * change creates a new config before the old one is removed and the service rolls onto it.
 */
export class ServiceConfigFile extends Construct {
  readonly id: string;
  readonly name: string;
  /** The content, as written into the container. */
  readonly content: string;

  constructor(scope: Construct, id: string, props: ServiceConfigFileProps) {
    super(scope, id);
    const hash = createHash("sha256").update(props.content).digest("hex").slice(0, 12);
    const config = new Config(this, "Config", {
      name: `${props.name}-${hash}`,
      // Encoded at synth: Terraform never parses the script's own `${VAR}` as template syntax.
      data: Buffer.from(props.content, "utf8").toString("base64"),
      lifecycle: { createBeforeDestroy: true },
    });
    this.id = config.id;
    this.name = config.name;
    this.content = props.content;
  }
}
