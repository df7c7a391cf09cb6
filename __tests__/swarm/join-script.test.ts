import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { TerraformStack, Testing } from "cdktf";
import { SwarmCluster } from "../../constructs/swarm-cluster";
import { resourcesOf, synthJson } from "../support/synth";

const repoRoot = path.resolve(__dirname, "../..");
const SCRIPT = "constructs/swarm-cluster/scripts/join.sh";
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "swarm-join-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

type LocalExec = { command: string; environment: Record<string, string>; interpreter: string[] };

function joinSteps(): Array<[string, LocalExec]> {
  const stack = new TerraformStack(Testing.app(), "test");
  new SwarmCluster(stack, "Swarm", {
    environment: "test",
    location: "fsn1",
    serverType: "cpx21",
    image: "debian-12",
    nodeCount: 4,
    managerCount: 3,
    networkCidr: "10.50.0.0/16",
    subnetCidr: "10.50.1.0/24",
    adminCidrs: ["203.0.113.10/32"],
    adminSshPublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTests admin@example.com",
  });
  return resourcesOf(synthJson(stack), "terraform_data").map(([id, data]) => [id, (data.provisioner as Array<{ "local-exec": LocalExec }>)[0]["local-exec"]]);
}

/** Terraform's template escapes undone: the text local-exec hands to bash. */
const asBash = (command: string) => command.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");

describe("the swarm join script", () => {
  const steps = joinSteps();

  it("is scripts/join.sh as committed, for LeaderReady and every join (Terraform's escapes aside)", () => {
    const script = fs.readFileSync(path.join(repoRoot, SCRIPT), "utf8");
    expect(steps.map(([id]) => id.replace(/_[0-9A-F]{8}$/, "")).sort()).toEqual(["Swarm_JoinNode2", "Swarm_JoinNode3", "Swarm_JoinNode4", "Swarm_LeaderReady"]);
    for (const [, step] of steps) {
      expect(step.interpreter).toEqual(["/bin/bash", "-c"]);
      expect(asBash(step.command)).toBe(script);
      // Every `${` reaches bash as a literal: Terraform would otherwise read it as an expression.
      expect(step.command).not.toMatch(/(?<!\$)\$\{/);
    }
  });

  it("gets every value from the local-exec environment, none spliced into the script text", () => {
    const [, join4] = steps.find(([id]) => id.startsWith("Swarm_JoinNode4_"))!;
    expect(join4.environment).toEqual({
      LEADER_PUBLIC_IP: expect.stringMatching(/^\$\{hcloud_server\.Swarm_Node1_[0-9A-F]{8}\.ipv4_address\}$/),
      LEADER_PRIVATE_IP: "10.50.1.11",
      NODE_PUBLIC_IP: expect.stringMatching(/^\$\{hcloud_server\.Swarm_Node4_[0-9A-F]{8}\.ipv4_address\}$/),
      NODE_PRIVATE_IP: "10.50.1.14",
      NODE_INDEX: "4",
      SWARM_ROLE: "worker",
    });
    expect(join4.command).not.toMatch(/10\.50\.1\.|hcloud_server/);
  });

  it("ships in the npm package, so a consumer's synth can read it", () => {
    const [pack] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: repoRoot, encoding: "utf8" }));
    expect(pack.files.map((file: { path: string }) => file.path)).toContain(SCRIPT);
  });

  it("joins a node with the token piped from the leader, never on a command line here, then labels it", () => {
    const bin = fs.mkdtempSync(path.join(scratch, "bin-"));
    const log = path.join(scratch, "calls.log");
    const write = (name: string, body: string) => fs.writeFileSync(path.join(bin, name), `#!/bin/bash\n${body}\n`, { mode: 0o755 });
    // ssh runs the remote command here, as the node would, and logs its own argv.
    write("ssh", `echo "ssh $*" >> "${log}"\nwhile [ $# -gt 0 ]; do case "$1" in -o) shift 2 ;; root@*) host="$1"; shift; break ;; *) shift ;; esac; done\nexport FAKE_HOST="$host"\nexec bash -c "$*"`);
    write("cloud-init", "exit 0");
    write(
      "docker",
      `echo "docker@$FAKE_HOST $*" >> "${log}"
case "$*" in
  "swarm join-token -q manager") echo SWMTKN-1-fake-token ;;
  "info --format {{.Swarm.LocalNodeState}}") echo inactive ;;
  "info --format {{.Swarm.NodeID}}") echo node2id ;;
esac`,
    );
    const [, join2] = steps.find(([id]) => id.startsWith("Swarm_JoinNode2_"))!;
    const env = { LEADER_PUBLIC_IP: "192.0.2.10", LEADER_PRIVATE_IP: "10.50.1.11", NODE_PUBLIC_IP: "192.0.2.20", NODE_PRIVATE_IP: "10.50.1.12", NODE_INDEX: "2", SWARM_ROLE: "manager" };
    const result = spawnSync("bash", ["-c", asBash(join2.command)], { encoding: "utf8", env: { PATH: `${bin}:${process.env.PATH}`, HOME: scratch, ...env }, timeout: 10_000 });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
    const calls = fs.readFileSync(log, "utf8").trim().split("\n");
    expect(calls.filter((call) => call.startsWith("docker@"))).toEqual([
      "docker@root@192.0.2.10 swarm join-token -q manager",
      "docker@root@192.0.2.20 info --format {{.Swarm.LocalNodeState}}",
      "docker@root@192.0.2.20 swarm join --token SWMTKN-1-fake-token --advertise-addr 10.50.1.12 --listen-addr 10.50.1.12:2377 --data-path-addr 10.50.1.12 10.50.1.11:2377",
      "docker@root@192.0.2.20 info --format {{.Swarm.NodeID}}",
      "docker@root@192.0.2.10 node update --label-add platform.node-index=2 node2id",
    ]);
    expect(calls.filter((call) => call.startsWith("ssh ")).join("\n")).not.toContain("SWMTKN");
  });
});
