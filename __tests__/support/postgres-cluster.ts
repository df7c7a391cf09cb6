/**
 * A throwaway PostgreSQL cluster (Debian's server binaries) in a temp dir, listening only on a
 * unix socket in that dir. `initdb` refuses to run as root, so as root (CI) the cluster is owned
 * by and run as the `postgres` user the Debian package creates (`runuser`); otherwise as the
 * current user. Without the binaries: CI (`CI` set) fails loudly; elsewhere the caller skips with
 * the reason.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export interface PostgresCluster {
  /** Socket directory: pass as `host` to libpq tools. */
  readonly socketDir: string;
  readonly port: number;
  readonly user: string;
  /** Runs SQL through psql against `database`; returns stdout (unaligned, tuples only). */
  sql(database: string, statement: string): string;
  stop(): void;
}

/** `/usr/lib/postgresql/<major>/bin`, newest first; undefined when the server is not installed. */
export function postgresBinDir(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return undefined;
  for (const major of fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))) {
    const dir = path.join(root, major, "bin");
    if (fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl"))) return dir;
  }
  return undefined;
}

/** Why PostgreSQL tests cannot run here, or undefined when they can. Throws in CI. */
export function postgresUnavailable(): string | undefined {
  const missing = !postgresBinDir() ? "PostgreSQL server binaries (initdb, pg_ctl)" : spawnSync("pg_dump", ["--version"]).status !== 0 ? "pg_dump" : undefined;
  if (!missing) return undefined;
  const reason = `${missing} not installed (apt-get install -y postgresql; .ci/run installs it)`;
  if (process.env.CI) throw new Error(`CI must run the PostgreSQL tests: ${reason}`);
  return reason;
}

export function startPostgresCluster(): PostgresCluster {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql");
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? "postgres" : os.userInfo().username;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-pg-"));
  fs.chmodSync(dir, 0o755);
  const data = path.join(dir, "data");
  if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
  const run = (file: string, args: string[]) => (asRoot ? execFileSync("runuser", ["-u", "postgres", "--", file, ...args], { stdio: "pipe" }) : execFileSync(file, args, { stdio: "pipe" }));
  run(path.join(bin, "initdb"), ["-D", data, "-U", owner, "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const port = 20000 + Math.floor(Math.random() * 20000);
  // No TCP at all (listen_addresses ''): only the socket in our temp dir; fsync off for test speed.
  run(path.join(bin, "pg_ctl"), ["-D", data, "-w", "-l", path.join(dir, "log"), "-o", `-k ${dir} -p ${port} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off`, "start"]);
  return {
    socketDir: dir,
    port,
    user: owner,
    sql: (database, statement) => execFileSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-h", dir, "-p", String(port), "-U", owner, "-d", database, "-c", statement], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }),
    stop: () => {
      try {
        run(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
