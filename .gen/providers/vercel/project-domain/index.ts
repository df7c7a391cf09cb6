// https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_domain
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ProjectDomainConfig extends cdktf.TerraformMetaArguments {
  /**
  * The name of the Custom Environment to link to the Project Domain. Deployments from this custom environment will be assigned the domain name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_domain#custom_environment_id ProjectDomain#custom_environment_id}
  */
  readonly customEnvironmentId?: string;
  /**
  * The domain name to associate with the project.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_domain#domain ProjectDomain#domain}
  */
  readonly domain: string;
  /**
  * Git branch to link to the project domain. Deployments from this git branch will be assigned the domain name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_domain#git_branch ProjectDomain#git_branch}
  */
  readonly gitBranch?: string;
  /**
  * The project ID to add the deployment to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_domain#project_id ProjectDomain#project_id}
  */
  readonly projectId: string;
  /**
  * The domain name that serves as a target destination for redirects.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_domain#redirect ProjectDomain#redirect}
  */
  readonly redirect?: string;
  /**
  * The HTTP status code to use when serving as a redirect.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_domain#redirect_status_code ProjectDomain#redirect_status_code}
  */
  readonly redirectStatusCode?: number;
  /**
  * The ID of the team the project exists under. Required when configuring a team resource if a default team has not been set in the provider.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_domain#team_id ProjectDomain#team_id}
  */
  readonly teamId?: string;
  /**
  * Wait until the project domain is verified and has a valid DNS configuration before considering it created. DNS records must be configured independently before enabling this option because dependent resources are not created until the wait completes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_domain#wait_for_ready ProjectDomain#wait_for_ready}
  */
  readonly waitForReady?: boolean | cdktf.IResolvable;
}
export interface ProjectDomainVerification {
}

export function projectDomainVerificationToTerraform(struct?: ProjectDomainVerification): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function projectDomainVerificationToHclTerraform(struct?: ProjectDomainVerification): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class ProjectDomainVerificationOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): ProjectDomainVerification | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ProjectDomainVerification | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // domain - computed: true, optional: false, required: false
  public get domain() {
    return this.getStringAttribute('domain');
  }

  // reason - computed: true, optional: false, required: false
  public get reason() {
    return this.getStringAttribute('reason');
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }

  // value - computed: true, optional: false, required: false
  public get value() {
    return this.getStringAttribute('value');
  }
}

export class ProjectDomainVerificationList extends cdktf.ComplexList {

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
  public get(index: number): ProjectDomainVerificationOutputReference {
    return new ProjectDomainVerificationOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_domain vercel_project_domain}
*/
export class ProjectDomain extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vercel_project_domain";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ProjectDomain resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ProjectDomain to import
  * @param importFromId The id of the existing ProjectDomain that should be imported. Refer to the {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_domain#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ProjectDomain to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "vercel_project_domain", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/project_domain vercel_project_domain} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ProjectDomainConfig
  */
  public constructor(scope: Construct, id: string, config: ProjectDomainConfig) {
    super(scope, id, {
      terraformResourceType: 'vercel_project_domain',
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
    this._customEnvironmentId = config.customEnvironmentId;
    this._domain = config.domain;
    this._gitBranch = config.gitBranch;
    this._projectId = config.projectId;
    this._redirect = config.redirect;
    this._redirectStatusCode = config.redirectStatusCode;
    this._teamId = config.teamId;
    this._waitForReady = config.waitForReady;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // custom_environment_id - computed: false, optional: true, required: false
  private _customEnvironmentId?: string; 
  public get customEnvironmentId() {
    return this.getStringAttribute('custom_environment_id');
  }
  public set customEnvironmentId(value: string) {
    this._customEnvironmentId = value;
  }
  public resetCustomEnvironmentId() {
    this._customEnvironmentId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customEnvironmentIdInput() {
    return this._customEnvironmentId;
  }

  // domain - computed: false, optional: false, required: true
  private _domain?: string; 
  public get domain() {
    return this.getStringAttribute('domain');
  }
  public set domain(value: string) {
    this._domain = value;
  }
  // Temporarily expose input value. Use with caution.
  public get domainInput() {
    return this._domain;
  }

  // git_branch - computed: false, optional: true, required: false
  private _gitBranch?: string; 
  public get gitBranch() {
    return this.getStringAttribute('git_branch');
  }
  public set gitBranch(value: string) {
    this._gitBranch = value;
  }
  public resetGitBranch() {
    this._gitBranch = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gitBranchInput() {
    return this._gitBranch;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // misconfigured - computed: true, optional: false, required: false
  public get misconfigured() {
    return this.getBooleanAttribute('misconfigured');
  }

  // project_id - computed: false, optional: false, required: true
  private _projectId?: string; 
  public get projectId() {
    return this.getStringAttribute('project_id');
  }
  public set projectId(value: string) {
    this._projectId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get projectIdInput() {
    return this._projectId;
  }

  // redirect - computed: false, optional: true, required: false
  private _redirect?: string; 
  public get redirect() {
    return this.getStringAttribute('redirect');
  }
  public set redirect(value: string) {
    this._redirect = value;
  }
  public resetRedirect() {
    this._redirect = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redirectInput() {
    return this._redirect;
  }

  // redirect_status_code - computed: false, optional: true, required: false
  private _redirectStatusCode?: number; 
  public get redirectStatusCode() {
    return this.getNumberAttribute('redirect_status_code');
  }
  public set redirectStatusCode(value: number) {
    this._redirectStatusCode = value;
  }
  public resetRedirectStatusCode() {
    this._redirectStatusCode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redirectStatusCodeInput() {
    return this._redirectStatusCode;
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

  // verification - computed: true, optional: false, required: false
  private _verification = new ProjectDomainVerificationList(this, "verification", false);
  public get verification() {
    return this._verification;
  }

  // verified - computed: true, optional: false, required: false
  public get verified() {
    return this.getBooleanAttribute('verified');
  }

  // wait_for_ready - computed: false, optional: true, required: false
  private _waitForReady?: boolean | cdktf.IResolvable; 
  public get waitForReady() {
    return this.getBooleanAttribute('wait_for_ready');
  }
  public set waitForReady(value: boolean | cdktf.IResolvable) {
    this._waitForReady = value;
  }
  public resetWaitForReady() {
    this._waitForReady = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get waitForReadyInput() {
    return this._waitForReady;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      custom_environment_id: cdktf.stringToTerraform(this._customEnvironmentId),
      domain: cdktf.stringToTerraform(this._domain),
      git_branch: cdktf.stringToTerraform(this._gitBranch),
      project_id: cdktf.stringToTerraform(this._projectId),
      redirect: cdktf.stringToTerraform(this._redirect),
      redirect_status_code: cdktf.numberToTerraform(this._redirectStatusCode),
      team_id: cdktf.stringToTerraform(this._teamId),
      wait_for_ready: cdktf.booleanToTerraform(this._waitForReady),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      custom_environment_id: {
        value: cdktf.stringToHclTerraform(this._customEnvironmentId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      domain: {
        value: cdktf.stringToHclTerraform(this._domain),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      git_branch: {
        value: cdktf.stringToHclTerraform(this._gitBranch),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project_id: {
        value: cdktf.stringToHclTerraform(this._projectId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      redirect: {
        value: cdktf.stringToHclTerraform(this._redirect),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      redirect_status_code: {
        value: cdktf.numberToHclTerraform(this._redirectStatusCode),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      team_id: {
        value: cdktf.stringToHclTerraform(this._teamId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      wait_for_ready: {
        value: cdktf.booleanToHclTerraform(this._waitForReady),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
