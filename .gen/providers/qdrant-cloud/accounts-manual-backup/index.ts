// https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_manual_backup
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AccountsManualBackupConfig extends cdktf.TerraformMetaArguments {
  /**
  * Backup Schema Account ID field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_manual_backup#account_id AccountsManualBackup#account_id}
  */
  readonly accountId?: string;
  /**
  * Backup Schema Cluster ID field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_manual_backup#cluster_id AccountsManualBackup#cluster_id}
  */
  readonly clusterId: string;
  /**
  * Backup Schema Retention period (Go duration, e.g. "24h" or "86400s"). field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_manual_backup#retention_period AccountsManualBackup#retention_period}
  */
  readonly retentionPeriod?: string;
}
export interface AccountsManualBackupClusterInfoConfigurationAnnotations {
}

export function accountsManualBackupClusterInfoConfigurationAnnotationsToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationAnnotations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationAnnotationsToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationAnnotations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationAnnotationsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationAnnotations | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationAnnotations | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // key - computed: true, optional: false, required: false
  public get key() {
    return this.getStringAttribute('key');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class AccountsManualBackupClusterInfoConfigurationAnnotationsList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationAnnotationsOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationAnnotationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationClusterStorageConfiguration {
}

export function accountsManualBackupClusterInfoConfigurationClusterStorageConfigurationToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationClusterStorageConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationClusterStorageConfigurationToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationClusterStorageConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationClusterStorageConfigurationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationClusterStorageConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationClusterStorageConfiguration | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // storage_tier_type - computed: true, optional: false, required: false
  public get storageTierType() {
    return this.getStringAttribute('storage_tier_type');
  }
}

export class AccountsManualBackupClusterInfoConfigurationClusterStorageConfigurationList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationClusterStorageConfigurationOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationClusterStorageConfigurationOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationAuditLogging {
}

export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationAuditLoggingToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationAuditLogging): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationAuditLoggingToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationAuditLogging): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationAuditLoggingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationAuditLogging | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationAuditLogging | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // enabled - computed: true, optional: false, required: false
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }

  // max_log_files - computed: true, optional: false, required: false
  public get maxLogFiles() {
    return this.getNumberAttribute('max_log_files');
  }

  // rotation - computed: true, optional: false, required: false
  public get rotation() {
    return this.getStringAttribute('rotation');
  }

  // trust_forwarded_headers - computed: true, optional: false, required: false
  public get trustForwardedHeaders() {
    return this.getBooleanAttribute('trust_forwarded_headers');
  }
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationAuditLoggingList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationAuditLoggingOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationAuditLoggingOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionVectors {
}

export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionVectorsToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionVectors): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionVectorsToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionVectors): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionVectorsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionVectors | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionVectors | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // on_disk - computed: true, optional: false, required: false
  public get onDisk() {
    return this.getBooleanAttribute('on_disk');
  }
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionVectorsList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionVectorsOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionVectorsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollection {
}

export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollection): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollection): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollection | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // replication_factor - computed: true, optional: false, required: false
  public get replicationFactor() {
    return this.getNumberAttribute('replication_factor');
  }

  // vectors - computed: true, optional: false, required: false
  private _vectors = new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionVectorsList(this, "vectors", false);
  public get vectors() {
    return this._vectors;
  }

  // write_consistency_factor - computed: true, optional: false, required: false
  public get writeConsistencyFactor() {
    return this.getNumberAttribute('write_consistency_factor');
  }
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationInference {
}

export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationInferenceToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationInference): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationInferenceToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationInference): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationInferenceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationInference | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationInference | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // enabled - computed: true, optional: false, required: false
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationInferenceList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationInferenceOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationInferenceOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceApiKey {
}

export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceApiKeyToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceApiKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceApiKeyToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceApiKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceApiKeyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceApiKey | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceApiKey | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // secret_key - computed: true, optional: false, required: false
  public get secretKey() {
    return this.getStringAttribute('secret_key');
  }

  // secret_name - computed: true, optional: false, required: false
  public get secretName() {
    return this.getStringAttribute('secret_name');
  }
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceApiKeyList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceApiKeyOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceApiKeyOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceReadOnlyApiKey {
}

