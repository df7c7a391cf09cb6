import type { IConstruct } from "constructs";

/** A rule a construct (and everything below it) is exempt from, and why. */
export interface Suppression {
  readonly ruleId: string;
  readonly reason: string;
}

const SUPPRESSIONS = Symbol.for("@platform/infra.guardrails.suppressions");
/** cdk-nag asks for a reason of at least 10 characters; so do we: "ok" or "legacy" explains nothing. */
export const MIN_REASON_LENGTH = 10;

type Holder = { [SUPPRESSIONS]?: Suppression[] };

/**
 * Records suppressions on a construct. Validation against the rule pack (unknown ids, rules that
 * cannot be suppressed) happens in `Guardrails.suppress`, which owns the pack.
 */
export function attachSuppressions(scope: IConstruct, suppressions: readonly Suppression[]): void {
  const problems: string[] = [];
  for (const s of suppressions) {
    if (typeof s.reason !== "string" || s.reason.trim().length < MIN_REASON_LENGTH) {
      problems.push(`suppression of ${s.ruleId} on "${scope.node.path}" has reason ${JSON.stringify(s.reason)}; give a reason of at least ${MIN_REASON_LENGTH} characters that says why the rule does not apply here`);
    }
  }
  if (problems.length) throw new Error(problems.join("\n"));
  const holder = scope as unknown as Holder;
  holder[SUPPRESSIONS] = [...(holder[SUPPRESSIONS] ?? []), ...suppressions];
}

/** The suppression of `ruleId` on `node` or its nearest ancestor that has one. */
export function suppressionFor(node: IConstruct | undefined, ruleId: string): Suppression | undefined {
  for (let scope = node; scope; scope = scope.node.scope) {
    const found = (scope as unknown as Holder)[SUPPRESSIONS]?.find((s) => s.ruleId === ruleId);
    if (found) return found;
  }
  return undefined;
}
