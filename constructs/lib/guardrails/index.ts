import * as fs from "node:fs";
import * as path from "node:path";
import { Annotations, IAspect, ISynthesisSession, TerraformResource, TerraformStack, Aspects } from "cdktf";
// cdktf's hook for writing extra files during synth (the same one TerraformAsset uses); not re-exported from the package root.
import { addCustomSynthesis } from "cdktf/lib/synthesize/synthesizer";
import { IConstruct } from "constructs";
import { evaluate, formatErrors, GuardrailsReport, toSarif } from "./engine";
import { RULES } from "./rules";
import { attachSuppressions } from "./suppressions";
import type { Rule, SynthesizedJson } from "./types";

export { RULES, isPinnedImage } from "./rules";
export { evaluate, toSarif, formatErrors, GuardrailsReport, RuleCount } from "./engine";
export { scanStackJson, formatSecretFindings, SecretFinding } from "./secret-scan";
export { Suppression, MIN_REASON_LENGTH } from "./suppressions";
export type { Rule, RuleLevel, Finding, ResourceView, StackContext } from "./types";
export { connects, connectionsOf, Connection, NODES, ExternalNode, Zone } from "./connections";
export { environmentDiagram, environmentDiagramMarkdown } from "./diagram";

export interface GuardrailsOptions {
  /** @default RULES - the whole pack; add your own rules with `[...RULES, myRule]` */
  readonly rules?: readonly Rule[];
  /** @default true - an open error finding fails synth (after the reports are written) */
  readonly failOnError?: boolean;
}

export const REPORT_JSON = "guardrails.json";
export const REPORT_SARIF = "guardrails.sarif";

/**
 * The rule pack as an Aspect. `Guardrails.applyTo(stack)` is all a stack needs: at synth the
 * stack's resolved Terraform JSON (exactly what Terraform reads) is checked against every rule;
 * the report is written next to `cdk.tf.json` (`guardrails.json`, `guardrails.sarif`), warnings
 * become synth warnings, and error findings fail synth with every one listed.
 */
export class Guardrails implements IAspect {
  private registered = false;
  /** The last report, for tests and callers that want the numbers. */
  lastReport?: GuardrailsReport;

  static applyTo(stack: TerraformStack, options: GuardrailsOptions = {}): Guardrails {
    const guardrails = new Guardrails(stack, options);
    Aspects.of(stack).add(guardrails);
    return guardrails;
  }

  /**
   * Exempts `scope` and everything below it from one rule, with a reason (≥ 10 characters).
   * Rules marked unsuppressable (secrets in plain text, SSH from anywhere) refuse.
   */
  static suppress(scope: IConstruct, ruleId: string, reason: string): void {
    const rule = RULES.find((r) => r.id === ruleId);
    if (!rule) throw new Error(`guardrails: "${scope.node.path}" suppresses unknown rule ${ruleId}; known rules: ${RULES.map((r) => r.id).join(", ")}`);
    if (rule.unsuppressable) throw new Error(`guardrails: "${scope.node.path}" suppresses ${ruleId}, which cannot be suppressed (${rule.description}); fix the resource instead`);
    attachSuppressions(scope, [{ ruleId, reason }]);
  }

  /** Declares a function or service public on purpose: suppresses GR-GCP-PUBLIC-INVOKER with the reason. */
  static declarePublic(scope: IConstruct, reason: string): void {
    Guardrails.suppress(scope, "GR-GCP-PUBLIC-INVOKER", reason);
  }

  private constructor(
    private readonly stack: TerraformStack,
    private readonly options: GuardrailsOptions,
  ) {}

  visit(node: IConstruct): void {
    if (node !== this.stack || this.registered) return;
    this.registered = true;
    addCustomSynthesis(this.stack, { onSynthesize: (session) => this.check(session) });
  }

  /** Evaluates the stack; writes the reports into the stack's output folder when a session is given. */
  check(session?: ISynthesisSession): GuardrailsReport {
    const stack = this.stack;
    const rules = this.options.rules ?? RULES;
    const json = stack.toTerraform() as SynthesizedJson;
    if (session) handOnceToSynthesizer(stack, json);
    const byPath = new Map(stack.node.findAll().map((c) => [c.node.path, c] as const));
    const report = evaluate(stack.node.id, json, { rules, constructAt: (p) => byPath.get(p), apisEnabledUpstream: apisEnabledUpstream(stack) });
    this.lastReport = report;

    if (session) {
      const dir = path.join(session.outdir, session.manifest.forStack(stack).workingDirectory);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, REPORT_JSON), `${JSON.stringify(report, null, 2)}\n`);
      fs.writeFileSync(path.join(dir, REPORT_SARIF), `${JSON.stringify(toSarif(report, rules, "cdk.tf.json"), null, 2)}\n`);
    }
    for (const f of report.findings) {
      if (f.level === "warning" && !f.suppressedBecause) Annotations.of(byPath.get(f.path) ?? stack).addWarning(`[${f.ruleId}] ${f.message}`);
    }
    if (report.totals.errors > 0 && this.options.failOnError !== false) throw new Error(formatErrors(report));
    return report;
  }
}

/**
 * cdktf's synthesizer resolves the stack again right after the custom synthesis hooks run
 * (cdktf/lib/synthesize/synthesizer.js), and nothing changes the construct tree in between: hand
 * it the JSON just checked instead of resolving every token a second time (about a third of the
 * app's synth time). The override answers one call and removes itself.
 */
function handOnceToSynthesizer(stack: TerraformStack, json: SynthesizedJson): void {
  const own = Object.getOwnPropertyDescriptor(stack, "toTerraform");
  Object.defineProperty(stack, "toTerraform", {
    configurable: true,
    writable: true,
    value: () => {
      if (own) Object.defineProperty(stack, "toTerraform", own);
      else delete (stack as unknown as Record<string, unknown>).toTerraform;
      return json;
    },
  });
}

/** APIs enabled by google_project_service resources in the stacks `stack` depends on (transitively). */
function apisEnabledUpstream(stack: TerraformStack): Set<string> {
  const apis = new Set<string>();
  const seen = new Set<TerraformStack>();
  const visit = (s: TerraformStack) => {
    for (const dep of s.dependencies as TerraformStack[]) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      for (const c of dep.node.findAll()) {
        if (TerraformResource.isTerraformResource(c) && c.terraformResourceType === "google_project_service") {
          // The input, not the `service` getter: the getter is a token at synth (NOTES.md).
          const service = (c as unknown as { serviceInput?: unknown }).serviceInput;
          if (typeof service === "string") apis.add(service);
        }
      }
      visit(dep);
    }
  };
  visit(stack);
  return apis;
}
