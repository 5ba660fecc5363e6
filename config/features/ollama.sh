#!/usr/bin/env bash
# Feature ollama: the Ollama server listening on all interfaces (port 11434), storing models on
# the shared volume /ollama_models when the hypervisor mounts one, and pulling the models listed.
# Reads from $PHOENIX_GUEST_CONFIG (see config/README.md):
#   .ollama_models  optional list of models to pull, e.g. ["qwen2.5:7b"]
# Idempotent: the installer is skipped when ollama exists; pulling a present model is a no-op.
set -euo pipefail

if ! command -v ollama >/dev/null; then
  curl -fsSL https://ollama.com/install.sh | sh
fi

mkdir -p /etc/systemd/system/ollama.service.d
{
  echo '[Service]'
  echo 'Environment="OLLAMA_HOST=0.0.0.0:11434"'
  if [[ -d /ollama_models ]]; then echo 'Environment="OLLAMA_MODELS=/ollama_models"'; fi
} >/etc/systemd/system/ollama.service.d/phoenix.conf
systemctl daemon-reload
systemctl enable ollama
systemctl restart ollama

for _ in $(seq 1 30); do
  curl -fsS http://127.0.0.1:11434/api/version >/dev/null 2>&1 && break
  sleep 1
done
while IFS= read -r model; do
  if [[ -n $model ]]; then ollama pull "$model"; fi
done < <(jq -r '.ollama_models[]? // empty' "$PHOENIX_GUEST_CONFIG")
echo "ollama: ready"
