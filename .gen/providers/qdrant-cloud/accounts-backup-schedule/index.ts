// https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_backup_schedule
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AccountsBackupScheduleConfig extends cdktf.TerraformMetaArguments {
  /**
  * Backup Schedule Schema Account ID field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_backup_schedule#account_id AccountsBackupSchedule#account_id}
  */
  readonly accountId?: string;
  /**
  * Backup Schedule Schema Cluster ID field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_backup_schedule#cluster_id AccountsBackupSchedule#cluster_id}
  */
  readonly clusterId: string;
  /**
  * Backup Schedule Schema Cron expression for the schedule field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_backup_schedule#cron_expression AccountsBackupSchedule#cron_expression}
  */
  readonly cronExpression: string;
  /**
  * Whether to delete backups when the schedule is destroyed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_backup_schedule#delete_backups_on_destroy AccountsBackupSchedule#delete_backups_on_destroy}
  */
  readonly deleteBackupsOnDestroy?: boolean | cdktf.IResolvable;
  /**
  * Backup Schedule Schema Retention period as a Go duration string (e.g., "72h"). field
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_backup_schedule#retention_period AccountsBackupSchedule#retention_period}
  */
  readonly retentionPeriod?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_backup_schedule qdrant-cloud_accounts_backup_schedule}
*/
export class AccountsBackupSchedule extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "qdrant-cloud_accounts_backup_schedule";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AccountsBackupSchedule resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AccountsBackupSchedule to import
  * @param importFromId The id of the existing AccountsBackupSchedule that should be imported. Refer to the {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_backup_schedule#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AccountsBackupSchedule to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "qdrant-cloud_accounts_backup_schedule", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/qdrant/qdrant-cloud/1.25.0/docs/resources/accounts_backup_schedule qdrant-cloud_accounts_backup_schedule} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AccountsBackupScheduleConfig
  */
  public constructor(scope: Construct, id: string, config: AccountsBackupScheduleConfig) {
    super(scope, id, {
      terraformResourceType: 'qdrant-cloud_accounts_backup_schedule',
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
    this._cronExpression = config.cronExpression;
    this._deleteBackupsOnDestroy = config.deleteBackupsOnDestroy;
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

  // cron_expression - computed: false, optional: false, required: true
  private _cronExpression?: string; 
  public get cronExpression() {
    return this.getStringAttribute('cron_expression');
  }
  public set cronExpression(value: string) {
    this._cronExpression = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cronExpressionInput() {
    return this._cronExpression;
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

  // deleted_at - computed: true, optional: false, required: false
  public get deletedAt() {
    return this.getStringAttribute('deleted_at');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
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
      cron_expression: cdktf.stringToTerraform(this._cronExpression),
      delete_backups_on_destroy: cdktf.booleanToTerraform(this._deleteBackupsOnDestroy),
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
      cron_expression: {
        value: cdktf.stringToHclTerraform(this._cronExpression),
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
