#!/usr/bin/env bash
# Application portainer.sh: the Portainer CE server in Docker, UI on https port 9443, data in the
# docker volume portainer_data. Needs nothing from $PHOENIX_GUEST_CONFIG (see config/README.md).
# Idempotent: an existing container is kept (upgrades: remove it and re-apply).
set -euo pipefail

docker volume create portainer_data >/dev/null
if ! docker container inspect portainer >/dev/null 2>&1; then
  docker run -d --name portainer --restart=always \
    -p 9443:9443 \
    -v /var/run/docker.sock:/var/run/docker.sock \
    -v portainer_data:/data \
    portainer/portainer-ce:latest
fi
docker start portainer >/dev/null
echo "portainer: server running on port 9443"
