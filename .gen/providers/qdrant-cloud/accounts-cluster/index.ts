// https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AccountsClusterConfig extends cdktf.TerraformMetaArguments {
  /**
  * Cluster Schema Identifier of the account field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#account_id AccountsCluster#account_id}
  */
  readonly accountId?: string;
  /**
  * Cluster Schema Cloud provider where the cluster is hosted.
  * Must match one of the provider IDs returned by the "qdrant.cloud.platform.v1.PlatformService.ListCloudProviders" method.
  * For Hybrid cloud this should be "hybrid". field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#cloud_provider AccountsCluster#cloud_provider}
  */
  readonly cloudProvider: string;
  /**
  * Cluster Schema Cloud provider region where the cluster is hosted.
  * Must match one of the region IDs returned by the "qdrant.cloud.platform.v1.PlatformService.ListCloudProviderRegions" method.
  * For hybrid this should be the hybrid cloud environment ID. field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#cloud_region AccountsCluster#cloud_region}
  */
  readonly cloudRegion: string;
  /**
  * Whether to delete backups when the cluster is destroyed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#delete_backups_on_destroy AccountsCluster#delete_backups_on_destroy}
  */
  readonly deleteBackupsOnDestroy?: boolean | cdktf.IResolvable;
  /**
  * Cluster Schema Name of the cluster field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#name AccountsCluster#name}
  */
  readonly name: string;
  /**
  * Cluster Schema Identifier of the Hybrid cloud region field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#private_region_id AccountsCluster#private_region_id}
  */
  readonly privateRegionId?: string;
  /**
  * configuration block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#configuration AccountsCluster#configuration}
  */
  readonly configuration: AccountsClusterConfiguration;
  /**
  * labels block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#labels AccountsCluster#labels}
  */
  readonly labels?: AccountsClusterLabels[] | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#timeouts AccountsCluster#timeouts}
  */
  readonly timeouts?: AccountsClusterTimeouts;
}
export interface AccountsClusterStatusCapabilitiesBackup {
}

