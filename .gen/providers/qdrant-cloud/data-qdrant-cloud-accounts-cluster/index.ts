// https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/accounts_cluster
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataQdrantCloudAccountsClusterConfig extends cdktf.TerraformMetaArguments {
  /**
  * Cluster Schema Identifier of the account field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/accounts_cluster#account_id DataQdrantCloudAccountsCluster#account_id}
  */
  readonly accountId?: string;
  /**
  * Whether to delete backups when the cluster is destroyed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/accounts_cluster#delete_backups_on_destroy DataQdrantCloudAccountsCluster#delete_backups_on_destroy}
  */
  readonly deleteBackupsOnDestroy?: boolean | cdktf.IResolvable;
  /**
  * Cluster Schema Identifier of the cluster field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/accounts_cluster#id DataQdrantCloudAccountsCluster#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}
export interface DataQdrantCloudAccountsClusterConfigurationAnnotations {
}

export function dataQdrantCloudAccountsClusterConfigurationAnnotationsToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationAnnotations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationAnnotationsToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationAnnotations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationAnnotationsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationAnnotations | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationAnnotations | undefined) {
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

export class DataQdrantCloudAccountsClusterConfigurationAnnotationsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationAnnotationsOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationAnnotationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationClusterStorageConfiguration {
}

export function dataQdrantCloudAccountsClusterConfigurationClusterStorageConfigurationToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationClusterStorageConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationClusterStorageConfigurationToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationClusterStorageConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationClusterStorageConfigurationOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationClusterStorageConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationClusterStorageConfiguration | undefined) {
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

export class DataQdrantCloudAccountsClusterConfigurationClusterStorageConfigurationList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationClusterStorageConfigurationOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationClusterStorageConfigurationOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationAuditLogging {
}

export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationAuditLoggingToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationAuditLogging): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationAuditLoggingToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationAuditLogging): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationAuditLoggingOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationAuditLogging | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationAuditLogging | undefined) {
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

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationAuditLoggingList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationAuditLoggingOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationAuditLoggingOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionVectors {
}

export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionVectorsToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionVectors): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionVectorsToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionVectors): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionVectorsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionVectors | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionVectors | undefined) {
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

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionVectorsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionVectorsOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionVectorsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollection {
}

export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollection): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollection): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollection | undefined) {
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
  private _vectors = new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionVectorsList(this, "vectors", false);
  public get vectors() {
    return this._vectors;
  }

  // write_consistency_factor - computed: true, optional: false, required: false
  public get writeConsistencyFactor() {
    return this.getNumberAttribute('write_consistency_factor');
  }
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationInference {
}

export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationInferenceToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationInference): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationInferenceToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationInference): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationInferenceOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationInference | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationInference | undefined) {
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

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationInferenceList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationInferenceOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationInferenceOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceApiKey {
}

export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceApiKeyToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceApiKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceApiKeyToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceApiKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceApiKeyOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceApiKey | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceApiKey | undefined) {
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

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceApiKeyList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceApiKeyOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceApiKeyOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKey {
}

export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKeyToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKeyToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKeyOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKey | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKey | undefined) {
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

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKeyList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKeyOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKeyOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationService {
}

export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationService): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationService): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationService | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationService | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // api_key - computed: true, optional: false, required: false
  private _apiKey = new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceApiKeyList(this, "api_key", false);
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
  private _readOnlyApiKey = new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKeyList(this, "read_only_api_key", false);
  public get readOnlyApiKey() {
    return this._readOnlyApiKey;
  }
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStoragePerformance {
}

export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStoragePerformanceToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStoragePerformance): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStoragePerformanceToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStoragePerformance): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStoragePerformanceOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStoragePerformance | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStoragePerformance | undefined) {
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

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStoragePerformanceList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStoragePerformanceOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStoragePerformanceOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStorage {
}

export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStorageToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStorage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStorageToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStorage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStorageOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStorage | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStorage | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // performance - computed: true, optional: false, required: false
  private _performance = new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStoragePerformanceList(this, "performance", false);
  public get performance() {
    return this._performance;
  }
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStorageList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStorageOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStorageOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsCert {
}

export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsCertToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsCert): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsCertToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsCert): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsCertOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsCert | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsCert | undefined) {
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

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsCertList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsCertOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsCertOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsKey {
}

export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsKeyToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsKeyToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsKeyOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsKey | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsKey | undefined) {
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

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsKeyList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsKeyOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsKeyOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTls {
}

export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTls): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTls): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTls | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTls | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // cert - computed: true, optional: false, required: false
  private _cert = new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsCertList(this, "cert", false);
  public get cert() {
    return this._cert;
  }

  // key - computed: true, optional: false, required: false
  private _key = new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsKeyList(this, "key", false);
  public get key() {
    return this._key;
  }
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationDatabaseConfiguration {
}

export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationDatabaseConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationDatabaseConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationDatabaseConfiguration | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // audit_logging - computed: true, optional: false, required: false
  private _auditLogging = new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationAuditLoggingList(this, "audit_logging", false);
  public get auditLogging() {
    return this._auditLogging;
  }

  // collection - computed: true, optional: false, required: false
  private _collection = new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationCollectionList(this, "collection", false);
  public get collection() {
    return this._collection;
  }

  // inference - computed: true, optional: false, required: false
  private _inference = new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationInferenceList(this, "inference", false);
  public get inference() {
    return this._inference;
  }

  // log_level - computed: true, optional: false, required: false
  public get logLevel() {
    return this.getStringAttribute('log_level');
  }

  // service - computed: true, optional: false, required: false
  private _service = new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationServiceList(this, "service", false);
  public get service() {
    return this._service;
  }

  // storage - computed: true, optional: false, required: false
  private _storage = new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationStorageList(this, "storage", false);
  public get storage() {
    return this._storage;
  }

  // tls - computed: true, optional: false, required: false
  private _tls = new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationTlsList(this, "tls", false);
  public get tls() {
    return this._tls;
  }
}

export class DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationNodeConfigurationResourceConfigurations {
}

export function dataQdrantCloudAccountsClusterConfigurationNodeConfigurationResourceConfigurationsToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationNodeConfigurationResourceConfigurations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationNodeConfigurationResourceConfigurationsToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationNodeConfigurationResourceConfigurations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationNodeConfigurationResourceConfigurationsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationNodeConfigurationResourceConfigurations | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationNodeConfigurationResourceConfigurations | undefined) {
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

export class DataQdrantCloudAccountsClusterConfigurationNodeConfigurationResourceConfigurationsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationNodeConfigurationResourceConfigurationsOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationNodeConfigurationResourceConfigurationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationNodeConfiguration {
}

export function dataQdrantCloudAccountsClusterConfigurationNodeConfigurationToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationNodeConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationNodeConfigurationToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationNodeConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationNodeConfigurationOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationNodeConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationNodeConfiguration | undefined) {
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
  private _resourceConfigurations = new DataQdrantCloudAccountsClusterConfigurationNodeConfigurationResourceConfigurationsList(this, "resource_configurations", false);
  public get resourceConfigurations() {
    return this._resourceConfigurations;
  }
}

export class DataQdrantCloudAccountsClusterConfigurationNodeConfigurationList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationNodeConfigurationOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationNodeConfigurationOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationNodeSelector {
}

export function dataQdrantCloudAccountsClusterConfigurationNodeSelectorToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationNodeSelector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationNodeSelectorToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationNodeSelector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationNodeSelectorOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationNodeSelector | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationNodeSelector | undefined) {
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

export class DataQdrantCloudAccountsClusterConfigurationNodeSelectorList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationNodeSelectorOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationNodeSelectorOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationPodLabels {
}

export function dataQdrantCloudAccountsClusterConfigurationPodLabelsToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationPodLabels): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationPodLabelsToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationPodLabels): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationPodLabelsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationPodLabels | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationPodLabels | undefined) {
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

export class DataQdrantCloudAccountsClusterConfigurationPodLabelsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationPodLabelsOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationPodLabelsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationServiceAnnotations {
}

export function dataQdrantCloudAccountsClusterConfigurationServiceAnnotationsToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationServiceAnnotations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationServiceAnnotationsToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationServiceAnnotations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationServiceAnnotationsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationServiceAnnotations | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationServiceAnnotations | undefined) {
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

export class DataQdrantCloudAccountsClusterConfigurationServiceAnnotationsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationServiceAnnotationsOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationServiceAnnotationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationTolerations {
}

export function dataQdrantCloudAccountsClusterConfigurationTolerationsToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationTolerations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationTolerationsToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationTolerations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationTolerationsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationTolerations | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationTolerations | undefined) {
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

export class DataQdrantCloudAccountsClusterConfigurationTolerationsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationTolerationsOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationTolerationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfigurationTopologySpreadConstraints {
}

export function dataQdrantCloudAccountsClusterConfigurationTopologySpreadConstraintsToTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationTopologySpreadConstraints): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationTopologySpreadConstraintsToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfigurationTopologySpreadConstraints): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationTopologySpreadConstraintsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfigurationTopologySpreadConstraints | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfigurationTopologySpreadConstraints | undefined) {
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

export class DataQdrantCloudAccountsClusterConfigurationTopologySpreadConstraintsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationTopologySpreadConstraintsOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationTopologySpreadConstraintsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterConfiguration {
}

export function dataQdrantCloudAccountsClusterConfigurationToTerraform(struct?: DataQdrantCloudAccountsClusterConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterConfigurationToHclTerraform(struct?: DataQdrantCloudAccountsClusterConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterConfigurationOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterConfiguration | undefined) {
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
  private _annotations = new DataQdrantCloudAccountsClusterConfigurationAnnotationsList(this, "annotations", true);
  public get annotations() {
    return this._annotations;
  }

  // cluster_storage_configuration - computed: true, optional: false, required: false
  private _clusterStorageConfiguration = new DataQdrantCloudAccountsClusterConfigurationClusterStorageConfigurationList(this, "cluster_storage_configuration", false);
  public get clusterStorageConfiguration() {
    return this._clusterStorageConfiguration;
  }

  // database_configuration - computed: true, optional: false, required: false
  private _databaseConfiguration = new DataQdrantCloudAccountsClusterConfigurationDatabaseConfigurationList(this, "database_configuration", false);
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
  private _nodeConfiguration = new DataQdrantCloudAccountsClusterConfigurationNodeConfigurationList(this, "node_configuration", false);
  public get nodeConfiguration() {
    return this._nodeConfiguration;
  }

  // node_selector - computed: true, optional: false, required: false
  private _nodeSelector = new DataQdrantCloudAccountsClusterConfigurationNodeSelectorList(this, "node_selector", true);
  public get nodeSelector() {
    return this._nodeSelector;
  }

  // number_of_nodes - computed: true, optional: false, required: false
  public get numberOfNodes() {
    return this.getNumberAttribute('number_of_nodes');
  }

  // pod_labels - computed: true, optional: false, required: false
  private _podLabels = new DataQdrantCloudAccountsClusterConfigurationPodLabelsList(this, "pod_labels", true);
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
  private _serviceAnnotations = new DataQdrantCloudAccountsClusterConfigurationServiceAnnotationsList(this, "service_annotations", true);
  public get serviceAnnotations() {
    return this._serviceAnnotations;
  }

  // service_type - computed: true, optional: false, required: false
  public get serviceType() {
    return this.getStringAttribute('service_type');
  }

  // tolerations - computed: true, optional: false, required: false
  private _tolerations = new DataQdrantCloudAccountsClusterConfigurationTolerationsList(this, "tolerations", true);
  public get tolerations() {
    return this._tolerations;
  }

  // topology_spread_constraints - computed: true, optional: false, required: false
  private _topologySpreadConstraints = new DataQdrantCloudAccountsClusterConfigurationTopologySpreadConstraintsList(this, "topology_spread_constraints", true);
  public get topologySpreadConstraints() {
    return this._topologySpreadConstraints;
  }

  // version - computed: true, optional: false, required: false
  public get version() {
    return this.getStringAttribute('version');
  }
}

export class DataQdrantCloudAccountsClusterConfigurationList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterConfigurationOutputReference {
    return new DataQdrantCloudAccountsClusterConfigurationOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterLabels {
}

export function dataQdrantCloudAccountsClusterLabelsToTerraform(struct?: DataQdrantCloudAccountsClusterLabels): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterLabelsToHclTerraform(struct?: DataQdrantCloudAccountsClusterLabels): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterLabelsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterLabels | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterLabels | undefined) {
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

export class DataQdrantCloudAccountsClusterLabelsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterLabelsOutputReference {
    return new DataQdrantCloudAccountsClusterLabelsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterStatusCapabilitiesBackup {
}

export function dataQdrantCloudAccountsClusterStatusCapabilitiesBackupToTerraform(struct?: DataQdrantCloudAccountsClusterStatusCapabilitiesBackup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterStatusCapabilitiesBackupToHclTerraform(struct?: DataQdrantCloudAccountsClusterStatusCapabilitiesBackup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterStatusCapabilitiesBackupOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterStatusCapabilitiesBackup | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterStatusCapabilitiesBackup | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // reason - computed: true, optional: false, required: false
  public get reason() {
    return this.getStringAttribute('reason');
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }
}

export class DataQdrantCloudAccountsClusterStatusCapabilitiesBackupList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterStatusCapabilitiesBackupOutputReference {
    return new DataQdrantCloudAccountsClusterStatusCapabilitiesBackupOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterStatusCapabilitiesDiskExpansion {
}

export function dataQdrantCloudAccountsClusterStatusCapabilitiesDiskExpansionToTerraform(struct?: DataQdrantCloudAccountsClusterStatusCapabilitiesDiskExpansion): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterStatusCapabilitiesDiskExpansionToHclTerraform(struct?: DataQdrantCloudAccountsClusterStatusCapabilitiesDiskExpansion): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterStatusCapabilitiesDiskExpansionOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterStatusCapabilitiesDiskExpansion | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterStatusCapabilitiesDiskExpansion | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // reason - computed: true, optional: false, required: false
  public get reason() {
    return this.getStringAttribute('reason');
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }
}

export class DataQdrantCloudAccountsClusterStatusCapabilitiesDiskExpansionList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterStatusCapabilitiesDiskExpansionOutputReference {
    return new DataQdrantCloudAccountsClusterStatusCapabilitiesDiskExpansionOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterStatusCapabilitiesScalabilityInfo {
}

export function dataQdrantCloudAccountsClusterStatusCapabilitiesScalabilityInfoToTerraform(struct?: DataQdrantCloudAccountsClusterStatusCapabilitiesScalabilityInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterStatusCapabilitiesScalabilityInfoToHclTerraform(struct?: DataQdrantCloudAccountsClusterStatusCapabilitiesScalabilityInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterStatusCapabilitiesScalabilityInfoOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterStatusCapabilitiesScalabilityInfo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterStatusCapabilitiesScalabilityInfo | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // reason - computed: true, optional: false, required: false
  public get reason() {
    return this.getStringAttribute('reason');
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }
}

export class DataQdrantCloudAccountsClusterStatusCapabilitiesScalabilityInfoList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterStatusCapabilitiesScalabilityInfoOutputReference {
    return new DataQdrantCloudAccountsClusterStatusCapabilitiesScalabilityInfoOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterStatusCapabilities {
}

export function dataQdrantCloudAccountsClusterStatusCapabilitiesToTerraform(struct?: DataQdrantCloudAccountsClusterStatusCapabilities): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterStatusCapabilitiesToHclTerraform(struct?: DataQdrantCloudAccountsClusterStatusCapabilities): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterStatusCapabilitiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterStatusCapabilities | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterStatusCapabilities | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // backup - computed: true, optional: false, required: false
  private _backup = new DataQdrantCloudAccountsClusterStatusCapabilitiesBackupList(this, "backup", false);
  public get backup() {
    return this._backup;
  }

  // disk_expansion - computed: true, optional: false, required: false
  private _diskExpansion = new DataQdrantCloudAccountsClusterStatusCapabilitiesDiskExpansionList(this, "disk_expansion", false);
  public get diskExpansion() {
    return this._diskExpansion;
  }

  // scalability_info - computed: true, optional: false, required: false
  private _scalabilityInfo = new DataQdrantCloudAccountsClusterStatusCapabilitiesScalabilityInfoList(this, "scalability_info", false);
  public get scalabilityInfo() {
    return this._scalabilityInfo;
  }
}

export class DataQdrantCloudAccountsClusterStatusCapabilitiesList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterStatusCapabilitiesOutputReference {
    return new DataQdrantCloudAccountsClusterStatusCapabilitiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterStatusResourcesCpu {
}

export function dataQdrantCloudAccountsClusterStatusResourcesCpuToTerraform(struct?: DataQdrantCloudAccountsClusterStatusResourcesCpu): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterStatusResourcesCpuToHclTerraform(struct?: DataQdrantCloudAccountsClusterStatusResourcesCpu): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterStatusResourcesCpuOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterStatusResourcesCpu | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterStatusResourcesCpu | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // additional - computed: true, optional: false, required: false
  public get additional() {
    return this.getNumberAttribute('additional');
  }

  // available - computed: true, optional: false, required: false
  public get available() {
    return this.getNumberAttribute('available');
  }

  // base - computed: true, optional: false, required: false
  public get base() {
    return this.getNumberAttribute('base');
  }

  // complimentary - computed: true, optional: false, required: false
  public get complimentary() {
    return this.getNumberAttribute('complimentary');
  }

  // reserved - computed: true, optional: false, required: false
  public get reserved() {
    return this.getNumberAttribute('reserved');
  }
}

export class DataQdrantCloudAccountsClusterStatusResourcesCpuList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterStatusResourcesCpuOutputReference {
    return new DataQdrantCloudAccountsClusterStatusResourcesCpuOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterStatusResourcesDisk {
}

export function dataQdrantCloudAccountsClusterStatusResourcesDiskToTerraform(struct?: DataQdrantCloudAccountsClusterStatusResourcesDisk): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterStatusResourcesDiskToHclTerraform(struct?: DataQdrantCloudAccountsClusterStatusResourcesDisk): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterStatusResourcesDiskOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterStatusResourcesDisk | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterStatusResourcesDisk | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // additional - computed: true, optional: false, required: false
  public get additional() {
    return this.getNumberAttribute('additional');
  }

  // available - computed: true, optional: false, required: false
  public get available() {
    return this.getNumberAttribute('available');
  }

  // base - computed: true, optional: false, required: false
  public get base() {
    return this.getNumberAttribute('base');
  }

  // complimentary - computed: true, optional: false, required: false
  public get complimentary() {
    return this.getNumberAttribute('complimentary');
  }

  // reserved - computed: true, optional: false, required: false
  public get reserved() {
    return this.getNumberAttribute('reserved');
  }
}

export class DataQdrantCloudAccountsClusterStatusResourcesDiskList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterStatusResourcesDiskOutputReference {
    return new DataQdrantCloudAccountsClusterStatusResourcesDiskOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterStatusResourcesRam {
}

export function dataQdrantCloudAccountsClusterStatusResourcesRamToTerraform(struct?: DataQdrantCloudAccountsClusterStatusResourcesRam): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterStatusResourcesRamToHclTerraform(struct?: DataQdrantCloudAccountsClusterStatusResourcesRam): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterStatusResourcesRamOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterStatusResourcesRam | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterStatusResourcesRam | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // additional - computed: true, optional: false, required: false
  public get additional() {
    return this.getNumberAttribute('additional');
  }

  // available - computed: true, optional: false, required: false
  public get available() {
    return this.getNumberAttribute('available');
  }

  // base - computed: true, optional: false, required: false
  public get base() {
    return this.getNumberAttribute('base');
  }

  // complimentary - computed: true, optional: false, required: false
  public get complimentary() {
    return this.getNumberAttribute('complimentary');
  }

  // reserved - computed: true, optional: false, required: false
  public get reserved() {
    return this.getNumberAttribute('reserved');
  }
}

export class DataQdrantCloudAccountsClusterStatusResourcesRamList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterStatusResourcesRamOutputReference {
    return new DataQdrantCloudAccountsClusterStatusResourcesRamOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterStatusResources {
}

export function dataQdrantCloudAccountsClusterStatusResourcesToTerraform(struct?: DataQdrantCloudAccountsClusterStatusResources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterStatusResourcesToHclTerraform(struct?: DataQdrantCloudAccountsClusterStatusResources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterStatusResourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterStatusResources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterStatusResources | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // cpu - computed: true, optional: false, required: false
  private _cpu = new DataQdrantCloudAccountsClusterStatusResourcesCpuList(this, "cpu", false);
  public get cpu() {
    return this._cpu;
  }

  // disk - computed: true, optional: false, required: false
  private _disk = new DataQdrantCloudAccountsClusterStatusResourcesDiskList(this, "disk", false);
  public get disk() {
    return this._disk;
  }

  // ram - computed: true, optional: false, required: false
  private _ram = new DataQdrantCloudAccountsClusterStatusResourcesRamList(this, "ram", false);
  public get ram() {
    return this._ram;
  }
}

export class DataQdrantCloudAccountsClusterStatusResourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterStatusResourcesOutputReference {
    return new DataQdrantCloudAccountsClusterStatusResourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterStatusScalabilityInfo {
}

export function dataQdrantCloudAccountsClusterStatusScalabilityInfoToTerraform(struct?: DataQdrantCloudAccountsClusterStatusScalabilityInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterStatusScalabilityInfoToHclTerraform(struct?: DataQdrantCloudAccountsClusterStatusScalabilityInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterStatusScalabilityInfoOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterStatusScalabilityInfo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterStatusScalabilityInfo | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // reason - computed: true, optional: false, required: false
  public get reason() {
    return this.getStringAttribute('reason');
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }
}

export class DataQdrantCloudAccountsClusterStatusScalabilityInfoList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterStatusScalabilityInfoOutputReference {
    return new DataQdrantCloudAccountsClusterStatusScalabilityInfoOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClusterStatus {
}

export function dataQdrantCloudAccountsClusterStatusToTerraform(struct?: DataQdrantCloudAccountsClusterStatus): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClusterStatusToHclTerraform(struct?: DataQdrantCloudAccountsClusterStatus): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClusterStatusOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClusterStatus | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClusterStatus | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // capabilities - computed: true, optional: false, required: false
  private _capabilities = new DataQdrantCloudAccountsClusterStatusCapabilitiesList(this, "capabilities", false);
  public get capabilities() {
    return this._capabilities;
  }

  // nodes_up - computed: true, optional: false, required: false
  public get nodesUp() {
    return this.getNumberAttribute('nodes_up');
  }

  // phase - computed: true, optional: false, required: false
  public get phase() {
    return this.getStringAttribute('phase');
  }

  // reason - computed: true, optional: false, required: false
  public get reason() {
    return this.getStringAttribute('reason');
  }

  // resources - computed: true, optional: false, required: false
  private _resources = new DataQdrantCloudAccountsClusterStatusResourcesList(this, "resources", false);
  public get resources() {
    return this._resources;
  }

  // restarted_at - computed: true, optional: false, required: false
  public get restartedAt() {
    return this.getStringAttribute('restarted_at');
  }

  // scalability_info - computed: true, optional: false, required: false
  private _scalabilityInfo = new DataQdrantCloudAccountsClusterStatusScalabilityInfoList(this, "scalability_info", false);
  public get scalabilityInfo() {
    return this._scalabilityInfo;
  }

  // version - computed: true, optional: false, required: false
  public get version() {
    return this.getStringAttribute('version');
  }
}

export class DataQdrantCloudAccountsClusterStatusList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClusterStatusOutputReference {
    return new DataQdrantCloudAccountsClusterStatusOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/accounts_cluster qdrant-cloud_accounts_cluster}
*/
export class DataQdrantCloudAccountsCluster extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "qdrant-cloud_accounts_cluster";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataQdrantCloudAccountsCluster resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataQdrantCloudAccountsCluster to import
  * @param importFromId The id of the existing DataQdrantCloudAccountsCluster that should be imported. Refer to the {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/accounts_cluster#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataQdrantCloudAccountsCluster to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "qdrant-cloud_accounts_cluster", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/accounts_cluster qdrant-cloud_accounts_cluster} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataQdrantCloudAccountsClusterConfig
  */
  public constructor(scope: Construct, id: string, config: DataQdrantCloudAccountsClusterConfig) {
    super(scope, id, {
      terraformResourceType: 'qdrant-cloud_accounts_cluster',
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
    this._deleteBackupsOnDestroy = config.deleteBackupsOnDestroy;
    this._id = config.id;
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

  // cloud_provider - computed: true, optional: false, required: false
  public get cloudProvider() {
    return this.getStringAttribute('cloud_provider');
  }

  // cloud_region - computed: true, optional: false, required: false
  public get cloudRegion() {
    return this.getStringAttribute('cloud_region');
  }

  // configuration - computed: true, optional: false, required: false
  private _configuration = new DataQdrantCloudAccountsClusterConfigurationList(this, "configuration", false);
  public get configuration() {
    return this._configuration;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // delete_backups_on_destroy - computed: false, optional: true, required: false
  private _deleteBackupsOnDestroy?: boolean | cdktf.IResolvable; 
  public get deleteBackupsOnDestroy() {
    return this.getBooleanAttribute('delete_backups_on_destroy');
  }
  public set deleteBackupsOnDestroy(value: boolean | cdktf.IResolvable) {
    this._deleteBackupsOnDestroy = value;
  }
  public resetDeleteBackupsOnDestroy() {
    this._deleteBackupsOnDestroy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteBackupsOnDestroyInput() {
    return this._deleteBackupsOnDestroy;
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // labels - computed: true, optional: false, required: false
  private _labels = new DataQdrantCloudAccountsClusterLabelsList(this, "labels", true);
  public get labels() {
    return this._labels;
  }

  // marked_for_deletion_at - computed: true, optional: false, required: false
  public get markedForDeletionAt() {
    return this.getStringAttribute('marked_for_deletion_at');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // private_region_id - computed: true, optional: false, required: false
  public get privateRegionId() {
    return this.getStringAttribute('private_region_id');
  }

  // status - computed: true, optional: false, required: false
  private _status = new DataQdrantCloudAccountsClusterStatusList(this, "status", false);
  public get status() {
    return this._status;
  }

  // url - computed: true, optional: false, required: false
  public get url() {
    return this.getStringAttribute('url');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      account_id: cdktf.stringToTerraform(this._accountId),
      delete_backups_on_destroy: cdktf.booleanToTerraform(this._deleteBackupsOnDestroy),
      id: cdktf.stringToTerraform(this._id),
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
      delete_backups_on_destroy: {
        value: cdktf.booleanToHclTerraform(this._deleteBackupsOnDestroy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
