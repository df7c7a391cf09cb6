// The relay loop: backfill when there is no position, then follow one change stream and publish
// every document change in stream order, saving the position only past acknowledged publishes.
//
// One database-level stream (`db.watch` with `$match` on `ns.coll`), not one per collection: one
// cursor and one resume token give a single, totally ordered position that is saved atomically
// in one file, so a restart can never resume one collection ahead of another; the server applies
// the `$match` before anything crosses the network. The relay's user needs `read` on the database
// (the `changeStream` and `find` actions), which it needs for the backfill scan anyway.
import { MongoServerError, Timestamp, type ChangeStreamOptions, type Db, type MongoClient } from "mongodb";
import { errorFields, type Logger } from "../lib/json-log";
import { Backoff, sleep } from "./backoff";
import { backfillChange, timestampParts, toRelayChange, type ChangeEventLike, type RelayChange } from "./change";
import type { Health } from "./health";
import type { Publisher } from "./publisher";
import type { RelayPosition, ResumeToken, StateFile } from "./state";

export interface RelayOptions {
  readonly client: MongoClient;
  readonly database: string;
  readonly collections: readonly string[];
  readonly publisher: Publisher;
  readonly state: StateFile;
  readonly health: Health;
  readonly logger: Logger;
  readonly checkpointIntervalMs: number;
  readonly checkpointEveryEvents: number;
  readonly maxAwaitTimeMs: number;
  /** Publishes in flight at once during a backfill (each is a different document). */
  readonly backfillConcurrency: number;
  readonly backoff: { readonly initialMs: number; readonly maxMs: number; readonly random?: () => number };
  readonly signal: AbortSignal;
}

/**
 * Server codes after which the saved position cannot be resumed (contract §2): 286
 * ChangeStreamHistoryLost (the point left the oplog), 280 ChangeStreamFatalError (the token is
 * not found), 260 InvalidResumeToken. All three mean: backfill, then stream from the scan's start.
 */
export const HISTORY_LOST_CODES: ReadonlySet<number> = new Set([286, 280, 260]);

export function isHistoryLost(error: unknown): boolean {
  return error instanceof MongoServerError && typeof error.code === "number" && HISTORY_LOST_CODES.has(error.code);
}

class Aborted extends Error {
  override readonly name = "Aborted";
}

export class ChangeRelay {
  private readonly watched: ReadonlySet<string>;
  private readonly db: Db;
  /** Counters for the logs and the tests. */
  readonly stats = { published: 0, skipped: 0, backfilled: 0, backfills: 0, saves: 0, publishFailures: 0, streamFailures: 0 };

  constructor(private readonly options: RelayOptions) {
    this.watched = new Set(options.collections);
    this.db = options.client.db(options.database);
  }

  /** Runs until the signal aborts; errors are logged and retried with backoff, never thrown. */
  async run(): Promise<void> {
    const { logger, signal, state, health } = this.options;
    const backoff = new Backoff(this.options.backoff);
    while (!signal.aborted) {
      try {
        const position = (await state.load()) ?? (await this.backfill());
        await this.follow(position, backoff);
      } catch (error) {
        if (error instanceof Aborted || signal.aborted) break;
        this.stats.streamFailures += 1;
        health.failure(error instanceof Error ? error.message : String(error));
        if (isHistoryLost(error)) {
          logger.warn("the saved position cannot be resumed; backfilling", errorFields(error));
          await state.clear();
        } else {
          logger.error("change stream failed; retrying", errorFields(error));
        }
        const waitMs = backoff.next();
        logger.info("backing off", { waitMs, failures: backoff.failures });
        await sleep(waitMs, signal);
      }
    }
  }

  /**
   * Scans every watched collection and publishes each document as a `replace` at the scan's start
   * time, then saves that time as the stream's `startAtOperationTime`: anything written during
   * the scan is seen by the scan or the stream (or both: at-least-once).
   */
  private async backfill(): Promise<RelayPosition> {
    const { logger, state } = this.options;
    // `operationTime` of any command on a replica set is the cluster time the server has reached.
    const reply = await this.db.command({ ping: 1 });
    const start = timestampParts(reply.operationTime);
    if (!start) throw new Error("the server answered ping without an operationTime; change streams need a replica set");
    this.stats.backfills += 1;
    logger.info("backfill started", { startAtOperationTime: start, collections: this.options.collections });
    for (const collection of this.options.collections) {
      let count = 0;
      const cursor = this.db.collection(collection).find({}, { sort: { _id: 1 }, batchSize: 1000 });
      // Each scanned document is a different ordering key, so their publishes may overlap: a
      // sequential backfill of a large collection (one request per key, tens of ms each) could
      // outlast the oplog window and lose its own start point.
      const inFlight = new Set<Promise<void>>();
      try {
        for await (const document of cursor) {
          this.checkAbort();
          const publish: Promise<void> = this.publishUntilAcked(backfillChange(collection, document as Record<string, unknown>, start)).then(() => {
            inFlight.delete(publish);
            count += 1;
            this.stats.backfilled += 1;
          });
          inFlight.add(publish);
          if (inFlight.size >= this.options.backfillConcurrency) await Promise.race(inFlight);
        }
        await Promise.all(inFlight);
      } finally {
        await Promise.allSettled(inFlight);
        await cursor.close().catch(() => undefined);
      }
      logger.info("backfill of a collection done", { collection, documents: count });
    }
    const position: RelayPosition = { startAtOperationTime: start };
    await this.save(position);
    return position;
  }

