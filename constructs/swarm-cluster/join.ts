/**
 * Shell run by `local-exec` on the operator's machine, with the operator's ssh-agent. Host keys
 * are trusted on first use (`accept-new`) and pinned in the operator's known_hosts from then on;
 * the docker provider of the services stack reuses them.
 */
const PRELUDE = [
  "set -euo pipefail",
  "ssh_opts=(-o BatchMode=yes -o StrictHostKeyChecking=accept-new -o ConnectTimeout=10)",
  // A fresh server needs a moment before SSH answers.
  'wait_for_ssh() { for attempt in $(seq 1 60); do ssh "${ssh_opts[@]}" "root@$1" true 2>/dev/null && return 0; sleep 5; done; echo "no SSH on $1 after 5 minutes" >&2; return 1; }',
  // cloud-init exits 2 when it finished with warnings (a deprecated key, say); only 1 is a failure.
  'wait_for_cloud_init() { local rc=0; ssh "${ssh_opts[@]}" "root@$1" cloud-init status --wait >/dev/null || rc=$?; [ "$rc" -eq 0 ] || [ "$rc" -eq 2 ]; }',
];

/** `${` starts a Terraform template expression; `$${` is a literal one for the shell. */
function forTerraform(lines: readonly string[]): string {
  return lines.join("\n").replace(/\$\{/g, () => "$${");
}

/**
 * Waits until the leader has finished cloud-init and is an active swarm manager, so that joins
 * and the services stack never race the first boot. Needs `LEADER_PUBLIC_IP`.
 */
export function leaderReadyCommand(): string {
  return forTerraform([
    ...PRELUDE,
    'wait_for_ssh "$LEADER_PUBLIC_IP"',
    'wait_for_cloud_init "$LEADER_PUBLIC_IP"',
    'ssh "${ssh_opts[@]}" "root@$LEADER_PUBLIC_IP" "docker info --format \'{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}}\'" | grep -qx "active true"',
  ]);
}

/**
 * Joins one node to the swarm. The join token is read from the leader over SSH and piped into
 * the new node over SSH: it is never in Terraform state, in the synthesized JSON, in user data or
 * on a command line of the operator's machine. Idempotent: a node that is already in the swarm is
 * only (re)labelled. Needs `LEADER_PUBLIC_IP`, `LEADER_PRIVATE_IP`, `NODE_PUBLIC_IP`,
 * `NODE_PRIVATE_IP`, `NODE_INDEX` and `SWARM_ROLE` (`manager` or `worker`).
 */
export function joinNodeCommand(): string {
  return forTerraform([
    ...PRELUDE,
    'wait_for_ssh "$NODE_PUBLIC_IP"',
    'wait_for_cloud_init "$NODE_PUBLIC_IP"',
    'ssh "${ssh_opts[@]}" "root@$LEADER_PUBLIC_IP" "docker swarm join-token -q $SWARM_ROLE" \\',
    '  | ssh "${ssh_opts[@]}" "root@$NODE_PUBLIC_IP" "read -r token; docker info --format \'{{.Swarm.LocalNodeState}}\' | grep -qx active || docker swarm join --token \\"\\$token\\" --advertise-addr $NODE_PRIVATE_IP --listen-addr $NODE_PRIVATE_IP:2377 --data-path-addr $NODE_PRIVATE_IP $LEADER_PRIVATE_IP:2377"',
    'node_id=$(ssh "${ssh_opts[@]}" "root@$NODE_PUBLIC_IP" "docker info --format \'{{.Swarm.NodeID}}\'")',
    'ssh "${ssh_opts[@]}" "root@$LEADER_PUBLIC_IP" "docker node update --label-add platform.node-index=$NODE_INDEX $node_id"',
  ]);
}
