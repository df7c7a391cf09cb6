import { stringify } from "yaml";

/** What a node must know at first boot. Nothing secret: join tokens never travel through user data. */
export interface NodeBootstrap {
  /** `leader` initialises the swarm; `manager` and `worker` are joined later over SSH. */
  readonly role: "leader" | "manager" | "worker";
  /** 1-based position in the cluster; becomes the `platform.node-index` node label. */
  readonly nodeIndex: number;
  readonly privateIpv4: string;
  /** Docker Engine apt channel, pinned so every node runs the same major. */
  readonly dockerVersion: string;
}

export interface CloudConfig {
  readonly package_update: boolean;
  readonly package_upgrade: boolean;
  readonly packages: readonly string[];
  readonly write_files: ReadonlyArray<{ readonly path: string; readonly permissions: string; readonly content: string }>;
  readonly runcmd: ReadonlyArray<readonly string[] | string>;
}

const DOCKER_APT_SOURCE = "/etc/apt/sources.list.d/docker.list";

/**
 * The cloud-config of one node: Docker Engine from Docker's apt repository, unattended security
 * upgrades, and, on the leader only, `docker swarm init` bound to the private address.
 */
export function nodeCloudConfig(node: NodeBootstrap): CloudConfig {
  const runcmd: Array<readonly string[] | string> = [
    ["install", "-m", "0755", "-d", "/etc/apt/keyrings"],
    ["sh", "-c", "curl -fsSL https://download.docker.com/linux/debian/gpg -o /etc/apt/keyrings/docker.asc && chmod a+r /etc/apt/keyrings/docker.asc"],
    ["sh", "-c", `echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/debian $(. /etc/os-release && echo $VERSION_CODENAME) stable" > ${DOCKER_APT_SOURCE}`],
    ["apt-get", "update"],
    ["sh", "-c", `DEBIAN_FRONTEND=noninteractive apt-get install -y docker-ce=5:${node.dockerVersion}* docker-ce-cli=5:${node.dockerVersion}* containerd.io docker-buildx-plugin`],
    ["apt-mark", "hold", "docker-ce", "docker-ce-cli"],
    ["systemctl", "enable", "--now", "docker", "unattended-upgrades"],
    // The private interface may come up after cloud-init starts; the swarm must bind to it, not to the public one.
    ["sh", "-c", `until ip -4 -o addr show | grep -q ' ${node.privateIpv4}/'; do sleep 2; done`],
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
    packages: ["ca-certificates", "curl", "gnupg", "unattended-upgrades", "apt-listchanges", "fail2ban"],
    write_files: [
      {
        path: "/etc/apt/apt.conf.d/20auto-upgrades",
        permissions: "0644",
        content: 'APT::Periodic::Update-Package-Lists "1";\nAPT::Periodic::Unattended-Upgrade "1";\n',
      },
      {
        // Security updates only, and no surprise reboots that would take a swarm manager away.
        path: "/etc/apt/apt.conf.d/52unattended-upgrades-platform",
        permissions: "0644",
        content: 'Unattended-Upgrade::Origins-Pattern { "origin=Debian,codename=${distro_codename}-security,label=Debian-Security"; };\nUnattended-Upgrade::Automatic-Reboot "false";\n',
      },
      {
        path: "/etc/ssh/sshd_config.d/10-platform.conf",
        permissions: "0644",
        content: "PasswordAuthentication no\nKbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\n",
      },
    ],
    runcmd,
  };
}

/** Renders the cloud-config document, with the `#cloud-config` header cloud-init requires. */
export function renderCloudConfig(config: CloudConfig): string {
  return `#cloud-config\n${stringify(config, { lineWidth: 0 })}`;
}
