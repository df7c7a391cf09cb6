// Publishes relay changes through the Pub/Sub REST API (contract google-events-identity.md §1):
// `POST {base}/v1/projects/{p}/topics/{t}:publish` with `{messages: [{data, orderingKey}]}`,
// authorised by a service-account access token from runtime/lib/google-auth.ts.
//
// Why REST and not @google-cloud/pubsub: the client speaks gRPC (@grpc/grpc-js, protobuf
// descriptors loaded from files at run time), which does not fit the one-file bundle a docker
// config can carry, and its ordered publisher pauses a key after a failure until
// `resumePublishing(key)` — state the relay would have to manage anyway. One message per request
// (one ordering key per request is a REST rule) keeps "acknowledged" exact: the relay advances
// its position only past messages Pub/Sub returned a messageId for.
import { getAccessToken, invalidateAccessToken, type ServiceAccountKey } from "../lib/google-auth";
import { fetchWithTimeout, type FetchLike } from "../lib/fetch-timeout";
import type { RelayChange } from "./change";
import { PUBSUB_SCOPE } from "./contract";

export class PublishError extends Error {
  override readonly name = "PublishError";
  constructor(
    message: string,
    /** HTTP status, 0 when there was no answer. */
    readonly status: number,
  ) {
    super(message);
  }
}

export interface PublisherOptions {
  readonly key: ServiceAccountKey;
  readonly projectId: string;
  readonly topic: string;
  /** @default "https://pubsub.googleapis.com" */
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly fetch?: FetchLike;
}

export interface Publisher {
  /** Resolves with the message id once Pub/Sub has accepted the message; throws PublishError otherwise. */
  publish(change: RelayChange): Promise<string>;
}

export function restPublisher(options: PublisherOptions): Publisher {
  const fetcher: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const url = `${options.baseUrl.replace(/\/+$/, "")}/v1/projects/${encodeURIComponent(options.projectId)}/topics/${encodeURIComponent(options.topic)}:publish`;
  return {
    async publish(change) {
      let token: string;
      try {
        token = await getAccessToken(options.key, { scopes: [PUBSUB_SCOPE], fetch: fetcher, timeoutMs: options.timeoutMs });
      } catch (error) {
        throw new PublishError(`no access token: ${error instanceof Error ? error.message : String(error)}`, 0);
      }
      const body = JSON.stringify({
        messages: [{ data: Buffer.from(JSON.stringify(change), "utf8").toString("base64"), orderingKey: change.documentId }],
      });
      let response: Response;
      try {
        response = await fetchWithTimeout(fetcher, url, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body }, options.timeoutMs, "Pub/Sub publish");
      } catch (error) {
        throw new PublishError(`publish request failed: ${error instanceof Error ? error.message : String(error)}`, 0);
      }
      const text = await response.text();
      if (response.status === 401) invalidateAccessToken(options.key, [PUBSUB_SCOPE]);
      if (!response.ok) throw new PublishError(`Pub/Sub answered ${response.status}: ${text.slice(0, 300)}`, response.status);
      let ids: unknown;
      try {
        ids = (JSON.parse(text) as { messageIds?: unknown }).messageIds;
      } catch {
        ids = undefined;
      }
      if (!Array.isArray(ids) || typeof ids[0] !== "string") throw new PublishError("Pub/Sub answered without a messageId", response.status);
      return ids[0];
    },
  };
}
