// A dump tool run as a Docker Swarm one-shot job (service mode `replicated-job`) in the database's
// own image, its stdout streamed to the agent over the overlay network. The agent runs on the
// official Node image, which has no dump tools; `postgres:16.10` (pg_dump 16) and `mongo:7.0.28`
// (mongodb-org-tools → mongodump) have them, and bash.
//
//   agent ── Docker Engine API (socket proxy) ──▶ service backup-<job>-<id>, 1 task, restart none
//     ▲                                              │ bash wrapper: secrets → env, connect,
//     └──────────── TCP intake (token line, then the tool's stdout) ◀─┘ token, exec tool >&socket
//
// Docker Engine API calls (API version 1.44: Engine ≥ 25.0; `ReplicatedJob` needs ≥ 1.41), the
// only ones the agent makes, and the Tecnativa docker-socket-proxy switches they need:
//
//   GET    /v1.44/secrets?filters={"name":[…]}         SECRETS=1  secret ids by name prefix (metadata; Docker never returns secret data)
//   POST   /v1.44/services/create                      SERVICES=1 POST=1
//   GET    /v1.44/tasks?filters={"service":[<id>]}     TASKS=1    state and exit code of the job's task
//   GET    /v1.44/services/<id>/logs?stderr=1&stdout=0&tail=all   SERVICES=1  the tool's stderr (json-file/local/journald log drivers only)
//   DELETE /v1.44/services/<id>                        SERVICES=1 POST=1 (the proxy lets every non-GET method through with POST=1)
//
// So the proxy runs with SERVICES=1 TASKS=1 SECRETS=1 POST=1 and nothing else. The proxy filters
// by path prefix, not by method: with POST=1 these switches also allow service updates and secret
// create/update/remove, and creating a service is root on any node (a bind mount of `/`). Whoever
// reaches the proxy holds the swarm: it belongs on a network only the agent is attached to.
//
// Hand-written `fetch` calls rather than dockerode: five JSON/HTTP calls do not justify
// docker-modem + ssh2 (and its optional native addon) in a bundle that must stay under 500 KB.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type Server, type Socket } from "node:net";
import { PassThrough } from "node:stream";
import type { BackupJobSpec, SwarmJobSettings } from "./contract";
import { BACKUP_AGENT_DEFAULTS } from "./contract";
import { type DumpExit, type DumpSource, STDERR_MARKERS, StderrCollector } from "./dump-source";
import type { DumpCommand } from "./jobs";

export const DOCKER_API_VERSION = "v1.44";

/** The endpoints above, for the construct (socket-proxy switches) and the tests. */
export const DOCKER_API_ENDPOINTS = [
  { method: "GET", path: "/secrets", proxySwitches: ["SECRETS"] },
  { method: "POST", path: "/services/create", proxySwitches: ["SERVICES", "POST"] },
  { method: "GET", path: "/tasks", proxySwitches: ["TASKS"] },
  { method: "GET", path: "/services/{id}/logs", proxySwitches: ["SERVICES"] },
  { method: "DELETE", path: "/services/{id}", proxySwitches: ["SERVICES", "POST"] },
] as const;

/** Environment of Tecnativa docker-socket-proxy that allows exactly what the agent calls. */
export const SOCKET_PROXY_ENV: Readonly<Record<string, string>> = { SERVICES: "1", TASKS: "1", SECRETS: "1", POST: "1" };

/** Where docker secrets appear inside a task's container. */
export const SWARM_SECRETS_DIR = "/run/secrets";

/**
 * The job container's command: `bash -c SWARM_JOB_WRAPPER backup-job <executable> <args…>`.
 * 1. Each `NAME=/run/secrets/file` line of BACKUP_SECRET_ENV_FILES becomes `NAME=<file content>`
 *    (trailing whitespace dropped) in the tool's environment: the secret is read inside the job,
 *    it is never in the service spec. A plain assignment first, so `set -e` sees a failing `cat`.
 * 2. Connects to the agent's intake (a few tries: overlay DNS can lag the task start), writes the
 *    one-time token and a newline.
 * 3. Replaces itself with the tool, stdout on the connection; stderr stays the task's log. The
 *    job's exit code is the tool's.
 */
