import { IAspect, TerraformResource } from "cdktf";
import { Construct, IConstruct } from "constructs";

const OWNER = Symbol.for("@platform/infra.owner");

/** Marks `scope` as the construct that owns every resource below it (its kebab-case kind). */
export function markOwner(scope: Construct, kind: string): void {
  (scope as unknown as Record<symbol, string>)[OWNER] = kind;
}

/** The nearest owner kind above `node`, or `fallback` when no construct claims it. */
export function ownerOf(node: IConstruct, fallback: string): string {
  for (let scope: IConstruct | undefined = node; scope; scope = scope.node.scope) {
    const kind = (scope as unknown as Record<symbol, string | undefined>)[OWNER];
    if (kind) return kind;
  }
  return fallback;
}

export const LABEL_ENVIRONMENT = "environment";
export const LABEL_OWNER = "owner";
const DOCKER_LABEL_PREFIX = "platform.";

interface DockerLabel {
  readonly label: string;
  readonly value: string;
}
interface DockerLabelled {
  readonly labels: { internalValue?: unknown };
  putLabels(value: DockerLabel[]): void;
}

/**
 * Labels every resource that can carry labels with its environment and owning construct, so a
 * bill, a console filter or `docker service ls --filter label=...` can tell what is whose.
 * Map-style labels (hcloud, google) are merged key by key; docker's list-of-blocks labels are
 * merged by label name. Resources whose provider has no labels (Cloudflare) are left as they are.
 */
export class ResourceLabels implements IAspect {
  constructor(
    private readonly environment: string,
    private readonly fallbackOwner: string,
  ) {}

  visit(node: IConstruct): void {
    if (!TerraformResource.isTerraformResource(node)) return;
    const owner = ownerOf(node, this.fallbackOwner);
    if (isDockerLabelled(node)) {
      const wanted: DockerLabel[] = [
        { label: `${DOCKER_LABEL_PREFIX}${LABEL_ENVIRONMENT}`, value: this.environment },
        { label: `${DOCKER_LABEL_PREFIX}${LABEL_OWNER}`, value: owner },
      ];
      const existing = Array.isArray(node.labels.internalValue) ? (node.labels.internalValue as DockerLabel[]) : [];
      const kept = existing.filter((label) => !wanted.some((w) => w.label === label.label));
      node.putLabels([...kept, ...wanted]);
    } else if ("labelsInput" in node) {
      // An override deep-merges into the synthesized block, keeping labels the construct set itself.
      node.addOverride(`labels.${LABEL_ENVIRONMENT}`, this.environment);
      node.addOverride(`labels.${LABEL_OWNER}`, owner);
    }
  }
}

function isDockerLabelled(node: TerraformResource): node is TerraformResource & DockerLabelled {
  return node.terraformResourceType.startsWith("docker_") && typeof (node as unknown as DockerLabelled).putLabels === "function";
}
