import { ApiToken } from "@cdktf/provider-cloudflare/lib/api-token";
import { DataCloudflareApiTokenPermissionGroupsList } from "@cdktf/provider-cloudflare/lib/data-cloudflare-api-token-permission-groups-list";
import { R2BucketLifecycle } from "@cdktf/provider-cloudflare/lib/r2-bucket-lifecycle";
import { R2BucketLock } from "@cdktf/provider-cloudflare/lib/r2-bucket-lock";
import { CloudRunV2ServiceIamMember } from "@cdktf/provider-google/lib/cloud-run-v2-service-iam-member";
import { CloudSchedulerJob } from "@cdktf/provider-google/lib/cloud-scheduler-job";
import { Cloudfunctions2Function } from "@cdktf/provider-google/lib/cloudfunctions2-function";
import { IamWorkloadIdentityPool } from "@cdktf/provider-google/lib/iam-workload-identity-pool";
import { IamWorkloadIdentityPoolProvider } from "@cdktf/provider-google/lib/iam-workload-identity-pool-provider";
import { ProjectIamMember } from "@cdktf/provider-google/lib/project-iam-member";
import { SecretManagerSecret } from "@cdktf/provider-google/lib/secret-manager-secret";
import { SecretManagerSecretIamMember } from "@cdktf/provider-google/lib/secret-manager-secret-iam-member";
import { SecretManagerSecretVersion } from "@cdktf/provider-google/lib/secret-manager-secret-version";
import { ServiceAccount } from "@cdktf/provider-google/lib/service-account";
import { ServiceAccountIamMember } from "@cdktf/provider-google/lib/service-account-iam-member";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { BACKUP_TIERS, type BackupTier } from "../../runtime/backup-agent/contract";
import { BACKUP_FUNCTION_DEFAULTS, BACKUP_FUNCTION_ENTRY_POINT, BACKUP_FUNCTION_ENV, FRESHNESS_CHECK_REQUEST, type ScheduledRunRequest } from "../../runtime/backup-function/contract";
import { FunctionSource } from "../lib/function-source";
import { connects, NODES } from "../lib/guardrails/connections";
import { markOwner } from "../lib/ownership";
import { backupNames, checkBackupScheduleProps, DEFAULT_BACKUP_RETENTION_DAYS, DEFAULT_RESTORE_DRILL_ENVIRONMENT, restoreDrillIds, type BackupRestoreDrillProps, type BackupScheduleProps } from "./props";

export type { BackupAlertProps, BackupRestoreDrillProps, BackupRetentionDays, BackupScheduleEntry, BackupScheduleProps } from "./props";
export { AGE_RECIPIENT, backupFunctionServiceAccountEmail, backupNames, checkBackupAlerts, checkBackupSettings, checkRestoreDrill, DEFAULT_BACKUP_ALERT_CHANNEL, DEFAULT_BACKUP_RETENTION_DAYS, DEFAULT_RESTORE_DRILL_ENVIRONMENT } from "./props";

const DAY_SECONDS = 86_400;
/** Cloudflare's bucket-scoped permission group: read, write and list objects of one bucket (contract §1). */
export const R2_BUCKET_ITEM_WRITE = "Workers R2 Storage Bucket Item Write";
/** Cloudflare's bucket-scoped read-only permission group: get and list objects of one bucket (the restore drill). */
export const R2_BUCKET_ITEM_READ = "Workers R2 Storage Bucket Item Read";
/** The OIDC issuer of GitHub Actions' job tokens. */
export const GITHUB_ACTIONS_ISSUER = "https://token.actions.githubusercontent.com";

/** What the restore drill's GitHub job needs, when `restoreDrill` is set. */
export interface BackupRestoreDrill {
  /** The identity the job impersonates: Firestore (datastore.user) and the two read-token secrets. */
  readonly serviceAccount: ServiceAccount;
  readonly workloadIdentityPool: IamWorkloadIdentityPool;
  /** `.name` is what google-github-actions/auth takes as `workload_identity_provider`. */
  readonly workloadIdentityProvider: IamWorkloadIdentityPoolProvider;
  /** The read-only, bucket-scoped S3 credentials (key id = token id; secret = sha256(token value)). */
  readonly r2AccessKeyIdSecret: SecretManagerSecret;
  readonly r2SecretAccessKeySecret: SecretManagerSecret;
}

