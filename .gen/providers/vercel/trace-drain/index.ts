// https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/trace_drain
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface TraceDrainConfig extends cdktf.TerraformMetaArguments {
  /**
  * The OTLP/HTTP format trace data should be delivered in. Can be `json` or `proto`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/trace_drain#delivery_format TraceDrain#delivery_format}
  */
  readonly deliveryFormat: string;
  /**
  * The OTLP/HTTP traces endpoint. This should be the full traces endpoint URL, commonly ending in `/v1/traces`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/trace_drain#endpoint TraceDrain#endpoint}
  */
  readonly endpoint: string;
  /**
  * Custom headers to include in requests to the trace drain endpoint.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/trace_drain#headers TraceDrain#headers}
  */
  readonly headers?: { [key: string]: string };
  /**
  * A human-readable name for the trace drain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/trace_drain#name TraceDrain#name}
  */
  readonly name: string;
  /**
  * A list of project IDs that the trace drain should be associated with. If omitted, traces will be sent for all projects.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/trace_drain#project_ids TraceDrain#project_ids}
  */
  readonly projectIds?: string[];
  /**
  * Ordered sampling rules for traces sent to this drain. If omitted, all traces are sent.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/trace_drain#sampling_rules TraceDrain#sampling_rules}
  */
  readonly samplingRules?: TraceDrainSamplingRules[] | cdktf.IResolvable;
  /**
  * A custom secret used to sign trace drain events. If omitted, Vercel generates one.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/trace_drain#secret TraceDrain#secret}
  */
  readonly secret?: string;
  /**
  * The ID of the team the Trace Drain should exist under. Required when configuring a team resource if a default team has not been set in the provider.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/trace_drain#team_id TraceDrain#team_id}
  */
  readonly teamId?: string;
}
export interface TraceDrainSamplingRules {
  /**
  * Environment to apply this sampling rule to. Can be `production` or `preview`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/trace_drain#environment TraceDrain#environment}
  */
  readonly environment?: string;
  /**
  * Sampling rate from 0 to 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/trace_drain#rate TraceDrain#rate}
  */
  readonly rate: number;
  /**
  * Request path prefix to apply this sampling rule to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/trace_drain#request_path TraceDrain#request_path}
  */
  readonly requestPath?: string;
}

export function traceDrainSamplingRulesToTerraform(struct?: TraceDrainSamplingRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    environment: cdktf.stringToTerraform(struct!.environment),
    rate: cdktf.numberToTerraform(struct!.rate),
    request_path: cdktf.stringToTerraform(struct!.requestPath),
  }
}


