#!/usr/bin/env bash
# What the test suites need from the machine, checked before `npm test` (its pretest step) and by .ci/run:
# redis-server (the suites start their own on free ports), Chromium at CHROMIUM_PATH (default /usr/bin/chromium)
# and PostgreSQL on 127.0.0.1:5432 with trust auth (optional for developers, required under CI=true).
# As root on Debian or Ubuntu it installs and starts what is missing; otherwise it names the one command to run.
set -euo pipefail

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
ci=${CI:-}
[ "$ci" = "false" ] && ci=

pg_answers() {
  if command -v psql >/dev/null 2>&1; then
    psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1
  else
    (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
  fi
}
pg_installed() { ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; }

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x "$chromium" ] || missing+=(chromium)
need_pg=
if [ -n "$ci" ] && ! pg_answers; then
  need_pg=1
  pg_installed || missing+=(postgresql)
fi

can_install=
if [ "$(id -u)" = 0 ] && [ -r /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then can_install=1; fi

if [ ${#missing[@]} -gt 0 ]; then
  if [ -z "$can_install" ]; then
    sudo=; [ "$(id -u)" = 0 ] || sudo='sudo '
    echo "The tests need ${missing[*]}, which this machine lacks: run \`${sudo}apt-get install -y ${missing[*]}\` (or your system's equivalent), then npm test again." >&2
    exit 1
  fi
  echo "Installing ${missing[*]} for the tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# A developer's PostgreSQL is started when it is installed but down; CI's is installed above as well.
if ! pg_answers && [ -n "$can_install" ] && pg_installed; then
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  hba="/etc/postgresql/$version/main/pg_hba.conf"
  # The API suite creates and drops throwaway databases as postgres over local TCP.
  if ! grep -qE '^host\s+all\s+all\s+127\.0\.0\.1/32\s+trust' "$hba"; then
    sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "$hba"
  fi
  pg_ctlcluster "$version" main start 2>/dev/null || pg_ctlcluster "$version" main reload
  for _ in $(seq 1 30); do pg_answers && break; sleep 1; done
fi
if [ -n "$need_pg" ] && ! pg_answers; then
  echo "PostgreSQL does not answer on 127.0.0.1:5432 with trust auth for postgres, and CI=true requires it." >&2
  exit 1
fi
