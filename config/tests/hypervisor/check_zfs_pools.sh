#!/usr/bin/env bash
# Host test: every ZFS pool is ONLINE. Runs on the Proxmox host; exit 0 = pass.
set -euo pipefail
bad=$(zpool list -H -o name,health | awk '$2 != "ONLINE"')
if [[ -n $bad ]]; then
  echo "ZFS pools not ONLINE:" >&2
  echo "$bad" >&2
  exit 1
fi
zpool list -H -o name,health
