/**
 * A Rocket.Chat REST stand-in on 127.0.0.1 for the bot's calls (shared/contracts/rocketchat.md §4,
 * backups-and-rocketchat-rest.md §7):
 *
 * - `X-User-Id` + `X-Auth-Token` must match the bot's; otherwise 401 `{"success": false, "error":
 *   "You must be logged in to do this."}`.
 * - `POST /api/v1/chat.postMessage`: `roomId` or `channel` required; properties outside the
 *   endpoint's schema are 400 (`additionalProperties: false`); answers the vendor example's shape
 *   with the stored message (`_id`, `rid`, `msg`, `tmid`, `attachments`, `u`).
 * - `POST /api/v1/chat.react` `{ messageId, emoji, shouldReact }`: adds/removes the reaction (no
 *   `shouldReact` toggles); unknown message is 400 `error-message-not-found`.
 * - `failNext(method, status, count)` answers the next calls of a method with an error.
 * - A message posted by `channel` (no `roomId`) keeps the channel name in `channel`.
 *
 * `messages` holds the room's messages (seed questions with `addMessage`), `reactionLog` every
 * reaction change in order.
 */
import { randomBytes } from "node:crypto";
import { createServer, IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface StoredMessage {
  readonly _id: string;
  readonly rid: string;
  readonly msg: string;
  readonly tmid?: string;
  /** The `channel` the message was posted to by name (`#name`), when it was not posted by `roomId`. */
  readonly channel?: string;
  readonly attachments?: Array<Record<string, unknown>>;
  readonly u: { _id: string; username: string };
  readonly reactions: Map<string, Set<string>>;
}

export interface RocketChatStandIn {
  readonly url: string;
  readonly bot: { userId: string; username: string; authToken: string };
  readonly messages: StoredMessage[];
  readonly reactionLog: Array<{ messageId: string; emoji: string; on: boolean; at: number }>;
  readonly calls: Array<{ method: string; status: number; body: Record<string, any>; at: number }>;
  addMessage(message: { _id: string; rid: string; msg: string; userId?: string; username?: string }): void;
  /** Messages the bot posted. */
  posted(): StoredMessage[];
  failNext(method: "chat.postMessage" | "chat.react", status: number, count?: number): void;
  close(): Promise<void>;
}

const POST_MESSAGE_FIELDS = new Set(["roomId", "channel", "text", "alias", "emoji", "avatar", "attachments", "tmid", "customFields", "parseUrls"]);

export async function startRocketChatStandIn(): Promise<RocketChatStandIn> {
  const bot = { userId: `bot${randomBytes(7).toString("hex")}`, username: "knowledge.bot", authToken: randomBytes(21).toString("base64url") };
  const messages: StoredMessage[] = [];
  const failures: Array<{ method: string; status: number; left: number }> = [];
  const standIn: RocketChatStandIn = {
    url: "",
    bot,
    messages,
    reactionLog: [],
    calls: [],
    addMessage: (m) => void messages.push({ _id: m._id, rid: m.rid, msg: m.msg, u: { _id: m.userId ?? "user1", username: m.username ?? "alice" }, reactions: new Map() }),
    posted: () => messages.filter((m) => m.u._id === bot.userId),
    failNext: (method, status, count = 1) => void failures.push({ method, status, left: count }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: Record<string, any> = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
    } catch {
      body = {};
    }
    const method = (req.url ?? "").replace(/^\/api\/v1\//, "").split("?")[0];
    const send = (status: number, answer: Record<string, unknown>) => {
      standIn.calls.push({ method, status, body, at: Date.now() });
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(answer));
    };
    if (req.headers["x-user-id"] !== bot.userId || req.headers["x-auth-token"] !== bot.authToken) {
      return send(401, { success: false, status: "error", message: "You must be logged in to do this." });
    }
    const failure = failures.find((f) => f.method === method && f.left > 0);
    if (failure) {
      failure.left--;
      return send(failure.status, { success: false, error: "Internal server error" });
    }
    if (method === "chat.postMessage") {
      const extra = Object.keys(body).filter((k) => !POST_MESSAGE_FIELDS.has(k));
      if (extra.length) return send(400, { success: false, error: `must NOT have additional properties [invalid-params]`, errorType: "invalid-params", details: extra });
      if (!body.roomId && !body.channel) return send(400, { success: false, error: "The parameter \"roomId\" or \"channel\" is required [error-roomId-param-not-provided]" });
      const stored: StoredMessage = {
        _id: randomBytes(9).toString("base64url").slice(0, 17),
        rid: body.roomId,
        msg: String(body.text ?? ""),
        ...(body.tmid ? { tmid: body.tmid } : {}),
        ...(body.channel && !body.roomId ? { channel: String(body.channel) } : {}),
        ...(body.attachments ? { attachments: body.attachments } : {}),
        u: { _id: bot.userId, username: bot.username },
        reactions: new Map(),
      };
      messages.push(stored);
      const now = new Date().toISOString();
      return send(200, {
        ts: Date.now(),
        channel: body.roomId,
        message: { alias: "", msg: stored.msg, attachments: stored.attachments ?? [], parseUrls: true, groupable: false, ts: now, u: stored.u, rid: stored.rid, tmid: stored.tmid, _updatedAt: now, _id: stored._id },
        success: true,
      });
    }
    if (method === "chat.react") {
      if (!body.emoji) return send(400, { success: false, error: "The 'emoji' param is required [error-emoji-param-not-provided]" });
      const message = messages.find((m) => m._id === body.messageId);
      if (!message) return send(400, { success: false, error: "[error-message-not-found]" });
      const emoji = `:${String(body.emoji).replace(/^:|:$/g, "")}:`;
      const users = message.reactions.get(emoji) ?? new Set<string>();
      const on = body.shouldReact === undefined ? !users.has(bot.username) : Boolean(body.shouldReact);
      if (on) users.add(bot.username);
      else users.delete(bot.username);
      message.reactions.set(emoji, users);
      standIn.reactionLog.push({ messageId: message._id, emoji, on, at: Date.now() });
      return send(200, { success: true });
    }
    return send(404, { success: false, error: `Unknown endpoint ${method}` });
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  (standIn as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return standIn;
}
