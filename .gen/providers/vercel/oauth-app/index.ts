// https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface OauthAppConfig extends cdktf.TerraformMetaArguments {
  /**
  * The URL of the application's code of conduct.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app#code_of_conduct_url OauthApp#code_of_conduct_url}
  */
  readonly codeOfConductUrl?: string;
  /**
  * A description of the OAuth App, shown on the consent page.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app#description OauthApp#description}
  */
  readonly description?: string;
  /**
  * The URL of the application's home page.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app#home_page_uri OauthApp#home_page_uri}
  */
  readonly homePageUri?: string;
  /**
  * A human-readable name for the OAuth App, shown on the consent page.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app#name OauthApp#name}
  */
  readonly name: string;
  /**
  * The URL of the application's privacy policy, shown on the consent page.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app#privacy_policy_url OauthApp#privacy_policy_url}
  */
  readonly privacyPolicyUrl?: string;
  /**
  * The authorization callback URLs of the OAuth App. Must be absolute `https` URLs (`http` is allowed for loopback addresses only).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app#redirect_uris OauthApp#redirect_uris}
  */
  readonly redirectUris?: string[];
  /**
  * The scopes the OAuth App may request: `openid` (always required), `email`, `profile`, and `offline_access` (issues refresh tokens). Defaults to `["openid"]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app#scopes OauthApp#scopes}
  */
  readonly scopes?: string[];
  /**
  * A URL-friendly slug for the OAuth App. Must be unique.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app#slug OauthApp#slug}
  */
  readonly slug: string;
  /**
  * The ID of the team the OAuth App should exist under. Required when configuring a team resource if a default team has not been set in the provider.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app#team_id OauthApp#team_id}
  */
  readonly teamId?: string;
  /**
  * The URL of the application's terms of service, shown on the consent page.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app#terms_of_service_url OauthApp#terms_of_service_url}
  */
  readonly termsOfServiceUrl?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app vercel_oauth_app}
*/
export class OauthApp extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vercel_oauth_app";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a OauthApp resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the OauthApp to import
  * @param importFromId The id of the existing OauthApp that should be imported. Refer to the {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the OauthApp to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "vercel_oauth_app", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/oauth_app vercel_oauth_app} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options OauthAppConfig
  */
  public constructor(scope: Construct, id: string, config: OauthAppConfig) {
    super(scope, id, {
      terraformResourceType: 'vercel_oauth_app',
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
    this._codeOfConductUrl = config.codeOfConductUrl;
    this._description = config.description;
    this._homePageUri = config.homePageUri;
    this._name = config.name;
    this._privacyPolicyUrl = config.privacyPolicyUrl;
    this._redirectUris = config.redirectUris;
    this._scopes = config.scopes;
    this._slug = config.slug;
    this._teamId = config.teamId;
    this._termsOfServiceUrl = config.termsOfServiceUrl;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // code_of_conduct_url - computed: false, optional: true, required: false
  private _codeOfConductUrl?: string; 
  public get codeOfConductUrl() {
    return this.getStringAttribute('code_of_conduct_url');
  }
  public set codeOfConductUrl(value: string) {
    this._codeOfConductUrl = value;
  }
  public resetCodeOfConductUrl() {
    this._codeOfConductUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get codeOfConductUrlInput() {
    return this._codeOfConductUrl;
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

  // home_page_uri - computed: false, optional: true, required: false
  private _homePageUri?: string; 
  public get homePageUri() {
    return this.getStringAttribute('home_page_uri');
  }
  public set homePageUri(value: string) {
    this._homePageUri = value;
  }
  public resetHomePageUri() {
    this._homePageUri = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get homePageUriInput() {
    return this._homePageUri;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // privacy_policy_url - computed: false, optional: true, required: false
  private _privacyPolicyUrl?: string; 
  public get privacyPolicyUrl() {
    return this.getStringAttribute('privacy_policy_url');
  }
  public set privacyPolicyUrl(value: string) {
    this._privacyPolicyUrl = value;
  }
  public resetPrivacyPolicyUrl() {
    this._privacyPolicyUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privacyPolicyUrlInput() {
    return this._privacyPolicyUrl;
  }

  // redirect_uris - computed: false, optional: true, required: false
  private _redirectUris?: string[]; 
  public get redirectUris() {
    return cdktf.Fn.tolist(this.getListAttribute('redirect_uris'));
  }
  public set redirectUris(value: string[]) {
    this._redirectUris = value;
  }
  public resetRedirectUris() {
    this._redirectUris = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redirectUrisInput() {
    return this._redirectUris;
  }

  // scopes - computed: true, optional: true, required: false
  private _scopes?: string[]; 
  public get scopes() {
    return cdktf.Fn.tolist(this.getListAttribute('scopes'));
  }
  public set scopes(value: string[]) {
    this._scopes = value;
  }
  public resetScopes() {
    this._scopes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scopesInput() {
    return this._scopes;
  }

  // slug - computed: false, optional: false, required: true
  private _slug?: string; 
  public get slug() {
    return this.getStringAttribute('slug');
  }
  public set slug(value: string) {
    this._slug = value;
  }
  // Temporarily expose input value. Use with caution.
  public get slugInput() {
    return this._slug;
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

  // terms_of_service_url - computed: false, optional: true, required: false
  private _termsOfServiceUrl?: string; 
  public get termsOfServiceUrl() {
    return this.getStringAttribute('terms_of_service_url');
  }
  public set termsOfServiceUrl(value: string) {
    this._termsOfServiceUrl = value;
  }
  public resetTermsOfServiceUrl() {
    this._termsOfServiceUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get termsOfServiceUrlInput() {
    return this._termsOfServiceUrl;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      code_of_conduct_url: cdktf.stringToTerraform(this._codeOfConductUrl),
      description: cdktf.stringToTerraform(this._description),
      home_page_uri: cdktf.stringToTerraform(this._homePageUri),
      name: cdktf.stringToTerraform(this._name),
      privacy_policy_url: cdktf.stringToTerraform(this._privacyPolicyUrl),
      redirect_uris: cdktf.listMapper(cdktf.stringToTerraform, false)(this._redirectUris),
      scopes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._scopes),
      slug: cdktf.stringToTerraform(this._slug),
      team_id: cdktf.stringToTerraform(this._teamId),
      terms_of_service_url: cdktf.stringToTerraform(this._termsOfServiceUrl),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      code_of_conduct_url: {
        value: cdktf.stringToHclTerraform(this._codeOfConductUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      home_page_uri: {
        value: cdktf.stringToHclTerraform(this._homePageUri),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      privacy_policy_url: {
        value: cdktf.stringToHclTerraform(this._privacyPolicyUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      redirect_uris: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._redirectUris),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      scopes: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._scopes),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      slug: {
        value: cdktf.stringToHclTerraform(this._slug),
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
      terms_of_service_url: {
        value: cdktf.stringToHclTerraform(this._termsOfServiceUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