export const SWARM_JOB_WRAPPER = `set -euo pipefail
while IFS= read -r pair; do
  [ -n "$pair" ] || continue
  value="$(cat -- "\${pair#*=}")"
  export "\${pair%%=*}=\${value%"\${value##*[![:space:]]}"}"
done <<<"\${BACKUP_SECRET_ENV_FILES:-}"
unset value BACKUP_SECRET_ENV_FILES
connected=0
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  if exec 3<>"/dev/tcp/\${BACKUP_INTAKE_HOST}/\${BACKUP_INTAKE_PORT}"; then connected=1; break; fi
  sleep 2
done
if [ "$connected" != 1 ]; then echo "backup-job: cannot connect to the agent at \${BACKUP_INTAKE_HOST}:\${BACKUP_INTAKE_PORT}" >&2; exit 70; fi
printf '%s\\n' "$BACKUP_INTAKE_TOKEN" >&3
unset BACKUP_INTAKE_TOKEN
exec "$@" >&3 3>&-
`;

// ------------------------------------------------------------------ Docker Engine API

export class DockerApiError extends Error {
  override readonly name = "DockerApiError";
  constructor(
    message: string,
    /** HTTP status, or 0 when there was no answer (timeout, connection refused). */
    readonly status: number,
    readonly endpoint: string,
  ) {
    super(message);
  }
}

/** The parts of a Task (Engine API `Task`) the agent reads. */
export interface SwarmTask {
  readonly ID: string;
  readonly CreatedAt?: string;
  readonly Status?: { readonly State?: string; readonly Message?: string; readonly Err?: string; readonly ContainerStatus?: { readonly ExitCode?: number } };
}

export interface DockerApi {
  /**
   * The current secret of each stable name (metadata only): the name itself, or the newest
   * `<name>-<rotation suffix>` (constructs/swarm-services/secrets.ts names each value
   * `<name>-<UTC timestamp>` and creates the new one before the old goes, so two may coexist).
   */
  listSecrets(names: readonly string[]): Promise<readonly CurrentSecret[]>;
  createService(spec: object): Promise<{ ID: string; Warnings?: readonly string[] | null }>;
  listTasks(serviceId: string): Promise<readonly SwarmTask[]>;
  /** The service's whole stderr (demultiplexed). */
  serviceStderr(serviceId: string): Promise<string>;
  /** Deletes the service; an already deleted one is fine. */
  deleteService(serviceId: string): Promise<void>;
}

/** `<stable name>-<UTC timestamp without colons>`, as ServiceSecret names a value (e.g. `prod-keycloak-db-password-2026-12-02T001408Z`). */
const ROTATION_SUFFIX = /^-\d{4}-\d{2}-\d{2}T\d{6}(\.\d+)?Z$/;

/** The secret a stable name stands for now. */
export interface CurrentSecret {
  readonly stableName: string;
  readonly id: string;
  /** Its real name, rotation suffix included (the SecretReference's SecretName). */
  readonly name: string;
}

/** Picks, per stable name, the secret named exactly so or the newest `<name>-<rotation suffix>`. */
export function currentSecrets(names: readonly string[], secrets: readonly { ID: string; CreatedAt?: string; Spec: { Name: string } }[]): CurrentSecret[] {
  const picked: CurrentSecret[] = [];
  for (const stable of new Set(names)) {
    const candidates = secrets
      .filter((secret) => secret.Spec?.Name === stable || (secret.Spec?.Name?.startsWith(stable) && ROTATION_SUFFIX.test(secret.Spec.Name.slice(stable.length))))
      .sort((a, b) => String(a.CreatedAt ?? "").localeCompare(String(b.CreatedAt ?? "")) || a.Spec.Name.localeCompare(b.Spec.Name));
    const newest = candidates.at(-1);
    if (newest) picked.push({ stableName: stable, id: newest.ID, name: newest.Spec.Name });
  }
  return picked;
}

