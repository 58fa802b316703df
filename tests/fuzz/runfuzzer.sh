#!/bin/sh
# One bounded libFuzzer run (ctest fuzz_*_run in a -DHERKOMST_FUZZ=ON build; docs/design.md §10).
#   runfuzzer.sh FUZZER SEEDS WORK ARTIFACTS SECONDS [DICT]
# New inputs go to WORK (kept between local runs, so coverage grows), never into the seed corpus
# in the source tree. A crash, leak, timeout or sanitizer report ends the run with a non-zero
# exit and leaves the input in ARTIFACTS: reproduce it with `FUZZER ARTIFACTS/crash-…`, then make
# it a regression test next to the suite of the code that crashed (named after the crash).
# The mutations start from a fixed seed (HERKOMST_FUZZ_SEED, default 1), so a CI run that goes red
# is the same run a developer gets on a fresh build; set another seed to explore elsewhere.
set -eu
fuzzer=$1 seeds=$2 work=$3 artifacts=$4 seconds=$5 dict=${6:-}
mkdir -p "$work" "$artifacts"
set -- "$fuzzer" "$work" "$seeds" -max_total_time="$seconds" -seed="${HERKOMST_FUZZ_SEED:-1}" -timeout=20 \
    -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix="$artifacts/"
if [ -n "$dict" ]; then set -- "$@" -dict="$dict"; fi
exec "$@"