export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceReadOnlyApiKeyToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceReadOnlyApiKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceReadOnlyApiKeyToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceReadOnlyApiKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceReadOnlyApiKeyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceReadOnlyApiKey | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceReadOnlyApiKey | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // secret_key - computed: true, optional: false, required: false
  public get secretKey() {
    return this.getStringAttribute('secret_key');
  }

  // secret_name - computed: true, optional: false, required: false
  public get secretName() {
    return this.getStringAttribute('secret_name');
  }
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceReadOnlyApiKeyList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceReadOnlyApiKeyOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceReadOnlyApiKeyOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationService {
}

export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationService): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationService): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationService | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationService | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // api_key - computed: true, optional: false, required: false
  private _apiKey = new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceApiKeyList(this, "api_key", false);
  public get apiKey() {
    return this._apiKey;
  }

  // enable_tls - computed: true, optional: false, required: false
  public get enableTls() {
    return this.getBooleanAttribute('enable_tls');
  }

  // force_include_jwt_rbac - computed: true, optional: false, required: false
  public get forceIncludeJwtRbac() {
    return this.getBooleanAttribute('force_include_jwt_rbac');
  }

  // jwt_rbac - computed: true, optional: false, required: false
  public get jwtRbac() {
    return this.getBooleanAttribute('jwt_rbac');
  }

  // read_only_api_key - computed: true, optional: false, required: false
  private _readOnlyApiKey = new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceReadOnlyApiKeyList(this, "read_only_api_key", false);
  public get readOnlyApiKey() {
    return this._readOnlyApiKey;
  }
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStoragePerformance {
}

export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationStoragePerformanceToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStoragePerformance): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationStoragePerformanceToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStoragePerformance): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStoragePerformanceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStoragePerformance | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStoragePerformance | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // async_scorer - computed: true, optional: false, required: false
  public get asyncScorer() {
    return this.getBooleanAttribute('async_scorer');
  }

  // optimizer_cpu_budget - computed: true, optional: false, required: false
  public get optimizerCpuBudget() {
    return this.getNumberAttribute('optimizer_cpu_budget');
  }
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStoragePerformanceList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStoragePerformanceOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStoragePerformanceOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStorage {
}

export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationStorageToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStorage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationStorageToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStorage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStorageOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStorage | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStorage | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // performance - computed: true, optional: false, required: false
  private _performance = new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStoragePerformanceList(this, "performance", false);
  public get performance() {
    return this._performance;
  }
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStorageList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStorageOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStorageOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsCert {
}

export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsCertToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsCert): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsCertToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsCert): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsCertOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsCert | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsCert | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // secret_key - computed: true, optional: false, required: false
  public get secretKey() {
    return this.getStringAttribute('secret_key');
  }

  // secret_name - computed: true, optional: false, required: false
  public get secretName() {
    return this.getStringAttribute('secret_name');
  }
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsCertList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsCertOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsCertOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsKey {
}

export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsKeyToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsKeyToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsKeyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsKey | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsKey | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // secret_key - computed: true, optional: false, required: false
  public get secretKey() {
    return this.getStringAttribute('secret_key');
  }

  // secret_name - computed: true, optional: false, required: false
  public get secretName() {
    return this.getStringAttribute('secret_name');
  }
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsKeyList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsKeyOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsKeyOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTls {
}

export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTls): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTls): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTls | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTls | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // cert - computed: true, optional: false, required: false
  private _cert = new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsCertList(this, "cert", false);
  public get cert() {
    return this._cert;
  }

  // key - computed: true, optional: false, required: false
  private _key = new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsKeyList(this, "key", false);
  public get key() {
    return this._key;
  }
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationDatabaseConfiguration {
}

