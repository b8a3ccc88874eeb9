#!/usr/bin/env bash
# Relatio set-up: installs what is missing (Debian 12), builds, then runs the app or the tests.
#   bash .ci/setup.sh run [relatio options]   build and start the app on its default database
#   bash .ci/setup.sh test                    build and run every test
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
case "$mode" in
    run|test) shift ;;
    *) echo "usage: bash .ci/setup.sh run|test [app options]" >&2; exit 2 ;;
esac

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libsqlite3-dev sqlite3 libphonenumber-dev libboost-dev catch2 xvfb xauth
    libqt6sql6-psql qtkeychain-qt6-dev
)
# The tests start a PostgreSQL of their own for the team server.
[[ $mode == test ]] && packages+=(postgresql-15)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 update -q
    "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"
fi

build_dir="${RELATIO_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"

if [[ $mode == run ]]; then
    exec "$build_dir/app/relatio" "$@"
fi

# Tests: widget tests run on the offscreen platform, no display needed.
export QT_QPA_PLATFORM=offscreen
if [[ -z ${XDG_RUNTIME_DIR:-} ]]; then
    XDG_RUNTIME_DIR=$(mktemp -d)
    export XDG_RUNTIME_DIR
fi
# Tests that write to the default locations get throw-away homes for them.
XDG_DATA_HOME=$(mktemp -d)
XDG_CONFIG_HOME=$(mktemp -d)
export XDG_DATA_HOME XDG_CONFIG_HOME
# Guard against the Catch2 discovery trap: every TEST_CASE in the sources must reach ctest (a
# listing that aborts loses tests; a ';' in a test name splits one into two).
defined=$(grep -rhoE '^\s*(TEST_CASE|SCENARIO)\s*\(' tests --include='*.cpp' | wc -l)
listed=$(ctest --test-dir "$build_dir" -N | sed -n 's/^Total Tests: //p')
echo "Test cases defined in sources: $defined, listed by ctest: $listed"
if [[ "$defined" != "$listed" ]]; then
    echo "error: ctest lists $listed tests but the sources define $defined" >&2
    exit 1
fi
# The team-server tests run against a real PostgreSQL on 127.0.0.1, stopped again at the end.
source .ci/postgres.sh functions
trap relatio_pg_stop EXIT
relatio_pg_start
export RELATIO_REQUIRE_PG=1
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 1500
