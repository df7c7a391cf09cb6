import * as fs from "node:fs";
import * as path from "node:path";
import { packageRoot } from "../lib/package-root";

/**
 * The swarm's bootstrap script (`scripts/join.sh`), run by `local-exec` on the operator's machine.
 * It is read at synth from the package (`constructs/swarm-cluster/scripts/` ships in the npm
 * package), so the JSON carries the script as it is in the repository; every value reaches it as
 * an environment variable of the local-exec, never as text spliced into it:
 *
 * - LeaderReady: `LEADER_PUBLIC_IP`;
 * - JoinNode<n>: `LEADER_PUBLIC_IP`, `LEADER_PRIVATE_IP`, `NODE_PUBLIC_IP`, `NODE_PRIVATE_IP`,
 *   `NODE_INDEX`, `SWARM_ROLE` (`manager` or `worker`).
 */
export const JOIN_SCRIPT = "constructs/swarm-cluster/scripts/join.sh";

let cached: string | undefined;

/** The script text, escaped for a Terraform string: `${` and `%{` start template sequences there. */
export function joinScriptCommand(): string {
  cached ??= forTerraform(fs.readFileSync(path.join(packageRoot(), JOIN_SCRIPT), "utf8"));
  return cached;
}

/** `$${` and `%%{` are Terraform's literal `${` and `%{`. */
export function forTerraform(text: string): string {
  return text.replace(/([$%])\{/g, (_, sigil: string) => `${sigil}${sigil}{`);
}
