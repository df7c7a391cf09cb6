import { R2Bucket } from "@cdktf/provider-cloudflare/lib/r2-bucket";
import { FirestoreDatabase } from "@cdktf/provider-google/lib/firestore-database";
import { ProjectService } from "@cdktf/provider-google/lib/project-service";
import { StorageBucket } from "@cdktf/provider-google/lib/storage-bucket";
import { Aspects, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { DependOnGoogleApis, GOOGLE_APIS, type GoogleApi } from "../lib/google-apis";
import { FIRESTORE_DEFAULT_DATABASE } from "../../runtime/lib/firestore-contract";
import { markOwner } from "../lib/ownership";
import { Problems, isNonEmptyString } from "../lib/validate";
import { connects, NODES } from "../lib/guardrails/connections";

export interface EnvironmentFoundationProps {
  /** `dev`, `staging` or `prod`: prefixes every name so environments can share accounts. */
  readonly environment: string;
  readonly cloudflareAccountId: string;
  readonly gcpProjectId: string;
  /** Region of the function-source bucket, e.g. `europe-west3`. */
  readonly gcpRegion: string;
  /** Firestore location: a region or a multi-region such as `eur3`. */
  readonly firestoreLocation: string;
  /**
   * Whether Terraform may delete the Firestore database and non-empty buckets.
   * @default false - the system of record survives a `terraform destroy`
   */
  readonly allowDestroyingData?: boolean;
}

/**
 * What every environment shares: the R2 bucket backups go to, the Firestore database (system of
 * record), the bucket GCP function sources are uploaded to, and the Google APIs. Worker secrets
 * are not here: each Worker construct owns its own KV namespace, so no Worker can read another's.
 */
/** The environment's R2 backup bucket's name (a literal: the swarm-services stack names it too). */
export function backupBucketNameFor(environment: string): string {
  return `${environment}-platform-backups`;
}

export class EnvironmentFoundation extends Construct {
  readonly backupBucketName: string;
  /** Firestore database id, `(default)`. */
  readonly firestoreDatabaseName: string;
  readonly functionSourceBucketName: string;
  /**
   * The enabled Google APIs by name. Every Google resource in this stack already depends on the
   * ones it needs (the `DependOnGoogleApis` aspect this construct adds); use the map for
   * resources the aspect does not know.
   */
  readonly enabledApis: ReadonlyMap<GoogleApi, ProjectService>;

  constructor(scope: Construct, id: string, props: EnvironmentFoundationProps) {
    super(scope, id);
    markOwner(this, "environment-foundation");
    const problems = new Problems(`environment-foundation "${this.node.path}"`);
    for (const key of ["environment", "cloudflareAccountId", "gcpProjectId", "gcpRegion", "firestoreLocation"] as const) {
      problems.check(isNonEmptyString(props[key]), key, props[key], "give a non-empty value");
    }
    problems.throwIfAny();
    const keepData = !props.allowDestroyingData;

    this.enabledApis = new Map(
      GOOGLE_APIS.map((service) => [service, new ProjectService(this, `Api-${service.split(".")[0]}`, { project: props.gcpProjectId, service, disableOnDestroy: false })]),
    );
    // Travels with the construct: whoever uses the foundation gets the ordering without asking.
    Aspects.of(TerraformStack.of(this)).add(new DependOnGoogleApis(this.enabledApis));


    const backups = new R2Bucket(this, "BackupBucket", {
      accountId: props.cloudflareAccountId,
      name: backupBucketNameFor(props.environment),
      location: "weur",
      storageClass: "Standard",
    });
    backups.addOverride("lifecycle.prevent_destroy", keepData);
    this.backupBucketName = backups.name;

    const firestore = new FirestoreDatabase(this, "Firestore", {
      project: props.gcpProjectId,
      name: FIRESTORE_DEFAULT_DATABASE,
      locationId: props.firestoreLocation,
      type: "FIRESTORE_NATIVE",
      concurrencyMode: "OPTIMISTIC",
      pointInTimeRecoveryEnablement: "POINT_IN_TIME_RECOVERY_ENABLED",
      deleteProtectionState: keepData ? "DELETE_PROTECTION_ENABLED" : "DELETE_PROTECTION_DISABLED",
      deletionPolicy: keepData ? "ABANDON" : "DELETE",
    });
    this.firestoreDatabaseName = firestore.name;

    const functionSources = new StorageBucket(this, "FunctionSourceBucket", {
      project: props.gcpProjectId,
      name: `${props.gcpProjectId}-${props.environment}-function-sources`,
      location: props.gcpRegion.toUpperCase(),
      uniformBucketLevelAccess: true,
      publicAccessPrevention: "enforced",
      forceDestroy: !keepData,
      // Sources are content-addressed objects; old ones only matter for a rollback window.
      lifecycleRule: [{ action: { type: "Delete" }, condition: { age: 90, withState: "ARCHIVED" } }],
      versioning: { enabled: true },
    });
    this.functionSourceBucketName = functionSources.name;
    connects(this, NODES.firestore, "system of record").connects(this, NODES.r2Backups, "backup bucket");
  }
}
