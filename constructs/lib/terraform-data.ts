import { TerraformMetaArguments, TerraformResource } from "cdktf";
import { Construct } from "constructs";

export interface TerraformDataProps extends TerraformMetaArguments {
  /** Values whose change replaces the resource (and so re-runs its provisioners). */
  readonly triggersReplace?: readonly unknown[];
}

/**
 * Terraform's built-in `terraform_data` resource (Terraform ≥ 1.4), for provisioner steps.
 *
 * cdktf's own `DataResource` validates the Terraform version at synth by running
 * `terraform version` once per instance: synth then fails on a machine without Terraform (CI,
 * a laptop that only synthesizes) and pays a process spawn per resource. The version floor is
 * documented in the README instead.
 */
export class TerraformData extends TerraformResource {
  private readonly triggersReplace?: readonly unknown[];

  constructor(scope: Construct, id: string, props: TerraformDataProps = {}) {
    super(scope, id, {
      terraformResourceType: "terraform_data",
      terraformGeneratorMetadata: { providerName: "terraform" },
      dependsOn: props.dependsOn,
      count: props.count,
      lifecycle: props.lifecycle,
      provisioners: props.provisioners,
      connection: props.connection,
      forEach: props.forEach,
      provider: props.provider,
    });
    this.triggersReplace = props.triggersReplace;
  }

  get id(): string {
    return this.getStringAttribute("id");
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { triggers_replace: this.triggersReplace };
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return { triggers_replace: { value: this.triggersReplace, isBlock: false, type: "simple", storageClassType: "list" } };
  }
}
