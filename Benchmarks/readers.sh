#!/usr/bin/env bash
# Measures each inbox reader on a large file of its format: records, MB/s and peak memory, beside
# Python's csv module (CSV) and `xmllint --stream` (qbXML) reading the same file in the same run.
#
# Usage: Benchmarks/readers.sh [MB]     (file size per format, default 100)
#
# With valgrind installed it also counts the instructions of one read of a 4 MB qbXML file beside
# `xmllint --stream` on the same file (callgrind): a ratio this shared machine's noise cannot move.
set -euo pipefail
MB="${1:-100}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=Benchmarks/common.sh
source "$ROOT/Benchmarks/common.sh"
[[ -x /usr/bin/time ]] || { echo "error: install GNU time: apt-get install -y time" >&2; exit 1; }

echo "==> Building collect-read-bench (release)"
(cd "$ROOT" && swift build -c release --product collect-read-bench)
BIN="$(cd "$ROOT" && swift build -c release --show-bin-path)/collect-read-bench"

TMP="$(mktemp -d -t collect-readers.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
echo "==> Generating ${MB} MB per format in $TMP"
python3 "$ROOT/Benchmarks/generate_exports.py" "$TMP" --mb "$MB"

# Seconds a command takes, best of three (the machine is shared; the best run is the least
# disturbed), timed to the microsecond by bash's own clock: GNU time's 10 ms step is 7% of
# xmllint's 0.14 s on 30 MB. Like /usr/bin/time, this counts the process's start (Python's is
# about 15 ms).
best_of_three() {
    local best=""
    for _ in 1 2 3; do
        local started ended t
        started=$EPOCHREALTIME
        "$@" > /dev/null
        ended=$EPOCHREALTIME
        t=$(echo "$ended - $started" | bc -l)
        if [[ -z "$best" ]] || (($(echo "$t < $best" | bc -l))); then best="$t"; fi
    done
    echo "$best"
}

echo "==> Reading (collect: split = records alone, read = typed rows)"
for file in plain.csv qbo-aging.csv xero.csv qbxml-invoices.xml qbxml-aging.xml workbook.xlsx; do
    /usr/bin/time -v -o "$TMP/time.txt" "$BIN" "$TMP/$file" > "$TMP/out.txt"
    rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$TMP/time.txt")
    printf '%s\tpeak RSS %.1f MB\n' "$(cat "$TMP/out.txt")" "$(echo "$rss_kb / 1024" | bc -l)"
    mb=$(echo "$(stat -c %s "$TMP/$file") / 1000000" | bc -l)
    case "$file" in
    *.csv)
        seconds=$(best_of_three python3 -c 'import csv, sys
for row in csv.reader(open(sys.argv[1], newline="", encoding="utf-8", errors="replace")): pass' "$TMP/$file")
        printf '\tbeside: Python csv module %.1f MB/s\n' "$(echo "$mb / $seconds" | bc -l)"
        ;;
    *.xml)
        if command -v xmllint > /dev/null; then
            seconds=$(best_of_three xmllint --stream --noout "$TMP/$file")
            printf '\tbeside: xmllint --stream %.1f MB/s\n' "$(echo "$mb / $seconds" | bc -l)"
        else
            echo "	beside: xmllint not installed (apt-get install -y libxml2-utils)"
        fi
        ;;
    esac
done

if command -v valgrind > /dev/null && command -v xmllint > /dev/null; then
    echo "==> Instructions for one read of a 4 MB qbXML file (callgrind), beside xmllint --stream"
    mkdir -p "$TMP/small"
    python3 "$ROOT/Benchmarks/generate_exports.py" "$TMP/small" --mb 4 > /dev/null
    instructions() {
        valgrind --tool=callgrind --callgrind-out-file="$TMP/callgrind.out" "$@" 2>&1 > /dev/null |
            awk '/Collected :/ {print $NF}'
    }
    for file in qbxml-invoices.xml qbxml-aging.xml; do
        ours=$(READ_BENCH_PASSES=1 instructions "$BIN" "$TMP/small/$file")
        theirs=$(instructions xmllint --stream --noout "$TMP/small/$file")
        awk -v f="$file" -v o="$ours" -v t="$theirs" 'BEGIN {
            printf "%s\tcollect %.0fM instructions (encoding check and read)\txmllint --stream %.0fM\t%.0f%% of xmllint'"'"'s speed\n", f, o / 1e6, t / 1e6, 100 * t / o
        }'
    done
else
    echo "(install valgrind and libxml2-utils to count instructions beside xmllint)"
fi
