#!/bin/sh
# Import benchmark, one case per format, each read from the same file by Herkomst and a peer:
#  - BACI: a generated full-size year (11 million rows), DuckDB computing the same aggregates;
#  - CBS CSV: 2 million rows "Goederencode;Land;Invoerwaarde" (CN8 by country), DuckDB grouping
#    CN8 into HS6 by country;
#  - CBS XLSX: a 200,000-row workbook, liborcus (Debian liborcus-bin) reading it, because DuckDB
#    reads XLSX only through an extension it downloads at run time.
# For each: the whole import into a store, reading and grouping alone (the ImportJob into a
# counting sink), the peer, the ratios and a met / NOT met verdict for the goal (at most half the
# peer's wall time and peak memory). Exits 1 unless every goal is met. DuckDB (@duckdb/node-api)
# is installed with npm into the build folder, never into the repository.
# Usage: run-import-bench.sh <build dir> [BACI rows] [work dir] [--only baci|cbs-csv|cbs-xlsx ...]
set -eu
build=$(cd "${1:?usage: run-import-bench.sh <build dir> [rows] [work dir]}" && pwd)
rows=${2:-11000000}
work=${3:-$build/bench-import-data}
shift $(($# < 3 ? $# : 3))
node_dir="$build/bench-duckdb"
if [ ! -d "$node_dir/node_modules/@duckdb/node-api" ]; then
  mkdir -p "$node_dir"
  (cd "$node_dir" && npm install --no-save --no-audit --no-fund --silent @duckdb/node-api)
fi
command -v orcus-xlsx >/dev/null || echo "orcus-xlsx not found: install liborcus-bin for the workbook's peer" >&2
ninja -C "$build" herkomst-cli herkomst-bench-import >/dev/null
exec "$build/tests/import/herkomst-bench-import" --cli "$build/app/herkomst-cli" --rows "$rows" \
  --dir "$work" --duckdb-dir "$node_dir" "$@"
