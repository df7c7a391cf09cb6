import { TerraformStack, Testing } from "cdktf";
import { parse } from "yaml";
import { SwarmCluster, SwarmClusterProps } from "../../constructs/swarm-cluster";
import { BASE_PACKAGES, DOCKER_PACKAGES, nodeCloudConfig, renderCloudConfig } from "../../constructs/swarm-cluster/cloud-init";
import { addEnvironmentStacks } from "../../stacks/app";
import { ENVIRONMENT_NAMES, EnvironmentInput } from "../../stacks/environment";
import { SAMPLE_ENVIRONMENTS } from "../../stacks/environments";
import { resourcesOf, sampleWith, synthApp, SynthesizedStack } from "../support/synth";

const { json } = synthApp();
const platform = (env: string) => json.get(`${env}-platform`)!;
const sample = (env: string) => SAMPLE_ENVIRONMENTS.find((e) => e.name === env)!;

type Rule = { direction: string; protocol: string; port?: string; source_ips: unknown; description?: string };
type CloudConfig = { packages: string[]; package_update: boolean; package_upgrade: boolean; write_files: Array<{ path: string; content: string }>; runcmd: Array<string[] | string> };

const PRIVATE_ONLY_PORTS = ["2377", "7946", "4789", "27017", "5432", "8080", "9333", "8888", "8333", "19999", "2375"];

function firewallRules(stack: SynthesizedStack): Rule[] {
  const firewalls = resourcesOf(stack, "hcloud_firewall");
  expect(firewalls).toHaveLength(1);
  return firewalls[0][1].rule as Rule[];
}

function cloudConfigOf(server: Record<string, unknown>): CloudConfig {
  const userData = String(server.user_data);
  expect(userData.startsWith("#cloud-config\n")).toBe(true);
  return parse(userData.slice("#cloud-config\n".length)) as CloudConfig;
}

function commands(config: { runcmd: ReadonlyArray<readonly string[] | string> }): string[] {
  return config.runcmd.map((step) => (typeof step === "string" ? step : step.join(" ")));
}

/** Props of a valid three-node cluster, for constructing SwarmCluster on its own. */
function clusterProps(overrides: Partial<SwarmClusterProps> = {}): SwarmClusterProps {
  return {
    environment: "test",
    location: "fsn1",
    serverType: "cpx21",
    image: "debian-12",
    nodeCount: 3,
    managerCount: 3,
    networkCidr: "10.50.0.0/16",
    subnetCidr: "10.50.1.0/24",
    adminCidrs: ["203.0.113.10/32"],
    adminSshPublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTests admin@example.com",
    ...overrides,
  };
}

function buildCluster(overrides: Partial<SwarmClusterProps> = {}): SwarmCluster {
  const stack = new TerraformStack(Testing.app(), "test");
  return new SwarmCluster(stack, "Swarm", clusterProps(overrides));
}

function withSwarm(env: "dev" | "staging" | "prod", swarm: Partial<EnvironmentInput["swarm"]>): EnvironmentInput {
  return sampleWith(env, (e) => ({ ...e, swarm: { ...e.swarm, ...swarm } }));
}

/** `type.address` → body, over every resource of a stack. */
function resourceMap(stack: SynthesizedStack): Map<string, unknown> {
  return new Map(Object.entries(stack.resource).flatMap(([type, byId]) => Object.entries(byId).map(([id, body]) => [`${type}.${id}`, body] as [string, unknown])));
}

