import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { TerraformStack, Testing } from "cdktf";
import { parse } from "yaml";
import { SwarmCluster } from "../../constructs/swarm-cluster";
import { nodeCloudConfig } from "../../constructs/swarm-cluster/cloud-init";
import { resourcesOf, synthJson, SynthesizedStack } from "../support/synth";

// Every wait of the bootstrap must end on its own: `terraform apply` runs the join steps and has
// no deadline of its own, and a first boot that never ends leaves cloud-init "running" forever.
// These tests run the rendered shell against stand-ins that never succeed, with tiny deadlines.

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "swarm-waits-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A folder of stand-in commands, put first on PATH. */
function fakeBin(commands: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(scratch, "bin-"));
  for (const [name, body] of Object.entries(commands)) fs.writeFileSync(path.join(dir, name), `#!/bin/bash\n${body}\n`, { mode: 0o755 });
  return dir;
}

/** `ssh [-o opt]... root@host command...` runs the command here, as the node would. */
const FAKE_SSH = `while [ $# -gt 0 ]; do case "$1" in -o) shift 2 ;; root@*) shift; break ;; *) shift ;; esac; done
exec bash -c "$*"`;

function run(interpreter: string, script: string, bin: string, env: Record<string, string> = {}) {
  const started = Date.now();
  const result = spawnSync(interpreter, ["-c", script], {
    encoding: "utf8",
    env: { PATH: `${bin}:${process.env.PATH}`, HOME: scratch, ...env },
    // The old, unbounded waits would run until this kills them.
    timeout: 8_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, seconds: (Date.now() - started) / 1000 };
}

/** Terraform's template escapes undone: the text local-exec hands to bash. */
function asBash(command: string): string {
  return command.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}

function cluster(): SynthesizedStack {
  const stack = new TerraformStack(Testing.app(), "test");
  new SwarmCluster(stack, "Swarm", {
    environment: "test",
    location: "fsn1",
    serverType: "cpx21",
    image: "debian-12",
    nodeCount: 3,
    managerCount: 3,
    networkCidr: "10.50.0.0/16",
    subnetCidr: "10.50.1.0/24",
    adminCidrs: ["203.0.113.10/32"],
    adminSshPublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTests admin@example.com",
  });
  return synthJson(stack);
}

type LocalExec = { command: string; environment: Record<string, string>; interpreter: string[] };
function localExec(stack: SynthesizedStack, prefix: string): LocalExec {
  const [, data] = resourcesOf(stack, "terraform_data").find(([id]) => id.startsWith(prefix))!;
  return (data.provisioner as Array<{ "local-exec": LocalExec }>)[0]["local-exec"];
}

function privateAddressWait(runcmd: ReadonlyArray<readonly string[] | string>): string {
  const line = runcmd.find((step) => (typeof step === "string" ? step : step.join(" ")).includes("until ip -4 -o addr show"));
  expect(typeof line).toBe("string");
  return line as string;
}

describe("first boot's wait for the private address", () => {
  const node = { role: "leader", nodeIndex: 1, privateIpv4: "10.0.1.11", dockerVersion: "28.5" } as const;

  it("fails first boot with a message naming the address when it never appears, instead of waiting forever", () => {
    const wait = privateAddressWait(nodeCloudConfig({ ...node, privateAddressTimeoutSec: 1 }).runcmd);
    const bin = fakeBin({ ip: 'echo "2: eth0    inet 203.0.113.20/32 scope global eth0"' });
    // cloud-init writes runcmd as one sh script: the wait's `exit` must keep `docker swarm init` from running.
    const result = run("sh", `${wait}\necho swarm-init-reached`, bin);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("private address 10.0.1.11 did not appear within 1 s");
    expect(result.stdout).not.toContain("swarm-init-reached");
  });

  it("goes on as soon as the address is up", () => {
    const wait = privateAddressWait(nodeCloudConfig(node).runcmd);
    const bin = fakeBin({ ip: 'echo "3: enp7s0    inet 10.0.1.11/32 brd 10.0.1.11 scope global dynamic enp7s0"' });
    const result = run("sh", `${wait}\necho swarm-init-reached`, bin);
    expect(result).toMatchObject({ status: 0, stdout: "swarm-init-reached\n" });
  });

  it("gives every synthesized node five minutes at most (150 polls two seconds apart)", () => {
    for (const [, server] of resourcesOf(cluster(), "hcloud_server")) {
      const config = parse(String(server.user_data).replace(/^#cloud-config\n/, "")) as { runcmd: Array<string[] | string> };
      const wait = privateAddressWait(config.runcmd);
      expect(wait).toMatch(/if \[ "\$attempt" -ge 150 \]; then echo "platform bootstrap: private address 10\.50\.1\.1\d did not appear within 300 s.*" >&2; exit 1; fi; sleep 2; done$/);
    }
  });
});

describe("the join step's waits on the operator's machine", () => {
  const stack = cluster();
  const neverFinishes = () => fakeBin({ ssh: FAKE_SSH, "cloud-init": "sleep 20" });

  it("bounds `cloud-init status --wait` with coreutils timeout, 900 s unless CLOUD_INIT_TIMEOUT_SEC says otherwise", () => {
    for (const prefix of ["Swarm_LeaderReady_", "Swarm_JoinNode2_", "Swarm_JoinNode3_"]) {
      const command = asBash(localExec(stack, prefix).command);
      expect(command).toContain('cloud_init_timeout_sec="${CLOUD_INIT_TIMEOUT_SEC:-900}"');
      expect(command).toContain('"timeout $cloud_init_timeout_sec cloud-init status --wait"');
      expect(command).not.toMatch(/"cloud-init status --wait"/);
    }
  });

  it("fails LeaderReady with a message naming the leader when its cloud-init never finishes", () => {
    const step = localExec(stack, "Swarm_LeaderReady_");
    expect(step.interpreter).toEqual(["/bin/bash", "-c"]);
    const result = run("bash", asBash(step.command), neverFinishes(), { LEADER_PUBLIC_IP: "192.0.2.10", CLOUD_INIT_TIMEOUT_SEC: "1" });
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    expect(result.stderr).toContain("cloud-init on 192.0.2.10 did not finish within 1 s");
    expect(result.seconds).toBeLessThan(6);
  });

  it("fails a join with a message naming the node when the node's cloud-init never finishes", () => {
    const step = localExec(stack, "Swarm_JoinNode2_");
    const env = { LEADER_PUBLIC_IP: "192.0.2.10", LEADER_PRIVATE_IP: "10.50.1.11", NODE_PUBLIC_IP: "192.0.2.20", NODE_PRIVATE_IP: "10.50.1.12", NODE_INDEX: "2", SWARM_ROLE: "manager" };
    const result = run("bash", asBash(step.command), neverFinishes(), { ...env, CLOUD_INIT_TIMEOUT_SEC: "1" });
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    expect(result.stderr).toContain("cloud-init on 192.0.2.20 did not finish within 1 s");
  });

  it("reports a failed first boot as a failure, not as a timeout", () => {
    const bin = fakeBin({ ssh: FAKE_SSH, "cloud-init": "exit 1" });
    const result = run("bash", asBash(localExec(stack, "Swarm_LeaderReady_").command), bin, { LEADER_PUBLIC_IP: "192.0.2.10" });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("cloud-init on 192.0.2.10 failed (cloud-init status --wait exited 1)");
  });
});
