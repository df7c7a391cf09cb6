// https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_user_roles
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AccountsUserRolesConfig extends cdktf.TerraformMetaArguments {
  /**
  * User Roles Schema Account ID field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_user_roles#account_id AccountsUserRoles#account_id}
  */
  readonly accountId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_user_roles#id AccountsUserRoles#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * If true, the provider will not revoke roles on destroy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_user_roles#keep_on_destroy AccountsUserRoles#keep_on_destroy}
  */
  readonly keepOnDestroy?: boolean | cdktf.IResolvable;
  /**
  * Authoritative set of role IDs assigned to this user (unordered).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_user_roles#role_ids AccountsUserRoles#role_ids}
  */
  readonly roleIds: string[];
  /**
  * User Roles Schema User email (will be resolved to user_id via AccountService.ListAccountMembers) field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_user_roles#user_email AccountsUserRoles#user_email}
  */
  readonly userEmail: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_user_roles qdrant-cloud_accounts_user_roles}
*/
export class AccountsUserRoles extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "qdrant-cloud_accounts_user_roles";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AccountsUserRoles resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AccountsUserRoles to import
  * @param importFromId The id of the existing AccountsUserRoles that should be imported. Refer to the {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_user_roles#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AccountsUserRoles to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "qdrant-cloud_accounts_user_roles", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_user_roles qdrant-cloud_accounts_user_roles} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AccountsUserRolesConfig
  */
  public constructor(scope: Construct, id: string, config: AccountsUserRolesConfig) {
    super(scope, id, {
      terraformResourceType: 'qdrant-cloud_accounts_user_roles',
      terraformGeneratorMetadata: {
        providerName: 'qdrant-cloud',
        providerVersion: '1.25.0',
        providerVersionConstraint: '= 1.25.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._accountId = config.accountId;
    this._id = config.id;
    this._keepOnDestroy = config.keepOnDestroy;
    this._roleIds = config.roleIds;
    this._userEmail = config.userEmail;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // account_id - computed: true, optional: true, required: false
  private _accountId?: string; 
  public get accountId() {
    return this.getStringAttribute('account_id');
  }
  public set accountId(value: string) {
    this._accountId = value;
  }
  public resetAccountId() {
    this._accountId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accountIdInput() {
    return this._accountId;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // keep_on_destroy - computed: false, optional: true, required: false
  private _keepOnDestroy?: boolean | cdktf.IResolvable; 
  public get keepOnDestroy() {
    return this.getBooleanAttribute('keep_on_destroy');
  }
  public set keepOnDestroy(value: boolean | cdktf.IResolvable) {
    this._keepOnDestroy = value;
  }
  public resetKeepOnDestroy() {
    this._keepOnDestroy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keepOnDestroyInput() {
    return this._keepOnDestroy;
  }

  // role_ids - computed: false, optional: false, required: true
  private _roleIds?: string[]; 
  public get roleIds() {
    return cdktf.Fn.tolist(this.getListAttribute('role_ids'));
  }
  public set roleIds(value: string[]) {
    this._roleIds = value;
  }
  // Temporarily expose input value. Use with caution.
  public get roleIdsInput() {
    return this._roleIds;
  }

  // user_email - computed: false, optional: false, required: true
  private _userEmail?: string; 
  public get userEmail() {
    return this.getStringAttribute('user_email');
  }
  public set userEmail(value: string) {
    this._userEmail = value;
  }
  // Temporarily expose input value. Use with caution.
  public get userEmailInput() {
    return this._userEmail;
  }

  // user_id - computed: true, optional: false, required: false
  public get userId() {
    return this.getStringAttribute('user_id');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      account_id: cdktf.stringToTerraform(this._accountId),
      id: cdktf.stringToTerraform(this._id),
      keep_on_destroy: cdktf.booleanToTerraform(this._keepOnDestroy),
      role_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._roleIds),
      user_email: cdktf.stringToTerraform(this._userEmail),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      account_id: {
        value: cdktf.stringToHclTerraform(this._accountId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      keep_on_destroy: {
        value: cdktf.booleanToHclTerraform(this._keepOnDestroy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      role_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._roleIds),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      user_email: {
        value: cdktf.stringToHclTerraform(this._userEmail),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
