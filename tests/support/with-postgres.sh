#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 API Access Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command beside a throw-away PostgreSQL server of its own (tests/support/README.md): a new data
# directory, a free port on 127.0.0.1 (no Unix socket outside the data directory), password sign-in
# (scram-sha-256), run by a non-root user (initdb refuses root: under root the "postgres" account the
# Debian package creates), stopped and removed when the command ends, whatever its outcome.
#
# The command sees:
#   APIACCESS_TEST_POSTGRES         postgresql://apiaccess@127.0.0.1:PORT/apiaccess (the owner, a superuser)
#   PGPASSWORD                      that role's password (libpq reads it)
#   APIACCESS_TEST_POSTGRES_CTL     "<this script> ctl": "$APIACCESS_TEST_POSTGRES_CTL stop|start|restart"
#                                   stops or starts the same server (tests of a lost connection)
#   APIACCESS_TEST_POSTGRES_CA      the CA (PEM) that signed the server's TLS certificate (for IP 127.0.0.1);
#   APIACCESS_TEST_POSTGRES_OTHER_CA another CA, which did not (the server takes TLS and plain connections)
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "with-postgres.sh: the PostgreSQL server is not installed (Debian package postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

if [ "${1:-}" = "ctl" ]; then
    : "${APIACCESS_TEST_POSTGRES_DATA:?not under with-postgres.sh}"
    case "${2:-}" in
    stop) as_owner "$bindir/pg_ctl" -D "$APIACCESS_TEST_POSTGRES_DATA" -m fast -w stop >/dev/null ;;
    start) as_owner "$bindir/pg_ctl" -D "$APIACCESS_TEST_POSTGRES_DATA" -l "$APIACCESS_TEST_POSTGRES_DATA/log" -w start >/dev/null ;;
    restart) as_owner "$bindir/pg_ctl" -D "$APIACCESS_TEST_POSTGRES_DATA" -m fast -l "$APIACCESS_TEST_POSTGRES_DATA/log" -w restart >/dev/null ;;
    *) echo "with-postgres.sh ctl stop|start|restart" >&2; exit 2 ;;
    esac
    exit 0
fi

dir=$(mktemp -d /tmp/apiaccess-pg.XXXXXX)
chmod 755 "$dir"
data="$dir/data"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$password" > "$dir/pw"
if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres: "$dir"
fi
cleanup() {
    as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_owner "$bindir/initdb" -D "$data" -U apiaccess --pwfile="$dir/pw" --auth-host=scram-sha-256 \
    --auth-local=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/pw"

# TLS: a CA of its own and a certificate for 127.0.0.1 (an IP subjectAltName, as sslmode=verify-full checks).
mkdir -p "$dir/tls"
(
    cd "$dir/tls"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj "/CN=apiaccess test CA" 2>/dev/null
    openssl req -x509 -newkey rsa:2048 -nodes -keyout other.key -out other-ca.pem -days 2 -subj "/CN=another CA" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=127.0.0.1" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1\n' > san.ext
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.crt -days 2 \
        -extfile san.ext 2>/dev/null
    rm -f ca.key other.key server.csr
    chmod 644 ca.pem other-ca.pem server.crt
    chmod 600 server.key
)
if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres: "$dir/tls"
fi
cat >>"$data/postgresql.conf" <<EOF
ssl = on
ssl_cert_file = '$dir/tls/server.crt'
ssl_key_file = '$dir/tls/server.key'
EOF

# A free port: a random one tried until the server starts on it (another test's server may hold one).
started=
for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$(( 20000 + (RANDOM * 7 + attempt * 131) % 40000 ))
    cat >>"$data/postgresql.conf" <<EOF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$data'
max_connections = 60
fsync = off
EOF
    if as_owner "$bindir/pg_ctl" -D "$data" -l "$data/log" -w -t 30 start >/dev/null 2>&1; then
        started=1
        break
    fi
done
if [ -z "$started" ]; then
    echo "with-postgres.sh: the server did not start:" >&2
    tail -n 20 "$data/log" >&2 || true
    exit 1
fi
PGPASSWORD="$password" "$bindir/psql" -h 127.0.0.1 -p "$port" -U apiaccess -d postgres -qAt \
    -c "CREATE DATABASE apiaccess" >/dev/null

export APIACCESS_TEST_POSTGRES="postgresql://apiaccess@127.0.0.1:$port/apiaccess"
export APIACCESS_TEST_POSTGRES_DATA="$data"
export APIACCESS_TEST_POSTGRES_CTL="$0 ctl"
export PGPASSWORD="$password"
export APIACCESS_TEST_POSTGRES_CA="$dir/tls/ca.pem"
export APIACCESS_TEST_POSTGRES_OTHER_CA="$dir/tls/other-ca.pem"
set +e
"$@"
status=$?
exit $status
