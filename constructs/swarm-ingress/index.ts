import { DnsRecord } from "@cdktf/provider-cloudflare/lib/dns-record";
import { ZoneSetting } from "@cdktf/provider-cloudflare/lib/zone-setting";
import { Construct } from "constructs";
import { markOwner } from "../lib/ownership";
import { isHostname, isNonEmptyString, matches, Problems } from "../lib/validate";
import { ORIGIN_CERTIFICATE_VALIDITY_DAYS, OriginCertificate, OriginCertificateValidityDays } from "./origin-certificate";
import { connects, NODES } from "../lib/guardrails/connections";

export { ORIGIN_CERTIFICATE_VALIDITY_DAYS, OriginCertificate, OriginCertificateProps, OriginCertificateValidityDays } from "./origin-certificate";

/** The public apps behind Traefik, by role; each becomes `<label>.<domain>`. */
export interface SwarmHostnames {
  readonly chat: string;
  readonly auth: string;
  readonly monitor: string;
  readonly files: string;
  /** The backup agent (constructs/swarm-services/backup-agent.ts): only the backup function's identity token gets past it. */
  readonly backupAgent: string;
}

export interface SwarmIngressProps {
  /** `dev`, `staging` or `prod`: named in every record's comment. */
  readonly environment: string;
  /** DNS zone of the public hostnames, e.g. `example.com`. */
  readonly domain: string;
  /** Cloudflare zone id of `domain`. */
  readonly cloudflareZoneId: string;
  /**
   * Public IPv4 of every node Traefik listens on, in node order (`SwarmCluster.nodes`): each
   * hostname gets one proxied A record per address, record n named `...-Node<n>`.
   */
  readonly originIpv4s: readonly string[];
  /**
   * First labels of the public app hostnames.
   * @default - chat, auth, monitor, files, backup-agent
   */
  readonly hostnameLabels?: Partial<SwarmHostnames>;
  /**
   * Validity of the Cloudflare origin certificate Traefik presents, in days (7, 30, 90, 365, 730, 1095 or 5475).
   * @default 5475 - Cloudflare's default; rotation is a deliberate day-2 step (see README)
   */
  readonly originCertificateValidityDays?: OriginCertificateValidityDays;
  /**
   * Set the zone's SSL/TLS mode to Full (strict), so Cloudflare verifies the origin certificate.
   * This is zone-wide: leave it off when the zone's setting is managed elsewhere.
   * @default true - "Flexible" would loop on Traefik's HTTP to HTTPS redirect, "Full" would not verify the origin
   */
  readonly manageZoneSslMode?: boolean;
}

export const DEFAULT_HOSTNAME_LABELS: SwarmHostnames = { chat: "chat", auth: "auth", monitor: "monitor", files: "files", backupAgent: "backup-agent" };

/**
 * The public way into a swarm through Cloudflare: the app hostnames as proxied DNS records on
 * every node, the Cloudflare origin certificate Traefik presents for them and, unless told
 * otherwise, the zone's SSL mode. Separate from `SwarmCluster` so a swarm can run without taking
 * over a zone's DNS and TLS settings.
 */
export class SwarmIngress extends Construct {
  /** The public app hostnames (`chat.<domain>`, ...), each a proxied DNS name for the ingress. */
  readonly hostnames: SwarmHostnames;
  /** Cloudflare Origin CA certificate (PEM) for Traefik. */
  readonly originCertificatePem: string;
  /** Private key (PEM) of the origin certificate; sensitive, from the tls provider. */
  readonly originPrivateKeyPem: string;

  constructor(scope: Construct, id: string, props: SwarmIngressProps) {
    super(scope, id);
    markOwner(this, "swarm-ingress");
    validate(this.node.path, props);

    const labelsByRole = { ...DEFAULT_HOSTNAME_LABELS, ...props.hostnameLabels };
    const hostnames = Object.fromEntries(Object.entries(labelsByRole).map(([role, label]) => [role, `${label}.${props.domain}`])) as unknown as SwarmHostnames;
    for (const [role, hostname] of Object.entries(hostnames)) {
      // One proxied record per node: Cloudflare spreads requests over them and retries another
      // node when one fails, so no single node is the only way in.
      props.originIpv4s.forEach((ipv4, position) => {
        new DnsRecord(this, `Dns-${role}-Node${position + 1}`, {
          zoneId: props.cloudflareZoneId,
          name: hostname,
          type: "A",
          content: ipv4,
          proxied: true,
          ttl: 1,
          comment: `${props.environment} swarm ingress (${role}) via node ${position + 1}`,
        });
      });
    }

    const origin = new OriginCertificate(this, "OriginCertificate", {
      hostnames: Object.values(hostnames),
      validityDays: props.originCertificateValidityDays ?? 5475,
    });
    if (props.manageZoneSslMode ?? true) {
      const sslMode = new ZoneSetting(this, "ZoneSslMode", { zoneId: props.cloudflareZoneId, settingId: "ssl", value: {} });
      // The provider types `value` as a map; the ssl setting takes a plain string.
      sslMode.addOverride("value", "strict");
    }

    this.hostnames = hostnames;
    this.originCertificatePem = origin.certificatePem;
    this.originPrivateKeyPem = origin.privateKeyPem;
    connects(this, NODES.cloudflareDns, "proxied DNS records, origin certificate");
  }
}

function validate(path: string, props: SwarmIngressProps): void {
  const problems = new Problems(`swarm-ingress "${path}"`);
  problems.check(isNonEmptyString(props.environment), "environment", props.environment, "give the environment name, e.g. \"prod\"");
  problems.check(isHostname(props.domain), "domain", props.domain, "give a DNS name such as \"example.com\"");
  problems.check(isNonEmptyString(props.cloudflareZoneId), "cloudflareZoneId", props.cloudflareZoneId, "give the zone id of domain");
  problems.check(Array.isArray(props.originIpv4s) && props.originIpv4s.length > 0, "originIpv4s", props.originIpv4s, "give the public IPv4 of at least one node (SwarmCluster.nodes[n].publicIpv4)");
  const labels = Object.entries({ ...DEFAULT_HOSTNAME_LABELS, ...props.hostnameLabels });
  for (const [role, label] of labels) {
    problems.check(matches(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, label), `hostnameLabels.${role}`, label, "give one lowercase DNS label such as \"chat\"");
  }
  const repeated = labels.find(([, label], index) => labels.findIndex(([, other]) => other === label) !== index);
  if (repeated) problems.add(`hostnameLabels.${repeated[0]}`, repeated[1], "give every app its own hostname label");
  if (props.originCertificateValidityDays !== undefined) {
    problems.check(
      (ORIGIN_CERTIFICATE_VALIDITY_DAYS as readonly number[]).includes(props.originCertificateValidityDays),
      "originCertificateValidityDays",
      props.originCertificateValidityDays,
      `use one of ${ORIGIN_CERTIFICATE_VALIDITY_DAYS.join(", ")} (the validities Cloudflare's Origin CA issues)`,
    );
  }
  problems.throwIfAny();
}