/** A client for the five calls above, each with a deadline covering the answer's body too. */
export function dockerApi(baseUrl: string, timeoutMs = 15_000): DockerApi {
  const root = baseUrl.replace(/\/+$/, "") + "/" + DOCKER_API_VERSION;
  const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; bytes: Buffer; contentType: string }> => {
    const endpoint = `${method} ${path.split("?")[0]}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await fetch(root + path, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      if (response.status >= 400) {
        let message = bytes.toString("utf8").slice(0, 500);
        try {
          message = (JSON.parse(message) as { message?: string }).message ?? message;
        } catch {
          // not the documented ErrorResponse: keep the text
        }
        throw new DockerApiError(`Docker API ${endpoint} answered ${response.status}: ${message}`, response.status, endpoint);
      }
      return { status: response.status, bytes, contentType: response.headers.get("content-type") ?? "" };
    } catch (error) {
      if (error instanceof DockerApiError) throw error;
      const reason = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw new DockerApiError(`Docker API ${endpoint} failed: ${reason}`, 0, endpoint);
    } finally {
      clearTimeout(timer);
    }
  };
  const json = async <T>(method: string, path: string, body?: unknown): Promise<T> => JSON.parse((await call(method, path, body)).bytes.toString("utf8")) as T;
  const filters = (value: Record<string, string[]>) => encodeURIComponent(JSON.stringify(value));
  return {
    listSecrets: async (names) => {
      // `name` is a prefix filter for secrets (moby daemon/cluster/filters.go: NamePrefixes), `names` an exact one.
      const secrets = await json<{ ID: string; CreatedAt?: string; Spec: { Name: string } }[]>("GET", `/secrets?filters=${filters({ name: [...names] })}`);
      return currentSecrets(names, secrets);
    },
    createService: (spec) => json("POST", "/services/create", spec),
    listTasks: (serviceId) => json("GET", `/tasks?filters=${filters({ service: [serviceId] })}`),
    serviceStderr: async (serviceId) => {
      // All of it, not a tail: the facts a dump reports (BACKUP_COUNTS, mongodump's "done dumping"
      // per collection) can sit anywhere in it; the collector keeps only those lines and a tail.
      const answer = await call("GET", `/services/${encodeURIComponent(serviceId)}/logs?stderr=1&stdout=0&tail=all`);
      // API ≥ 1.42 says which; a TTY service would be raw (the job has none).
      return answer.contentType.includes("raw-stream") ? answer.bytes.toString("utf8") : demultiplex(answer.bytes, [2, 3]);
    },
    deleteService: async (serviceId) => {
      try {
        await call("DELETE", `/services/${encodeURIComponent(serviceId)}`);
      } catch (error) {
        if (!(error instanceof DockerApiError && error.status === 404)) throw error;
      }
    },
  };
}

/**
 * The payload of the frames of a multiplexed log stream whose stream type is in `streams`
 * (1 stdout, 2 stderr, 3 the daemon's own "Error grabbing logs"). Frame: 8-byte header
 * [type, 0, 0, 0, size as big-endian uint32], then `size` bytes.
 */
export function demultiplex(bytes: Buffer, streams: readonly number[]): string {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset + 8 <= bytes.length) {
    const type = bytes[offset];
    const size = bytes.readUInt32BE(offset + 4);
    const payload = bytes.subarray(offset + 8, offset + 8 + size);
    if (streams.includes(type)) parts.push(payload);
    offset += 8 + size;
  }
  return Buffer.concat(parts).toString("utf8");
}

// ------------------------------------------------------------------ intake

export interface DumpIntakeOptions {
  readonly port: number;
  /** @default every interface (the job networks are the agent's only ones besides Traefik's) */
  readonly host?: string;
  /** A connection that has not sent its token line within this time is closed. @default 10 s */
  readonly helloTimeoutMs?: number;
  /** Called for each refused connection (wrong token, no token line in time). */
  readonly onRefused?: (reason: string, remoteAddress: string | undefined) => void;
}

export interface IntakeExpectation {
  /** Resolves with the first connection that presents the token (the bytes after its line). */
  readonly connection: Promise<Socket>;
  /** Stops accepting the token (the job ended); a pending `connection` never resolves. */
  cancel(): void;
}

export interface DumpIntake {
  readonly server: Server;
  /** Resolves once listening; the port actually bound (for port 0 in tests). */
  readonly listening: Promise<number>;
  /** Accepts one connection presenting `token` (64 hex characters). */
  expect(token: string): IntakeExpectation;
  close(): Promise<void>;
}

const TOKEN_LINE = /^[0-9a-f]{64}$/;

/**
 * The TCP port swarm jobs stream to. Every job gets a random 32-byte token; the first connection
 * whose first line is that token becomes the job's stdout and the token is forgotten. Anything
 * else (wrong token, no newline within the hello timeout, more than a token line) is closed.
 * Tokens are compared with timingSafeEqual against every pending one, so the time does not tell
 * how much of a guess was right.
 */
export function createDumpIntake(options: DumpIntakeOptions): DumpIntake {
  const helloTimeoutMs = options.helloTimeoutMs ?? 10_000;
  const pending = new Map<string, { token: Buffer; accept: (socket: Socket) => void }>();
  const refuse = (socket: Socket, reason: string) => {
    options.onRefused?.(reason, socket.remoteAddress);
    socket.destroy();
  };
  const server = createServer((socket) => {
    let buffered = Buffer.alloc(0);
    const timer = setTimeout(() => refuse(socket, `no token line within ${helloTimeoutMs} ms`), helloTimeoutMs);
    socket.on("error", () => undefined); // a reset before or after the hello; the job's exit code tells
    socket.once("close", () => clearTimeout(timer));
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const newline = buffered.indexOf(0x0a);
      if (newline < 0) {
        if (buffered.length > 128) {
          clearTimeout(timer);
          socket.removeListener("data", onData);
          refuse(socket, "no token line");
        }
        return;
      }
      clearTimeout(timer);
      socket.removeListener("data", onData);
      socket.pause();
      const presented = buffered.subarray(0, newline).toString("latin1").trim();
      let matched: string | undefined;
      if (TOKEN_LINE.test(presented)) {
        const candidate = Buffer.from(presented, "latin1");
        for (const [key, entry] of pending) if (timingSafeEqual(candidate, entry.token) && matched === undefined) matched = key;
      }
      if (matched === undefined) return refuse(socket, "wrong token");
      const entry = pending.get(matched)!;
      pending.delete(matched);
      const rest = buffered.subarray(newline + 1);
      if (rest.length > 0) socket.unshift(rest);
      entry.accept(socket);
    };
    socket.on("data", onData);
  });
  const listening = new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.removeListener("error", reject);
      resolve((server.address() as { port: number }).port);
    });
  });
  listening.catch(() => undefined); // the caller observes it
  return {
    server,
    listening,
    expect: (token) => {
      if (!TOKEN_LINE.test(token)) throw new Error("intake token must be 64 hex characters");
      let accept!: (socket: Socket) => void;
      const connection = new Promise<Socket>((resolve) => (accept = resolve));
      pending.set(token, { token: Buffer.from(token, "latin1"), accept });
      return { connection, cancel: () => void pending.delete(token) };
    },
    close: () =>
      new Promise<void>((resolve) => {
        pending.clear();
        if (!server.listening) return resolve();
        server.close(() => resolve());
      }),
  };
}

// ------------------------------------------------------------------ the job

export interface SwarmJobOptions {
  readonly api: DockerApi;
  readonly intake: DumpIntake;
  /** The agent's DNS name on the job's networks and the intake port the job connects to. */
  readonly intakeHost: string;
  readonly intakePort: number;
  readonly runId: string;
  readonly job: BackupJobSpec;
  readonly swarm: SwarmJobSettings;
  readonly command: DumpCommand;
  /** No connection from the job within this time (scheduling, image pull) fails it. @default 300 s */
  readonly startTimeoutMs?: number;
  /** First interval of the task-state poll; it grows ×1.5 up to 5 s. @default 1000 */
  readonly pollIntervalMs?: number;
  /** The job's life (created, ended) and non-fatal trouble (Docker's warnings, a failed log fetch or delete) for the agent's log. */
  readonly onEvent?: (level: "info" | "warn", message: string, fields: Record<string, unknown>) => void;
}

const TERMINAL_STATES = new Set(["complete", "failed", "rejected", "shutdown", "orphaned", "remove"]);
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Service name: `backup-<job>-<8 hex>`, within Docker's 63 characters. */
export function swarmJobServiceName(jobName: string): string {
  return `backup-${jobName.slice(0, 47).replace(/-+$/, "")}-${randomBytes(4).toString("hex")}`;
}

/**
 * The service spec (Engine API `ServiceSpec`). Holds no secret value: secrets are references by
 * id, read inside the container. It does hold the intake token as an environment variable, and
 * the spec is readable by anyone with access to the Docker API; the token only lets one
 * connection deliver bytes to this job's upload, and is worthless once the job has connected or
 * ended (the agent forgets it).
 */
export function swarmJobServiceSpec(input: {
  readonly name: string;
  readonly runId: string;
  readonly job: BackupJobSpec;
  readonly swarm: SwarmJobSettings;
  readonly command: DumpCommand;
  /** By stable name (`swarm.secrets[].name`). */
  readonly secrets: ReadonlyMap<string, CurrentSecret>;
  readonly intakeHost: string;
  readonly intakePort: number;
  readonly token: string;
}): object {
  const { swarm, command } = input;
  for (const name of [...Object.keys(command.env), ...Object.keys(command.secretEnvFiles)]) {
    if (!ENV_NAME.test(name)) throw new Error(`environment variable name ${JSON.stringify(name)} is not valid`);
  }
  const secretEnvFiles = Object.entries(command.secretEnvFiles).map(([name, file]) => `${name}=${file}`);
  if (secretEnvFiles.some((line) => line.includes("\n"))) throw new Error("a secret file path contains a newline");
  return {
    Name: input.name,
    Labels: { "backup.run": input.runId, "backup.job": input.job.name },
    TaskTemplate: {
      ContainerSpec: {
        Image: swarm.image,
        // Command replaces the image's entrypoint (the database's own start script).
        Command: ["bash", "-c", SWARM_JOB_WRAPPER, "backup-job", command.executable, ...command.args],
        Env: [
          ...Object.entries(command.env).map(([name, value]) => `${name}=${value}`),
          `BACKUP_SECRET_ENV_FILES=${secretEnvFiles.join("\n")}`,
          `BACKUP_INTAKE_HOST=${input.intakeHost}`,
          `BACKUP_INTAKE_PORT=${input.intakePort}`,
          `BACKUP_INTAKE_TOKEN=${input.token}`,
        ],
        // tini as PID 1: the tool gets the SIGTERM of a service removal.
        Init: true,
        Secrets: swarm.secrets.map((secret) => ({
          File: { Name: secret.target, UID: "0", GID: "0", Mode: 0o400 },
          SecretID: input.secrets.get(secret.name)?.id,
          SecretName: input.secrets.get(secret.name)?.name ?? secret.name,
        })),
      },
      Resources: {
        Limits: {
          MemoryBytes: (swarm.memoryMiB ?? BACKUP_AGENT_DEFAULTS.swarmJobMemoryMiB) * 1024 * 1024,
          NanoCPUs: Math.round((swarm.cpus ?? BACKUP_AGENT_DEFAULTS.swarmJobCpus) * 1e9),
        },
      },
      RestartPolicy: { Condition: "none", MaxAttempts: 0 },
      Placement: { Constraints: [...(swarm.constraints ?? [])] },
      Networks: swarm.networks.map((network) => ({ Target: network })),
    },
    Mode: { ReplicatedJob: { MaxConcurrent: 1, TotalCompletions: 1 } },
  };
}

/**
 * Runs `command` as a swarm job and returns it as a dump source: `stdout` is the job's
 * connection, `exited` settles when its task reached a terminal state (and after its stderr was
 * fetched and the service deleted, whatever happened).
 */
export function swarmJobDump(options: SwarmJobOptions): DumpSource {
  const { api, intake, swarm, command } = options;
  const startTimeoutMs = options.startTimeoutMs ?? BACKUP_AGENT_DEFAULTS.jobStartTimeoutSec * 1000;
  const name = swarmJobServiceName(options.job.name);
  const token = randomBytes(32).toString("hex");
  const stdout = new PassThrough();
  const stderr = new StderrCollector(STDERR_MARKERS);
  const endStdout = () => {
    if (!stdout.writableEnded) stdout.end();
  };
  const expectation = intake.expect(token);
  let socket: Socket | undefined;
  let streamError: Error | undefined;
  let stopped = false;
  let wake: (() => void) | undefined;
  void expectation.connection.then((connection) => {
    socket = connection;
    if (stopped) {
      connection.destroy();
      return;
    }
    connection.on("error", (error) => (streamError = error));
    connection.once("close", endStdout);
    connection.pipe(stdout);
  });
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const run = async (): Promise<DumpExit> => {
    let serviceId: string | undefined;
    try {
      const secrets = new Map<string, CurrentSecret>();
      if (swarm.secrets.length > 0) {
        const names = [...new Set(swarm.secrets.map((secret) => secret.name))];
        for (const secret of await api.listSecrets(names)) secrets.set(secret.stableName, secret);
        const missing = names.filter((secretName) => !secrets.has(secretName));
        if (missing.length > 0) throw new Error(`docker secret ${missing.map((m) => `"${m}"`).join(", ")} not found (docker secret ls)`);
      }
      if (stopped) throw new Error("stopped before the job was created");
      const spec = swarmJobServiceSpec({ name, runId: options.runId, job: options.job, swarm, command, secrets, intakeHost: options.intakeHost, intakePort: options.intakePort, token });
      const created = await api.createService(spec);
      serviceId = created.ID;
      options.onEvent?.(created.Warnings?.length ? "warn" : "info", "swarm job created", { service: name, serviceId, image: swarm.image, warnings: created.Warnings ?? undefined });
      const startDeadline = Date.now() + startTimeoutMs;
      let interval = options.pollIntervalMs ?? 1000;
      let lastTask: SwarmTask | undefined;
      let failures = 0;
      for (;;) {
        if (stopped) throw new Error(`swarm job ${name} was stopped`);
        let tasks: readonly SwarmTask[] | undefined;
        try {
          tasks = await api.listTasks(serviceId);
          failures = 0;
        } catch (error) {
          // A proxy or manager hiccup is retried; a deleted service is not.
          if ((error instanceof DockerApiError && error.status === 404) || ++failures >= 5) throw error;
        }
        if (tasks && tasks.length > 0) {
          lastTask = [...tasks].sort((a, b) => String(a.CreatedAt ?? "").localeCompare(String(b.CreatedAt ?? ""))).at(-1)!;
          const state = lastTask.Status?.State ?? "";
          if (TERMINAL_STATES.has(state)) {
            options.onEvent?.("info", "swarm job ended", { service: name, state, exitCode: lastTask.Status?.ContainerStatus?.ExitCode, err: lastTask.Status?.Err });
            return await exitOf(lastTask);
          }
        }
        if (!socket && Date.now() > startDeadline) {
          const status = lastTask?.Status;
          throw new Error(`swarm job ${name} did not connect within ${Math.round(startTimeoutMs / 1000)} s (task ${status?.State ?? "not created"}${status?.Err || status?.Message ? `: ${status.Err || status.Message}` : ""})`);
        }
        await sleep(interval);
        interval = Math.min(interval * 1.5, 5000);
      }
    } finally {
      expectation.cancel();
      if (!socket) endStdout();
      if (serviceId) {
        try {
          stderr.push(await api.serviceStderr(serviceId));
        } catch (error) {
          options.onEvent?.("warn", "swarm job stderr not available", { service: name, reason: error instanceof Error ? error.message : String(error) });
        }
        stderr.end();
        try {
          await api.deleteService(serviceId);
        } catch (error) {
          options.onEvent?.("warn", "swarm job service not deleted", { service: name, reason: error instanceof Error ? error.message : String(error) });
        }
      }
    }
  };

  const exitOf = async (task: SwarmTask): Promise<DumpExit> => {
    const status = task.Status ?? {};
    const exitCode = status.ContainerStatus?.ExitCode;
    const reason = status.Err || status.Message || "no reason given";
    if (status.State === "complete") {
      // The connection is made before the tool starts, but the task state can be seen before
      // its token line was read: give a just-finished job a moment.
      if (!socket) await Promise.race([expectation.connection, sleep(5_000)]);
      if (streamError) throw new Error(`the dump stream from swarm job ${name} broke: ${streamError.message}`);
      return { code: exitCode ?? 0, signal: null };
    }
    if (status.State === "failed" && typeof exitCode === "number" && exitCode !== 0) return { code: exitCode, signal: null };
    throw new Error(`swarm job ${name} task ${status.State}: ${reason}`);
  };

  const exited = run();
  exited.catch(() => undefined); // observed by the archive pipeline
  return {
    stdout,
    exited,
    stderrTail: () => stderr.tailText(),
    stderrLines: (marker) => stderr.lines(marker),
    // Removing the service stops its task (SIGTERM, then SIGKILL after the grace period).
    kill: () => {
      stopped = true;
      socket?.destroy();
      endStdout();
      wake?.();
    },
    label: `${command.executable} (swarm job ${name})`,
  };
}

// ------------------------------------------------------------------ validation

/**
 * Problems with one job's `swarm` settings, each naming the field (BACKUP_JOBS is checked as a
 * whole by the settings). `commandFiles` are the files the dump reads (secret env files, the
 * mongodump config): inside a job they must be one of its secrets.
 */
export function swarmSettingsProblems(swarm: unknown, at: string, commandFiles: readonly { field: string; path: string }[]): string[] {
  const problems: string[] = [];
  if (typeof swarm !== "object" || swarm === null || Array.isArray(swarm)) return [`${at} must be an object {image, networks, secrets}`];
  const s = swarm as Record<string, unknown>;
  const strings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === "string" && item.trim() !== "");
  if (typeof s.image !== "string" || !/^[^\s]+$/.test(s.image)) problems.push(`${at}.image is ${JSON.stringify(s.image)}; give an image with the dump tool and bash, e.g. "postgres:16.10"`);
  if (!strings(s.networks) || (s.networks as unknown[]).length === 0) problems.push(`${at}.networks must be a non-empty array of network names (one reaching the database, one reaching the agent)`);
  const targets = new Set<string>();
  if (!Array.isArray(s.secrets)) problems.push(`${at}.secrets must be an array of {name, target} (may be empty)`);
  else
    s.secrets.forEach((secret: Record<string, unknown>, i) => {
      if (typeof secret?.name !== "string" || !secret.name) problems.push(`${at}.secrets[${i}].name is missing`);
      if (typeof secret?.target !== "string" || !/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(secret.target)) problems.push(`${at}.secrets[${i}].target is ${JSON.stringify(secret?.target)}; give a file name (mounted at ${SWARM_SECRETS_DIR}/<target>)`);
      else if (targets.has(secret.target)) problems.push(`${at}.secrets[${i}].target "${secret.target}" is used twice`);
      else targets.add(secret.target);
    });
  if (s.constraints !== undefined && !strings(s.constraints)) problems.push(`${at}.constraints must be an array of placement constraints, e.g. ["node.role == manager"]`);
  if (s.intakeHost !== undefined && (typeof s.intakeHost !== "string" || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(s.intakeHost))) problems.push(`${at}.intakeHost is ${JSON.stringify(s.intakeHost)}; give the agent's DNS name on the job networks`);
  for (const field of ["memoryMiB", "cpus"] as const) {
    if (s[field] !== undefined && (typeof s[field] !== "number" || !((s[field] as number) > 0))) problems.push(`${at}.${field} is ${JSON.stringify(s[field])}; give a positive number`);
  }
  for (const file of commandFiles) {
    const inside = file.path.startsWith(`${SWARM_SECRETS_DIR}/`) ? file.path.slice(SWARM_SECRETS_DIR.length + 1) : undefined;
    if (inside === undefined || !targets.has(inside)) problems.push(`${file.field} is "${file.path}", which a swarm job cannot read; use ${SWARM_SECRETS_DIR}/<target> of one of ${at}.secrets`);
  }
  return problems;
}
