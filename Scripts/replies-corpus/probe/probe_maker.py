"""Wraps a probe set's bodies into labelled raw messages with the corpus builder (../build.py).

make_probe.py … make_probe7.py each hold one set's own data (its customers,
seed, id prefix and output file) and call make(...), which turns every entry of the set's bodies
module into the message `collect` would find, answering an 'Invoice INV-1xxx is N days overdue'
reminder of November or December 2026, and writes Tests/CollectCoreTests/Fixtures/replies/<name>
with every record "split": "probe". The entries' labels and send times are checked first, each
chk rule against the promise date it gives (unless the set opts out), and the written records
after (build.record_problems, no repeated bodies); then the counts are printed.

Python 3 standard library only. Importing this module sets sys.dont_write_bytecode.
"""
import datetime as dt
import json
import os
import random
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import build as B  # noqa: E402

FIXTURES = os.path.join(B.ROOT, "Tests", "CollectCoreTests", "Fixtures", "replies")
_c = B._c


def home(first, last, address, phone, tz):
    """A customer writing from a home address, greeted by first name."""
    c = B._home(first, last, address, phone, tz)
    c["greet"] = first
    return c


def reminder(r, kind, greet, inv, amt, rdate, inv2, amt2):
    """The reminder the customer answers: always 'Invoice INV-1xxx is N days overdue'."""
    n = r.randint(3, 45)
    due = rdate - dt.timedelta(days=n)
    prev = rdate - dt.timedelta(days=r.randint(7, 14))
    subject = f"Invoice {inv} is {n} days overdue"
    lines = f"{B.inv_line(inv, amt, due, n)}\n{B.pay_line(inv, amt)}"
    v = r.randrange(3)
    if v == 0:
        text = (f"Hi {greet},\n\nInvoice {inv} for {B.money(amt)} is now {n} days overdue.\n\n{lines}\n\n"
                "If you've already sent it, thank you, and please ignore this note. If not, could you let us know "
                "when we can expect payment? If anything about the invoice looks wrong, just reply to this e-mail "
                f"and we'll sort it out.\n\nThanks so much,\n{B.SIGNATURE}")
    elif v == 1:
        text = (f"Hi {greet},\n\nInvoice {inv} for {B.money(amt)} is now {n} days overdue; we last wrote to you "
                f"about it on {B.long_date(prev)}.\n\n{lines}\n\n"
                "If you've already sent payment, thank you - it can take a few days to reach us. Otherwise, please "
                "arrange payment this week or reply and tell us what's holding it up. If cash is tight, we're glad "
                f"to agree a payment plan.\n\nRegards,\n{B.SIGNATURE}")
    else:
        text = (f"Hi {greet},\n\nI hope all is well. Our records show invoice {inv} for {B.money(amt)}, due "
                f"{B.long_date(due)}, is still open - it's now {n} days overdue.\n\n{lines}\n\n"
                "If you've already sent it, thank you, and sorry for the nudge. If anything about the invoice looks "
                f"wrong, just reply and we'll work it out together.\n\nThank you,\n{B.SIGNATURE}")
    return subject, text


def check(rule, sent):
    """The promise date a chk rule means, from the reply's Chicago date: build.check_promise's rules
    ("+N", "eom", "d:N", "wd:", "tw:", "nw:") and "at:MM-DD[:wd]" / "at:YYYY-MM-DD[:wd]", a written
    date (its weekday, when given, must agree) on or after the reply."""
    kind, _, arg = rule.partition(":")
    if kind != "at":
        return B.check_promise(rule, sent)
    parts = arg.split(":")
    ymd = parts[0].split("-")
    if len(ymd) == 3:
        d = dt.date(int(ymd[0]), int(ymd[1]), int(ymd[2]))
    else:
        d = B.md(parts[0])
    if len(parts) > 1:
        assert d.weekday() == B.WEEKDAY[parts[1]], (rule, d)
    assert d >= sent, (rule, sent)
    return d


