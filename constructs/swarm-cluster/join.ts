/**
 * The shell run (by `local-exec`, on the operator's machine) to join one node to the swarm.
 *
 * The join token is read from the leader over SSH and piped into the new node over SSH: it is
 * never in Terraform state, in the synthesized JSON, in user data or on a command line of the
 * operator's machine. Idempotent: a node that is already in the swarm is only (re)labelled.
 */
export function joinNodeCommand(): string {
  return [
    "set -euo pipefail",
    "ssh_opts=(-o BatchMode=yes -o StrictHostKeyChecking=accept-new -o ConnectTimeout=10)",
    // A fresh server needs a moment before SSH answers, and cloud-init must have installed Docker.
    'for attempt in $(seq 1 60); do ssh "${ssh_opts[@]}" "root@$NODE_PUBLIC_IP" true && break; sleep 5; done',
    'ssh "${ssh_opts[@]}" "root@$NODE_PUBLIC_IP" cloud-init status --wait >/dev/null',
    'ssh "${ssh_opts[@]}" "root@$LEADER_PUBLIC_IP" "docker swarm join-token -q $SWARM_ROLE" \\',
    '  | ssh "${ssh_opts[@]}" "root@$NODE_PUBLIC_IP" "read -r token; docker info --format \'{{.Swarm.LocalNodeState}}\' | grep -qx active || docker swarm join --token \\"\\$token\\" --advertise-addr $NODE_PRIVATE_IP --listen-addr $NODE_PRIVATE_IP:2377 --data-path-addr $NODE_PRIVATE_IP $LEADER_PRIVATE_IP:2377"',
    'node_id=$(ssh "${ssh_opts[@]}" "root@$NODE_PUBLIC_IP" "docker info --format \'{{.Swarm.NodeID}}\'")',
    'ssh "${ssh_opts[@]}" "root@$LEADER_PUBLIC_IP" "docker node update --label-add platform.node-index=$NODE_INDEX $node_id"',
  ]
    .join("\n")
    // `${` starts a Terraform template expression; `$${` is a literal one for the shell.
    .replace(/\$\{/g, () => "$${");
}
