#!/usr/bin/env bash
# Test: the Docker daemon is active and answers on its socket. Runs inside the guest; exit 0 = pass.
set -euo pipefail
systemctl is-active --quiet docker
version=$(docker info --format '{{.ServerVersion}}')
echo "docker $version is running"