def validate(entries):
    """The entries' labels: known kinds in urgency order, a chk rule for each dated promise and none
    for an undated one, a sent time."""
    kinds = set(B.KINDS)
    for e in entries:
        ks = e["kinds"]
        assert all(k in kinds for k in ks), ks
        assert len(set(ks)) == len(ks), ks
        if "auto-reply" in ks or "other" in ks:
            assert len(ks) == 1, ks
        else:
            assert [B.URGENCY.index(k) for k in ks] == sorted(B.URGENCY.index(k) for k in ks), ks
        if e.get("p"):
            assert "promise-to-pay" in ks, e["text"][:50]
            assert e.get("chk"), e["text"][:50]
        elif "promise-to-pay" in ks:
            assert not e.get("chk"), e["text"][:50]
        assert e["lang"] in B.LANGS
        assert e.get("sent") and " " in e["sent"], e["text"][:50]


def make(bodies, customers, seed, prefix, name, check_chk=True):
    """Writes the probe set of bodies.ENTRIES (forwarded documents in bodies.FWD) to FIXTURES/name,
    from random.Random(seed), ids prefix0001, prefix0002, ...; with check_chk every entry's chk rule
    must give its promise date (check's rules; the first set writes its chk rules in more forms)."""
    out_path = os.path.join(FIXTURES, name)
    B.FWD = bodies.FWD
    B.LAST_DAY = dt.date(2026, 12, 31)
    B.CUSTOMERS = customers
    B.make_reminder = reminder
    entries = bodies.ENTRIES
    validate(entries)
    master = random.Random(seed)
    structure = B.assign_structures(entries, master)
    records = []
    seq_by_day = Counter()
    for i, e in enumerate(entries):
        # build.make_record knows only build.check_promise's rules: the chk rules are checked here
        e2 = {k: v for k, v in e.items() if k != "chk"}
        # reminders of December replies are December reminders; November replies answer November ones
        B.FIRST_DAY = dt.date(2026, 12, 1) if e["sent"].startswith("12-") else dt.date(2026, 11, 16)
        rec = B.make_record(master, e2, i, structure, seq_by_day)
        if check_chk and e.get("chk"):
            sent_chi = dt.datetime.fromisoformat(rec["sent"]).astimezone(B.CHI).date()
            want = check(e["chk"], sent_chi)
            if want.isoformat() != rec["promise"]:
                raise SystemExit(f"promise {rec['promise']} != {e['chk']} -> {want} for {e['text'][:50]!r}")
        rec["_bucket"] = e["b"]
        records.append(dict(split="probe", **rec))
    master.shuffle(records)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for n, rec in enumerate(records, 1):
            out = {"id": f"{prefix}{n:04d}", **{k: v for k, v in rec.items() if not k.startswith("_")}}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    # the corpus builder's per-record checks (headers, dates, decoding, kinds order), and no repeated bodies
    B.FIRST_DAY = dt.date(2026, 11, 16)
    with open(out_path, encoding="utf-8") as f:
        written = [json.loads(line) for line in f]
    problems = [p for x, rec in zip(written, records) for p in B.record_problems(x, rec, ("probe",))]
    dup = [w for w, c in Counter(r["_words"] for r in records).items() if c > 1]
    if problems or dup:
        raise SystemExit("PROBLEMS:\n  " + "\n  ".join(problems + [f"duplicate body: {w[:60]!r}" for w in dup]))
    print(f"wrote {len(records)} -> {out_path}")
    print("buckets:", dict(Counter(r["_bucket"] for r in records)))
    print("first kind:", dict(Counter(r["kinds"][0] for r in records)))
    print("lang:", dict(Counter(r["lang"] for r in records)))
    print("channel:", dict(Counter(r["channel"] for r in records)))
    print("mixed:", sum(len(r["kinds"]) > 1 for r in records), " dated promises:", sum(bool(r["promise"]) for r in records))
