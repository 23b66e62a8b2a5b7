#!/usr/bin/env bash
# Runs collect and BadCop 0.1.1 (from PyPI) on the same generated ledger, one after the other,
# and prints each one's wall time and peak memory with the ratios.
#
# Usage: Benchmarks/compare.sh [N]        (N invoices, default 10000)
#        KEEP=1 Benchmarks/compare.sh     (keep the temporary folder afterwards)
#
# The ledger comes from Benchmarks/generate_workspace.py (N invoices, N/10 customers, as of
# 2026-11-30) as collect's inbox CSVs; the same rows are written in BadCop's invoices.csv form
# (each invoice with its customer's e-mail, or a placeholder for one reached by text only; the
# open balance as the amount). BadCop is installed
# into a throwaway virtual environment and run as `badcop run --dry-run --today 2026-11-30` (it
# prints every reminder due and writes nothing); collect runs a first night on the same date.
# Both are timed under /usr/bin/time -v. Needs python3 with venv and pip, and network access to
# PyPI; BADCOP_VENV=DIR reuses a virtual environment that already has badcop 0.1.1.
set -euo pipefail

AS_OF=2026-11-30
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
source "$SCRIPT_DIR/common.sh"
N="$(positive_count "${1:-}" 10000)"
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time (GNU time) is missing: apt-get install -y time" >&2; exit 1; }
command -v python3 >/dev/null || { echo "error: python3 is needed" >&2; exit 1; }

TMP="$(mktemp -d "${TMPDIR:-/tmp}/collect-compare.XXXXXX")"
cleanup() {
    if [[ "${KEEP:-0}" == 1 ]]; then echo "Kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

VENV="${BADCOP_VENV:-$TMP/venv}"
if [[ ! -x "$VENV/bin/badcop" ]]; then
    echo "==> Installing badcop==0.1.1 into $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet badcop==0.1.1
fi

echo "==> Building collect (release)"
(cd "$ROOT" && swift build -c release --product collect)
BIN="$(cd "$ROOT" && swift build -c release --show-bin-path)/collect"

WS="$TMP/collect"
BC="$TMP/badcop"
echo "==> Generating $N invoices"
python3 "$SCRIPT_DIR/generate_workspace.py" "$WS" --invoices "$N" --as-of "$AS_OF"
mkdir -p "$BC"
(cd "$BC" && "$VENV/bin/badcop" init --dir . >/dev/null)
# The same ledger in BadCop's form; its sample configuration is kept (catch_up = false).
python3 - "$WS/inbox/open-invoices.csv" "$WS/inbox/customers.csv" "$BC/invoices.csv" <<'PY'
import csv, sys
invoices, customers, out = sys.argv[1:]
with open(customers, newline="") as f:
    email = {row["Customer"]: row["Email"] for row in csv.DictReader(f)}
header = ["invoice_id", "client_name", "client_email", "amount", "currency", "issued_date", "due_date",
          "status", "paid_date", "late_fee_pct", "grace_days", "pay_link", "notes"]
with open(invoices, newline="") as f, open(out, "w", newline="") as g:
    writer = csv.writer(g)
    writer.writerow(header)
    for row in csv.DictReader(f):
        balance = float(row["Balance Due"].replace(",", ""))
        status = "open" if balance > 0 else "paid"
        # A settled or credited invoice is "paid" at its total (BadCop takes only positive amounts).
        amount = balance if balance > 0 else abs(float(row["Total"].replace(",", ""))) or 0.01
        # BadCop needs an e-mail address: a customer collect reaches by text gets a placeholder.
        address = email.get(row["Customer"]) or "no-email-%s@invalid.example" % "".join(filter(str.isdigit, row["Customer"]))
        writer.writerow([row["Invoice No"], row["Customer"], address,
                         f"{amount:.2f}", row["Currency"], row["Invoice Date"], row["Due Date"],
                         status, row["Due Date"] if status == "paid" else "", "", "", row["Payment Link"], ""])
PY


echo "==> badcop run --dry-run --today $AS_OF"
if ! (cd "$BC" && /usr/bin/time -v -o "$TMP/badcop.time" "$VENV/bin/badcop" --config badcop.toml \
    --ledger invoices.csv --state state.json run --dry-run --today "$AS_OF" >"$TMP/badcop.out" 2>&1); then
    echo "error: badcop failed:" >&2
    tail -20 "$TMP/badcop.out" >&2
    exit 1
fi
echo "==> collect run --as-of $AS_OF"
if ! /usr/bin/time -v -o "$TMP/collect.time" "$BIN" run --workspace "$WS" --as-of "$AS_OF" >"$TMP/collect.out" 2>&1; then
    echo "error: collect failed:" >&2
    cat "$TMP/collect.out" >&2
    exit 1
fi
staged=$(find "$WS/outbox/review" -path '*/messages/*' -type f | wc -l)

awk -v n="$N" -v staged="$staged" \
    -v bw="$(wall_seconds "$TMP/badcop.time")" -v br="$(peak_rss_mb "$TMP/badcop.time")" \
    -v cw="$(wall_seconds "$TMP/collect.time")" -v cr="$(peak_rss_mb "$TMP/collect.time")" 'BEGIN {
    printf "\n%-26s %10s %12s\n", "", "wall (s)", "peak RSS (MB)"
    printf "%-26s %10.2f %12.1f\n", "BadCop 0.1.1 dry run", bw, br
    printf "%-26s %10.2f %12.1f\n", "collect run", cw, cr
    if (cw > 0 && cr > 0) printf "%-26s %9.1fx %11.1fx\n", "BadCop / collect", bw / cw, br / cr
    printf "\n%d invoices; collect staged %d messages for review.\n", n, staged
}'
