import { IConstruct } from "constructs";

/** Where a box is drawn: one subgraph per provider or trust zone. */
export type Zone = "external" | "cloudflare" | "vercel" | "gcp" | "hetzner" | "managed-ai";

/** A box that is not a construct of this app (a vendor, a managed service), named once here. */
export interface ExternalNode {
  readonly id: string;
  readonly label: string;
  readonly zone: Zone;
}

/** Shared boxes: the same id from two constructs is one box. */
export const NODES = {
  aircall: { id: "aircall", label: "Aircall", zone: "external" },
  guesty: { id: "guesty", label: "Guesty", zone: "external" },
  rocketchatUser: { id: "rocketchat-user", label: "Rocket.Chat user", zone: "external" },
  groq: { id: "groq", label: "Groq", zone: "managed-ai" },
  qdrant: { id: "qdrant", label: "Qdrant (managed cluster)", zone: "managed-ai" },
  firestore: { id: "firestore", label: "Firestore", zone: "gcp" },
  relayTopic: { id: "relay-topic", label: "Pub/Sub change topic", zone: "gcp" },
  scheduler: { id: "scheduler", label: "Cloud Scheduler", zone: "gcp" },
  r2Backups: { id: "r2-backups", label: "R2 backups", zone: "cloudflare" },
  workerSecrets: { id: "kv-secrets", label: "KV secrets", zone: "cloudflare" },
  secretsUi: { id: "secrets-ui", label: "Secrets UI", zone: "vercel" },
  cloudflareDns: { id: "cloudflare-dns", label: "Cloudflare DNS / proxy", zone: "cloudflare" },
} as const satisfies Record<string, ExternalNode>;

export type Endpoint = IConstruct | ExternalNode;

export interface Connection {
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly label: string;
  /** Zone of a construct endpoint when given; otherwise the diagram infers it from the resources below it. */
  readonly zones?: { readonly from?: Zone; readonly to?: Zone };
}

const CONNECTIONS = Symbol.for("@platform/infra.guardrails.connections");
type Holder = { [CONNECTIONS]?: Connection[] };

export interface Connector {
  /** Declares another arrow; chainable, so a construct declares its arrows in one statement. */
  connects(from: Endpoint | undefined, to: Endpoint | undefined, label: string): Connector;
}

function isConstruct(e: Endpoint): e is IConstruct {
  return typeof (e as IConstruct).node === "object";
}

/**
 * Declares a data flow `from → to` for the architecture diagram (`npm run diagram`). Recorded
 * on the app root, so connections across stacks meet in one picture. No effect on synthesis.
 * An undefined end (an optional part the construct did not create) declares nothing.
 */
export function connects(from: Endpoint | undefined, to: Endpoint | undefined, label: string): Connector {
  const chain: Connector = { connects: (f, t, l) => connects(f, t, l) };
  if (!from || !to) return chain;
  const anchor = isConstruct(from) ? from : isConstruct(to) ? to : undefined;
  if (!anchor) throw new Error(`connects("${(from as ExternalNode).id}", "${(to as ExternalNode).id}"): one end must be a construct of the app`);
  const root = anchor.node.root as unknown as Holder;
  (root[CONNECTIONS] ??= []).push({ from, to, label });
  return chain;
}

/** Every connection declared in the app that `scope` belongs to, in declaration order. */
export function connectionsOf(scope: IConstruct): readonly Connection[] {
  return (scope.node.root as unknown as Holder)[CONNECTIONS] ?? [];
}

export function isConstructEndpoint(e: Endpoint): e is IConstruct {
  return isConstruct(e);
}
