/**
 * Step 4, "store Q&A", and the two things the Q&A record also does: it is the dedupe (one record
 * per Rocket.Chat `message_id`, created with `exists: false`, kept, so a delivery repeated at any
 * time is answered once), and the claim is committed atomically with the budget counters.
 *
 * Record `rag_questions/{message_id}`: `status` `working` → `ready` (the reply is decided and
 * stored, not yet posted) → `done`. A queue retry of the same accepted delivery (same `claimId`)
 * resumes: `working` starts over without counting the budget again, `ready` only posts the stored
 * reply, `done` does nothing. A different `claimId` is a duplicate delivery: nothing is done.
 *
 * @module
 */
import { FirestoreError, type FirestoreRestClient, fromFields, toFields, type Write } from "../lib/firestore-rest";
import { COLLECTIONS } from "./contract";
import type { BridgeConfig } from "./env";
import type { Attachment } from "./prompt";
import type { QuestionMessage } from "./question";

export type Store = Pick<FirestoreRestClient, "documentName" | "batchGet" | "commit">;

export type Outcome = "answered" | "no_context" | "over_budget" | "failed";

export interface Reply {
  readonly text: string;
  readonly attachments: readonly Attachment[];
}

export interface StoredRecord {
  readonly claimId: string;
  readonly status: "working" | "ready" | "done";
  readonly reply?: Reply;
}

export type Claim =
  | { readonly kind: "new"; readonly overBudget: null | { readonly scope: "user" | "room" | "global"; readonly limit: number } }
  | { readonly kind: "resume"; readonly record: StoredRecord }
  | { readonly kind: "duplicate"; readonly status: string };

/** Firestore document ids may not contain `/`; Rocket.Chat ids are 17 alphanumerics, so this never changes a real one. */
export function docId(raw: string): string {
  return raw.replace(/[^A-Za-z0-9._:-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function questionPath(messageId: string): string {
  return `${COLLECTIONS.questions}/${docId(messageId)}`;
}

export function budgetPaths(message: Pick<QuestionMessage, "userId" | "roomId">, day: string): { user: string; room: string; global: string } {
  return {
    user: `${COLLECTIONS.budgets}/user:${docId(message.userId)}:${day}`,
    room: `${COLLECTIONS.budgets}/room:${docId(message.roomId)}:${day}`,
    global: `${COLLECTIONS.budgets}/global:${day}`,
  };
}

const counter = (name: string, scope: string, day: string): Write => ({
  update: { name, fields: toFields({ scope, day }) },
  updateMask: { fieldPaths: ["scope", "day"] },
  updateTransforms: [{ fieldPath: "count", increment: { integerValue: "1" } }],
});

/** Claims the question and counts it against today's budgets, in one atomic commit. */
export async function claim(store: Store, message: QuestionMessage, config: BridgeConfig, now: Date): Promise<Claim> {
  const path = questionPath(message.messageId);
  const day = now.toISOString().slice(0, 10);
  const budgets = budgetPaths(message, day);
  try {
    const result = await store.commit([
      {
        update: {
          name: store.documentName(path),
          fields: toFields({
            messageId: message.messageId,
            claimId: message.claimId,
            status: "working",
            question: message.text,
            userId: message.userId,
            userName: message.userName,
            roomId: message.roomId,
            roomName: message.roomName,
            threadId: message.threadId,
            sentAt: message.sentAt,
            receivedAt: new Date(message.receivedAt),
            claimedAt: now,
          }),
        },
        currentDocument: { exists: false },
      },
      counter(store.documentName(budgets.user), "user", day),
      counter(store.documentName(budgets.room), "room", day),
      counter(store.documentName(budgets.global), "global", day),
    ]);
    const count = (i: number) => {
      const value = result.writeResults[i]?.transformResults?.[0];
      return value && "integerValue" in value ? Number(value.integerValue) : 0;
    };
    const checks = [
      ["user", count(1), config.budgets.userPerDay],
      ["room", count(2), config.budgets.roomPerDay],
      ["global", count(3), config.budgets.globalPerDay],
    ] as const;
    const over = checks.find(([, used, limit]) => used > limit);
    return { kind: "new", overBudget: over ? { scope: over[0], limit: over[2] } : null };
  } catch (error) {
    if (!(error instanceof FirestoreError && error.code === "ALREADY_EXISTS")) throw error;
  }
  const existing = (await store.batchGet([path])).get(path);
  const data = existing?.fields ? (fromFields(existing.fields) as Record<string, unknown>) : {};
  const status = String(data.status ?? "");
  if (data.claimId === message.claimId && (status === "working" || status === "ready" || status === "done")) {
    return { kind: "resume", record: { claimId: message.claimId, status, ...(data.reply ? { reply: data.reply as unknown as Reply } : {}) } };
  }
  return { kind: "duplicate", status };
}

export interface Decided {
  readonly outcome: Outcome;
  readonly reply: Reply;
  readonly model?: string;
  readonly points?: ReadonlyArray<{ id: string; score: number; source?: unknown; source_id?: unknown; title?: unknown }>;
  readonly groqAttempts?: ReadonlyArray<{ model: string; status: number | string; ms: number }>;
  readonly latenciesMs: Readonly<Record<string, number>>;
  readonly error?: string;
}

async function update(store: Store, messageId: string, fields: Record<string, unknown>): Promise<void> {
  const encoded = toFields(fields);
  await store.commit([{ update: { name: store.documentName(questionPath(messageId)), fields: encoded }, updateMask: { fieldPaths: Object.keys(encoded) }, currentDocument: { exists: true } }]);
}

/** Stores the decided reply and what it was based on, before posting: a retry then only posts. */
export async function storeDecided(store: Store, messageId: string, decided: Decided, now: Date): Promise<void> {
  await update(store, messageId, {
    status: "ready",
    outcome: decided.outcome,
    reply: decided.reply,
    answer: decided.reply.text,
    model: decided.model ?? null,
    points: decided.points ?? [],
    groqAttempts: decided.groqAttempts ?? [],
    latenciesMs: decided.latenciesMs,
    error: decided.error ?? null,
    decidedAt: now,
  });
}

export async function markPosted(store: Store, messageId: string, postedMessageId: string, postMs: number, now: Date): Promise<void> {
  await update(store, messageId, { status: "done", postedMessageId, postMs, postedAt: now });
}