export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationDatabaseConfigurationToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationDatabaseConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationDatabaseConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationDatabaseConfiguration | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // audit_logging - computed: true, optional: false, required: false
  private _auditLogging = new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationAuditLoggingList(this, "audit_logging", false);
  public get auditLogging() {
    return this._auditLogging;
  }

  // collection - computed: true, optional: false, required: false
  private _collection = new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationCollectionList(this, "collection", false);
  public get collection() {
    return this._collection;
  }

  // inference - computed: true, optional: false, required: false
  private _inference = new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationInferenceList(this, "inference", false);
  public get inference() {
    return this._inference;
  }

  // log_level - computed: true, optional: false, required: false
  public get logLevel() {
    return this.getStringAttribute('log_level');
  }

  // service - computed: true, optional: false, required: false
  private _service = new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationServiceList(this, "service", false);
  public get service() {
    return this._service;
  }

  // storage - computed: true, optional: false, required: false
  private _storage = new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationStorageList(this, "storage", false);
  public get storage() {
    return this._storage;
  }

  // tls - computed: true, optional: false, required: false
  private _tls = new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationTlsList(this, "tls", false);
  public get tls() {
    return this._tls;
  }
}

export class AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationNodeConfigurationResourceConfigurations {
}

export function accountsManualBackupClusterInfoConfigurationNodeConfigurationResourceConfigurationsToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationNodeConfigurationResourceConfigurations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationNodeConfigurationResourceConfigurationsToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationNodeConfigurationResourceConfigurations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationNodeConfigurationResourceConfigurationsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationNodeConfigurationResourceConfigurations | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationNodeConfigurationResourceConfigurations | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // amount - computed: true, optional: false, required: false
  public get amount() {
    return this.getNumberAttribute('amount');
  }

  // resource_type - computed: true, optional: false, required: false
  public get resourceType() {
    return this.getStringAttribute('resource_type');
  }

  // resource_unit - computed: true, optional: false, required: false
  public get resourceUnit() {
    return this.getStringAttribute('resource_unit');
  }
}

export class AccountsManualBackupClusterInfoConfigurationNodeConfigurationResourceConfigurationsList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationNodeConfigurationResourceConfigurationsOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationNodeConfigurationResourceConfigurationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationNodeConfiguration {
}

export function accountsManualBackupClusterInfoConfigurationNodeConfigurationToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationNodeConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationNodeConfigurationToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationNodeConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationNodeConfigurationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationNodeConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationNodeConfiguration | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // package_id - computed: true, optional: false, required: false
  public get packageId() {
    return this.getStringAttribute('package_id');
  }

  // resource_configurations - computed: true, optional: false, required: false
  private _resourceConfigurations = new AccountsManualBackupClusterInfoConfigurationNodeConfigurationResourceConfigurationsList(this, "resource_configurations", false);
  public get resourceConfigurations() {
    return this._resourceConfigurations;
  }
}

export class AccountsManualBackupClusterInfoConfigurationNodeConfigurationList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationNodeConfigurationOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationNodeConfigurationOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationNodeSelector {
}

