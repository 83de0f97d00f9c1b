#!/usr/bin/env bash
# PostgreSQL for the tests: installs Debian's server if missing, starts the Debian "main" cluster on
# 127.0.0.1 (creating it if the package did not), makes sure the test role exists with CREATEDB and a
# password, waits until it accepts connections, and exports FITNESSAPP_TEST_POSTGRES (the admin
# connection string the integration tests create and drop their own databases with).
#
# Why the Debian main cluster and not a private initdb folder: the package already creates it with
# sane defaults (listen on localhost, scram passwords over TCP), pg_ctlcluster knows how to start it
# and create its socket directory, and developers find it where they expect it. Everything below is
# idempotent: a running cluster is left running, an existing role just gets its password reset.
#
# Sourced by build/test.sh (call postgres_ensure), or run on its own:
#   eval "$(build/services/postgres.sh)"    # starts it and sets FITNESSAPP_TEST_POSTGRES in your shell
#
# Settings (environment): FITNESSAPP_TEST_POSTGRES already set = use that server, touch nothing.
#   FITNESSAPP_PG_ROLE / FITNESSAPP_PG_PASSWORD (default fitnessapp_test / fitnessapp_test).

_pg_services_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=build/services/common.sh
source "$_pg_services_dir/common.sh"

# Runs psql as the postgres superuser over the local socket (peer authentication).
_pg_superuser_psql() {
    local port="$1"; shift
    # cd / so that psql, running as postgres, does not complain about the caller's cwd.
    (cd / && as_root runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres "$@")
}

# Newest PostgreSQL major version whose server binaries are installed (e.g. 15), or nothing.
_pg_installed_version() {
    local dir
    for dir in /usr/lib/postgresql/*/bin/postgres; do
        if [ -x "$dir" ]; then basename "$(dirname "$(dirname "$dir")")"; fi
    done | sort -n | tail -n 1
}

# Field N (1-based: 3 = port, 4 = status) of pg_lsclusters' line for cluster VERSION/main.
_pg_cluster_field() {
    pg_lsclusters -h 2>/dev/null | awk -v v="$1" -v f="$2" '$1 == v && $2 == "main" { print $f }'
}

postgres_ensure() {
    if [ -n "${FITNESSAPP_TEST_POSTGRES:-}" ]; then
        log "PostgreSQL: using FITNESSAPP_TEST_POSTGRES from the environment (not starting a server)"
        return 0
    fi

    local role="${FITNESSAPP_PG_ROLE:-fitnessapp_test}"
    local password="${FITNESSAPP_PG_PASSWORD:-fitnessapp_test}"

    # The metapackage pulls the current Debian server (15 on bookworm) and postgresql-common.
    if [ -z "$(_pg_installed_version)" ] || ! command -v pg_ctlcluster >/dev/null 2>&1; then
        apt_install postgresql || { warn "PostgreSQL could not be installed"; return 1; }
    fi
    local version
    version="$(_pg_installed_version)"
    [ -n "$version" ] || { warn "no PostgreSQL server binaries under /usr/lib/postgresql"; return 1; }

    # The package creates the main cluster on install unless /etc/postgresql-common/createcluster.conf
    # says otherwise; create it if it is not there.
    if [ -z "$(_pg_cluster_field "$version" 2)" ]; then
        log "PostgreSQL: creating cluster $version/main"
        as_root pg_createcluster "$version" main || return 1
    fi

    local port status
    port="$(_pg_cluster_field "$version" 3)"
    status="$(_pg_cluster_field "$version" 4)"
    if [ "$status" = "online" ]; then
        log "PostgreSQL: cluster $version/main already running on port $port"
    else
        log "PostgreSQL: starting cluster $version/main on port $port (was: $status)"
        # The socket directory lives on a tmpfs on real machines and may be missing in containers.
        as_root install -d -o postgres -g postgres -m 2775 /var/run/postgresql || return 1
        if ! as_root pg_ctlcluster "$version" main start; then
            warn "pg_ctlcluster $version main start failed; the end of its log:"
            as_root tail -n 30 "/var/log/postgresql/postgresql-$version-main.log" >&2
            return 1
        fi
    fi

    # Wait until the server accepts TCP connections on loopback (a start returns before recovery ends).
    local i
    for i in $(seq 1 60); do
        pg_isready -q -h 127.0.0.1 -p "$port" && break
        [ "$i" -eq 60 ] && { warn "PostgreSQL did not accept connections on 127.0.0.1:$port within 60 s"; return 1; }
        sleep 1
    done

    # The role the tests connect as: may log in and create (and so drop) its own databases; pg_signal_backend
    # lets DROP DATABASE ... WITH (FORCE) end another role's leftover session on a test database.
    # psql's :'var' quoting keeps the password safe whatever characters it has.
    _pg_superuser_psql "$port" -v role="$role" -v password="$password" <<'SQL' || { warn "could not create role"; return 1; }
SELECT format(
    CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role')
         THEN 'ALTER ROLE %I LOGIN CREATEDB PASSWORD %L'
         ELSE 'CREATE ROLE %I LOGIN CREATEDB PASSWORD %L' END,
    :'role', :'password') \gexec
SELECT format('GRANT pg_signal_backend TO %I', :'role') \gexec
SQL

    # Prove the connection string works the way the tests will use it: TCP, password, the postgres db.
    if ! PGPASSWORD="$password" psql -X -q -h 127.0.0.1 -p "$port" -U "$role" -d postgres -c 'SELECT 1' >/dev/null; then
        warn "role $role cannot log in over TCP on 127.0.0.1:$port (check pg_hba.conf)"
        return 1
    fi

    export FITNESSAPP_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=$role;Password=$password;Database=postgres"
    log "PostgreSQL $version ready on 127.0.0.1:$port (role $role)"
}

# Run directly: ensure the server and print an export line for eval.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    postgres_ensure || die "PostgreSQL is not available"
    printf 'export FITNESSAPP_TEST_POSTGRES=%q\n' "$FITNESSAPP_TEST_POSTGRES"
fi
