#!/usr/bin/env bash
# Feature base_setup: the packages every guest needs (jq is what later scripts read their config
# with), an English UTF-8 locale and unattended security updates.
# Runs as root inside the guest; its config is at $PHOENIX_GUEST_CONFIG (see config/README.md),
# though this feature needs nothing from it. Idempotent.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

packages=(ca-certificates curl gnupg jq locales unattended-upgrades)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} > 0)); then
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if ! locale -a | grep -qix 'en_US.utf8'; then
  locale-gen en_US.UTF-8
fi
update-locale LANG=en_US.UTF-8

systemctl enable --now unattended-upgrades.service >/dev/null
echo "base_setup: done (${#missing[@]} packages installed)"