describe("swarm cluster firewall", () => {
  it.each(ENVIRONMENT_NAMES)("admits exactly 80 and 443 from Cloudflare's ranges and 22 from the admin CIDRs (%s)", (env) => {
    const rules = firewallRules(platform(env));
    const cloudflareRanges = expect.stringMatching(/^\$\{concat\(data\.cloudflare_ip_ranges\.[^.]+\.ipv4_cidrs, data\.cloudflare_ip_ranges\.[^.]+\.ipv6_cidrs\)\}$/);
    expect(rules.map((r) => ({ direction: r.direction, protocol: r.protocol, port: r.port, source_ips: r.source_ips }))).toEqual([
      { direction: "in", protocol: "tcp", port: "80", source_ips: cloudflareRanges },
      { direction: "in", protocol: "tcp", port: "443", source_ips: cloudflareRanges },
      { direction: "in", protocol: "tcp", port: "22", source_ips: [...sample(env).swarm.adminCidrs] },
    ]);
    expect(Object.keys(platform(env).data!.cloudflare_ip_ranges)).toHaveLength(1);
  });

  it.each(ENVIRONMENT_NAMES)("opens no swarm, database or internal service port to the internet (%s)", (env) => {
    const rules = firewallRules(platform(env));
    for (const rule of rules) {
      expect(rule.direction).toBe("in");
      expect(rule.protocol).not.toBe("udp");
      // Port ranges ("1-65535") would hide a private port: every rule names one port.
      expect(rule.port).toMatch(/^\d+$/);
      expect(PRIVATE_ONLY_PORTS).not.toContain(rule.port);
    }
  });

  it("attaches the firewall to every server", () => {
    const [[firewallId]] = resourcesOf(platform("prod"), "hcloud_firewall");
    for (const [, server] of resourcesOf(platform("prod"), "hcloud_server")) {
      expect(server.firewall_ids).toEqual([`\${tonumber(hcloud_firewall.${firewallId}.id)}`]);
    }
  });
});

describe("swarm cluster servers", () => {
  it.each(ENVIRONMENT_NAMES)("puts three servers in one spread placement group on the private network (%s)", (env) => {
    const stack = platform(env);
    const groups = resourcesOf(stack, "hcloud_placement_group");
    expect(groups).toHaveLength(1);
    expect(groups[0][1].type).toBe("spread");
    const [[networkId, network]] = resourcesOf(stack, "hcloud_network");
    expect(network.ip_range).toBe(sample(env).swarm.networkCidr);
    const [[, subnet]] = resourcesOf(stack, "hcloud_network_subnet");
    expect(subnet.ip_range).toBe(sample(env).swarm.subnetCidr);

    const servers = resourcesOf(stack, "hcloud_server");
    expect(servers).toHaveLength(3);
    const privateIps = servers.map(([, server]) => {
      expect(server.placement_group_id).toBe(`\${tonumber(hcloud_placement_group.${groups[0][0]}.id)}`);
      const attachments = server.network as Array<{ network_id: string; ip: string }>;
      expect(attachments).toHaveLength(1);
      expect(attachments[0].network_id).toBe(`\${tonumber(hcloud_network.${networkId}.id)}`);
      expect(server.location).toBe(sample(env).swarm.location);
      expect(server.server_type).toBe(sample(env).swarm.serverType);
      expect(server.image).toBe("debian-12");
      return attachments[0].ip;
    });
    expect(new Set(privateIps).size).toBe(3);
    const subnetPrefix = sample(env).swarm.subnetCidr.split(".").slice(0, 3).join(".");
    for (const ip of privateIps) expect(ip.startsWith(`${subnetPrefix}.`)).toBe(true);
  });

  it("makes the first three nodes managers by default and later nodes workers", () => {
    const stack = synthApp([withSwarm("dev", { nodeCount: 5 })]).json.get("dev-platform")!;
    const roles = resourcesOf(stack, "hcloud_server").map(([, s]) => [(s.labels as Record<string, string>)["node-index"], (s.labels as Record<string, string>)["swarm-role"]]);
    expect(Object.fromEntries(roles)).toEqual({ "1": "manager", "2": "manager", "3": "manager", "4": "worker", "5": "worker" });
  });

  it("installs the admin SSH key and protects servers from delete and rebuild", () => {
    const [[keyId, key]] = resourcesOf(platform("prod"), "hcloud_ssh_key");
    expect(key.public_key).toBe("${var.admin_ssh_public_key}");
    for (const [, server] of resourcesOf(platform("prod"), "hcloud_server")) {
      expect(server.ssh_keys).toEqual([`\${hcloud_ssh_key.${keyId}.id}`]);
      expect(server).toMatchObject({ delete_protection: true, rebuild_protection: true });
    }
  });

  it("keeps running servers when only their first-boot inputs change (user data, SSH keys, image)", () => {
    for (const [, server] of resourcesOf(platform("prod"), "hcloud_server")) {
      expect((server.lifecycle as { ignore_changes: string[] }).ignore_changes).toEqual(expect.arrayContaining(["user_data", "ssh_keys", "image"]));
    }
  });

  it("keeps the Terraform addresses of the servers, network and origin key stable", () => {
    const addresses = (type: string) => Object.keys(platform("prod").resource[type] ?? {}).sort();
    expect(addresses("hcloud_server")).toEqual(["Swarm_Node1_5F07DF15", "Swarm_Node2_DF3CCF01", "Swarm_Node3_4F998496"]);
    expect(addresses("hcloud_network")).toEqual(["Swarm_Network_4E9D5B58"]);
    expect(addresses("hcloud_placement_group")).toEqual(["Swarm_PlacementGroup_91097236"]);
    expect(addresses("tls_private_key")).toEqual(["Swarm_OriginCertificate_Key_5B09ABA2"]);
  });
});

