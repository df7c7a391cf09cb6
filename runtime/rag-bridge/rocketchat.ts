/**
 * Step 3, "send response": Rocket.Chat REST as the bot user (`X-User-Id` + personal access token):
 * `chat.postMessage` in the question's thread and `chat.react` for the 👀 while working
 * (rocketchat.md §4, backups-and-rocketchat-rest.md §7).
 *
 * @module
 */
import { fetchWithTimeout } from "../lib/fetch-timeout";
import { TIMEOUT_MS } from "./contract";
import type { Attachment } from "./prompt";
import { UpstreamError } from "./retrieve";

export interface BotCredentials {
  readonly baseUrl: string;
  readonly userId: string;
  readonly authToken: string;
}

/** The emoji shown on a question while it is being answered. */
export const WORKING_EMOJI = ":eyes:";

async function call(bot: BotCredentials, method: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetchWithTimeout(
      (input, init) => fetch(input, init),
      `${bot.baseUrl}/api/v1/${method}`,
      { method: "POST", headers: { "x-user-id": bot.userId, "x-auth-token": bot.authToken, "content-type": "application/json" }, body: JSON.stringify(body) },
      TIMEOUT_MS.rocketChat,
      `Rocket.Chat ${method}`,
    );
  } catch (error) {
    throw new UpstreamError("rocketchat", `${method}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const text = await response.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON: keep the status
  }
  if (!response.ok || parsed.success !== true) {
    throw new UpstreamError("rocketchat", `${method} answered ${response.status}: ${String(parsed.error ?? text).slice(0, 200)}`, response.status);
  }
  return parsed;
}

export interface PostedMessage {
  readonly id: string;
}

export async function postMessage(bot: BotCredentials, message: { roomId: string; threadId: string; text: string; attachments: readonly Attachment[] }): Promise<PostedMessage> {
  const result = await call(bot, "chat.postMessage", { roomId: message.roomId, tmid: message.threadId, text: message.text, attachments: message.attachments });
  const posted = result.message as { _id?: string } | undefined;
  return { id: posted?._id ?? "" };
}

export async function react(bot: BotCredentials, messageId: string, on: boolean): Promise<void> {
  // `shouldReact` explicit: without it chat.react toggles, and a retried call would undo itself.
  await call(bot, "chat.react", { messageId, emoji: WORKING_EMOJI, shouldReact: on });
}