export function accountsClusterStatusCapabilitiesBackupToTerraform(struct?: AccountsClusterStatusCapabilitiesBackup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsClusterStatusCapabilitiesBackupToHclTerraform(struct?: AccountsClusterStatusCapabilitiesBackup): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsClusterStatusCapabilitiesBackupOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterStatusCapabilitiesBackup | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterStatusCapabilitiesBackup | undefined) {
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

export class AccountsClusterStatusCapabilitiesBackupList extends cdktf.ComplexList {

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
  public get(index: number): AccountsClusterStatusCapabilitiesBackupOutputReference {
    return new AccountsClusterStatusCapabilitiesBackupOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterStatusCapabilitiesDiskExpansion {
}

export function accountsClusterStatusCapabilitiesDiskExpansionToTerraform(struct?: AccountsClusterStatusCapabilitiesDiskExpansion): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsClusterStatusCapabilitiesDiskExpansionToHclTerraform(struct?: AccountsClusterStatusCapabilitiesDiskExpansion): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsClusterStatusCapabilitiesDiskExpansionOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterStatusCapabilitiesDiskExpansion | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterStatusCapabilitiesDiskExpansion | undefined) {
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

export class AccountsClusterStatusCapabilitiesDiskExpansionList extends cdktf.ComplexList {

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
  public get(index: number): AccountsClusterStatusCapabilitiesDiskExpansionOutputReference {
    return new AccountsClusterStatusCapabilitiesDiskExpansionOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterStatusCapabilitiesScalabilityInfo {
}

export function accountsClusterStatusCapabilitiesScalabilityInfoToTerraform(struct?: AccountsClusterStatusCapabilitiesScalabilityInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsClusterStatusCapabilitiesScalabilityInfoToHclTerraform(struct?: AccountsClusterStatusCapabilitiesScalabilityInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsClusterStatusCapabilitiesScalabilityInfoOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterStatusCapabilitiesScalabilityInfo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterStatusCapabilitiesScalabilityInfo | undefined) {
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

export class AccountsClusterStatusCapabilitiesScalabilityInfoList extends cdktf.ComplexList {

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
  public get(index: number): AccountsClusterStatusCapabilitiesScalabilityInfoOutputReference {
    return new AccountsClusterStatusCapabilitiesScalabilityInfoOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterStatusCapabilities {
}

export function accountsClusterStatusCapabilitiesToTerraform(struct?: AccountsClusterStatusCapabilities): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsClusterStatusCapabilitiesToHclTerraform(struct?: AccountsClusterStatusCapabilities): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsClusterStatusCapabilitiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterStatusCapabilities | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterStatusCapabilities | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // backup - computed: true, optional: false, required: false
  private _backup = new AccountsClusterStatusCapabilitiesBackupList(this, "backup", false);
  public get backup() {
    return this._backup;
  }

  // disk_expansion - computed: true, optional: false, required: false
  private _diskExpansion = new AccountsClusterStatusCapabilitiesDiskExpansionList(this, "disk_expansion", false);
  public get diskExpansion() {
    return this._diskExpansion;
  }

  // scalability_info - computed: true, optional: false, required: false
  private _scalabilityInfo = new AccountsClusterStatusCapabilitiesScalabilityInfoList(this, "scalability_info", false);
  public get scalabilityInfo() {
    return this._scalabilityInfo;
  }
}

export class AccountsClusterStatusCapabilitiesList extends cdktf.ComplexList {

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
  public get(index: number): AccountsClusterStatusCapabilitiesOutputReference {
    return new AccountsClusterStatusCapabilitiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterStatusResourcesCpu {
}

export function accountsClusterStatusResourcesCpuToTerraform(struct?: AccountsClusterStatusResourcesCpu): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsClusterStatusResourcesCpuToHclTerraform(struct?: AccountsClusterStatusResourcesCpu): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsClusterStatusResourcesCpuOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterStatusResourcesCpu | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterStatusResourcesCpu | undefined) {
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

export class AccountsClusterStatusResourcesCpuList extends cdktf.ComplexList {

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
  public get(index: number): AccountsClusterStatusResourcesCpuOutputReference {
    return new AccountsClusterStatusResourcesCpuOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterStatusResourcesDisk {
}

export function accountsClusterStatusResourcesDiskToTerraform(struct?: AccountsClusterStatusResourcesDisk): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsClusterStatusResourcesDiskToHclTerraform(struct?: AccountsClusterStatusResourcesDisk): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsClusterStatusResourcesDiskOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterStatusResourcesDisk | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterStatusResourcesDisk | undefined) {
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

export class AccountsClusterStatusResourcesDiskList extends cdktf.ComplexList {

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
  public get(index: number): AccountsClusterStatusResourcesDiskOutputReference {
    return new AccountsClusterStatusResourcesDiskOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterStatusResourcesRam {
}

export function accountsClusterStatusResourcesRamToTerraform(struct?: AccountsClusterStatusResourcesRam): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsClusterStatusResourcesRamToHclTerraform(struct?: AccountsClusterStatusResourcesRam): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsClusterStatusResourcesRamOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterStatusResourcesRam | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterStatusResourcesRam | undefined) {
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

export class AccountsClusterStatusResourcesRamList extends cdktf.ComplexList {

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
  public get(index: number): AccountsClusterStatusResourcesRamOutputReference {
    return new AccountsClusterStatusResourcesRamOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterStatusResources {
}

export function accountsClusterStatusResourcesToTerraform(struct?: AccountsClusterStatusResources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsClusterStatusResourcesToHclTerraform(struct?: AccountsClusterStatusResources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsClusterStatusResourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterStatusResources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterStatusResources | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // cpu - computed: true, optional: false, required: false
  private _cpu = new AccountsClusterStatusResourcesCpuList(this, "cpu", false);
  public get cpu() {
    return this._cpu;
  }

  // disk - computed: true, optional: false, required: false
  private _disk = new AccountsClusterStatusResourcesDiskList(this, "disk", false);
  public get disk() {
    return this._disk;
  }

  // ram - computed: true, optional: false, required: false
  private _ram = new AccountsClusterStatusResourcesRamList(this, "ram", false);
  public get ram() {
    return this._ram;
  }
}

export class AccountsClusterStatusResourcesList extends cdktf.ComplexList {

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
  public get(index: number): AccountsClusterStatusResourcesOutputReference {
    return new AccountsClusterStatusResourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterStatusScalabilityInfo {
}

export function accountsClusterStatusScalabilityInfoToTerraform(struct?: AccountsClusterStatusScalabilityInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsClusterStatusScalabilityInfoToHclTerraform(struct?: AccountsClusterStatusScalabilityInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsClusterStatusScalabilityInfoOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterStatusScalabilityInfo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterStatusScalabilityInfo | undefined) {
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

export class AccountsClusterStatusScalabilityInfoList extends cdktf.ComplexList {

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
  public get(index: number): AccountsClusterStatusScalabilityInfoOutputReference {
    return new AccountsClusterStatusScalabilityInfoOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterStatus {
}

export function accountsClusterStatusToTerraform(struct?: AccountsClusterStatus): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsClusterStatusToHclTerraform(struct?: AccountsClusterStatus): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsClusterStatusOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterStatus | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterStatus | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // capabilities - computed: true, optional: false, required: false
  private _capabilities = new AccountsClusterStatusCapabilitiesList(this, "capabilities", false);
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
  private _resources = new AccountsClusterStatusResourcesList(this, "resources", false);
  public get resources() {
    return this._resources;
  }

  // restarted_at - computed: true, optional: false, required: false
  public get restartedAt() {
    return this.getStringAttribute('restarted_at');
  }

  // scalability_info - computed: true, optional: false, required: false
  private _scalabilityInfo = new AccountsClusterStatusScalabilityInfoList(this, "scalability_info", false);
  public get scalabilityInfo() {
    return this._scalabilityInfo;
  }

  // version - computed: true, optional: false, required: false
  public get version() {
    return this.getStringAttribute('version');
  }
}

export class AccountsClusterStatusList extends cdktf.ComplexList {

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
  public get(index: number): AccountsClusterStatusOutputReference {
    return new AccountsClusterStatusOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterConfigurationAnnotations {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#key AccountsCluster#key}
  */
  readonly key: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#value AccountsCluster#value}
  */
  readonly value: string;
}

export function accountsClusterConfigurationAnnotationsToTerraform(struct?: AccountsClusterConfigurationAnnotations | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function accountsClusterConfigurationAnnotationsToHclTerraform(struct?: AccountsClusterConfigurationAnnotations | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationAnnotationsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterConfigurationAnnotations | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationAnnotations | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
      this._value = value.value;
    }
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class AccountsClusterConfigurationAnnotationsList extends cdktf.ComplexList {
  public internalValue? : AccountsClusterConfigurationAnnotations[] | cdktf.IResolvable

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
  public get(index: number): AccountsClusterConfigurationAnnotationsOutputReference {
    return new AccountsClusterConfigurationAnnotationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterConfigurationClusterStorageConfiguration {
  /**
  * The storage performance tier for the cluster. Should be one of STORAGE_TIER_TYPE_COST_OPTIMISED,STORAGE_TIER_TYPE_BALANCED,STORAGE_TIER_TYPE_PERFORMANCE.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#storage_tier_type AccountsCluster#storage_tier_type}
  */
  readonly storageTierType?: string;
}

export function accountsClusterConfigurationClusterStorageConfigurationToTerraform(struct?: AccountsClusterConfigurationClusterStorageConfigurationOutputReference | AccountsClusterConfigurationClusterStorageConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    storage_tier_type: cdktf.stringToTerraform(struct!.storageTierType),
  }
}


export function accountsClusterConfigurationClusterStorageConfigurationToHclTerraform(struct?: AccountsClusterConfigurationClusterStorageConfigurationOutputReference | AccountsClusterConfigurationClusterStorageConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    storage_tier_type: {
      value: cdktf.stringToHclTerraform(struct!.storageTierType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationClusterStorageConfigurationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsClusterConfigurationClusterStorageConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._storageTierType !== undefined) {
      hasAnyValues = true;
      internalValueResult.storageTierType = this._storageTierType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationClusterStorageConfiguration | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._storageTierType = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._storageTierType = value.storageTierType;
    }
  }

  // storage_tier_type - computed: true, optional: true, required: false
  private _storageTierType?: string; 
  public get storageTierType() {
    return this.getStringAttribute('storage_tier_type');
  }
  public set storageTierType(value: string) {
    this._storageTierType = value;
  }
  public resetStorageTierType() {
    this._storageTierType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageTierTypeInput() {
    return this._storageTierType;
  }
}
export interface AccountsClusterConfigurationDatabaseConfigurationAuditLogging {
  /**
  * If true, the cluster is configured to use audit logging.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#enabled AccountsCluster#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Maximum number of rotated audit log files to keep. Default is 7.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#max_log_files AccountsCluster#max_log_files}
  */
  readonly maxLogFiles?: number;
  /**
  * Rotation interval for audit logs. Possible values: AUDIT_LOG_ROTATION_DAILY, AUDIT_LOG_ROTATION_HOURLY.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#rotation AccountsCluster#rotation}
  */
  readonly rotation?: string;
  /**
  * Whether to use the X-Forwarded-For header to determine the client address in audit log entries. Relevant for hybrid cloud clusters only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#trust_forwarded_headers AccountsCluster#trust_forwarded_headers}
  */
  readonly trustForwardedHeaders?: boolean | cdktf.IResolvable;
}

export function accountsClusterConfigurationDatabaseConfigurationAuditLoggingToTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationAuditLoggingOutputReference | AccountsClusterConfigurationDatabaseConfigurationAuditLogging): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enabled: cdktf.booleanToTerraform(struct!.enabled),
    max_log_files: cdktf.numberToTerraform(struct!.maxLogFiles),
    rotation: cdktf.stringToTerraform(struct!.rotation),
    trust_forwarded_headers: cdktf.booleanToTerraform(struct!.trustForwardedHeaders),
  }
}


export function accountsClusterConfigurationDatabaseConfigurationAuditLoggingToHclTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationAuditLoggingOutputReference | AccountsClusterConfigurationDatabaseConfigurationAuditLogging): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    max_log_files: {
      value: cdktf.numberToHclTerraform(struct!.maxLogFiles),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    rotation: {
      value: cdktf.stringToHclTerraform(struct!.rotation),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    trust_forwarded_headers: {
      value: cdktf.booleanToHclTerraform(struct!.trustForwardedHeaders),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationDatabaseConfigurationAuditLoggingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsClusterConfigurationDatabaseConfigurationAuditLogging | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._maxLogFiles !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxLogFiles = this._maxLogFiles;
    }
    if (this._rotation !== undefined) {
      hasAnyValues = true;
      internalValueResult.rotation = this._rotation;
    }
    if (this._trustForwardedHeaders !== undefined) {
      hasAnyValues = true;
      internalValueResult.trustForwardedHeaders = this._trustForwardedHeaders;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationDatabaseConfigurationAuditLogging | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._enabled = undefined;
      this._maxLogFiles = undefined;
      this._rotation = undefined;
      this._trustForwardedHeaders = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._enabled = value.enabled;
      this._maxLogFiles = value.maxLogFiles;
      this._rotation = value.rotation;
      this._trustForwardedHeaders = value.trustForwardedHeaders;
    }
  }

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // max_log_files - computed: true, optional: true, required: false
  private _maxLogFiles?: number; 
  public get maxLogFiles() {
    return this.getNumberAttribute('max_log_files');
  }
  public set maxLogFiles(value: number) {
    this._maxLogFiles = value;
  }
  public resetMaxLogFiles() {
    this._maxLogFiles = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxLogFilesInput() {
    return this._maxLogFiles;
  }

  // rotation - computed: true, optional: true, required: false
  private _rotation?: string; 
  public get rotation() {
    return this.getStringAttribute('rotation');
  }
  public set rotation(value: string) {
    this._rotation = value;
  }
  public resetRotation() {
    this._rotation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rotationInput() {
    return this._rotation;
  }

  // trust_forwarded_headers - computed: true, optional: true, required: false
  private _trustForwardedHeaders?: boolean | cdktf.IResolvable; 
  public get trustForwardedHeaders() {
    return this.getBooleanAttribute('trust_forwarded_headers');
  }
  public set trustForwardedHeaders(value: boolean | cdktf.IResolvable) {
    this._trustForwardedHeaders = value;
  }
  public resetTrustForwardedHeaders() {
    this._trustForwardedHeaders = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get trustForwardedHeadersInput() {
    return this._trustForwardedHeaders;
  }
}
export interface AccountsClusterConfigurationDatabaseConfigurationCollectionVectors {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#on_disk AccountsCluster#on_disk}
  */
  readonly onDisk?: boolean | cdktf.IResolvable;
}

export function accountsClusterConfigurationDatabaseConfigurationCollectionVectorsToTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationCollectionVectorsOutputReference | AccountsClusterConfigurationDatabaseConfigurationCollectionVectors): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    on_disk: cdktf.booleanToTerraform(struct!.onDisk),
  }
}


export function accountsClusterConfigurationDatabaseConfigurationCollectionVectorsToHclTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationCollectionVectorsOutputReference | AccountsClusterConfigurationDatabaseConfigurationCollectionVectors): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    on_disk: {
      value: cdktf.booleanToHclTerraform(struct!.onDisk),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationDatabaseConfigurationCollectionVectorsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsClusterConfigurationDatabaseConfigurationCollectionVectors | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._onDisk !== undefined) {
      hasAnyValues = true;
      internalValueResult.onDisk = this._onDisk;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationDatabaseConfigurationCollectionVectors | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._onDisk = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._onDisk = value.onDisk;
    }
  }

  // on_disk - computed: true, optional: true, required: false
  private _onDisk?: boolean | cdktf.IResolvable; 
  public get onDisk() {
    return this.getBooleanAttribute('on_disk');
  }
  public set onDisk(value: boolean | cdktf.IResolvable) {
    this._onDisk = value;
  }
  public resetOnDisk() {
    this._onDisk = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onDiskInput() {
    return this._onDisk;
  }
}
export interface AccountsClusterConfigurationDatabaseConfigurationCollection {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#replication_factor AccountsCluster#replication_factor}
  */
  readonly replicationFactor?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#write_consistency_factor AccountsCluster#write_consistency_factor}
  */
  readonly writeConsistencyFactor?: number;
  /**
  * vectors block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#vectors AccountsCluster#vectors}
  */
  readonly vectors?: AccountsClusterConfigurationDatabaseConfigurationCollectionVectors;
}

export function accountsClusterConfigurationDatabaseConfigurationCollectionToTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationCollectionOutputReference | AccountsClusterConfigurationDatabaseConfigurationCollection): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    replication_factor: cdktf.numberToTerraform(struct!.replicationFactor),
    write_consistency_factor: cdktf.numberToTerraform(struct!.writeConsistencyFactor),
    vectors: accountsClusterConfigurationDatabaseConfigurationCollectionVectorsToTerraform(struct!.vectors),
  }
}


export function accountsClusterConfigurationDatabaseConfigurationCollectionToHclTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationCollectionOutputReference | AccountsClusterConfigurationDatabaseConfigurationCollection): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    replication_factor: {
      value: cdktf.numberToHclTerraform(struct!.replicationFactor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    write_consistency_factor: {
      value: cdktf.numberToHclTerraform(struct!.writeConsistencyFactor),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    vectors: {
      value: accountsClusterConfigurationDatabaseConfigurationCollectionVectorsToHclTerraform(struct!.vectors),
      isBlock: true,
      type: "list",
      storageClassType: "AccountsClusterConfigurationDatabaseConfigurationCollectionVectorsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationDatabaseConfigurationCollectionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsClusterConfigurationDatabaseConfigurationCollection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._replicationFactor !== undefined) {
      hasAnyValues = true;
      internalValueResult.replicationFactor = this._replicationFactor;
    }
    if (this._writeConsistencyFactor !== undefined) {
      hasAnyValues = true;
      internalValueResult.writeConsistencyFactor = this._writeConsistencyFactor;
    }
    if (this._vectors?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.vectors = this._vectors?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationDatabaseConfigurationCollection | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._replicationFactor = undefined;
      this._writeConsistencyFactor = undefined;
      this._vectors.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._replicationFactor = value.replicationFactor;
      this._writeConsistencyFactor = value.writeConsistencyFactor;
      this._vectors.internalValue = value.vectors;
    }
  }

  // replication_factor - computed: true, optional: true, required: false
  private _replicationFactor?: number; 
  public get replicationFactor() {
    return this.getNumberAttribute('replication_factor');
  }
  public set replicationFactor(value: number) {
    this._replicationFactor = value;
  }
  public resetReplicationFactor() {
    this._replicationFactor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replicationFactorInput() {
    return this._replicationFactor;
  }

  // write_consistency_factor - computed: true, optional: true, required: false
  private _writeConsistencyFactor?: number; 
  public get writeConsistencyFactor() {
    return this.getNumberAttribute('write_consistency_factor');
  }
  public set writeConsistencyFactor(value: number) {
    this._writeConsistencyFactor = value;
  }
  public resetWriteConsistencyFactor() {
    this._writeConsistencyFactor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get writeConsistencyFactorInput() {
    return this._writeConsistencyFactor;
  }

  // vectors - computed: false, optional: true, required: false
  private _vectors = new AccountsClusterConfigurationDatabaseConfigurationCollectionVectorsOutputReference(this, "vectors");
  public get vectors() {
    return this._vectors;
  }
  public putVectors(value: AccountsClusterConfigurationDatabaseConfigurationCollectionVectors) {
    this._vectors.internalValue = value;
  }
  public resetVectors() {
    this._vectors.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vectorsInput() {
    return this._vectors.internalValue;
  }
}
export interface AccountsClusterConfigurationDatabaseConfigurationInference {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#enabled AccountsCluster#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
}

export function accountsClusterConfigurationDatabaseConfigurationInferenceToTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationInferenceOutputReference | AccountsClusterConfigurationDatabaseConfigurationInference): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enabled: cdktf.booleanToTerraform(struct!.enabled),
  }
}


export function accountsClusterConfigurationDatabaseConfigurationInferenceToHclTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationInferenceOutputReference | AccountsClusterConfigurationDatabaseConfigurationInference): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationDatabaseConfigurationInferenceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsClusterConfigurationDatabaseConfigurationInference | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationDatabaseConfigurationInference | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._enabled = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._enabled = value.enabled;
    }
  }

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }
}
export interface AccountsClusterConfigurationDatabaseConfigurationServiceApiKey {
  /**
  * The key within the secret.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#secret_key AccountsCluster#secret_key}
  */
  readonly secretKey: string;
  /**
  * The name of the secret.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#secret_name AccountsCluster#secret_name}
  */
  readonly secretName: string;
}

export function accountsClusterConfigurationDatabaseConfigurationServiceApiKeyToTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationServiceApiKeyOutputReference | AccountsClusterConfigurationDatabaseConfigurationServiceApiKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    secret_key: cdktf.stringToTerraform(struct!.secretKey),
    secret_name: cdktf.stringToTerraform(struct!.secretName),
  }
}


export function accountsClusterConfigurationDatabaseConfigurationServiceApiKeyToHclTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationServiceApiKeyOutputReference | AccountsClusterConfigurationDatabaseConfigurationServiceApiKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    secret_key: {
      value: cdktf.stringToHclTerraform(struct!.secretKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_name: {
      value: cdktf.stringToHclTerraform(struct!.secretName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationDatabaseConfigurationServiceApiKeyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsClusterConfigurationDatabaseConfigurationServiceApiKey | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._secretKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretKey = this._secretKey;
    }
    if (this._secretName !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretName = this._secretName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationDatabaseConfigurationServiceApiKey | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._secretKey = undefined;
      this._secretName = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._secretKey = value.secretKey;
      this._secretName = value.secretName;
    }
  }

  // secret_key - computed: false, optional: false, required: true
  private _secretKey?: string; 
  public get secretKey() {
    return this.getStringAttribute('secret_key');
  }
  public set secretKey(value: string) {
    this._secretKey = value;
  }
  // Temporarily expose input value. Use with caution.
  public get secretKeyInput() {
    return this._secretKey;
  }

  // secret_name - computed: false, optional: false, required: true
  private _secretName?: string; 
  public get secretName() {
    return this.getStringAttribute('secret_name');
  }
  public set secretName(value: string) {
    this._secretName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get secretNameInput() {
    return this._secretName;
  }
}
export interface AccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKey {
  /**
  * The key within the secret.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#secret_key AccountsCluster#secret_key}
  */
  readonly secretKey: string;
  /**
  * The name of the secret.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#secret_name AccountsCluster#secret_name}
  */
  readonly secretName: string;
}

export function accountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKeyToTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKeyOutputReference | AccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    secret_key: cdktf.stringToTerraform(struct!.secretKey),
    secret_name: cdktf.stringToTerraform(struct!.secretName),
  }
}


export function accountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKeyToHclTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKeyOutputReference | AccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    secret_key: {
      value: cdktf.stringToHclTerraform(struct!.secretKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_name: {
      value: cdktf.stringToHclTerraform(struct!.secretName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKeyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKey | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._secretKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretKey = this._secretKey;
    }
    if (this._secretName !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretName = this._secretName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKey | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._secretKey = undefined;
      this._secretName = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._secretKey = value.secretKey;
      this._secretName = value.secretName;
    }
  }

  // secret_key - computed: false, optional: false, required: true
  private _secretKey?: string; 
  public get secretKey() {
    return this.getStringAttribute('secret_key');
  }
  public set secretKey(value: string) {
    this._secretKey = value;
  }
  // Temporarily expose input value. Use with caution.
  public get secretKeyInput() {
    return this._secretKey;
  }

  // secret_name - computed: false, optional: false, required: true
  private _secretName?: string; 
  public get secretName() {
    return this.getStringAttribute('secret_name');
  }
  public set secretName(value: string) {
    this._secretName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get secretNameInput() {
    return this._secretName;
  }
}
export interface AccountsClusterConfigurationDatabaseConfigurationService {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#enable_tls AccountsCluster#enable_tls}
  */
  readonly enableTls?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#force_include_jwt_rbac AccountsCluster#force_include_jwt_rbac}
  */
  readonly forceIncludeJwtRbac?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#jwt_rbac AccountsCluster#jwt_rbac}
  */
  readonly jwtRbac?: boolean | cdktf.IResolvable;
  /**
  * api_key block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#api_key AccountsCluster#api_key}
  */
  readonly apiKey?: AccountsClusterConfigurationDatabaseConfigurationServiceApiKey;
  /**
  * read_only_api_key block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#read_only_api_key AccountsCluster#read_only_api_key}
  */
  readonly readOnlyApiKey?: AccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKey;
}

export function accountsClusterConfigurationDatabaseConfigurationServiceToTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationServiceOutputReference | AccountsClusterConfigurationDatabaseConfigurationService): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable_tls: cdktf.booleanToTerraform(struct!.enableTls),
    force_include_jwt_rbac: cdktf.booleanToTerraform(struct!.forceIncludeJwtRbac),
    jwt_rbac: cdktf.booleanToTerraform(struct!.jwtRbac),
    api_key: accountsClusterConfigurationDatabaseConfigurationServiceApiKeyToTerraform(struct!.apiKey),
    read_only_api_key: accountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKeyToTerraform(struct!.readOnlyApiKey),
  }
}


export function accountsClusterConfigurationDatabaseConfigurationServiceToHclTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationServiceOutputReference | AccountsClusterConfigurationDatabaseConfigurationService): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable_tls: {
      value: cdktf.booleanToHclTerraform(struct!.enableTls),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    force_include_jwt_rbac: {
      value: cdktf.booleanToHclTerraform(struct!.forceIncludeJwtRbac),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    jwt_rbac: {
      value: cdktf.booleanToHclTerraform(struct!.jwtRbac),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    api_key: {
      value: accountsClusterConfigurationDatabaseConfigurationServiceApiKeyToHclTerraform(struct!.apiKey),
      isBlock: true,
      type: "list",
      storageClassType: "AccountsClusterConfigurationDatabaseConfigurationServiceApiKeyList",
    },
    read_only_api_key: {
      value: accountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKeyToHclTerraform(struct!.readOnlyApiKey),
      isBlock: true,
      type: "list",
      storageClassType: "AccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKeyList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationDatabaseConfigurationServiceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsClusterConfigurationDatabaseConfigurationService | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enableTls !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableTls = this._enableTls;
    }
    if (this._forceIncludeJwtRbac !== undefined) {
      hasAnyValues = true;
      internalValueResult.forceIncludeJwtRbac = this._forceIncludeJwtRbac;
    }
    if (this._jwtRbac !== undefined) {
      hasAnyValues = true;
      internalValueResult.jwtRbac = this._jwtRbac;
    }
    if (this._apiKey?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiKey = this._apiKey?.internalValue;
    }
    if (this._readOnlyApiKey?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.readOnlyApiKey = this._readOnlyApiKey?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationDatabaseConfigurationService | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._enableTls = undefined;
      this._forceIncludeJwtRbac = undefined;
      this._jwtRbac = undefined;
      this._apiKey.internalValue = undefined;
      this._readOnlyApiKey.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._enableTls = value.enableTls;
      this._forceIncludeJwtRbac = value.forceIncludeJwtRbac;
      this._jwtRbac = value.jwtRbac;
      this._apiKey.internalValue = value.apiKey;
      this._readOnlyApiKey.internalValue = value.readOnlyApiKey;
    }
  }

  // enable_tls - computed: true, optional: true, required: false
  private _enableTls?: boolean | cdktf.IResolvable; 
  public get enableTls() {
    return this.getBooleanAttribute('enable_tls');
  }
  public set enableTls(value: boolean | cdktf.IResolvable) {
    this._enableTls = value;
  }
  public resetEnableTls() {
    this._enableTls = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableTlsInput() {
    return this._enableTls;
  }

  // force_include_jwt_rbac - computed: false, optional: true, required: false
  private _forceIncludeJwtRbac?: boolean | cdktf.IResolvable; 
  public get forceIncludeJwtRbac() {
    return this.getBooleanAttribute('force_include_jwt_rbac');
  }
  public set forceIncludeJwtRbac(value: boolean | cdktf.IResolvable) {
    this._forceIncludeJwtRbac = value;
  }
  public resetForceIncludeJwtRbac() {
    this._forceIncludeJwtRbac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceIncludeJwtRbacInput() {
    return this._forceIncludeJwtRbac;
  }

  // jwt_rbac - computed: true, optional: true, required: false
  private _jwtRbac?: boolean | cdktf.IResolvable; 
  public get jwtRbac() {
    return this.getBooleanAttribute('jwt_rbac');
  }
  public set jwtRbac(value: boolean | cdktf.IResolvable) {
    this._jwtRbac = value;
  }
  public resetJwtRbac() {
    this._jwtRbac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get jwtRbacInput() {
    return this._jwtRbac;
  }

  // api_key - computed: false, optional: true, required: false
  private _apiKey = new AccountsClusterConfigurationDatabaseConfigurationServiceApiKeyOutputReference(this, "api_key");
  public get apiKey() {
    return this._apiKey;
  }
  public putApiKey(value: AccountsClusterConfigurationDatabaseConfigurationServiceApiKey) {
    this._apiKey.internalValue = value;
  }
  public resetApiKey() {
    this._apiKey.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey.internalValue;
  }

  // read_only_api_key - computed: false, optional: true, required: false
  private _readOnlyApiKey = new AccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKeyOutputReference(this, "read_only_api_key");
  public get readOnlyApiKey() {
    return this._readOnlyApiKey;
  }
  public putReadOnlyApiKey(value: AccountsClusterConfigurationDatabaseConfigurationServiceReadOnlyApiKey) {
    this._readOnlyApiKey.internalValue = value;
  }
  public resetReadOnlyApiKey() {
    this._readOnlyApiKey.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readOnlyApiKeyInput() {
    return this._readOnlyApiKey.internalValue;
  }
}
export interface AccountsClusterConfigurationDatabaseConfigurationStoragePerformance {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#async_scorer AccountsCluster#async_scorer}
  */
  readonly asyncScorer?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#optimizer_cpu_budget AccountsCluster#optimizer_cpu_budget}
  */
  readonly optimizerCpuBudget?: number;
}

export function accountsClusterConfigurationDatabaseConfigurationStoragePerformanceToTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationStoragePerformanceOutputReference | AccountsClusterConfigurationDatabaseConfigurationStoragePerformance): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    async_scorer: cdktf.booleanToTerraform(struct!.asyncScorer),
    optimizer_cpu_budget: cdktf.numberToTerraform(struct!.optimizerCpuBudget),
  }
}


export function accountsClusterConfigurationDatabaseConfigurationStoragePerformanceToHclTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationStoragePerformanceOutputReference | AccountsClusterConfigurationDatabaseConfigurationStoragePerformance): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    async_scorer: {
      value: cdktf.booleanToHclTerraform(struct!.asyncScorer),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    optimizer_cpu_budget: {
      value: cdktf.numberToHclTerraform(struct!.optimizerCpuBudget),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationDatabaseConfigurationStoragePerformanceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsClusterConfigurationDatabaseConfigurationStoragePerformance | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._asyncScorer !== undefined) {
      hasAnyValues = true;
      internalValueResult.asyncScorer = this._asyncScorer;
    }
    if (this._optimizerCpuBudget !== undefined) {
      hasAnyValues = true;
      internalValueResult.optimizerCpuBudget = this._optimizerCpuBudget;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationDatabaseConfigurationStoragePerformance | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._asyncScorer = undefined;
      this._optimizerCpuBudget = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._asyncScorer = value.asyncScorer;
      this._optimizerCpuBudget = value.optimizerCpuBudget;
    }
  }

  // async_scorer - computed: true, optional: true, required: false
  private _asyncScorer?: boolean | cdktf.IResolvable; 
  public get asyncScorer() {
    return this.getBooleanAttribute('async_scorer');
  }
  public set asyncScorer(value: boolean | cdktf.IResolvable) {
    this._asyncScorer = value;
  }
  public resetAsyncScorer() {
    this._asyncScorer = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asyncScorerInput() {
    return this._asyncScorer;
  }

  // optimizer_cpu_budget - computed: true, optional: true, required: false
  private _optimizerCpuBudget?: number; 
  public get optimizerCpuBudget() {
    return this.getNumberAttribute('optimizer_cpu_budget');
  }
  public set optimizerCpuBudget(value: number) {
    this._optimizerCpuBudget = value;
  }
  public resetOptimizerCpuBudget() {
    this._optimizerCpuBudget = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get optimizerCpuBudgetInput() {
    return this._optimizerCpuBudget;
  }
}
export interface AccountsClusterConfigurationDatabaseConfigurationStorage {
  /**
  * performance block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#performance AccountsCluster#performance}
  */
  readonly performance?: AccountsClusterConfigurationDatabaseConfigurationStoragePerformance;
}

export function accountsClusterConfigurationDatabaseConfigurationStorageToTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationStorageOutputReference | AccountsClusterConfigurationDatabaseConfigurationStorage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    performance: accountsClusterConfigurationDatabaseConfigurationStoragePerformanceToTerraform(struct!.performance),
  }
}


export function accountsClusterConfigurationDatabaseConfigurationStorageToHclTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationStorageOutputReference | AccountsClusterConfigurationDatabaseConfigurationStorage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    performance: {
      value: accountsClusterConfigurationDatabaseConfigurationStoragePerformanceToHclTerraform(struct!.performance),
      isBlock: true,
      type: "list",
      storageClassType: "AccountsClusterConfigurationDatabaseConfigurationStoragePerformanceList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationDatabaseConfigurationStorageOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsClusterConfigurationDatabaseConfigurationStorage | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._performance?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.performance = this._performance?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationDatabaseConfigurationStorage | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._performance.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._performance.internalValue = value.performance;
    }
  }

  // performance - computed: false, optional: true, required: false
  private _performance = new AccountsClusterConfigurationDatabaseConfigurationStoragePerformanceOutputReference(this, "performance");
  public get performance() {
    return this._performance;
  }
  public putPerformance(value: AccountsClusterConfigurationDatabaseConfigurationStoragePerformance) {
    this._performance.internalValue = value;
  }
  public resetPerformance() {
    this._performance.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get performanceInput() {
    return this._performance.internalValue;
  }
}
export interface AccountsClusterConfigurationDatabaseConfigurationTlsCert {
  /**
  * The key within the secret.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#secret_key AccountsCluster#secret_key}
  */
  readonly secretKey: string;
  /**
  * The name of the secret.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#secret_name AccountsCluster#secret_name}
  */
  readonly secretName: string;
}

export function accountsClusterConfigurationDatabaseConfigurationTlsCertToTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationTlsCertOutputReference | AccountsClusterConfigurationDatabaseConfigurationTlsCert): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    secret_key: cdktf.stringToTerraform(struct!.secretKey),
    secret_name: cdktf.stringToTerraform(struct!.secretName),
  }
}


export function accountsClusterConfigurationDatabaseConfigurationTlsCertToHclTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationTlsCertOutputReference | AccountsClusterConfigurationDatabaseConfigurationTlsCert): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    secret_key: {
      value: cdktf.stringToHclTerraform(struct!.secretKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_name: {
      value: cdktf.stringToHclTerraform(struct!.secretName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationDatabaseConfigurationTlsCertOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsClusterConfigurationDatabaseConfigurationTlsCert | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._secretKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretKey = this._secretKey;
    }
    if (this._secretName !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretName = this._secretName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationDatabaseConfigurationTlsCert | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._secretKey = undefined;
      this._secretName = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._secretKey = value.secretKey;
      this._secretName = value.secretName;
    }
  }

  // secret_key - computed: false, optional: false, required: true
  private _secretKey?: string; 
  public get secretKey() {
    return this.getStringAttribute('secret_key');
  }
  public set secretKey(value: string) {
    this._secretKey = value;
  }
  // Temporarily expose input value. Use with caution.
  public get secretKeyInput() {
    return this._secretKey;
  }

  // secret_name - computed: false, optional: false, required: true
  private _secretName?: string; 
  public get secretName() {
    return this.getStringAttribute('secret_name');
  }
  public set secretName(value: string) {
    this._secretName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get secretNameInput() {
    return this._secretName;
  }
}
export interface AccountsClusterConfigurationDatabaseConfigurationTlsKey {
  /**
  * The key within the secret.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#secret_key AccountsCluster#secret_key}
  */
  readonly secretKey: string;
  /**
  * The name of the secret.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#secret_name AccountsCluster#secret_name}
  */
  readonly secretName: string;
}

export function accountsClusterConfigurationDatabaseConfigurationTlsKeyToTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationTlsKeyOutputReference | AccountsClusterConfigurationDatabaseConfigurationTlsKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    secret_key: cdktf.stringToTerraform(struct!.secretKey),
    secret_name: cdktf.stringToTerraform(struct!.secretName),
  }
}


export function accountsClusterConfigurationDatabaseConfigurationTlsKeyToHclTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationTlsKeyOutputReference | AccountsClusterConfigurationDatabaseConfigurationTlsKey): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    secret_key: {
      value: cdktf.stringToHclTerraform(struct!.secretKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret_name: {
      value: cdktf.stringToHclTerraform(struct!.secretName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationDatabaseConfigurationTlsKeyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsClusterConfigurationDatabaseConfigurationTlsKey | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._secretKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretKey = this._secretKey;
    }
    if (this._secretName !== undefined) {
      hasAnyValues = true;
      internalValueResult.secretName = this._secretName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationDatabaseConfigurationTlsKey | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._secretKey = undefined;
      this._secretName = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._secretKey = value.secretKey;
      this._secretName = value.secretName;
    }
  }

  // secret_key - computed: false, optional: false, required: true
  private _secretKey?: string; 
  public get secretKey() {
    return this.getStringAttribute('secret_key');
  }
  public set secretKey(value: string) {
    this._secretKey = value;
  }
  // Temporarily expose input value. Use with caution.
  public get secretKeyInput() {
    return this._secretKey;
  }

  // secret_name - computed: false, optional: false, required: true
  private _secretName?: string; 
  public get secretName() {
    return this.getStringAttribute('secret_name');
  }
  public set secretName(value: string) {
    this._secretName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get secretNameInput() {
    return this._secretName;
  }
}
export interface AccountsClusterConfigurationDatabaseConfigurationTls {
  /**
  * cert block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#cert AccountsCluster#cert}
  */
  readonly cert?: AccountsClusterConfigurationDatabaseConfigurationTlsCert;
  /**
  * key block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#key AccountsCluster#key}
  */
  readonly key?: AccountsClusterConfigurationDatabaseConfigurationTlsKey;
}

export function accountsClusterConfigurationDatabaseConfigurationTlsToTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationTlsOutputReference | AccountsClusterConfigurationDatabaseConfigurationTls): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cert: accountsClusterConfigurationDatabaseConfigurationTlsCertToTerraform(struct!.cert),
    key: accountsClusterConfigurationDatabaseConfigurationTlsKeyToTerraform(struct!.key),
  }
}


export function accountsClusterConfigurationDatabaseConfigurationTlsToHclTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationTlsOutputReference | AccountsClusterConfigurationDatabaseConfigurationTls): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cert: {
      value: accountsClusterConfigurationDatabaseConfigurationTlsCertToHclTerraform(struct!.cert),
      isBlock: true,
      type: "list",
      storageClassType: "AccountsClusterConfigurationDatabaseConfigurationTlsCertList",
    },
    key: {
      value: accountsClusterConfigurationDatabaseConfigurationTlsKeyToHclTerraform(struct!.key),
      isBlock: true,
      type: "list",
      storageClassType: "AccountsClusterConfigurationDatabaseConfigurationTlsKeyList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationDatabaseConfigurationTlsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsClusterConfigurationDatabaseConfigurationTls | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cert?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.cert = this._cert?.internalValue;
    }
    if (this._key?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationDatabaseConfigurationTls | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._cert.internalValue = undefined;
      this._key.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._cert.internalValue = value.cert;
      this._key.internalValue = value.key;
    }
  }

  // cert - computed: false, optional: true, required: false
  private _cert = new AccountsClusterConfigurationDatabaseConfigurationTlsCertOutputReference(this, "cert");
  public get cert() {
    return this._cert;
  }
  public putCert(value: AccountsClusterConfigurationDatabaseConfigurationTlsCert) {
    this._cert.internalValue = value;
  }
  public resetCert() {
    this._cert.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certInput() {
    return this._cert.internalValue;
  }

  // key - computed: false, optional: true, required: false
  private _key = new AccountsClusterConfigurationDatabaseConfigurationTlsKeyOutputReference(this, "key");
  public get key() {
    return this._key;
  }
  public putKey(value: AccountsClusterConfigurationDatabaseConfigurationTlsKey) {
    this._key.internalValue = value;
  }
  public resetKey() {
    this._key.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key.internalValue;
  }
}
export interface AccountsClusterConfigurationDatabaseConfiguration {
  /**
  * Logging level for the database.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#log_level AccountsCluster#log_level}
  */
  readonly logLevel?: string;
  /**
  * audit_logging block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#audit_logging AccountsCluster#audit_logging}
  */
  readonly auditLogging?: AccountsClusterConfigurationDatabaseConfigurationAuditLogging;
  /**
  * collection block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#collection AccountsCluster#collection}
  */
  readonly collection?: AccountsClusterConfigurationDatabaseConfigurationCollection;
  /**
  * inference block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#inference AccountsCluster#inference}
  */
  readonly inference?: AccountsClusterConfigurationDatabaseConfigurationInference;
  /**
  * service block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#service AccountsCluster#service}
  */
  readonly service?: AccountsClusterConfigurationDatabaseConfigurationService;
  /**
  * storage block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#storage AccountsCluster#storage}
  */
  readonly storage?: AccountsClusterConfigurationDatabaseConfigurationStorage;
  /**
  * tls block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#tls AccountsCluster#tls}
  */
  readonly tls?: AccountsClusterConfigurationDatabaseConfigurationTls;
}