/**
 * Scheduled backups (GCP side and the R2 bucket's rules):
 * - the backup function (`runtime/backup-function`, 2nd gen, `nodejs22`, HTTP, internal ingress)
 *   with its own service account, which may only use Firestore (run records and the lease); it
 *   calls the agent with its own identity token, so it holds no secret;
 * - one Cloud Scheduler job per schedule, POSTing `{schedule, tier}` with an OIDC token of a
 *   dedicated invoker identity that holds `run.invoker` on this function only; retries ≤ 5 (a
 *   retry carries the same schedule time, finds the run record and starts nothing new: it resumes
 *   the run when no other request is driving it);
 * - R2 lifecycle rules expiring `<tier>/` after the tier's retention, and bucket lock rules with
 *   the same ages, so nothing is deleted or overwritten before its retention ends;
 * - an R2 API token scoped to the backup bucket (object read/write/list only); its S3 key id and
 *   secret (sha256 of the value) go into Secret Manager versions by reference, never text in the JSON;
 * - alerts: two Secret Manager secrets (the Rocket.Chat bot's user id and personal access token;
 *   values added by operators, none in Terraform) that only the function's identity may read; the
 *   function gets their ids (not values) and reads them when it posts an alert, so the deploy and
 *   the function's start never wait for them; and an hourly Scheduler job asking the function
 *   whether a run was verified within `alerts.maxAgeHours`, which also resumes runs that outlived
 *   their request (each request drives a run for at most its 25-minute budget);
 * - with `restoreDrill`: the weekly restore drill's identity for its GitHub Actions job (a service
 *   account with datastore.user, taken through Workload Identity Federation by that repository's
 *   jobs in that GitHub environment only) and a read-only R2 token for the bucket, whose S3 key id
 *   and secret are Secret Manager secrets only that identity may read. The age identity stays out.
 */
export class BackupSchedule extends Construct {
  readonly function: Cloudfunctions2Function;
  /** The function's identity: the agent accepts tokens of this email only (`BACKUP_AGENT_CALLER_EMAIL`). */
  readonly serviceAccount: ServiceAccount;
  /** The identity Scheduler's OIDC tokens are issued for. */
  readonly invokerServiceAccount: ServiceAccount;
  readonly jobs: readonly CloudSchedulerJob[];
  readonly lifecycle: R2BucketLifecycle;
  readonly lock: R2BucketLock;
  /** The audience the agent must check (`BACKUP_AGENT_AUDIENCE`). */
  readonly agentAudience: string;
  readonly ageRecipients: readonly string[];
  /** Secret Manager secrets holding the bucket-scoped S3 credentials (for the agent's docker secrets). */
  readonly r2AccessKeyIdSecret: SecretManagerSecret;
  readonly r2SecretAccessKeySecret: SecretManagerSecret;
  /** Secret containers for the alert bot's credentials: operators add the versions (README "Alerts"). */
  readonly alertBotUserIdSecret: SecretManagerSecret;
  readonly alertBotTokenSecret: SecretManagerSecret;
  /** The freshness check's Scheduler job (`{"check": "freshness"}`). */
  readonly freshnessJob: CloudSchedulerJob;
  /** The restore drill's identity and read-only R2 credentials; undefined without `restoreDrill`. */
  readonly restoreDrill?: BackupRestoreDrill;

