/**
 * A Docker Engine API stand-in for the backup agent's swarm jobs: an HTTP server implementing
 * exactly the endpoints the agent calls (runtime/backup-agent/swarm-job.ts), with the shapes of
 * the Engine API 1.44 specification (moby/moby docs/api/v1.44.yaml):
 *
 *   GET    /v1.44/secrets?filters={"name":[…]}       Secret[] (metadata only: ID, Version, CreatedAt, Spec.Name)
 *   POST   /v1.44/services/create                    201 ServiceCreateResponse {ID, Warnings}; 409 on a name in use
 *   GET    /v1.44/tasks?filters={"service":[id]}     Task[] with Status.State, Status.Err, Status.ContainerStatus.ExitCode
 *   GET    /v1.44/services/{id}/logs?stderr=1&…      application/vnd.docker.multiplexed-stream frames
 *   DELETE /v1.44/services/{id}                      200; 404 {message} for an unknown id (also on the other {id} routes)
 *
 * A created replicated job "runs" by executing its ContainerSpec.Command here with bash: the
 * environment is the spec's Env (plus this machine's PATH, as an image has its own), the secrets
 * the spec references by id are written to a per-service temp dir and every `/run/secrets/` in the
 * command and environment points there, and BACKUP_INTAKE_HOST (the agent's name on the overlay)
 * resolves to 127.0.0.1. So the agent's real wrapper script and the real dump tool run.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";

/** One call as the stand-in saw it; `route` is the documented path template. */
export interface DockerApiCall {
  readonly method: string;
  readonly path: string;
  readonly route: string;
  readonly query: Record<string, string>;
  readonly status: number;
}

interface TaskRecord {
  ID: string;
  Version: { Index: number };
  CreatedAt: string;
  UpdatedAt: string;
  ServiceID: string;
  Slot: number;
  NodeID: string;
  DesiredState: string;
  Status: { Timestamp: string; State: string; Message: string; Err?: string; ContainerStatus?: { ContainerID: string; PID: number; ExitCode?: number } };
}

export interface ServiceRecord {
  readonly ID: string;
  readonly spec: Record<string, any>;
  readonly task: TaskRecord;
  process?: ChildProcess;
  /** Lines the job wrote, with their stream (what json-file would hold). */
  readonly logs: { stream: "stdout" | "stderr"; line: string }[];
  deleted: boolean;
}

export interface DockerApiStandIn {
  /** Base URL (no version): what BACKUP_DOCKER_API_URL holds. */
  readonly url: string;
  readonly calls: DockerApiCall[];
  /** Every service ever created, by id, including deleted ones. */
  readonly services: Map<string, ServiceRecord>;
  /** The spec bodies of POST /services/create, in order. */
  readonly specs: Record<string, any>[];
  /** Registers a docker secret; returns its id. */
  /** `createdAt` orders rotated versions (ISO time; default now). */
  addSecret(name: string, value: string, createdAt?: string): string;
  /** The next created service's task is `rejected` with this Err (e.g. an image that cannot be pulled). */
  rejectNext(err: string): void;
  /** The next created service's task stays `pending` (no suitable node) and never runs. */
  stallNext(): void;
  /** Awaited after a service is created and before its job runs. */
  beforeRun: ((spec: Record<string, any>) => Promise<void>) | undefined;
  close(): Promise<void>;
}

const VERSION_PREFIX = /^\/v(\d+)\.(\d+)(\/.*)$/;

