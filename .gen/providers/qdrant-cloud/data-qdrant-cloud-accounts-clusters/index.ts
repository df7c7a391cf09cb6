// https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/accounts_clusters
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataQdrantCloudAccountsClustersConfig extends cdktf.TerraformMetaArguments {
  /**
  * Clusters Schema Identifier of the account field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/accounts_clusters#account_id DataQdrantCloudAccountsClusters#account_id}
  */
  readonly accountId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/accounts_clusters#id DataQdrantCloudAccountsClusters#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationAnnotations {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationAnnotationsToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationAnnotations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationAnnotationsToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationAnnotations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationAnnotationsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationAnnotations | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationAnnotations | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersConfigurationAnnotationsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationAnnotationsOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationAnnotationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationClusterStorageConfiguration {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationClusterStorageConfigurationToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationClusterStorageConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationClusterStorageConfigurationToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationClusterStorageConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationClusterStorageConfigurationOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationClusterStorageConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationClusterStorageConfiguration | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersConfigurationClusterStorageConfigurationList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationClusterStorageConfigurationOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationClusterStorageConfigurationOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationAuditLogging {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationAuditLoggingToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationAuditLogging): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationAuditLoggingToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationAuditLogging): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationAuditLoggingOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationAuditLogging | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationAuditLogging | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationAuditLoggingList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationAuditLoggingOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationAuditLoggingOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionVectors {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionVectorsToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionVectors): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionVectorsToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionVectors): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionVectorsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionVectors | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionVectors | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionVectorsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionVectorsOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionVectorsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollection {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollection): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollection): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollection | undefined) {
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
  private _vectors = new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionVectorsList(this, "vectors", false);
  public get vectors() {
    return this._vectors;
  }

  // write_consistency_factor - computed: true, optional: false, required: false
  public get writeConsistencyFactor() {
    return this.getNumberAttribute('write_consistency_factor');
  }
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationInference {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationInferenceToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationInference): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationInferenceToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationInference): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationInferenceOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationInference | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationInference | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationInferenceList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationInferenceOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationInferenceOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceApiKey {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceApiKeyToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceApiKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceApiKeyToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceApiKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceApiKeyOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceApiKey | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceApiKey | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceApiKeyList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceApiKeyOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceApiKeyOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceReadOnlyApiKey {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceReadOnlyApiKeyToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceReadOnlyApiKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceReadOnlyApiKeyToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceReadOnlyApiKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceReadOnlyApiKeyOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceReadOnlyApiKey | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceReadOnlyApiKey | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceReadOnlyApiKeyList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceReadOnlyApiKeyOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceReadOnlyApiKeyOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationService {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationService): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationService): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationService | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationService | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // api_key - computed: true, optional: false, required: false
  private _apiKey = new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceApiKeyList(this, "api_key", false);
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
  private _readOnlyApiKey = new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceReadOnlyApiKeyList(this, "read_only_api_key", false);
  public get readOnlyApiKey() {
    return this._readOnlyApiKey;
  }
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStoragePerformance {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStoragePerformanceToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStoragePerformance): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStoragePerformanceToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStoragePerformance): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStoragePerformanceOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStoragePerformance | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStoragePerformance | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStoragePerformanceList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStoragePerformanceOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStoragePerformanceOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStorage {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStorageToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStorage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStorageToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStorage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStorageOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStorage | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStorage | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // performance - computed: true, optional: false, required: false
  private _performance = new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStoragePerformanceList(this, "performance", false);
  public get performance() {
    return this._performance;
  }
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStorageList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStorageOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStorageOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsCert {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsCertToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsCert): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsCertToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsCert): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsCertOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsCert | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsCert | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsCertList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsCertOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsCertOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsKey {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsKeyToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsKeyToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsKeyOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsKey | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsKey | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsKeyList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsKeyOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsKeyOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTls {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTls): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTls): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTls | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTls | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // cert - computed: true, optional: false, required: false
  private _cert = new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsCertList(this, "cert", false);
  public get cert() {
    return this._cert;
  }

  // key - computed: true, optional: false, required: false
  private _key = new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsKeyList(this, "key", false);
  public get key() {
    return this._key;
  }
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfiguration {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfiguration | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // audit_logging - computed: true, optional: false, required: false
  private _auditLogging = new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationAuditLoggingList(this, "audit_logging", false);
  public get auditLogging() {
    return this._auditLogging;
  }

  // collection - computed: true, optional: false, required: false
  private _collection = new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationCollectionList(this, "collection", false);
  public get collection() {
    return this._collection;
  }

  // inference - computed: true, optional: false, required: false
  private _inference = new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationInferenceList(this, "inference", false);
  public get inference() {
    return this._inference;
  }

  // log_level - computed: true, optional: false, required: false
  public get logLevel() {
    return this.getStringAttribute('log_level');
  }

  // service - computed: true, optional: false, required: false
  private _service = new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationServiceList(this, "service", false);
  public get service() {
    return this._service;
  }

  // storage - computed: true, optional: false, required: false
  private _storage = new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationStorageList(this, "storage", false);
  public get storage() {
    return this._storage;
  }

  // tls - computed: true, optional: false, required: false
  private _tls = new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationTlsList(this, "tls", false);
  public get tls() {
    return this._tls;
  }
}

