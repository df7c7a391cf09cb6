#!/usr/bin/env bash
# The swarm's bootstrap steps, run by Terraform (`terraform_data` + `local-exec`) on the machine
# that deploys, with the operator's ssh-agent. SwarmCluster reads this file at synth and passes
# every value as an environment variable of the local-exec; nothing is interpolated into it.
#
# Without NODE_PUBLIC_IP (LeaderReady): waits until node 1 answers SSH, finished cloud-init and is
# an active swarm manager, so that joins and the services stack never race its first boot.
# With NODE_PUBLIC_IP (JoinNode<n>): waits for that node's first boot, then joins it to the swarm
# and labels it. The join token is read from the leader and piped into the new node over SSH: it
# is never in Terraform state, the synthesized JSON, user data or a command line here.
# Idempotent: a node already in the swarm is only (re)labelled.
#
#   LEADER_PUBLIC_IP         always
#   LEADER_PRIVATE_IP, NODE_PUBLIC_IP, NODE_PRIVATE_IP, NODE_INDEX, SWARM_ROLE (manager|worker)
#                            join only
#   CLOUD_INIT_TIMEOUT_SEC   optional, default 900: how long a node's first boot may take
#
# Host keys are trusted on first use (accept-new) and pinned in the operator's known_hosts from
# then on; the docker provider of the services stack reuses them.
set -euo pipefail
: "${LEADER_PUBLIC_IP:?is required: the public address of node 1}"

# A dead connection is noticed within a minute instead of hanging the apply.
ssh_opts=(-o BatchMode=yes -o StrictHostKeyChecking=accept-new -o ConnectTimeout=10 -o ServerAliveInterval=15 -o ServerAliveCountMax=4)
# First boot runs a full apt upgrade and installs Docker: minutes, not a quarter of an hour.
cloud_init_timeout_sec="${CLOUD_INIT_TIMEOUT_SEC:-900}"

# Runs a command on a node. Remote commands are expanded here on purpose: they carry only
# addresses, an index and a role from Terraform, never a secret (the token is read on the node).
on() {
  local host="$1"
  shift
  # shellcheck disable=SC2029
  ssh "${ssh_opts[@]}" "root@$host" "$@"
}

# A fresh server needs a moment before SSH answers.
wait_for_ssh() {
  local _
  for _ in $(seq 1 60); do
    on "$1" true 2>/dev/null && return 0
    sleep 5
  done
  echo "no SSH on $1 after 60 attempts (about 5 to 15 minutes)" >&2
  return 1
}

# `cloud-init status --wait` has no deadline of its own; coreutils `timeout` (exit 124) gives it
# one on the node. cloud-init exits 2 when it finished with warnings (a deprecated key, say);
# only 1 is a failure.
wait_for_cloud_init() {
  local rc=0
  on "$1" "timeout $cloud_init_timeout_sec cloud-init status --wait" >/dev/null || rc=$?
  case "$rc" in
    0 | 2) return 0 ;;
    124) echo "cloud-init on $1 did not finish within $cloud_init_timeout_sec s (timeout $cloud_init_timeout_sec cloud-init status --wait); see /var/log/cloud-init-output.log on the node" >&2 ;;
    *) echo "cloud-init on $1 failed (cloud-init status --wait exited $rc); see /var/log/cloud-init-output.log on the node" >&2 ;;
  esac
  return 1
}

leader_ready() {
  wait_for_ssh "$LEADER_PUBLIC_IP"
  wait_for_cloud_init "$LEADER_PUBLIC_IP"
  local state
  state=$(on "$LEADER_PUBLIC_IP" "docker info --format '{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}}'")
  if [ "$state" != "active true" ]; then
    echo "node 1 ($LEADER_PUBLIC_IP) finished cloud-init but is not an active swarm manager (docker info: \"$state\")" >&2
    return 1
  fi
}

join_node() {
  : "${LEADER_PRIVATE_IP:?is required to join}" "${NODE_PRIVATE_IP:?is required to join}" "${NODE_INDEX:?is required to join}" "${SWARM_ROLE:?is required to join (manager or worker)}"
  wait_for_ssh "$NODE_PUBLIC_IP"
  wait_for_cloud_init "$NODE_PUBLIC_IP"
  on "$LEADER_PUBLIC_IP" "docker swarm join-token -q $SWARM_ROLE" |
    on "$NODE_PUBLIC_IP" "read -r token; docker info --format '{{.Swarm.LocalNodeState}}' | grep -qx active || docker swarm join --token \"\$token\" --advertise-addr $NODE_PRIVATE_IP --listen-addr $NODE_PRIVATE_IP:2377 --data-path-addr $NODE_PRIVATE_IP $LEADER_PRIVATE_IP:2377"
  local node_id
  node_id=$(on "$NODE_PUBLIC_IP" "docker info --format '{{.Swarm.NodeID}}'")
  on "$LEADER_PUBLIC_IP" "docker node update --label-add platform.node-index=$NODE_INDEX $node_id" >/dev/null
}

if [ -n "${NODE_PUBLIC_IP:-}" ]; then
  join_node
else
  leader_ready
fi
