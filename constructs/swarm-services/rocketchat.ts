import { Construct } from "constructs";
import { markOwner } from "../lib/ownership";
import { REALM_CLIENT_IDS, ROCKETCHAT_OAUTH_SERVICE } from "./realm";
import { GeneratedSecret, ServiceConfigFile, ServiceSecret } from "./secrets";
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

const SECRETS_DIR = "/run/secrets";
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
    const mongoQuery = `replicaSet=${props.mongo.replicaSetName}&authSource=${props.mongo.database}`;
    const entrypoint = new ServiceConfigFile(this, "Entrypoint", {
      name: `${env}-rocketchat-entrypoint`,
      content: [
        "#!/bin/sh",
        "# Rocket.Chat takes these only from its environment: read them from the docker secrets",
        "# into this process's environment, then become Rocket.Chat. The service spec never holds them.",
        "set -eu",
        `secret() { cat "${SECRETS_DIR}/$1"; }`,
        `export MONGO_URL="mongodb://${props.mongo.user}:$(secret mongo-rocketchat-password)@${props.mongo.memberHosts.join(",")}/${props.mongo.database}?${mongoQuery}"`,
        `export ${oauth}_secret="$(secret rocketchat-oidc-client-secret)"`,
        'export OVERWRITE_SETTING_FileUpload_S3_AWSSecretAccessKey="$(secret seaweedfs-s3-secret-key)"',
        'export ADMIN_PASS="$(secret rocketchat-admin-password)"',
        "exec node main.js",
        "",
      ].join("\n"),
    });

    // The image's user id is not part of its contract; these files are visible inside this container only.
    const readable = (secret: ServiceSecret, file: string) => ({ secret, target: `${SECRETS_DIR}/${file}`, mode: 0o444 });
    platformService(this, "Service", {
      name: this.serviceName,
      image: props.images.rocketchat,
      command: ["/bin/sh", "/opt/platform/rocketchat-entrypoint.sh"],
      env: {
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
      configs: [{ config: entrypoint, target: "/opt/platform/rocketchat-entrypoint.sh", mode: 0o555 }],
      secrets: [
        readable(props.mongo.password, "mongo-rocketchat-password"),
        readable(props.oidc.clientSecret, "rocketchat-oidc-client-secret"),
        readable(props.s3.secretAccessKey, "seaweedfs-s3-secret-key"),
        readable(this.adminPassword.secret, "rocketchat-admin-password"),
      ],
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
