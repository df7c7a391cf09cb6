import { stringify } from "yaml";

/** What a node must know at first boot. Nothing secret: join tokens never travel through user data. */
export interface NodeBootstrap {
  /** `leader` initialises the swarm; `manager` and `worker` are joined later over SSH. */
  readonly role: "leader" | "manager" | "worker";
  /** 1-based position in the cluster; becomes the `platform.node-index` node label. */
  readonly nodeIndex: number;
  readonly privateIpv4: string;
  /** Docker Engine release series (`28.5`), pinned so every node runs the same engine. */
  readonly dockerVersion: string;
  /**
   * containerd.io release the engine runs on: a series (`1.7`, newest patch at first boot) or a
   * release (`1.7.28`). Pinned and held like the engine, so a later node does not get another major.
   * @default "1.7"
   */
  readonly containerdVersion?: string;
  /**
   * How long first boot waits for the private address before it gives up, in seconds.
   * @default 300 - Hetzner attaches the private interface within seconds; five minutes means it never will
   */
  readonly privateAddressTimeoutSec?: number;
}

export interface CloudConfigFile {
  readonly path: string;
  readonly permissions: string;
  readonly content: string;
}

/** The subset of the cloud-config schema the nodes use; rendered as YAML, parsed back by the tests. */
export interface CloudConfig {
  readonly package_update: boolean;
  readonly package_upgrade: boolean;
  readonly packages: readonly string[];
  readonly write_files: readonly CloudConfigFile[];
  /** A list is one command, quoted by cloud-init; a string is a line of the runcmd shell script as is. */
  readonly runcmd: ReadonlyArray<readonly string[] | string>;
}

const DOCKER_APT_SOURCE = "/etc/apt/sources.list.d/docker.list";
const DOCKER_KEYRING = "/etc/apt/keyrings/docker.asc";

/** Packages from Debian itself; Docker Engine comes from Docker's repository in `runcmd`. */
export const BASE_PACKAGES = ["ca-certificates", "curl", "gnupg", "unattended-upgrades", "apt-listchanges", "fail2ban", "python3-systemd"] as const;
/** Installed from download.docker.com; the engine, its CLI and containerd are pinned and held. */
export const DOCKER_PACKAGES = ["docker-ce", "docker-ce-cli", "containerd.io", "docker-buildx-plugin"] as const;

/**
 * The cloud-config of one node: Docker Engine from Docker's apt repository, unattended security
 * upgrades (Debian's stock security origins, no automatic reboot), key-only SSH, bounded
 * container logs and, on the leader only, `docker swarm init` bound to the private address.
 */
/**
 * containerd.io series installed with Docker Engine 28.5. Docker's Debian 12 repository carries
 * `containerd.io 1.7.28-1~debian.12~bookworm` next to `docker-ce 5:28.5.1-1~debian.12~bookworm`
 * (package file names quoted in public install notes, checked 2026-12); docker-ce 28 depends on
 * containerd.io >= 1.7 only, so without a pin a new node takes whatever major the repository
 * offers that day.
 */
export const DEFAULT_CONTAINERD_VERSION = "1.7";

/** An apt version pattern: a series `1.7` → `1.7.*`, a release `1.7.28` → `1.7.28-*` (any packaging revision). */
export function containerdVersionPattern(version: string): string {
  return /^\d+\.\d+$/.test(version) ? `${version}.*` : `${version}-*`;
}

