// The full a daily differential is taken against: the newest weekly or monthly run of the job
// whose manifest exists (a manifest is written only after its archive's upload completed) and
// that outlives the differential. Found by listing the two tier prefixes (ListObjectsV2: the
// bucket-scoped "Item Write" token may list, contract backups-and-rocketchat-rest.md §1) and
// reading manifests newest first.
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from "@aws-sdk/client-s3";
import { type JobManifest, MANIFEST_SUFFIX } from "../contract";
import { baseOutlivesDifferential, type DifferentialBase, decodeFingerprints, type FullRunDetails, type TierRetentionDays } from "./plan";

export type BaseLookup = { readonly base: DifferentialBase } | { readonly base?: undefined; readonly reason: string };

const BASE_TIERS = ["weekly", "monthly"] as const;
/** Manifests read at most before giving up and taking a full (all newer ones were unusable). */
const MAX_CANDIDATES = 10;

export async function findDifferentialBase(client: S3Client, bucket: string, job: string, now: Date, retention: TierRetentionDays): Promise<BaseLookup> {
  const candidates: { key: string; tier: (typeof BASE_TIERS)[number]; lastModified: number }[] = [];
  for (const tier of BASE_TIERS) {
    let token: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `${tier}/${job}/`, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        if (object.Key?.endsWith(MANIFEST_SUFFIX)) candidates.push({ key: object.Key, tier, lastModified: object.LastModified?.getTime() ?? 0 });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
  if (candidates.length === 0) return { reason: `no weekly or monthly full of ${job} exists yet` };
  candidates.sort((a, b) => b.lastModified - a.lastModified || b.key.localeCompare(a.key));

  const skipped: string[] = [];
  for (const candidate of candidates.slice(0, MAX_CANDIDATES)) {
    const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: candidate.key }));
    const manifest = JSON.parse(await response.Body!.transformToString()) as JobManifest;
    const details = manifest.details as Partial<FullRunDetails> | undefined;
    const key = candidate.key.slice(0, -MANIFEST_SUFFIX.length);
    if (manifest.key !== key || manifest.kind !== "seaweedfs" || details?.mode !== "full" || typeof details.fingerprints !== "string" || typeof details.fingerprintSalt !== "string" || !details.snapshotTime) {
      skipped.push(`${key} is not a SeaweedFS full with fingerprints`);
      continue;
    }
    if (!baseOutlivesDifferential(candidate.tier, new Date(manifest.finishedAt), now, retention)) {
      skipped.push(`${key} (finished ${manifest.finishedAt}) expires before a differential written now`);
      continue;
    }
    return { base: { key, snapshotTime: details.snapshotTime, fingerprintSalt: details.fingerprintSalt, fingerprints: decodeFingerprints(details.fingerprints) } };
  }
  return { reason: `no usable weekly or monthly full of ${job}: ${skipped.join("; ")}` };
}
