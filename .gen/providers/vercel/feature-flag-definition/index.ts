// https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface FeatureFlagDefinitionConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether the flag should be archived instead of active.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition#archived FeatureFlagDefinition#archived}
  */
  readonly archived?: boolean | cdktf.IResolvable;
  /**
  * A human-readable description of the flag.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition#description FeatureFlagDefinition#description}
  */
  readonly description?: string;
  /**
  * The stable flag key used in your application code.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition#key FeatureFlagDefinition#key}
  */
  readonly key: string;
  /**
  * The type of value this flag returns. Must be one of `boolean`, `string`, or `number`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition#kind FeatureFlagDefinition#kind}
  */
  readonly kind: string;
  /**
  * The ID of the Vercel project that owns the flag.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition#project_id FeatureFlagDefinition#project_id}
  */
  readonly projectId: string;
  /**
  * The ID of the Vercel team. Required when configuring a team resource if a default team has not been set in the provider.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition#team_id FeatureFlagDefinition#team_id}
  */
  readonly teamId?: string;
  /**
  * The variants available for this flag.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition#variant FeatureFlagDefinition#variant}
  */
  readonly variant: FeatureFlagDefinitionVariant[] | cdktf.IResolvable;
}
export interface FeatureFlagDefinitionVariant {
  /**
  * A human-readable description for the variant.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition#description FeatureFlagDefinition#description}
  */
  readonly description?: string;
  /**
  * The stable variant identifier referenced by flag configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition#id FeatureFlagDefinition#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
  /**
  * A human-readable label for the variant.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition#label FeatureFlagDefinition#label}
  */
  readonly label?: string;
  /**
  * The boolean value for this variant. Use this when `kind = "boolean"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition#value_bool FeatureFlagDefinition#value_bool}
  */
  readonly valueBool?: boolean | cdktf.IResolvable;
  /**
  * The numeric value for this variant. Use this when `kind = "number"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition#value_number FeatureFlagDefinition#value_number}
  */
  readonly valueNumber?: number;
  /**
  * The string value for this variant. Use this when `kind = "string"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition#value_string FeatureFlagDefinition#value_string}
  */
  readonly valueString?: string;
}

export function featureFlagDefinitionVariantToTerraform(struct?: FeatureFlagDefinitionVariant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    description: cdktf.stringToTerraform(struct!.description),
    id: cdktf.stringToTerraform(struct!.id),
    label: cdktf.stringToTerraform(struct!.label),
    value_bool: cdktf.booleanToTerraform(struct!.valueBool),
    value_number: cdktf.numberToTerraform(struct!.valueNumber),
    value_string: cdktf.stringToTerraform(struct!.valueString),
  }
}


