#!/usr/bin/env bash
# Application portainer-agent.sh: the Portainer agent in Docker on port 9001, so the Portainer
# server (CT 910) can manage this Docker host. Needs nothing from $PHOENIX_GUEST_CONFIG
# (see config/README.md). Idempotent: an existing agent container is kept.
set -euo pipefail

if ! docker container inspect portainer_agent >/dev/null 2>&1; then
  docker run -d --name portainer_agent --restart=always \
    -p 9001:9001 \
    -v /var/run/docker.sock:/var/run/docker.sock \
    -v /var/lib/docker/volumes:/var/lib/docker/volumes \
    portainer/agent:latest
fi
docker start portainer_agent >/dev/null
echo "portainer-agent: running on port 9001"
