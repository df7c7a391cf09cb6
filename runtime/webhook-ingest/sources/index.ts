import type { WebhookSource } from "../contract";
import { aircall } from "./aircall";
import { guesty } from "./guesty";
import type { SourceAdapter } from "./types";

/**
 * The registry of source adapters, by the value of the `SOURCE` var: exactly the contract's
 * `WEBHOOK_SOURCES` (a missing or extra entry does not compile). A new vendor is one adapter,
 * one line here and its name in the contract.
 */
const ADAPTERS: Readonly<Record<WebhookSource, SourceAdapter>> = {
  aircall,
  guesty,
};

export function adapterFor(source: string): SourceAdapter | undefined {
  return Object.prototype.hasOwnProperty.call(ADAPTERS, source) ? ADAPTERS[source as WebhookSource] : undefined;
}

export const SOURCE_NAMES: readonly string[] = Object.keys(ADAPTERS);

export type { SourceAdapter, DocumentWrite } from "./types";