export function traceDrainSamplingRulesToHclTerraform(struct?: TraceDrainSamplingRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    environment: {
      value: cdktf.stringToHclTerraform(struct!.environment),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rate: {
      value: cdktf.numberToHclTerraform(struct!.rate),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    request_path: {
      value: cdktf.stringToHclTerraform(struct!.requestPath),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class TraceDrainSamplingRulesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): TraceDrainSamplingRules | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._environment !== undefined) {
      hasAnyValues = true;
      internalValueResult.environment = this._environment;
    }
    if (this._rate !== undefined) {
      hasAnyValues = true;
      internalValueResult.rate = this._rate;
    }
    if (this._requestPath !== undefined) {
      hasAnyValues = true;
      internalValueResult.requestPath = this._requestPath;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: TraceDrainSamplingRules | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._environment = undefined;
      this._rate = undefined;
      this._requestPath = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._environment = value.environment;
      this._rate = value.rate;
      this._requestPath = value.requestPath;
    }
  }

  // environment - computed: false, optional: true, required: false
  private _environment?: string; 
  public get environment() {
    return this.getStringAttribute('environment');
  }
  public set environment(value: string) {
    this._environment = value;
  }
  public resetEnvironment() {
    this._environment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get environmentInput() {
    return this._environment;
  }

  // rate - computed: false, optional: false, required: true
  private _rate?: number; 
  public get rate() {
    return this.getNumberAttribute('rate');
  }
  public set rate(value: number) {
    this._rate = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rateInput() {
    return this._rate;
  }

  // request_path - computed: false, optional: true, required: false
  private _requestPath?: string; 
  public get requestPath() {
    return this.getStringAttribute('request_path');
  }
  public set requestPath(value: string) {
    this._requestPath = value;
  }
  public resetRequestPath() {
    this._requestPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get requestPathInput() {
    return this._requestPath;
  }
}

export class TraceDrainSamplingRulesList extends cdktf.ComplexList {
  public internalValue? : TraceDrainSamplingRules[] | cdktf.IResolvable

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
  public get(index: number): TraceDrainSamplingRulesOutputReference {
    return new TraceDrainSamplingRulesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/trace_drain vercel_trace_drain}
*/
export class TraceDrain extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vercel_trace_drain";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a TraceDrain resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the TraceDrain to import
  * @param importFromId The id of the existing TraceDrain that should be imported. Refer to the {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/trace_drain#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the TraceDrain to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "vercel_trace_drain", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/trace_drain vercel_trace_drain} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options TraceDrainConfig
  */
  public constructor(scope: Construct, id: string, config: TraceDrainConfig) {
    super(scope, id, {
      terraformResourceType: 'vercel_trace_drain',
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
    this._deliveryFormat = config.deliveryFormat;
    this._endpoint = config.endpoint;
    this._headers = config.headers;
    this._name = config.name;
    this._projectIds = config.projectIds;
    this._samplingRules.internalValue = config.samplingRules;
    this._secret = config.secret;
    this._teamId = config.teamId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // delivery_format - computed: false, optional: false, required: true
  private _deliveryFormat?: string; 
  public get deliveryFormat() {
    return this.getStringAttribute('delivery_format');
  }
  public set deliveryFormat(value: string) {
    this._deliveryFormat = value;
  }
  // Temporarily expose input value. Use with caution.
  public get deliveryFormatInput() {
    return this._deliveryFormat;
  }

  // endpoint - computed: false, optional: false, required: true
  private _endpoint?: string; 
  public get endpoint() {
    return this.getStringAttribute('endpoint');
  }
  public set endpoint(value: string) {
    this._endpoint = value;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointInput() {
    return this._endpoint;
  }

  // headers - computed: false, optional: true, required: false
  private _headers?: { [key: string]: string }; 
  public get headers() {
    return this.getStringMapAttribute('headers');
  }
  public set headers(value: { [key: string]: string }) {
    this._headers = value;
  }
  public resetHeaders() {
    this._headers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get headersInput() {
    return this._headers;
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

  // project_ids - computed: false, optional: true, required: false
  private _projectIds?: string[]; 
  public get projectIds() {
    return cdktf.Fn.tolist(this.getListAttribute('project_ids'));
  }
  public set projectIds(value: string[]) {
    this._projectIds = value;
  }
  public resetProjectIds() {
    this._projectIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get projectIdsInput() {
    return this._projectIds;
  }

  // sampling_rules - computed: false, optional: true, required: false
  private _samplingRules = new TraceDrainSamplingRulesList(this, "sampling_rules", false);
  public get samplingRules() {
    return this._samplingRules;
  }
  public putSamplingRules(value: TraceDrainSamplingRules[] | cdktf.IResolvable) {
    this._samplingRules.internalValue = value;
  }
  public resetSamplingRules() {
    this._samplingRules.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get samplingRulesInput() {
    return this._samplingRules.internalValue;
  }

  // secret - computed: true, optional: true, required: false
  private _secret?: string; 
  public get secret() {
    return this.getStringAttribute('secret');
  }
  public set secret(value: string) {
    this._secret = value;
  }
  public resetSecret() {
    this._secret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretInput() {
    return this._secret;
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
      delivery_format: cdktf.stringToTerraform(this._deliveryFormat),
      endpoint: cdktf.stringToTerraform(this._endpoint),
      headers: cdktf.hashMapper(cdktf.stringToTerraform)(this._headers),
      name: cdktf.stringToTerraform(this._name),
      project_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._projectIds),
      sampling_rules: cdktf.listMapper(traceDrainSamplingRulesToTerraform, false)(this._samplingRules.internalValue),
      secret: cdktf.stringToTerraform(this._secret),
      team_id: cdktf.stringToTerraform(this._teamId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      delivery_format: {
        value: cdktf.stringToHclTerraform(this._deliveryFormat),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      endpoint: {
        value: cdktf.stringToHclTerraform(this._endpoint),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      headers: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._headers),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._projectIds),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      sampling_rules: {
        value: cdktf.listMapperHcl(traceDrainSamplingRulesToHclTerraform, false)(this._samplingRules.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "TraceDrainSamplingRulesList",
      },
      secret: {
        value: cdktf.stringToHclTerraform(this._secret),
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
