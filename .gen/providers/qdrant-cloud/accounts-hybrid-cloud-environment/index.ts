// https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AccountsHybridCloudEnvironmentConfig extends cdktf.TerraformMetaArguments {
  /**
  * Hybrid cloud environment Schema Account ID field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#account_id AccountsHybridCloudEnvironment#account_id}
  */
  readonly accountId?: string;
  /**
  * Version knob to (re)generate bootstrap commands. -1 = never generate, 0 = idle/do not (re)generate, >0 = generate/rotate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#bootstrap_commands_version AccountsHybridCloudEnvironment#bootstrap_commands_version}
  */
  readonly bootstrapCommandsVersion?: number;
  /**
  * Hybrid cloud environment Schema Name field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#name AccountsHybridCloudEnvironment#name}
  */
  readonly name: string;
  /**
  * configuration block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#configuration AccountsHybridCloudEnvironment#configuration}
  */
  readonly configuration: AccountsHybridCloudEnvironmentConfiguration;
}
export interface AccountsHybridCloudEnvironmentStatusCapabilities {
}

export function accountsHybridCloudEnvironmentStatusCapabilitiesToTerraform(struct?: AccountsHybridCloudEnvironmentStatusCapabilities): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsHybridCloudEnvironmentStatusCapabilitiesToHclTerraform(struct?: AccountsHybridCloudEnvironmentStatusCapabilities): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsHybridCloudEnvironmentStatusCapabilitiesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsHybridCloudEnvironmentStatusCapabilities | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsHybridCloudEnvironmentStatusCapabilities | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // volume_expansion - computed: true, optional: false, required: false
  public get volumeExpansion() {
    return this.getBooleanAttribute('volume_expansion');
  }

  // volume_snapshot - computed: true, optional: false, required: false
  public get volumeSnapshot() {
    return this.getBooleanAttribute('volume_snapshot');
  }
}

