import { Construct } from "constructs";
import { markOwner } from "../lib/ownership";
import { platformRealm, REALM_SECRET_PLACEHOLDERS } from "./realm";
import { GeneratedSecret, ServiceConfigFile } from "./secrets";
import { onNode, ServicesContext, platformService } from "./service-defaults";
import { traefikLabels } from "./traefik";

export interface KeycloakProps extends ServicesContext {
  readonly hostname: string;
  readonly chatHostname: string;
  readonly forwardAuthHostnames: readonly string[];
  readonly secretsUiOrigins: readonly string[];
  readonly realm: string;
  readonly adminGroup: string;
  /** Node (index) that keeps the PostgreSQL volume. */
  readonly databaseNode: number;
}

const SECRETS_DIR = "/run/secrets";
const KEYCLOAK_UID = "1000";
const POSTGRES_UID = "999";

/**
 * Keycloak in production mode behind Traefik (TLS ends at Traefik; the hop to Keycloak runs on
 * the encrypted overlay), with its own PostgreSQL on a pinned volume, and the platform realm
 * imported on first start. The bootstrap admin password is generated; see the README for the
 * first login and for replacing the temporary admin.
 */
export class Keycloak extends Construct {
  /** `https://auth.<domain>/realms/<realm>`: the OIDC issuer the apps trust. */
  readonly issuerUrl: string;
  readonly realm: string;
  /** Client secrets the realm import sets; mounted into the apps that use the clients. */
  readonly rocketchatClientSecret: GeneratedSecret;
  readonly forwardAuthClientSecret: GeneratedSecret;
  readonly adminPassword: GeneratedSecret;
  readonly serviceName: string;
  readonly databaseServiceName: string;

