import { AssetType, TerraformAsset } from "cdktf";
import { Construct } from "constructs";
import { bundleRuntime, RuntimeBundle, RuntimeBundleOptions } from "./runtime-bundle";

export type RuntimeAssetProps = RuntimeBundleOptions;

/**
 * A construct's runtime code as a Terraform asset: bundled by esbuild at synth and copied into
 * the stack's output folder. Every construct attaches its runtime through this one class.
 */
export class RuntimeAsset extends Construct {
  readonly bundle: RuntimeBundle;
  /** Path of the deployable file relative to the stack's Terraform directory. */
  readonly path: string;
  /** sha256 (hex) of the deployable file, for `content_sha256` on a Worker script. */
  readonly fileSha256: string;
  /**
   * The first 16 hex digits of the source hash. Put it in object names: the google provider
   * replaces a bucket object (and so redeploys a function) only when its name changes.
   */
  readonly shortHash: string;

  constructor(scope: Construct, id: string, props: RuntimeAssetProps) {
    super(scope, id);
    this.bundle = bundleRuntime(props);
    const asset = new TerraformAsset(this, "File", {
      path: this.bundle.filePath,
      type: AssetType.FILE,
      assetHash: this.bundle.sourceHash,
    });
    this.path = asset.path;
    this.fileSha256 = this.bundle.fileSha256;
    this.shortHash = this.bundle.sourceHash.slice(0, 16);
  }
}
