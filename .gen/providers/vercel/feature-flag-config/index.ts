// https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface FeatureFlagConfigConfig extends cdktf.TerraformMetaArguments {
  /**
  * The development environment behavior for this flag.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config#development FeatureFlagConfig#development}
  */
  readonly development: FeatureFlagConfigDevelopment;
  /**
  * The ID of the feature flag whose config Terraform should manage.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config#flag_id FeatureFlagConfig#flag_id}
  */
  readonly flagId: string;
  /**
  * The preview environment behavior for this flag.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config#preview FeatureFlagConfig#preview}
  */
  readonly preview: FeatureFlagConfigPreview;
  /**
  * The production environment behavior for this flag.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config#production FeatureFlagConfig#production}
  */
  readonly production: FeatureFlagConfigProduction;
  /**
  * The ID of the Vercel project that owns the flag.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config#project_id FeatureFlagConfig#project_id}
  */
  readonly projectId: string;
  /**
  * The ID of the Vercel team. Required when configuring a team resource if a default team has not been set in the provider.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config#team_id FeatureFlagConfig#team_id}
  */
  readonly teamId?: string;
}
export interface FeatureFlagConfigDevelopment {
  /**
  * The variant to serve when this environment is enabled and no rules match.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config#default_variant_id FeatureFlagConfig#default_variant_id}
  */
  readonly defaultVariantId: string;
  /**
  * The variant to serve while this environment is disabled or paused.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config#disabled_variant_id FeatureFlagConfig#disabled_variant_id}
  */
  readonly disabledVariantId: string;
  /**
  * Whether the flag should actively evaluate in this environment.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config#enabled FeatureFlagConfig#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
}

export function featureFlagConfigDevelopmentToTerraform(struct?: FeatureFlagConfigDevelopment | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    default_variant_id: cdktf.stringToTerraform(struct!.defaultVariantId),
    disabled_variant_id: cdktf.stringToTerraform(struct!.disabledVariantId),
    enabled: cdktf.booleanToTerraform(struct!.enabled),
  }
}


export function featureFlagConfigDevelopmentToHclTerraform(struct?: FeatureFlagConfigDevelopment | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    default_variant_id: {
      value: cdktf.stringToHclTerraform(struct!.defaultVariantId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    disabled_variant_id: {
      value: cdktf.stringToHclTerraform(struct!.disabledVariantId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FeatureFlagConfigDevelopmentOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FeatureFlagConfigDevelopment | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._defaultVariantId !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultVariantId = this._defaultVariantId;
    }
    if (this._disabledVariantId !== undefined) {
      hasAnyValues = true;
      internalValueResult.disabledVariantId = this._disabledVariantId;
    }
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FeatureFlagConfigDevelopment | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._defaultVariantId = undefined;
      this._disabledVariantId = undefined;
      this._enabled = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._defaultVariantId = value.defaultVariantId;
      this._disabledVariantId = value.disabledVariantId;
      this._enabled = value.enabled;
    }
  }

  // default_variant_id - computed: false, optional: false, required: true
  private _defaultVariantId?: string; 
  public get defaultVariantId() {
    return this.getStringAttribute('default_variant_id');
  }
  public set defaultVariantId(value: string) {
    this._defaultVariantId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultVariantIdInput() {
    return this._defaultVariantId;
  }

  // disabled_variant_id - computed: false, optional: false, required: true
  private _disabledVariantId?: string; 
  public get disabledVariantId() {
    return this.getStringAttribute('disabled_variant_id');
  }
  public set disabledVariantId(value: string) {
    this._disabledVariantId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get disabledVariantIdInput() {
    return this._disabledVariantId;
  }

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }
}
export interface FeatureFlagConfigPreview {
  /**
  * The variant to serve when this environment is enabled and no rules match.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config#default_variant_id FeatureFlagConfig#default_variant_id}
  */
  readonly defaultVariantId: string;
  /**
  * The variant to serve while this environment is disabled or paused.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config#disabled_variant_id FeatureFlagConfig#disabled_variant_id}
  */
  readonly disabledVariantId: string;
  /**
  * Whether the flag should actively evaluate in this environment.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config#enabled FeatureFlagConfig#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
}

export function featureFlagConfigPreviewToTerraform(struct?: FeatureFlagConfigPreview | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    default_variant_id: cdktf.stringToTerraform(struct!.defaultVariantId),
    disabled_variant_id: cdktf.stringToTerraform(struct!.disabledVariantId),
    enabled: cdktf.booleanToTerraform(struct!.enabled),
  }
}


export function featureFlagConfigPreviewToHclTerraform(struct?: FeatureFlagConfigPreview | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    default_variant_id: {
      value: cdktf.stringToHclTerraform(struct!.defaultVariantId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    disabled_variant_id: {
      value: cdktf.stringToHclTerraform(struct!.disabledVariantId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FeatureFlagConfigPreviewOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FeatureFlagConfigPreview | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._defaultVariantId !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultVariantId = this._defaultVariantId;
    }
    if (this._disabledVariantId !== undefined) {
      hasAnyValues = true;
      internalValueResult.disabledVariantId = this._disabledVariantId;
    }
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FeatureFlagConfigPreview | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._defaultVariantId = undefined;
      this._disabledVariantId = undefined;
      this._enabled = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._defaultVariantId = value.defaultVariantId;
      this._disabledVariantId = value.disabledVariantId;
      this._enabled = value.enabled;
    }
  }

  // default_variant_id - computed: false, optional: false, required: true
  private _defaultVariantId?: string; 
  public get defaultVariantId() {
    return this.getStringAttribute('default_variant_id');
  }
  public set defaultVariantId(value: string) {
    this._defaultVariantId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultVariantIdInput() {
    return this._defaultVariantId;
  }

  // disabled_variant_id - computed: false, optional: false, required: true
  private _disabledVariantId?: string; 
  public get disabledVariantId() {
    return this.getStringAttribute('disabled_variant_id');
  }
  public set disabledVariantId(value: string) {
    this._disabledVariantId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get disabledVariantIdInput() {
    return this._disabledVariantId;
  }

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }
}
export interface FeatureFlagConfigProduction {
  /**
  * The variant to serve when this environment is enabled and no rules match.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config#default_variant_id FeatureFlagConfig#default_variant_id}
  */
  readonly defaultVariantId: string;
  /**
  * The variant to serve while this environment is disabled or paused.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config#disabled_variant_id FeatureFlagConfig#disabled_variant_id}
  */
  readonly disabledVariantId: string;
  /**
  * Whether the flag should actively evaluate in this environment.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config#enabled FeatureFlagConfig#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
}

export function featureFlagConfigProductionToTerraform(struct?: FeatureFlagConfigProduction | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    default_variant_id: cdktf.stringToTerraform(struct!.defaultVariantId),
    disabled_variant_id: cdktf.stringToTerraform(struct!.disabledVariantId),
    enabled: cdktf.booleanToTerraform(struct!.enabled),
  }
}


export function featureFlagConfigProductionToHclTerraform(struct?: FeatureFlagConfigProduction | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    default_variant_id: {
      value: cdktf.stringToHclTerraform(struct!.defaultVariantId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    disabled_variant_id: {
      value: cdktf.stringToHclTerraform(struct!.disabledVariantId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FeatureFlagConfigProductionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FeatureFlagConfigProduction | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._defaultVariantId !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultVariantId = this._defaultVariantId;
    }
    if (this._disabledVariantId !== undefined) {
      hasAnyValues = true;
      internalValueResult.disabledVariantId = this._disabledVariantId;
    }
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FeatureFlagConfigProduction | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._defaultVariantId = undefined;
      this._disabledVariantId = undefined;
      this._enabled = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._defaultVariantId = value.defaultVariantId;
      this._disabledVariantId = value.disabledVariantId;
      this._enabled = value.enabled;
    }
  }

  // default_variant_id - computed: false, optional: false, required: true
  private _defaultVariantId?: string; 
  public get defaultVariantId() {
    return this.getStringAttribute('default_variant_id');
  }
  public set defaultVariantId(value: string) {
    this._defaultVariantId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultVariantIdInput() {
    return this._defaultVariantId;
  }

  // disabled_variant_id - computed: false, optional: false, required: true
  private _disabledVariantId?: string; 
  public get disabledVariantId() {
    return this.getStringAttribute('disabled_variant_id');
  }
  public set disabledVariantId(value: string) {
    this._disabledVariantId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get disabledVariantIdInput() {
    return this._disabledVariantId;
  }

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config vercel_feature_flag_config}
*/
export class FeatureFlagConfig extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vercel_feature_flag_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a FeatureFlagConfig resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the FeatureFlagConfig to import
  * @param importFromId The id of the existing FeatureFlagConfig that should be imported. Refer to the {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the FeatureFlagConfig to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "vercel_feature_flag_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/feature_flag_config vercel_feature_flag_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options FeatureFlagConfigConfig
  */
  public constructor(scope: Construct, id: string, config: FeatureFlagConfigConfig) {
    super(scope, id, {
      terraformResourceType: 'vercel_feature_flag_config',
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
    this._development.internalValue = config.development;
    this._flagId = config.flagId;
    this._preview.internalValue = config.preview;
    this._production.internalValue = config.production;
    this._projectId = config.projectId;
    this._teamId = config.teamId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // development - computed: false, optional: false, required: true
  private _development = new FeatureFlagConfigDevelopmentOutputReference(this, "development");
  public get development() {
    return this._development;
  }
  public putDevelopment(value: FeatureFlagConfigDevelopment) {
    this._development.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get developmentInput() {
    return this._development.internalValue;
  }

  // flag_id - computed: false, optional: false, required: true
  private _flagId?: string; 
  public get flagId() {
    return this.getStringAttribute('flag_id');
  }
  public set flagId(value: string) {
    this._flagId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get flagIdInput() {
    return this._flagId;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // preview - computed: false, optional: false, required: true
  private _preview = new FeatureFlagConfigPreviewOutputReference(this, "preview");
  public get preview() {
    return this._preview;
  }
  public putPreview(value: FeatureFlagConfigPreview) {
    this._preview.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get previewInput() {
    return this._preview.internalValue;
  }

  // production - computed: false, optional: false, required: true
  private _production = new FeatureFlagConfigProductionOutputReference(this, "production");
  public get production() {
    return this._production;
  }
  public putProduction(value: FeatureFlagConfigProduction) {
    this._production.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get productionInput() {
    return this._production.internalValue;
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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      development: featureFlagConfigDevelopmentToTerraform(this._development.internalValue),
      flag_id: cdktf.stringToTerraform(this._flagId),
      preview: featureFlagConfigPreviewToTerraform(this._preview.internalValue),
      production: featureFlagConfigProductionToTerraform(this._production.internalValue),
      project_id: cdktf.stringToTerraform(this._projectId),
      team_id: cdktf.stringToTerraform(this._teamId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      development: {
        value: featureFlagConfigDevelopmentToHclTerraform(this._development.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "FeatureFlagConfigDevelopment",
      },
      flag_id: {
        value: cdktf.stringToHclTerraform(this._flagId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      preview: {
        value: featureFlagConfigPreviewToHclTerraform(this._preview.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "FeatureFlagConfigPreview",
      },
      production: {
        value: featureFlagConfigProductionToHclTerraform(this._production.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "FeatureFlagConfigProduction",
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
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