  constructor(scope: Construct, id: string, props: KeycloakProps) {
    super(scope, id);
    markOwner(this, "keycloak");
    const env = props.environment;
    this.serviceName = `${env}-keycloak`;
    this.databaseServiceName = `${env}-keycloak-db`;
    this.realm = props.realm;
    this.issuerUrl = `https://${props.hostname}/realms/${props.realm}`;

    const dbPassword = new GeneratedSecret(this, "DbPassword", { name: `${env}-keycloak-db-password` });
    this.adminPassword = new GeneratedSecret(this, "AdminPassword", { name: `${env}-keycloak-admin-password` });
    this.rocketchatClientSecret = new GeneratedSecret(this, "RocketChatClientSecret", { name: `${env}-rocketchat-oidc-client-secret` });
    this.forwardAuthClientSecret = new GeneratedSecret(this, "ForwardAuthClientSecret", { name: `${env}-forward-auth-client-secret` });

    platformService(this, "Database", {
      name: this.databaseServiceName,
      image: props.images.postgres,
      env: {
        POSTGRES_USER: "keycloak",
        POSTGRES_DB: "keycloak",
        POSTGRES_PASSWORD_FILE: `${SECRETS_DIR}/keycloak-db-password`,
        PGDATA: "/var/lib/postgresql/data/pgdata",
      },
      // The entrypoint reads the password file after dropping to the postgres user.
      secrets: [{ secret: dbPassword.secret, target: `${SECRETS_DIR}/keycloak-db-password`, uid: POSTGRES_UID, gid: POSTGRES_UID }],
      volumes: [{ volume: `${env}-keycloak-db`, target: "/var/lib/postgresql/data" }],
      constraints: [onNode(props.databaseNode)],
      networks: [props.internalNetwork],
      endpointMode: "dnsrr",
      healthcheck: { test: ["CMD-SHELL", "pg_isready -h 127.0.0.1 -U keycloak -d keycloak"], startPeriodSec: 30 },
      resources: { cpus: 0.5, memoryMiB: 512 },
      update: { order: "stop-first", reason: "one PostgreSQL per data directory: a second postmaster on the same volume would corrupt it" },
      stopGracePeriodSec: 60,
    });

    const realmFile = new ServiceConfigFile(this, "Realm", {
      name: `${env}-keycloak-realm`,
      content: `${JSON.stringify(
        platformRealm({
          realm: props.realm,
          displayName: `Platform (${env})`,
          chatHostname: props.chatHostname,
          forwardAuthHostnames: props.forwardAuthHostnames,
          secretsUiOrigins: props.secretsUiOrigins,
          adminGroup: props.adminGroup,
        }),
        null,
        2,
      )}\n`,
    });
    const entrypoint = new ServiceConfigFile(this, "Entrypoint", {
      name: `${env}-keycloak-entrypoint`,
      content: [
        "#!/bin/bash",
        "# Moves the docker secrets Keycloak can only read from its environment (the database",
        "# password, the bootstrap admin password, the realm import's client secrets) into the",
        "# environment of this process, then becomes kc.sh. The service spec never holds them.",
        "set -euo pipefail",
        `export KC_DB_PASSWORD="$(< ${SECRETS_DIR}/keycloak-db-password)"`,
        `export KC_BOOTSTRAP_ADMIN_PASSWORD="$(< ${SECRETS_DIR}/keycloak-admin-password)"`,
        `export ${REALM_SECRET_PLACEHOLDERS.rocketchat}="$(< ${SECRETS_DIR}/rocketchat-oidc-client-secret)"`,
        `export ${REALM_SECRET_PLACEHOLDERS.forwardAuth}="$(< ${SECRETS_DIR}/forward-auth-client-secret)"`,
        'exec /opt/keycloak/bin/kc.sh "$@"',
        "",
      ].join("\n"),
    });

    const keycloakSecret = (secret: GeneratedSecret, file: string) => ({ secret: secret.secret, target: `${SECRETS_DIR}/${file}`, uid: KEYCLOAK_UID, gid: KEYCLOAK_UID });
    platformService(this, "Service", {
      name: this.serviceName,
      image: props.images.keycloak,
      command: ["/bin/bash", "/opt/platform/keycloak-entrypoint.sh"],
      args: [
        "start",
        "--import-realm",
        `--hostname=https://${props.hostname}`,
        "--proxy-headers=xforwarded",
        "--http-enabled=true",
        "--http-port=8080",
        "--health-enabled=true",
        "--db=postgres",
        `--db-url=jdbc:postgresql://${this.databaseServiceName}:5432/keycloak`,
        "--db-username=keycloak",
      ],
      env: { KC_BOOTSTRAP_ADMIN_USERNAME: "admin" },
      secrets: [
        keycloakSecret(dbPassword, "keycloak-db-password"),
        keycloakSecret(this.adminPassword, "keycloak-admin-password"),
        keycloakSecret(this.rocketchatClientSecret, "rocketchat-oidc-client-secret"),
        keycloakSecret(this.forwardAuthClientSecret, "forward-auth-client-secret"),
      ],
      configs: [
        { config: entrypoint, target: "/opt/platform/keycloak-entrypoint.sh", mode: 0o555 },
        { config: realmFile, target: `/opt/keycloak/data/import/${props.realm}-realm.json` },
      ],
      networks: [props.ingressNetwork, props.internalNetwork],
      labels: traefikLabels(props.ingressNetwork, [{ router: `${env}-keycloak`, rule: `Host(\`${props.hostname}\`)`, port: 8080 }]),
      // The image has no curl; bash's /dev/tcp asks the management port (9000, never routed) for readiness.
      healthcheck: {
        test: ["CMD-SHELL", "exec 3<>/dev/tcp/127.0.0.1/9000 && printf 'GET /health/ready HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && grep -q '\"status\": *\"UP\"' <&3"],
        startPeriodSec: 180,
      },
      resources: { cpus: 1, memoryMiB: 1024, reservedMemoryMiB: 512 },
      convergeTimeoutSec: 600,
    });
  }
}
