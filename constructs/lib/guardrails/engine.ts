import type { IConstruct } from "constructs";
import { suppressionFor } from "./suppressions";
import type { Finding, ResourceView, Rule, StackContext, SynthesizedJson } from "./types";

export interface RuleCount {
  readonly ruleId: string;
  readonly level: Rule["level"];
  readonly compliant: number;
  readonly nonCompliant: number;
  readonly suppressed: number;
}

export interface GuardrailsReport {
  readonly stack: string;
  readonly totals: { readonly compliant: number; readonly nonCompliant: number; readonly suppressed: number; readonly errors: number; readonly warnings: number };
  readonly rules: readonly RuleCount[];
  /** Non-compliant and suppressed findings, sorted by rule then address. */
  readonly findings: readonly Finding[];
}

export interface EvaluateOptions {
  readonly rules: readonly Rule[];
  /** Finds the construct a resource came from (by construct path), for suppressions and construct-level facts. */
  readonly constructAt?: (path: string) => IConstruct | undefined;
  readonly apisEnabledUpstream?: ReadonlySet<string>;
}

/** Resources (and variables, as type `variable`) of a synthesized stack, in a stable order. */
export function resourceViews(json: SynthesizedJson, constructAt?: (path: string) => IConstruct | undefined): ResourceView[] {
  const views: ResourceView[] = [];
  for (const type of Object.keys(json.resource ?? {}).sort()) {
    for (const name of Object.keys(json.resource![type]).sort()) {
      const raw = json.resource![type][name];
      const path = ((raw["//"] as { metadata?: { path?: string } } | undefined)?.metadata?.path) ?? `${type}.${name}`;
      const { ["//"]: _metadata, ...body } = raw;
      views.push({ type, name, address: `${type}.${name}`, path, body, construct: constructAt?.(path) });
    }
  }
  for (const name of Object.keys(json.variable ?? {}).sort()) {
    const raw = json.variable![name];
    const path = ((raw["//"] as { metadata?: { path?: string } } | undefined)?.metadata?.path) ?? `var.${name}`;
    const { ["//"]: _metadata, ...body } = raw;
    views.push({ type: "variable", name, address: `var.${name}`, path, body, construct: constructAt?.(path) });
  }
  return views;
}

const applies = (rule: Rule, type: string) => (typeof rule.resourceTypes === "function" ? rule.resourceTypes(type) : rule.resourceTypes.includes(type));

/** Runs every rule over every resource of one synthesized stack. */
export function evaluate(stackName: string, json: SynthesizedJson, options: EvaluateOptions): GuardrailsReport {
  const resources = resourceViews(json, options.constructAt);
  const byType = new Map<string, ResourceView[]>();
  for (const r of resources) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  const context: StackContext = { stackName, json, resources, ofType: (type) => byType.get(type) ?? [], apisEnabledUpstream: options.apisEnabledUpstream ?? new Set() };

  const findings: Finding[] = [];
  const counts: RuleCount[] = [];
  for (const rule of options.rules) {
    let compliant = 0;
    let nonCompliant = 0;
    let suppressed = 0;
    for (const resource of resources) {
      if (!applies(rule, resource.type)) continue;
      const problems = rule.check(resource, context);
      if (!problems.length) {
        compliant++;
        continue;
      }
      const suppression = rule.unsuppressable ? undefined : suppressionFor(resource.construct, rule.id);
      if (suppression) suppressed++;
      else nonCompliant++;
      for (const problem of problems) {
        findings.push({ ruleId: rule.id, level: rule.level, address: resource.address, path: resource.path, message: `${resource.path} (${resource.address}) ${problem}`, suppressedBecause: suppression?.reason });
      }
    }
    counts.push({ ruleId: rule.id, level: rule.level, compliant, nonCompliant, suppressed });
  }
  const open = findings.filter((f) => !f.suppressedBecause);
  return {
    stack: stackName,
    totals: {
      compliant: counts.reduce((n, c) => n + c.compliant, 0),
      nonCompliant: counts.reduce((n, c) => n + c.nonCompliant, 0),
      suppressed: counts.reduce((n, c) => n + c.suppressed, 0),
      errors: open.filter((f) => f.level === "error").length,
      warnings: open.filter((f) => f.level === "warning").length,
    },
    rules: counts,
    findings,
  };
}

/** SARIF 2.1.0 (docs.oasis-open.org/sarif/sarif/v2.1.0): one run, one result per finding; suppressed ones carry a suppression. */
export function toSarif(report: GuardrailsReport, rules: readonly Rule[], artifactUri: string): object {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "platform-guardrails",
            informationUri: "https://github.com/platform/infra/blob/main/README.md#guardrails",
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              help: { text: `Source: ${r.source}` },
              defaultConfiguration: { level: r.level },
              properties: { unsuppressable: !!r.unsuppressable },
            })),
          },
        },
        results: report.findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
          level: f.level,
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri } }, logicalLocations: [{ fullyQualifiedName: f.address, name: f.path, kind: "resource" }] }],
          ...(f.suppressedBecause ? { suppressions: [{ kind: "inSource", justification: f.suppressedBecause }] } : {}),
        })),
      },
    ],
  };
}

/** The error message that fails synth: every open error, one per line. */
export function formatErrors(report: GuardrailsReport): string {
  const errors = report.findings.filter((f) => f.level === "error" && !f.suppressedBecause);
  return `guardrails: ${errors.length} error finding(s) in stack "${report.stack}":\n${errors.map((f) => `  - [${f.ruleId}] ${f.message}`).join("\n")}`;
}
