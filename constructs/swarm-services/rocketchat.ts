import { Construct } from "constructs";
import { markOwner } from "../lib/ownership";
import { REALM_CLIENT_IDS, ROCKETCHAT_OAUTH_SERVICE } from "./realm";
import { scriptConfig, secretFile } from "./mounts";
import { GeneratedSecret, ServiceSecret } from "./secrets";
import { platformService, ServicesContext } from "./service-defaults";
import { traefikLabels } from "./traefik";

export interface RocketChatProps extends ServicesContext {
  readonly hostname: string;
  /** Mongo replica set: members (`host:port`), set name, and the `rocketchat` user's password. */
  readonly mongo: { readonly memberHosts: readonly string[]; readonly replicaSetName: string; readonly user: string; readonly database: string; readonly password: ServiceSecret };
  /** Keycloak: public base URL, realm, and the `rocketchat` client's secret. */
  readonly oidc: { readonly baseUrl: string; readonly realm: string; readonly clientSecret: ServiceSecret };
  /** SeaweedFS S3 gateway for uploads. */
  readonly s3: { readonly endpoint: string; readonly bucket: string; readonly accessKeyId: string; readonly secretAccessKey: ServiceSecret };
}

const PORT = 3000;

/**
 * Rocket.Chat on the replica set, at `https://chat.<domain>`, with Keycloak as its OAuth login
 * and uploads in SeaweedFS through S3 (proxied by Rocket.Chat, so the bucket is never public).
 * The first admin is created at first start with a generated password, so the setup wizard is
 * never left open on the internet.
 */
export class RocketChat extends Construct {
  readonly serviceName: string;
  readonly url: string;
  readonly adminPassword: GeneratedSecret;

