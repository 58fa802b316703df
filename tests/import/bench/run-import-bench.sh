#!/bin/sh
# Import benchmark: herkomst-cli against DuckDB on a generated full-size BACI year, plus a
# 200,000-row CBS workbook. DuckDB (@duckdb/node-api) is installed into the build folder, never
# into the repository. Prints the DuckDB ratios and a met / NOT met verdict for each goal
# (BACI wall time and peak memory at most half of DuckDB's; CBS 200,000 rows under 2 s) and
# exits 1 unless all are met. Usage: run-import-bench.sh <build dir> [BACI rows] [work dir]
set -eu
build=$(cd "${1:?usage: run-import-bench.sh <build dir> [rows] [work dir]}" && pwd)
rows=${2:-11000000}
work=${3:-$build/bench-import-data}
node_dir="$build/bench-duckdb"
if [ ! -d "$node_dir/node_modules/@duckdb/node-api" ]; then
  mkdir -p "$node_dir"
  (cd "$node_dir" && npm install --no-save --no-audit --no-fund --silent @duckdb/node-api)
fi
ninja -C "$build" herkomst-cli herkomst-bench-import >/dev/null
exec "$build/tests/import/herkomst-bench-import" --cli "$build/app/herkomst-cli" --rows "$rows" \
  --dir "$work" --duckdb-dir "$node_dir"
