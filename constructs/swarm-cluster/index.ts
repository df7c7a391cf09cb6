import { DataCloudflareIpRanges } from "@cdktf/provider-cloudflare/lib/data-cloudflare-ip-ranges";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { Firewall } from "../../.gen/providers/hcloud/firewall";
import { Network } from "../../.gen/providers/hcloud/network";
import { NetworkSubnet } from "../../.gen/providers/hcloud/network-subnet";
import { PlacementGroup } from "../../.gen/providers/hcloud/placement-group";
import { Server } from "../../.gen/providers/hcloud/server";
import { SshKey } from "../../.gen/providers/hcloud/ssh-key";
import { cidrContains, hostAddress, isPrivateIpv4Cidr } from "../lib/ipv4";
import { markOwner } from "../lib/ownership";
import { TerraformData } from "../lib/terraform-data";
import { isUnresolved, matches, Problems } from "../lib/validate";
import { nodeCloudConfig, renderCloudConfig } from "./cloud-init";
import { joinScriptCommand } from "./join";
import { checkSwarmTopology, SwarmClusterProps } from "./props";
import { connects, NODES } from "../lib/guardrails/connections";

export { checkSwarmTopology, HETZNER_LOCATIONS, HetznerLocation, SwarmClusterProps, SwarmTopologyProps } from "./props";

export interface SwarmNodeAddresses {
  readonly name: string;
  readonly role: "manager" | "worker";
  readonly publicIpv4: string;
  readonly privateIpv4: string;
}

// Node n sits at subnet host address 10 + n, leaving the first addresses to Hetzner's gateway and spares.
const FIRST_NODE_OFFSET = 10;
const NETWORK_ZONES: Record<string, string> = { fsn1: "eu-central", nbg1: "eu-central", hel1: "eu-central", ash: "us-east", hil: "us-west", sin: "ap-southeast" };
// A Hetzner spread placement group holds at most 10 servers.
const MAX_SPREAD_GROUP_SIZE = 10;

/**
 * A Docker Swarm on Hetzner Cloud: nodes spread over distinct hosts, talking over a private
 * network, reachable from the internet only through Cloudflare (80/443) and from admins (22).
 */
export class SwarmCluster extends Construct {
  /** Every node in index order (node 1 is the leader that initialised the swarm). */
  readonly nodes: readonly SwarmNodeAddresses[];
  /** The raft managers, in index order. */
  readonly managers: readonly SwarmNodeAddresses[];
  /**
   * Public IPv4 of the leader, node 1, which initialised the swarm: the docker provider of the
   * services stack reaches the swarm here. (Node 1 is where the swarm started, not necessarily the
   * raft leader of the moment; any manager accepts the docker API.)
   */
  readonly leaderPublicIpv4: string;
  /** Public IPv4 of every manager (references, known after apply). */
  readonly managerPublicIpv4s: readonly string[];
  /** Private IPv4 of every manager (fixed at synth: subnet host address 10 + node index). */
  readonly managerPrivateIpv4s: readonly string[];
  /** Id of the private network the swarm talks over. */
  readonly networkId: string;
  readonly servers: readonly Server[];
  /** Completes once the leader finished cloud-init and manages an active swarm; depend on it to deploy services. */
  readonly leaderReady: TerraformData;

