import { aircall } from "./aircall";
import { guesty } from "./guesty";
import type { SourceAdapter } from "./types";

/** The registry of source adapters, by the value of the `SOURCE` var. A new vendor is one line here. */
const ADAPTERS: Readonly<Record<string, SourceAdapter>> = {
  [aircall.name]: aircall,
  [guesty.name]: guesty,
};

export function adapterFor(source: string): SourceAdapter | undefined {
  return Object.prototype.hasOwnProperty.call(ADAPTERS, source) ? ADAPTERS[source] : undefined;
}

export const SOURCE_NAMES: readonly string[] = Object.keys(ADAPTERS);

export type { SourceAdapter, DocumentWrite } from "./types";
