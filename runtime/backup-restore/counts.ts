// Restored counts against the counts recorded at backup time (the manifest's `counts`).

/**
 * Differences, one line each, naming the table / collection. Exact: every count must be equal.
 * `zeroIsAbsent` (MongoDB): a namespace with 0 documents may be missing on one side (mongorestore
 * reports views and empty collections that mongodump does not count).
 */
export function compareCounts(expected: Readonly<Record<string, number>>, actual: Readonly<Record<string, number>>, options: { zeroIsAbsent?: boolean } = {}): string[] {
  const differences: string[] = [];
  for (const name of [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort()) {
    const want = expected[name];
    const got = actual[name];
    if (want === got) continue;
    if (options.zeroIsAbsent && (want ?? 0) === (got ?? 0)) continue;
    if (got === undefined) differences.push(`${name}: ${want} in the backup, missing after the restore`);
    else if (want === undefined) differences.push(`${name}: ${got} restored, not in the backup's counts`);
    else differences.push(`${name}: ${want} in the backup, ${got} restored`);
  }
  return differences;
}

/** Total of a counts map (for progress lines). */
export function total(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