describe("adding a node", () => {
  const three = synthApp([withSwarm("prod", { nodeCount: 3 })]).json;
  const four = synthApp([withSwarm("prod", { nodeCount: 4 })]).json;

  it.each(["prod-platform", "prod-swarm-services"])("creates only the new node's resources and leaves every other resource as it was (%s)", (stackId) => {
    const before = resourceMap(three.get(stackId)!);
    const after = resourceMap(four.get(stackId)!);
    const removed = [...before.keys()].filter((address) => !after.has(address));
    const added = [...after.keys()].filter((address) => !before.has(address)).sort();
    expect(removed).toEqual([]);
    if (stackId === "prod-platform") {
      expect(added.map((a) => a.replace(/_[0-9A-F]{8}$/, ""))).toEqual([
        "cloudflare_dns_record.Swarm_Dns-auth-Node4",
        "cloudflare_dns_record.Swarm_Dns-backupAgent-Node4",
        "cloudflare_dns_record.Swarm_Dns-chat-Node4",
        "cloudflare_dns_record.Swarm_Dns-files-Node4",
        "cloudflare_dns_record.Swarm_Dns-monitor-Node4",
        "hcloud_server.Swarm_Node4",
        "terraform_data.Swarm_JoinNode4",
      ]);
    } else {
      // One more SeaweedFS volume server, pinned to the new node.
      expect(added.map((a) => a.replace(/_[0-9A-F]{8}$/, ""))).toEqual(["docker_service.Services_SeaweedFS_Volume4"]);
    }
    for (const [address, body] of before) expect({ address, body: after.get(address) }).toEqual({ address, body });
    expect(four.get(stackId)!.output).toEqual(three.get(stackId)!.output);
  });

  it("joins the fourth node as a worker after the third node's join", () => {
    const join = Object.entries(four.get("prod-platform")!.resource.terraform_data).find(([id]) => id.startsWith("Swarm_JoinNode4_"))![1];
    const [third] = Object.keys(four.get("prod-platform")!.resource.terraform_data).filter((id) => id.startsWith("Swarm_JoinNode3_"));
    expect(join.depends_on).toEqual([`terraform_data.${third}`]);
    expect((join.provisioner as Array<{ "local-exec": { environment: Record<string, string> } }>)[0]["local-exec"].environment).toMatchObject({ SWARM_ROLE: "worker", NODE_INDEX: "4" });
  });

  it("changes only the firewall when the admin CIDRs change", () => {
    const before = resourceMap(three.get("prod-platform")!);
    const after = resourceMap(synthApp([withSwarm("prod", { nodeCount: 3, adminCidrs: ["198.51.100.7/32"] })]).json.get("prod-platform")!);
    const changed = [...before.keys()].filter((address) => JSON.stringify(before.get(address)) !== JSON.stringify(after.get(address)));
    expect(changed.map((a) => a.replace(/_[0-9A-F]{8}$/, ""))).toEqual(["hcloud_firewall.Swarm_Firewall"]);
  });
});