export class DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationResourceConfigurations {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationResourceConfigurationsToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationResourceConfigurations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationResourceConfigurationsToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationResourceConfigurations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationResourceConfigurationsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationResourceConfigurations | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationResourceConfigurations | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationResourceConfigurationsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationResourceConfigurationsOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationResourceConfigurationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationNodeConfiguration {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationNodeConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationNodeConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationNodeConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationNodeConfiguration | undefined) {
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
  private _resourceConfigurations = new DataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationResourceConfigurationsList(this, "resource_configurations", false);
  public get resourceConfigurations() {
    return this._resourceConfigurations;
  }
}

export class DataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationNodeSelector {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationNodeSelectorToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationNodeSelector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationNodeSelectorToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationNodeSelector): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationNodeSelectorOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationNodeSelector | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationNodeSelector | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersConfigurationNodeSelectorList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationNodeSelectorOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationNodeSelectorOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationPodLabels {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationPodLabelsToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationPodLabels): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationPodLabelsToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationPodLabels): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationPodLabelsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationPodLabels | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationPodLabels | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersConfigurationPodLabelsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationPodLabelsOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationPodLabelsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationServiceAnnotations {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationServiceAnnotationsToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationServiceAnnotations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationServiceAnnotationsToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationServiceAnnotations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationServiceAnnotationsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationServiceAnnotations | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationServiceAnnotations | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersConfigurationServiceAnnotationsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationServiceAnnotationsOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationServiceAnnotationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationTolerations {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationTolerationsToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationTolerations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationTolerationsToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationTolerations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationTolerationsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationTolerations | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationTolerations | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersConfigurationTolerationsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationTolerationsOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationTolerationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfigurationTopologySpreadConstraints {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationTopologySpreadConstraintsToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationTopologySpreadConstraints): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationTopologySpreadConstraintsToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfigurationTopologySpreadConstraints): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationTopologySpreadConstraintsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfigurationTopologySpreadConstraints | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfigurationTopologySpreadConstraints | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersConfigurationTopologySpreadConstraintsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationTopologySpreadConstraintsOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationTopologySpreadConstraintsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersConfiguration {
}

export function dataQdrantCloudAccountsClustersClustersConfigurationToTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersConfigurationToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersConfigurationOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersConfiguration | undefined) {
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
  private _annotations = new DataQdrantCloudAccountsClustersClustersConfigurationAnnotationsList(this, "annotations", true);
  public get annotations() {
    return this._annotations;
  }

  // cluster_storage_configuration - computed: true, optional: false, required: false
  private _clusterStorageConfiguration = new DataQdrantCloudAccountsClustersClustersConfigurationClusterStorageConfigurationList(this, "cluster_storage_configuration", false);
  public get clusterStorageConfiguration() {
    return this._clusterStorageConfiguration;
  }

  // database_configuration - computed: true, optional: false, required: false
  private _databaseConfiguration = new DataQdrantCloudAccountsClustersClustersConfigurationDatabaseConfigurationList(this, "database_configuration", false);
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
  private _nodeConfiguration = new DataQdrantCloudAccountsClustersClustersConfigurationNodeConfigurationList(this, "node_configuration", false);
  public get nodeConfiguration() {
    return this._nodeConfiguration;
  }

  // node_selector - computed: true, optional: false, required: false
  private _nodeSelector = new DataQdrantCloudAccountsClustersClustersConfigurationNodeSelectorList(this, "node_selector", true);
  public get nodeSelector() {
    return this._nodeSelector;
  }

  // number_of_nodes - computed: true, optional: false, required: false
  public get numberOfNodes() {
    return this.getNumberAttribute('number_of_nodes');
  }

  // pod_labels - computed: true, optional: false, required: false
  private _podLabels = new DataQdrantCloudAccountsClustersClustersConfigurationPodLabelsList(this, "pod_labels", true);
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
  private _serviceAnnotations = new DataQdrantCloudAccountsClustersClustersConfigurationServiceAnnotationsList(this, "service_annotations", true);
  public get serviceAnnotations() {
    return this._serviceAnnotations;
  }

  // service_type - computed: true, optional: false, required: false
  public get serviceType() {
    return this.getStringAttribute('service_type');
  }

  // tolerations - computed: true, optional: false, required: false
  private _tolerations = new DataQdrantCloudAccountsClustersClustersConfigurationTolerationsList(this, "tolerations", true);
  public get tolerations() {
    return this._tolerations;
  }

  // topology_spread_constraints - computed: true, optional: false, required: false
  private _topologySpreadConstraints = new DataQdrantCloudAccountsClustersClustersConfigurationTopologySpreadConstraintsList(this, "topology_spread_constraints", true);
  public get topologySpreadConstraints() {
    return this._topologySpreadConstraints;
  }

  // version - computed: true, optional: false, required: false
  public get version() {
    return this.getStringAttribute('version');
  }
}

