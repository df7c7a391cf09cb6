import { Construct } from "constructs";
import { stringify } from "yaml";
import { markOwner } from "../lib/ownership";
import { overlayNetwork } from "./overlay";
import { ServiceConfigFile, ServiceSecret } from "./secrets";
import { platformService, ServicesContext } from "./service-defaults";

/** Traefik entrypoint every public router uses. */
export const WEBSECURE = "websecure";
/** Forward-auth (oauth2-proxy + Keycloak) middleware, defined in Traefik's file provider. */
export const FORWARD_AUTH_MIDDLEWARE = "platform-auth@file";
export const SECURITY_HEADERS_MIDDLEWARE = "security-headers@file";

export interface TraefikRoute {
  /** Router (and Traefik service) name; unique across the swarm, so it carries the environment. */
  readonly router: string;
  /** Traefik rule, e.g. ``Host(`chat.example.com`)``. */
  readonly rule: string;
  /** Port the container listens on. */
  readonly port: number;
  readonly middlewares?: readonly string[];
  /** Higher wins when two rules match. @default Traefik's (the rule's length) */
  readonly priority?: number;
}

/** Service labels that publish `routes` through Traefik's swarm provider, on HTTPS only. */
export function traefikLabels(network: string, routes: readonly TraefikRoute[]): Record<string, string> {
  const labels: Record<string, string> = { "traefik.enable": "true", "traefik.swarm.network": network };
  for (const route of routes) {
    const router = `traefik.http.routers.${route.router}`;
    labels[`${router}.rule`] = route.rule;
    labels[`${router}.entrypoints`] = WEBSECURE;
    labels[`${router}.tls`] = "true";
    labels[`${router}.service`] = route.router;
    if (route.middlewares?.length) labels[`${router}.middlewares`] = route.middlewares.join(",");
    if (route.priority !== undefined) labels[`${router}.priority`] = String(route.priority);
    labels[`traefik.http.services.${route.router}.loadbalancer.server.port`] = String(route.port);
  }
  return labels;
}

/** Paths of Traefik's dashboard and API; none collides with Netdata's `/api/v1|v2|v3`. */
export const TRAEFIK_DASHBOARD_PATHS = ["/dashboard/", "/api/overview", "/api/entrypoints", "/api/http/", "/api/tcp/", "/api/udp/", "/api/rawdata", "/api/version"] as const;

export interface TraefikIngressProps extends ServicesContext {
  /** Host the dashboard is served on (under TRAEFIK_DASHBOARD_PATHS), behind forward-auth. */
  readonly dashboardHostname: string;
  /** oauth2-proxy's auth endpoint, e.g. `http://dev-oauth2-proxy:4180/`. */
  readonly forwardAuthAddress: string;
  readonly originCertificatePem: string;
  readonly originPrivateKeyPem: string;
}

const CERT_FILE = "/run/secrets/origin-certificate.pem";
const KEY_FILE = "/run/secrets/origin-private-key.pem";

/**
 * Traefik on every node, binding 80/443 on the host (the Hetzner firewall admits those only from
 * Cloudflare), routing by service labels through the swarm provider, presenting the Cloudflare
 * origin certificate, redirecting HTTP to HTTPS. The Docker API reaches Traefik through a
 * read-only proxy on the managers, so the internet-facing container never holds the socket.
 */
export class TraefikIngress extends Construct {
  readonly serviceName: string;
  readonly dockerApiNetworkName: string;

