/**
 * Shell run by `local-exec` on the operator's machine, with the operator's ssh-agent. Host keys
 * are trusted on first use (`accept-new`) and pinned in the operator's known_hosts from then on;
 * the docker provider of the services stack reuses them.
 */
const PRELUDE = [
  "set -euo pipefail",
  // A dead connection is noticed within a minute instead of hanging the apply.
  "ssh_opts=(-o BatchMode=yes -o StrictHostKeyChecking=accept-new -o ConnectTimeout=10 -o ServerAliveInterval=15 -o ServerAliveCountMax=4)",
  // First boot runs a full apt upgrade and installs Docker: minutes, not a quarter of an hour.
  'cloud_init_timeout_sec="${CLOUD_INIT_TIMEOUT_SEC:-900}"',
  // A fresh server needs a moment before SSH answers.
  'wait_for_ssh() { for attempt in $(seq 1 60); do ssh "${ssh_opts[@]}" "root@$1" true 2>/dev/null && return 0; sleep 5; done; echo "no SSH on $1 after 60 attempts (about 5 to 15 minutes)" >&2; return 1; }',
  // `cloud-init status --wait` has no deadline of its own; coreutils `timeout` (exit 124) gives it one on the node.
  // cloud-init exits 2 when it finished with warnings (a deprecated key, say); only 1 is a failure.
  "wait_for_cloud_init() {",
  "  local rc=0",
  '  ssh "${ssh_opts[@]}" "root@$1" "timeout $cloud_init_timeout_sec cloud-init status --wait" >/dev/null || rc=$?',
  '  case "$rc" in',
  "    0 | 2) return 0 ;;",
  '    124) echo "cloud-init on $1 did not finish within $cloud_init_timeout_sec s (timeout $cloud_init_timeout_sec cloud-init status --wait); see /var/log/cloud-init-output.log on the node" >&2 ;;',
  '    *) echo "cloud-init on $1 failed (cloud-init status --wait exited $rc); see /var/log/cloud-init-output.log on the node" >&2 ;;',
  "  esac",
  "  return 1",
  "}",
];

/** `${` and `%{` start Terraform template sequences; `$${` and `%%{` are literal ones for the shell. */
function forTerraform(lines: readonly string[]): string {
  return lines.join("\n").replace(/([$%])\{/g, (_, sigil: string) => `${sigil}${sigil}{`);
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