export async function startDockerApiStandIn(): Promise<DockerApiStandIn> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "docker-api-stand-in-"));
  const secrets = new Map<string, { ID: string; name: string; value: string; CreatedAt: string }>();
  const services = new Map<string, ServiceRecord>();
  const calls: DockerApiCall[] = [];
  const specs: Record<string, any>[] = [];
  let nextMode: { kind: "reject"; err: string } | { kind: "stall" } | undefined;
  let version = 10;
  const id = (length = 25) => randomBytes(32).toString("hex").replace(/[^a-z0-9]/g, "").slice(0, length);
  const now = () => new Date().toISOString();
  const findService = (key: string) => [...services.values()].find((service) => !service.deleted && (service.ID === key || service.spec.Name === key));

  const setState = (service: ServiceRecord, state: string, message: string, extra: Partial<TaskRecord["Status"]> = {}) => {
    service.task.Status = { ...service.task.Status, Timestamp: now(), State: state, Message: message, ...extra };
    service.task.UpdatedAt = now();
    service.task.Version.Index = ++version;
  };

  const run = async (service: ServiceRecord, standIn: DockerApiStandIn) => {
    const spec = service.spec;
    const container = spec.TaskTemplate.ContainerSpec;
    // The secrets, as swarm mounts them (File.Name under /run/secrets).
    const secretsDir = path.join(root, service.ID, "run-secrets");
    fs.mkdirSync(secretsDir, { recursive: true });
    for (const reference of container.Secrets ?? []) {
      const secret = [...secrets.values()].find((candidate) => candidate.ID === reference.SecretID);
      if (!secret) {
        setState(service, "rejected", "preparing", { Err: `secret ${reference.SecretID} not found` });
        return;
      }
      fs.writeFileSync(path.join(secretsDir, reference.File.Name), secret.value, { mode: reference.File.Mode ?? 0o444 });
    }
    const mapPaths = (value: string) => value.split("/run/secrets/").join(secretsDir + "/");
    const env: Record<string, string> = { PATH: process.env.PATH ?? "/usr/bin:/bin" };
    for (const entry of container.Env ?? []) {
      const at = entry.indexOf("=");
      env[entry.slice(0, at)] = mapPaths(entry.slice(at + 1));
    }
    if (env.BACKUP_INTAKE_HOST) env.BACKUP_INTAKE_HOST = "127.0.0.1";
    const [file, ...args] = (container.Command as string[]).map(mapPaths);
    await standIn.beforeRun?.(spec);
    if (service.deleted) return;
    setState(service, "starting", "starting");
    const child = spawn(file, args, { env, cwd: path.join(root, service.ID), stdio: ["ignore", "pipe", "pipe"] });
    service.process = child;
    for (const stream of ["stdout", "stderr"] as const) {
      let partial = "";
      child[stream]!.on("data", (chunk: Buffer) => {
        const lines = (partial + chunk.toString("utf8")).split("\n");
        partial = lines.pop() ?? "";
        for (const line of lines) service.logs.push({ stream, line: line + "\n" });
      });
      child[stream]!.on("end", () => partial && service.logs.push({ stream, line: partial }));
    }
    setState(service, "running", "started", { ContainerStatus: { ContainerID: id(64), PID: child.pid ?? 0 } });
    child.once("error", (error) => setState(service, "failed", "starting", { Err: `starting container failed: ${error.message}` }));
    child.once("close", (code, signal) => {
      const exitCode = code ?? 128 + (signal ? os.constants.signals[signal] : 0);
      const containerStatus = { ...service.task.Status.ContainerStatus!, ExitCode: exitCode };
      if (service.deleted) setState(service, "shutdown", "shutdown", { ContainerStatus: containerStatus });
      else if (exitCode === 0) setState(service, "complete", "finished", { ContainerStatus: containerStatus });
      else setState(service, "failed", "started", { Err: `task: non-zero exit (${exitCode})`, ContainerStatus: containerStatus });
    });
  };

  const answer = (res: ServerResponse, status: number, body?: unknown) => {
    if (body === undefined) return void res.writeHead(status).end();
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };
  const readJson = async (req: IncomingMessage): Promise<any> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  };
  const filtersOf = (query: Record<string, string>): Record<string, string[]> => (query.filters ? (JSON.parse(query.filters) as Record<string, string[]>) : {});

  const standIn: DockerApiStandIn = {
    url: "",
    calls,
    services,
    specs,
    beforeRun: undefined,
    addSecret: (name, value, createdAt) => {
      const secretId = id();
      secrets.set(name, { ID: secretId, name, value, CreatedAt: createdAt ?? now() });
      return secretId;
    },
    rejectNext: (err) => {
      nextMode = { kind: "reject", err };
    },
    stallNext: () => {
      nextMode = { kind: "stall" };
    },
    close: async () => {
      for (const service of services.values()) service.process?.kill("SIGKILL");
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(root, { recursive: true, force: true });
    },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, record: (route: string, status: number) => void) => {
    const url = new URL(req.url ?? "/", "http://docker");
    const query = Object.fromEntries(url.searchParams);
    const versioned = VERSION_PREFIX.exec(url.pathname);
    const route = (template: string, status: number) => record(template, status);
    if (!versioned) {
      route("?", 404);
      return answer(res, 404, { message: "page not found" });
    }
    const apiVersion = Number(versioned[1]) + Number(versioned[2]) / 100;
    const pathname = versioned[3];
    const method = req.method ?? "GET";

    if (method === "GET" && pathname === "/secrets") {
      // As moby's newListSecretsFilters: `names` matches exactly, `name` is a prefix.
      const { names, name: prefixes } = filtersOf(query);
      const list = [...secrets.values()].filter((secret) => (!names || names.includes(secret.name)) && (!prefixes || prefixes.some((prefix) => secret.name.startsWith(prefix))));
      route("/secrets", 200);
      return answer(
        res,
        200,
        list.map((secret) => ({ ID: secret.ID, Version: { Index: 11 }, CreatedAt: secret.CreatedAt, UpdatedAt: secret.CreatedAt, Spec: { Name: secret.name, Labels: {} } })),
      );
    }

    if (method === "POST" && pathname === "/services/create") {
      const spec = await readJson(req);
      specs.push(spec);
      if (!spec.Name || !spec.TaskTemplate?.ContainerSpec?.Image) {
        route("/services/create", 400);
        return answer(res, 400, { message: "rpc error: code = InvalidArgument desc = ContainerSpec: image reference must be provided" });
      }
      if ((spec.Mode?.ReplicatedJob || spec.Mode?.GlobalJob) && apiVersion < 1.41) {
        route("/services/create", 400);
        return answer(res, 400, { message: "service mode ReplicatedJob is not supported by API versions older than 1.41" });
      }
      if (findService(spec.Name)) {
        route("/services/create", 409);
        return answer(res, 409, { message: `rpc error: code = AlreadyExists desc = name conflicts with an existing object: service ${spec.Name} already exists` });
      }
      for (const reference of spec.TaskTemplate.ContainerSpec.Secrets ?? []) {
        if (![...secrets.values()].some((secret) => secret.ID === reference.SecretID)) {
          route("/services/create", 400);
          return answer(res, 400, { message: `rpc error: code = InvalidArgument desc = secret not found: ${reference.SecretID}` });
        }
      }
      const serviceId = id();
      const created = now();
      const task: TaskRecord = {
        ID: id(),
        Version: { Index: ++version },
        CreatedAt: created,
        UpdatedAt: created,
        ServiceID: serviceId,
        Slot: 1,
        NodeID: id(),
        DesiredState: "complete",
        Status: { Timestamp: created, State: "pending", Message: "pending task scheduling" },
      };
      const service: ServiceRecord = { ID: serviceId, spec, task, logs: [], deleted: false };
      services.set(serviceId, service);
      const mode = nextMode;
      nextMode = undefined;
      route("/services/create", 201);
      answer(res, 201, { ID: serviceId, Warnings: null });
      if (mode?.kind === "reject") setState(service, "rejected", "preparing", { Err: mode.err });
      else if (mode?.kind === "stall") setState(service, "pending", "pending task scheduling", { Err: "no suitable node (scheduling constraints not satisfied on 1 node)" });
      else void run(service, standIn);
      return;
    }

    if (method === "GET" && pathname === "/tasks") {
      const wanted = filtersOf(query).service ?? [];
      const matching: ServiceRecord[] = [];
      for (const key of wanted) {
        const service = findService(key);
        if (!service) {
          route("/tasks", 404);
          return answer(res, 404, { message: `service ${key} not found` });
        }
        matching.push(service);
      }
      route("/tasks", 200);
      return answer(
        res,
        200,
        (wanted.length > 0 ? matching : [...services.values()].filter((service) => !service.deleted)).map((service) => ({ ...service.task, Spec: service.spec.TaskTemplate })),
      );
    }

    const logs = /^\/services\/([^/]+)\/logs$/.exec(pathname);
    if (method === "GET" && logs) {
      const service = findService(decodeURIComponent(logs[1]));
      if (!service) {
        route("/services/{id}/logs", 404);
        return answer(res, 404, { message: `No such service: ${logs[1]}` });
      }
      const streams = new Set([...(query.stdout === "1" || query.stdout === "true" ? ["stdout"] : []), ...(query.stderr === "1" || query.stderr === "true" ? ["stderr"] : [])]);
      if (streams.size === 0) {
        route("/services/{id}/logs", 400);
        return answer(res, 400, { message: "must specify at least one of 'stdout' or 'stderr'" });
      }
      let lines = service.logs.filter((line) => streams.has(line.stream));
      if (query.tail && query.tail !== "all") lines = lines.slice(-Number(query.tail));
      const frames = lines.map(({ stream, line }) => {
        const payload = Buffer.from(line, "utf8");
        const header = Buffer.alloc(8);
        header[0] = stream === "stdout" ? 1 : 2;
        header.writeUInt32BE(payload.length, 4);
        return Buffer.concat([header, payload]);
      });
      route("/services/{id}/logs", 200);
      res.writeHead(200, { "content-type": "application/vnd.docker.multiplexed-stream" }).end(Buffer.concat(frames));
      return;
    }

    const one = /^\/services\/([^/]+)$/.exec(pathname);
    if (method === "DELETE" && one) {
      const service = findService(decodeURIComponent(one[1]));
      if (!service) {
        route("/services/{id}", 404);
        return answer(res, 404, { message: `service ${one[1]} not found` });
      }
      service.deleted = true;
      if (service.process && service.process.exitCode === null && service.process.signalCode === null) service.process.kill("SIGTERM");
      route("/services/{id}", 200);
      return answer(res, 200);
    }

    route("?", 404);
    return answer(res, 404, { message: "page not found" });
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://docker");
    const record = (route: string, status: number) => calls.push({ method: req.method ?? "GET", path: url.pathname, route, query: Object.fromEntries(url.searchParams), status });
    handle(req, res, record).catch((error: Error) => {
      record("?", 500);
      answer(res, 500, { message: error.message });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  (standIn as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return standIn;
}