  constructor(scope: Construct, id: string, props: TraefikIngressProps) {
    super(scope, id);
    markOwner(this, "traefik-ingress");
    const env = props.environment;
    this.serviceName = `${env}-traefik`;

    const dockerApiNetwork = overlayNetwork(this, "DockerApiNetwork", { name: `${env}-docker-api`, internal: true });
    this.dockerApiNetworkName = dockerApiNetwork.name;
    const dockerApiService = `${env}-docker-api`;
    platformService(this, "DockerApi", {
      name: dockerApiService,
      image: props.images.dockerApiProxy,
      replicas: "global",
      constraints: ["node.role==manager"],
      // Read-only endpoints Traefik's swarm provider lists; every write (POST, DELETE) is refused.
      env: { SERVICES: "1", TASKS: "1", NETWORKS: "1", NODES: "1", INFO: "1", VERSION: "1", PING: "1", POST: "0", LOG_LEVEL: "warning" },
      binds: [{ source: "/var/run/docker.sock", target: "/var/run/docker.sock", readOnly: true }],
      networks: [this.dockerApiNetworkName],
      healthcheck: { test: ["CMD-SHELL", "wget -qO /dev/null http://127.0.0.1:2375/_ping || exit 1"], startPeriodSec: 10 },
      resources: { cpus: 0.2, memoryMiB: 64 },
    });

    const certificate = new ServiceSecret(this, "OriginCertificate", { name: `${env}-origin-certificate`, value: props.originCertificatePem });
    const privateKey = new ServiceSecret(this, "OriginPrivateKey", { name: `${env}-origin-private-key`, value: props.originPrivateKeyPem });
    const dashboardRule = `Host(\`${props.dashboardHostname}\`) && (${TRAEFIK_DASHBOARD_PATHS.map((p) => `PathPrefix(\`${p}\`)`).join(" || ")})`;
    const dynamic = new ServiceConfigFile(this, "DynamicConfig", {
      name: `${env}-traefik-dynamic`,
      content: stringify(
        {
          http: {
            middlewares: {
              "platform-auth": {
                forwardAuth: {
                  address: props.forwardAuthAddress,
                  trustForwardHeader: true,
                  authResponseHeaders: ["X-Auth-Request-User", "X-Auth-Request-Email", "X-Auth-Request-Groups"],
                },
              },
              "security-headers": {
                headers: { stsSeconds: 31536000, stsIncludeSubdomains: false, contentTypeNosniff: true, referrerPolicy: "strict-origin-when-cross-origin" },
              },
            },
            routers: {
              [`${env}-traefik-dashboard`]: {
                rule: dashboardRule,
                entryPoints: [WEBSECURE],
                service: "api@internal",
                middlewares: [FORWARD_AUTH_MIDDLEWARE],
                priority: 500,
                tls: {},
              },
            },
          },
          tls: {
            options: { default: { minVersion: "VersionTLS12", sniStrict: true } },
            stores: { default: { defaultCertificate: { certFile: CERT_FILE, keyFile: KEY_FILE } } },
            certificates: [{ certFile: CERT_FILE, keyFile: KEY_FILE }],
          },
        },
        { lineWidth: 0 },
      ),
    });

    platformService(this, "Service", {
      name: this.serviceName,
      image: props.images.traefik,
      replicas: "global",
      args: [
        `--providers.swarm.endpoint=tcp://${dockerApiService}:2375`,
        "--providers.swarm.exposedByDefault=false",
        `--providers.swarm.network=${props.ingressNetwork}`,
        "--providers.file.directory=/etc/traefik/dynamic",
        "--entrypoints.web.address=:80",
        `--entrypoints.web.http.redirections.entrypoint.to=${WEBSECURE}`,
        "--entrypoints.web.http.redirections.entrypoint.scheme=https",
        `--entrypoints.${WEBSECURE}.address=:443`,
        `--entrypoints.${WEBSECURE}.http.tls=true`,
        `--entrypoints.${WEBSECURE}.http.middlewares=${SECURITY_HEADERS_MIDDLEWARE}`,
        // The dashboard is only reachable through the forward-auth router above; the insecure port stays off.
        "--api.dashboard=true",
        "--api.insecure=false",
        // Ping lives on the internal `traefik` entrypoint (:8080), which is never published.
        "--ping=true",
        "--log.level=INFO",
        "--accesslog=true",
        "--global.checkNewVersion=false",
        "--global.sendAnonymousUsage=false",
      ],
      ports: [
        { targetPort: 80, publishedPort: 80, protocol: "tcp", publishMode: "host" },
        { targetPort: 443, publishedPort: 443, protocol: "tcp", publishMode: "host" },
      ],
      secrets: [
        { secret: certificate, target: CERT_FILE },
        { secret: privateKey, target: KEY_FILE },
      ],
      configs: [{ config: dynamic, target: "/etc/traefik/dynamic/platform.yml" }],
      networks: [props.ingressNetwork, this.dockerApiNetworkName],
      healthcheck: { test: ["CMD", "traefik", "healthcheck", "--ping"], startPeriodSec: 15 },
      resources: { cpus: 0.5, memoryMiB: 256 },
      update: { order: "stop-first", reason: "host-mode ports 80/443: a second task on the same node cannot bind them; Cloudflare retries the other nodes meanwhile" },
    });
  }
}