export class DataQdrantCloudAccountsClustersClustersConfigurationList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersConfigurationOutputReference {
    return new DataQdrantCloudAccountsClustersClustersConfigurationOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersLabels {
}

export function dataQdrantCloudAccountsClustersClustersLabelsToTerraform(struct?: DataQdrantCloudAccountsClustersClustersLabels): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersLabelsToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersLabels): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersLabelsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersLabels | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersLabels | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersLabelsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersLabelsOutputReference {
    return new DataQdrantCloudAccountsClustersClustersLabelsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersStatusCapabilitiesBackup {
}

export function dataQdrantCloudAccountsClustersClustersStatusCapabilitiesBackupToTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusCapabilitiesBackup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersStatusCapabilitiesBackupToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusCapabilitiesBackup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersStatusCapabilitiesBackupOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersStatusCapabilitiesBackup | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersStatusCapabilitiesBackup | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersStatusCapabilitiesBackupList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersStatusCapabilitiesBackupOutputReference {
    return new DataQdrantCloudAccountsClustersClustersStatusCapabilitiesBackupOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersStatusCapabilitiesDiskExpansion {
}

export function dataQdrantCloudAccountsClustersClustersStatusCapabilitiesDiskExpansionToTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusCapabilitiesDiskExpansion): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersStatusCapabilitiesDiskExpansionToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusCapabilitiesDiskExpansion): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersStatusCapabilitiesDiskExpansionOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersStatusCapabilitiesDiskExpansion | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersStatusCapabilitiesDiskExpansion | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersStatusCapabilitiesDiskExpansionList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersStatusCapabilitiesDiskExpansionOutputReference {
    return new DataQdrantCloudAccountsClustersClustersStatusCapabilitiesDiskExpansionOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersStatusCapabilitiesScalabilityInfo {
}

export function dataQdrantCloudAccountsClustersClustersStatusCapabilitiesScalabilityInfoToTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusCapabilitiesScalabilityInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersStatusCapabilitiesScalabilityInfoToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusCapabilitiesScalabilityInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersStatusCapabilitiesScalabilityInfoOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersStatusCapabilitiesScalabilityInfo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersStatusCapabilitiesScalabilityInfo | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersStatusCapabilitiesScalabilityInfoList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersStatusCapabilitiesScalabilityInfoOutputReference {
    return new DataQdrantCloudAccountsClustersClustersStatusCapabilitiesScalabilityInfoOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersStatusCapabilities {
}

export function dataQdrantCloudAccountsClustersClustersStatusCapabilitiesToTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusCapabilities): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersStatusCapabilitiesToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusCapabilities): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersStatusCapabilitiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersStatusCapabilities | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersStatusCapabilities | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // backup - computed: true, optional: false, required: false
  private _backup = new DataQdrantCloudAccountsClustersClustersStatusCapabilitiesBackupList(this, "backup", false);
  public get backup() {
    return this._backup;
  }

  // disk_expansion - computed: true, optional: false, required: false
  private _diskExpansion = new DataQdrantCloudAccountsClustersClustersStatusCapabilitiesDiskExpansionList(this, "disk_expansion", false);
  public get diskExpansion() {
    return this._diskExpansion;
  }

  // scalability_info - computed: true, optional: false, required: false
  private _scalabilityInfo = new DataQdrantCloudAccountsClustersClustersStatusCapabilitiesScalabilityInfoList(this, "scalability_info", false);
  public get scalabilityInfo() {
    return this._scalabilityInfo;
  }
}

