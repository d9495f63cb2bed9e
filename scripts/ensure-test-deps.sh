#!/usr/bin/env bash
# Installs what the tests need where it is missing: Debian's Chromium and PostgreSQL 15.
# Starts the PostgreSQL cluster and creates the test role and database. Idempotent.
# Prints the environment the test layers need as `export` lines on stdout (everything else on stderr).
set -euo pipefail
log() { printf '[deps] %s\n' "$*" >&2; }

need_apt=()
chrome="${CHROME_PATH:-/usr/lib/chromium/chromium}"
[ -x "$chrome" ] || need_apt+=(chromium)
command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need_apt+=(postgresql)

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    log "missing: ${need_apt[*]}. Install them from Debian's packages (as root: apt-get install -y ${need_apt[*]}),"
    log "or point CHROME_PATH at a Chromium and DATABASE_URL at a PostgreSQL 15+ you run yourself."
    exit 1
  fi
  log "installing ${need_apt[*]} from Debian's packages (about a minute)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >&2
fi
[ -x "$chrome" ] || chrome=$(command -v chromium)
echo "export CHROME_PATH=$chrome"

if [ -z "${DATABASE_URL:-}" ]; then
  bash "$(dirname "$0")/../packages/server/test/pg-setup.sh" >&2
  echo "export DATABASE_URL=postgres://recourse:recourse@127.0.0.1:5432/recourse_test"
else
  echo "export DATABASE_URL=$DATABASE_URL"
fi
