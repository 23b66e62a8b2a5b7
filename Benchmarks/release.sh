#!/usr/bin/env bash
# Times a durable release beside the same release with every flush switched off, and beside the
# cost of writing the same files without flushing them.
#
# Usage: Benchmarks/release.sh [N]        (N invoices, default 100000; about N/10.5 messages)
#        KEEP=1 Benchmarks/release.sh     (keep the temporary folder afterwards)
#
# Builds the release binary, generates a workspace of N invoices, runs the night as of
# 2026-11-30 and copies the workspace. Then it times `collect release --all --now
# 2026-11-30T10:00` (every batch of files on disk before the commit that records it, renamed
# after) under /usr/bin/time -v on one copy, and the same release under `eatmydata` (which makes
# fsync, syncfs and SQLite's syncs return at once: apt-get install -y eatmydata) on the other:
# their ratio is what durability costs. Last it writes the very files the release left in the
# spool again, into a fresh folder, with no flush at all (Python, one open/write/close each): the
# floor any release, durable or not, sits on.
set -euo pipefail

AS_OF=2026-11-30
NOW=2026-11-30T10:00
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
source "$SCRIPT_DIR/common.sh"
N="$(positive_count "${1:-}" 100000)"
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time (GNU time) is missing: apt-get install -y time" >&2; exit 1; }

echo "==> Building collect (release)"
(cd "$ROOT" && swift build -c release --product collect)
BIN="$(cd "$ROOT" && swift build -c release --show-bin-path)/collect"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/collect-release.XXXXXX")"
cleanup() {
    if [[ "${KEEP:-0}" == 1 ]]; then echo "Kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
WS="$TMP/workspace"

echo "==> Generating $N invoices and running the night"
python3 "$SCRIPT_DIR/generate_workspace.py" "$WS" --invoices "$N" --as-of "$AS_OF" >/dev/null
"$BIN" run --workspace "$WS" --as-of "$AS_OF" >"$TMP/run.out" 2>&1 || { cat "$TMP/run.out" >&2; exit 1; }
cp -a "$WS" "$TMP/unflushed"

echo "==> collect release --all --now $NOW"
if ! /usr/bin/time -v -o "$TMP/release.time" "$BIN" release --workspace "$WS" --all --now "$NOW" >"$TMP/release.out" 2>&1; then
    cat "$TMP/release.out" >&2
    exit 1
fi
head -c 300 "$TMP/release.out"
echo

UNFLUSHED=""
if command -v eatmydata >/dev/null; then
    echo "==> the same release with every flush switched off (eatmydata)"
    eatmydata /usr/bin/time -v -o "$TMP/unflushed.time" "$BIN" release --workspace "$TMP/unflushed" --all --now "$NOW" \
        >/dev/null 2>&1 || { echo "error: the release under eatmydata failed" >&2; exit 1; }
    UNFLUSHED="$(wall_seconds "$TMP/unflushed.time")"
else
    echo "(eatmydata is missing: apt-get install -y eatmydata to time the release without its flushes)"
fi

echo "==> the same files written again without a flush"
PLAIN="$(python3 - "$WS/outbox" "$TMP/plain" <<'PY'
import os, sys, time
outbox, target = sys.argv[1:]
files = []
for folder in ("mail/new", "sms"):
    base = os.path.join(outbox, folder)
    for name in sorted(os.listdir(base)):
        path = os.path.join(base, name)
        if os.path.isfile(path):
            with open(path, "rb") as f:
                files.append((name, f.read()))
os.makedirs(target)
start = time.perf_counter()
for name, data in files:
    with open(os.path.join(target, name), "wb") as f:
        f.write(data)
print(f"{time.perf_counter() - start:.3f} {len(files)}")
PY
)"
read -r PLAIN_SECONDS FILES <<<"$PLAIN"

awk -v files="$FILES" -v release="$(wall_seconds "$TMP/release.time")" -v rss="$(peak_rss_mb "$TMP/release.time")" \
    -v plain="$PLAIN_SECONDS" -v unflushed="$UNFLUSHED" 'BEGIN {
    printf "\n  messages released:                 %d\n", files
    printf "  collect release (durable):         %.2f s, peak RSS %.1f MB\n", release, rss
    if (unflushed != "") {
        printf "  the same release, no flush at all: %.2f s\n", unflushed
        if (unflushed > 0) printf "  what durability costs:             %.2fx (issue 14 asks for at most 3x)\n", release / unflushed
    }
    printf "  the same files written, no flush:  %.3f s (the release is %.0fx that)\n", plain, (plain > 0 ? release / plain : 0)
}'
