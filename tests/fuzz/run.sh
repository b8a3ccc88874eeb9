#!/usr/bin/env bash
# Builds the CSV reader fuzzer with clang 16 into build-fuzz/ and runs it for $1 seconds (600).
# Exits non-zero when libFuzzer finds a crash, a sanitizer report or an invariant violation.
set -euo pipefail

seconds="${1:-600}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$root/build-fuzz"
nice=(nice -n "${FUZZ_NICE:-10}")

# clang 16 with its libFuzzer/sanitizer runtimes.
if ! command -v clang++-16 >/dev/null || ! dpkg -s libclang-rt-16-dev >/dev/null 2>&1; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update
    "${sudo[@]}" apt-get install -y --no-install-recommends clang-16 libclang-rt-16-dev
fi

"${nice[@]}" cmake -S "$root/tests/fuzz" -B "$build" -DCMAKE_CXX_COMPILER=clang++-16
"${nice[@]}" cmake --build "$build"

# The corpus: every seed file behind a few option prefixes (see fuzz_csv_reader.cpp for the layout):
# defaults, 1-byte chunks, explicit comma with 5-byte chunks and 64-unit fields, semicolon without
# the field count check, Windows-1252 with lenient quotes, UTF-16 with tabs, 16-byte chunks and
# 64-unit records.
corpus="$build/corpus"
mkdir -p "$corpus" "$build/artifacts"
prefixes=('\x00' '\x80\x01' '\x84\x35' '\x48' '\x23' '\x8e\x8a')
for seed in "$root"/tests/data/csv-spectrum/csvs/* "$root"/tests/fuzz/seeds/*; do
    [ -f "$seed" ] || continue
    for i in "${!prefixes[@]}"; do
        { printf "${prefixes[$i]}"; cat "$seed"; } >"$corpus/seed-$i-$(basename "$seed")"
    done
done

# Symbolised stacks in reports.
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ]; then
    for s in /usr/lib/llvm-16/bin/llvm-symbolizer /usr/bin/llvm-symbolizer-16 /usr/bin/llvm-symbolizer; do
        if [ -x "$s" ]; then export ASAN_SYMBOLIZER_PATH="$s"; break; fi
    done
fi

before=$(find "$build/artifacts" -type f | wc -l)
status=0
"${nice[@]}" "$build/fuzz_csv_reader" "$corpus" \
    -dict="$root/tests/fuzz/csv.dict" \
    -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/" || status=$?
after=$(find "$build/artifacts" -type f | wc -l)

if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
    echo "fuzz_csv_reader: crash found (exit $status); see $build/artifacts/" >&2
    exit "$((status == 0 ? 1 : status))"
fi
echo "fuzz_csv_reader: no crash in $seconds s"
