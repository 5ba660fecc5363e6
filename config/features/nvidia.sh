#!/usr/bin/env bash
# Feature nvidia: installs the NVIDIA driver userspace (no kernel module: containers share the
# host's) in exactly the version of the host driver, so nvidia-smi and CUDA work in the guest.
# Reads from $PHOENIX_GUEST_CONFIG (see config/README.md):
#   .nvidia_driver_version  required, e.g. "580.76.05" (inherited from the top of the LXC file)
#   .nvidia_runfile_url     optional; defaults to NVIDIA's download URL for that version
# Idempotent: does nothing when that version is already installed.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
cfg() { jq -r "$1 // empty" "$PHOENIX_GUEST_CONFIG"; }

version=$(cfg .nvidia_driver_version)
if [[ -z $version ]]; then
  echo "nvidia: nvidia_driver_version is not set in the config" >&2
  exit 1
fi
url=$(cfg .nvidia_runfile_url)
url=${url:-https://us.download.nvidia.com/XFree86/Linux-x86_64/$version/NVIDIA-Linux-x86_64-$version.run}

installed=""
if command -v nvidia-smi >/dev/null; then
  installed=$(nvidia-smi --query-gpu=driver_version --format=csv,noheader 2>/dev/null | head -n 1 || true)
fi
if [[ $installed == "$version" ]]; then
  echo "nvidia: userspace $version already installed"
  exit 0
fi

apt-get update -q
apt-get install -y -q --no-install-recommends kmod pkg-config libglvnd-dev xz-utils
workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
curl -fsSL --retry 3 -o "$workdir/nvidia.run" "$url"
sh "$workdir/nvidia.run" --silent --no-kernel-module --no-questions --ui=none --no-nouveau-check
nvidia-smi -L
echo "nvidia: userspace $version installed"