describe("swarm bootstrap", () => {
  it.each(ENVIRONMENT_NAMES)("gives every server valid cloud-init YAML with Docker from Docker's repository and unattended upgrades (%s)", (env) => {
    for (const [, server] of resourcesOf(platform(env), "hcloud_server")) {
      const config = cloudConfigOf(server);
      expect(config.package_update).toBe(true);
      expect(config.package_upgrade).toBe(true);
      expect(config.packages).toEqual(expect.arrayContaining([...BASE_PACKAGES]));
      const run = commands(config);
      expect(run).toEqual(
        expect.arrayContaining([
          expect.stringContaining("https://download.docker.com/linux/debian/gpg"),
          expect.stringMatching(/deb \[arch=.* signed-by=\/etc\/apt\/keyrings\/docker\.asc\] https:\/\/download\.docker\.com\/linux\/debian .* stable/),
          expect.stringMatching(new RegExp(`apt-get install -y ${DOCKER_PACKAGES[0]}=5:28\\.5\\* ${DOCKER_PACKAGES[1]}=5:28\\.5\\* containerd\\.io=1\\.7\\.\\* `)),
          "apt-mark hold docker-ce docker-ce-cli containerd.io",
          "systemctl enable --now docker unattended-upgrades fail2ban",
        ]),
      );
      const files = Object.fromEntries(config.write_files.map((f) => [f.path, f.content]));
      expect(files["/etc/apt/apt.conf.d/20auto-upgrades"]).toContain('APT::Periodic::Unattended-Upgrade "1";');
      expect(files["/etc/ssh/sshd_config.d/10-platform.conf"]).toContain("PasswordAuthentication no");
      expect(JSON.parse(files["/etc/docker/daemon.json"])).toMatchObject({ "log-opts": { "max-size": "20m" } });
    }
  });

  it("pins containerd.io to the 1.7 series and holds it with the engine, so every node runs the same runtime", () => {
    for (const [, server] of resourcesOf(platform("prod"), "hcloud_server")) {
      const run = commands(cloudConfigOf(server));
      const install = run.find((line) => line.includes("apt-get install -y docker-ce="))!;
      // Every Docker package but the buildx plugin carries a version; containerd.io must not float to another major.
      expect(install.split(" ").filter((word) => /^(docker-ce|docker-ce-cli|containerd\.io)(=|$)/.test(word))).toEqual(["docker-ce=5:28.5*", "docker-ce-cli=5:28.5*", "containerd.io=1.7.*"]);
      expect(run).toContainEqual("apt-mark hold docker-ce docker-ce-cli containerd.io");
    }
  });

  it("installs the containerd.io release given as containerdVersion, any packaging revision, and rejects a malformed one", () => {
    const run = commands(nodeCloudConfig({ role: "worker", nodeIndex: 4, privateIpv4: "10.0.1.14", dockerVersion: "28.5", containerdVersion: "1.7.28" }));
    expect(run.find((line) => line.includes("apt-get install"))).toContain(" containerd.io=1.7.28-* ");
    expect(() => buildCluster({ containerdVersion: "latest" })).toThrow(/containerdVersion is "latest"; give a containerd\.io release series such as "1\.7"/);
  });

  it("initialises the swarm on the private interface of the first node only; the others join over SSH", () => {
    const servers = resourcesOf(platform("dev"), "hcloud_server");
    const [leader, ...others] = servers.map(([, server]) => ({ ip: (server.network as Array<{ ip: string }>)[0].ip, run: commands(cloudConfigOf(server)) }));
    expect(leader.run).toContainEqual(
      `sh -c docker info --format '{{.Swarm.LocalNodeState}}' | grep -qx active || docker swarm init --advertise-addr ${leader.ip} --listen-addr ${leader.ip}:2377 --data-path-addr ${leader.ip}`,
    );
    expect(leader.run).toContainEqual(expect.stringContaining("docker node update --label-add platform.node-index=1"));
    for (const node of others) {
      expect(node.run.join("\n")).not.toMatch(/swarm (init|join)/);
      // Every node waits for its private address before anything binds to it.
      expect(node.run).toContainEqual(expect.stringContaining(`until ip -4 -o addr show | grep -q ' ${node.ip}/'; do`));
    }
  });

  it("keeps join tokens out of user data and the synthesized JSON: the join step pipes the token from the leader over SSH", () => {
    const stack = platform("dev");
    const text = JSON.stringify(stack);
    expect(text).not.toMatch(/SWMTKN-/);
    for (const [, server] of resourcesOf(stack, "hcloud_server")) expect(String(server.user_data)).not.toMatch(/token/i);
    const joins = Object.entries(stack.resource.terraform_data).filter(([id]) => id.startsWith("Swarm_JoinNode"));
    expect(joins.map(([id]) => id.replace(/_[0-9A-F]{8}$/, "")).sort()).toEqual(["Swarm_JoinNode2", "Swarm_JoinNode3"]);
    for (const [, join] of joins) {
      const step = (join.provisioner as Array<{ "local-exec": { command: string; environment: Record<string, string> } }>)[0]["local-exec"];
      expect(step.command).toMatch(/"docker swarm join-token -q \$SWARM_ROLE" \|\n\s+on "\$NODE_PUBLIC_IP" "read -r token; .*docker swarm join --token \\"\\\$token\\"/);
      expect(Object.keys(step.environment).sort()).toEqual(["LEADER_PRIVATE_IP", "LEADER_PUBLIC_IP", "NODE_INDEX", "NODE_PRIVATE_IP", "NODE_PUBLIC_IP", "SWARM_ROLE"]);
      expect(step.environment.SWARM_ROLE).toBe("manager");
    }
  });

  it("fails to render a cloud-init template that Terraform would read as template syntax", () => {
    const config = nodeCloudConfig({ role: "leader", nodeIndex: 1, privateIpv4: "10.0.1.11", dockerVersion: "28.5" });
    const tainted = { ...config, write_files: [...config.write_files, { path: "/etc/x", permissions: "0644", content: "codename=${distro_codename}\n" }] };
    expect(() => renderCloudConfig(tainted)).toThrow(/cloud-init template: "\$\{distro_codename\}.*" is Terraform template syntax/);
    expect(renderCloudConfig(config)).not.toMatch(/[$%]\{/);
  });

  it("waits for the leader's first boot before any join or service deploy", () => {
    const stack = platform("dev");
    const [[id, ready]] = Object.entries(stack.resource.terraform_data).filter(([name]) => name.startsWith("Swarm_LeaderReady_"));
    const step = (ready.provisioner as Array<{ "local-exec": { command: string; environment: Record<string, string> } }>)[0]["local-exec"];
    expect(step.command).toContain("cloud-init status --wait");
    expect(step.command).toContain('if [ "$state" != "active true" ]; then');
    expect(step.environment).toEqual({ LEADER_PUBLIC_IP: "${hcloud_server.Swarm_Node1_5F07DF15.ipv4_address}" });
    expect(ready.triggers_replace).toEqual(["${hcloud_server.Swarm_Node1_5F07DF15.id}"]);
    const [, firstJoin] = Object.entries(stack.resource.terraform_data).find(([name]) => name.startsWith("Swarm_JoinNode2_"))!;
    expect(firstJoin.depends_on).toEqual([`terraform_data.${id}`]);
  });

  it("joins the nodes one after the other, so raft grows one manager at a time", () => {
    const stack = synthApp([withSwarm("prod", { nodeCount: 5 })]).json.get("prod-platform")!;
    const steps = Object.entries(stack.resource.terraform_data);
    const address = (prefix: string) => `terraform_data.${steps.find(([name]) => name.startsWith(`${prefix}_`))![0]}`;
    const dependsOn = (prefix: string) => steps.find(([name]) => name.startsWith(`${prefix}_`))![1].depends_on;
    expect(dependsOn("Swarm_JoinNode2")).toEqual([address("Swarm_LeaderReady")]);
    expect(dependsOn("Swarm_JoinNode3")).toEqual([address("Swarm_JoinNode2")]);
    expect(dependsOn("Swarm_JoinNode4")).toEqual([address("Swarm_JoinNode3")]);
    expect(dependsOn("Swarm_JoinNode5")).toEqual([address("Swarm_JoinNode4")]);
  });
});

describe("swarm ingress", () => {
  it.each(ENVIRONMENT_NAMES)("points a proxied record per node at each public hostname, so no single node is the only way in (%s)", (env) => {
    // The swarm ingress's records (the platform stack also holds the Secrets UI's CNAME).
    const records = resourcesOf(platform(env), "cloudflare_dns_record").filter(([id]) => id.startsWith("Swarm_")).map(([, r]) => r);
    const domain = sample(env).domain;
    const servers = resourcesOf(platform(env), "hcloud_server").map(([id]) => `\${hcloud_server.${id}.ipv4_address}`);
    for (const label of ["chat", "auth", "monitor", "files"]) {
      const forHost = records.filter((r) => r.name === `${label}.${domain}`);
      expect(forHost.map((r) => r.content).sort()).toEqual([...servers].sort());
      for (const record of forHost) expect(record).toMatchObject({ type: "A", proxied: true, ttl: 1, zone_id: sample(env).cloudflare.zoneId });
    }
    expect(records).toHaveLength(5 * servers.length);
  });

  it("issues a Cloudflare origin certificate for the hostnames from a locally generated key and puts the zone in Full (strict)", () => {
    const stack = platform("staging");
    const [[keyId, key]] = resourcesOf(stack, "tls_private_key");
    expect(key).toMatchObject({ algorithm: "ECDSA", ecdsa_curve: "P256" });
    const [[csrId, csr]] = resourcesOf(stack, "tls_cert_request");
    expect(csr.private_key_pem).toBe(`\${tls_private_key.${keyId}.private_key_pem}`);
    const hostnames = ["chat", "auth", "monitor", "files", "backup-agent"].map((label) => `${label}.staging.example.com`);
    expect(csr.dns_names).toEqual(hostnames);
    const [[, certificate]] = resourcesOf(stack, "cloudflare_origin_ca_certificate");
    expect(certificate).toMatchObject({ csr: `\${tls_cert_request.${csrId}.cert_request_pem}`, hostnames, request_type: "origin-ecc", requested_validity: 5475 });
    const [[, ssl]] = resourcesOf(stack, "cloudflare_zone_setting");
    expect(ssl).toMatchObject({ setting_id: "ssl", value: "strict", zone_id: sample("staging").cloudflare.zoneId });
    expect(stack.terraform.required_providers.tls).toEqual({ source: "hashicorp/tls", version: "4.1.0" });
  });

  it("hands the origin certificate and key to the services stack only as sensitive cross-stack references", () => {
    const outputs = platform("dev").output!;
    const keyOutput = Object.entries(outputs).find(([, o]) => String(o.value).includes("tls_private_key"))!;
    expect(keyOutput[1]).toMatchObject({ sensitive: true, value: expect.stringMatching(/^\$\{tls_private_key\.[^.]+\.private_key_pem\}$/) });
  });

  it("names node 1's public address leaderPublicIpv4, and the services stack's docker provider connects there", () => {
    const swarm = buildCluster();
    expect(swarm.leaderPublicIpv4).toBe(swarm.nodes[0].publicIpv4);
    expect("managerPublicIpv4" in swarm).toBe(false);
    const docker = json.get("prod-swarm-services")!.provider.docker[0];
    // Across stacks the address travels as the platform stack's output of node 1's ipv4_address.
    expect(String(docker.host)).toMatch(/^ssh:\/\/root@\$\{data\.terraform_remote_state\.[^.]+\.outputs\.cross-stack-output-hcloud_serverSwarm_Node1_5F07DF15ipv4_address\}:22$/);
  });

  it("outputs the manager addresses, the network id and the hostnames", () => {
    const outputs = platform("prod").output!;
    expect(outputs.swarm_manager_public_ipv4s.value).toEqual(["Swarm_Node1_5F07DF15", "Swarm_Node2_DF3CCF01", "Swarm_Node3_4F998496"].map((id) => `\${hcloud_server.${id}.ipv4_address}`));
    expect(outputs.swarm_manager_private_ipv4s.value).toEqual(["10.30.1.11", "10.30.1.12", "10.30.1.13"]);
    expect(outputs.swarm_network_id.value).toBe("${hcloud_network.Swarm_Network_4E9D5B58.id}");
    expect(outputs.swarm_hostnames.value).toEqual({ chat: "chat.example.com", auth: "auth.example.com", monitor: "monitor.example.com", files: "files.example.com", backupAgent: "backup-agent.example.com" });
  });
});

describe("swarm cluster validation", () => {
  const invalid = (swarm: Partial<EnvironmentInput["swarm"]>) => () => addEnvironmentStacks(Testing.app(), [withSwarm("dev", swarm)]);

  it("rejects a swarm with two managers, naming the environment, the field and the value", () => {
    expect(invalid({ managerCount: 2 })).toThrow(/environment "dev":.*swarm\.managerCount is 2; use an odd number of managers/s);
  });

  it("rejects two managers when the construct is used on its own, naming its path", () => {
    expect(() => buildCluster({ managerCount: 2 })).toThrow(/swarm-cluster "test\/Swarm": managerCount is 2; use an odd number of managers/);
  });

  it("rejects an empty admin CIDR list", () => {
    expect(invalid({ adminCidrs: [] })).toThrow(/environment "dev":.*swarm\.adminCidrs is \[\]; give at least one CIDR/s);
    expect(() => buildCluster({ adminCidrs: [] })).toThrow(/swarm-cluster "test\/Swarm": adminCidrs is \[\]/);
  });

  it("rejects an invalid admin CIDR, naming its position", () => {
    expect(invalid({ adminCidrs: ["203.0.113.10/32", "203.0.113.300/32"] })).toThrow(/swarm\.adminCidrs\[1\] is "203\.0\.113\.300\/32"; give a CIDR/);
  });

  it("rejects SSH open to the whole internet unless a reason is given", () => {
    expect(invalid({ adminCidrs: ["0.0.0.0/0"] })).toThrow(/swarm\.adminCidrs\[0\] is "0\.0\.0\.0\/0"; opens SSH to the whole internet/);
    expect(invalid({ adminCidrs: ["::/0"] })).toThrow(/swarm\.adminCidrs\[0\] is "::\/0"/);
    // With a reason the config passes validation, but the platform stack's guardrails refuse SSH
    // from anywhere at synth: issue 12 makes that rule unsuppressable (GR-HZ-SSH-ANYWHERE).
    expect(() => synthApp([withSwarm("dev", { adminCidrs: ["0.0.0.0/0"], allowPublicSshReason: "break-glass access during an incident" })])).toThrow(/\[GR-HZ-SSH-ANYWHERE\] dev-platform\/Swarm\/Firewall .* admits SSH \(port 22\) from 0\.0\.0\.0\/0/);
  });

  it("rejects an unknown location, listing the valid ones", () => {
    expect(invalid({ location: "mars1" as never })).toThrow(/swarm\.location is "mars1"; use one of fsn1, nbg1, hel1, ash, hil, sin/);
  });

  it("rejects a subnet outside the network and a public network range", () => {
    expect(() => buildCluster({ subnetCidr: "10.60.1.0/24" })).toThrow(/subnetCidr is "10\.60\.1\.0\/24"; use a subnet inside networkCidr \(10\.50\.0\.0\/16\)/);
    expect(() => buildCluster({ networkCidr: "100.64.0.0/16", subnetCidr: "100.64.1.0/24" })).toThrow(/networkCidr is "100\.64\.0\.0\/16"; use a private range/);
  });

  it("reports every problem of a config at once", () => {
    expect(invalid({ managerCount: 2, adminCidrs: [], location: "mars1" as never })).toThrow(/swarm\.location[\s\S]*swarm\.managerCount[\s\S]*swarm\.adminCidrs/);
  });
});
