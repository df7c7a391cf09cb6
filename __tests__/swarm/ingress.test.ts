import { TerraformStack, Testing } from "cdktf";
import { SwarmCluster, SwarmClusterProps } from "../../constructs/swarm-cluster";
import { SwarmIngress, SwarmIngressProps } from "../../constructs/swarm-ingress";
import { resourcesOf, synthApp, synthJson } from "../support/synth";

const INGRESS_TYPES = ["cloudflare_dns_record", "cloudflare_origin_ca_certificate", "tls_cert_request", "tls_private_key", "cloudflare_zone_setting"];

const clusterProps: SwarmClusterProps = {
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
};

const ingressProps = (overrides: Partial<SwarmIngressProps> = {}): SwarmIngressProps => ({
  environment: "test",
  domain: "test.example.com",
  cloudflareZoneId: "0123456789abcdef0123456789abcdef",
  originIpv4s: ["192.0.2.1", "192.0.2.2"],
  ...overrides,
});

function buildIngress(overrides: Partial<SwarmIngressProps> = {}) {
  const stack = new TerraformStack(Testing.app(), "test");
  const ingress = new SwarmIngress(stack, "Ingress", ingressProps(overrides));
  return { ingress, json: synthJson(stack) };
}

describe("swarm machines apart from the ingress", () => {
  let synthesized: ReturnType<typeof synthApp> | undefined;
  const prodPlatform = () => (synthesized ??= synthApp()).json.get("prod-platform")!;

  it("builds a swarm that takes over nothing of a Cloudflare zone: no DNS record, certificate or zone setting", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    new SwarmCluster(stack, "Swarm", clusterProps);
    const json = synthJson(stack);
    expect(resourcesOf(json, "hcloud_server")).toHaveLength(3);
    for (const type of INGRESS_TYPES) expect({ type, resources: resourcesOf(json, type) }).toEqual({ type, resources: [] });
  });

  it("keeps the Terraform addresses the ingress resources had when SwarmCluster created them", () => {
    const stack = prodPlatform();
    // The swarm's records only (the platform stack also holds the Secrets UI's CNAME).
    const addresses = (type: string) => Object.keys(stack.resource[type] ?? {}).filter((id) => !id.startsWith("SecretsUi_")).sort();
    expect(addresses("cloudflare_dns_record")).toEqual([
      "Swarm_Dns-auth-Node1_98711EF4",
      "Swarm_Dns-auth-Node2_8816D0C1",
      "Swarm_Dns-auth-Node3_3DAF7018",
      "Swarm_Dns-backupAgent-Node1_36108C21",
      "Swarm_Dns-backupAgent-Node2_0695B4C4",
      "Swarm_Dns-backupAgent-Node3_E5764A7E",
      "Swarm_Dns-chat-Node1_E97567D6",
      "Swarm_Dns-chat-Node2_6F38E897",
      "Swarm_Dns-chat-Node3_18C867E9",
      "Swarm_Dns-files-Node1_CEC7273A",
      "Swarm_Dns-files-Node2_0FBD3193",
      "Swarm_Dns-files-Node3_83B62A11",
      "Swarm_Dns-monitor-Node1_0EA721EB",
      "Swarm_Dns-monitor-Node2_34458D02",
      "Swarm_Dns-monitor-Node3_23D0E493",
    ]);
    expect(addresses("cloudflare_origin_ca_certificate")).toEqual(["Swarm_OriginCertificate_6EC5D372"]);
    expect(addresses("tls_cert_request")).toEqual(["Swarm_OriginCertificate_Request_E8E7A12E"]);
    expect(addresses("tls_private_key")).toEqual(["Swarm_OriginCertificate_Key_5B09ABA2"]);
    expect(addresses("cloudflare_zone_setting")).toEqual(["Swarm_ZoneSslMode_79A494A1"]);
  });

  it("points each record at the node of the same index", () => {
    const stack = prodPlatform();
    for (const [id, record] of resourcesOf(stack, "cloudflare_dns_record").filter(([address]) => address.startsWith("Swarm_"))) {
      const node = /-Node(\d+)_/.exec(id)![1];
      expect(record.content).toMatch(new RegExp(`^\\$\\{hcloud_server\\.Swarm_Node${node}_[0-9A-F]{8}\\.ipv4_address\\}$`));
    }
  });
});

describe("SwarmIngress on its own", () => {
  it("points a proxied record per origin at each hostname and issues one origin certificate for all of them", () => {
    const { ingress, json } = buildIngress();
    expect(ingress.hostnames).toEqual({ chat: "chat.test.example.com", auth: "auth.test.example.com", monitor: "monitor.test.example.com", files: "files.test.example.com", backupAgent: "backup-agent.test.example.com" });
    const records = resourcesOf(json, "cloudflare_dns_record").map(([, record]) => record);
    expect(records).toHaveLength(10);
    expect(records.filter((record) => record.name === "chat.test.example.com").map((record) => record.content)).toEqual(["192.0.2.1", "192.0.2.2"]);
    for (const record of records) expect(record).toMatchObject({ type: "A", proxied: true, ttl: 1, zone_id: "0123456789abcdef0123456789abcdef" });
    const [[, certificate]] = resourcesOf(json, "cloudflare_origin_ca_certificate");
    expect(certificate.hostnames).toEqual(Object.values(ingress.hostnames));
    expect(ingress.originPrivateKeyPem).toMatch(/^\$\{TfToken\[TOKEN\.\d+\]\}$/);
  });

  it("leaves the zone's SSL mode alone when manageZoneSslMode is false, and sets Full (strict) by default", () => {
    expect(resourcesOf(buildIngress({ manageZoneSslMode: false }).json, "cloudflare_zone_setting")).toEqual([]);
    const [[, ssl]] = resourcesOf(buildIngress().json, "cloudflare_zone_setting");
    expect(ssl).toMatchObject({ setting_id: "ssl", value: "strict" });
  });

  it("rejects an origin certificate validity Cloudflare does not issue and malformed or repeated hostname labels, naming its path", () => {
    expect(() => buildIngress({ originCertificateValidityDays: 400 as never })).toThrow(/swarm-ingress "test\/Ingress": .*originCertificateValidityDays is 400; use one of 7, 30, 90, 365, 730, 1095, 5475/s);
    expect(() => buildIngress({ hostnameLabels: { chat: "Chat_App" } })).toThrow(/hostnameLabels\.chat is "Chat_App"/);
    expect(() => buildIngress({ hostnameLabels: { files: "chat" } })).toThrow(/hostnameLabels\.files is "chat"; give every app its own hostname label/);
  });

  it("rejects an ingress with no origin and a domain that is not a DNS name", () => {
    expect(() => buildIngress({ originIpv4s: [] })).toThrow(/originIpv4s is \[\]; give the public IPv4 of at least one node/);
    expect(() => buildIngress({ domain: "not a domain" })).toThrow(/domain is "not a domain"/);
  });
});
