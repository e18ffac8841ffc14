#!/usr/bin/env bash
# Checks the README's promise that `npm ci && npm test` needs no other step, on this Debian machine as root:
#  1. as a non-root user with redis-server and Chromium out of reach, `npm test` stops at once with one instruction;
#  2. with redis-server and chromium removed from the machine, a clean clone passes `npm ci && npm test`
#     (its pretest step installs them again).
# Step 2 uninstalls packages and takes as long as the whole suite: run it by hand, never from `npm test`.
set -euo pipefail
[ "$(id -u)" = 0 ] || { echo "Run as root: it removes and reinstalls packages" >&2; exit 1; }
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=$(mktemp -d /tmp/kompass-fresh-XXXXXX)
chmod 755 "$work"
git clone -q "$repo" "$work/kompass"
cd "$work/kompass"

echo "== 1. non-root, tools missing"
bin="$work/bin"
mkdir -p "$bin"
for tool in bash sh env id ls sed grep sort tail seq sleep cat node npm; do ln -s "$(command -v "$tool")" "$bin/$tool"; done
started=$(date +%s%N)
set +e
output=$(runuser -u nobody -- env -i HOME=/tmp PATH="$bin" CHROMIUM_PATH=/nonexistent/chromium npm test --silent 2>&1)
status=$?
set -e
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "$output"
[ "$status" -ne 0 ] || { echo "FAIL: npm test succeeded without redis-server and Chromium" >&2; exit 1; }
grep -q 'apt-get install -y redis-server chromium' <<<"$output" || { echo "FAIL: no install instruction" >&2; exit 1; }
echo "ok: exit $status after ${elapsed_ms} ms"

echo "== 2. root, redis-server and chromium removed"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq redis-server chromium >/dev/null
if command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then echo "FAIL: could not remove them" >&2; exit 1; fi
started=$(date +%s)
npm ci --no-audit --no-fund
npm test
echo "ok: npm ci && npm test passed in $(( $(date +%s) - started )) s; redis-server $(redis-server --version | cut -d' ' -f3), $(/usr/bin/chromium --version)"
rm -rf "$work"
