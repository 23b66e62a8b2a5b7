#!/usr/bin/env python3
"""Generate a synthetic `collect` workspace for benchmarking.

Usage:
    generate_workspace.py DIR --invoices N [--customers M] [--as-of 2026-11-30] [--seed 7]

Creates DIR (which must not exist, or be empty) containing:

    DIR/inbox/open-invoices.csv   N open invoices, one row each
    DIR/inbox/customers.csv       M customers (default N // 10), one row each
    DIR/collect.toml              a small settings file ("Benchmark Co")

The data is shaped like a plain accounting export:

* Invoice numbers INV-000001...; customer names Customer 00001...; every 50th
  customer is "Customer 00050, LLC" (a comma, so the name is quoted in both files).
* Every customer gets at least one invoice; the rest are spread at random.
* Due dates cycle through every day from 120 days before the as-of date to 30 days
  after it, so every ladder position occurs; Invoice Date = Due Date - 30 days. Only
  15 customers in a hundred (the long tail) have invoices more than 59 days past due:
  a person takes over such an account, and no reminder goes to it.
* Amounts like 1234.56, some written "1,234.56" (quoted, with a thousands comma).
* Balance Due equals Total for about 90% of rows, a partial amount for 8%, 0.00 for
  1% and a negative credit (-50.00) for 1%.
* Currency USD for about 97% of rows, EUR for 3%; Payment Link empty except for
  about 5% of rows (https://pay.example.com/p/<hex>).
* Customers: email ap+<n>@customer<n>.example for 90%, a phone only
  (+1 312 555 dddd) for 7%, neither for 3%; Do Not Automate "yes" for 1%
  (exact shares in every block of 100 customers).

Rows are streamed to disk one at a time, so a 1,000,000-invoice workspace needs
no more memory than a 1,000-invoice one. Output is deterministic for a given
--seed (and the same other arguments). Standard library only.
"""

import argparse
import csv
import datetime
import os
import random
import sys
import time

INVOICE_HEADER = [
    "Invoice No", "Customer", "Invoice Date", "Due Date",
    "Total", "Balance Due", "Currency", "Payment Link",
]
CUSTOMER_HEADER = [
    "Customer", "Email", "Phone", "Time Zone", "Language", "Tags", "Do Not Automate",
]
COLLECT_TOML = """\
[business]
name = "Benchmark Co"
sender_address = "accounts@benchmark.example"
time_zone = "America/Chicago"
phone_country_code = "1"

[payment_link]
template = "https://pay.benchmark.example/invoice/{invoice}?amount={amount}"

[inbox]
# The files are generated just before the run: read them at once.
settle_seconds = 0

[guardrails]
# A benchmark stages everything at once: lift the circuit breaker.
max_messages = 100000000
max_message_share = 10
"""

