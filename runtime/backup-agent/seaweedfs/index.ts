// SeaweedFS files as backup archives: full on weekly and monthly runs, differential against the
// newest full on daily runs (source.ts), and the restore of a full plus a differential (restore.ts).
export { type SeaweedfsDumpOptions, type SeaweedfsJob, type SeaweedfsRunDetails, SEAWEEDFS_EXTENSION, seaweedfsDump } from "./source";
export { restoreSeaweedfs, type SeaweedfsRestoreOptions, type SeaweedfsRestoreReport, SeaweedfsRestoreError } from "./restore";
export { type BackupIndex, FILES_PREFIX, INDEX_NAME, type IndexEntry } from "./plan";
