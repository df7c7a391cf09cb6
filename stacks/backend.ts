import * as path from "node:path";
import { GcsBackend, LocalBackend, TerraformStack } from "cdktf";
import { StateBackend } from "./environment";

/** Where the local backend keeps state unless the config says otherwise (gitignored). */
export const DEFAULT_LOCAL_STATE_DIRECTORY = "terraform-state";

/**
 * One state per stack: `<prefix>/<stack id>` in GCS, or `<directory>/<stack id>.tfstate` locally.
 * Separate states let the platform stack and the swarm-services stack be planned on their own.
 *
 * The local path is absolute on purpose. The cdktf CLI runs Terraform with the working
 * directory `cdktf.out/stacks/<stack>/` (@cdktf/cli-core synth-stack.js), so a relative path
 * would put each stack's state in its own build folder: the swarm-services stack's
 * `terraform_remote_state` (which reuses the platform stack's backend config) would look for
 * the platform state in the wrong place and find no outputs, and a clean synth could lose state.
 */
export function configureBackend(stack: TerraformStack, backend: StateBackend, stackId: string): void {
  if (backend.type === "gcs") {
    new GcsBackend(stack, { bucket: backend.bucket, prefix: `${backend.prefix}/${stackId}` });
  } else {
    new LocalBackend(stack, { path: localStatePath(backend.directory, stackId) });
  }
}

/** The absolute state file of one stack; relative directories resolve against the synth's working directory. */
export function localStatePath(directory: string | undefined, stackId: string): string {
  return path.resolve(directory ?? DEFAULT_LOCAL_STATE_DIRECTORY, `${stackId}.tfstate`);
}