FIRST_OFFSET = -120          # days relative to --as-of of the earliest due date
LAST_OFFSET = 30             # ... and of the latest
OFFSET_SPAN = LAST_OFFSET - FIRST_OFFSET + 1   # 151, a prime
OFFSET_STRIDE = 37           # coprime with 151: walks every offset once per 151 invoices
TERMS_DAYS = 30              # Invoice Date = Due Date - 30 days
HANDOFF_OFFSET = -59         # the oldest due date of a customer outside the long tail
LONG_TAIL_PERCENT = 15       # customers in a hundred whose invoices reach past the hand-off day
TAGS = ["clinic;net30", "agency;net15", "retail;net30", "contractor;net45", "restaurant", "nonprofit;net30"]
TIME_ZONES = ["America/Chicago", "America/New_York"]
BUFFER = 1 << 20


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Generate a synthetic collect workspace (inbox CSVs and collect.toml) for benchmarks.")
    parser.add_argument("dir", metavar="DIR", help="the workspace folder to create (must not exist or be empty)")
    parser.add_argument("--invoices", type=int, required=True, metavar="N", help="number of invoice rows")
    parser.add_argument("--customers", type=int, metavar="M", help="number of customers (default: N // 10, at least 1)")
    parser.add_argument("--as-of", default="2026-11-30", metavar="YYYY-MM-DD",
                        help="the date due dates are spread around (default: 2026-11-30)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default: 7)")
    args = parser.parse_args(argv)
    if args.invoices < 0:
        parser.error("--invoices must be 0 or more")
    if args.customers is None:
        args.customers = max(1, args.invoices // 10)
    if args.customers < 1:
        parser.error("--customers must be 1 or more")
    try:
        args.as_of_date = datetime.date.fromisoformat(args.as_of)
    except ValueError:
        parser.error(f"--as-of {args.as_of}: expected YYYY-MM-DD")
    return args


def customer_names(count):
    """Customer n's name for n in 1...count (index 0 unused). Every 50th has a comma."""
    width = max(5, len(str(count)))
    names = [""]
    for n in range(1, count + 1):
        name = f"Customer {n:0{width}d}"
        if n % 50 == 0:
            name += ", LLC"
        names.append(name)
    return names


def money(cents, thousands=False):
    """Cents as 1234.56, or 1,234.56 when thousands is set (csv quotes it)."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole:,}.{frac:02d}" if thousands else f"{sign}{whole}.{frac:02d}"


def invoice_rows(count, names, as_of, rng):
    """Yields invoice rows one at a time."""
    customers = len(names) - 1
    due_dates = {}
    invoice_dates = {}
    for offset in range(FIRST_OFFSET, LAST_OFFSET + 1):
        due = as_of + datetime.timedelta(days=offset)
        due_dates[offset] = due.isoformat()
        invoice_dates[offset] = (due - datetime.timedelta(days=TERMS_DAYS)).isoformat()
    random_ = rng.random
    randint = rng.randint
    for i in range(1, count + 1):
        # The first M invoices give every customer one; the rest land anywhere.
        index = i if i <= customers else randint(1, customers)
        customer = names[index]
        offset = FIRST_OFFSET + ((i - 1) * OFFSET_STRIDE) % OFFSET_SPAN
        # Only the long tail (15 customers in a hundred) has invoices past the hand-off day:
        # a person takes over such an account, and every other customer keeps to the ladder.
        if offset < HANDOFF_OFFSET and (index * 61) % 100 >= LONG_TAIL_PERCENT:
            offset = HANDOFF_OFFSET + (offset - FIRST_OFFSET) % (LAST_OFFSET - HANDOFF_OFFSET + 1)
        total = randint(2500, 999_999)                        # 25.00 ... 9,999.99
        thousands = total >= 100_000 and random_() < 0.3      # "1,234.56"
        r = random_()
        if r < 0.90:
            balance = money(total, thousands)
        elif r < 0.98:
            balance = money(randint(1, total - 1), thousands)  # partly paid
        elif r < 0.99:
            balance = "0.00"                                   # paid, still exported
        else:
            balance = "-50.00"                                 # a credit
        currency = "EUR" if random_() < 0.03 else "USD"
        link = f"https://pay.example.com/p/{rng.getrandbits(64):016x}" if random_() < 0.05 else ""
        yield (f"INV-{i:06d}", customer, invoice_dates[offset], due_dates[offset],
               money(total, thousands), balance, currency, link)


def customer_rows(names, rng):
    """Yields customer rows one at a time."""
    for n in range(1, len(names)):
        # (n * 61) % 100 visits each of 0...99 once per hundred customers, so the
        # shares are exact (and present from 100 customers on) without clumping.
        contact = (n * 61) % 100
        if contact < 90:
            email, phone = f"ap+{n}@customer{n}.example", ""
        elif contact < 97:
            email, phone = "", f"+1 312 555 {rng.randrange(10000):04d}"
        else:
            email, phone = "", ""
        time_zone = TIME_ZONES[rng.randrange(len(TIME_ZONES))]
        tags = TAGS[rng.randrange(len(TAGS))]
        do_not_automate = "yes" if (n * 29) % 100 == 11 else ""
        yield (names[n], email, phone, time_zone, "en", tags, do_not_automate)


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8", buffering=BUFFER) as f:
        writer = csv.writer(f, lineterminator="\n")   # QUOTE_MINIMAL: quotes fields with commas
        writer.writerow(header)
        writer.writerows(rows)                        # consumes the generator row by row


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    started = time.monotonic()

    workspace = args.dir
    if os.path.exists(workspace):
        if not os.path.isdir(workspace) or os.listdir(workspace):
            sys.exit(f"generate_workspace.py: {workspace} exists and is not an empty folder")
    inbox = os.path.join(workspace, "inbox")
    os.makedirs(inbox)

    names = customer_names(args.customers)
    # Separate streams so the customer file does not change with --invoices.
    invoices_path = os.path.join(inbox, "open-invoices.csv")
    customers_path = os.path.join(inbox, "customers.csv")
    settings_path = os.path.join(workspace, "collect.toml")
    write_csv(invoices_path, INVOICE_HEADER,
              invoice_rows(args.invoices, names, args.as_of_date, random.Random(f"{args.seed}/invoices")))
    write_csv(customers_path, CUSTOMER_HEADER, customer_rows(names, random.Random(f"{args.seed}/customers")))
    with open(settings_path, "w", encoding="utf-8") as f:
        f.write(COLLECT_TOML)

    elapsed = time.monotonic() - started
    print(f"Generated {args.invoices:,} invoices for {args.customers:,} customers "
          f"(as of {args.as_of}, seed {args.seed}) in {elapsed:.2f}s:")
    for path in (invoices_path, customers_path, settings_path):
        size = os.path.getsize(path)
        print(f"  {path}  {size:,} bytes ({size / 1_000_000:.2f} MB)")


if __name__ == "__main__":
    main()
