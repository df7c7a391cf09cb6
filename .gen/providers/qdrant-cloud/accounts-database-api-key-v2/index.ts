// https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_database_api_key_v2
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AccountsDatabaseApiKeyV2Config extends cdktf.TerraformMetaArguments {
  /**
  * Database API Keys V2 Schema Account Identifier field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_database_api_key_v2#account_id AccountsDatabaseApiKeyV2#account_id}
  */
  readonly accountId?: string;
  /**
  * Database API Keys V2 Schema Cluster Identifier for which this Auth Key is attached field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_database_api_key_v2#cluster_id AccountsDatabaseApiKeyV2#cluster_id}
  */
  readonly clusterId: string;
  /**
  * Database API Keys V2 Schema Timestamp when the Auth Key expires field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_database_api_key_v2#expires_at AccountsDatabaseApiKeyV2#expires_at}
  */
  readonly expiresAt?: string;
  /**
  * Database API Keys V2 Schema Auth Key Name field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_database_api_key_v2#name AccountsDatabaseApiKeyV2#name}
  */
  readonly name: string;
  /**
  * collection_access_rules block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_database_api_key_v2#collection_access_rules AccountsDatabaseApiKeyV2#collection_access_rules}
  */
  readonly collectionAccessRules?: AccountsDatabaseApiKeyV2CollectionAccessRules[] | cdktf.IResolvable;
  /**
  * global_access_rule block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_database_api_key_v2#global_access_rule AccountsDatabaseApiKeyV2#global_access_rule}
  */
  readonly globalAccessRule?: AccountsDatabaseApiKeyV2GlobalAccessRule;
}
export interface AccountsDatabaseApiKeyV2CollectionAccessRules {
  /**
  * Access type for the collection. Can be `COLLECTION_ACCESS_RULE_ACCESS_TYPE_READ_ONLY` or `COLLECTION_ACCESS_RULE_ACCESS_TYPE_READ_WRITE`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_database_api_key_v2#access_type AccountsDatabaseApiKeyV2#access_type}
  */
  readonly accessType: string;
  /**
  * Name of the collection.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_database_api_key_v2#collection_name AccountsDatabaseApiKeyV2#collection_name}
  */
  readonly collectionName: string;
}

export function accountsDatabaseApiKeyV2CollectionAccessRulesToTerraform(struct?: AccountsDatabaseApiKeyV2CollectionAccessRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    access_type: cdktf.stringToTerraform(struct!.accessType),
    collection_name: cdktf.stringToTerraform(struct!.collectionName),
  }
}