export class DataQdrantCloudAccountsClustersClustersStatusCapabilitiesList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersStatusCapabilitiesOutputReference {
    return new DataQdrantCloudAccountsClustersClustersStatusCapabilitiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersStatusResourcesCpu {
}

export function dataQdrantCloudAccountsClustersClustersStatusResourcesCpuToTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusResourcesCpu): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersStatusResourcesCpuToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusResourcesCpu): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersStatusResourcesCpuOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersStatusResourcesCpu | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersStatusResourcesCpu | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersStatusResourcesCpuList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersStatusResourcesCpuOutputReference {
    return new DataQdrantCloudAccountsClustersClustersStatusResourcesCpuOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersStatusResourcesDisk {
}

export function dataQdrantCloudAccountsClustersClustersStatusResourcesDiskToTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusResourcesDisk): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersStatusResourcesDiskToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusResourcesDisk): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersStatusResourcesDiskOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersStatusResourcesDisk | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersStatusResourcesDisk | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersStatusResourcesDiskList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersStatusResourcesDiskOutputReference {
    return new DataQdrantCloudAccountsClustersClustersStatusResourcesDiskOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersStatusResourcesRam {
}

export function dataQdrantCloudAccountsClustersClustersStatusResourcesRamToTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusResourcesRam): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersStatusResourcesRamToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusResourcesRam): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersStatusResourcesRamOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersStatusResourcesRam | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersStatusResourcesRam | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersStatusResourcesRamList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersStatusResourcesRamOutputReference {
    return new DataQdrantCloudAccountsClustersClustersStatusResourcesRamOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersStatusResources {
}

export function dataQdrantCloudAccountsClustersClustersStatusResourcesToTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusResources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersStatusResourcesToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusResources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersStatusResourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersStatusResources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersStatusResources | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // cpu - computed: true, optional: false, required: false
  private _cpu = new DataQdrantCloudAccountsClustersClustersStatusResourcesCpuList(this, "cpu", false);
  public get cpu() {
    return this._cpu;
  }

  // disk - computed: true, optional: false, required: false
  private _disk = new DataQdrantCloudAccountsClustersClustersStatusResourcesDiskList(this, "disk", false);
  public get disk() {
    return this._disk;
  }

  // ram - computed: true, optional: false, required: false
  private _ram = new DataQdrantCloudAccountsClustersClustersStatusResourcesRamList(this, "ram", false);
  public get ram() {
    return this._ram;
  }
}

