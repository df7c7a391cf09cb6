/**
 * Runs the bundled backup function the way Cloud Functions does (the deployed zip, unpacked,
 * served by the functions-framework CLI, HTTP signature), with a metadata-server stand-in that
 * gives it access tokens for the scopes it asks (granted by the Firestore stand-in's token
 * endpoint; `principalOf` tells the Secret Manager stand-in whose they are) and identity tokens for
 * the agent (signed by the identity stand-in, whose JWKS the agent trusts).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { BACKUP_FUNCTION_ENTRY_POINT, BACKUP_FUNCTION_ENV } from "../../runtime/backup-function/contract";
import { FirestoreRestClient, toFields } from "../../runtime/lib/firestore-rest";
import { type IdentityStandIn, startIdentityStandIn } from "./backup-harness";
import { FirestoreStandIn } from "./firestore-stand-in";
import { grantToken, startFunctionsFramework } from "./functions-framework";
import { type RocketChatStandIn, startRocketChatStandIn } from "./rocketchat-stand-in";
import { type SecretManagerStandIn, startSecretManagerStandIn } from "./secret-manager-stand-in";

export interface BackupMetadataStandIn {
  readonly host: string;
  readonly identityRequests: string[];
  /** The identity and scopes of an access token this metadata server handed out. */
  principalOf(token: string): { email: string; scopes: readonly string[] } | undefined;
  close(): Promise<void>;
}

