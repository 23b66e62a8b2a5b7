#!/usr/bin/env bash
# Times the review desk's pages on a generated night of many messages.
#
# Usage: Benchmarks/review.sh [CUSTOMERS]     (default 250000 customers, about 200,000 messages)
#        KEEP=1 Benchmarks/review.sh          (keep the temporary workspace afterwards)
#        WORKSPACE=DIR Benchmarks/review.sh   (time the pages of a workspace kept before, without a new run)
#
# Builds the release binary, generates a workspace of CUSTOMERS customers and 1.2 × CUSTOMERS
# invoices with Benchmarks/generate_workspace.py, runs `collect run` once, starts `collect review`,
# signs in with its one-time link and times each page with curl (best of three), then prints
# the desk's peak memory.
set -euo pipefail

N="${1:-250000}"
if ! [[ "$N" =~ ^[0-9]+$ ]] || (( N < 1 )); then
    echo "usage: $0 [CUSTOMERS]   (a positive integer; default 250000)" >&2
    exit 2
fi
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
command -v curl >/dev/null || { echo "error: curl is needed" >&2; exit 1; }

echo "==> Building collect (release)"
(cd "$ROOT" && swift build -c release --product collect >/dev/null)
BIN="$(cd "$ROOT" && swift build -c release --show-bin-path)/collect"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/collect-review-bench.XXXXXX")"
WS="$TMP/workspace"
SERVER=""
cleanup() {
    [[ -n "$SERVER" ]] && kill "$SERVER" 2>/dev/null || true
    if [[ "${KEEP:-0}" == 1 ]]; then echo "Kept the workspace: $WS"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

if [[ -n "${WORKSPACE:-}" ]]; then
    WS="$WORKSPACE"
else
    echo "==> Generating $N customers and $((N * 12 / 10)) invoices"
    python3 "$SCRIPT_DIR/generate_workspace.py" "$WS" --invoices $((N * 12 / 10)) --customers "$N" >/dev/null
    # The inbox files must have settled before a run reads them.
    touch -d '-2 minutes' "$WS"/inbox/*
    echo "==> collect run"
    start=$(date +%s.%N)
    "$BIN" run --workspace "$WS" --as-of 2026-11-30 | sed -n '1p'
    echo "run: $(echo "$(date +%s.%N) - $start" | bc) s"
fi

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" review --workspace "$WS" --port "$PORT" > "$TMP/review.out" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do grep -q 'token=' "$TMP/review.out" 2>/dev/null && break; sleep 0.1; done
LINK=$(grep -o 'http://[^ ]*token=[0-9a-f]*' "$TMP/review.out")
JAR="$TMP/cookies"
curl -s -o /dev/null -c "$JAR" "$LINK"
BASE="http://127.0.0.1:$PORT"

printf '%-58s %10s %10s\n' "page" "seconds" "bytes"
for page in "/" "/messages" "/messages?sort=customer&dir=asc&page=2000" "/messages?sort=age" \
    "/messages?q=Customer%2012345" "/messages?status=staged&channel=sms&sort=amount" "/messages?edited=1" \
    "/messages/$(date +%Y)-placeholder" "/needs-you" "/needs-you?reason=person-takes-over&page=20" "/results" "/playbook"; do
    if [[ "$page" == *placeholder ]]; then
        id=$(curl -s -b "$JAR" "$BASE/messages" | grep -o 'href="/messages/[0-9-]*"' | head -1 | cut -d'"' -f2)
        page="$id"
    fi
    best=""
    for _ in 1 2 3; do
        t=$(curl -s -o "$TMP/page.html" -w '%{time_total}' -b "$JAR" "$BASE$page")
        if [[ -z "$best" ]] || (( $(echo "$t < $best" | bc) )); then best=$t; fi
    done
    printf '%-58s %10s %10s\n' "$page" "$best" "$(wc -c < "$TMP/page.html")"
done
curl -s -b "$JAR" "$BASE/messages" | grep -o 'Messages 1–[0-9]* of [0-9]*[^<]*'
echo "peak memory of collect review: $(grep VmHWM /proc/$SERVER/status | awk '{print $2, $3}')"
