#!/usr/bin/env bash
# Measures each inbox reader on a large file of its format: records, MB/s and peak memory.
#
# Usage: Benchmarks/readers.sh [MB]     (file size per format, default 100)
set -euo pipefail
MB="${1:-100}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[[ -x /usr/bin/time ]] || { echo "error: install GNU time: apt-get install -y time" >&2; exit 1; }

echo "==> Building collect-read-bench (release)"
(cd "$ROOT" && swift build -c release --product collect-read-bench)
BIN="$(cd "$ROOT" && swift build -c release --show-bin-path)/collect-read-bench"

TMP="$(mktemp -d -t collect-readers.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
echo "==> Generating ${MB} MB per format in $TMP"
python3 "$ROOT/Benchmarks/generate_exports.py" "$TMP" --mb "$MB"

echo "==> Reading"
for file in plain.csv qbo-aging.csv xero.csv qbxml-invoices.xml qbxml-aging.xml; do
    /usr/bin/time -v -o "$TMP/time.txt" "$BIN" "$TMP/$file" > "$TMP/out.txt"
    rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$TMP/time.txt")
    printf '%s\tpeak RSS %.1f MB\n' "$(cat "$TMP/out.txt")" "$(echo "$rss_kb / 1024" | bc -l)"
done
