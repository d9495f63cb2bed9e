#!/bin/sh
# Idempotent local PostgreSQL setup for the @recourse/server storage tests.
# Starts Debian's PostgreSQL 15 cluster if it is down, then creates the role `recourse`
# (password `recourse`) and the database `recourse_test` if they are missing.
# Afterwards: DATABASE_URL=postgres://recourse:recourse@127.0.0.1:5432/recourse_test
set -eu

PG_VERSION="${PG_VERSION:-15}"
PG_CLUSTER="${PG_CLUSTER:-main}"
ROLE="${PG_TEST_ROLE:-recourse}"
PASSWORD="${PG_TEST_PASSWORD:-recourse}"
DB="${PG_TEST_DB:-recourse_test}"


if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c && $4=="online" {found=1} END {exit !found}'; then
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
fi

# Wait until the server accepts connections (up to ~15 s).
i=0
until pg_isready -q -h 127.0.0.1 -p 5432; do
  i=$((i + 1))
  if [ "$i" -ge 30 ]; then echo "pg-setup: PostgreSQL did not become ready" >&2; exit 1; fi
  sleep 0.5
done

psql_admin() {
  su postgres -s /bin/sh -c "psql -X -q -v ON_ERROR_STOP=1 -d postgres -tAc \"$1\""
}
if [ "$(id -un)" = postgres ]; then
  psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -d postgres -tAc "$1"; }
fi

if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
  psql_admin "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'"
fi
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
  psql_admin "CREATE DATABASE $DB OWNER $ROLE"
fi
echo "pg-setup: ready: postgres://$ROLE:$PASSWORD@127.0.0.1:5432/$DB"
