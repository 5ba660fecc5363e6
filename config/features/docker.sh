#!/usr/bin/env bash
# Feature docker: Docker Engine and the compose plugin from Docker's APT repository. On a guest
# that already has the NVIDIA userspace (nvidia-smi), also the NVIDIA container toolkit, so that
# `docker run --gpus all` works.
# Reads .kind from $PHOENIX_GUEST_CONFIG (see config/README.md): unprivileged containers ("lxc")
# cannot let the toolkit manage cgroups. Idempotent.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
cfg() { jq -r "$1 // empty" "$PHOENIX_GUEST_CONFIG"; }

if ! command -v docker >/dev/null; then
  # shellcheck source=/dev/null
  . /etc/os-release
  install -m 0755 -d /etc/apt/keyrings
  curl -fsSL "https://download.docker.com/linux/${ID}/gpg" -o /etc/apt/keyrings/docker.asc
  chmod a+r /etc/apt/keyrings/docker.asc
  echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/${ID} ${VERSION_CODENAME} stable" \
    >/etc/apt/sources.list.d/docker.list
  apt-get update -q
  apt-get install -y -q docker-ce docker-ce-cli containerd.io docker-buildx-plugin docker-compose-plugin
fi
systemctl enable --now docker

if command -v nvidia-smi >/dev/null && ! command -v nvidia-ctk >/dev/null; then
  curl -fsSL https://nvidia.github.io/libnvidia-container/gpgkey |
    gpg --dearmor --yes -o /usr/share/keyrings/nvidia-container-toolkit-keyring.gpg
  curl -fsSL https://nvidia.github.io/libnvidia-container/stable/deb/nvidia-container-toolkit.list |
    sed 's#deb https://#deb [signed-by=/usr/share/keyrings/nvidia-container-toolkit-keyring.gpg] https://#' \
      >/etc/apt/sources.list.d/nvidia-container-toolkit.list
  apt-get update -q
  apt-get install -y -q nvidia-container-toolkit
fi
if command -v nvidia-ctk >/dev/null; then
  nvidia-ctk runtime configure --runtime=docker
  if [[ $(cfg .kind) == lxc ]]; then
    nvidia-ctk config --set nvidia-container-cli.no-cgroups --in-place
  fi
  systemctl restart docker
fi

docker info --format 'docker: engine {{.ServerVersion}} ready'
