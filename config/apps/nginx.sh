#!/usr/bin/env bash
# Application nginx.sh: Nginx as the estate's HTTP gateway. Each entry of the guest's free-form
# `nginx_upstreams` map ("name": "http://host:port") becomes a location /name/ proxied to it;
# /healthz answers 200 for the health check.
# Reads .nginx_upstreams from $PHOENIX_GUEST_CONFIG (see config/README.md). Idempotent: the site
# is rewritten from the config and nginx reloaded only when the new file passes `nginx -t`.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

if ! command -v nginx >/dev/null; then
  apt-get update -q
  apt-get install -y -q --no-install-recommends nginx
fi

site=/etc/nginx/sites-available/phoenix
{
  echo 'server {'
  echo '    listen 80 default_server;'
  echo '    client_max_body_size 64m;'
  echo '    location = /healthz { return 200 "ok\n"; }'
  jq -r '(.nginx_upstreams // {}) | to_entries[] |
    "    location /\(.key)/ {\n" +
    "        proxy_pass \(.value)/;\n" +
    "        proxy_http_version 1.1;\n" +
    "        proxy_set_header Host $host;\n" +
    "        proxy_set_header Upgrade $http_upgrade;\n" +
    "        proxy_set_header Connection \"upgrade\";\n" +
    "        proxy_read_timeout 600s;\n" +
    "    }"' "$PHOENIX_GUEST_CONFIG"
  echo '}'
} >"$site.new"
mv "$site.new" "$site"
ln -sf "$site" /etc/nginx/sites-enabled/phoenix
rm -f /etc/nginx/sites-enabled/default

nginx -t
systemctl enable nginx
systemctl reload-or-restart nginx
echo "nginx: gateway configured"