export class AccountsHybridCloudEnvironmentStatusCapabilitiesList extends cdktf.ComplexList {

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
  public get(index: number): AccountsHybridCloudEnvironmentStatusCapabilitiesOutputReference {
    return new AccountsHybridCloudEnvironmentStatusCapabilitiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsHybridCloudEnvironmentStatusComponentStatuses {
}

export function accountsHybridCloudEnvironmentStatusComponentStatusesToTerraform(struct?: AccountsHybridCloudEnvironmentStatusComponentStatuses): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsHybridCloudEnvironmentStatusComponentStatusesToHclTerraform(struct?: AccountsHybridCloudEnvironmentStatusComponentStatuses): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsHybridCloudEnvironmentStatusComponentStatusesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsHybridCloudEnvironmentStatusComponentStatuses | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsHybridCloudEnvironmentStatusComponentStatuses | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // message - computed: true, optional: false, required: false
  public get message() {
    return this.getStringAttribute('message');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // namespace - computed: true, optional: false, required: false
  public get namespace() {
    return this.getStringAttribute('namespace');
  }

  // phase - computed: true, optional: false, required: false
  public get phase() {
    return this.getStringAttribute('phase');
  }

  // version - computed: true, optional: false, required: false
  public get version() {
    return this.getStringAttribute('version');
  }
}

export class AccountsHybridCloudEnvironmentStatusComponentStatusesList extends cdktf.ComplexList {

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
  public get(index: number): AccountsHybridCloudEnvironmentStatusComponentStatusesOutputReference {
    return new AccountsHybridCloudEnvironmentStatusComponentStatusesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsHybridCloudEnvironmentStatusStorageClasses {
}

export function accountsHybridCloudEnvironmentStatusStorageClassesToTerraform(struct?: AccountsHybridCloudEnvironmentStatusStorageClasses): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsHybridCloudEnvironmentStatusStorageClassesToHclTerraform(struct?: AccountsHybridCloudEnvironmentStatusStorageClasses): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsHybridCloudEnvironmentStatusStorageClassesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsHybridCloudEnvironmentStatusStorageClasses | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsHybridCloudEnvironmentStatusStorageClasses | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // allow_volume_expansion - computed: true, optional: false, required: false
  public get allowVolumeExpansion() {
    return this.getBooleanAttribute('allow_volume_expansion');
  }

  // default - computed: true, optional: false, required: false
  public get default() {
    return this.getBooleanAttribute('default');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // parameters - computed: true, optional: false, required: false
  private _parameters = new cdktf.StringMap(this, "parameters");
  public get parameters() {
    return this._parameters;
  }

  // provisioner - computed: true, optional: false, required: false
  public get provisioner() {
    return this.getStringAttribute('provisioner');
  }

  // reclaim_policy - computed: true, optional: false, required: false
  public get reclaimPolicy() {
    return this.getStringAttribute('reclaim_policy');
  }
}

export class AccountsHybridCloudEnvironmentStatusStorageClassesList extends cdktf.ComplexList {

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
  public get(index: number): AccountsHybridCloudEnvironmentStatusStorageClassesOutputReference {
    return new AccountsHybridCloudEnvironmentStatusStorageClassesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsHybridCloudEnvironmentStatusVolumeSnapshotClasses {
}

export function accountsHybridCloudEnvironmentStatusVolumeSnapshotClassesToTerraform(struct?: AccountsHybridCloudEnvironmentStatusVolumeSnapshotClasses): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsHybridCloudEnvironmentStatusVolumeSnapshotClassesToHclTerraform(struct?: AccountsHybridCloudEnvironmentStatusVolumeSnapshotClasses): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsHybridCloudEnvironmentStatusVolumeSnapshotClassesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsHybridCloudEnvironmentStatusVolumeSnapshotClasses | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsHybridCloudEnvironmentStatusVolumeSnapshotClasses | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // driver - computed: true, optional: false, required: false
  public get driver() {
    return this.getStringAttribute('driver');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }
}

export class AccountsHybridCloudEnvironmentStatusVolumeSnapshotClassesList extends cdktf.ComplexList {

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
  public get(index: number): AccountsHybridCloudEnvironmentStatusVolumeSnapshotClassesOutputReference {
    return new AccountsHybridCloudEnvironmentStatusVolumeSnapshotClassesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsHybridCloudEnvironmentStatus {
}

export function accountsHybridCloudEnvironmentStatusToTerraform(struct?: AccountsHybridCloudEnvironmentStatus): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function accountsHybridCloudEnvironmentStatusToHclTerraform(struct?: AccountsHybridCloudEnvironmentStatus): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class AccountsHybridCloudEnvironmentStatusOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsHybridCloudEnvironmentStatus | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsHybridCloudEnvironmentStatus | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // capabilities - computed: true, optional: false, required: false
  private _capabilities = new AccountsHybridCloudEnvironmentStatusCapabilitiesList(this, "capabilities", false);
  public get capabilities() {
    return this._capabilities;
  }

  // cluster_creation_readiness - computed: true, optional: false, required: false
  public get clusterCreationReadiness() {
    return this.getStringAttribute('cluster_creation_readiness');
  }

  // component_statuses - computed: true, optional: false, required: false
  private _componentStatuses = new AccountsHybridCloudEnvironmentStatusComponentStatusesList(this, "component_statuses", false);
  public get componentStatuses() {
    return this._componentStatuses;
  }

  // kubernetes_distribution - computed: true, optional: false, required: false
  public get kubernetesDistribution() {
    return this.getStringAttribute('kubernetes_distribution');
  }

  // kubernetes_version - computed: true, optional: false, required: false
  public get kubernetesVersion() {
    return this.getStringAttribute('kubernetes_version');
  }

  // last_modified_at - computed: true, optional: false, required: false
  public get lastModifiedAt() {
    return this.getStringAttribute('last_modified_at');
  }

  // message - computed: true, optional: false, required: false
  public get message() {
    return this.getStringAttribute('message');
  }

  // number_of_nodes - computed: true, optional: false, required: false
  public get numberOfNodes() {
    return this.getNumberAttribute('number_of_nodes');
  }

  // phase - computed: true, optional: false, required: false
  public get phase() {
    return this.getStringAttribute('phase');
  }

  // storage_classes - computed: true, optional: false, required: false
  private _storageClasses = new AccountsHybridCloudEnvironmentStatusStorageClassesList(this, "storage_classes", false);
  public get storageClasses() {
    return this._storageClasses;
  }

  // volume_snapshot_classes - computed: true, optional: false, required: false
  private _volumeSnapshotClasses = new AccountsHybridCloudEnvironmentStatusVolumeSnapshotClassesList(this, "volume_snapshot_classes", false);
  public get volumeSnapshotClasses() {
    return this._volumeSnapshotClasses;
  }
}

export class AccountsHybridCloudEnvironmentStatusList extends cdktf.ComplexList {

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
  public get(index: number): AccountsHybridCloudEnvironmentStatusOutputReference {
    return new AccountsHybridCloudEnvironmentStatusOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsHybridCloudEnvironmentConfigurationControlPlaneLabels {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#key AccountsHybridCloudEnvironment#key}
  */
  readonly key: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#value AccountsHybridCloudEnvironment#value}
  */
  readonly value: string;
}

export function accountsHybridCloudEnvironmentConfigurationControlPlaneLabelsToTerraform(struct?: AccountsHybridCloudEnvironmentConfigurationControlPlaneLabels | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function accountsHybridCloudEnvironmentConfigurationControlPlaneLabelsToHclTerraform(struct?: AccountsHybridCloudEnvironmentConfigurationControlPlaneLabels | cdktf.IResolvable): any {
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

export class AccountsHybridCloudEnvironmentConfigurationControlPlaneLabelsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsHybridCloudEnvironmentConfigurationControlPlaneLabels | cdktf.IResolvable | undefined {
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

  public set internalValue(value: AccountsHybridCloudEnvironmentConfigurationControlPlaneLabels | cdktf.IResolvable | undefined) {
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

export class AccountsHybridCloudEnvironmentConfigurationControlPlaneLabelsList extends cdktf.ComplexList {
  public internalValue? : AccountsHybridCloudEnvironmentConfigurationControlPlaneLabels[] | cdktf.IResolvable

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
  public get(index: number): AccountsHybridCloudEnvironmentConfigurationControlPlaneLabelsOutputReference {
    return new AccountsHybridCloudEnvironmentConfigurationControlPlaneLabelsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsHybridCloudEnvironmentConfigurationNodeSelector {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#key AccountsHybridCloudEnvironment#key}
  */
  readonly key: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#value AccountsHybridCloudEnvironment#value}
  */
  readonly value: string;
}

export function accountsHybridCloudEnvironmentConfigurationNodeSelectorToTerraform(struct?: AccountsHybridCloudEnvironmentConfigurationNodeSelector | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function accountsHybridCloudEnvironmentConfigurationNodeSelectorToHclTerraform(struct?: AccountsHybridCloudEnvironmentConfigurationNodeSelector | cdktf.IResolvable): any {
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

export class AccountsHybridCloudEnvironmentConfigurationNodeSelectorOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsHybridCloudEnvironmentConfigurationNodeSelector | cdktf.IResolvable | undefined {
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

  public set internalValue(value: AccountsHybridCloudEnvironmentConfigurationNodeSelector | cdktf.IResolvable | undefined) {
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

export class AccountsHybridCloudEnvironmentConfigurationNodeSelectorList extends cdktf.ComplexList {
  public internalValue? : AccountsHybridCloudEnvironmentConfigurationNodeSelector[] | cdktf.IResolvable

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
  public get(index: number): AccountsHybridCloudEnvironmentConfigurationNodeSelectorOutputReference {
    return new AccountsHybridCloudEnvironmentConfigurationNodeSelectorOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsHybridCloudEnvironmentConfigurationTolerations {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#effect AccountsHybridCloudEnvironment#effect}
  */
  readonly effect?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#key AccountsHybridCloudEnvironment#key}
  */
  readonly key?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#operator AccountsHybridCloudEnvironment#operator}
  */
  readonly operator?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#toleration_seconds AccountsHybridCloudEnvironment#toleration_seconds}
  */
  readonly tolerationSeconds?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#value AccountsHybridCloudEnvironment#value}
  */
  readonly value?: string;
}

export function accountsHybridCloudEnvironmentConfigurationTolerationsToTerraform(struct?: AccountsHybridCloudEnvironmentConfigurationTolerations | cdktf.IResolvable): any {
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


export function accountsHybridCloudEnvironmentConfigurationTolerationsToHclTerraform(struct?: AccountsHybridCloudEnvironmentConfigurationTolerations | cdktf.IResolvable): any {
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

export class AccountsHybridCloudEnvironmentConfigurationTolerationsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AccountsHybridCloudEnvironmentConfigurationTolerations | cdktf.IResolvable | undefined {
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

  public set internalValue(value: AccountsHybridCloudEnvironmentConfigurationTolerations | cdktf.IResolvable | undefined) {
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

export class AccountsHybridCloudEnvironmentConfigurationTolerationsList extends cdktf.ComplexList {
  public internalValue? : AccountsHybridCloudEnvironmentConfigurationTolerations[] | cdktf.IResolvable

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
  public get(index: number): AccountsHybridCloudEnvironmentConfigurationTolerationsOutputReference {
    return new AccountsHybridCloudEnvironmentConfigurationTolerationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AccountsHybridCloudEnvironmentConfiguration {
  /**
  * Advanced operator settings as a YAML string.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#advanced_operator_settings AccountsHybridCloudEnvironment#advanced_operator_settings}
  */
  readonly advancedOperatorSettings?: string;
  /**
  * CA certificates for custom certificate authorities.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#ca_certificates AccountsHybridCloudEnvironment#ca_certificates}
  */
  readonly caCertificates?: string;
  /**
  * Chart registry URL.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#chart_repository_url AccountsHybridCloudEnvironment#chart_repository_url}
  */
  readonly chartRepositoryUrl?: string;
  /**
  * Container registry URL.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#container_registry_url AccountsHybridCloudEnvironment#container_registry_url}
  */
  readonly containerRegistryUrl?: string;
  /**
  * Default database storage class.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#database_storage_class AccountsHybridCloudEnvironment#database_storage_class}
  */
  readonly databaseStorageClass?: string;
  /**
  * Optional HTTP proxy URL.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#http_proxy_url AccountsHybridCloudEnvironment#http_proxy_url}
  */
  readonly httpProxyUrl?: string;
  /**
  * Optional HTTPS proxy URL.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#https_proxy_url AccountsHybridCloudEnvironment#https_proxy_url}
  */
  readonly httpsProxyUrl?: string;
  /**
  * Log level for deployed components.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#log_level AccountsHybridCloudEnvironment#log_level}
  */
  readonly logLevel?: string;
  /**
  * The Kubernetes namespace where the Qdrant hybrid cloud components will be deployed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#namespace AccountsHybridCloudEnvironment#namespace}
  */
  readonly namespace: string;
  /**
  * List of hosts that should not be proxied.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#no_proxy_configs AccountsHybridCloudEnvironment#no_proxy_configs}
  */
  readonly noProxyConfigs?: string[];
  /**
  * Kubernetes secret name containing registry credentials.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#registry_secret_name AccountsHybridCloudEnvironment#registry_secret_name}
  */
  readonly registrySecretName?: string;
  /**
  * Default snapshot storage class.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#snapshot_storage_class AccountsHybridCloudEnvironment#snapshot_storage_class}
  */
  readonly snapshotStorageClass?: string;
  /**
  * Default volume snapshot storage class.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#volume_snapshot_storage_class AccountsHybridCloudEnvironment#volume_snapshot_storage_class}
  */
  readonly volumeSnapshotStorageClass?: string;
  /**
  * control_plane_labels block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#control_plane_labels AccountsHybridCloudEnvironment#control_plane_labels}
  */
  readonly controlPlaneLabels?: AccountsHybridCloudEnvironmentConfigurationControlPlaneLabels[] | cdktf.IResolvable;
  /**
  * node_selector block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#node_selector AccountsHybridCloudEnvironment#node_selector}
  */
  readonly nodeSelector?: AccountsHybridCloudEnvironmentConfigurationNodeSelector[] | cdktf.IResolvable;
  /**
  * tolerations block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#tolerations AccountsHybridCloudEnvironment#tolerations}
  */
  readonly tolerations?: AccountsHybridCloudEnvironmentConfigurationTolerations[] | cdktf.IResolvable;
}

export function accountsHybridCloudEnvironmentConfigurationToTerraform(struct?: AccountsHybridCloudEnvironmentConfigurationOutputReference | AccountsHybridCloudEnvironmentConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    advanced_operator_settings: cdktf.stringToTerraform(struct!.advancedOperatorSettings),
    ca_certificates: cdktf.stringToTerraform(struct!.caCertificates),
    chart_repository_url: cdktf.stringToTerraform(struct!.chartRepositoryUrl),
    container_registry_url: cdktf.stringToTerraform(struct!.containerRegistryUrl),
    database_storage_class: cdktf.stringToTerraform(struct!.databaseStorageClass),
    http_proxy_url: cdktf.stringToTerraform(struct!.httpProxyUrl),
    https_proxy_url: cdktf.stringToTerraform(struct!.httpsProxyUrl),
    log_level: cdktf.stringToTerraform(struct!.logLevel),
    namespace: cdktf.stringToTerraform(struct!.namespace),
    no_proxy_configs: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.noProxyConfigs),
    registry_secret_name: cdktf.stringToTerraform(struct!.registrySecretName),
    snapshot_storage_class: cdktf.stringToTerraform(struct!.snapshotStorageClass),
    volume_snapshot_storage_class: cdktf.stringToTerraform(struct!.volumeSnapshotStorageClass),
    control_plane_labels: cdktf.listMapper(accountsHybridCloudEnvironmentConfigurationControlPlaneLabelsToTerraform, true)(struct!.controlPlaneLabels),
    node_selector: cdktf.listMapper(accountsHybridCloudEnvironmentConfigurationNodeSelectorToTerraform, true)(struct!.nodeSelector),
    tolerations: cdktf.listMapper(accountsHybridCloudEnvironmentConfigurationTolerationsToTerraform, true)(struct!.tolerations),
  }
}


export function accountsHybridCloudEnvironmentConfigurationToHclTerraform(struct?: AccountsHybridCloudEnvironmentConfigurationOutputReference | AccountsHybridCloudEnvironmentConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    advanced_operator_settings: {
      value: cdktf.stringToHclTerraform(struct!.advancedOperatorSettings),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ca_certificates: {
      value: cdktf.stringToHclTerraform(struct!.caCertificates),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    chart_repository_url: {
      value: cdktf.stringToHclTerraform(struct!.chartRepositoryUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    container_registry_url: {
      value: cdktf.stringToHclTerraform(struct!.containerRegistryUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    database_storage_class: {
      value: cdktf.stringToHclTerraform(struct!.databaseStorageClass),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    http_proxy_url: {
      value: cdktf.stringToHclTerraform(struct!.httpProxyUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    https_proxy_url: {
      value: cdktf.stringToHclTerraform(struct!.httpsProxyUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    log_level: {
      value: cdktf.stringToHclTerraform(struct!.logLevel),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    namespace: {
      value: cdktf.stringToHclTerraform(struct!.namespace),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    no_proxy_configs: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.noProxyConfigs),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    registry_secret_name: {
      value: cdktf.stringToHclTerraform(struct!.registrySecretName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    snapshot_storage_class: {
      value: cdktf.stringToHclTerraform(struct!.snapshotStorageClass),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    volume_snapshot_storage_class: {
      value: cdktf.stringToHclTerraform(struct!.volumeSnapshotStorageClass),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    control_plane_labels: {
      value: cdktf.listMapperHcl(accountsHybridCloudEnvironmentConfigurationControlPlaneLabelsToHclTerraform, true)(struct!.controlPlaneLabels),
      isBlock: true,
      type: "set",
      storageClassType: "AccountsHybridCloudEnvironmentConfigurationControlPlaneLabelsList",
    },
    node_selector: {
      value: cdktf.listMapperHcl(accountsHybridCloudEnvironmentConfigurationNodeSelectorToHclTerraform, true)(struct!.nodeSelector),
      isBlock: true,
      type: "set",
      storageClassType: "AccountsHybridCloudEnvironmentConfigurationNodeSelectorList",
    },
    tolerations: {
      value: cdktf.listMapperHcl(accountsHybridCloudEnvironmentConfigurationTolerationsToHclTerraform, true)(struct!.tolerations),
      isBlock: true,
      type: "set",
      storageClassType: "AccountsHybridCloudEnvironmentConfigurationTolerationsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountsHybridCloudEnvironmentConfigurationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccountsHybridCloudEnvironmentConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._advancedOperatorSettings !== undefined) {
      hasAnyValues = true;
      internalValueResult.advancedOperatorSettings = this._advancedOperatorSettings;
    }
    if (this._caCertificates !== undefined) {
      hasAnyValues = true;
      internalValueResult.caCertificates = this._caCertificates;
    }
    if (this._chartRepositoryUrl !== undefined) {
      hasAnyValues = true;
      internalValueResult.chartRepositoryUrl = this._chartRepositoryUrl;
    }
    if (this._containerRegistryUrl !== undefined) {
      hasAnyValues = true;
      internalValueResult.containerRegistryUrl = this._containerRegistryUrl;
    }
    if (this._databaseStorageClass !== undefined) {
      hasAnyValues = true;
      internalValueResult.databaseStorageClass = this._databaseStorageClass;
    }
    if (this._httpProxyUrl !== undefined) {
      hasAnyValues = true;
      internalValueResult.httpProxyUrl = this._httpProxyUrl;
    }
    if (this._httpsProxyUrl !== undefined) {
      hasAnyValues = true;
      internalValueResult.httpsProxyUrl = this._httpsProxyUrl;
    }
    if (this._logLevel !== undefined) {
      hasAnyValues = true;
      internalValueResult.logLevel = this._logLevel;
    }
    if (this._namespace !== undefined) {
      hasAnyValues = true;
      internalValueResult.namespace = this._namespace;
    }
    if (this._noProxyConfigs !== undefined) {
      hasAnyValues = true;
      internalValueResult.noProxyConfigs = this._noProxyConfigs;
    }
    if (this._registrySecretName !== undefined) {
      hasAnyValues = true;
      internalValueResult.registrySecretName = this._registrySecretName;
    }
    if (this._snapshotStorageClass !== undefined) {
      hasAnyValues = true;
      internalValueResult.snapshotStorageClass = this._snapshotStorageClass;
    }
    if (this._volumeSnapshotStorageClass !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeSnapshotStorageClass = this._volumeSnapshotStorageClass;
    }
    if (this._controlPlaneLabels?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.controlPlaneLabels = this._controlPlaneLabels?.internalValue;
    }
    if (this._nodeSelector?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.nodeSelector = this._nodeSelector?.internalValue;
    }
    if (this._tolerations?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.tolerations = this._tolerations?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountsHybridCloudEnvironmentConfiguration | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._advancedOperatorSettings = undefined;
      this._caCertificates = undefined;
      this._chartRepositoryUrl = undefined;
      this._containerRegistryUrl = undefined;
      this._databaseStorageClass = undefined;
      this._httpProxyUrl = undefined;
      this._httpsProxyUrl = undefined;
      this._logLevel = undefined;
      this._namespace = undefined;
      this._noProxyConfigs = undefined;
      this._registrySecretName = undefined;
      this._snapshotStorageClass = undefined;
      this._volumeSnapshotStorageClass = undefined;
      this._controlPlaneLabels.internalValue = undefined;
      this._nodeSelector.internalValue = undefined;
      this._tolerations.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._advancedOperatorSettings = value.advancedOperatorSettings;
      this._caCertificates = value.caCertificates;
      this._chartRepositoryUrl = value.chartRepositoryUrl;
      this._containerRegistryUrl = value.containerRegistryUrl;
      this._databaseStorageClass = value.databaseStorageClass;
      this._httpProxyUrl = value.httpProxyUrl;
      this._httpsProxyUrl = value.httpsProxyUrl;
      this._logLevel = value.logLevel;
      this._namespace = value.namespace;
      this._noProxyConfigs = value.noProxyConfigs;
      this._registrySecretName = value.registrySecretName;
      this._snapshotStorageClass = value.snapshotStorageClass;
      this._volumeSnapshotStorageClass = value.volumeSnapshotStorageClass;
      this._controlPlaneLabels.internalValue = value.controlPlaneLabels;
      this._nodeSelector.internalValue = value.nodeSelector;
      this._tolerations.internalValue = value.tolerations;
    }
  }

  // advanced_operator_settings - computed: true, optional: true, required: false
  private _advancedOperatorSettings?: string; 
  public get advancedOperatorSettings() {
    return this.getStringAttribute('advanced_operator_settings');
  }
  public set advancedOperatorSettings(value: string) {
    this._advancedOperatorSettings = value;
  }
  public resetAdvancedOperatorSettings() {
    this._advancedOperatorSettings = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get advancedOperatorSettingsInput() {
    return this._advancedOperatorSettings;
  }

  // ca_certificates - computed: true, optional: true, required: false
  private _caCertificates?: string; 
  public get caCertificates() {
    return this.getStringAttribute('ca_certificates');
  }
  public set caCertificates(value: string) {
    this._caCertificates = value;
  }
  public resetCaCertificates() {
    this._caCertificates = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caCertificatesInput() {
    return this._caCertificates;
  }

  // chart_repository_url - computed: true, optional: true, required: false
  private _chartRepositoryUrl?: string; 
  public get chartRepositoryUrl() {
    return this.getStringAttribute('chart_repository_url');
  }
  public set chartRepositoryUrl(value: string) {
    this._chartRepositoryUrl = value;
  }
  public resetChartRepositoryUrl() {
    this._chartRepositoryUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get chartRepositoryUrlInput() {
    return this._chartRepositoryUrl;
  }

  // container_registry_url - computed: true, optional: true, required: false
  private _containerRegistryUrl?: string; 
  public get containerRegistryUrl() {
    return this.getStringAttribute('container_registry_url');
  }
  public set containerRegistryUrl(value: string) {
    this._containerRegistryUrl = value;
  }
  public resetContainerRegistryUrl() {
    this._containerRegistryUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get containerRegistryUrlInput() {
    return this._containerRegistryUrl;
  }

  // database_storage_class - computed: true, optional: true, required: false
  private _databaseStorageClass?: string; 
  public get databaseStorageClass() {
    return this.getStringAttribute('database_storage_class');
  }
  public set databaseStorageClass(value: string) {
    this._databaseStorageClass = value;
  }
  public resetDatabaseStorageClass() {
    this._databaseStorageClass = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseStorageClassInput() {
    return this._databaseStorageClass;
  }

  // http_proxy_url - computed: true, optional: true, required: false
  private _httpProxyUrl?: string; 
  public get httpProxyUrl() {
    return this.getStringAttribute('http_proxy_url');
  }
  public set httpProxyUrl(value: string) {
    this._httpProxyUrl = value;
  }
  public resetHttpProxyUrl() {
    this._httpProxyUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpProxyUrlInput() {
    return this._httpProxyUrl;
  }

  // https_proxy_url - computed: true, optional: true, required: false
  private _httpsProxyUrl?: string; 
  public get httpsProxyUrl() {
    return this.getStringAttribute('https_proxy_url');
  }
  public set httpsProxyUrl(value: string) {
    this._httpsProxyUrl = value;
  }
  public resetHttpsProxyUrl() {
    this._httpsProxyUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpsProxyUrlInput() {
    return this._httpsProxyUrl;
  }

  // last_modified_at - computed: true, optional: false, required: false
  public get lastModifiedAt() {
    return this.getStringAttribute('last_modified_at');
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

  // namespace - computed: false, optional: false, required: true
  private _namespace?: string; 
  public get namespace() {
    return this.getStringAttribute('namespace');
  }
  public set namespace(value: string) {
    this._namespace = value;
  }
  // Temporarily expose input value. Use with caution.
  public get namespaceInput() {
    return this._namespace;
  }

  // no_proxy_configs - computed: true, optional: true, required: false
  private _noProxyConfigs?: string[]; 
  public get noProxyConfigs() {
    return cdktf.Fn.tolist(this.getListAttribute('no_proxy_configs'));
  }
  public set noProxyConfigs(value: string[]) {
    this._noProxyConfigs = value;
  }
  public resetNoProxyConfigs() {
    this._noProxyConfigs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noProxyConfigsInput() {
    return this._noProxyConfigs;
  }

  // registry_secret_name - computed: true, optional: true, required: false
  private _registrySecretName?: string; 
  public get registrySecretName() {
    return this.getStringAttribute('registry_secret_name');
  }
  public set registrySecretName(value: string) {
    this._registrySecretName = value;
  }
  public resetRegistrySecretName() {
    this._registrySecretName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get registrySecretNameInput() {
    return this._registrySecretName;
  }

  // snapshot_storage_class - computed: true, optional: true, required: false
  private _snapshotStorageClass?: string; 
  public get snapshotStorageClass() {
    return this.getStringAttribute('snapshot_storage_class');
  }
  public set snapshotStorageClass(value: string) {
    this._snapshotStorageClass = value;
  }
  public resetSnapshotStorageClass() {
    this._snapshotStorageClass = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get snapshotStorageClassInput() {
    return this._snapshotStorageClass;
  }

  // volume_snapshot_storage_class - computed: true, optional: true, required: false
  private _volumeSnapshotStorageClass?: string; 
  public get volumeSnapshotStorageClass() {
    return this.getStringAttribute('volume_snapshot_storage_class');
  }
  public set volumeSnapshotStorageClass(value: string) {
    this._volumeSnapshotStorageClass = value;
  }
  public resetVolumeSnapshotStorageClass() {
    this._volumeSnapshotStorageClass = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeSnapshotStorageClassInput() {
    return this._volumeSnapshotStorageClass;
  }

  // control_plane_labels - computed: false, optional: true, required: false
  private _controlPlaneLabels = new AccountsHybridCloudEnvironmentConfigurationControlPlaneLabelsList(this, "control_plane_labels", true);
  public get controlPlaneLabels() {
    return this._controlPlaneLabels;
  }
  public putControlPlaneLabels(value: AccountsHybridCloudEnvironmentConfigurationControlPlaneLabels[] | cdktf.IResolvable) {
    this._controlPlaneLabels.internalValue = value;
  }
  public resetControlPlaneLabels() {
    this._controlPlaneLabels.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get controlPlaneLabelsInput() {
    return this._controlPlaneLabels.internalValue;
  }

  // node_selector - computed: false, optional: true, required: false
  private _nodeSelector = new AccountsHybridCloudEnvironmentConfigurationNodeSelectorList(this, "node_selector", true);
  public get nodeSelector() {
    return this._nodeSelector;
  }
  public putNodeSelector(value: AccountsHybridCloudEnvironmentConfigurationNodeSelector[] | cdktf.IResolvable) {
    this._nodeSelector.internalValue = value;
  }
  public resetNodeSelector() {
    this._nodeSelector.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nodeSelectorInput() {
    return this._nodeSelector.internalValue;
  }

  // tolerations - computed: false, optional: true, required: false
  private _tolerations = new AccountsHybridCloudEnvironmentConfigurationTolerationsList(this, "tolerations", true);
  public get tolerations() {
    return this._tolerations;
  }
  public putTolerations(value: AccountsHybridCloudEnvironmentConfigurationTolerations[] | cdktf.IResolvable) {
    this._tolerations.internalValue = value;
  }
  public resetTolerations() {
    this._tolerations.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tolerationsInput() {
    return this._tolerations.internalValue;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment qdrant-cloud_accounts_hybrid_cloud_environment}
*/
export class AccountsHybridCloudEnvironment extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "qdrant-cloud_accounts_hybrid_cloud_environment";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AccountsHybridCloudEnvironment resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AccountsHybridCloudEnvironment to import
  * @param importFromId The id of the existing AccountsHybridCloudEnvironment that should be imported. Refer to the {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AccountsHybridCloudEnvironment to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "qdrant-cloud_accounts_hybrid_cloud_environment", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_hybrid_cloud_environment qdrant-cloud_accounts_hybrid_cloud_environment} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AccountsHybridCloudEnvironmentConfig
  */
  public constructor(scope: Construct, id: string, config: AccountsHybridCloudEnvironmentConfig) {
    super(scope, id, {
      terraformResourceType: 'qdrant-cloud_accounts_hybrid_cloud_environment',
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
    this._bootstrapCommandsVersion = config.bootstrapCommandsVersion;
    this._name = config.name;
    this._configuration.internalValue = config.configuration;
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

  // bootstrap_commands - computed: true, optional: false, required: false
  public get bootstrapCommands() {
    return this.getListAttribute('bootstrap_commands');
  }

  // bootstrap_commands_generated - computed: true, optional: false, required: false
  public get bootstrapCommandsGenerated() {
    return this.getBooleanAttribute('bootstrap_commands_generated');
  }

  // bootstrap_commands_version - computed: true, optional: true, required: false
  private _bootstrapCommandsVersion?: number; 
  public get bootstrapCommandsVersion() {
    return this.getNumberAttribute('bootstrap_commands_version');
  }
  public set bootstrapCommandsVersion(value: number) {
    this._bootstrapCommandsVersion = value;
  }
  public resetBootstrapCommandsVersion() {
    this._bootstrapCommandsVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bootstrapCommandsVersionInput() {
    return this._bootstrapCommandsVersion;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // created_by_email - computed: true, optional: false, required: false
  public get createdByEmail() {
    return this.getStringAttribute('created_by_email');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // last_modified_at - computed: true, optional: false, required: false
  public get lastModifiedAt() {
    return this.getStringAttribute('last_modified_at');
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

  // status - computed: true, optional: false, required: false
  private _status = new AccountsHybridCloudEnvironmentStatusList(this, "status", false);
  public get status() {
    return this._status;
  }

  // configuration - computed: false, optional: false, required: true
  private _configuration = new AccountsHybridCloudEnvironmentConfigurationOutputReference(this, "configuration");
  public get configuration() {
    return this._configuration;
  }
  public putConfiguration(value: AccountsHybridCloudEnvironmentConfiguration) {
    this._configuration.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get configurationInput() {
    return this._configuration.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      account_id: cdktf.stringToTerraform(this._accountId),
      bootstrap_commands_version: cdktf.numberToTerraform(this._bootstrapCommandsVersion),
      name: cdktf.stringToTerraform(this._name),
      configuration: accountsHybridCloudEnvironmentConfigurationToTerraform(this._configuration.internalValue),
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
      bootstrap_commands_version: {
        value: cdktf.numberToHclTerraform(this._bootstrapCommandsVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      configuration: {
        value: accountsHybridCloudEnvironmentConfigurationToHclTerraform(this._configuration.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AccountsHybridCloudEnvironmentConfigurationList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
