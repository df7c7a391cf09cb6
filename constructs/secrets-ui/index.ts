import { DnsRecord } from "@cdktf/provider-cloudflare/lib/dns-record";
import { FirestoreIndex } from "@cdktf/provider-google/lib/firestore-index";
import { ProjectIamMember } from "@cdktf/provider-google/lib/project-iam-member";
import { ServiceAccount } from "@cdktf/provider-google/lib/service-account";
import { ServiceAccountKey } from "@cdktf/provider-google/lib/service-account-key";
import { Password } from "@cdktf/provider-random/lib/password";
import { AssetType, Fn, TerraformAsset, Token } from "cdktf";
import { Construct } from "constructs";
import { DataVercelPrebuiltProject } from "../../.gen/providers/vercel/data-vercel-prebuilt-project";
import { Deployment } from "../../.gen/providers/vercel/deployment";
import { Project } from "../../.gen/providers/vercel/project";
import { ProjectDomain } from "../../.gen/providers/vercel/project-domain";
import { ProjectEnvironmentVariable } from "../../.gen/providers/vercel/project-environment-variable";
import { connects, NODES } from "../lib/guardrails/connections";
import { markOwner } from "../lib/ownership";
import { isHostname, isNonEmptyString, isUnresolved, Problems } from "../lib/validate";
import { COLLECTION, ENV, type ExpectedSecret, KV_KEY_NAME_PATTERN, WORKER_ID_PATTERN } from "../../runtime/secrets-ui/contract";
import { buildSecretsUi } from "./build";

export { ragBridgeSecrets, webhookIngestSecrets, type ExpectedSecret } from "../../runtime/secrets-ui/contract";

export interface SecretsUiWorker {
  /** Stable id in URLs and audit entries, e.g. `aircall-ingest` (`[a-z0-9-]+`). */
  readonly id: string;
  readonly title: string;
  /** The Worker's own KV secrets namespace (e.g. `WebhookIngestWorker.secretsNamespaceId`). */
  readonly namespaceId: string;
  /** What its runtime reads (e.g. `webhookIngestSecrets(worker.secretKeys)`). */
  readonly secrets: readonly ExpectedSecret[];
}

export interface SecretsUiProps {
  /** `dev`, `staging` or `prod`: prefixes every name. */
  readonly environment: string;
  readonly cloudflareAccountId: string;
  /** Zone of `hostname`. */
  readonly cloudflareZoneId: string;
  /** Custom domain of the app, e.g. `secrets.example.com` (a DNS-only CNAME to Vercel). */
  readonly hostname: string;
  /** The Workers it manages; each has its own namespace. */
  readonly workers: readonly SecretsUiWorker[];
  /**
   * Cloudflare API token the app uses for the KV REST API (Workers KV Storage Edit). Cloudflare
   * scopes KV permissions to an account, not to namespaces; the app touches only `workers`' namespaces.
   * Pass a sensitive variable's value; it only ever reaches a sensitive Vercel variable.
   */
  readonly kvApiToken: string;
  readonly oidc: {
    /** `https://<keycloak>/realms/<realm>`. */
    readonly issuerUrl: string;
    /** @default "secrets-ui" - the realm's client (constructs/swarm-services/realm.ts) */
    readonly clientId?: string;
    /** Client secret of a confidential client (sensitive). @default - a public client, PKCE only */
    readonly clientSecret?: string;
    /** @default "platform-admins" - the realm's admin group */
    readonly allowedGroup?: string;
  };
  readonly gcpProjectId: string;
  /** Firestore database of the audit trail and version records. @default "(default)" */
  readonly firestoreDatabase?: string;
  /** Vercel team id. @default - the API token's default scope */
  readonly vercelTeamId?: string;
}

/**
 * The Secrets UI: a Vercel project running the app built locally (esbuild → Build Output API v3,
 * deployed through `vercel_prebuilt_project`, so Vercel builds nothing), its custom domain with a
 * Cloudflare DNS record, and its settings as Vercel environment variables — the secret ones
 * (KV token, OIDC client secret, session secret, Firestore key) as sensitive variables fed by
 * references, never literals. Its own Google service account writes the audit trail.
 */
export class SecretsUi extends Construct {
  readonly url: string;
  readonly project: Project;
  readonly deployment: Deployment;
  /** Hash of the built output (changes only when the app's sources do). */
  readonly buildHash: string;
  readonly serviceAccountEmail: string;

