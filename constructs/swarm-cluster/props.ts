import { isCidr, isNonEmptyString, isWholeInternet, matches, Problems } from "../lib/validate";

export const HETZNER_LOCATIONS = ["fsn1", "nbg1", "hel1", "ash", "hil", "sin"] as const;
export type HetznerLocation = (typeof HETZNER_LOCATIONS)[number];

/** Where the swarm's machines run and how many: what an environment config says about its swarm. */
export interface SwarmTopologyProps {
  /** Hetzner location of every node. */
  readonly location: HetznerLocation;
  /** Hetzner server type, e.g. `cpx31`. */
  readonly serverType: string;
  /** Hetzner image name, e.g. `debian-12`. */
  readonly image: string;
  /** Number of nodes; the first `managerCount` are managers. */
  readonly nodeCount: number;
  /** Swarm managers: odd, so the raft quorum survives losing a minority. */
  readonly managerCount: number;
  /** Private network range, e.g. `10.20.0.0/16`; the swarm talks only over it. */
  readonly networkCidr: string;
  /** Subnet of `networkCidr` the nodes are placed in. */
  readonly subnetCidr: string;
  /** CIDRs allowed to reach SSH. No default: there is no safe one. */
  readonly adminCidrs: readonly string[];
  /**
   * Why SSH may be open to the whole internet. Required when `adminCidrs` holds `0.0.0.0/0` or `::/0`.
   * @default - a whole-internet CIDR fails synth
   */
  readonly allowPublicSshReason?: string;
}

export interface SwarmClusterProps extends SwarmTopologyProps {
  /** `dev`, `staging` or `prod`: prefixes every name. */
  readonly environment: string;
  /** OpenSSH public key installed for root on every node (not a secret). */
  readonly adminSshPublicKey: string;
  /**
   * Docker Engine release series installed from Docker's apt repository.
   * @default "28.5"
   */
  readonly dockerVersion?: string;
  /**
   * containerd.io release series (`1.7`) or release (`1.7.28`) installed and held with the engine.
   * @default "1.7" - the series Docker ships with Engine 28.5 on Debian 12
   */
  readonly containerdVersion?: string;
  /**
   * Delete and rebuild protection on the servers.
   * @default true - a stray `terraform destroy` cannot take the swarm down
   */
  readonly protectServers?: boolean;
}

const HETZNER_SERVER_TYPE = /^c[apx]x?\d{2,3}$/;

/**
 * Checks the topology props into `problems`. The construct runs it on its own props; an app's
 * config validation runs it too, with `prefix` naming where the values came from (`swarm.`), so
 * a bad config is reported with the config's field names before any construct is built.
 */
export function checkSwarmTopology(swarm: SwarmTopologyProps, problems: Problems, prefix = ""): void {
  problems.check((HETZNER_LOCATIONS as readonly string[]).includes(swarm.location), `${prefix}location`, swarm.location, `use one of ${HETZNER_LOCATIONS.join(", ")}`);
  problems.check(matches(HETZNER_SERVER_TYPE, swarm.serverType), `${prefix}serverType`, swarm.serverType, "give a Hetzner server type such as \"cpx31\"");
  problems.check(isNonEmptyString(swarm.image), `${prefix}image`, swarm.image, "give a Hetzner image name such as \"debian-12\"");
  const managersOk = Number.isInteger(swarm.managerCount) && swarm.managerCount >= 1 && swarm.managerCount % 2 === 1;
  problems.check(managersOk, `${prefix}managerCount`, swarm.managerCount, "use an odd number of managers (1, 3, 5): an even count cannot keep a raft quorum through a split");
  problems.check(
    Number.isInteger(swarm.nodeCount) && swarm.nodeCount >= swarm.managerCount && swarm.nodeCount <= 50,
    `${prefix}nodeCount`,
    swarm.nodeCount,
    `use a whole number from managerCount (${swarm.managerCount}) to 50`,
  );
  problems.check(isCidr(swarm.networkCidr), `${prefix}networkCidr`, swarm.networkCidr, "give a private IPv4 CIDR such as \"10.20.0.0/16\"");
  problems.check(isCidr(swarm.subnetCidr), `${prefix}subnetCidr`, swarm.subnetCidr, "give a subnet of networkCidr such as \"10.20.1.0/24\"");

  const adminCidrs = swarm.adminCidrs ?? [];
  if (!Array.isArray(adminCidrs) || adminCidrs.length === 0) {
    problems.add(`${prefix}adminCidrs`, adminCidrs, "give at least one CIDR allowed to reach SSH (e.g. \"203.0.113.4/32\")");
    return;
  }
  adminCidrs.forEach((cidr, index) => {
    if (!isCidr(cidr)) {
      problems.add(`${prefix}adminCidrs[${index}]`, cidr, "give a CIDR such as \"203.0.113.4/32\"");
    } else if (isWholeInternet(cidr) && !isNonEmptyString(swarm.allowPublicSshReason)) {
      problems.add(`${prefix}adminCidrs[${index}]`, cidr, "opens SSH to the whole internet; narrow it, or set allowPublicSshReason to say why it must be open");
    }
  });
}
