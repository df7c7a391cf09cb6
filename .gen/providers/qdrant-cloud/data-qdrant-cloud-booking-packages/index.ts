// https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/booking_packages
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataQdrantCloudBookingPackagesConfig extends cdktf.TerraformMetaArguments {
  /**
  * Cluster Schema Cloud provider where the cluster resides field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/booking_packages#cloud_provider DataQdrantCloudBookingPackages#cloud_provider}
  */
  readonly cloudProvider: string;
  /**
  * Cluster Schema Cloud region where the cluster resides field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/booking_packages#cloud_region DataQdrantCloudBookingPackages#cloud_region}
  */
  readonly cloudRegion: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/booking_packages#id DataQdrantCloudBookingPackages#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}
export interface DataQdrantCloudBookingPackagesPackagesAvailableAdditionalResources {
}

export function dataQdrantCloudBookingPackagesPackagesAvailableAdditionalResourcesToTerraform(struct?: DataQdrantCloudBookingPackagesPackagesAvailableAdditionalResources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudBookingPackagesPackagesAvailableAdditionalResourcesToHclTerraform(struct?: DataQdrantCloudBookingPackagesPackagesAvailableAdditionalResources): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudBookingPackagesPackagesAvailableAdditionalResourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudBookingPackagesPackagesAvailableAdditionalResources | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudBookingPackagesPackagesAvailableAdditionalResources | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // disk_price_per_hour - computed: true, optional: false, required: false
  public get diskPricePerHour() {
    return this.getNumberAttribute('disk_price_per_hour');
  }
}

export class DataQdrantCloudBookingPackagesPackagesAvailableAdditionalResourcesList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudBookingPackagesPackagesAvailableAdditionalResourcesOutputReference {
    return new DataQdrantCloudBookingPackagesPackagesAvailableAdditionalResourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudBookingPackagesPackagesAvailableStorageTierConfigurations {
}

export function dataQdrantCloudBookingPackagesPackagesAvailableStorageTierConfigurationsToTerraform(struct?: DataQdrantCloudBookingPackagesPackagesAvailableStorageTierConfigurations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudBookingPackagesPackagesAvailableStorageTierConfigurationsToHclTerraform(struct?: DataQdrantCloudBookingPackagesPackagesAvailableStorageTierConfigurations): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudBookingPackagesPackagesAvailableStorageTierConfigurationsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudBookingPackagesPackagesAvailableStorageTierConfigurations | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudBookingPackagesPackagesAvailableStorageTierConfigurations | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // price_per_hour - computed: true, optional: false, required: false
  public get pricePerHour() {
    return this.getNumberAttribute('price_per_hour');
  }

  // storage_tier_type - computed: true, optional: false, required: false
  public get storageTierType() {
    return this.getStringAttribute('storage_tier_type');
  }
}

export class DataQdrantCloudBookingPackagesPackagesAvailableStorageTierConfigurationsList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudBookingPackagesPackagesAvailableStorageTierConfigurationsOutputReference {
    return new DataQdrantCloudBookingPackagesPackagesAvailableStorageTierConfigurationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudBookingPackagesPackagesResourceConfiguration {
}

export function dataQdrantCloudBookingPackagesPackagesResourceConfigurationToTerraform(struct?: DataQdrantCloudBookingPackagesPackagesResourceConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudBookingPackagesPackagesResourceConfigurationToHclTerraform(struct?: DataQdrantCloudBookingPackagesPackagesResourceConfiguration): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudBookingPackagesPackagesResourceConfigurationOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudBookingPackagesPackagesResourceConfiguration | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudBookingPackagesPackagesResourceConfiguration | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // cpu - computed: true, optional: false, required: false
  public get cpu() {
    return this.getStringAttribute('cpu');
  }

  // disk - computed: true, optional: false, required: false
  public get disk() {
    return this.getStringAttribute('disk');
  }

  // gpu - computed: true, optional: false, required: false
  public get gpu() {
    return this.getStringAttribute('gpu');
  }

  // ram - computed: true, optional: false, required: false
  public get ram() {
    return this.getStringAttribute('ram');
  }
}

export class DataQdrantCloudBookingPackagesPackagesResourceConfigurationList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudBookingPackagesPackagesResourceConfigurationOutputReference {
    return new DataQdrantCloudBookingPackagesPackagesResourceConfigurationOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataQdrantCloudBookingPackagesPackages {
}

export function dataQdrantCloudBookingPackagesPackagesToTerraform(struct?: DataQdrantCloudBookingPackagesPackages): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataQdrantCloudBookingPackagesPackagesToHclTerraform(struct?: DataQdrantCloudBookingPackagesPackages): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataQdrantCloudBookingPackagesPackagesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataQdrantCloudBookingPackagesPackages | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataQdrantCloudBookingPackagesPackages | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // available_additional_resources - computed: true, optional: false, required: false
  private _availableAdditionalResources = new DataQdrantCloudBookingPackagesPackagesAvailableAdditionalResourcesList(this, "available_additional_resources", false);
  public get availableAdditionalResources() {
    return this._availableAdditionalResources;
  }

  // available_storage_tier_configurations - computed: true, optional: false, required: false
  private _availableStorageTierConfigurations = new DataQdrantCloudBookingPackagesPackagesAvailableStorageTierConfigurationsList(this, "available_storage_tier_configurations", false);
  public get availableStorageTierConfigurations() {
    return this._availableStorageTierConfigurations;
  }

  // currency - computed: true, optional: false, required: false
  public get currency() {
    return this.getStringAttribute('currency');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // multi_az - computed: true, optional: false, required: false
  public get multiAz() {
    return this.getBooleanAttribute('multi_az');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // resource_configuration - computed: true, optional: false, required: false
  private _resourceConfiguration = new DataQdrantCloudBookingPackagesPackagesResourceConfigurationList(this, "resource_configuration", false);
  public get resourceConfiguration() {
    return this._resourceConfiguration;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // tier - computed: true, optional: false, required: false
  public get tier() {
    return this.getStringAttribute('tier');
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }

  // unit_int_price_per_hour - computed: true, optional: false, required: false
  public get unitIntPricePerHour() {
    return this.getNumberAttribute('unit_int_price_per_hour');
  }
}

export class DataQdrantCloudBookingPackagesPackagesList extends cdktf.ComplexList {

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
  public get(index: number): DataQdrantCloudBookingPackagesPackagesOutputReference {
    return new DataQdrantCloudBookingPackagesPackagesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/booking_packages qdrant-cloud_booking_packages}
*/
export class DataQdrantCloudBookingPackages extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "qdrant-cloud_booking_packages";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataQdrantCloudBookingPackages resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataQdrantCloudBookingPackages to import
  * @param importFromId The id of the existing DataQdrantCloudBookingPackages that should be imported. Refer to the {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/booking_packages#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataQdrantCloudBookingPackages to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "qdrant-cloud_booking_packages", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/data-sources/booking_packages qdrant-cloud_booking_packages} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataQdrantCloudBookingPackagesConfig
  */
  public constructor(scope: Construct, id: string, config: DataQdrantCloudBookingPackagesConfig) {
    super(scope, id, {
      terraformResourceType: 'qdrant-cloud_booking_packages',
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
    this._cloudProvider = config.cloudProvider;
    this._cloudRegion = config.cloudRegion;
    this._id = config.id;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // packages - computed: true, optional: false, required: false
  private _packages = new DataQdrantCloudBookingPackagesPackagesList(this, "packages", false);
  public get packages() {
    return this._packages;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cloud_provider: cdktf.stringToTerraform(this._cloudProvider),
      cloud_region: cdktf.stringToTerraform(this._cloudRegion),
      id: cdktf.stringToTerraform(this._id),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
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