  constructor(scope: Construct, id: string, props: SecretsUiProps) {
    super(scope, id);
    validate(this.node.path, props);
    markOwner(this, "secrets-ui");
    const name = `${props.environment}-secrets-ui`;
    const origin = `https://${props.hostname}`;
    this.url = origin;

    const build = buildSecretsUi();
    this.buildHash = build.hash;
    const asset = new TerraformAsset(this, "Build", { path: build.dir, type: AssetType.DIRECTORY, assetHash: build.hash });
    const prebuilt = new DataVercelPrebuiltProject(this, "Prebuilt", { path: asset.path });

    this.project = new Project(this, "Project", { name, teamId: props.vercelTeamId });

    const account = new ServiceAccount(this, "AuditWriter", { project: props.gcpProjectId, accountId: name, displayName: `Secrets UI (${props.environment}): version records and audit trail` });
    this.serviceAccountEmail = account.email;
    new ProjectIamMember(this, "AuditWriterRole", { project: props.gcpProjectId, role: "roles/datastore.user", member: `serviceAccount:${account.email}` });
    const key = new ServiceAccountKey(this, "AuditWriterKey", { serviceAccountId: account.name });
    // The per-Worker audit view filters on workerId and orders by time: Firestore needs this index.
    new FirestoreIndex(this, "AuditByWorker", {
      project: props.gcpProjectId,
      database: props.firestoreDatabase ?? "(default)",
      collection: COLLECTION.audit,
      fields: [
        { fieldPath: "workerId", order: "ASCENDING" },
        { fieldPath: "at", order: "DESCENDING" },
      ],
    });
    const sessionSecret = new Password(this, "SessionSecret", { length: 48, special: false });

    const workers = props.workers.map((worker) => ({ id: worker.id, title: worker.title, namespaceId: worker.namespaceId, secrets: worker.secrets.map((secret) => ({ ...secret })) }));
    const settings: Array<[string, string, boolean]> = [
      [ENV.environment, props.environment, false],
      [ENV.publicOrigin, origin, false],
      [ENV.workers, Fn.jsonencode(workers), false],
      [ENV.oidcIssuer, props.oidc.issuerUrl, false],
      [ENV.oidcClientId, props.oidc.clientId ?? "secrets-ui", false],
      [ENV.oidcAllowedGroup, props.oidc.allowedGroup ?? "platform-admins", false],
      [ENV.cloudflareAccountId, props.cloudflareAccountId, false],
      [ENV.firestoreProjectId, props.gcpProjectId, false],
      [ENV.firestoreDatabase, props.firestoreDatabase ?? "(default)", false],
      [ENV.cloudflareApiToken, props.kvApiToken, true],
      [ENV.sessionSecret, sessionSecret.result, true],
      // private_key is the key file, base64-encoded; the app wants the JSON.
      [ENV.googleServiceAccountKey, Fn.base64decode(key.privateKey), true],
      ...(props.oidc.clientSecret ? ([[ENV.oidcClientSecret, props.oidc.clientSecret, true]] as Array<[string, string, boolean]>) : []),
    ];
    const variables = settings.map(
      ([envName, value, sensitive]) =>
        new ProjectEnvironmentVariable(this, `Env-${envName}`, { projectId: this.project.id, teamId: props.vercelTeamId, key: envName, value, sensitive, target: ["production"] }),
    );

    // Vercel fixes a deployment's environment when it is created: deploy after the variables.
    this.deployment = new Deployment(this, "Deployment", {
      projectId: this.project.id,
      teamId: props.vercelTeamId,
      files: Token.asStringMap(prebuilt.output),
      pathPrefix: prebuilt.path,
      production: true,
      dependsOn: variables,
    });
    new ProjectDomain(this, "Domain", { projectId: this.project.id, teamId: props.vercelTeamId, domain: props.hostname });
    // DNS only (not proxied): Vercel issues the certificate for the custom domain itself.
    new DnsRecord(this, "Dns", { zoneId: props.cloudflareZoneId, name: props.hostname, type: "CNAME", content: "cname.vercel-dns.com", proxied: false, ttl: 1, comment: `${props.environment} Secrets UI on Vercel` });
    connects(this, NODES.workerSecrets, "set, rotate (KV REST)").connects(this, NODES.firestore, "versions, audit trail");
  }
}

function validate(path: string, props: SecretsUiProps): void {
  const problems = new Problems(`secrets-ui "${path}"`);
  // The Vercel project is `<environment>-secrets-ui`: vercel 5.10.0 accepts 1-52 of [a-z0-9-] (vercel/resource_project.go).
  problems.check(/^[a-z0-9-]{1,41}$/.test(props.environment ?? ""), "environment", props.environment, 'give a short lowercase name such as "dev" (the Vercel project name <environment>-secrets-ui allows 52 of a-z, 0-9 and -)');
  problems.check(isUnresolved(props.hostname) || isHostname(props.hostname), "hostname", props.hostname, 'give a hostname such as "secrets.example.com"');
  problems.check(props.workers.length > 0, "workers", props.workers.length, "give at least one Worker to manage");
  const ids = new Set<string>();
  props.workers.forEach((worker, i) => {
    problems.check(WORKER_ID_PATTERN.test(worker.id) && !ids.has(worker.id), `workers[${i}].id`, worker.id, "use a unique id of lowercase letters, digits and dashes");
    ids.add(worker.id);
    worker.secrets.forEach((secret, j) => problems.check(KV_KEY_NAME_PATTERN.test(secret.key), `workers[${i}].secrets[${j}].key`, secret.key, "use only A-Z, a-z, 0-9, '.', '_' and '-'"));
  });
  problems.check(isUnresolved(props.oidc.issuerUrl) || /^https:\/\/[^/]+\/realms\/[^/]+$/.test(props.oidc.issuerUrl), "oidc.issuerUrl", props.oidc.issuerUrl, 'give the realm issuer, e.g. "https://auth.example.com/realms/platform"');
  problems.throwIfAny();
}