export function featureFlagDefinitionVariantToHclTerraform(struct?: FeatureFlagDefinitionVariant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    description: {
      value: cdktf.stringToHclTerraform(struct!.description),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    label: {
      value: cdktf.stringToHclTerraform(struct!.label),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value_bool: {
      value: cdktf.booleanToHclTerraform(struct!.valueBool),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    value_number: {
      value: cdktf.numberToHclTerraform(struct!.valueNumber),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    value_string: {
      value: cdktf.stringToHclTerraform(struct!.valueString),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FeatureFlagDefinitionVariantOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): FeatureFlagDefinitionVariant | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._description !== undefined) {
      hasAnyValues = true;
      internalValueResult.description = this._description;
    }
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._label !== undefined) {
      hasAnyValues = true;
      internalValueResult.label = this._label;
    }
    if (this._valueBool !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueBool = this._valueBool;
    }
    if (this._valueNumber !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueNumber = this._valueNumber;
    }
    if (this._valueString !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueString = this._valueString;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FeatureFlagDefinitionVariant | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._description = undefined;
      this._id = undefined;
      this._label = undefined;
      this._valueBool = undefined;
      this._valueNumber = undefined;
      this._valueString = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._description = value.description;
      this._id = value.id;
      this._label = value.label;
      this._valueBool = value.valueBool;
      this._valueNumber = value.valueNumber;
      this._valueString = value.valueString;
    }
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // label - computed: false, optional: true, required: false
  private _label?: string; 
  public get label() {
    return this.getStringAttribute('label');
  }
  public set label(value: string) {
    this._label = value;
  }
  public resetLabel() {
    this._label = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelInput() {
    return this._label;
  }

  // value_bool - computed: false, optional: true, required: false
  private _valueBool?: boolean | cdktf.IResolvable; 
  public get valueBool() {
    return this.getBooleanAttribute('value_bool');
  }
  public set valueBool(value: boolean | cdktf.IResolvable) {
    this._valueBool = value;
  }
  public resetValueBool() {
    this._valueBool = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueBoolInput() {
    return this._valueBool;
  }

  // value_number - computed: false, optional: true, required: false
  private _valueNumber?: number; 
  public get valueNumber() {
    return this.getNumberAttribute('value_number');
  }
  public set valueNumber(value: number) {
    this._valueNumber = value;
  }
  public resetValueNumber() {
    this._valueNumber = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueNumberInput() {
    return this._valueNumber;
  }

  // value_string - computed: false, optional: true, required: false
  private _valueString?: string; 
  public get valueString() {
    return this.getStringAttribute('value_string');
  }
  public set valueString(value: string) {
    this._valueString = value;
  }
  public resetValueString() {
    this._valueString = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueStringInput() {
    return this._valueString;
  }
}

export class FeatureFlagDefinitionVariantList extends cdktf.ComplexList {
  public internalValue? : FeatureFlagDefinitionVariant[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): FeatureFlagDefinitionVariantOutputReference {
    return new FeatureFlagDefinitionVariantOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition vercel_feature_flag_definition}
*/
export class FeatureFlagDefinition extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vercel_feature_flag_definition";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a FeatureFlagDefinition resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the FeatureFlagDefinition to import
  * @param importFromId The id of the existing FeatureFlagDefinition that should be imported. Refer to the {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the FeatureFlagDefinition to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "vercel_feature_flag_definition", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_definition vercel_feature_flag_definition} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options FeatureFlagDefinitionConfig
  */
  public constructor(scope: Construct, id: string, config: FeatureFlagDefinitionConfig) {
    super(scope, id, {
      terraformResourceType: 'vercel_feature_flag_definition',
      terraformGeneratorMetadata: {
        providerName: 'vercel',
        providerVersion: '5.10.0',
        providerVersionConstraint: '= 5.10.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._archived = config.archived;
    this._description = config.description;
    this._key = config.key;
    this._kind = config.kind;
    this._projectId = config.projectId;
    this._teamId = config.teamId;
    this._variant.internalValue = config.variant;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // archived - computed: true, optional: true, required: false
  private _archived?: boolean | cdktf.IResolvable; 
  public get archived() {
    return this.getBooleanAttribute('archived');
  }
  public set archived(value: boolean | cdktf.IResolvable) {
    this._archived = value;
  }
  public resetArchived() {
    this._archived = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get archivedInput() {
    return this._archived;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // kind - computed: false, optional: false, required: true
  private _kind?: string; 
  public get kind() {
    return this.getStringAttribute('kind');
  }
  public set kind(value: string) {
    this._kind = value;
  }
  // Temporarily expose input value. Use with caution.
  public get kindInput() {
    return this._kind;
  }

  // project_id - computed: false, optional: false, required: true
  private _projectId?: string; 
  public get projectId() {
    return this.getStringAttribute('project_id');
  }
  public set projectId(value: string) {
    this._projectId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get projectIdInput() {
    return this._projectId;
  }

  // team_id - computed: true, optional: true, required: false
  private _teamId?: string; 
  public get teamId() {
    return this.getStringAttribute('team_id');
  }
  public set teamId(value: string) {
    this._teamId = value;
  }
  public resetTeamId() {
    this._teamId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get teamIdInput() {
    return this._teamId;
  }

  // variant - computed: false, optional: false, required: true
  private _variant = new FeatureFlagDefinitionVariantList(this, "variant", false);
  public get variant() {
    return this._variant;
  }
  public putVariant(value: FeatureFlagDefinitionVariant[] | cdktf.IResolvable) {
    this._variant.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get variantInput() {
    return this._variant.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      archived: cdktf.booleanToTerraform(this._archived),
      description: cdktf.stringToTerraform(this._description),
      key: cdktf.stringToTerraform(this._key),
      kind: cdktf.stringToTerraform(this._kind),
      project_id: cdktf.stringToTerraform(this._projectId),
      team_id: cdktf.stringToTerraform(this._teamId),
      variant: cdktf.listMapper(featureFlagDefinitionVariantToTerraform, false)(this._variant.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      archived: {
        value: cdktf.booleanToHclTerraform(this._archived),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      key: {
        value: cdktf.stringToHclTerraform(this._key),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kind: {
        value: cdktf.stringToHclTerraform(this._kind),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project_id: {
        value: cdktf.stringToHclTerraform(this._projectId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      team_id: {
        value: cdktf.stringToHclTerraform(this._teamId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      variant: {
        value: cdktf.listMapperHcl(featureFlagDefinitionVariantToHclTerraform, false)(this._variant.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FeatureFlagDefinitionVariantList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
