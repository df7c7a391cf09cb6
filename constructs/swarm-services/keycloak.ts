import { Construct } from "constructs";
import { markOwner } from "../lib/ownership";
import { platformRealm, REALM_SECRET_PLACEHOLDERS } from "./realm";
import { scriptConfig, secretFile } from "./mounts";
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
  /** Keycloak's database and the user owning it (the backup job dumps as this user). */
  readonly databaseName = "keycloak";
  readonly databaseUser = "keycloak";
  /** Stable name (before the rotation suffix) of the docker secret with the database user's password. */
  readonly databasePasswordSecretName: string;

  constructor(scope: Construct, id: string, props: KeycloakProps) {
    super(scope, id);
    markOwner(this, "keycloak");
    const env = props.environment;
    this.serviceName = `${env}-keycloak`;
    this.databaseServiceName = `${env}-keycloak-db`;
    this.realm = props.realm;
    this.issuerUrl = `https://${props.hostname}/realms/${props.realm}`;

    this.databasePasswordSecretName = `${env}-keycloak-db-password`;
    const dbPassword = new GeneratedSecret(this, "DbPassword", { name: this.databasePasswordSecretName });
    this.adminPassword = new GeneratedSecret(this, "AdminPassword", { name: `${env}-keycloak-admin-password` });
    this.rocketchatClientSecret = new GeneratedSecret(this, "RocketChatClientSecret", { name: `${env}-rocketchat-oidc-client-secret` });
    this.forwardAuthClientSecret = new GeneratedSecret(this, "ForwardAuthClientSecret", { name: `${env}-forward-auth-client-secret` });

    const dbPasswordForPostgres = secretFile(dbPassword.secret, "keycloak-db-password", { uid: POSTGRES_UID });
    platformService(this, "Database", {
      name: this.databaseServiceName,
      image: props.images.postgres,
      env: {
        POSTGRES_USER: this.databaseUser,
        POSTGRES_DB: this.databaseName,
        POSTGRES_PASSWORD_FILE: dbPasswordForPostgres.target,
        PGDATA: "/var/lib/postgresql/data/pgdata",
      },
      // The entrypoint reads the password file after dropping to the postgres user.
      secrets: [dbPasswordForPostgres],
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
    const entrypoint = scriptConfig(this, "Entrypoint", { name: `${env}-keycloak-entrypoint`, script: "keycloak-entrypoint.sh" });
    const owner = { uid: KEYCLOAK_UID };
    const dbPasswordFile = secretFile(dbPassword.secret, "keycloak-db-password", owner);
    const adminPasswordFile = secretFile(this.adminPassword.secret, "keycloak-admin-password", owner);
    const rocketchatSecretFile = secretFile(this.rocketchatClientSecret.secret, "rocketchat-oidc-client-secret", owner);
    const forwardAuthSecretFile = secretFile(this.forwardAuthClientSecret.secret, "forward-auth-client-secret", owner);
    platformService(this, "Service", {
      name: this.serviceName,
      image: props.images.keycloak,
      // The entrypoint exports the secrets, then runs the rest of the command: kc.sh with the args.
      command: ["/bin/bash", entrypoint.target, "/opt/keycloak/bin/kc.sh"],
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
      env: {
        KC_BOOTSTRAP_ADMIN_USERNAME: "admin",
        PLATFORM_KC_DB_PASSWORD_FILE: dbPasswordFile.target,
        PLATFORM_KC_BOOTSTRAP_ADMIN_PASSWORD_FILE: adminPasswordFile.target,
        PLATFORM_ROCKETCHAT_CLIENT_SECRET_FILE: rocketchatSecretFile.target,
        PLATFORM_ROCKETCHAT_SECRET_VARIABLE: REALM_SECRET_PLACEHOLDERS.rocketchat,
        PLATFORM_FORWARD_AUTH_CLIENT_SECRET_FILE: forwardAuthSecretFile.target,
        PLATFORM_FORWARD_AUTH_SECRET_VARIABLE: REALM_SECRET_PLACEHOLDERS.forwardAuth,
      },
      secrets: [dbPasswordFile, adminPasswordFile, rocketchatSecretFile, forwardAuthSecretFile],
      configs: [
        entrypoint,
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