export class DataQdrantCloudAccountsClustersClustersStatusResourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersStatusResourcesOutputReference {
    return new DataQdrantCloudAccountsClustersClustersStatusResourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersStatusScalabilityInfo {
}

export function dataQdrantCloudAccountsClustersClustersStatusScalabilityInfoToTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusScalabilityInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersStatusScalabilityInfoToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatusScalabilityInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersStatusScalabilityInfoOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersStatusScalabilityInfo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersStatusScalabilityInfo | undefined) {
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

export class DataQdrantCloudAccountsClustersClustersStatusScalabilityInfoList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersStatusScalabilityInfoOutputReference {
    return new DataQdrantCloudAccountsClustersClustersStatusScalabilityInfoOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClustersStatus {
}

export function dataQdrantCloudAccountsClustersClustersStatusToTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatus): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersStatusToHclTerraform(struct?: DataQdrantCloudAccountsClustersClustersStatus): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersStatusOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClustersStatus | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClustersStatus | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // capabilities - computed: true, optional: false, required: false
  private _capabilities = new DataQdrantCloudAccountsClustersClustersStatusCapabilitiesList(this, "capabilities", false);
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
  private _resources = new DataQdrantCloudAccountsClustersClustersStatusResourcesList(this, "resources", false);
  public get resources() {
    return this._resources;
  }

  // restarted_at - computed: true, optional: false, required: false
  public get restartedAt() {
    return this.getStringAttribute('restarted_at');
  }

  // scalability_info - computed: true, optional: false, required: false
  private _scalabilityInfo = new DataQdrantCloudAccountsClustersClustersStatusScalabilityInfoList(this, "scalability_info", false);
  public get scalabilityInfo() {
    return this._scalabilityInfo;
  }

  // version - computed: true, optional: false, required: false
  public get version() {
    return this.getStringAttribute('version');
  }
}

export class DataQdrantCloudAccountsClustersClustersStatusList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersStatusOutputReference {
    return new DataQdrantCloudAccountsClustersClustersStatusOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudAccountsClustersClusters {
}

export function dataQdrantCloudAccountsClustersClustersToTerraform(struct?: DataQdrantCloudAccountsClustersClusters): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudAccountsClustersClustersToHclTerraform(struct?: DataQdrantCloudAccountsClustersClusters): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudAccountsClustersClustersOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudAccountsClustersClusters | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudAccountsClustersClusters | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // account_id - computed: true, optional: false, required: false
  public get accountId() {
    return this.getStringAttribute('account_id');
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
  private _configuration = new DataQdrantCloudAccountsClustersClustersConfigurationList(this, "configuration", false);
  public get configuration() {
    return this._configuration;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // delete_backups_on_destroy - computed: true, optional: false, required: false
  public get deleteBackupsOnDestroy() {
    return this.getBooleanAttribute('delete_backups_on_destroy');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // labels - computed: true, optional: false, required: false
  private _labels = new DataQdrantCloudAccountsClustersClustersLabelsList(this, "labels", true);
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
  private _status = new DataQdrantCloudAccountsClustersClustersStatusList(this, "status", false);
  public get status() {
    return this._status;
  }

  // url - computed: true, optional: false, required: false
  public get url() {
    return this.getStringAttribute('url');
  }
}

export class DataQdrantCloudAccountsClustersClustersList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudAccountsClustersClustersOutputReference {
    return new DataQdrantCloudAccountsClustersClustersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/accounts_clusters qdrant-cloud_accounts_clusters}
*/
export class DataQdrantCloudAccountsClusters extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "qdrant-cloud_accounts_clusters";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataQdrantCloudAccountsClusters resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataQdrantCloudAccountsClusters to import
  * @param importFromId The id of the existing DataQdrantCloudAccountsClusters that should be imported. Refer to the {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/accounts_clusters#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataQdrantCloudAccountsClusters to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "qdrant-cloud_accounts_clusters", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/accounts_clusters qdrant-cloud_accounts_clusters} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataQdrantCloudAccountsClustersConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataQdrantCloudAccountsClustersConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'qdrant-cloud_accounts_clusters',
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

  // clusters - computed: true, optional: false, required: false
  private _clusters = new DataQdrantCloudAccountsClustersClustersList(this, "clusters", false);
  public get clusters() {
    return this._clusters;
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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      account_id: cdktf.stringToTerraform(this._accountId),
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
