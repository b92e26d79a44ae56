#!/usr/bin/env bash
# Galley's quick start, for a fresh Debian 12 machine (as root, or as a user with sudo):
#   packaging/quickstart.sh run    install what is missing, build, start the editor on a sample
#   packaging/quickstart.sh test   install what is missing, build, run the whole test suite
# The package list is packaging/debian-build-deps.txt; nothing is downloaded from anywhere else
# except the Nu HTML Checker from the npm registry, used by the email tests.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-}
case "$mode" in
    run|test|build) ;;
    *) echo "usage: $0 run|test|build" >&2; exit 2 ;;
esac

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing_packages() {
    local wanted missing=()
    wanted=$(grep -v '^\s*#' packaging/debian-build-deps.txt | grep -v '^\s*$')
    for pkg in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "== installing ${#missing[@]} Debian packages: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    fi
}

# The Nu HTML Checker for the email tests (tests/email/CMakeLists.txt looks for it here).
install_vnu() {
    [ -f build/tools/node_modules/vnu-jar/build/dist/vnu.jar ] && return 0
    if ! command -v npm >/dev/null; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm
    fi
    echo "== installing the Nu HTML Checker (vnu-jar from npm) into build/tools"
    npm install --prefix build/tools --no-audit --no-fund --loglevel=error vnu-jar >/dev/null
}

build() {
    local preset=$1
    shift
    echo "== configuring and building ($preset)"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j"$(nproc)" "$@"
}
export -f build

# The test command builds four trees. The tests of one tree wait for windows, web pages, servers
# and child processes about half the time, so the next tree is built meanwhile, in the
# background at the lowest CPU priority: the tests keep the processor whenever they want it.
# The build is a session of its own, so that a failing test stops it with everything it started.
background_pid=
start_background_build() {
    setsid nice -n 19 bash -eo pipefail -c 'build "$0"' "$1" >"build/$1-build.log" 2>&1 &
    background_pid=$!
}
stop_background_build() {
    [ -n "$background_pid" ] && kill -- "-$background_pid" 2>/dev/null
    background_pid=
}
trap stop_background_build EXIT
finish_background_build() {
    local pid=$background_pid
    background_pid=
    if ! wait "$pid"; then
        cat "build/$1-build.log"
        echo "== building $1 failed" >&2
        exit 1
    fi
    head -n 1 "build/$1-build.log"
}

install_missing_packages

case "$mode" in
    build)
        build default
        ;;
    run)
        build default --target galley
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "== no display found: starting the editor under a virtual X server (xvfb-run)" >&2
            exec xvfb-run -a build/default/src/app/galley "${@:2}"
        fi
        exec build/default/src/app/galley "${@:2}"
        ;;
    test)
        start=$(date +%s)
        install_vnu
        build default
        echo "== running the test suite (the asan tree is built meanwhile)"
        start_background_build asan
        ctest --preset default
        # The asan test preset sets ASAN_OPTIONS=intercept_tls_get_addr=0: without it
        # LeakSanitizer's own tracer crashes (signal 11, "DTLS 7 at 0x503") while scanning the
        # dynamic TLS of the dlopen'd galley-eml.so/GMime at exit, failing `export --to eml` on
        # tests/email/data/kitchen-sink.md; leaks are still detected.
        echo "== core and command-line tests under AddressSanitizer + UBSan, $(( $(date +%s) - start )) s so far"
        finish_background_build asan
        start_background_build tsan
        ctest --preset asan
        # The store, its client and the preview renderer with their tests, and the checks that
        # TSan still reports races through Qt's machinery (tests/tsan): clean or red.
        echo "== store, store client and preview renderer under ThreadSanitizer, $(( $(date +%s) - start )) s so far"
        finish_background_build tsan
        start_background_build fuzz
        ctest --preset tsan
        # Every corpus replayed, then each target fuzzed for 10 s (tests/fuzz/CMakeLists.txt);
        # tests/fuzz/run.sh fuzzes longer.
        echo "== every parser under libFuzzer (clang-14, ASan + UBSan), $(( $(date +%s) - start )) s so far"
        finish_background_build fuzz
        ctest --preset fuzz
        echo "== all tests passed in $(( $(date +%s) - start )) s"
        ;;
esac
