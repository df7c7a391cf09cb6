import { EnvironmentInput } from "./environment";

/**
 * The embedded sample configuration: real-shaped, non-secret values, so `npm run synth` works
 * offline with no credentials. Ids here are documentation placeholders (example.com, TEST-NET
 * addresses); replace them with your own before a deploy. Secrets are never here: they are
 * sensitive Terraform variables (see README, "Deploying an environment").
 */
/**
 * A syntactically valid age public key made with `age-keygen` for this sample; its identity was
 * discarded, so nothing encrypted to it can be read. Put your own (`age-keygen -y offline-key.txt`).
 */
export const SAMPLE_AGE_RECIPIENT = "age17x4wfvwuffw0ql9qqu7luqdnz3fquxphqw6armu667jt494j75jqk56u0f";

export const SAMPLE_ENVIRONMENTS: readonly EnvironmentInput[] = [
  {
    name: "dev",
    backend: { type: "local" },
    domain: "dev.example.com",
    cloudflare: { accountId: "0123456789abcdef0123456789abcdef", zoneId: "00000000000000000000000000000d01" },
    gcp: { projectId: "platform-dev-000001", region: "europe-west3", firestoreLocation: "europe-west3" },
    swarm: {
      location: "fsn1",
      serverType: "cpx21",
      networkCidr: "10.10.0.0/16",
      subnetCidr: "10.10.1.0/24",
      adminCidrs: ["203.0.113.10/32"],
    },
    backups: { ageRecipients: [SAMPLE_AGE_RECIPIENT] },
    knowledge: { qdrant: { type: "existing", url: "https://dev-knowledge.eu-central-1-0.aws.cloud.qdrant.io:6333" } },
  },
  {
    name: "staging",
    backend: { type: "local" },
    domain: "staging.example.com",
    cloudflare: { accountId: "0123456789abcdef0123456789abcdef", zoneId: "00000000000000000000000000000512" },
    gcp: { projectId: "platform-staging-000001", region: "europe-west3", firestoreLocation: "europe-west3" },
    swarm: {
      location: "nbg1",
      serverType: "cpx31",
      networkCidr: "10.20.0.0/16",
      subnetCidr: "10.20.1.0/24",
      adminCidrs: ["203.0.113.10/32", "2001:db8::/48"],
    },
    backups: { ageRecipients: [SAMPLE_AGE_RECIPIENT], retentionDays: { daily: 7, weekly: 28, monthly: 180 } },
    knowledge: { qdrant: { type: "existing", url: "https://staging-knowledge.eu-central-1-0.aws.cloud.qdrant.io:6333" } },
  },
  {
    name: "prod",
    backend: { type: "local" },
    domain: "example.com",
    cloudflare: { accountId: "0123456789abcdef0123456789abcdef", zoneId: "00000000000000000000000000000f0d" },
    gcp: { projectId: "platform-prod-000001", region: "europe-west3", firestoreLocation: "eur3" },
    swarm: {
      location: "fsn1",
      serverType: "cpx41",
      networkCidr: "10.30.0.0/16",
      subnetCidr: "10.30.1.0/24",
      adminCidrs: ["203.0.113.10/32", "198.51.100.0/28"],
    },
    // The restore drill's GitHub identity and read-only R2 token are created here (placeholder repository).
    backups: { ageRecipients: [SAMPLE_AGE_RECIPIENT], restoreDrill: { githubRepository: "example-org/platform-infra" } },
    // Provisioned here: the cluster, its keys and their path into Secret Manager are all in the plan.
    knowledge: {
      qdrant: { type: "qdrant-cloud", accountId: "00000000-0000-4000-8000-000000000001", cloudProvider: "gcp", cloudRegion: "europe-west3", packageId: "00000000-0000-4000-8000-0000000000aa" },
    },
  },
];
