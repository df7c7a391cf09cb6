// https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/vcr_repository_permission
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface VcrRepositoryPermissionConfig extends cdktf.TerraformMetaArguments {
  /**
  * The ID of the team to grant pull access to. Must specify one of granted_team_id or granted_team_slug.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/vcr_repository_permission#granted_team_id VcrRepositoryPermission#granted_team_id}
  */
  readonly grantedTeamId?: string;
  /**
  * The slug of the team to grant pull access to. Must specify one of granted_team_id or granted_team_slug.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/vcr_repository_permission#granted_team_slug VcrRepositoryPermission#granted_team_slug}
  */
  readonly grantedTeamSlug?: string;
  /**
  * The ID of the Vercel Project the repository belongs to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/vcr_repository_permission#project_id VcrRepositoryPermission#project_id}
  */
  readonly projectId: string;
  /**
  * The ID or name of the VCR Repository to share.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/vcr_repository_permission#repository VcrRepositoryPermission#repository}
  */
  readonly repository: string;
  /**
  * The ID of the team that owns the repository. Required when configuring a team resource if a default team has not been set in the provider.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/vcr_repository_permission#team_id VcrRepositoryPermission#team_id}
  */
  readonly teamId?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/vcr_repository_permission vercel_vcr_repository_permission}
*/
export class VcrRepositoryPermission extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vercel_vcr_repository_permission";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a VcrRepositoryPermission resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the VcrRepositoryPermission to import
  * @param importFromId The id of the existing VcrRepositoryPermission that should be imported. Refer to the {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/vcr_repository_permission#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the VcrRepositoryPermission to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "vercel_vcr_repository_permission", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/vcr_repository_permission vercel_vcr_repository_permission} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options VcrRepositoryPermissionConfig
  */
  public constructor(scope: Construct, id: string, config: VcrRepositoryPermissionConfig) {
    super(scope, id, {
      terraformResourceType: 'vercel_vcr_repository_permission',
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
    this._grantedTeamId = config.grantedTeamId;
    this._grantedTeamSlug = config.grantedTeamSlug;
    this._projectId = config.projectId;
    this._repository = config.repository;
    this._teamId = config.teamId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // granted_team_id - computed: true, optional: true, required: false
  private _grantedTeamId?: string; 
  public get grantedTeamId() {
    return this.getStringAttribute('granted_team_id');
  }
  public set grantedTeamId(value: string) {
    this._grantedTeamId = value;
  }
  public resetGrantedTeamId() {
    this._grantedTeamId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get grantedTeamIdInput() {
    return this._grantedTeamId;
  }

  // granted_team_slug - computed: true, optional: true, required: false
  private _grantedTeamSlug?: string; 
  public get grantedTeamSlug() {
    return this.getStringAttribute('granted_team_slug');
  }
  public set grantedTeamSlug(value: string) {
    this._grantedTeamSlug = value;
  }
  public resetGrantedTeamSlug() {
    this._grantedTeamSlug = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get grantedTeamSlugInput() {
    return this._grantedTeamSlug;
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

  // repository - computed: false, optional: false, required: true
  private _repository?: string; 
  public get repository() {
    return this.getStringAttribute('repository');
  }
  public set repository(value: string) {
    this._repository = value;
  }
  // Temporarily expose input value. Use with caution.
  public get repositoryInput() {
    return this._repository;
  }

  // repository_id - computed: true, optional: false, required: false
  public get repositoryId() {
    return this.getStringAttribute('repository_id');
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
      granted_team_id: cdktf.stringToTerraform(this._grantedTeamId),
      granted_team_slug: cdktf.stringToTerraform(this._grantedTeamSlug),
      project_id: cdktf.stringToTerraform(this._projectId),
      repository: cdktf.stringToTerraform(this._repository),
      team_id: cdktf.stringToTerraform(this._teamId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      granted_team_id: {
        value: cdktf.stringToHclTerraform(this._grantedTeamId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      granted_team_slug: {
        value: cdktf.stringToHclTerraform(this._grantedTeamSlug),
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
      repository: {
        value: cdktf.stringToHclTerraform(this._repository),
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
