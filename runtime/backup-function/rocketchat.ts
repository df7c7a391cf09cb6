// Posting an alert to Rocket.Chat as the bot (shared/contracts/rocketchat.md §4,
// backups-and-rocketchat-rest.md §7): `POST /api/v1/chat.postMessage` with `X-User-Id` and
// `X-Auth-Token` (the bot's personal access token), body `{roomId | channel, text}` only (the
// endpoint rejects other properties). The bot's credentials are asked for when a message is about
// to be posted (from Secret Manager, secret-manager.ts), never when the function starts.
import { fetchWithTimeout, type FetchLike } from "../lib/fetch-timeout";
import { BACKUP_FUNCTION_DEFAULTS, BACKUP_FUNCTION_ENV } from "./contract";

/** Rocket.Chat refused the message, or could not be reached (`status` 0). */
export class RocketChatError extends Error {
  override readonly name = "RocketChatError";
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface AlertSender {
  /** Where the alerts go, for logs and answers (`#backups` or a room id); never a credential. */
  readonly target: string;
  /** Posts `text`; resolves to the message id. */
  send(text: string): Promise<string>;
}

/** The bot's user id and personal access token. */
export interface BotCredentials {
  readonly userId: string;
  readonly token: string;
}

export interface RocketChatSettings {
  readonly url: string;
  /** Called for every message; rejects when the credentials cannot be had (the post is not tried). */
  readonly credentials: () => Promise<BotCredentials>;
  readonly roomId?: string;
  readonly channel?: string;
  readonly timeoutMs?: number;
  readonly fetch?: FetchLike;
}

export function rocketChatSender(settings: RocketChatSettings): AlertSender {
  const base = settings.url.replace(/\/+$/, "");
  const room = settings.roomId ? { roomId: settings.roomId } : { channel: settings.channel! };
  return {
    target: settings.roomId ?? settings.channel!,
    async send(text) {
      const { userId, token } = await settings.credentials();
      let response: Response;
      try {
        response = await fetchWithTimeout(
          settings.fetch ?? ((input, init) => fetch(input, init)),
          `${base}/api/v1/chat.postMessage`,
          { method: "POST", headers: { "content-type": "application/json", "x-user-id": userId, "x-auth-token": token }, body: JSON.stringify({ ...room, text }) },
          settings.timeoutMs ?? BACKUP_FUNCTION_DEFAULTS.rocketChatTimeoutMs,
          "Rocket.Chat chat.postMessage",
        );
      } catch (error) {
        throw new RocketChatError(`Rocket.Chat not reached: ${error instanceof Error ? error.message : String(error)}`, 0);
      }
      const answer = (await response.json().catch(() => ({}))) as { success?: boolean; error?: string; message?: { _id?: string } | string };
      if (!response.ok || answer.success !== true) {
        const reason = answer.error ?? (typeof answer.message === "string" ? answer.message : "") ?? "";
        throw new RocketChatError(`Rocket.Chat answered ${response.status}${reason ? `: ${String(reason).slice(0, 300)}` : ""}`, response.status);
      }
      return typeof answer.message === "object" && answer.message?._id ? answer.message._id : "";
    },
  };
}

/**
 * The sender configured by the environment (ROCKETCHAT_URL, the room, the two secret ids), or the
 * reason there is none: a missing setting is recorded on the alert instead of failing the run.
 * `credentials` reads the bot's user id and token (from Secret Manager) when a message is posted.
 */
export function senderFromEnv(env: NodeJS.ProcessEnv, credentials: (secrets: { userIdSecret: string; tokenSecret: string }) => Promise<BotCredentials>): AlertSender | { readonly unavailable: string } {
  const value = (name: string) => (env[name] ?? "").trim();
  const missing: string[] = [BACKUP_FUNCTION_ENV.rocketChatUrl, BACKUP_FUNCTION_ENV.alertBotUserIdSecret, BACKUP_FUNCTION_ENV.alertBotTokenSecret].filter((name) => !value(name));
  if (!value(BACKUP_FUNCTION_ENV.alertRoomId) && !value(BACKUP_FUNCTION_ENV.alertChannel)) missing.push(`${BACKUP_FUNCTION_ENV.alertRoomId} or ${BACKUP_FUNCTION_ENV.alertChannel}`);
  if (missing.length) return { unavailable: `alerts not configured: ${missing.join(", ")} not set` };
  const secrets = { userIdSecret: value(BACKUP_FUNCTION_ENV.alertBotUserIdSecret), tokenSecret: value(BACKUP_FUNCTION_ENV.alertBotTokenSecret) };
  return rocketChatSender({
    url: value(BACKUP_FUNCTION_ENV.rocketChatUrl),
    credentials: () => credentials(secrets),
    roomId: value(BACKUP_FUNCTION_ENV.alertRoomId) || undefined,
    channel: value(BACKUP_FUNCTION_ENV.alertChannel) || undefined,
  });
}
