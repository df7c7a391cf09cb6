import { Annotations, dependable, IAspect, TerraformResource, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";

/**
 * Which Google APIs a resource type needs before Terraform can create it. On a fresh project an
 * API that is not enabled answers SERVICE_DISABLED (403), so every resource must depend on the
 * `google_project_service` of each API it calls. Project IAM goes through Cloud Resource Manager
 * (`projects.setIamPolicy`); service accounts and their keys through IAM.
 *
 * A resource type missing here gets a synth warning (and fails this repo's tests): add it with
 * the APIs its provider calls (the provider's `resource_*.go` names the client it uses).
 */
export const GOOGLE_APIS_BY_RESOURCE_TYPE = {
  google_firestore_database: ["firestore.googleapis.com"],
  google_firestore_field: ["firestore.googleapis.com"],
  google_firestore_index: ["firestore.googleapis.com"],
  google_project_iam_member: ["cloudresourcemanager.googleapis.com"],
  google_service_account: ["iam.googleapis.com"],
  google_service_account_key: ["iam.googleapis.com"],
  google_service_account_iam_member: ["iam.googleapis.com"],
  google_iam_workload_identity_pool: ["iam.googleapis.com"],
  // Created through IAM; used through the Security Token Service (the token exchange) and IAM
  // Service Account Credentials (impersonating the service account): a provider nobody can use
  // is no provider, so an environment with one enables those too.
  google_iam_workload_identity_pool_provider: ["iam.googleapis.com", "sts.googleapis.com", "iamcredentials.googleapis.com"],
  google_storage_bucket: ["storage.googleapis.com"],
  google_storage_bucket_object: ["storage.googleapis.com"],
  google_storage_bucket_iam_member: ["storage.googleapis.com"],
  google_cloudfunctions2_function: ["cloudfunctions.googleapis.com", "run.googleapis.com", "cloudbuild.googleapis.com", "artifactregistry.googleapis.com"],
  google_cloud_run_v2_service_iam_member: ["run.googleapis.com"],
  google_eventarc_trigger: ["eventarc.googleapis.com"],
  google_pubsub_topic: ["pubsub.googleapis.com"],
  google_pubsub_subscription: ["pubsub.googleapis.com"],
  google_pubsub_topic_iam_member: ["pubsub.googleapis.com"],
  google_pubsub_subscription_iam_member: ["pubsub.googleapis.com"],
  google_cloud_scheduler_job: ["cloudscheduler.googleapis.com"],
  google_secret_manager_secret: ["secretmanager.googleapis.com"],
  google_secret_manager_secret_version: ["secretmanager.googleapis.com"],
  google_secret_manager_secret_iam_member: ["secretmanager.googleapis.com"],
} as const satisfies Record<string, readonly string[]>;

export type GoogleApi = (typeof GOOGLE_APIS_BY_RESOURCE_TYPE)[keyof typeof GOOGLE_APIS_BY_RESOURCE_TYPE][number];

/** Every API some resource type above needs: what an environment enables. */
export const GOOGLE_APIS: readonly GoogleApi[] = [...new Set(Object.values(GOOGLE_APIS_BY_RESOURCE_TYPE).flat())].sort();

/** The APIs a Terraform resource type needs, or undefined when the type is not known here. */
export function apisNeededBy(resourceType: string): readonly GoogleApi[] | undefined {
  return (GOOGLE_APIS_BY_RESOURCE_TYPE as Record<string, readonly GoogleApi[]>)[resourceType];
}

/**
 * Makes every Google resource in a stack depend on the `google_project_service` of each API it
 * needs. The enabling resources are passed by their literal API name: a `ProjectService.service`
 * read back at synth is a token, never equal to a string, so it cannot be matched on.
 * Resources in other stacks are left alone (Terraform cannot depend across states; order those
 * stacks with `addDependency` instead).
 */
export class DependOnGoogleApis implements IAspect {
  constructor(private readonly enabled: ReadonlyMap<GoogleApi, TerraformResource>) {}

  visit(node: IConstruct): void {
    if (!TerraformResource.isTerraformResource(node)) return;
    const type = node.terraformResourceType;
    if (!type.startsWith("google_") || type === "google_project_service") return;
    const needed = apisNeededBy(type);
    if (!needed) {
      Annotations.of(node).addWarning(`${type} is not in GOOGLE_APIS_BY_RESOURCE_TYPE (constructs/lib/google-apis.ts): it may be created before the API it calls is enabled; add its APIs there`);
      return;
    }
    const stack = TerraformStack.of(node);
    const current = new Set(node.dependsOn ?? []);
    for (const api of needed) {
      const service = this.enabled.get(api);
      if (!service) Annotations.of(node).addWarning(`${type} needs ${api}, which this stack's EnvironmentFoundation does not enable`);
      else if (TerraformStack.of(service) === stack) current.add(dependable(service));
    }
    node.dependsOn = [...current].sort();
  }
}