  constructor(scope: Construct, id: string, props: SwarmClusterProps) {
    super(scope, id);
    markOwner(this, "swarm-cluster");
    validate(this.node.path, props);
    const name = (suffix: string) => `${props.environment}-swarm-${suffix}`;
    const labels = { "platform-swarm": props.environment };

    const network = new Network(this, "Network", { name: name("network"), ipRange: props.networkCidr, labels });
    const subnet = new NetworkSubnet(this, "Subnet", {
      networkId: Fn.tonumber(network.id),
      type: "cloud",
      networkZone: NETWORK_ZONES[props.location],
      ipRange: props.subnetCidr,
    });
    const placement = new PlacementGroup(this, "PlacementGroup", { name: name("spread"), type: "spread", labels });
    const sshKey = new SshKey(this, "AdminKey", { name: name("admin"), publicKey: props.adminSshPublicKey, labels });

    const cloudflare = new DataCloudflareIpRanges(this, "CloudflareRanges", {});
    const fromCloudflare = Fn.concat([cloudflare.ipv4Cidrs, cloudflare.ipv6Cidrs]);
    const firewall = new Firewall(this, "Firewall", {
      name: name("firewall"),
      labels,
      // Only what is listed is admitted; swarm, database and admin ports travel on the private network.
      rule: [
        { direction: "in", protocol: "tcp", port: "80", sourceIps: fromCloudflare, description: "HTTP from Cloudflare (redirected to HTTPS)" },
        { direction: "in", protocol: "tcp", port: "443", sourceIps: fromCloudflare, description: "HTTPS from Cloudflare" },
        { direction: "in", protocol: "tcp", port: "22", sourceIps: [...props.adminCidrs], description: "SSH from admin ranges" },
      ],
    });

    const protect = props.protectServers ?? true;
    const servers: Server[] = [];
    const nodes: SwarmNodeAddresses[] = [];
    for (let index = 1; index <= props.nodeCount; index++) {
      const role = index === 1 ? "leader" : index <= props.managerCount ? "manager" : "worker";
      const privateIpv4 = hostAddress(props.subnetCidr, FIRST_NODE_OFFSET + index);
      const server = new Server(this, `Node${index}`, {
        name: name(String(index)),
        serverType: props.serverType,
        image: props.image,
        location: props.location,
        placementGroupId: Fn.tonumber(placement.id),
        firewallIds: [Fn.tonumber(firewall.id)],
        sshKeys: [sshKey.id],
        labels: { ...labels, "swarm-role": role === "worker" ? "worker" : "manager", "node-index": String(index) },
        publicNet: [{ ipv4Enabled: true, ipv6Enabled: true }],
        network: [{ networkId: Fn.tonumber(network.id), ip: privateIpv4 }],
        userData: renderCloudConfig(nodeCloudConfig({ role, nodeIndex: index, privateIpv4, dockerVersion: props.dockerVersion ?? "28.5", containerdVersion: props.containerdVersion })),
        deleteProtection: protect,
        rebuildProtection: protect,
        dependsOn: [subnet],
        // user_data only matters at first boot; changing the template must not recreate running nodes.
        lifecycle: { ignoreChanges: ["user_data", "ssh_keys", "image"] },
      });
      servers.push(server);
      nodes.push({ name: server.name, role: role === "worker" ? "worker" : "manager", publicIpv4: server.ipv4Address, privateIpv4 });
    }

    const leader = nodes[0];
    // Joins and the services stack must not race the leader's first boot.
    const leaderReady = new TerraformData(this, "LeaderReady", {
      triggersReplace: [servers[0].id],
      provisioners: [
        {
          type: "local-exec",
          interpreter: ["/bin/bash", "-c"],
          command: joinScriptCommand(),
          environment: { LEADER_PUBLIC_IP: leader.publicIpv4 },
        },
      ],
    });
    // One join at a time, in index order: raft grows 1 → 2 → 3 managers through committed
    // configuration changes, never through concurrent joins racing for quorum (Docker's
    // administration guide adds managers one by one). A join that fails stops the later ones.
    let previousStep: TerraformData = leaderReady;
    nodes.slice(1).forEach((node, position) => {
      const index = position + 2;
      // Joining over the operator's SSH keeps the join token out of user data, state and this JSON.
      previousStep = new TerraformData(this, `JoinNode${index}`, {
        triggersReplace: [servers[index - 1].id],
        dependsOn: [previousStep],
        provisioners: [
          {
            type: "local-exec",
            interpreter: ["/bin/bash", "-c"],
            command: joinScriptCommand(),
            environment: {
              LEADER_PUBLIC_IP: leader.publicIpv4,
              LEADER_PRIVATE_IP: leader.privateIpv4,
              NODE_PUBLIC_IP: node.publicIpv4,
              NODE_PRIVATE_IP: node.privateIpv4,
              NODE_INDEX: String(index),
              SWARM_ROLE: node.role,
            },
          },
        ],
      });
    });

    const managers = nodes.filter((node) => node.role === "manager");
    this.nodes = nodes;
    this.managers = managers;
    this.servers = servers;
    this.leaderPublicIpv4 = leader.publicIpv4;
    this.managerPublicIpv4s = managers.map((node) => node.publicIpv4);
    this.managerPrivateIpv4s = managers.map((node) => node.privateIpv4);
    this.networkId = network.id;
    this.leaderReady = leaderReady;
    connects(NODES.cloudflareDns, this, "80/443 from Cloudflare ranges only (22 from admin ranges)");
  }
}

function validate(path: string, props: SwarmClusterProps): void {
  const problems = new Problems(`swarm-cluster "${path}"`);
  checkSwarmTopology(props, problems);
  problems.check(props.nodeCount <= MAX_SPREAD_GROUP_SIZE, "nodeCount", props.nodeCount, `use at most ${MAX_SPREAD_GROUP_SIZE}: a spread placement group holds 10 servers`);
  if (problems.count === 0) {
    problems.check(isPrivateIpv4Cidr(props.networkCidr), "networkCidr", props.networkCidr, "use a private range (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16)");
    problems.check(cidrContains(props.networkCidr, props.subnetCidr), "subnetCidr", props.subnetCidr, `use a subnet inside networkCidr (${props.networkCidr})`);
  }
  if (props.dockerVersion !== undefined) {
    problems.check(matches(/^\d{2}\.\d{1,2}$/, props.dockerVersion), "dockerVersion", props.dockerVersion, "give a Docker Engine release series such as \"28.5\"");
  }
  if (props.containerdVersion !== undefined) {
    problems.check(matches(/^\d+\.\d+(\.\d+)?$/, props.containerdVersion), "containerdVersion", props.containerdVersion, "give a containerd.io release series such as \"1.7\" or a release such as \"1.7.28\"");
  }
  if (!isUnresolved(props.adminSshPublicKey)) {
    problems.check(matches(/^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp\d+) [A-Za-z0-9+/=]+/, props.adminSshPublicKey), "adminSshPublicKey", props.adminSshPublicKey, "give an OpenSSH public key line (\"ssh-ed25519 AAAA... admin\")");
  }
  problems.throwIfAny();
}
