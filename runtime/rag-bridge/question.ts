/**
 * A Rocket.Chat outgoing-webhook delivery (`sendMessage`, shared/contracts/rocketchat.md §1) and
 * the decision whether it is a question to answer; pure, so it is tested without a runtime.
 *
 * @module
 */

/** What the queue carries for one accepted question. */
export interface QuestionMessage {
  readonly messageId: string;
  /** Random per accepted delivery: tells a queue retry of this message from a duplicate delivery. */
  readonly claimId: string;
  readonly roomId: string;
  readonly roomName: string | null;
  /** The thread to answer in: the question's own thread, or the question itself. */
  readonly threadId: string;
  readonly userId: string;
  readonly userName: string;
  readonly text: string;
  readonly sentAt: string | null;
  readonly receivedAt: string;
}

export type Verdict =
  | { readonly accept: true; readonly question: Omit<QuestionMessage, "claimId" | "receivedAt"> }
  | { readonly accept: false; readonly reason: "not_a_message" | "bot" | "own_message" | "edit" | "empty" | "channel_not_allowed" };

export interface Filters {
  readonly botUserId: string;
  readonly answerEdits: boolean;
  /** Channel names or room ids; empty: any room the integration fires for. */
  readonly allowedChannels: readonly string[];
}

const str = (value: unknown): string => (typeof value === "string" ? value : "");

/** Whether a room (by id or name) is in a channel list. */
export function inChannels(list: readonly string[], roomId: string, roomName: string | null): boolean {
  return list.includes(roomId) || (roomName !== null && list.includes(roomName));
}

/**
 * Decides on a delivery whose token has been verified. The loop guard is two checks: `bot` is set
 * on messages made from integration answers, and answers the bridge posts through the REST API as
 * the bot user are ordinary messages that would trigger the webhook again (rocketchat.md §1).
 */
export function judge(body: Record<string, unknown>, filters: Filters): Verdict {
  const messageId = str(body.message_id);
  const roomId = str(body.channel_id);
  if (!messageId || !roomId) return { accept: false, reason: "not_a_message" };
  if (body.bot) return { accept: false, reason: "bot" };
  if (str(body.user_id) === filters.botUserId) return { accept: false, reason: "own_message" };
  if (body.isEdited === true && !filters.answerEdits) return { accept: false, reason: "edit" };
  const text = str(body.text).trim();
  if (!text) return { accept: false, reason: "empty" };
  const roomName = str(body.channel_name) || null;
  if (filters.allowedChannels.length > 0 && !inChannels(filters.allowedChannels, roomId, roomName)) return { accept: false, reason: "channel_not_allowed" };
  return {
    accept: true,
    question: {
      messageId,
      roomId,
      roomName,
      threadId: str(body.tmid) || messageId,
      userId: str(body.user_id),
      userName: str(body.user_name),
      text: text.slice(0, 4000),
      sentAt: str(body.timestamp) || null,
    },
  };
}