export function accountsDatabaseApiKeyV2CollectionAccessRulesToHclTerraform(struct?: AccountsDatabaseApiKeyV2CollectionAccessRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    access_type: {
      value: cdktf.stringToHclTerraform(struct!.accessType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    collection_name: {
      value: cdktf.stringToHclTerraform(struct!.collectionName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsDatabaseApiKeyV2CollectionAccessRulesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsDatabaseApiKeyV2CollectionAccessRules | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._accessType !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessType = this._accessType;
    }
    if (this._collectionName !== undefined) {
      hasAnyValues = true;
      internalValueResult.collectionName = this._collectionName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsDatabaseApiKeyV2CollectionAccessRules | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._accessType = undefined;
      this._collectionName = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._accessType = value.accessType;
      this._collectionName = value.collectionName;
    }
  }

  // access_type - computed: false, optional: false, required: true
  private _accessType?: string; 
  public get accessType() {
    return this.getStringAttribute('access_type');
  }
  public set accessType(value: string) {
    this._accessType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get accessTypeInput() {
    return this._accessType;
  }

  // collection_name - computed: false, optional: false, required: true
  private _collectionName?: string; 
  public get collectionName() {
    return this.getStringAttribute('collection_name');
  }
  public set collectionName(value: string) {
    this._collectionName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get collectionNameInput() {
    return this._collectionName;
  }
}

export class AccountsDatabaseApiKeyV2CollectionAccessRulesList extends cdktf.ComplexList {
  public internalValue? : AccountsDatabaseApiKeyV2CollectionAccessRules[] | cdktf.IResolvable

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
  public get(index: number): AccountsDatabaseApiKeyV2CollectionAccessRulesOutputReference {
    return new AccountsDatabaseApiKeyV2CollectionAccessRulesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsDatabaseApiKeyV2GlobalAccessRule {
  /**
  * Access type for global access. Can be `GLOBAL_ACCESS_RULE_ACCESS_TYPE_READ_ONLY` or `GLOBAL_ACCESS_RULE_ACCESS_TYPE_MANAGE`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_database_api_key_v2#access_type AccountsDatabaseApiKeyV2#access_type}
  */
  readonly accessType: string;
}

export function accountsDatabaseApiKeyV2GlobalAccessRuleToTerraform(struct?: AccountsDatabaseApiKeyV2GlobalAccessRuleOutputReference | AccountsDatabaseApiKeyV2GlobalAccessRule): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    access_type: cdktf.stringToTerraform(struct!.accessType),
  }
}


export function accountsDatabaseApiKeyV2GlobalAccessRuleToHclTerraform(struct?: AccountsDatabaseApiKeyV2GlobalAccessRuleOutputReference | AccountsDatabaseApiKeyV2GlobalAccessRule): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    access_type: {
      value: cdktf.stringToHclTerraform(struct!.accessType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsDatabaseApiKeyV2GlobalAccessRuleOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsDatabaseApiKeyV2GlobalAccessRule | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._accessType !== undefined) {
      hasAnyValues = true;
      internalValueResult.accessType = this._accessType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsDatabaseApiKeyV2GlobalAccessRule | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._accessType = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._accessType = value.accessType;
    }
  }

  // access_type - computed: false, optional: false, required: true
  private _accessType?: string; 
  public get accessType() {
    return this.getStringAttribute('access_type');
  }
  public set accessType(value: string) {
    this._accessType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get accessTypeInput() {
    return this._accessType;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_database_api_key_v2 qdrant-cloud_accounts_database_api_key_v2}
*/
export class AccountsDatabaseApiKeyV2 extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "qdrant-cloud_accounts_database_api_key_v2";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AccountsDatabaseApiKeyV2 resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AccountsDatabaseApiKeyV2 to import
  * @param importFromId The id of the existing AccountsDatabaseApiKeyV2 that should be imported. Refer to the {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_database_api_key_v2#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AccountsDatabaseApiKeyV2 to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "qdrant-cloud_accounts_database_api_key_v2", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_database_api_key_v2 qdrant-cloud_accounts_database_api_key_v2} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AccountsDatabaseApiKeyV2Config
  */
  public constructor(scope: Construct, id: string, config: AccountsDatabaseApiKeyV2Config) {
    super(scope, id, {
      terraformResourceType: 'qdrant-cloud_accounts_database_api_key_v2',
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
    this._clusterId = config.clusterId;
    this._expiresAt = config.expiresAt;
    this._name = config.name;
    this._collectionAccessRules.internalValue = config.collectionAccessRules;
    this._globalAccessRule.internalValue = config.globalAccessRule;
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

  // cluster_id - computed: false, optional: false, required: true
  private _clusterId?: string; 
  public get clusterId() {
    return this.getStringAttribute('cluster_id');
  }
  public set clusterId(value: string) {
    this._clusterId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get clusterIdInput() {
    return this._clusterId;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // created_by_email - computed: true, optional: false, required: false
  public get createdByEmail() {
    return this.getStringAttribute('created_by_email');
  }

  // expires_at - computed: true, optional: true, required: false
  private _expiresAt?: string; 
  public get expiresAt() {
    return this.getStringAttribute('expires_at');
  }
  public set expiresAt(value: string) {
    this._expiresAt = value;
  }
  public resetExpiresAt() {
    this._expiresAt = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get expiresAtInput() {
    return this._expiresAt;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // key - computed: true, optional: false, required: false
  public get key() {
    return this.getStringAttribute('key');
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

  // postfix - computed: true, optional: false, required: false
  public get postfix() {
    return this.getStringAttribute('postfix');
  }

  // collection_access_rules - computed: false, optional: true, required: false
  private _collectionAccessRules = new AccountsDatabaseApiKeyV2CollectionAccessRulesList(this, "collection_access_rules", false);
  public get collectionAccessRules() {
    return this._collectionAccessRules;
  }
  public putCollectionAccessRules(value: AccountsDatabaseApiKeyV2CollectionAccessRules[] | cdktf.IResolvable) {
    this._collectionAccessRules.internalValue = value;
  }
  public resetCollectionAccessRules() {
    this._collectionAccessRules.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get collectionAccessRulesInput() {
    return this._collectionAccessRules.internalValue;
  }

  // global_access_rule - computed: false, optional: true, required: false
  private _globalAccessRule = new AccountsDatabaseApiKeyV2GlobalAccessRuleOutputReference(this, "global_access_rule");
  public get globalAccessRule() {
    return this._globalAccessRule;
  }
  public putGlobalAccessRule(value: AccountsDatabaseApiKeyV2GlobalAccessRule) {
    this._globalAccessRule.internalValue = value;
  }
  public resetGlobalAccessRule() {
    this._globalAccessRule.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get globalAccessRuleInput() {
    return this._globalAccessRule.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      account_id: cdktf.stringToTerraform(this._accountId),
      cluster_id: cdktf.stringToTerraform(this._clusterId),
      expires_at: cdktf.stringToTerraform(this._expiresAt),
      name: cdktf.stringToTerraform(this._name),
      collection_access_rules: cdktf.listMapper(accountsDatabaseApiKeyV2CollectionAccessRulesToTerraform, true)(this._collectionAccessRules.internalValue),
      global_access_rule: accountsDatabaseApiKeyV2GlobalAccessRuleToTerraform(this._globalAccessRule.internalValue),
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
      cluster_id: {
        value: cdktf.stringToHclTerraform(this._clusterId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      expires_at: {
        value: cdktf.stringToHclTerraform(this._expiresAt),
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
      collection_access_rules: {
        value: cdktf.listMapperHcl(accountsDatabaseApiKeyV2CollectionAccessRulesToHclTerraform, true)(this._collectionAccessRules.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AccountsDatabaseApiKeyV2CollectionAccessRulesList",
      },
      global_access_rule: {
        value: accountsDatabaseApiKeyV2GlobalAccessRuleToHclTerraform(this._globalAccessRule.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AccountsDatabaseApiKeyV2GlobalAccessRuleList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
