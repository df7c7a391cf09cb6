/**
 * The restore command's pure parts: the tools' count lines (in the formats mongo-tools prints),
 * the count comparison, the options and the MongoDB renames.
 */
import { parseMongodumpCounts, parseMongorestoreCounts, parsePostgresCounts } from "../../runtime/backup-agent/jobs";
import { compareCounts } from "../../runtime/backup-restore/counts";
import { expectedAfterRenames, mongorestoreArgs, planRenames } from "../../runtime/backup-restore/mongodb";
import { parseRestoreOptions, scratchStamp } from "../../runtime/backup-restore/options";
import { scratchName } from "../../runtime/backup-restore/postgres";
import { drillIdFor } from "../../runtime/backup-restore/runs";

describe("restore: counts from the tools' output", () => {
  it("reads mongodump's `done dumping` lines: plain namespaces (≤ 100.15), Go-quoted ones (≥ 100.16), singular and plural", () => {
    const stderr = [
      "2026-12-01T02:00:01.101+0000\twriting `admin.system.version` to `archive on stdout`",
      "2026-12-01T02:00:01.105+0000\tdone dumping `admin.system.version` (1 document)",
      "2026-12-01T02:00:02.530+0000\tdone dumping rocketchat.rocketchat_message (48213 documents)",
      '2026-12-01T02:00:02.531+0000\tdone dumping "rocketchat.odd`name" (2 documents)',
      "2026-12-01T02:00:02.532+0000\tdone dumping `rocketchat.empty` (0 documents)",
      "2026-12-01T02:00:02.601+0000\twriting captured oplog to `archive on stdout`",
      "2026-12-01T02:00:02.602+0000\tdumped 3 oplog entries",
    ];
    expect(parseMongodumpCounts(stderr)).toEqual({ "admin.system.version": 1, "rocketchat.rocketchat_message": 48213, "rocketchat.odd`name": 2, "rocketchat.empty": 0 });
  });

  it("reads mongorestore's `finished restoring` lines into restored documents and failures per collection", () => {
    const stderr = [
      "2026-12-01T05:00:01.000+0000\tfinished restoring `scratch.users` (12 documents, 0 failures)",
      "2026-12-01T05:00:01.000+0000\tfinished restoring scratch.messages (1 document, 1 failure)",
      "2026-12-01T05:00:01.000+0000\t13 document(s) restored successfully. 1 document(s) failed to restore.",
    ];
    expect(parseMongorestoreCounts(stderr)).toEqual({ restored: { "scratch.users": 12, "scratch.messages": 1 }, failures: { "scratch.users": 0, "scratch.messages": 1 } });
  });

  it("rejects a BACKUP_COUNTS line that is not an object of row counts", () => {
    expect(parsePostgresCounts('BACKUP_COUNTS {"public.a": 3}')).toEqual({ "public.a": 3 });
    expect(() => parsePostgresCounts("BACKUP_COUNTS [1]")).toThrow(/not an object/);
    expect(() => parsePostgresCounts("BACKUP_COUNTS {oops")).toThrow(/not JSON/);
    expect(() => parsePostgresCounts('BACKUP_COUNTS {"public.a": 1.5}')).toThrow(/1\.5 rows for public\.a/);
  });

  it("compares counts exactly, naming each table that differs, is missing or is extra; MongoDB's zero-document namespaces may be absent on one side", () => {
    expect(compareCounts({ "public.a": 3, "public.b": 0 }, { "public.a": 3, "public.b": 0 })).toEqual([]);
    expect(compareCounts({ "public.a": 3, "public.b": 0, "public.c": 1 }, { "public.a": 2, "public.d": 0 })).toEqual([
      "public.a: 3 in the backup, 2 restored",
      "public.b: 0 in the backup, missing after the restore",
      "public.c: 1 in the backup, missing after the restore",
      "public.d: 0 restored, not in the backup's counts",
    ]);
    expect(compareCounts({ "s.users": 12, "s.empty": 0 }, { "s.users": 12, "s.view": 0 }, { zeroIsAbsent: true })).toEqual([]);
    expect(compareCounts({ "s.users": 12 }, { "s.users": 11 }, { zeroIsAbsent: true })).toEqual(["s.users: 12 in the backup, 11 restored"]);
  });
});