export function accountsManualBackupClusterInfoConfigurationNodeSelectorToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationNodeSelector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationNodeSelectorToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationNodeSelector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationNodeSelectorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationNodeSelector | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationNodeSelector | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // key - computed: true, optional: false, required: false
  public get key() {
    return this.getStringAttribute('key');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class AccountsManualBackupClusterInfoConfigurationNodeSelectorList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationNodeSelectorOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationNodeSelectorOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationPodLabels {
}

export function accountsManualBackupClusterInfoConfigurationPodLabelsToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationPodLabels): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationPodLabelsToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationPodLabels): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationPodLabelsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationPodLabels | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationPodLabels | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // key - computed: true, optional: false, required: false
  public get key() {
    return this.getStringAttribute('key');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class AccountsManualBackupClusterInfoConfigurationPodLabelsList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationPodLabelsOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationPodLabelsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationServiceAnnotations {
}

export function accountsManualBackupClusterInfoConfigurationServiceAnnotationsToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationServiceAnnotations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationServiceAnnotationsToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationServiceAnnotations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationServiceAnnotationsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationServiceAnnotations | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationServiceAnnotations | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // key - computed: true, optional: false, required: false
  public get key() {
    return this.getStringAttribute('key');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class AccountsManualBackupClusterInfoConfigurationServiceAnnotationsList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationServiceAnnotationsOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationServiceAnnotationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationTolerations {
}

export function accountsManualBackupClusterInfoConfigurationTolerationsToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationTolerations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationTolerationsToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationTolerations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationTolerationsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationTolerations | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationTolerations | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // effect - computed: true, optional: false, required: false
  public get effect() {
    return this.getStringAttribute('effect');
  }

  // key - computed: true, optional: false, required: false
  public get key() {
    return this.getStringAttribute('key');
  }

  // operator - computed: true, optional: false, required: false
  public get operator() {
    return this.getStringAttribute('operator');
  }

  // toleration_seconds - computed: true, optional: false, required: false
  public get tolerationSeconds() {
    return this.getNumberAttribute('toleration_seconds');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class AccountsManualBackupClusterInfoConfigurationTolerationsList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationTolerationsOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationTolerationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfigurationTopologySpreadConstraints {
}

export function accountsManualBackupClusterInfoConfigurationTopologySpreadConstraintsToTerraform(struct?: AccountsManualBackupClusterInfoConfigurationTopologySpreadConstraints): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationTopologySpreadConstraintsToHclTerraform(struct?: AccountsManualBackupClusterInfoConfigurationTopologySpreadConstraints): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationTopologySpreadConstraintsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfigurationTopologySpreadConstraints | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfigurationTopologySpreadConstraints | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // max_skew - computed: true, optional: false, required: false
  public get maxSkew() {
    return this.getNumberAttribute('max_skew');
  }

  // topology_key - computed: true, optional: false, required: false
  public get topologyKey() {
    return this.getStringAttribute('topology_key');
  }

  // when_unsatisfiable - computed: true, optional: false, required: false
  public get whenUnsatisfiable() {
    return this.getStringAttribute('when_unsatisfiable');
  }
}

export class AccountsManualBackupClusterInfoConfigurationTopologySpreadConstraintsList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationTopologySpreadConstraintsOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationTopologySpreadConstraintsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoConfiguration {
}

export function accountsManualBackupClusterInfoConfigurationToTerraform(struct?: AccountsManualBackupClusterInfoConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoConfigurationToHclTerraform(struct?: AccountsManualBackupClusterInfoConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoConfigurationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoConfiguration | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // allowed_ip_source_ranges - computed: true, optional: false, required: false
  public get allowedIpSourceRanges() {
    return cdktf.Fn.tolist(this.getListAttribute('allowed_ip_source_ranges'));
  }

  // annotations - computed: true, optional: false, required: false
  private _annotations = new AccountsManualBackupClusterInfoConfigurationAnnotationsList(this, "annotations", true);
  public get annotations() {
    return this._annotations;
  }

  // cluster_storage_configuration - computed: true, optional: false, required: false
  private _clusterStorageConfiguration = new AccountsManualBackupClusterInfoConfigurationClusterStorageConfigurationList(this, "cluster_storage_configuration", false);
  public get clusterStorageConfiguration() {
    return this._clusterStorageConfiguration;
  }

  // database_configuration - computed: true, optional: false, required: false
  private _databaseConfiguration = new AccountsManualBackupClusterInfoConfigurationDatabaseConfigurationList(this, "database_configuration", false);
  public get databaseConfiguration() {
    return this._databaseConfiguration;
  }

  // gpu_type - computed: true, optional: false, required: false
  public get gpuType() {
    return this.getStringAttribute('gpu_type');
  }

  // last_modified_at - computed: true, optional: false, required: false
  public get lastModifiedAt() {
    return this.getStringAttribute('last_modified_at');
  }

  // node_configuration - computed: true, optional: false, required: false
  private _nodeConfiguration = new AccountsManualBackupClusterInfoConfigurationNodeConfigurationList(this, "node_configuration", false);
  public get nodeConfiguration() {
    return this._nodeConfiguration;
  }

  // node_selector - computed: true, optional: false, required: false
  private _nodeSelector = new AccountsManualBackupClusterInfoConfigurationNodeSelectorList(this, "node_selector", true);
  public get nodeSelector() {
    return this._nodeSelector;
  }

  // number_of_nodes - computed: true, optional: false, required: false
  public get numberOfNodes() {
    return this.getNumberAttribute('number_of_nodes');
  }

  // pod_labels - computed: true, optional: false, required: false
  private _podLabels = new AccountsManualBackupClusterInfoConfigurationPodLabelsList(this, "pod_labels", true);
  public get podLabels() {
    return this._podLabels;
  }

  // rebalance_strategy - computed: true, optional: false, required: false
  public get rebalanceStrategy() {
    return this.getStringAttribute('rebalance_strategy');
  }

  // reserved_cpu_percentage - computed: true, optional: false, required: false
  public get reservedCpuPercentage() {
    return this.getNumberAttribute('reserved_cpu_percentage');
  }

  // reserved_memory_percentage - computed: true, optional: false, required: false
  public get reservedMemoryPercentage() {
    return this.getNumberAttribute('reserved_memory_percentage');
  }

  // restart_policy - computed: true, optional: false, required: false
  public get restartPolicy() {
    return this.getStringAttribute('restart_policy');
  }

  // service_annotations - computed: true, optional: false, required: false
  private _serviceAnnotations = new AccountsManualBackupClusterInfoConfigurationServiceAnnotationsList(this, "service_annotations", true);
  public get serviceAnnotations() {
    return this._serviceAnnotations;
  }

  // service_type - computed: true, optional: false, required: false
  public get serviceType() {
    return this.getStringAttribute('service_type');
  }

  // tolerations - computed: true, optional: false, required: false
  private _tolerations = new AccountsManualBackupClusterInfoConfigurationTolerationsList(this, "tolerations", true);
  public get tolerations() {
    return this._tolerations;
  }

  // topology_spread_constraints - computed: true, optional: false, required: false
  private _topologySpreadConstraints = new AccountsManualBackupClusterInfoConfigurationTopologySpreadConstraintsList(this, "topology_spread_constraints", true);
  public get topologySpreadConstraints() {
    return this._topologySpreadConstraints;
  }

  // version - computed: true, optional: false, required: false
  public get version() {
    return this.getStringAttribute('version');
  }
}

export class AccountsManualBackupClusterInfoConfigurationList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoConfigurationOutputReference {
    return new AccountsManualBackupClusterInfoConfigurationOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoResourcesSummaryCpu {
}

export function accountsManualBackupClusterInfoResourcesSummaryCpuToTerraform(struct?: AccountsManualBackupClusterInfoResourcesSummaryCpu): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoResourcesSummaryCpuToHclTerraform(struct?: AccountsManualBackupClusterInfoResourcesSummaryCpu): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoResourcesSummaryCpuOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoResourcesSummaryCpu | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoResourcesSummaryCpu | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // amount - computed: true, optional: false, required: false
  public get amount() {
    return this.getNumberAttribute('amount');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}

export class AccountsManualBackupClusterInfoResourcesSummaryCpuList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoResourcesSummaryCpuOutputReference {
    return new AccountsManualBackupClusterInfoResourcesSummaryCpuOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoResourcesSummaryDisk {
}

export function accountsManualBackupClusterInfoResourcesSummaryDiskToTerraform(struct?: AccountsManualBackupClusterInfoResourcesSummaryDisk): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoResourcesSummaryDiskToHclTerraform(struct?: AccountsManualBackupClusterInfoResourcesSummaryDisk): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoResourcesSummaryDiskOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoResourcesSummaryDisk | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoResourcesSummaryDisk | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // amount - computed: true, optional: false, required: false
  public get amount() {
    return this.getNumberAttribute('amount');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}

export class AccountsManualBackupClusterInfoResourcesSummaryDiskList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoResourcesSummaryDiskOutputReference {
    return new AccountsManualBackupClusterInfoResourcesSummaryDiskOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoResourcesSummaryRam {
}

export function accountsManualBackupClusterInfoResourcesSummaryRamToTerraform(struct?: AccountsManualBackupClusterInfoResourcesSummaryRam): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoResourcesSummaryRamToHclTerraform(struct?: AccountsManualBackupClusterInfoResourcesSummaryRam): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoResourcesSummaryRamOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoResourcesSummaryRam | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoResourcesSummaryRam | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // amount - computed: true, optional: false, required: false
  public get amount() {
    return this.getNumberAttribute('amount');
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}

export class AccountsManualBackupClusterInfoResourcesSummaryRamList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoResourcesSummaryRamOutputReference {
    return new AccountsManualBackupClusterInfoResourcesSummaryRamOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfoResourcesSummary {
}

export function accountsManualBackupClusterInfoResourcesSummaryToTerraform(struct?: AccountsManualBackupClusterInfoResourcesSummary): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoResourcesSummaryToHclTerraform(struct?: AccountsManualBackupClusterInfoResourcesSummary): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoResourcesSummaryOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfoResourcesSummary | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfoResourcesSummary | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // cpu - computed: true, optional: false, required: false
  private _cpu = new AccountsManualBackupClusterInfoResourcesSummaryCpuList(this, "cpu", false);
  public get cpu() {
    return this._cpu;
  }

  // disk - computed: true, optional: false, required: false
  private _disk = new AccountsManualBackupClusterInfoResourcesSummaryDiskList(this, "disk", false);
  public get disk() {
    return this._disk;
  }

  // ram - computed: true, optional: false, required: false
  private _ram = new AccountsManualBackupClusterInfoResourcesSummaryRamList(this, "ram", false);
  public get ram() {
    return this._ram;
  }
}

export class AccountsManualBackupClusterInfoResourcesSummaryList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoResourcesSummaryOutputReference {
    return new AccountsManualBackupClusterInfoResourcesSummaryOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsManualBackupClusterInfo {
}

export function accountsManualBackupClusterInfoToTerraform(struct?: AccountsManualBackupClusterInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsManualBackupClusterInfoToHclTerraform(struct?: AccountsManualBackupClusterInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsManualBackupClusterInfoOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): AccountsManualBackupClusterInfo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsManualBackupClusterInfo | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // cloud_provider_id - computed: true, optional: false, required: false
  public get cloudProviderId() {
    return this.getStringAttribute('cloud_provider_id');
  }

  // cloud_provider_region_id - computed: true, optional: false, required: false
  public get cloudProviderRegionId() {
    return this.getStringAttribute('cloud_provider_region_id');
  }

  // configuration - computed: true, optional: false, required: false
  private _configuration = new AccountsManualBackupClusterInfoConfigurationList(this, "configuration", false);
  public get configuration() {
    return this._configuration;
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // resources_summary - computed: true, optional: false, required: false
  private _resourcesSummary = new AccountsManualBackupClusterInfoResourcesSummaryList(this, "resources_summary", false);
  public get resourcesSummary() {
    return this._resourcesSummary;
  }

  // restore_package_id - computed: true, optional: false, required: false
  public get restorePackageId() {
    return this.getStringAttribute('restore_package_id');
  }
}

export class AccountsManualBackupClusterInfoList extends cdktf.ComplexList {

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
  public get(index: number): AccountsManualBackupClusterInfoOutputReference {
    return new AccountsManualBackupClusterInfoOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_manual_backup qdrant-cloud_accounts_manual_backup}
*/
export class AccountsManualBackup extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "qdrant-cloud_accounts_manual_backup";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AccountsManualBackup resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AccountsManualBackup to import
  * @param importFromId The id of the existing AccountsManualBackup that should be imported. Refer to the {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_manual_backup#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AccountsManualBackup to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "qdrant-cloud_accounts_manual_backup", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_manual_backup qdrant-cloud_accounts_manual_backup} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AccountsManualBackupConfig
  */
  public constructor(scope: Construct, id: string, config: AccountsManualBackupConfig) {
    super(scope, id, {
      terraformResourceType: 'qdrant-cloud_accounts_manual_backup',
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
    this._retentionPeriod = config.retentionPeriod;
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

  // backup_duration - computed: true, optional: false, required: false
  public get backupDuration() {
    return this.getStringAttribute('backup_duration');
  }

  // backup_schedule_id - computed: true, optional: false, required: false
  public get backupScheduleId() {
    return this.getStringAttribute('backup_schedule_id');
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

  // cluster_info - computed: true, optional: false, required: false
  private _clusterInfo = new AccountsManualBackupClusterInfoList(this, "cluster_info", false);
  public get clusterInfo() {
    return this._clusterInfo;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // deleted_at - computed: true, optional: false, required: false
  public get deletedAt() {
    return this.getStringAttribute('deleted_at');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // retention_period - computed: false, optional: true, required: false
  private _retentionPeriod?: string; 
  public get retentionPeriod() {
    return this.getStringAttribute('retention_period');
  }
  public set retentionPeriod(value: string) {
    this._retentionPeriod = value;
  }
  public resetRetentionPeriod() {
    this._retentionPeriod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retentionPeriodInput() {
    return this._retentionPeriod;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      account_id: cdktf.stringToTerraform(this._accountId),
      cluster_id: cdktf.stringToTerraform(this._clusterId),
      retention_period: cdktf.stringToTerraform(this._retentionPeriod),
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
      retention_period: {
        value: cdktf.stringToHclTerraform(this._retentionPeriod),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