  constructor(scope: Construct, id: string, props: RocketChatProps) {
    super(scope, id);
    markOwner(this, "rocketchat");
    const env = props.environment;
    this.serviceName = `${env}-rocketchat`;
    this.url = `https://${props.hostname}`;
    this.adminPassword = new GeneratedSecret(this, "AdminPassword", { name: `${env}-rocketchat-admin-password` });

    const oauth = `Accounts_OAuth_Custom_${ROCKETCHAT_OAUTH_SERVICE}`;
    const protocol = `/realms/${props.oidc.realm}/protocol/openid-connect`;
    const entrypoint = scriptConfig(this, "Entrypoint", { name: `${env}-rocketchat-entrypoint`, script: "rocketchat-entrypoint.sh" });
    // The image's user id is not part of its contract; these files are visible inside this container only.
    const readable = { mode: 0o444 };
    const mongoPasswordFile = secretFile(props.mongo.password, "mongo-rocketchat-password", readable);
    const oauthSecretFile = secretFile(props.oidc.clientSecret, "rocketchat-oidc-client-secret", readable);
    const s3SecretFile = secretFile(props.s3.secretAccessKey, "seaweedfs-s3-secret-key", readable);
    const adminPasswordFile = secretFile(this.adminPassword.secret, "rocketchat-admin-password", readable);
    platformService(this, "Service", {
      name: this.serviceName,
      image: props.images.rocketchat,
      // The entrypoint exports the values read from the secrets, then runs the image's own command.
      command: ["/bin/sh", entrypoint.target],
      args: ["node", "main.js"],
      env: {
        // Read by the entrypoint (paths and non-secret parts only).
        PLATFORM_MONGO_USER: props.mongo.user,
        PLATFORM_MONGO_HOSTS: props.mongo.memberHosts.join(","),
        PLATFORM_MONGO_DATABASE: props.mongo.database,
        PLATFORM_MONGO_OPTIONS: `replicaSet=${props.mongo.replicaSetName}&authSource=${props.mongo.database}`,
        PLATFORM_MONGO_PASSWORD_FILE: mongoPasswordFile.target,
        PLATFORM_OAUTH_CLIENT_SECRET_FILE: oauthSecretFile.target,
        PLATFORM_OAUTH_SECRET_VARIABLE: `${oauth}_secret`,
        PLATFORM_S3_SECRET_KEY_FILE: s3SecretFile.target,
        PLATFORM_ADMIN_PASSWORD_FILE: adminPasswordFile.target,
        ROOT_URL: this.url,
        PORT: String(PORT),
        DEPLOY_METHOD: "docker",
        // First start: create the admin (password from the secret) and skip the public setup wizard.
        ADMIN_USERNAME: "admin",
        ADMIN_EMAIL: `admin@${props.hostname}`,
        OVERWRITE_SETTING_Show_Setup_Wizard: "completed",
        OVERWRITE_SETTING_Accounts_RegistrationForm: "Disabled",
        // Login through Keycloak (Rocket.Chat registers a custom OAuth service from these at start).
        [oauth]: "true",
        [`${oauth}_url`]: props.oidc.baseUrl,
        [`${oauth}_token_path`]: `${protocol}/token`,
        [`${oauth}_identity_path`]: `${protocol}/userinfo`,
        [`${oauth}_authorize_path`]: `${protocol}/auth`,
        [`${oauth}_scope`]: "openid email profile",
        [`${oauth}_id`]: REALM_CLIENT_IDS.rocketchat,
        [`${oauth}_token_sent_via`]: "header",
        [`${oauth}_identity_token_sent_via`]: "header",
        [`${oauth}_login_style`]: "redirect",
        [`${oauth}_button_label_text`]: "Sign in with Keycloak",
        [`${oauth}_key_field`]: "username",
        [`${oauth}_username_field`]: "preferred_username",
        [`${oauth}_email_field`]: "email",
        [`${oauth}_name_field`]: "name",
        // Never link a Keycloak login to an existing Rocket.Chat account. Rocket.Chat's custom OAuth
        // (apps/meteor/app/custom-oauth/server/custom_oauth_server.ts, addHookToProcessUser) looks
        // the local user up by `key_field`, here the Keycloak username, which a realm admin chooses
        // freely: with merge_users a Keycloak user named `admin` became the break-glass admin. With
        // it off, such a login fails with "User with username admin already exists" instead.
        // (Rocket.Chat reads both as `=== "true"`.)
        [`${oauth}_merge_users`]: "false",
        [`${oauth}_merge_users_distinct_services`]: "false",
        [`${oauth}_show_button`]: "true",
        // Uploads in SeaweedFS; Rocket.Chat proxies them, so the S3 gateway stays internal.
        OVERWRITE_SETTING_FileUpload_Storage_Type: "AmazonS3",
        OVERWRITE_SETTING_FileUpload_S3_Bucket: props.s3.bucket,
        OVERWRITE_SETTING_FileUpload_S3_AWSAccessKeyId: props.s3.accessKeyId,
        OVERWRITE_SETTING_FileUpload_S3_BucketURL: props.s3.endpoint,
        OVERWRITE_SETTING_FileUpload_S3_Region: "us-east-1",
        OVERWRITE_SETTING_FileUpload_S3_ForcePathStyle: "true",
        OVERWRITE_SETTING_FileUpload_S3_SignatureVersion: "v4",
        OVERWRITE_SETTING_FileUpload_S3_Proxy_Uploads: "true",
        OVERWRITE_SETTING_FileUpload_S3_Proxy_Avatars: "true",
      },
      configs: [entrypoint],
      secrets: [mongoPasswordFile, oauthSecretFile, s3SecretFile, adminPasswordFile],
      networks: [props.ingressNetwork, props.internalNetwork],
      labels: traefikLabels(props.ingressNetwork, [{ router: `${env}-chat`, rule: `Host(\`${props.hostname}\`)`, port: PORT }]),
      healthcheck: {
        test: ["CMD", "node", "-e", `require("http").get("http://127.0.0.1:${PORT}/api/info", (r) => process.exit(r.statusCode === 200 ? 0 : 1)).on("error", () => process.exit(1))`],
        startPeriodSec: 300,
      },
      resources: { cpus: 1.5, memoryMiB: 1536, reservedMemoryMiB: 768 },
      // First start runs the database migrations.
      convergeTimeoutSec: 900,
    });
  }
}
