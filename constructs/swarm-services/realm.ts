/**
 * The platform realm Keycloak imports on its first start, generated here so clients and
 * redirect URIs follow the hostnames. Client secrets are `${ENV}` placeholders that Keycloak
 * resolves at import from its environment (filled from docker secrets by its entrypoint
 * wrapper): the file, the docker config and the synthesized JSON never hold a secret.
 */
export const REALM_CLIENT_IDS = { rocketchat: "rocketchat", forwardAuth: "oauth2-proxy", secretsUi: "secrets-ui" } as const;

/** Environment variables the realm file reads its client secrets from. */
export const REALM_SECRET_PLACEHOLDERS = {
  rocketchat: "PLATFORM_ROCKETCHAT_CLIENT_SECRET",
  forwardAuth: "PLATFORM_FORWARD_AUTH_CLIENT_SECRET",
} as const;

/** Rocket.Chat's custom OAuth service name; its callback is `/_oauth/<lowercase name>`. */
export const ROCKETCHAT_OAUTH_SERVICE = "Keycloak";

export interface RealmSpec {
  readonly realm: string;
  readonly displayName: string;
  /** Public hostnames: the chat app and the hosts behind forward-auth. */
  readonly chatHostname: string;
  readonly forwardAuthHostnames: readonly string[];
  /** Origins (`https://host`) the Secrets UI is served from. */
  readonly secretsUiOrigins: readonly string[];
  /** Realm group whose members may use the forward-auth protected admin UIs. */
  readonly adminGroup: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const placeholder = (name: string) => `\${${name}}`;

export function platformRealm(spec: RealmSpec): { [key: string]: Json } {
  const chat = `https://${spec.chatHostname}`;
  return {
    realm: spec.realm,
    displayName: spec.displayName,
    enabled: true,
    sslRequired: "external",
    registrationAllowed: false,
    resetPasswordAllowed: false,
    rememberMe: false,
    loginWithEmailAllowed: true,
    duplicateEmailsAllowed: false,
    bruteForceProtected: true,
    failureFactor: 10,
    passwordPolicy: "length(12) and notUsername and notEmail",
    accessTokenLifespan: 300,
    ssoSessionIdleTimeout: 1800,
    ssoSessionMaxLifespan: 36000,
    groups: [{ name: spec.adminGroup, path: `/${spec.adminGroup}` }],
    clients: [
      {
        clientId: REALM_CLIENT_IDS.rocketchat,
        name: "Rocket.Chat",
        protocol: "openid-connect",
        publicClient: false,
        clientAuthenticatorType: "client-secret",
        secret: placeholder(REALM_SECRET_PLACEHOLDERS.rocketchat),
        standardFlowEnabled: true,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        serviceAccountsEnabled: false,
        rootUrl: chat,
        redirectUris: [`${chat}/_oauth/${ROCKETCHAT_OAUTH_SERVICE.toLowerCase()}`],
        webOrigins: [chat],
        attributes: { "post.logout.redirect.uris": `${chat}/*` },
      },
      {
        clientId: REALM_CLIENT_IDS.forwardAuth,
        name: "Admin UIs (forward-auth)",
        protocol: "openid-connect",
        publicClient: false,
        clientAuthenticatorType: "client-secret",
        secret: placeholder(REALM_SECRET_PLACEHOLDERS.forwardAuth),
        standardFlowEnabled: true,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        serviceAccountsEnabled: false,
        redirectUris: spec.forwardAuthHostnames.map((host) => `https://${host}/oauth2/callback`),
        webOrigins: spec.forwardAuthHostnames.map((host) => `https://${host}`),
        attributes: { "pkce.code.challenge.method": "S256" },
        protocolMappers: [
          {
            // oauth2-proxy's keycloak-oidc provider rejects tokens whose audience is not its client id.
            name: "audience",
            protocol: "openid-connect",
            protocolMapper: "oidc-audience-mapper",
            config: { "included.client.audience": REALM_CLIENT_IDS.forwardAuth, "id.token.claim": "true", "access.token.claim": "true" },
          },
          {
            name: "groups",
            protocol: "openid-connect",
            protocolMapper: "oidc-group-membership-mapper",
            config: { "claim.name": "groups", "full.path": "false", "id.token.claim": "true", "access.token.claim": "true", "userinfo.token.claim": "true" },
          },
        ],
      },
      {
        clientId: REALM_CLIENT_IDS.secretsUi,
        name: "Secrets UI",
        protocol: "openid-connect",
        // A browser app cannot keep a secret: a public client with PKCE.
        publicClient: true,
        standardFlowEnabled: true,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        redirectUris: spec.secretsUiOrigins.map((origin) => `${origin}/*`),
        webOrigins: [...spec.secretsUiOrigins],
        attributes: { "pkce.code.challenge.method": "S256", "post.logout.redirect.uris": spec.secretsUiOrigins.map((origin) => `${origin}/*`).join("##") },
        // The Secrets UI admits members of the admin group only; it reads `groups` from user info
        // (runtime/secrets-ui/auth.ts). Without this mapper Keycloak sends no groups and nobody gets in.
        protocolMappers: [
          {
            name: "groups",
            protocol: "openid-connect",
            protocolMapper: "oidc-group-membership-mapper",
            config: { "claim.name": "groups", "full.path": "false", "id.token.claim": "true", "access.token.claim": "true", "userinfo.token.claim": "true" },
          },
        ],
      },
    ],
  };
}