export function nodeCloudConfig(node: NodeBootstrap): CloudConfig {
  const [docker, dockerCli, containerd, ...dockerRest] = DOCKER_PACKAGES;
  const containerdPin = containerdVersionPattern(node.containerdVersion ?? DEFAULT_CONTAINERD_VERSION);
  const runcmd: Array<readonly string[] | string> = [
    ["install", "-m", "0755", "-d", "/etc/apt/keyrings"],
    ["sh", "-c", `curl -fsSL https://download.docker.com/linux/debian/gpg -o ${DOCKER_KEYRING} && chmod a+r ${DOCKER_KEYRING}`],
    ["sh", "-c", `echo "deb [arch=$(dpkg --print-architecture) signed-by=${DOCKER_KEYRING}] https://download.docker.com/linux/debian $(. /etc/os-release && echo $VERSION_CODENAME) stable" > ${DOCKER_APT_SOURCE}`],
    ["apt-get", "update"],
    // A trailing `*` in `package=version` is a prefix match (apt's pkgVersionMatch).
    ["sh", "-c", `DEBIAN_FRONTEND=noninteractive apt-get install -y ${docker}=5:${node.dockerVersion}* ${dockerCli}=5:${node.dockerVersion}* ${containerd}=${containerdPin} ${dockerRest.join(" ")}`],
    // A routine `apt upgrade` must not move the engine or its runtime under a running swarm; upgrades are a day-2 step.
    ["apt-mark", "hold", docker, dockerCli, containerd],
    ["systemctl", "enable", "--now", "docker", "unattended-upgrades", "fail2ban"],
    // The private interface may come up after cloud-init starts; the swarm must bind to it, not to the public one.
    waitForPrivateAddress(node.privateIpv4, node.privateAddressTimeoutSec ?? 300),
  ];
  if (node.role === "leader") {
    runcmd.push(
      [
        "sh",
        "-c",
        `docker info --format '{{.Swarm.LocalNodeState}}' | grep -qx active || docker swarm init --advertise-addr ${node.privateIpv4} --listen-addr ${node.privateIpv4}:2377 --data-path-addr ${node.privateIpv4}`,
      ],
      ["sh", "-c", `docker node update --label-add platform.node-index=${node.nodeIndex} "$(docker info --format '{{.Swarm.NodeID}}')"`],
    );
  }
  return {
    package_update: true,
    package_upgrade: true,
    packages: [...BASE_PACKAGES],
    write_files: [
      {
        path: "/etc/apt/apt.conf.d/20auto-upgrades",
        permissions: "0644",
        content: 'APT::Periodic::Update-Package-Lists "1";\nAPT::Periodic::Unattended-Upgrade "1";\n',
      },
      {
        // Debian's 50unattended-upgrades already limits upgrades to the security origins; a
        // reboot would take a swarm manager away without warning, so it stays an operator's call.
        path: "/etc/apt/apt.conf.d/52unattended-upgrades-platform",
        permissions: "0644",
        content: 'Unattended-Upgrade::Automatic-Reboot "false";\nUnattended-Upgrade::Remove-Unused-Dependencies "true";\n',
      },
      {
        path: "/etc/ssh/sshd_config.d/10-platform.conf",
        permissions: "0644",
        content: "PasswordAuthentication no\nKbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\n",
      },
      {
        // Debian 12 logs sshd to the journal only; without this the sshd jail finds no log and fail2ban stays down.
        path: "/etc/fail2ban/jail.d/10-platform.local",
        permissions: "0644",
        content: "[sshd]\nenabled = true\nbackend = systemd\n",
      },
      {
        // Written before the engine is installed, so the first start already rotates container logs.
        path: "/etc/docker/daemon.json",
        permissions: "0644",
        content: `${JSON.stringify({ "log-driver": "json-file", "log-opts": { "max-size": "20m", "max-file": "5" } }, null, 2)}\n`,
      },
    ],
    runcmd,
  };
}

const PRIVATE_ADDRESS_POLL_SEC = 2;

/**
 * A line of the runcmd script (a string, not a command list, so that its `exit` ends the script):
 * polls for the address a bounded number of times, then stops first boot with a message naming
 * the address. cloud-init runs runcmd as one `sh` script without `set -e` (cc_runcmd writes it,
 * cc_scripts_user runs it), so without the `exit` a missing address would fall through to
 * `docker swarm init`; with it, cloud-init ends in status `error` and LeaderReady / the join step
 * report it.
 */
function waitForPrivateAddress(address: string, timeoutSec: number): string {
  const attempts = Math.max(1, Math.ceil(timeoutSec / PRIVATE_ADDRESS_POLL_SEC));
  return (
    `attempt=0; until ip -4 -o addr show | grep -q ' ${address}/'; do attempt=$((attempt + 1)); ` +
    `if [ "$attempt" -ge ${attempts} ]; then echo "platform bootstrap: private address ${address} did not appear within ${timeoutSec} s; the swarm cannot bind to it" >&2; exit 1; fi; ` +
    `sleep ${PRIVATE_ADDRESS_POLL_SEC}; done`
  );
}

// Terraform reads `${...}` and `%{...}` inside any string of the JSON as template syntax; a
// literal one in user data would fail the plan (or worse, interpolate).
const TERRAFORM_TEMPLATE_SEQUENCE = /[$%]\{/;

/** Renders the cloud-config document, with the `#cloud-config` header cloud-init requires. */
export function renderCloudConfig(config: CloudConfig): string {
  const yaml = stringify(config, { lineWidth: 0 });
  const found = TERRAFORM_TEMPLATE_SEQUENCE.exec(yaml);
  if (found) {
    const excerpt = yaml.slice(found.index).split("\n")[0].slice(0, 40);
    throw new Error(`cloud-init template: "${excerpt}" is Terraform template syntax; write shell variables as $NAME`);
  }
  return `#cloud-config\n${yaml}`;
}
