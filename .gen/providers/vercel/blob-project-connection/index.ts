// https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_project_connection
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface BlobProjectConnectionConfig extends cdktf.TerraformMetaArguments {
  /**
  * The ID of the Blob store to connect.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_project_connection#blob_store_id BlobProjectConnection#blob_store_id}
  */
  readonly blobStoreId: string;
  /**
  * The prefix used for the generated Blob environment variable names.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_project_connection#env_var_prefix BlobProjectConnection#env_var_prefix}
  */
  readonly envVarPrefix?: string;
  /**
  * The environments in which the generated Blob environment variables should be created.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_project_connection#environments BlobProjectConnection#environments}
  */
  readonly environments?: string[];
  /**
  * The ID of the Vercel project to connect to the Blob store.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_project_connection#project_id BlobProjectConnection#project_id}
  */
  readonly projectId: string;
  /**
  * The ID of the team that owns the Blob store and project. Required when configuring a team resource if a default team has not been set in the provider.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_project_connection#team_id BlobProjectConnection#team_id}
  */
  readonly teamId?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_project_connection vercel_blob_project_connection}
*/
export class BlobProjectConnection extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vercel_blob_project_connection";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a BlobProjectConnection resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the BlobProjectConnection to import
  * @param importFromId The id of the existing BlobProjectConnection that should be imported. Refer to the {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_project_connection#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the BlobProjectConnection to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "vercel_blob_project_connection", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_project_connection vercel_blob_project_connection} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options BlobProjectConnectionConfig
  */
  public constructor(scope: Construct, id: string, config: BlobProjectConnectionConfig) {
    super(scope, id, {
      terraformResourceType: 'vercel_blob_project_connection',
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
    this._blobStoreId = config.blobStoreId;
    this._envVarPrefix = config.envVarPrefix;
    this._environments = config.environments;
    this._projectId = config.projectId;
    this._teamId = config.teamId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // blob_store_id - computed: false, optional: false, required: true
  private _blobStoreId?: string; 
  public get blobStoreId() {
    return this.getStringAttribute('blob_store_id');
  }
  public set blobStoreId(value: string) {
    this._blobStoreId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get blobStoreIdInput() {
    return this._blobStoreId;
  }

  // env_var_prefix - computed: true, optional: true, required: false
  private _envVarPrefix?: string; 
  public get envVarPrefix() {
    return this.getStringAttribute('env_var_prefix');
  }
  public set envVarPrefix(value: string) {
    this._envVarPrefix = value;
  }
  public resetEnvVarPrefix() {
    this._envVarPrefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get envVarPrefixInput() {
    return this._envVarPrefix;
  }

  // environments - computed: true, optional: true, required: false
  private _environments?: string[]; 
  public get environments() {
    return cdktf.Fn.tolist(this.getListAttribute('environments'));
  }
  public set environments(value: string[]) {
    this._environments = value;
  }
  public resetEnvironments() {
    this._environments = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get environmentsInput() {
    return this._environments;
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

  // read_write_token_env_var_name - computed: true, optional: false, required: false
  public get readWriteTokenEnvVarName() {
    return this.getStringAttribute('read_write_token_env_var_name');
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
      blob_store_id: cdktf.stringToTerraform(this._blobStoreId),
      env_var_prefix: cdktf.stringToTerraform(this._envVarPrefix),
      environments: cdktf.listMapper(cdktf.stringToTerraform, false)(this._environments),
      project_id: cdktf.stringToTerraform(this._projectId),
      team_id: cdktf.stringToTerraform(this._teamId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      blob_store_id: {
        value: cdktf.stringToHclTerraform(this._blobStoreId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      env_var_prefix: {
        value: cdktf.stringToHclTerraform(this._envVarPrefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      environments: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._environments),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
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
