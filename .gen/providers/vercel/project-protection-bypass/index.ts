// https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_protection_bypass
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ProjectProtectionBypassConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether this bypass is exposed as the `VERCEL_AUTOMATION_BYPASS_SECRET` environment variable on deployments. Exactly one bypass per project may have this set to true; promoting a different bypass automatically demotes the previous one. Setting this to `false` when no other bypass on the project has `is_env_var = true` is invalid — Vercel requires exactly one default per project, and a solo bypass is always the default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_protection_bypass#is_env_var ProjectProtectionBypass#is_env_var}
  */
  readonly isEnvVar?: boolean | cdktf.IResolvable;
  /**
  * An optional note shown in the Vercel UI for this bypass. Maximum 100 characters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_protection_bypass#note ProjectProtectionBypass#note}
  */
  readonly note?: string;
  /**
  * The ID of the project the bypass belongs to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_protection_bypass#project_id ProjectProtectionBypass#project_id}
  */
  readonly projectId: string;
  /**
  * The 32-character alphanumeric secret used as the value of the `x-vercel-protection-bypass` header. If omitted, Vercel generates one.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_protection_bypass#secret ProjectProtectionBypass#secret}
  */
  readonly secret?: string;
  /**
  * The ID of the team the project exists under. Required when configuring a team resource if a default team has not been set in the provider.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_protection_bypass#team_id ProjectProtectionBypass#team_id}
  */
  readonly teamId?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_protection_bypass vercel_project_protection_bypass}
*/
export class ProjectProtectionBypass extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vercel_project_protection_bypass";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ProjectProtectionBypass resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ProjectProtectionBypass to import
  * @param importFromId The id of the existing ProjectProtectionBypass that should be imported. Refer to the {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_protection_bypass#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ProjectProtectionBypass to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "vercel_project_protection_bypass", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_protection_bypass vercel_project_protection_bypass} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ProjectProtectionBypassConfig
  */
  public constructor(scope: Construct, id: string, config: ProjectProtectionBypassConfig) {
    super(scope, id, {
      terraformResourceType: 'vercel_project_protection_bypass',
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
    this._isEnvVar = config.isEnvVar;
    this._note = config.note;
    this._projectId = config.projectId;
    this._secret = config.secret;
    this._teamId = config.teamId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getNumberAttribute('created_at');
  }

  // created_by - computed: true, optional: false, required: false
  public get createdBy() {
    return this.getStringAttribute('created_by');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // is_env_var - computed: true, optional: true, required: false
  private _isEnvVar?: boolean | cdktf.IResolvable; 
  public get isEnvVar() {
    return this.getBooleanAttribute('is_env_var');
  }
  public set isEnvVar(value: boolean | cdktf.IResolvable) {
    this._isEnvVar = value;
  }
  public resetIsEnvVar() {
    this._isEnvVar = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isEnvVarInput() {
    return this._isEnvVar;
  }

  // note - computed: false, optional: true, required: false
  private _note?: string; 
  public get note() {
    return this.getStringAttribute('note');
  }
  public set note(value: string) {
    this._note = value;
  }
  public resetNote() {
    this._note = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noteInput() {
    return this._note;
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

  // scope - computed: true, optional: false, required: false
  public get scope() {
    return this.getStringAttribute('scope');
  }

  // secret - computed: true, optional: true, required: false
  private _secret?: string; 
  public get secret() {
    return this.getStringAttribute('secret');
  }
  public set secret(value: string) {
    this._secret = value;
  }
  public resetSecret() {
    this._secret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretInput() {
    return this._secret;
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
      is_env_var: cdktf.booleanToTerraform(this._isEnvVar),
      note: cdktf.stringToTerraform(this._note),
      project_id: cdktf.stringToTerraform(this._projectId),
      secret: cdktf.stringToTerraform(this._secret),
      team_id: cdktf.stringToTerraform(this._teamId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      is_env_var: {
        value: cdktf.booleanToHclTerraform(this._isEnvVar),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      note: {
        value: cdktf.stringToHclTerraform(this._note),
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
      secret: {
        value: cdktf.stringToHclTerraform(this._secret),
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
