import { GcsBackend, LocalBackend, TerraformStack } from "cdktf";
import { StateBackend } from "./environment";

/**
 * One state per stack: `<prefix>/<stack id>` in GCS, or `terraform.<stack id>.tfstate` locally.
 * Separate states let the platform stack and the swarm-services stack be planned on their own.
 */
export function configureBackend(stack: TerraformStack, backend: StateBackend, stackId: string): void {
  if (backend.type === "gcs") {
    new GcsBackend(stack, { bucket: backend.bucket, prefix: `${backend.prefix}/${stackId}` });
  } else {
    new LocalBackend(stack, { path: `terraform.${stackId}.tfstate` });
  }
}