describe("restore: options", () => {
  const required = ["--bucket", "prod-backups", "--identity", "/keys/offline.txt"];

  it("needs a bucket and an identity; lists every problem with the usage", () => {
    expect(() => parseRestoreOptions([])).toThrow(/--bucket is required[\s\S]*--identity is required[\s\S]*npm run restore --/);
    expect(() => parseRestoreOptions([...required, "--target", "mysql://x", "--run", "../etc", "--tier", "hourly", "--nsFrom", "a.*"])).toThrow(
      /--run "\.\.\/etc" is not a run id[\s\S]*--tier "hourly"[\s\S]*postgres:\/\/… or mongodb:\/\/…[\s\S]*come in pairs/,
    );
  });

  it("sorts --target by kind, takes the GCP project from the environment, and keeps the defaults", () => {
    const options = parseRestoreOptions([...required, "--target", "postgres://restore@db.example.com:5432", "--target", "mongodb://a:27017,b:27017/?replicaSet=rs0"], { GOOGLE_CLOUD_PROJECT: "platform-prod" });
    expect(options).toMatchObject({ bucket: "prod-backups", identityFile: "/keys/offline.txt", postgresTarget: "postgres://restore@db.example.com:5432", mongoTarget: "mongodb://a:27017,b:27017/?replicaSet=rs0", gcpProject: "platform-prod", drill: false, force: false, decryptWith: "auto", jobs: [] });
    expect(options.tools).toEqual({ psql: "psql", pgRestore: "pg_restore", mongorestore: "mongorestore", age: "age" });
  });

  it("rejects drill options that would restore over something: a named database, --force, renames", () => {
    expect(() => parseRestoreOptions([...required, "--drill", "--target", "postgres://u@h:5432/keycloak", "--force", "--nsFrom", "a.*", "--nsTo", "a.*"])).toThrow(/--force is not for it[\s\S]*drop --nsFrom\/--nsTo[\s\S]*without a database/);
    expect(() => parseRestoreOptions([...required, "--keep"])).toThrow(/--keep is for --drill/);
  });
});

describe("restore: names and MongoDB renames", () => {
  const at = new Date("2026-12-07T06:31:12.345Z");

  it("names scratch databases <db>_restore_<yyyymmddhhmm> within PostgreSQL's 63 bytes, and drills like runs", () => {
    expect(scratchStamp(at)).toBe("202612070631");
    expect(scratchName("keycloak", "202612070631")).toBe("keycloak_restore_202612070631");
    expect(scratchName("A-Very-Long-Database-Name-".repeat(4), "202612070631").length).toBeLessThanOrEqual(61);
    expect(drillIdFor(at, "1a2b3c")).toBe("drill-20261207T063112Z-1a2b3c");
    expect(drillIdFor(at)).toMatch(/^drill-20261207T063112Z-[0-9a-f]{6}$/);
    expect(drillIdFor(at)).not.toBe(drillIdFor(at));
  });

  it("renames each dumped application database to a scratch one (not admin/config/local) and maps the expected counts", () => {
    const counts = { "admin.system.version": 1, "rocketchat.users": 12, "rocketchat.messages": 5, "local.oplog.rs": 3, "other.x": 0 };
    const renames = planRenames(counts, [], "202612070631", false);
    expect(renames).toEqual([
      { from: "other.*", to: "other_restore_202612070631.*" },
      { from: "rocketchat.*", to: "rocketchat_restore_202612070631.*" },
    ]);
    expect(expectedAfterRenames(counts, renames)).toEqual({ "other_restore_202612070631.x": 0, "rocketchat_restore_202612070631.users": 12, "rocketchat_restore_202612070631.messages": 5 });
    expect(mongorestoreArgs("/tmp/c.yaml", "/tmp/a.gz", renames.slice(1))).toEqual(["--config=/tmp/c.yaml", "--archive=/tmp/a.gz", "--gzip", "--drop", "--stopOnError", "--nsInclude=rocketchat.*", "--nsFrom=rocketchat.*", "--nsTo=rocketchat_restore_202612070631.*"]);
  });

  it("rejects a MongoDB restore it cannot name: no counts and no --nsFrom, or a database onto its own name without --force", () => {
    expect(() => planRenames(undefined, [], "202612070631", false)).toThrow(/name the databases with --nsFrom/);
    expect(() => planRenames({ "admin.system.version": 1 }, [], "202612070631", false)).toThrow(/no application database/);
    expect(() => planRenames({}, [{ from: "rocketchat.*", to: "rocketchat.*" }], "202612070631", false)).toThrow(/own name/);
    expect(planRenames({}, [{ from: "rocketchat.*", to: "rocketchat.*" }], "202612070631", true)).toEqual([{ from: "rocketchat.*", to: "rocketchat.*" }]);
  });
});
