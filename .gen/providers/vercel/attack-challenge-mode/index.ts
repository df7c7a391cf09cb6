// https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/attack_challenge_mode
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AttackChallengeModeConfig extends cdktf.TerraformMetaArguments {
  /**
  * Unix timestamp in milliseconds (like Date.now()) until which Attack Challenge Mode stays active.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/attack_challenge_mode#attack_mode_active_until AttackChallengeMode#attack_mode_active_until}
  */
  readonly attackModeActiveUntil: number;
  /**
  * Whether Attack Challenge Mode is enabled or not.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/attack_challenge_mode#enabled AttackChallengeMode#enabled}
  */
  readonly enabled: boolean | cdktf.IResolvable;
  /**
  * The ID of the Project to toggle Attack Challenge Mode on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/attack_challenge_mode#project_id AttackChallengeMode#project_id}
  */
  readonly projectId: string;
  /**
  * The ID of the team the Project exists under. Required when configuring a team resource if a default team has not been set in the provider.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/attack_challenge_mode#team_id AttackChallengeMode#team_id}
  */
  readonly teamId?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/attack_challenge_mode vercel_attack_challenge_mode}
*/
export class AttackChallengeMode extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vercel_attack_challenge_mode";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AttackChallengeMode resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AttackChallengeMode to import
  * @param importFromId The id of the existing AttackChallengeMode that should be imported. Refer to the {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/attack_challenge_mode#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AttackChallengeMode to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "vercel_attack_challenge_mode", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/attack_challenge_mode vercel_attack_challenge_mode} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AttackChallengeModeConfig
  */
  public constructor(scope: Construct, id: string, config: AttackChallengeModeConfig) {
    super(scope, id, {
      terraformResourceType: 'vercel_attack_challenge_mode',
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
    this._attackModeActiveUntil = config.attackModeActiveUntil;
    this._enabled = config.enabled;
    this._projectId = config.projectId;
    this._teamId = config.teamId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // attack_mode_active_until - computed: false, optional: false, required: true
  private _attackModeActiveUntil?: number; 
  public get attackModeActiveUntil() {
    return this.getNumberAttribute('attack_mode_active_until');
  }
  public set attackModeActiveUntil(value: number) {
    this._attackModeActiveUntil = value;
  }
  // Temporarily expose input value. Use with caution.
  public get attackModeActiveUntilInput() {
    return this._attackModeActiveUntil;
  }

  // enabled - computed: false, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
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
      attack_mode_active_until: cdktf.numberToTerraform(this._attackModeActiveUntil),
      enabled: cdktf.booleanToTerraform(this._enabled),
      project_id: cdktf.stringToTerraform(this._projectId),
      team_id: cdktf.stringToTerraform(this._teamId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      attack_mode_active_until: {
        value: cdktf.numberToHclTerraform(this._attackModeActiveUntil),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
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
