// https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app_client_secret
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface OauthAppClientSecretConfig extends cdktf.TerraformMetaArguments {
  /**
  * The client ID of the OAuth App (`cl_...`) to generate a secret for.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app_client_secret#oauth_app_id OauthAppClientSecret#oauth_app_id}
  */
  readonly oauthAppId: string;
  /**
  * The ID of the team the OAuth App exists under. Required when configuring a team resource if a default team has not been set in the provider.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app_client_secret#team_id OauthAppClientSecret#team_id}
  */
  readonly teamId?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app_client_secret vercel_oauth_app_client_secret}
*/
export class OauthAppClientSecret extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vercel_oauth_app_client_secret";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a OauthAppClientSecret resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the OauthAppClientSecret to import
  * @param importFromId The id of the existing OauthAppClientSecret that should be imported. Refer to the {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app_client_secret#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the OauthAppClientSecret to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "vercel_oauth_app_client_secret", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app_client_secret vercel_oauth_app_client_secret} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options OauthAppClientSecretConfig
  */
  public constructor(scope: Construct, id: string, config: OauthAppClientSecretConfig) {
    super(scope, id, {
      terraformResourceType: 'vercel_oauth_app_client_secret',
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
    this._oauthAppId = config.oauthAppId;
    this._teamId = config.teamId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // client_secret - computed: true, optional: false, required: false
  public get clientSecret() {
    return this.getStringAttribute('client_secret');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // last_four_chars - computed: true, optional: false, required: false
  public get lastFourChars() {
    return this.getStringAttribute('last_four_chars');
  }

  // oauth_app_id - computed: false, optional: false, required: true
  private _oauthAppId?: string; 
  public get oauthAppId() {
    return this.getStringAttribute('oauth_app_id');
  }
  public set oauthAppId(value: string) {
    this._oauthAppId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get oauthAppIdInput() {
    return this._oauthAppId;
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
      oauth_app_id: cdktf.stringToTerraform(this._oauthAppId),
      team_id: cdktf.stringToTerraform(this._teamId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      oauth_app_id: {
        value: cdktf.stringToHclTerraform(this._oauthAppId),
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
