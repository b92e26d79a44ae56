#!/usr/bin/env bash
# tests/fuzz/run.sh [SECONDS] [TARGET...]: fuzz each target (all by default) for SECONDS of one
# core each (default 600: the 10 CPU-minutes issue 14 asks before a release), two at a time,
# from its committed corpus; then merge what they found back into the corpus (-merge=1 keeps
# only inputs that add coverage; MINIMISE=1 rebuilds the corpus minimal). Crash inputs land in build/fuzz/findings/;
# fix the bug, then copy the input into the corpus as a regression input.
# Prints one line per target: executions, coverage (edges), features, corpus size, wall and
# CPU seconds.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$here"
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_markdown fuzz_issuefile fuzz_template fuzz_url
                                     fuzz_searchquery fuzz_preflight fuzz_eml)
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)" >/dev/null
bin=build/fuzz/tests/fuzz
out=build/fuzz/findings
mkdir -p "$out"
export ASAN_OPTIONS=intercept_tls_get_addr=0
flags=(-max_len=16384 -timeout=10 -rss_limit_mb=2048 -dict=tests/fuzz/markdown.dict
       -print_final_stats=1)

fuzz_one() {
    local t=$1
    rm -rf "$out/$t" && mkdir -p "$out/$t/new"
    # /usr/bin/time: the CPU seconds the fuzzer had (max_total_time counts wall seconds).
    /usr/bin/time -f '%U %S' -o "$out/$t/cpu" "$bin/$t" "${flags[@]}" -max_total_time="$seconds" \
        -artifact_prefix="$out/$t/" "$out/$t/new" "tests/fuzz/corpus/$t" > "$out/$t/log" 2>&1 \
        || echo "$t: FINDING, see $out/$t/log"
}

running=0
for t in "${targets[@]}"; do
    fuzz_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$(nproc)" ]; then wait -n; running=$((running - 1)); fi
done
wait

for t in "${targets[@]}"; do
    log=$out/$t/log
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo ?)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo ?)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo ?)
    secs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | grep -o 'in [0-9]*' | grep -o '[0-9]*' || echo ?)
    cpu=$(tail -1 "$out/$t/cpu" | awk '{printf "%.0f", $1 + $2}' 2>/dev/null || echo ?)
    # Keep the committed corpus small: only inputs that add coverage join it (-merge=1).
    # MINIMISE=1 rebuilds it from scratch, keeping the named regression inputs (regress-*).
    if [ "${MINIMISE:-0}" = 1 ]; then
        mkdir -p "$out/$t/merged"
        "$bin/$t" "${flags[@]}" -merge=1 "$out/$t/merged" "tests/fuzz/corpus/$t" "$out/$t/new" > "$out/$t/merge.log" 2>&1
        find "tests/fuzz/corpus/$t" -type f ! -name 'regress-*' -delete
        cp -n "$out/$t/merged/"* "tests/fuzz/corpus/$t/" 2>/dev/null || true
    else
        "$bin/$t" "${flags[@]}" -merge=1 "tests/fuzz/corpus/$t" "$out/$t/new" > "$out/$t/merge.log" 2>&1
    fi
    files=$(ls "tests/fuzz/corpus/$t" | wc -l)
    printf '%-18s %10s execs  cov %5s  ft %6s  corpus %4s files  %4s s wall  %4s s CPU\n' \
        "$t" "$runs" "$cov" "$ft" "$files" "$secs" "$cpu"
done
