#!/usr/bin/env bash
# Hardening checks that CI runs after the README's test command (issue 11, DESIGN.md §7):
#  1. the whole suite built with REGIO_SANITIZE=ON (gcc, ASan + UBSan) and run with
#     halt_on_error, so any report fails the run;
#  2. every importer's libFuzzer target (clang, REGIO_FUZZ=ON) run for FUZZ_SECONDS (default 30)
#     on a copy of its seed corpus; any crash, sanitizer report, leak, timeout or out-of-memory
#     fails the run (the input that did it is kept in build-fuzz/findings/<target>/).
# Environment: JOBS (default 2), FUZZ_SECONDS (default 30), SKIP_ASAN=1 / SKIP_FUZZ=1 to leave a
# part out when running it by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

jobs="${JOBS:-2}"
fuzz_seconds="${FUZZ_SECONDS:-30}"
started=$(date +%s)
stamp() { echo "ci-hardening: $* ($(( $(date +%s) - started )) s)"; }

if [ "${SKIP_ASAN:-0}" != 1 ]; then
  # -O1 with line tables: a quicker build than -O2 -g and readable sanitizer reports.
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
        -DREGIO_SANITIZE=ON -DREGIO_BUILD_BENCHMARKS=OFF
  cmake --build build-asan -j"$jobs"
  stamp "ASan/UBSan build done"
  # Qt and fontconfig keep some allocations for the life of the process: leaks are not checked
  # (detect_leaks=0); every other report stops the test and fails it.
  ASAN_OPTIONS=halt_on_error=1:detect_leaks=0:abort_on_error=1 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -j"$jobs" --timeout 1500
  stamp "suite under ASan/UBSan passed"
fi

if [ "${SKIP_FUZZ:-0}" != 1 ]; then
  cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DREGIO_FUZZ=ON \
        -DREGIO_BUILD_TESTS=OFF -DREGIO_BUILD_BENCHMARKS=OFF
  cmake --build build-fuzz -j"$jobs" --target fuzzers
  stamp "fuzzers built"
  fuzz_dir=build-fuzz/tests/fuzz
  failed=()
  for target in topojson geojson rvg registry registry_sheet employment flows relatedness statline_typed statline_observations panel; do
    corpus="build-fuzz/corpus/$target"
    findings="build-fuzz/findings/$target"
    rm -rf "$corpus" "$findings"
    mkdir -p "$corpus" "$findings"
    cp -r "$fuzz_dir/seeds/$target/." "$corpus/"
    if ! ASAN_OPTIONS=halt_on_error=1:detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
         "$fuzz_dir/fuzz_$target" -max_total_time="$fuzz_seconds" -rss_limit_mb=2048 -timeout=25 \
           -artifact_prefix="$findings/" -print_final_stats=1 "$corpus" > "build-fuzz/fuzz-$target.log" 2>&1; then
      failed+=("$target")
      tail -n 60 "build-fuzz/fuzz-$target.log"
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build-fuzz/fuzz-$target.log" \
      | sed "s/^/ci-hardening: fuzz_$target /" || true
  done
  if [ ${#failed[@]} -ne 0 ]; then
    echo "ci-hardening: fuzz findings in: ${failed[*]} (inputs in build-fuzz/findings/)" >&2
    exit 1
  fi
  stamp "fuzz smoke passed"
fi
stamp "done"
