import { ProjectIamMember } from "@cdktf/provider-google/lib/project-iam-member";
import { ServiceAccount } from "@cdktf/provider-google/lib/service-account";
import { ServiceAccountKey } from "@cdktf/provider-google/lib/service-account-key";
import { Construct } from "constructs";
import { markOwner } from "../lib/ownership";
import { ServiceSecret } from "./secrets";

export interface FirestoreAppAccessProps {
  readonly environment: string;
  readonly gcpProjectId: string;
}

/** The only role the apps' account holds: read and write Firestore documents, nothing else. */
export const FIRESTORE_APP_ROLE = "roles/datastore.user";

/**
 * The service account the swarm's applications use for their own Firestore data, with only
 * `roles/datastore.user`. Its key is delivered as a docker secret (the key JSON, as Google
 * returns it) for services to mount at `/run/secrets/firestore-app-key.json` and point
 * `GOOGLE_APPLICATION_CREDENTIALS` at; the key itself exists in state only.
 *
 * Needs key creation allowed in the project. Google organisations created since 2024 enforce
 * the org policy constraint `iam.disableServiceAccountKeyCreation` (and, being migrated to it,
 * `iam.managed.disableServiceAccountKeyCreation`) by default. Then `google_service_account_key`
 * fails at apply with a FAILED_PRECONDITION error ("Key creation is not allowed on this service
 * account") naming the constraint, and the key's docker secret and everything after it are not
 * created. The exception to grant: an override of that constraint with enforcement off on this
 * environment's project only (not the organisation), set by someone with
 * `roles/orgpolicy.policyAdmin` on the organisation — see the README, "Before the first deploy".
 */
export class FirestoreAppAccess extends Construct {
  readonly serviceAccountEmail: string;
  /** Docker secret holding the key JSON. */
  readonly keySecret: ServiceSecret;

  constructor(scope: Construct, id: string, props: FirestoreAppAccessProps) {
    super(scope, id);
    markOwner(this, "firestore-app-access");
    const account = new ServiceAccount(this, "ServiceAccount", {
      project: props.gcpProjectId,
      accountId: `${props.environment}-swarm-apps`,
      displayName: `Swarm applications (${props.environment})`,
      description: "Firestore access for the applications running on the Hetzner swarm",
    });
    new ProjectIamMember(this, "DatastoreUser", {
      project: props.gcpProjectId,
      role: FIRESTORE_APP_ROLE,
      member: `serviceAccount:${account.email}`,
    });
    const key = new ServiceAccountKey(this, "Key", { serviceAccountId: account.name });
    // `private_key` is already the base64 of the key JSON: exactly what a docker secret's data is.
    this.keySecret = new ServiceSecret(this, "KeySecret", { name: `${props.environment}-firestore-app-key`, valueBase64: key.privateKey });
    this.serviceAccountEmail = account.email;
  }
}
