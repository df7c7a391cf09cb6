#!/bin/sh
# Creates the S3 buckets the platform needs in SeaweedFS (the SeaweedFs construct's init job,
# seaweedfs.ts). Safe to run again: existing buckets are kept.
#   SEAWEEDFS_BIN     the weed binary (default /usr/bin/weed)
#   SEAWEEDFS_MASTER  master address, host:port
#   SEAWEEDFS_FILER   filer address, host:port
#   BUCKETS           space-separated bucket names
#   POLL_SECONDS      wait between filer health checks (default 5)
# (Not WEED_*: weed reads WEED_-prefixed variables as overrides of its own configuration.)
set -eu

weed="${SEAWEEDFS_BIN:-/usr/bin/weed}"
master="${SEAWEEDFS_MASTER:?SEAWEEDFS_MASTER is not set}"
filer="${SEAWEEDFS_FILER:?SEAWEEDFS_FILER is not set}"
buckets="${BUCKETS:?BUCKETS is not set}"
poll="${POLL_SECONDS:-5}"

weed_shell() { echo "$1" | "$weed" shell -master="$master" -filer="$filer"; }

until wget -qO /dev/null "http://${filer}/healthz"; do
  echo "waiting for the filer"
  sleep "$poll"
done

for bucket in $buckets; do
  if weed_shell "s3.bucket.list" | grep -qw "$bucket"; then
    echo "bucket $bucket exists"
  else
    weed_shell "s3.bucket.create -name $bucket"
    weed_shell "s3.bucket.list" | grep -qw "$bucket"
    echo "bucket $bucket created"
  fi
done
