import { StorageBucketObject } from "@cdktf/provider-google/lib/storage-bucket-object";
import { Construct } from "constructs";
import { RuntimeAsset } from "./runtime-asset";
import { GCP_FUNCTION_RUNTIME } from "./runtime-bundle";

export interface FunctionSourceProps {
  /** Folder under `runtime/` holding the function's `index.ts`. */
  readonly runtime: string;
  /** Bucket the zip is uploaded to (see `EnvironmentFoundation.functionSourceBucketName`). */
  readonly bucketName: string;
  /** Root holding `runtime/` and `node_modules/`. @default - this package's root */
  readonly rootDir?: string;
}

/**
 * A GCP function's source: the runtime bundled and zipped reproducibly, uploaded as an object
 * whose name carries the source hash. The google provider redeploys a function only when the
 * object's name changes, so a code change redeploys and an unchanged build is no diff at all.
 */
export class FunctionSource extends Construct {
  readonly bucketName: string;
  /** `<runtime>-<hash>.zip`: use as `buildConfig.source.storageSource.object`. */
  readonly objectName: string;
  readonly asset: RuntimeAsset;
  /** The Cloud Functions runtime the bundle was built for (`nodejs22`): use as `buildConfig.runtime`. */
  readonly functionRuntime = GCP_FUNCTION_RUNTIME;

  constructor(scope: Construct, id: string, props: FunctionSourceProps) {
    super(scope, id);
    this.asset = new RuntimeAsset(this, "Bundle", { runtime: props.runtime, target: "gcp-function", rootDir: props.rootDir });
    const object = new StorageBucketObject(this, "Object", {
      bucket: props.bucketName,
      name: `${props.runtime}-${this.asset.shortHash}.zip`,
      source: this.asset.path,
      contentType: "application/zip",
    });
    this.bucketName = props.bucketName;
    this.objectName = object.name;
  }
}