  private async follow(position: RelayPosition, backoff: Backoff): Promise<void> {
    const { logger, health, signal } = this.options;
    const options: ChangeStreamOptions = { fullDocument: "updateLookup", maxAwaitTimeMS: this.options.maxAwaitTimeMs };
    if (position.resumeToken) {
      if (position.afterInvalidate) options.startAfter = position.resumeToken;
      else options.resumeAfter = position.resumeToken;
    } else if (position.startAtOperationTime) {
      options.startAtOperationTime = new Timestamp(position.startAtOperationTime);
    }
    const stream = this.db.watch([{ $match: { "ns.coll": { $in: [...this.options.collections] } } }], options);
    logger.info("change stream opened", { from: position.resumeToken ? (position.afterInvalidate ? "startAfter" : "resumeAfter") : "startAtOperationTime" });
    let savedToken = position.resumeToken?._data;
    let lastSaveMs = Date.now();
    let unsavedEvents = 0;
    const checkpoint = async (force: boolean) => {
      const token = stream.resumeToken as ResumeToken | undefined;
      if (!token?._data || token._data === savedToken) return;
      const due = force || savedToken === undefined || unsavedEvents >= this.options.checkpointEveryEvents || Date.now() - lastSaveMs >= this.options.checkpointIntervalMs;
      if (!due) return;
      await this.save({ resumeToken: { _data: token._data } });
      savedToken = token._data;
      lastSaveMs = Date.now();
      unsavedEvents = 0;
    };
    try {
      while (!signal.aborted) {
        const event = (await stream.tryNext()) as (ChangeEventLike & { _id?: ResumeToken }) | null;
        health.progress();
        backoff.reset();
        if (event === null) {
          // An empty batch: the post-batch resume token moved on; keep it fresh in the file so a
          // long quiet spell does not leave the saved point to fall off the oplog.
          await checkpoint(false);
          continue;
        }
        if (event.operationType === "invalidate") {
          logger.warn("the change stream was invalidated; reopening after it", { eventId: event._id?._data });
          if (event._id?._data) await this.save({ resumeToken: { _data: event._id._data }, afterInvalidate: true });
          return;
        }
        const conversion = toRelayChange(event, this.watched);
        if (conversion.kind === "skip") {
          this.stats.skipped += 1;
          unsavedEvents += 1;
          logger.info("change skipped", { reason: conversion.reason, operationType: event.operationType });
          await checkpoint(false);
          continue;
        }
        await this.publishUntilAcked(conversion.change);
        unsavedEvents += 1;
        // After each acknowledged publish: the token now points at (or past) that event only.
        await checkpoint(true);
      }
    } finally {
      await stream.close().catch(() => undefined);
    }
  }

  /** Publishes one change, retrying with backoff until Pub/Sub acknowledges it (or the relay stops). */
  private async publishUntilAcked(change: RelayChange): Promise<void> {
    const { publisher, health, logger, signal } = this.options;
    const backoff = new Backoff(this.options.backoff);
    for (;;) {
      this.checkAbort();
      try {
        const messageId = await publisher.publish(change);
        this.stats.published += 1;
        health.progress();
        logger.debug("published", { collection: change.collection, documentId: change.documentId, operationType: change.operationType, messageId });
        return;
      } catch (error) {
        this.stats.publishFailures += 1;
        health.failure(error instanceof Error ? error.message : String(error));
        const waitMs = backoff.next();
        logger.warn("publish failed; retrying", { ...errorFields(error), collection: change.collection, documentId: change.documentId, waitMs });
        await sleep(waitMs, signal);
      }
    }
  }

  private async save(position: RelayPosition): Promise<void> {
    await this.options.state.save(position);
    this.stats.saves += 1;
  }

  private checkAbort(): void {
    if (this.options.signal.aborted) throw new Aborted("the relay is stopping");
  }
}