  constructor(scope: Construct, id: string, props: BackupScheduleProps) {
    super(scope, id);
    markOwner(this, "backup-schedule");
    checkBackupScheduleProps(this.node.path, props);
    const env = props.environment;
    const project = props.gcpProjectId;
    const names = backupNames(env);
    const name = names.prefix;
    const retention = props.retentionDays ?? DEFAULT_BACKUP_RETENTION_DAYS;
    this.agentAudience = props.agentAudience ?? props.agentUrl.replace(/\/+$/, "");
    this.ageRecipients = [...props.ageRecipients];

    this.serviceAccount = new ServiceAccount(this, "FunctionIdentity", { project, accountId: name, displayName: `Backup function (${env}): run records in Firestore, calls the backup agent` });
    const functionMember = `serviceAccount:${this.serviceAccount.email}`;
    // Run records, the lease and the alert records; no admin, no owner. The agent call uses the identity's own token.
    new ProjectIamMember(this, "FunctionFirestore", { project, role: "roles/datastore.user", member: functionMember });

    // The alert bot's credentials: containers only. Operators add the values (gcloud secrets versions
    // add, README "Alerts"), so no value is in the config or the state. Readable by this function only.
    // The function is given the ids as plain strings, not references: it neither waits for these
    // resources nor for their grants (an alert channel that is not set up must not stop backups).
    const alertSecret = (id: string, secretId: string) => {
      const secret = new SecretManagerSecret(this, id, { project, secretId, replication: { auto: {} } });
      new SecretManagerSecretIamMember(this, `${id}Reader`, { project, secretId: secret.secretId, role: "roles/secretmanager.secretAccessor", member: functionMember });
      return secret;
    };
    const alertBotUserIdSecretId = `${name}-alert-bot-user-id`;
    const alertBotTokenSecretId = `${name}-alert-bot-token`;
    this.alertBotUserIdSecret = alertSecret("AlertBotUserId", alertBotUserIdSecretId);
    this.alertBotTokenSecret = alertSecret("AlertBotToken", alertBotTokenSecretId);
    const alerts = props.alerts;

    const source = new FunctionSource(this, "Source", { runtime: "backup-function", bucketName: props.functionSourceBucketName });
    this.function = new Cloudfunctions2Function(this, "Function", {
      project,
      name,
      location: props.gcpRegion,
      description: "Runs a scheduled backup through the swarm's backup agent and records it in Firestore (runtime/backup-function)",
      buildConfig: {
        runtime: source.functionRuntime,
        entryPoint: BACKUP_FUNCTION_ENTRY_POINT,
        source: { storageSource: { bucket: source.bucketName, object: source.objectName } },
      },
      serviceConfig: {
        serviceAccountEmail: this.serviceAccount.email,
        availableMemory: "256M",
        // A request drives runs for its budget (requestBudgetSec) and then answers; the agent answers
        // every call at once. Budget + the claim margin, within Scheduler's 30-minute attempt deadline.
        timeoutSeconds: BACKUP_FUNCTION_DEFAULTS.functionTimeoutSec,
        maxInstanceCount: 2,
        minInstanceCount: 0,
        // Cloud Scheduler in this project is internal traffic; nothing else may call it.
        ingressSettings: "ALLOW_INTERNAL_ONLY",
        allTrafficOnLatestRevision: true,
        environmentVariables: {
          [BACKUP_FUNCTION_ENV.environment]: env,
          [BACKUP_FUNCTION_ENV.gcpProjectId]: project,
          [BACKUP_FUNCTION_ENV.firestoreDatabase]: props.firestoreDatabase,
          [BACKUP_FUNCTION_ENV.agentUrl]: props.agentUrl.replace(/\/+$/, ""),
          [BACKUP_FUNCTION_ENV.agentAudience]: this.agentAudience,
          [BACKUP_FUNCTION_ENV.jobs]: props.jobs.join(","),
          [BACKUP_FUNCTION_ENV.leaseTtlSec]: String(BACKUP_FUNCTION_DEFAULTS.leaseTtlSec),
          [BACKUP_FUNCTION_ENV.requestBudgetSec]: String(BACKUP_FUNCTION_DEFAULTS.requestBudgetSec),
          [BACKUP_FUNCTION_ENV.pollIntervalSec]: String(BACKUP_FUNCTION_DEFAULTS.pollIntervalSec),
          [BACKUP_FUNCTION_ENV.rocketChatUrl]: alerts.rocketChatUrl.replace(/\/+$/, ""),
          ...(alerts.roomId ? { [BACKUP_FUNCTION_ENV.alertRoomId]: alerts.roomId } : { [BACKUP_FUNCTION_ENV.alertChannel]: alerts.channel! }),
          [BACKUP_FUNCTION_ENV.maxAgeHours]: String(alerts.maxAgeHours ?? BACKUP_FUNCTION_DEFAULTS.maxAgeHours),
          // Names, not values: read (versions/latest) when an alert is posted, cached 5 minutes per
          // instance. No secret_environment_variables: Cloud Run resolves those at deploy and at every
          // instance start, so a secret without an enabled version would stop the function itself.
          [BACKUP_FUNCTION_ENV.alertBotUserIdSecret]: alertBotUserIdSecretId,
          [BACKUP_FUNCTION_ENV.alertBotTokenSecret]: alertBotTokenSecretId,
        },
      },
    });

    this.invokerServiceAccount = new ServiceAccount(this, "InvokerIdentity", { project, accountId: `${name}-invoker`, displayName: `Cloud Scheduler's identity for the backup function (${env})` });
    // run.invoker on this function's Cloud Run service only (see VectorizePipeline for why not the function IAM).
    new CloudRunV2ServiceIamMember(this, "Invoker", { project, location: props.gcpRegion, name: this.function.serviceConfig.service, role: "roles/run.invoker", member: `serviceAccount:${this.invokerServiceAccount.email}` });

    const retryCount = props.retryCount ?? 3;
    const target = (body: Record<string, string>) => ({
      uri: this.function.serviceConfig.uri,
      httpMethod: "POST",
      headers: { "Content-Type": "application/json" },
      // Encoded by Terraform: the JSON stays readable in the plan (and a base64 literal would look like a secret to the scan).
      body: Fn.base64encode(Fn.jsonencode(body)),
      oidcToken: { serviceAccountEmail: this.invokerServiceAccount.email, audience: this.function.serviceConfig.uri },
    });
    this.jobs = props.schedules.map((schedule) => {
      const body: ScheduledRunRequest = { schedule: schedule.name, tier: schedule.tier };
      return new CloudSchedulerJob(this, `Schedule-${schedule.name}`, {
        project,
        region: props.gcpRegion,
        name: `${name}-${schedule.name}`,
        description: `Backup "${schedule.name}" into ${schedule.tier}/ (kept ${retention[schedule.tier]} days)`,
        schedule: schedule.cron,
        timeZone: schedule.timeZone,
        // Scheduler waits at most 30 minutes for an HTTP target: the function answers within its
        // budget (25 min), leaving a longer run `running` for the freshness check to resume.
        attemptDeadline: `${BACKUP_FUNCTION_DEFAULTS.schedulerAttemptDeadlineSec}s`,
        // Retries carry the same X-CloudScheduler-ScheduleTime: the function finds the run and starts nothing new.
        retryConfig: { retryCount, minBackoffDuration: "300s", maxBackoffDuration: "1800s", maxDoublings: 2 },
        httpTarget: target({ schedule: body.schedule, tier: body.tier }),
      });
    });
    // Hourly by default: resumes unfinished runs (for up to one request budget), then one Firestore
    // query; alerts once per stale period (backup_alerts/freshness).
    this.freshnessJob = new CloudSchedulerJob(this, "Freshness", {
      project,
      region: props.gcpRegion,
      name: `${name}-freshness`,
      description: `Resumes unfinished backup runs; alerts when no run was verified within ${alerts.maxAgeHours ?? BACKUP_FUNCTION_DEFAULTS.maxAgeHours} hours`,
      schedule: alerts.freshnessCron ?? BACKUP_FUNCTION_DEFAULTS.freshnessCron,
      timeZone: "Etc/UTC",
      // Covers a resume (the request's budget, 25 min); 30 minutes is Scheduler's maximum.
      attemptDeadline: `${BACKUP_FUNCTION_DEFAULTS.schedulerAttemptDeadlineSec}s`,
      // A retry of a check that alerted finds the alert recorded and sends nothing.
      retryConfig: { retryCount, minBackoffDuration: "60s", maxBackoffDuration: "600s", maxDoublings: 2 },
      httpTarget: target({ check: FRESHNESS_CHECK_REQUEST.check }),
    });

    const bucket = { accountId: props.cloudflareAccountId, bucketName: props.backupBucketName };
    const maxAge = (tier: BackupTier) => retention[tier] * DAY_SECONDS;
    this.lifecycle = new R2BucketLifecycle(this, "Lifecycle", {
      ...bucket,
      rules: [
        ...BACKUP_TIERS.map((tier) => ({
          id: `expire-${tier}`,
          enabled: true,
          conditions: { prefix: `${tier}/` },
          deleteObjectsTransition: { condition: { type: "Age", maxAge: maxAge(tier) } },
        })),
        // This resource PUTs the bucket's whole rule list (cloudflare 5.14.0 r2_bucket_lifecycle), replacing
        // R2's default 7-day abort rule: put one back for every prefix. An upload the agent could not
        // abort (a crash) is cleaned up within a day.
        { id: "abort-incomplete-uploads", enabled: true, conditions: { prefix: "" }, abortMultipartUploadsTransition: { condition: { type: "Age", maxAge: DAY_SECONDS } } },
      ],
    });
    // Same ages: an object cannot be deleted or overwritten before its tier's retention ends (lock beats lifecycle).
    this.lock = new R2BucketLock(this, "Lock", {
      ...bucket,
      rules: BACKUP_TIERS.map((tier) => ({ id: `hold-${tier}`, enabled: true, prefix: `${tier}/`, condition: { type: "Age", maxAgeSeconds: maxAge(tier) } })),
    });

    // S3 credentials for the agent, scoped to this bucket's objects. Access key id = token id; secret = sha256(token value).
    // The plain group name: the SDK URL-encodes the query itself (cloudflare-go v6.4.0
    // user/tokenpermissiongroup.go), as the provider's own acceptance tests at v5.14.0 pass it.
    const itemWrite = new DataCloudflareApiTokenPermissionGroupsList(this, "R2BucketItemWrite", { name: R2_BUCKET_ITEM_WRITE });
    const token = new ApiToken(this, "R2Token", {
      name: `${name}-r2-writer`,
      policies: [
        {
          effect: "allow",
          permissionGroups: [{ id: itemWrite.result.get(0).id }],
          resources: `{"com.cloudflare.edge.r2.bucket.${props.cloudflareAccountId}_default_${props.backupBucketName}":"*"}`,
        },
      ],
    });
    const stored = (constructId: string, secretId: string, value: string) => {
      const secret = new SecretManagerSecret(this, constructId, { project, secretId, replication: { auto: {} } });
      new SecretManagerSecretVersion(this, `${constructId}Version`, { secret: secret.id, secretData: value, lifecycle: { createBeforeDestroy: true } });
      return secret;
    };
    this.r2AccessKeyIdSecret = stored("R2AccessKeyId", names.r2AccessKeyIdSecretId, token.id);
    this.r2SecretAccessKeySecret = stored("R2SecretAccessKey", names.r2SecretAccessKeySecretId, Fn.sha256(token.value));

    if (props.restoreDrill) this.restoreDrill = this.createRestoreDrill(props, props.restoreDrill, name, stored);

    connects(NODES.scheduler, this, "backup schedules (OIDC)").connects(this, NODES.firestore, "run records, lease").connects(this, NODES.r2Backups, "retention: lifecycle + lock");
  }
  /**
   * The restore drill's credentials (README "Restore drill"). Ids come from the environment name
   * only: the pool's and provider's ids are ForceNew (google 6.50.0 iambeta
   * resource_iam_workload_identity_pool.go:91, ..._provider.go:92,100), and a deleted pool's id
   * stays reserved while it is soft-deleted (~30 days, resource_iam_workload_identity_pool.go:126-131),
   * so a new repository or environment name only updates the condition and the grant.
   */
  private createRestoreDrill(
    props: BackupScheduleProps,
    drill: BackupRestoreDrillProps,
    name: string,
    stored: (constructId: string, secretId: string, value: string) => SecretManagerSecret,
  ): BackupRestoreDrill {
    const project = props.gcpProjectId;
    const env = props.environment;
    const ids = restoreDrillIds(env);
    const repository = drill.githubRepository;
    const githubEnvironment = drill.githubEnvironment ?? DEFAULT_RESTORE_DRILL_ENVIRONMENT;

    const serviceAccount = new ServiceAccount(this, "DrillIdentity", { project, accountId: ids.serviceAccountId, displayName: `Restore drill (${env}): reads backups/ in Firestore, records drills, reads the R2 read token` });
    const member = `serviceAccount:${serviceAccount.email}`;
    // Firestore has no per-collection IAM: datastore.user is project-wide (every database and
    // collection, read and write). The drill only reads backups/ and writes backups/drill-*; that
    // narrowing is the drill's code, not IAM. No key: the job takes this identity through WIF.
    new ProjectIamMember(this, "DrillFirestore", { project, role: "roles/datastore.user", member });

    const pool = new IamWorkloadIdentityPool(this, "DrillPool", {
      project,
      workloadIdentityPoolId: ids.poolId,
      // display_name: at most 32 characters (resource_iam_workload_identity_pool.go:112).
      displayName: "Restore drill (GitHub Actions)",
      description: `GitHub Actions jobs of ${repository} in its "${githubEnvironment}" environment (the restore drill)`,
    });
    // GitHub's issuer is shared by every GitHub repository: without a condition any repository's
    // job could exchange its token here. Google requires an attribute condition for this issuer
    // (cloud.google.com/iam/docs/workload-identity-federation-with-deployment-pipelines, GitHub);
    // this one admits only the repository AND the environment.
    const condition = `assertion.repository == ${JSON.stringify(repository)} && assertion.environment == ${JSON.stringify(githubEnvironment)}`;
    const provider = new IamWorkloadIdentityPoolProvider(this, "DrillGithub", {
      project,
      workloadIdentityPoolId: pool.workloadIdentityPoolId,
      workloadIdentityPoolProviderId: ids.providerId,
      displayName: "GitHub Actions",
      description: `Tokens of ${GITHUB_ACTIONS_ISSUER} for ${repository}, environment ${githubEnvironment}`,
      attributeCondition: condition,
      attributeMapping: {
        // repo:<owner>/<name>:environment:<environment> for a job in an environment (max 127 characters, checked in props).
        "google.subject": "assertion.sub",
        "attribute.repository": "assertion.repository",
        "attribute.environment": "assertion.environment",
        // What the grant below names: the repository and the environment together.
        "attribute.repository_environment": 'assertion.repository + ":" + assertion.environment',
      },
      // No allowed_audiences: the token's audience must be this provider's own name, which is what
      // google-github-actions/auth requests.
      oidc: { issuerUri: GITHUB_ACTIONS_ISSUER },
    });
    new ServiceAccountIamMember(this, "DrillWorkloadIdentityUser", {
      serviceAccountId: serviceAccount.name,
      role: "roles/iam.workloadIdentityUser",
      member: `principalSet://iam.googleapis.com/${pool.name}/attribute.repository_environment/${repository}:${githubEnvironment}`,
    });

    // Read-only S3 credentials for the bucket: get and list objects, nothing else (mirrors the writer token).
    const itemRead = new DataCloudflareApiTokenPermissionGroupsList(this, "R2BucketItemRead", { name: R2_BUCKET_ITEM_READ });
    const token = new ApiToken(this, "R2ReadToken", {
      name: `${name}-r2-reader`,
      policies: [
        {
          effect: "allow",
          permissionGroups: [{ id: itemRead.result.get(0).id }],
          resources: `{"com.cloudflare.edge.r2.bucket.${props.cloudflareAccountId}_default_${props.backupBucketName}":"*"}`,
        },
      ],
    });
    const readable = (id: string, secretName: string, value: string) => {
      const secret = stored(id, `${name}-${secretName}`, value);
      new SecretManagerSecretIamMember(this, `${id}Reader`, { project, secretId: secret.secretId, role: "roles/secretmanager.secretAccessor", member });
      return secret;
    };
    const r2AccessKeyIdSecret = readable("R2ReadAccessKeyId", "r2-reader-access-key-id", token.id);
    const r2SecretAccessKeySecret = readable("R2ReadSecretAccessKey", "r2-reader-secret-access-key", Fn.sha256(token.value));
    return { serviceAccount, workloadIdentityPool: pool, workloadIdentityProvider: provider, r2AccessKeyIdSecret, r2SecretAccessKeySecret };
  }
}