export function accountsClusterConfigurationDatabaseConfigurationToTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationOutputReference | AccountsClusterConfigurationDatabaseConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    log_level: cdktf.stringToTerraform(struct!.logLevel),
    audit_logging: accountsClusterConfigurationDatabaseConfigurationAuditLoggingToTerraform(struct!.auditLogging),
    collection: accountsClusterConfigurationDatabaseConfigurationCollectionToTerraform(struct!.collection),
    inference: accountsClusterConfigurationDatabaseConfigurationInferenceToTerraform(struct!.inference),
    service: accountsClusterConfigurationDatabaseConfigurationServiceToTerraform(struct!.service),
    storage: accountsClusterConfigurationDatabaseConfigurationStorageToTerraform(struct!.storage),
    tls: accountsClusterConfigurationDatabaseConfigurationTlsToTerraform(struct!.tls),
  }
}


export function accountsClusterConfigurationDatabaseConfigurationToHclTerraform(struct?: AccountsClusterConfigurationDatabaseConfigurationOutputReference | AccountsClusterConfigurationDatabaseConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    log_level: {
      value: cdktf.stringToHclTerraform(struct!.logLevel),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    audit_logging: {
      value: accountsClusterConfigurationDatabaseConfigurationAuditLoggingToHclTerraform(struct!.auditLogging),
      isBlock: true,
      type: "list",
      storageClassType: "AccountsClusterConfigurationDatabaseConfigurationAuditLoggingList",
    },
    collection: {
      value: accountsClusterConfigurationDatabaseConfigurationCollectionToHclTerraform(struct!.collection),
      isBlock: true,
      type: "list",
      storageClassType: "AccountsClusterConfigurationDatabaseConfigurationCollectionList",
    },
    inference: {
      value: accountsClusterConfigurationDatabaseConfigurationInferenceToHclTerraform(struct!.inference),
      isBlock: true,
      type: "list",
      storageClassType: "AccountsClusterConfigurationDatabaseConfigurationInferenceList",
    },
    service: {
      value: accountsClusterConfigurationDatabaseConfigurationServiceToHclTerraform(struct!.service),
      isBlock: true,
      type: "list",
      storageClassType: "AccountsClusterConfigurationDatabaseConfigurationServiceList",
    },
    storage: {
      value: accountsClusterConfigurationDatabaseConfigurationStorageToHclTerraform(struct!.storage),
      isBlock: true,
      type: "list",
      storageClassType: "AccountsClusterConfigurationDatabaseConfigurationStorageList",
    },
    tls: {
      value: accountsClusterConfigurationDatabaseConfigurationTlsToHclTerraform(struct!.tls),
      isBlock: true,
      type: "list",
      storageClassType: "AccountsClusterConfigurationDatabaseConfigurationTlsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationDatabaseConfigurationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsClusterConfigurationDatabaseConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._logLevel !== undefined) {
      hasAnyValues = true;
      internalValueResult.logLevel = this._logLevel;
    }
    if (this._auditLogging?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.auditLogging = this._auditLogging?.internalValue;
    }
    if (this._collection?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.collection = this._collection?.internalValue;
    }
    if (this._inference?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.inference = this._inference?.internalValue;
    }
    if (this._service?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.service = this._service?.internalValue;
    }
    if (this._storage?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.storage = this._storage?.internalValue;
    }
    if (this._tls?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.tls = this._tls?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationDatabaseConfiguration | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._logLevel = undefined;
      this._auditLogging.internalValue = undefined;
      this._collection.internalValue = undefined;
      this._inference.internalValue = undefined;
      this._service.internalValue = undefined;
      this._storage.internalValue = undefined;
      this._tls.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._logLevel = value.logLevel;
      this._auditLogging.internalValue = value.auditLogging;
      this._collection.internalValue = value.collection;
      this._inference.internalValue = value.inference;
      this._service.internalValue = value.service;
      this._storage.internalValue = value.storage;
      this._tls.internalValue = value.tls;
    }
  }

  // log_level - computed: true, optional: true, required: false
  private _logLevel?: string; 
  public get logLevel() {
    return this.getStringAttribute('log_level');
  }
  public set logLevel(value: string) {
    this._logLevel = value;
  }
  public resetLogLevel() {
    this._logLevel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logLevelInput() {
    return this._logLevel;
  }

  // audit_logging - computed: false, optional: true, required: false
  private _auditLogging = new AccountsClusterConfigurationDatabaseConfigurationAuditLoggingOutputReference(this, "audit_logging");
  public get auditLogging() {
    return this._auditLogging;
  }
  public putAuditLogging(value: AccountsClusterConfigurationDatabaseConfigurationAuditLogging) {
    this._auditLogging.internalValue = value;
  }
  public resetAuditLogging() {
    this._auditLogging.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get auditLoggingInput() {
    return this._auditLogging.internalValue;
  }

  // collection - computed: false, optional: true, required: false
  private _collection = new AccountsClusterConfigurationDatabaseConfigurationCollectionOutputReference(this, "collection");
  public get collection() {
    return this._collection;
  }
  public putCollection(value: AccountsClusterConfigurationDatabaseConfigurationCollection) {
    this._collection.internalValue = value;
  }
  public resetCollection() {
    this._collection.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get collectionInput() {
    return this._collection.internalValue;
  }

  // inference - computed: false, optional: true, required: false
  private _inference = new AccountsClusterConfigurationDatabaseConfigurationInferenceOutputReference(this, "inference");
  public get inference() {
    return this._inference;
  }
  public putInference(value: AccountsClusterConfigurationDatabaseConfigurationInference) {
    this._inference.internalValue = value;
  }
  public resetInference() {
    this._inference.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get inferenceInput() {
    return this._inference.internalValue;
  }

  // service - computed: false, optional: true, required: false
  private _service = new AccountsClusterConfigurationDatabaseConfigurationServiceOutputReference(this, "service");
  public get service() {
    return this._service;
  }
  public putService(value: AccountsClusterConfigurationDatabaseConfigurationService) {
    this._service.internalValue = value;
  }
  public resetService() {
    this._service.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceInput() {
    return this._service.internalValue;
  }

  // storage - computed: false, optional: true, required: false
  private _storage = new AccountsClusterConfigurationDatabaseConfigurationStorageOutputReference(this, "storage");
  public get storage() {
    return this._storage;
  }
  public putStorage(value: AccountsClusterConfigurationDatabaseConfigurationStorage) {
    this._storage.internalValue = value;
  }
  public resetStorage() {
    this._storage.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storageInput() {
    return this._storage.internalValue;
  }

  // tls - computed: false, optional: true, required: false
  private _tls = new AccountsClusterConfigurationDatabaseConfigurationTlsOutputReference(this, "tls");
  public get tls() {
    return this._tls;
  }
  public putTls(value: AccountsClusterConfigurationDatabaseConfigurationTls) {
    this._tls.internalValue = value;
  }
  public resetTls() {
    this._tls.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsInput() {
    return this._tls.internalValue;
  }
}
export interface AccountsClusterConfigurationNodeConfigurationResourceConfigurations {
  /**
  * The amount of the resource
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#amount AccountsCluster#amount}
  */
  readonly amount: number;
  /**
  * The type of the resource
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#resource_type AccountsCluster#resource_type}
  */
  readonly resourceType: string;
  /**
  * The unit of the resource
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#resource_unit AccountsCluster#resource_unit}
  */
  readonly resourceUnit: string;
}

export function accountsClusterConfigurationNodeConfigurationResourceConfigurationsToTerraform(struct?: AccountsClusterConfigurationNodeConfigurationResourceConfigurations | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    amount: cdktf.numberToTerraform(struct!.amount),
    resource_type: cdktf.stringToTerraform(struct!.resourceType),
    resource_unit: cdktf.stringToTerraform(struct!.resourceUnit),
  }
}


export function accountsClusterConfigurationNodeConfigurationResourceConfigurationsToHclTerraform(struct?: AccountsClusterConfigurationNodeConfigurationResourceConfigurations | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    amount: {
      value: cdktf.numberToHclTerraform(struct!.amount),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    resource_type: {
      value: cdktf.stringToHclTerraform(struct!.resourceType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    resource_unit: {
      value: cdktf.stringToHclTerraform(struct!.resourceUnit),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationNodeConfigurationResourceConfigurationsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterConfigurationNodeConfigurationResourceConfigurations | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._amount !== undefined) {
      hasAnyValues = true;
      internalValueResult.amount = this._amount;
    }
    if (this._resourceType !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceType = this._resourceType;
    }
    if (this._resourceUnit !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceUnit = this._resourceUnit;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationNodeConfigurationResourceConfigurations | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._amount = undefined;
      this._resourceType = undefined;
      this._resourceUnit = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._amount = value.amount;
      this._resourceType = value.resourceType;
      this._resourceUnit = value.resourceUnit;
    }
  }

  // amount - computed: false, optional: false, required: true
  private _amount?: number; 
  public get amount() {
    return this.getNumberAttribute('amount');
  }
  public set amount(value: number) {
    this._amount = value;
  }
  // Temporarily expose input value. Use with caution.
  public get amountInput() {
    return this._amount;
  }

  // resource_type - computed: false, optional: false, required: true
  private _resourceType?: string; 
  public get resourceType() {
    return this.getStringAttribute('resource_type');
  }
  public set resourceType(value: string) {
    this._resourceType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceTypeInput() {
    return this._resourceType;
  }

  // resource_unit - computed: false, optional: false, required: true
  private _resourceUnit?: string; 
  public get resourceUnit() {
    return this.getStringAttribute('resource_unit');
  }
  public set resourceUnit(value: string) {
    this._resourceUnit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceUnitInput() {
    return this._resourceUnit;
  }
}

export class AccountsClusterConfigurationNodeConfigurationResourceConfigurationsList extends cdktf.ComplexList {
  public internalValue? : AccountsClusterConfigurationNodeConfigurationResourceConfigurations[] | cdktf.IResolvable

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
  public get(index: number): AccountsClusterConfigurationNodeConfigurationResourceConfigurationsOutputReference {
    return new AccountsClusterConfigurationNodeConfigurationResourceConfigurationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterConfigurationNodeConfiguration {
  /**
  * Cluster Schema The package identifier (specifying: CPU, Memory, and disk size) field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#package_id AccountsCluster#package_id}
  */
  readonly packageId: string;
  /**
  * resource_configurations block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#resource_configurations AccountsCluster#resource_configurations}
  */
  readonly resourceConfigurations?: AccountsClusterConfigurationNodeConfigurationResourceConfigurations[] | cdktf.IResolvable;
}

export function accountsClusterConfigurationNodeConfigurationToTerraform(struct?: AccountsClusterConfigurationNodeConfigurationOutputReference | AccountsClusterConfigurationNodeConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    package_id: cdktf.stringToTerraform(struct!.packageId),
    resource_configurations: cdktf.listMapper(accountsClusterConfigurationNodeConfigurationResourceConfigurationsToTerraform, true)(struct!.resourceConfigurations),
  }
}


export function accountsClusterConfigurationNodeConfigurationToHclTerraform(struct?: AccountsClusterConfigurationNodeConfigurationOutputReference | AccountsClusterConfigurationNodeConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    package_id: {
      value: cdktf.stringToHclTerraform(struct!.packageId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    resource_configurations: {
      value: cdktf.listMapperHcl(accountsClusterConfigurationNodeConfigurationResourceConfigurationsToHclTerraform, true)(struct!.resourceConfigurations),
      isBlock: true,
      type: "list",
      storageClassType: "AccountsClusterConfigurationNodeConfigurationResourceConfigurationsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationNodeConfigurationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsClusterConfigurationNodeConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._packageId !== undefined) {
      hasAnyValues = true;
      internalValueResult.packageId = this._packageId;
    }
    if (this._resourceConfigurations?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceConfigurations = this._resourceConfigurations?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationNodeConfiguration | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._packageId = undefined;
      this._resourceConfigurations.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._packageId = value.packageId;
      this._resourceConfigurations.internalValue = value.resourceConfigurations;
    }
  }

  // package_id - computed: false, optional: false, required: true
  private _packageId?: string; 
  public get packageId() {
    return this.getStringAttribute('package_id');
  }
  public set packageId(value: string) {
    this._packageId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get packageIdInput() {
    return this._packageId;
  }

  // resource_configurations - computed: false, optional: true, required: false
  private _resourceConfigurations = new AccountsClusterConfigurationNodeConfigurationResourceConfigurationsList(this, "resource_configurations", false);
  public get resourceConfigurations() {
    return this._resourceConfigurations;
  }
  public putResourceConfigurations(value: AccountsClusterConfigurationNodeConfigurationResourceConfigurations[] | cdktf.IResolvable) {
    this._resourceConfigurations.internalValue = value;
  }
  public resetResourceConfigurations() {
    this._resourceConfigurations.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceConfigurationsInput() {
    return this._resourceConfigurations.internalValue;
  }
}
export interface AccountsClusterConfigurationNodeSelector {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#key AccountsCluster#key}
  */
  readonly key: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#value AccountsCluster#value}
  */
  readonly value: string;
}

export function accountsClusterConfigurationNodeSelectorToTerraform(struct?: AccountsClusterConfigurationNodeSelector | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function accountsClusterConfigurationNodeSelectorToHclTerraform(struct?: AccountsClusterConfigurationNodeSelector | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationNodeSelectorOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterConfigurationNodeSelector | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationNodeSelector | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
      this._value = value.value;
    }
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class AccountsClusterConfigurationNodeSelectorList extends cdktf.ComplexList {
  public internalValue? : AccountsClusterConfigurationNodeSelector[] | cdktf.IResolvable

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
  public get(index: number): AccountsClusterConfigurationNodeSelectorOutputReference {
    return new AccountsClusterConfigurationNodeSelectorOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterConfigurationPodLabels {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#key AccountsCluster#key}
  */
  readonly key: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#value AccountsCluster#value}
  */
  readonly value: string;
}

export function accountsClusterConfigurationPodLabelsToTerraform(struct?: AccountsClusterConfigurationPodLabels | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function accountsClusterConfigurationPodLabelsToHclTerraform(struct?: AccountsClusterConfigurationPodLabels | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationPodLabelsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterConfigurationPodLabels | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationPodLabels | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
      this._value = value.value;
    }
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class AccountsClusterConfigurationPodLabelsList extends cdktf.ComplexList {
  public internalValue? : AccountsClusterConfigurationPodLabels[] | cdktf.IResolvable

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
  public get(index: number): AccountsClusterConfigurationPodLabelsOutputReference {
    return new AccountsClusterConfigurationPodLabelsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterConfigurationServiceAnnotations {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#key AccountsCluster#key}
  */
  readonly key: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#value AccountsCluster#value}
  */
  readonly value: string;
}

export function accountsClusterConfigurationServiceAnnotationsToTerraform(struct?: AccountsClusterConfigurationServiceAnnotations | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function accountsClusterConfigurationServiceAnnotationsToHclTerraform(struct?: AccountsClusterConfigurationServiceAnnotations | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationServiceAnnotationsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterConfigurationServiceAnnotations | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationServiceAnnotations | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
      this._value = value.value;
    }
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class AccountsClusterConfigurationServiceAnnotationsList extends cdktf.ComplexList {
  public internalValue? : AccountsClusterConfigurationServiceAnnotations[] | cdktf.IResolvable

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
  public get(index: number): AccountsClusterConfigurationServiceAnnotationsOutputReference {
    return new AccountsClusterConfigurationServiceAnnotationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterConfigurationTolerations {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#effect AccountsCluster#effect}
  */
  readonly effect?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#key AccountsCluster#key}
  */
  readonly key?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#operator AccountsCluster#operator}
  */
  readonly operator?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#toleration_seconds AccountsCluster#toleration_seconds}
  */
  readonly tolerationSeconds?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#value AccountsCluster#value}
  */
  readonly value?: string;
}

export function accountsClusterConfigurationTolerationsToTerraform(struct?: AccountsClusterConfigurationTolerations | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    effect: cdktf.stringToTerraform(struct!.effect),
    key: cdktf.stringToTerraform(struct!.key),
    operator: cdktf.stringToTerraform(struct!.operator),
    toleration_seconds: cdktf.numberToTerraform(struct!.tolerationSeconds),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function accountsClusterConfigurationTolerationsToHclTerraform(struct?: AccountsClusterConfigurationTolerations | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    effect: {
      value: cdktf.stringToHclTerraform(struct!.effect),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    operator: {
      value: cdktf.stringToHclTerraform(struct!.operator),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    toleration_seconds: {
      value: cdktf.numberToHclTerraform(struct!.tolerationSeconds),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationTolerationsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterConfigurationTolerations | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._effect !== undefined) {
      hasAnyValues = true;
      internalValueResult.effect = this._effect;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._operator !== undefined) {
      hasAnyValues = true;
      internalValueResult.operator = this._operator;
    }
    if (this._tolerationSeconds !== undefined) {
      hasAnyValues = true;
      internalValueResult.tolerationSeconds = this._tolerationSeconds;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationTolerations | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._effect = undefined;
      this._key = undefined;
      this._operator = undefined;
      this._tolerationSeconds = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._effect = value.effect;
      this._key = value.key;
      this._operator = value.operator;
      this._tolerationSeconds = value.tolerationSeconds;
      this._value = value.value;
    }
  }

  // effect - computed: false, optional: true, required: false
  private _effect?: string; 
  public get effect() {
    return this.getStringAttribute('effect');
  }
  public set effect(value: string) {
    this._effect = value;
  }
  public resetEffect() {
    this._effect = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get effectInput() {
    return this._effect;
  }

  // key - computed: false, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // operator - computed: false, optional: true, required: false
  private _operator?: string; 
  public get operator() {
    return this.getStringAttribute('operator');
  }
  public set operator(value: string) {
    this._operator = value;
  }
  public resetOperator() {
    this._operator = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get operatorInput() {
    return this._operator;
  }

  // toleration_seconds - computed: false, optional: true, required: false
  private _tolerationSeconds?: number; 
  public get tolerationSeconds() {
    return this.getNumberAttribute('toleration_seconds');
  }
  public set tolerationSeconds(value: number) {
    this._tolerationSeconds = value;
  }
  public resetTolerationSeconds() {
    this._tolerationSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tolerationSecondsInput() {
    return this._tolerationSeconds;
  }

  // value - computed: false, optional: true, required: false
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class AccountsClusterConfigurationTolerationsList extends cdktf.ComplexList {
  public internalValue? : AccountsClusterConfigurationTolerations[] | cdktf.IResolvable

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
  public get(index: number): AccountsClusterConfigurationTolerationsOutputReference {
    return new AccountsClusterConfigurationTolerationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterConfigurationTopologySpreadConstraints {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#max_skew AccountsCluster#max_skew}
  */
  readonly maxSkew: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#topology_key AccountsCluster#topology_key}
  */
  readonly topologyKey: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#when_unsatisfiable AccountsCluster#when_unsatisfiable}
  */
  readonly whenUnsatisfiable: string;
}

export function accountsClusterConfigurationTopologySpreadConstraintsToTerraform(struct?: AccountsClusterConfigurationTopologySpreadConstraints | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    max_skew: cdktf.numberToTerraform(struct!.maxSkew),
    topology_key: cdktf.stringToTerraform(struct!.topologyKey),
    when_unsatisfiable: cdktf.stringToTerraform(struct!.whenUnsatisfiable),
  }
}


export function accountsClusterConfigurationTopologySpreadConstraintsToHclTerraform(struct?: AccountsClusterConfigurationTopologySpreadConstraints | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    max_skew: {
      value: cdktf.numberToHclTerraform(struct!.maxSkew),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    topology_key: {
      value: cdktf.stringToHclTerraform(struct!.topologyKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    when_unsatisfiable: {
      value: cdktf.stringToHclTerraform(struct!.whenUnsatisfiable),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationTopologySpreadConstraintsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterConfigurationTopologySpreadConstraints | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._maxSkew !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxSkew = this._maxSkew;
    }
    if (this._topologyKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.topologyKey = this._topologyKey;
    }
    if (this._whenUnsatisfiable !== undefined) {
      hasAnyValues = true;
      internalValueResult.whenUnsatisfiable = this._whenUnsatisfiable;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfigurationTopologySpreadConstraints | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._maxSkew = undefined;
      this._topologyKey = undefined;
      this._whenUnsatisfiable = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._maxSkew = value.maxSkew;
      this._topologyKey = value.topologyKey;
      this._whenUnsatisfiable = value.whenUnsatisfiable;
    }
  }

  // max_skew - computed: false, optional: false, required: true
  private _maxSkew?: number; 
  public get maxSkew() {
    return this.getNumberAttribute('max_skew');
  }
  public set maxSkew(value: number) {
    this._maxSkew = value;
  }
  // Temporarily expose input value. Use with caution.
  public get maxSkewInput() {
    return this._maxSkew;
  }

  // topology_key - computed: false, optional: false, required: true
  private _topologyKey?: string; 
  public get topologyKey() {
    return this.getStringAttribute('topology_key');
  }
  public set topologyKey(value: string) {
    this._topologyKey = value;
  }
  // Temporarily expose input value. Use with caution.
  public get topologyKeyInput() {
    return this._topologyKey;
  }

  // when_unsatisfiable - computed: false, optional: false, required: true
  private _whenUnsatisfiable?: string; 
  public get whenUnsatisfiable() {
    return this.getStringAttribute('when_unsatisfiable');
  }
  public set whenUnsatisfiable(value: string) {
    this._whenUnsatisfiable = value;
  }
  // Temporarily expose input value. Use with caution.
  public get whenUnsatisfiableInput() {
    return this._whenUnsatisfiable;
  }
}

export class AccountsClusterConfigurationTopologySpreadConstraintsList extends cdktf.ComplexList {
  public internalValue? : AccountsClusterConfigurationTopologySpreadConstraints[] | cdktf.IResolvable

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
  public get(index: number): AccountsClusterConfigurationTopologySpreadConstraintsOutputReference {
    return new AccountsClusterConfigurationTopologySpreadConstraintsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterConfiguration {
  /**
  * List of allowed IP source ranges for this cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#allowed_ip_source_ranges AccountsCluster#allowed_ip_source_ranges}
  */
  readonly allowedIpSourceRanges?: string[];
  /**
  * The GPU type that should be used for the database.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#gpu_type AccountsCluster#gpu_type}
  */
  readonly gpuType?: string;
  /**
  * Cluster Schema The number of nodes in the cluster field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#number_of_nodes AccountsCluster#number_of_nodes}
  */
  readonly numberOfNodes: number;
  /**
  * The automatic shard rebalancing strategy for the database.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#rebalance_strategy AccountsCluster#rebalance_strategy}
  */
  readonly rebalanceStrategy?: string;
  /**
  * The percentage of CPU resources reserved for system components.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#reserved_cpu_percentage AccountsCluster#reserved_cpu_percentage}
  */
  readonly reservedCpuPercentage?: number;
  /**
  * The percentage of RAM resources reserved for system components.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#reserved_memory_percentage AccountsCluster#reserved_memory_percentage}
  */
  readonly reservedMemoryPercentage?: number;
  /**
  * The restart policy for the database.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#restart_policy AccountsCluster#restart_policy}
  */
  readonly restartPolicy?: string;
  /**
  * The type of service to use for this cluster in a hybrid cloud environment.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#service_type AccountsCluster#service_type}
  */
  readonly serviceType?: string;
  /**
  * Cluster Schema Version of the Qdrant cluster field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#version AccountsCluster#version}
  */
  readonly version?: string;
  /**
  * annotations block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#annotations AccountsCluster#annotations}
  */
  readonly annotations?: AccountsClusterConfigurationAnnotations[] | cdktf.IResolvable;
  /**
  * cluster_storage_configuration block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#cluster_storage_configuration AccountsCluster#cluster_storage_configuration}
  */
  readonly clusterStorageConfiguration?: AccountsClusterConfigurationClusterStorageConfiguration;
  /**
  * database_configuration block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#database_configuration AccountsCluster#database_configuration}
  */
  readonly databaseConfiguration?: AccountsClusterConfigurationDatabaseConfiguration;
  /**
  * node_configuration block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#node_configuration AccountsCluster#node_configuration}
  */
  readonly nodeConfiguration: AccountsClusterConfigurationNodeConfiguration;
  /**
  * node_selector block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#node_selector AccountsCluster#node_selector}
  */
  readonly nodeSelector?: AccountsClusterConfigurationNodeSelector[] | cdktf.IResolvable;
  /**
  * pod_labels block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#pod_labels AccountsCluster#pod_labels}
  */
  readonly podLabels?: AccountsClusterConfigurationPodLabels[] | cdktf.IResolvable;
  /**
  * service_annotations block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#service_annotations AccountsCluster#service_annotations}
  */
  readonly serviceAnnotations?: AccountsClusterConfigurationServiceAnnotations[] | cdktf.IResolvable;
  /**
  * tolerations block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#tolerations AccountsCluster#tolerations}
  */
  readonly tolerations?: AccountsClusterConfigurationTolerations[] | cdktf.IResolvable;
  /**
  * topology_spread_constraints block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#topology_spread_constraints AccountsCluster#topology_spread_constraints}
  */
  readonly topologySpreadConstraints?: AccountsClusterConfigurationTopologySpreadConstraints[] | cdktf.IResolvable;
}

export function accountsClusterConfigurationToTerraform(struct?: AccountsClusterConfigurationOutputReference | AccountsClusterConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allowed_ip_source_ranges: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.allowedIpSourceRanges),
    gpu_type: cdktf.stringToTerraform(struct!.gpuType),
    number_of_nodes: cdktf.numberToTerraform(struct!.numberOfNodes),
    rebalance_strategy: cdktf.stringToTerraform(struct!.rebalanceStrategy),
    reserved_cpu_percentage: cdktf.numberToTerraform(struct!.reservedCpuPercentage),
    reserved_memory_percentage: cdktf.numberToTerraform(struct!.reservedMemoryPercentage),
    restart_policy: cdktf.stringToTerraform(struct!.restartPolicy),
    service_type: cdktf.stringToTerraform(struct!.serviceType),
    version: cdktf.stringToTerraform(struct!.version),
    annotations: cdktf.listMapper(accountsClusterConfigurationAnnotationsToTerraform, true)(struct!.annotations),
    cluster_storage_configuration: accountsClusterConfigurationClusterStorageConfigurationToTerraform(struct!.clusterStorageConfiguration),
    database_configuration: accountsClusterConfigurationDatabaseConfigurationToTerraform(struct!.databaseConfiguration),
    node_configuration: accountsClusterConfigurationNodeConfigurationToTerraform(struct!.nodeConfiguration),
    node_selector: cdktf.listMapper(accountsClusterConfigurationNodeSelectorToTerraform, true)(struct!.nodeSelector),
    pod_labels: cdktf.listMapper(accountsClusterConfigurationPodLabelsToTerraform, true)(struct!.podLabels),
    service_annotations: cdktf.listMapper(accountsClusterConfigurationServiceAnnotationsToTerraform, true)(struct!.serviceAnnotations),
    tolerations: cdktf.listMapper(accountsClusterConfigurationTolerationsToTerraform, true)(struct!.tolerations),
    topology_spread_constraints: cdktf.listMapper(accountsClusterConfigurationTopologySpreadConstraintsToTerraform, true)(struct!.topologySpreadConstraints),
  }
}


export function accountsClusterConfigurationToHclTerraform(struct?: AccountsClusterConfigurationOutputReference | AccountsClusterConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allowed_ip_source_ranges: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.allowedIpSourceRanges),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    gpu_type: {
      value: cdktf.stringToHclTerraform(struct!.gpuType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number_of_nodes: {
      value: cdktf.numberToHclTerraform(struct!.numberOfNodes),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    rebalance_strategy: {
      value: cdktf.stringToHclTerraform(struct!.rebalanceStrategy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    reserved_cpu_percentage: {
      value: cdktf.numberToHclTerraform(struct!.reservedCpuPercentage),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    reserved_memory_percentage: {
      value: cdktf.numberToHclTerraform(struct!.reservedMemoryPercentage),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    restart_policy: {
      value: cdktf.stringToHclTerraform(struct!.restartPolicy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    service_type: {
      value: cdktf.stringToHclTerraform(struct!.serviceType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    version: {
      value: cdktf.stringToHclTerraform(struct!.version),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    annotations: {
      value: cdktf.listMapperHcl(accountsClusterConfigurationAnnotationsToHclTerraform, true)(struct!.annotations),
      isBlock: true,
      type: "set",
      storageClassType: "AccountsClusterConfigurationAnnotationsList",
    },
    cluster_storage_configuration: {
      value: accountsClusterConfigurationClusterStorageConfigurationToHclTerraform(struct!.clusterStorageConfiguration),
      isBlock: true,
      type: "list",
      storageClassType: "AccountsClusterConfigurationClusterStorageConfigurationList",
    },
    database_configuration: {
      value: accountsClusterConfigurationDatabaseConfigurationToHclTerraform(struct!.databaseConfiguration),
      isBlock: true,
      type: "list",
      storageClassType: "AccountsClusterConfigurationDatabaseConfigurationList",
    },
    node_configuration: {
      value: accountsClusterConfigurationNodeConfigurationToHclTerraform(struct!.nodeConfiguration),
      isBlock: true,
      type: "list",
      storageClassType: "AccountsClusterConfigurationNodeConfigurationList",
    },
    node_selector: {
      value: cdktf.listMapperHcl(accountsClusterConfigurationNodeSelectorToHclTerraform, true)(struct!.nodeSelector),
      isBlock: true,
      type: "set",
      storageClassType: "AccountsClusterConfigurationNodeSelectorList",
    },
    pod_labels: {
      value: cdktf.listMapperHcl(accountsClusterConfigurationPodLabelsToHclTerraform, true)(struct!.podLabels),
      isBlock: true,
      type: "set",
      storageClassType: "AccountsClusterConfigurationPodLabelsList",
    },
    service_annotations: {
      value: cdktf.listMapperHcl(accountsClusterConfigurationServiceAnnotationsToHclTerraform, true)(struct!.serviceAnnotations),
      isBlock: true,
      type: "set",
      storageClassType: "AccountsClusterConfigurationServiceAnnotationsList",
    },
    tolerations: {
      value: cdktf.listMapperHcl(accountsClusterConfigurationTolerationsToHclTerraform, true)(struct!.tolerations),
      isBlock: true,
      type: "set",
      storageClassType: "AccountsClusterConfigurationTolerationsList",
    },
    topology_spread_constraints: {
      value: cdktf.listMapperHcl(accountsClusterConfigurationTopologySpreadConstraintsToHclTerraform, true)(struct!.topologySpreadConstraints),
      isBlock: true,
      type: "set",
      storageClassType: "AccountsClusterConfigurationTopologySpreadConstraintsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterConfigurationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsClusterConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowedIpSourceRanges !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowedIpSourceRanges = this._allowedIpSourceRanges;
    }
    if (this._gpuType !== undefined) {
      hasAnyValues = true;
      internalValueResult.gpuType = this._gpuType;
    }
    if (this._numberOfNodes !== undefined) {
      hasAnyValues = true;
      internalValueResult.numberOfNodes = this._numberOfNodes;
    }
    if (this._rebalanceStrategy !== undefined) {
      hasAnyValues = true;
      internalValueResult.rebalanceStrategy = this._rebalanceStrategy;
    }
    if (this._reservedCpuPercentage !== undefined) {
      hasAnyValues = true;
      internalValueResult.reservedCpuPercentage = this._reservedCpuPercentage;
    }
    if (this._reservedMemoryPercentage !== undefined) {
      hasAnyValues = true;
      internalValueResult.reservedMemoryPercentage = this._reservedMemoryPercentage;
    }
    if (this._restartPolicy !== undefined) {
      hasAnyValues = true;
      internalValueResult.restartPolicy = this._restartPolicy;
    }
    if (this._serviceType !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceType = this._serviceType;
    }
    if (this._version !== undefined) {
      hasAnyValues = true;
      internalValueResult.version = this._version;
    }
    if (this._annotations?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.annotations = this._annotations?.internalValue;
    }
    if (this._clusterStorageConfiguration?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.clusterStorageConfiguration = this._clusterStorageConfiguration?.internalValue;
    }
    if (this._databaseConfiguration?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.databaseConfiguration = this._databaseConfiguration?.internalValue;
    }
    if (this._nodeConfiguration?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.nodeConfiguration = this._nodeConfiguration?.internalValue;
    }
    if (this._nodeSelector?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.nodeSelector = this._nodeSelector?.internalValue;
    }
    if (this._podLabels?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.podLabels = this._podLabels?.internalValue;
    }
    if (this._serviceAnnotations?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.serviceAnnotations = this._serviceAnnotations?.internalValue;
    }
    if (this._tolerations?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.tolerations = this._tolerations?.internalValue;
    }
    if (this._topologySpreadConstraints?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.topologySpreadConstraints = this._topologySpreadConstraints?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterConfiguration | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._allowedIpSourceRanges = undefined;
      this._gpuType = undefined;
      this._numberOfNodes = undefined;
      this._rebalanceStrategy = undefined;
      this._reservedCpuPercentage = undefined;
      this._reservedMemoryPercentage = undefined;
      this._restartPolicy = undefined;
      this._serviceType = undefined;
      this._version = undefined;
      this._annotations.internalValue = undefined;
      this._clusterStorageConfiguration.internalValue = undefined;
      this._databaseConfiguration.internalValue = undefined;
      this._nodeConfiguration.internalValue = undefined;
      this._nodeSelector.internalValue = undefined;
      this._podLabels.internalValue = undefined;
      this._serviceAnnotations.internalValue = undefined;
      this._tolerations.internalValue = undefined;
      this._topologySpreadConstraints.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._allowedIpSourceRanges = value.allowedIpSourceRanges;
      this._gpuType = value.gpuType;
      this._numberOfNodes = value.numberOfNodes;
      this._rebalanceStrategy = value.rebalanceStrategy;
      this._reservedCpuPercentage = value.reservedCpuPercentage;
      this._reservedMemoryPercentage = value.reservedMemoryPercentage;
      this._restartPolicy = value.restartPolicy;
      this._serviceType = value.serviceType;
      this._version = value.version;
      this._annotations.internalValue = value.annotations;
      this._clusterStorageConfiguration.internalValue = value.clusterStorageConfiguration;
      this._databaseConfiguration.internalValue = value.databaseConfiguration;
      this._nodeConfiguration.internalValue = value.nodeConfiguration;
      this._nodeSelector.internalValue = value.nodeSelector;
      this._podLabels.internalValue = value.podLabels;
      this._serviceAnnotations.internalValue = value.serviceAnnotations;
      this._tolerations.internalValue = value.tolerations;
      this._topologySpreadConstraints.internalValue = value.topologySpreadConstraints;
    }
  }

  // allowed_ip_source_ranges - computed: true, optional: true, required: false
  private _allowedIpSourceRanges?: string[]; 
  public get allowedIpSourceRanges() {
    return cdktf.Fn.tolist(this.getListAttribute('allowed_ip_source_ranges'));
  }
  public set allowedIpSourceRanges(value: string[]) {
    this._allowedIpSourceRanges = value;
  }
  public resetAllowedIpSourceRanges() {
    this._allowedIpSourceRanges = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowedIpSourceRangesInput() {
    return this._allowedIpSourceRanges;
  }

  // gpu_type - computed: true, optional: true, required: false
  private _gpuType?: string; 
  public get gpuType() {
    return this.getStringAttribute('gpu_type');
  }
  public set gpuType(value: string) {
    this._gpuType = value;
  }
  public resetGpuType() {
    this._gpuType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gpuTypeInput() {
    return this._gpuType;
  }

  // last_modified_at - computed: true, optional: false, required: false
  public get lastModifiedAt() {
    return this.getStringAttribute('last_modified_at');
  }

  // number_of_nodes - computed: false, optional: false, required: true
  private _numberOfNodes?: number; 
  public get numberOfNodes() {
    return this.getNumberAttribute('number_of_nodes');
  }
  public set numberOfNodes(value: number) {
    this._numberOfNodes = value;
  }
  // Temporarily expose input value. Use with caution.
  public get numberOfNodesInput() {
    return this._numberOfNodes;
  }

  // rebalance_strategy - computed: true, optional: true, required: false
  private _rebalanceStrategy?: string; 
  public get rebalanceStrategy() {
    return this.getStringAttribute('rebalance_strategy');
  }
  public set rebalanceStrategy(value: string) {
    this._rebalanceStrategy = value;
  }
  public resetRebalanceStrategy() {
    this._rebalanceStrategy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rebalanceStrategyInput() {
    return this._rebalanceStrategy;
  }

  // reserved_cpu_percentage - computed: true, optional: true, required: false
  private _reservedCpuPercentage?: number; 
  public get reservedCpuPercentage() {
    return this.getNumberAttribute('reserved_cpu_percentage');
  }
  public set reservedCpuPercentage(value: number) {
    this._reservedCpuPercentage = value;
  }
  public resetReservedCpuPercentage() {
    this._reservedCpuPercentage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reservedCpuPercentageInput() {
    return this._reservedCpuPercentage;
  }

  // reserved_memory_percentage - computed: true, optional: true, required: false
  private _reservedMemoryPercentage?: number; 
  public get reservedMemoryPercentage() {
    return this.getNumberAttribute('reserved_memory_percentage');
  }
  public set reservedMemoryPercentage(value: number) {
    this._reservedMemoryPercentage = value;
  }
  public resetReservedMemoryPercentage() {
    this._reservedMemoryPercentage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reservedMemoryPercentageInput() {
    return this._reservedMemoryPercentage;
  }

  // restart_policy - computed: true, optional: true, required: false
  private _restartPolicy?: string; 
  public get restartPolicy() {
    return this.getStringAttribute('restart_policy');
  }
  public set restartPolicy(value: string) {
    this._restartPolicy = value;
  }
  public resetRestartPolicy() {
    this._restartPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get restartPolicyInput() {
    return this._restartPolicy;
  }

  // service_type - computed: true, optional: true, required: false
  private _serviceType?: string; 
  public get serviceType() {
    return this.getStringAttribute('service_type');
  }
  public set serviceType(value: string) {
    this._serviceType = value;
  }
  public resetServiceType() {
    this._serviceType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceTypeInput() {
    return this._serviceType;
  }

  // version - computed: true, optional: true, required: false
  private _version?: string; 
  public get version() {
    return this.getStringAttribute('version');
  }
  public set version(value: string) {
    this._version = value;
  }
  public resetVersion() {
    this._version = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get versionInput() {
    return this._version;
  }

  // annotations - computed: false, optional: true, required: false
  private _annotations = new AccountsClusterConfigurationAnnotationsList(this, "annotations", true);
  public get annotations() {
    return this._annotations;
  }
  public putAnnotations(value: AccountsClusterConfigurationAnnotations[] | cdktf.IResolvable) {
    this._annotations.internalValue = value;
  }
  public resetAnnotations() {
    this._annotations.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get annotationsInput() {
    return this._annotations.internalValue;
  }

  // cluster_storage_configuration - computed: false, optional: true, required: false
  private _clusterStorageConfiguration = new AccountsClusterConfigurationClusterStorageConfigurationOutputReference(this, "cluster_storage_configuration");
  public get clusterStorageConfiguration() {
    return this._clusterStorageConfiguration;
  }
  public putClusterStorageConfiguration(value: AccountsClusterConfigurationClusterStorageConfiguration) {
    this._clusterStorageConfiguration.internalValue = value;
  }
  public resetClusterStorageConfiguration() {
    this._clusterStorageConfiguration.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clusterStorageConfigurationInput() {
    return this._clusterStorageConfiguration.internalValue;
  }

  // database_configuration - computed: false, optional: true, required: false
  private _databaseConfiguration = new AccountsClusterConfigurationDatabaseConfigurationOutputReference(this, "database_configuration");
  public get databaseConfiguration() {
    return this._databaseConfiguration;
  }
  public putDatabaseConfiguration(value: AccountsClusterConfigurationDatabaseConfiguration) {
    this._databaseConfiguration.internalValue = value;
  }
  public resetDatabaseConfiguration() {
    this._databaseConfiguration.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseConfigurationInput() {
    return this._databaseConfiguration.internalValue;
  }

  // node_configuration - computed: false, optional: false, required: true
  private _nodeConfiguration = new AccountsClusterConfigurationNodeConfigurationOutputReference(this, "node_configuration");
  public get nodeConfiguration() {
    return this._nodeConfiguration;
  }
  public putNodeConfiguration(value: AccountsClusterConfigurationNodeConfiguration) {
    this._nodeConfiguration.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nodeConfigurationInput() {
    return this._nodeConfiguration.internalValue;
  }

  // node_selector - computed: false, optional: true, required: false
  private _nodeSelector = new AccountsClusterConfigurationNodeSelectorList(this, "node_selector", true);
  public get nodeSelector() {
    return this._nodeSelector;
  }
  public putNodeSelector(value: AccountsClusterConfigurationNodeSelector[] | cdktf.IResolvable) {
    this._nodeSelector.internalValue = value;
  }
  public resetNodeSelector() {
    this._nodeSelector.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nodeSelectorInput() {
    return this._nodeSelector.internalValue;
  }

  // pod_labels - computed: false, optional: true, required: false
  private _podLabels = new AccountsClusterConfigurationPodLabelsList(this, "pod_labels", true);
  public get podLabels() {
    return this._podLabels;
  }
  public putPodLabels(value: AccountsClusterConfigurationPodLabels[] | cdktf.IResolvable) {
    this._podLabels.internalValue = value;
  }
  public resetPodLabels() {
    this._podLabels.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get podLabelsInput() {
    return this._podLabels.internalValue;
  }

  // service_annotations - computed: false, optional: true, required: false
  private _serviceAnnotations = new AccountsClusterConfigurationServiceAnnotationsList(this, "service_annotations", true);
  public get serviceAnnotations() {
    return this._serviceAnnotations;
  }
  public putServiceAnnotations(value: AccountsClusterConfigurationServiceAnnotations[] | cdktf.IResolvable) {
    this._serviceAnnotations.internalValue = value;
  }
  public resetServiceAnnotations() {
    this._serviceAnnotations.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAnnotationsInput() {
    return this._serviceAnnotations.internalValue;
  }

  // tolerations - computed: false, optional: true, required: false
  private _tolerations = new AccountsClusterConfigurationTolerationsList(this, "tolerations", true);
  public get tolerations() {
    return this._tolerations;
  }
  public putTolerations(value: AccountsClusterConfigurationTolerations[] | cdktf.IResolvable) {
    this._tolerations.internalValue = value;
  }
  public resetTolerations() {
    this._tolerations.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tolerationsInput() {
    return this._tolerations.internalValue;
  }

  // topology_spread_constraints - computed: false, optional: true, required: false
  private _topologySpreadConstraints = new AccountsClusterConfigurationTopologySpreadConstraintsList(this, "topology_spread_constraints", true);
  public get topologySpreadConstraints() {
    return this._topologySpreadConstraints;
  }
  public putTopologySpreadConstraints(value: AccountsClusterConfigurationTopologySpreadConstraints[] | cdktf.IResolvable) {
    this._topologySpreadConstraints.internalValue = value;
  }
  public resetTopologySpreadConstraints() {
    this._topologySpreadConstraints.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get topologySpreadConstraintsInput() {
    return this._topologySpreadConstraints.internalValue;
  }
}
export interface AccountsClusterLabels {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#key AccountsCluster#key}
  */
  readonly key: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#value AccountsCluster#value}
  */
  readonly value: string;
}

export function accountsClusterLabelsToTerraform(struct?: AccountsClusterLabels | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function accountsClusterLabelsToHclTerraform(struct?: AccountsClusterLabels | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterLabelsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsClusterLabels | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterLabels | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
      this._value = value.value;
    }
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class AccountsClusterLabelsList extends cdktf.ComplexList {
  public internalValue? : AccountsClusterLabels[] | cdktf.IResolvable

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
  public get(index: number): AccountsClusterLabelsOutputReference {
    return new AccountsClusterLabelsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsClusterTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#create AccountsCluster#create}
  */
  readonly create?: string;
}

export function accountsClusterTimeoutsToTerraform(struct?: AccountsClusterTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
  }
}


export function accountsClusterTimeoutsToHclTerraform(struct?: AccountsClusterTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsClusterTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AccountsClusterTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsClusterTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster qdrant-cloud_accounts_cluster}
*/
export class AccountsCluster extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "qdrant-cloud_accounts_cluster";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AccountsCluster resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AccountsCluster to import
  * @param importFromId The id of the existing AccountsCluster that should be imported. Refer to the {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AccountsCluster to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "qdrant-cloud_accounts_cluster", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_cluster qdrant-cloud_accounts_cluster} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AccountsClusterConfig
  */
  public constructor(scope: Construct, id: string, config: AccountsClusterConfig) {
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
    this._cloudProvider = config.cloudProvider;
    this._cloudRegion = config.cloudRegion;
    this._deleteBackupsOnDestroy = config.deleteBackupsOnDestroy;
    this._name = config.name;
    this._privateRegionId = config.privateRegionId;
    this._configuration.internalValue = config.configuration;
    this._labels.internalValue = config.labels;
    this._timeouts.internalValue = config.timeouts;
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

  // cloud_provider - computed: false, optional: false, required: true
  private _cloudProvider?: string; 
  public get cloudProvider() {
    return this.getStringAttribute('cloud_provider');
  }
  public set cloudProvider(value: string) {
    this._cloudProvider = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudProviderInput() {
    return this._cloudProvider;
  }

  // cloud_region - computed: false, optional: false, required: true
  private _cloudRegion?: string; 
  public get cloudRegion() {
    return this.getStringAttribute('cloud_region');
  }
  public set cloudRegion(value: string) {
    this._cloudRegion = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudRegionInput() {
    return this._cloudRegion;
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

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // marked_for_deletion_at - computed: true, optional: false, required: false
  public get markedForDeletionAt() {
    return this.getStringAttribute('marked_for_deletion_at');
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

  // private_region_id - computed: true, optional: true, required: false
  private _privateRegionId?: string; 
  public get privateRegionId() {
    return this.getStringAttribute('private_region_id');
  }
  public set privateRegionId(value: string) {
    this._privateRegionId = value;
  }
  public resetPrivateRegionId() {
    this._privateRegionId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateRegionIdInput() {
    return this._privateRegionId;
  }

  // status - computed: true, optional: false, required: false
  private _status = new AccountsClusterStatusList(this, "status", false);
  public get status() {
    return this._status;
  }

  // url - computed: true, optional: false, required: false
  public get url() {
    return this.getStringAttribute('url');
  }

  // configuration - computed: false, optional: false, required: true
  private _configuration = new AccountsClusterConfigurationOutputReference(this, "configuration");
  public get configuration() {
    return this._configuration;
  }
  public putConfiguration(value: AccountsClusterConfiguration) {
    this._configuration.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get configurationInput() {
    return this._configuration.internalValue;
  }

  // labels - computed: false, optional: true, required: false
  private _labels = new AccountsClusterLabelsList(this, "labels", true);
  public get labels() {
    return this._labels;
  }
  public putLabels(value: AccountsClusterLabels[] | cdktf.IResolvable) {
    this._labels.internalValue = value;
  }
  public resetLabels() {
    this._labels.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelsInput() {
    return this._labels.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new AccountsClusterTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: AccountsClusterTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      account_id: cdktf.stringToTerraform(this._accountId),
      cloud_provider: cdktf.stringToTerraform(this._cloudProvider),
      cloud_region: cdktf.stringToTerraform(this._cloudRegion),
      delete_backups_on_destroy: cdktf.booleanToTerraform(this._deleteBackupsOnDestroy),
      name: cdktf.stringToTerraform(this._name),
      private_region_id: cdktf.stringToTerraform(this._privateRegionId),
      configuration: accountsClusterConfigurationToTerraform(this._configuration.internalValue),
      labels: cdktf.listMapper(accountsClusterLabelsToTerraform, true)(this._labels.internalValue),
      timeouts: accountsClusterTimeoutsToTerraform(this._timeouts.internalValue),
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
      cloud_provider: {
        value: cdktf.stringToHclTerraform(this._cloudProvider),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cloud_region: {
        value: cdktf.stringToHclTerraform(this._cloudRegion),
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
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      private_region_id: {
        value: cdktf.stringToHclTerraform(this._privateRegionId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      configuration: {
        value: accountsClusterConfigurationToHclTerraform(this._configuration.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AccountsClusterConfigurationList",
      },
      labels: {
        value: cdktf.listMapperHcl(accountsClusterLabelsToHclTerraform, true)(this._labels.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "AccountsClusterLabelsList",
      },
      timeouts: {
        value: accountsClusterTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "AccountsClusterTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
