#!/usr/bin/env bash
# Application open-webui.sh: Open WebUI (port 8080) in a Python virtualenv, talking to the local
# Ollama server that the `ollama` feature installed. Needs nothing from $PHOENIX_GUEST_CONFIG
# (see config/README.md). Idempotent: the package is installed once; the unit is rewritten.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

venv=/opt/open-webui
if [[ ! -x $venv/bin/open-webui ]]; then
  apt-get update -q
  apt-get install -y -q --no-install-recommends python3-venv python3-pip
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --upgrade pip
  "$venv/bin/pip" install --quiet open-webui
fi
mkdir -p /var/lib/open-webui

cat >/etc/systemd/system/open-webui.service <<UNIT
[Unit]
Description=Open WebUI
Wants=network-online.target
After=network-online.target ollama.service

[Service]
Environment=OLLAMA_BASE_URL=http://127.0.0.1:11434
Environment=DATA_DIR=/var/lib/open-webui
ExecStart=$venv/bin/open-webui serve --host 0.0.0.0 --port 8080
Restart=on-failure

[Install]
WantedBy=multi-user.target
UNIT
systemctl daemon-reload
systemctl enable open-webui
systemctl restart open-webui
echo "open-webui: running on port 8080"
