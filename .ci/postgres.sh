#!/usr/bin/env bash
# A throw-away PostgreSQL 15 on 127.0.0.1 for the tests of the team server (issue 8).
#   source .ci/postgres.sh start   starts it and exports RELATIO_TEST_PG
#   relatio_pg_stop                stops it and removes its files
# initdb refuses to run as root: as root the cluster runs as the postgres user.
relatio_pg_start() {
    local pgbin=/usr/lib/postgresql/15/bin
    local port=${RELATIO_PG_PORT:-55432}
    # The first free port from there (a developer's own test server may hold the first).
    while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    RELATIO_PG_DIR=$(mktemp -d)
    export RELATIO_PG_DIR
    local run=()
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres:postgres "$RELATIO_PG_DIR"
        run=(runuser -u postgres --)
    fi
    "${run[@]}" "$pgbin/initdb" -D "$RELATIO_PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    "${run[@]}" "$pgbin/pg_ctl" -D "$RELATIO_PG_DIR/data" -l "$RELATIO_PG_DIR/log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $RELATIO_PG_DIR -c fsync=off" start >/dev/null
    export RELATIO_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"
    echo "PostgreSQL for the tests: $RELATIO_TEST_PG"
}

relatio_pg_stop() {
    [[ -n ${RELATIO_PG_DIR:-} && -d $RELATIO_PG_DIR ]] || return 0
    local run=()
    [[ $(id -u) -eq 0 ]] && run=(runuser -u postgres --)
    "${run[@]}" /usr/lib/postgresql/15/bin/pg_ctl -D "$RELATIO_PG_DIR/data" -m fast -w stop >/dev/null || true
    rm -rf "$RELATIO_PG_DIR"
}

if [[ ${1:-} == start ]]; then
    relatio_pg_start
fi
