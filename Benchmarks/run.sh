#!/usr/bin/env bash
# Benchmarks `collect run` on a generated workspace.
#
# Usage: Benchmarks/run.sh [N]        (N invoices, default 100000)
#        KEEP=1 Benchmarks/run.sh     (keep the temporary workspace afterwards)
#
# Builds the release binary, generates a workspace of N invoices (N/10 customers) with
# Benchmarks/generate_workspace.py, times `collect run --as-of 2026-11-30` under
# /usr/bin/time -v, then times the same run again (a rerun on the same date, which
# should stage nothing new), and counts the staged message files.
set -euo pipefail

AS_OF=2026-11-30
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
source "$SCRIPT_DIR/common.sh"
N="$(positive_count "${1:-}" 100000)"

if [[ ! -x /usr/bin/time ]]; then
    echo "error: /usr/bin/time (GNU time) is missing; install it with: sudo apt-get install -y time" >&2
    exit 1
fi
command -v python3 >/dev/null || { echo "error: python3 is needed to generate the workspace" >&2; exit 1; }

echo "==> Building collect (release)"
(cd "$ROOT" && swift build -c release --product collect)
BIN="$(cd "$ROOT" && swift build -c release --show-bin-path)/collect"
[[ -x "$BIN" ]] || { echo "error: no binary at $BIN" >&2; exit 1; }

# The workspace and, beside it, the logs of each run (kept out of the workspace itself).
TMP="$(mktemp -d "${TMPDIR:-/tmp}/collect-bench.XXXXXX")"
WS="$TMP/workspace"
cleanup() {
    if [[ "${KEEP:-0}" == 1 ]]; then
        echo "Kept the workspace: $WS (run logs in $TMP)"
    else
        rm -rf "$TMP"
    fi
}
trap cleanup EXIT

echo "==> Generating $N invoices in $WS"
python3 "$SCRIPT_DIR/generate_workspace.py" "$WS" --invoices "$N" --as-of "$AS_OF"


# timed_run LABEL: runs collect under /usr/bin/time -v; its output goes to $TMP/LABEL.out,
# time's report to $TMP/LABEL.time. Shows both and stops when the run fails.
timed_run() {
    local label="$1"
    echo "==> $label: collect run --workspace WS --as-of $AS_OF"
    if ! /usr/bin/time -v -o "$TMP/$label.time" \
        "$BIN" run --workspace "$WS" --as-of "$AS_OF" >"$TMP/$label.out" 2>&1; then
        echo "error: collect run failed ($label):" >&2
        cat "$TMP/$label.out" "$TMP/$label.time" >&2
        exit 1
    fi
    sed 's/^/    /' "$TMP/$label.out"
}

# The run moves the inbox files away: measure them first.
INPUT_BYTES=$(( $(wc -c <"$WS/inbox/open-invoices.csv") + $(wc -c <"$WS/inbox/customers.csv") ))

timed_run first
timed_run rerun

FIRST_WALL="$(wall_seconds "$TMP/first.time")"
FIRST_RSS="$(peak_rss_mb "$TMP/first.time")"
RERUN_WALL="$(wall_seconds "$TMP/rerun.time")"
RERUN_RSS="$(peak_rss_mb "$TMP/rerun.time")"

echo
echo "==> Summary"
awk -v n="$N" -v bytes="$INPUT_BYTES" -v wall="$FIRST_WALL" -v rss="$FIRST_RSS" \
    -v rwall="$RERUN_WALL" -v rrss="$RERUN_RSS" 'BEGIN {
    printf "  invoices:          %d\n", n
    printf "  input:             %.2f MB\n", bytes / 1000000
    printf "  wall:              %.2f s\n", wall
    printf "  peak RSS:          %.1f MB\n", rss
    if (wall > 0) printf "  invoices/second:   %.0f\n", n / wall
    else          printf "  invoices/second:   (too fast to measure)\n"
    printf "  rerun wall:        %.2f s (peak RSS %.1f MB)\n", rwall, rrss
}'

echo "  staged messages (outbox/review/*/messages/):"
shopt -s nullglob
found=0
for dir in "$WS"/outbox/review/*/messages; do
    found=1
    batch="$(basename "$(dirname "$dir")")"
    emails=$(find "$dir" -maxdepth 1 -type f -name '*.eml' | wc -l)
    texts=$(find "$dir" -maxdepth 1 -type f -name '*.sms' | wc -l)
    total=$(find "$dir" -maxdepth 1 -type f | wc -l)
    printf "    %s: %d files (%d email, %d sms)\n" "$batch" "$total" "$emails" "$texts"
done
(( found )) || echo "    (none)"
