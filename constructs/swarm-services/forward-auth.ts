import { Construct } from "constructs";
import { markOwner } from "../lib/ownership";
import { REALM_CLIENT_IDS } from "./realm";
import { GeneratedSecret, ServiceConfigFile, ServiceSecret } from "./secrets";
import { platformService, ServicesContext } from "./service-defaults";
import { traefikLabels } from "./traefik";

export interface ForwardAuthProps extends ServicesContext {
  /** Parent domain the session cookie is shared on, e.g. `example.com`. */
  readonly domain: string;
  /** Hosts behind the forward-auth middleware; each gets the `/oauth2/` callback route. */
  readonly protectedHostnames: readonly string[];
  readonly issuerUrl: string;
  /** The `oauth2-proxy` client's secret (set by Keycloak's realm import). */
  readonly clientSecret: ServiceSecret;
  /** Keycloak group allowed through. */
  readonly allowedGroup: string;
}

/**
 * The `-alpine` image has no USER (oauth2-proxy v7.15.3 Dockerfile: `FROM ${RUNTIME_IMAGE}` =
 * alpine, no USER line), so it would run as root; only the distroless image runs as `nonroot`
 * (65532). The service sets this uid:gid explicitly: the proxy binds 4180 and writes nothing.
 */
const OAUTH2_PROXY_UID = "65532";
/**
 * oauth2-proxy 7.15.3 (pkg/encryption/utils.go, SecretBytes) first base64url-decodes the secret
 * and uses the decoded bytes when they are 16, 24 or 32 long; otherwise the raw string. 32
 * alphanumeric characters decode to 24 bytes: AES-192. 43 alphanumeric characters (all in the
 * base64url alphabet, ~256 bits) decode to 32 bytes: AES-256.
 */
export const COOKIE_SECRET_LENGTH = 43;
const PORT = 4180;

/**
 * oauth2-proxy as Traefik's forwardAuth target, with Keycloak as the OIDC provider: a request
 * to a protected host without a valid session is sent to Keycloak, and only members of the
 * admin group get through. Used for the Traefik dashboard, Netdata and the SeaweedFS filer UI.
 */
export class ForwardAuth extends Construct {
  /** Address for Traefik's forwardAuth middleware. */
  readonly authAddress: string;
  readonly serviceName: string;

  constructor(scope: Construct, id: string, props: ForwardAuthProps) {
    super(scope, id);
    markOwner(this, "forward-auth");
    const env = props.environment;
    this.serviceName = `${env}-oauth2-proxy`;
    this.authAddress = `http://${this.serviceName}:${PORT}/`;

    // 43 base64url characters → a 32-byte AES-256 key (see COOKIE_SECRET_LENGTH).
    const cookieSecret = new GeneratedSecret(this, "CookieSecret", { name: `${env}-forward-auth-cookie-secret`, length: COOKIE_SECRET_LENGTH, special: false });
    const cookieDomain = `.${props.domain}`;
    const toml = (value: string | readonly string[] | boolean) =>
      typeof value === "boolean" ? String(value) : Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(", ")}]` : JSON.stringify(value);
    const settings: Array<[string, string | readonly string[] | boolean]> = [
      ["http_address", `0.0.0.0:${PORT}`],
      ["reverse_proxy", true],
      ["provider", "keycloak-oidc"],
      ["provider_display_name", "Keycloak"],
      ["oidc_issuer_url", props.issuerUrl],
      ["client_id", REALM_CLIENT_IDS.forwardAuth],
      ["client_secret_file", "/run/secrets/forward-auth-client-secret"],
      ["cookie_secret_file", "/run/secrets/forward-auth-cookie-secret"],
      ["code_challenge_method", "S256"],
      ["scope", "openid email profile"],
      // The gate is group membership, from Keycloak's group mapper; nobody joins a group on their own.
      ["allowed_groups", [props.allowedGroup]],
      // The email address is never an authorization input here (any domain, no email list), so
      // whether Keycloak verified it does not matter. oauth2-proxy 7.15.3 (providers/provider_data.go,
      // buildSessionFromClaims) refuses an ID token whose `email_verified` is false unless this is
      // set, and the users an admin creates in Keycloak without SMTP are unverified: without it no
      // admin could pass forward-auth. Upstreams (Netdata, Traefik, the filer) ignore the email header.
      ["email_domains", ["*"]],
      ["insecure_oidc_allow_unverified_email", true],
      ["cookie_name", "_platform_auth"],
      ["cookie_domains", [cookieDomain]],
      ["whitelist_domains", [cookieDomain]],
      ["cookie_secure", true],
      ["cookie_samesite", "lax"],
      ["cookie_expire", "12h"],
      ["cookie_refresh", "1h"],
      // Forward-auth mode: answer 202 for an authorised request, redirect to Keycloak otherwise.
      ["upstreams", ["static://202"]],
      ["set_xauthrequest", true],
      ["skip_provider_button", true],
    ];
    const config = new ServiceConfigFile(this, "Config", {
      name: `${env}-oauth2-proxy-config`,
      content: `${settings.map(([key, value]) => `${key} = ${toml(value)}`).join("\n")}\n`,
    });

    platformService(this, "Service", {
      name: this.serviceName,
      image: props.images.oauth2Proxy,
      args: ["--config=/etc/oauth2-proxy/oauth2-proxy.cfg"],
      user: `${OAUTH2_PROXY_UID}:${OAUTH2_PROXY_UID}`,
      configs: [{ config, target: "/etc/oauth2-proxy/oauth2-proxy.cfg" }],
      secrets: [
        { secret: props.clientSecret, target: "/run/secrets/forward-auth-client-secret", uid: OAUTH2_PROXY_UID, gid: OAUTH2_PROXY_UID },
        { secret: cookieSecret.secret, target: "/run/secrets/forward-auth-cookie-secret", uid: OAUTH2_PROXY_UID, gid: OAUTH2_PROXY_UID },
      ],
      // The ingress network has egress: oauth2-proxy discovers Keycloak at its public issuer URL.
      networks: [props.ingressNetwork],
      labels: traefikLabels(props.ingressNetwork, [
        {
          router: `${env}-oauth2-callback`,
          rule: `(${props.protectedHostnames.map((host) => `Host(\`${host}\`)`).join(" || ")}) && PathPrefix(\`/oauth2/\`)`,
          port: PORT,
          priority: 1000,
        },
      ]),
      healthcheck: { test: ["CMD-SHELL", `wget -qO /dev/null http://127.0.0.1:${PORT}/ping || exit 1`], startPeriodSec: 20 },
      resources: { cpus: 0.25, memoryMiB: 128 },
    });
  }
}
