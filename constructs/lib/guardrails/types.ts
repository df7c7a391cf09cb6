import type { IConstruct } from "constructs";

export type RuleLevel = "error" | "warning";

/** One synthesized resource as Terraform will read it (references stay `${...}` strings). */
export interface ResourceView {
  readonly type: string;
  /** The logical id: `resource.<type>.<name>` in cdk.tf.json. */
  readonly name: string;
  /** `<type>.<name>`, the Terraform address. */
  readonly address: string;
  /** The construct path (`prod-platform/Swarm/Firewall`), from the resource's `//` metadata. */
  readonly path: string;
  readonly body: Readonly<Record<string, unknown>>;
  /** The construct that produced it, when the check runs inside a cdktf app. */
  readonly construct?: IConstruct;
}

/** What rules may look at besides the resource: the whole stack's JSON and what it depends on. */
export interface StackContext {
  readonly stackName: string;
  readonly json: SynthesizedJson;
  readonly resources: readonly ResourceView[];
  /** Resources of one type in this stack. */
  ofType(type: string): readonly ResourceView[];
  /** Google APIs enabled by `google_project_service` in stacks this one depends on (deployed first). */
  readonly apisEnabledUpstream: ReadonlySet<string>;
}

export interface Rule {
  /** Stable id, used in suppressions and reports: `GR-<AREA>-<WHAT>`. */
  readonly id: string;
  readonly level: RuleLevel;
  /** One line: what the rule guarantees. */
  readonly description: string;
  /** Where the rule comes from: the provider source file and line, a vendor limit page, or the design doc. */
  readonly source: string;
  /** Secrets in plain text and SSH from anywhere cannot be suppressed. */
  readonly unsuppressable?: boolean;
  /** Resource types the rule looks at. */
  readonly resourceTypes: readonly string[] | ((type: string) => boolean);
  /** The problems with one resource, each a sentence that names the fix; empty when compliant. */
  check(resource: ResourceView, context: StackContext): readonly string[];
}

export interface Finding {
  readonly ruleId: string;
  readonly level: RuleLevel;
  readonly address: string;
  readonly path: string;
  readonly message: string;
  /** The reason given by the suppression that covers it, if any. */
  readonly suppressedBecause?: string;
}

export interface SynthesizedJson {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly variable?: Record<string, Record<string, unknown>>;
  readonly [key: string]: unknown;
}