export async function startBackupMetadataStandIn(firestore: FirestoreStandIn, identity: IdentityStandIn, options: { projectId: string; email: string }): Promise<BackupMetadataStandIn> {
  const account = firestore.createServiceAccount({ projectId: options.projectId, clientEmail: options.email });
  const identityRequests: string[] = [];
  const issued = new Map<string, { email: string; scopes: readonly string[] }>();
  const server: Server = createServer(async (req, res) => {
    if (req.headers["metadata-flavor"] !== "Google") return void res.writeHead(403).end("Missing Metadata-Flavor: Google header");
    const url = new URL(req.url ?? "/", "http://metadata");
    const reply = (type: string, body: string) => res.writeHead(200, { "content-type": type, "metadata-flavor": "Google" }).end(body);
    if (url.pathname === "/computeMetadata/v1/instance/service-accounts/default/token") {
      // `?scopes=a,b` as google-auth-library asks; without it, the instance's default (cloud-platform).
      const scopes = (url.searchParams.get("scopes") ?? "https://www.googleapis.com/auth/cloud-platform").split(",").filter(Boolean);
      const grant = await grantToken(account, scopes.join(" "));
      issued.set(grant.access_token, { email: options.email, scopes });
      return void reply("application/json", JSON.stringify(grant));
    }
    if (url.pathname === "/computeMetadata/v1/instance/service-accounts/default/identity") {
      const audience = url.searchParams.get("audience") ?? "";
      identityRequests.push(audience);
      return void reply("text/plain", identity.googleToken(options.email, audience));
    }
    if (url.pathname === "/computeMetadata/v1/project/project-id") return void reply("text/plain", options.projectId);
    if (url.pathname === "/computeMetadata/v1/instance/service-accounts/default/email") return void reply("text/plain", options.email);
    return void res.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { host: `127.0.0.1:${(server.address() as AddressInfo).port}`, identityRequests, principalOf: (token) => issued.get(token), close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface BotSecrets {
  readonly secretManager: SecretManagerStandIn;
  /** The construct's secret ids: `<environment>-backup-alert-bot-user-id` / `-token`. */
  readonly userIdSecret: string;
  readonly tokenSecret: string;
}

/**
 * A Secret Manager stand-in that trusts `metadata`'s tokens, with the construct's two alert secrets
 * (containers, readable by `email`) and, when `bot` is given, one version each as an operator adds
 * them (`printf '%s\n'`: trailing newline included, which the function trims).
 */
export async function startBotSecrets(metadata: BackupMetadataStandIn, options: { projectId: string; email: string; environment?: string; bot?: { userId: string; token: string } }): Promise<BotSecrets> {
  const secretManager = await startSecretManagerStandIn({ authorize: (token) => metadata.principalOf(token) });
  const prefix = `${options.environment ?? "test"}-backup`;
  const userIdSecret = `${prefix}-alert-bot-user-id`;
  const tokenSecret = `${prefix}-alert-bot-token`;
  for (const secretId of [userIdSecret, tokenSecret]) {
    secretManager.createSecret(options.projectId, secretId);
    secretManager.grant(options.projectId, secretId, options.email);
  }
  if (options.bot) {
    secretManager.addVersion(options.projectId, userIdSecret, `${options.bot.userId}\n`);
    secretManager.addVersion(options.projectId, tokenSecret, `${options.bot.token}\n`);
  }
  return { secretManager, userIdSecret, tokenSecret };
}

export interface RunningBackupFunction {
  readonly url: string;
  readonly output: string[];
  /** POSTs as Cloud Scheduler does (its JSON body and the schedule-time header). */
  trigger(body: unknown, scheduleTime?: string): Promise<{ status: number; body: Record<string, unknown> }>;
  stop(): Promise<void>;
}

/**
 * Where failure and freshness alerts go, as the construct sets them: URL, room, max age and the ids
 * of the two secrets (in the Secret Manager stand-in at `secretManagerBaseUrl`) holding the bot's
 * user id and token.
 */
export interface BackupAlertSettings {
  readonly rocketChatUrl: string;
  readonly secretManagerBaseUrl: string;
  readonly userIdSecret: string;
  readonly tokenSecret: string;
  readonly roomId?: string;
  readonly channel?: string;
  readonly maxAgeHours?: number;
}

/**
 * `pollIntervalSec` (default here 0.1 s, the deployed default is 15 s) and `requestBudgetSec`
 * (default: the function's own, 25 minutes) are the function's settings, shortened for tests.
 */
export interface BackupFunctionEnv {
  readonly projectId: string;
  readonly firestoreBaseUrl: string;
  readonly metadataHost: string;
  readonly agentUrl: string;
  readonly agentAudience: string;
  readonly jobs: readonly string[];
  readonly alerts?: BackupAlertSettings;
  readonly pollIntervalSec?: number;
  readonly requestBudgetSec?: number;
}

export async function startBackupFunction(env: BackupFunctionEnv): Promise<RunningBackupFunction> {
  const alerts = env.alerts;
  const framework = await startFunctionsFramework({
    runtime: "backup-function",
    target: BACKUP_FUNCTION_ENTRY_POINT,
    signatureType: "http",
    metadataHost: env.metadataHost,
    env: {
      [BACKUP_FUNCTION_ENV.environment]: "test",
      [BACKUP_FUNCTION_ENV.gcpProjectId]: env.projectId,
      [BACKUP_FUNCTION_ENV.firestoreBaseUrl]: env.firestoreBaseUrl,
      [BACKUP_FUNCTION_ENV.agentUrl]: env.agentUrl,
      [BACKUP_FUNCTION_ENV.agentAudience]: env.agentAudience,
      [BACKUP_FUNCTION_ENV.jobs]: env.jobs.join(","),
      [BACKUP_FUNCTION_ENV.pollIntervalSec]: String(env.pollIntervalSec ?? 0.1),
      ...(env.requestBudgetSec ? { [BACKUP_FUNCTION_ENV.requestBudgetSec]: String(env.requestBudgetSec) } : {}),
      ...(alerts
        ? {
            [BACKUP_FUNCTION_ENV.rocketChatUrl]: alerts.rocketChatUrl,
            ...(alerts.roomId ? { [BACKUP_FUNCTION_ENV.alertRoomId]: alerts.roomId } : {}),
            ...(alerts.channel ? { [BACKUP_FUNCTION_ENV.alertChannel]: alerts.channel } : {}),
            ...(alerts.maxAgeHours ? { [BACKUP_FUNCTION_ENV.maxAgeHours]: String(alerts.maxAgeHours) } : {}),
            [BACKUP_FUNCTION_ENV.secretManagerBaseUrl]: alerts.secretManagerBaseUrl,
            [BACKUP_FUNCTION_ENV.alertBotUserIdSecret]: alerts.userIdSecret,
            [BACKUP_FUNCTION_ENV.alertBotTokenSecret]: alerts.tokenSecret,
          }
        : {}),
    },
  });
  return {
    ...framework,
    trigger: async (body, scheduleTime) => {
      const response = await fetch(framework.url, { method: "POST", headers: { "content-type": "application/json", "user-agent": "Google-Cloud-Scheduler", ...(scheduleTime ? { "x-cloudscheduler-scheduletime": scheduleTime, "x-cloudscheduler-jobname": "prod-backup-nightly" } : {}) }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
  };
}

/**
 * Writes documents into the stand-in as another client would (its own service account and token):
 * run records from before the test, a lease held by someone else.
 */
export function firestoreWriter(firestore: FirestoreStandIn, projectId: string): { put(path: string, fields: Record<string, unknown>): Promise<void> } {
  const account = firestore.createServiceAccount({ projectId });
  let token: Promise<{ access_token: string }> | undefined;
  const client = new FirestoreRestClient({ projectId, baseUrl: firestore.baseUrl, accessToken: async () => (await (token ??= grantToken(account))).access_token });
  return { put: async (path, fields) => void (await client.commit([{ update: { name: client.documentName(path), fields: toFields(fields) } }])) };
}

/**
 * What every backup-function test starts from: the Firestore stand-in, the identity stand-in (or the
 * agent world's, whose JWKS the agent trusts), the Rocket.Chat stand-in and a metadata server
 * handing out `email`'s tokens; the bot secrets and functions a test starts through it are closed
 * with it.
 */
export interface BackupFunctionWorld {
  readonly firestore: FirestoreStandIn;
  readonly identity: IdentityStandIn;
  readonly chat: RocketChatStandIn;
  readonly metadata: BackupMetadataStandIn;
  /** `startBotSecrets` for the function's account; `withBot`: one version each of the chat stand-in's bot user id and token. */
  botSecrets(options?: { environment?: string; withBot?: boolean }): Promise<BotSecrets>;
  /** Alerts to the chat stand-in (into `roomId` or `channel`) with the bot's credentials in `secrets`. */
  alertsVia(secrets: BotSecrets, where: { roomId: string } | { channel: string }): BackupAlertSettings;
  /** A function bundle on this world's project, Firestore and metadata server. */
  startFunction(env: Omit<BackupFunctionEnv, "projectId" | "firestoreBaseUrl" | "metadataHost">): Promise<RunningBackupFunction>;
  /** Stops the functions, closes the stand-ins and secret managers (the identity stand-in only if it started it). */
  close(): Promise<void>;
}

export async function startBackupFunctionWorld(options: { projectId: string; email: string; identity?: IdentityStandIn }): Promise<BackupFunctionWorld> {
  const { projectId, email } = options;
  const [firestore, identity, chat] = await Promise.all([FirestoreStandIn.start(), options.identity ?? startIdentityStandIn(), startRocketChatStandIn()]);
  const metadata = await startBackupMetadataStandIn(firestore, identity, { projectId, email });
  const secrets: BotSecrets[] = [];
  const functions: RunningBackupFunction[] = [];
  return {
    firestore,
    identity,
    chat,
    metadata,
    botSecrets: async ({ environment, withBot = false } = {}) => {
      const started = await startBotSecrets(metadata, { projectId, email, environment, bot: withBot ? { userId: chat.bot.userId, token: chat.bot.authToken } : undefined });
      secrets.push(started);
      return started;
    },
    alertsVia: (botSecrets, where) => ({ rocketChatUrl: chat.url, secretManagerBaseUrl: botSecrets.secretManager.baseUrl, userIdSecret: botSecrets.userIdSecret, tokenSecret: botSecrets.tokenSecret, ...where }),
    startFunction: async (env) => {
      const running = await startBackupFunction({ projectId, firestoreBaseUrl: firestore.baseUrl, metadataHost: metadata.host, ...env });
      functions.push(running);
      return running;
    },
    close: async () => {
      await Promise.all(functions.map((running) => running.stop()));
      await Promise.all([firestore.close(), options.identity ? undefined : identity.close(), metadata.close(), chat.close(), ...secrets.map((started) => started.secretManager.close())]);
    },
  };
}
