#!/usr/bin/env python3
"""Kill `collect run` and `collect release` with SIGKILL at many instants, run again, and check
that nothing was lost or sent twice; kill `collect playbook approve` and `rollback` the same way
and check that collect.toml and templates/ end wholly old or wholly new.

Usage:
    Scripts/crash-check.py BINARY [--invoices 400] [--random 20] [--seed 1] [--repeats 3]

BINARY is a built `collect` (for example .build/debug/collect). Three nights are played on a
generated workspace (Benchmarks/generate_workspace.py, plus a file that is rejected):

    night 1: run --as-of 2026-11-30, release --all --now 2026-11-30T10:00
    night 2: a truncated export (the batch is held), run --as-of 2026-12-07, release --all
    night 3: a newer export (some invoices paid), run --as-of 2026-12-14, release --all

First as a control, with no crash. Then once per crash point (COLLECT_CRASH_AT=NAME:N, the
points of Sources/CollectJobs/CrashPoints.swift, N = 1, 2, 3): every command is started with
the point set, and a command that was killed is run again without it, as an operator would.
Then --random rounds where every command is killed after a random delay (up to its control
duration) and run again. After each, the end state must match the control:

- between commands a stand-in relay takes what was published (mail/new to mail/cur, sms/ to
  sms-sent/), as the real ones do; every file taken or left belongs to exactly one released
  message, and no message was published twice;
- no (invoice, step) was released twice, and the set of released (invoice, step) pairs is the
  control's (no staged message lost);
- every released message is spooled, and every message's staged file exists;
- every dropped inbox file is in processed/ or rejected/ exactly once, and the inbox is empty;
- PRAGMA integrity_check says ok, and `collect log --verify` passes.

It also checks the lock: a run while another process holds `.collect/lock` exits non-zero
naming the holder's pid, and a lock whose holder died is taken over and logged.

Exits 1 with every failure listed, 0 when all cases pass. Standard library only.
"""

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def crash_points(list_name="names"):
    """The names in CrashPoints.names (or another list of it), read from the source so the two
    never drift apart."""
    import re
    with open(os.path.join(ROOT, "Sources", "CollectJobs", "CrashPoints.swift")) as f:
        text = f.read()
    block = text[text.index(f"static let {list_name} = ["):]
    block = block[:block.index("]")]
    names = re.findall(r'"([a-z-]+)"', block)
    assert names, "no crash points found in CrashPoints.swift"
    return names


POINTS = crash_points()
PLAYBOOK_POINTS = crash_points("playbookNames")
# Version 2 of the playbook: collect.toml with one more line, and two template files.
V2_TEMPLATES = {
    "gentle.email.mustache": "Subject: Invoice {{first.number}}\n\nHi {{customer.name}}, a short note: {{totalText}} is open.\n",
    "firm.email.mustache": "Subject: Invoice {{first.number}} is overdue\n\nHi {{customer.name}}, {{totalText}} is overdue.\n",
}
NIGHTS = [("2026-11-30", "2026-11-30T10:00"), ("2026-12-07", "2026-12-07T10:00"), ("2026-12-14", "2026-12-14T10:00")]
# What each night drops into the inbox before its run (night 1's files are the generated ones).
DROPS = [None, ("night2.csv", "open-invoices-2026-12-07.csv"), ("night3.csv", "open-invoices-2026-12-14.csv")]


def generate(base, invoices):
    """The night-1 workspace, and the night-2 export beside it."""
    subprocess.run(
        [sys.executable, os.path.join(ROOT, "Benchmarks", "generate_workspace.py"), base, "--invoices", str(invoices)],
        check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(base, "collect.toml")) as f:
        assert "settle_seconds = 0" in f.read(), "the generated workspace reads its files at once"
    with open(os.path.join(base, "inbox", "broken.csv"), "w") as f:
        f.write("Invoice No,Customer,Due Date,Balance Due\nX-1,Someone,not-a-date,1.00\n")
    with open(os.path.join(base, "inbox", "open-invoices.csv")) as f:
        lines = f.readlines()
    # Night 2: a truncated export (two rows in five): the batch must be held, and stay held
    # whatever instant a crash comes at. Night 3: every seventh invoice was paid.
    with open(os.path.join(base, "night2.csv"), "w") as f:
        f.writelines([lines[0]] + [line for i, line in enumerate(lines[1:]) if i % 5 < 2])
    with open(os.path.join(base, "night3.csv"), "w") as f:
        f.writelines([lines[0]] + [line for i, line in enumerate(lines[1:]) if i % 7 != 3])


def command(binary, workspace, night, which):
    as_of, now = NIGHTS[night]
    if which == "run":
        return [binary, "run", "--workspace", workspace, "--as-of", as_of]
    return [binary, "release", "--workspace", workspace, "--all", "--now", now]


def refused_as_held(night, which, code, err):
    """Night 2's batch is held: its `release --all` must refuse, saying so, with exit 1."""
    return night == 1 and which == "release" and code == 1 and b"is held" in err


def play(binary, base, work, crash=None, kill_after=None, rng=None, timings=None):
    """Plays both nights on a copy of base; returns (workspace, [notes]) or raises on a bad exit."""
    shutil.copytree(base, work)
    notes = []
    for night in range(len(NIGHTS)):
        if DROPS[night]:
            source, name = DROPS[night]
            shutil.move(os.path.join(work, source), os.path.join(work, "inbox", name))
        for which in ("run", "release"):
            args = command(binary, work, night, which)
            env = dict(os.environ)
            key = (night, which)
            if crash:
                env["COLLECT_CRASH_AT"] = crash
            started = time.monotonic()
            process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if kill_after is not None:
                delay = rng.uniform(0, kill_after[key])
                try:
                    process.wait(timeout=delay)
                except subprocess.TimeoutExpired:
                    process.send_signal(signal.SIGKILL)
            _, err = process.communicate()
            relay(work)
            if timings is not None:
                timings[key] = time.monotonic() - started
            if process.returncode == -signal.SIGKILL:
                notes.append(f"killed {which} of night {night + 1}")
                again = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                relay(work)
                if again.returncode != 0 and not refused_as_held(night, which, again.returncode, again.stderr):
                    raise RuntimeError(f"{' '.join(args)} after a crash exited {again.returncode}: {again.stderr.decode()}")
            elif process.returncode != 0 and not refused_as_held(night, which, process.returncode, err):
                raise RuntimeError(f"{' '.join(args)} exited {process.returncode}: {err.decode()}")
    return notes


def released_pairs(db):
    """Every (invoice, step) of a released message, once per message line."""
    return db.execute(
        "SELECT l.invoice, l.step FROM messageLine l JOIN message m ON m.id = l.messageId WHERE m.status = 'released'"
    ).fetchall()


def relay(work):
    """What the mail relay and the SMS gateway do between commands: take every published file
    (Maildir new/ to cur/, smstools3 outgoing to sent/). A file published twice shows up twice."""
    for source, target, suffix in (("outbox/mail/new", "outbox/mail/cur", ":2,S"), ("outbox/sms", "outbox/sms-sent", "")):
        source, target = os.path.join(work, source), os.path.join(work, target)
        if not os.path.isdir(source):
            continue
        os.makedirs(target, exist_ok=True)
        for name in os.listdir(source):
            path = os.path.join(source, name)
            if name.startswith(".") or not os.path.isfile(path):
                continue
            destination, copy = os.path.join(target, name + suffix), 1
            while os.path.exists(destination):
                copy += 1
                destination = os.path.join(target, f"{name}{suffix}.copy{copy}")
            os.rename(path, destination)


def spool_files(work):
    """The message id of every file the relay or gateway took or can take, once per copy."""
    names = []
    for folder in ("outbox/mail/new", "outbox/mail/cur", "outbox/sms", "outbox/sms-sent"):
        path = os.path.join(work, folder)
        if os.path.isdir(path):
            names += [n.split(":")[0].split(".copy")[0] for n in os.listdir(path)
                      if not n.startswith(".") and os.path.isfile(os.path.join(path, n))]
    return names


def inbox_placements(work):
    """How many times each original inbox name sits in processed/ or rejected/."""
    counts = {}
    for folder in ("processed", "rejected"):
        top = os.path.join(work, "inbox", folder)
        for parent, _, names in os.walk(top):
            for name in names:
                if name.endswith(".why.txt") and name[:-len(".why.txt")] not in names:
                    counts["(a .why.txt without its file) " + name] = 1
                if name.endswith(".why.txt") or name.startswith("."):
                    continue
                counts[name] = counts.get(name, 0) + 1
    return counts


def check(binary, work, control_pairs, dropped):
    """Every failure found in the end state of work."""
    failures = []
    db = sqlite3.connect(os.path.join(work, ".collect", "collect.sqlite"))
    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    if integrity != "ok":
        failures.append(f"integrity_check: {integrity}")
    released = db.execute("SELECT id, spoolName, spoolState FROM message WHERE status = 'released'").fetchall()
    pairs = released_pairs(db)
    if len(pairs) != len(set(pairs)):
        failures.append(f"{len(pairs) - len(set(pairs))} (invoice, step) pairs released twice")
    if set(pairs) != control_pairs:
        lost = sorted(control_pairs - set(pairs))[:5]
        extra = sorted(set(pairs) - control_pairs)[:5]
        failures.append(f"released pairs differ from the control: missing {lost}, extra {extra}")
    spooled = spool_files(work)
    if len(spooled) != len(set(spooled)):
        failures.append("a message is in the spool twice")
    expected = {name for (_, name, _) in released}
    if set(spooled) != expected:
        failures.append(
            f"spool and released messages differ: not spooled {sorted(expected - set(spooled))[:5]}, "
            f"unknown files {sorted(set(spooled) - expected)[:5]}")
    for (identifier, folder, file) in db.execute(
            "SELECT m.id, r.folder, m.file FROM message m JOIN run r ON r.id = m.runId").fetchall():
        if not os.path.exists(os.path.join(work, folder, file)):
            failures.append(f"the staged file of {identifier} is missing")
            break
    db.close()
    placements = inbox_placements(work)
    for name in dropped:
        if placements.get(name, 0) != 1:
            failures.append(f"{name} is in processed/ or rejected/ {placements.get(name, 0)} times")
    failures += [name for name in placements if name.startswith("(a .why.txt")]
    left = [n for n in os.listdir(os.path.join(work, "inbox")) if n not in ("processed", "rejected", ".gitkeep")
            and not n.startswith(".")]
    if left:
        failures.append(f"left in the inbox: {left}")
    verify = subprocess.run([binary, "log", "--workspace", work, "--verify"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if verify.returncode != 0:
        failures.append(f"collect log --verify: {verify.stderr.decode().strip()}")
    return failures


def lock_check(binary, base, work):
    """A second command while another holds the lock exits non-zero naming the holder; a lock
    whose holder died is taken over and logged. Returns the failures."""
    import fcntl
    shutil.copytree(base, work)
    failures = []
    os.makedirs(os.path.join(work, ".collect"), exist_ok=True)
    lock = os.path.join(work, ".collect", "lock")
    with open(lock, "w") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)
        holder.write(f"{os.getpid()}\n")
        holder.flush()
        second = subprocess.run(command(binary, work, 0, "run"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if second.returncode == 0 or f"pid {os.getpid()}" not in second.stderr.decode():
            failures.append(f"a run while the lock was held exited {second.returncode}: {second.stderr.decode().strip()}")
    # The holder is gone (its flock freed) but its pid is still written, as after a SIGKILL.
    after = subprocess.run(command(binary, work, 0, "run"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if after.returncode != 0:
        failures.append(f"a run after the holder died exited {after.returncode}: {after.stderr.decode().strip()}")
    db = sqlite3.connect(os.path.join(work, ".collect", "collect.sqlite"))
    taken = db.execute("SELECT COUNT(*) FROM contactLog WHERE event = 'lock-taken-over'").fetchone()[0]
    db.close()
    if taken != 1:
        failures.append(f"the stale lock's takeover was logged {taken} times, not once")
    return failures


def playbook_files(work):
    """collect.toml's text and the template files, as a comparable value."""
    with open(os.path.join(work, "collect.toml")) as f:
        settings = f.read()
    folder = os.path.join(work, "templates")
    templates = {}
    if os.path.isdir(folder):
        for name in sorted(os.listdir(folder)):
            if name.endswith(".mustache"):
                with open(os.path.join(folder, name)) as f:
                    templates[name] = f.read()
    return settings, templates


def in_force(work):
    db = sqlite3.connect(os.path.join(work, ".collect", "collect.sqlite"))
    number = db.execute("SELECT number FROM playbookVersion WHERE status = 'in-force'").fetchone()
    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    db.close()
    return (number[0] if number else None), integrity


def playbook_check(binary, base, scratch, rng, rounds):
    """`collect playbook approve` and `rollback` killed at each playbook crash point and at random
    instants: once the next command has run, collect.toml and templates/ are wholly the old
    version or wholly the new one, the state says which, and the log verifies. Returns
    (cases, failures)."""
    night = os.path.join(scratch, "playbook-night")
    shutil.copytree(base, night)
    subprocess.run(command(binary, night, 0, "run"), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    v1_number, _ = in_force(night)
    v1 = playbook_files(night)
    v2 = (v1[0] + "\n# version 2 of the playbook\n", dict(V2_TEMPLATES))
    db = sqlite3.connect(os.path.join(night, ".collect", "collect.sqlite"))
    promoted = db.execute("SELECT promotedJSON FROM playbookVersion WHERE number = ?", (v1_number,)).fetchone()[0]
    import json
    import hashlib
    # The playbook's text and hash as collect composes them (CollectJob.compose), so a rollback
    # finds the files as version 2 recorded them.
    text = "# collect.toml\n" + v2[0]
    for name in sorted(v2[1]):
        text += f"\n# templates/{name}\n" + v2[1][name]
    for key, value in sorted(json.loads(promoted).items()):
        text += f"\n# promoted {key}\n" + value
    db.execute(
        "INSERT INTO playbookVersion (hash, text, settingsText, templatesJSON, promotedJSON, status, createdAt, note, basedOn) "
        "VALUES (?, ?, ?, ?, ?, 'proposed', '2026-11-30 12:00:00.000', 'crash-check proposal', ?)",
        (hashlib.sha256(text.encode()).hexdigest(), text, v2[0], json.dumps(v2[1], sort_keys=True), promoted, v1_number))
    v2_number = db.execute("SELECT MAX(number) FROM playbookVersion").fetchone()[0]
    db.commit()
    db.close()
    approved = os.path.join(scratch, "playbook-approved")
    shutil.copytree(night, approved)
    started = time.monotonic()
    subprocess.run([binary, "playbook", "approve", str(v2_number), "--workspace", approved], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    duration = time.monotonic() - started
    if playbook_files(approved) != v2 or in_force(approved)[0] != v2_number:
        return 0, ["control: approve did not put version 2's files in force"]
    rolled = os.path.join(scratch, "playbook-rolled-back")
    shutil.copytree(approved, rolled)
    back = subprocess.run([binary, "playbook", "rollback", "--workspace", rolled], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE)
    if back.returncode != 0 or playbook_files(rolled) != v1 or in_force(rolled)[0] != v1_number:
        return 0, [f"control: rollback did not put version 1 back: {back.stderr.decode().strip()}"]
    steps = [("approve", night, [binary, "playbook", "approve", str(v2_number)], (v1, v1_number), (v2, v2_number)),
             ("rollback", approved, [binary, "playbook", "rollback"], (v2, v2_number), (v1, v1_number))]
    failures = []
    cases = 0
    for name, start, args, before, after in steps:
        # A template point is passed once per template file the version being put in force has.
        written = len(after[0][1])
        plans = [(f"{point}:{n}", None) for point in PLAYBOOK_POINTS
                 for n in (range(1, written + 1) if point == "playbook-template-written" else [1])]
        plans += [(None, rng.uniform(0, duration)) for _ in range(rounds)]
        for crash, delay in plans:
            cases += 1
            work = os.path.join(scratch, f"playbook-{name}-{cases}")
            shutil.copytree(start, work)
            env = dict(os.environ)
            if crash:
                env["COLLECT_CRASH_AT"] = crash
            process = subprocess.Popen(args + ["--workspace", work], env=env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.PIPE)
            if delay is not None:
                try:
                    process.wait(timeout=delay)
                except subprocess.TimeoutExpired:
                    process.send_signal(signal.SIGKILL)
            _, err = process.communicate()
            label = f"{name} {crash or f'killed after {delay:.2f}s'}"
            if crash and process.returncode != -signal.SIGKILL:
                failures.append(f"{label}: the point was never reached (exit {process.returncode}: {err.decode().strip()})")
                continue
            # The next command, whatever it is, finishes or leaves the install.
            listed = subprocess.run([binary, "playbook", "--workspace", work], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if listed.returncode != 0:
                failures.append(f"{label}: the next command exited {listed.returncode}: {listed.stderr.decode().strip()}")
                continue
            files = playbook_files(work)
            number, integrity = in_force(work)
            if (files, number) not in [(before[0], before[1]), (after[0], after[1])]:
                failures.append(f"{label}: collect.toml and templates/ are a mix, or the state disagrees (in force: {number})")
            if integrity != "ok":
                failures.append(f"{label}: integrity_check: {integrity}")
            if os.path.exists(os.path.join(work, ".collect", "playbook", "installing")):
                failures.append(f"{label}: the install note was left behind")
            verify = subprocess.run([binary, "log", "--workspace", work, "--verify"], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE)
            if verify.returncode != 0:
                failures.append(f"{label}: collect log --verify: {verify.stderr.decode().strip()}")
            if not any(f.startswith(label) for f in failures):
                shutil.rmtree(work)
    return cases, failures


def state_commands_check(binary, night, scratch, rng, rounds):
    """`collect resolve`, `resume` and `examples promote` killed at random instants: each changes
    the state in one transaction, so afterwards the next command runs, the state is whole, the
    log verifies, and the change happened once or not at all. Returns (cases, failures)."""
    ready = os.path.join(scratch, "state-commands")
    shutil.copytree(night, ready)
    db = sqlite3.connect(os.path.join(ready, ".collect", "collect.sqlite"))
    staged = db.execute(
        "SELECT m.id, m.customer, r.folder, m.file FROM message m JOIN run r ON r.id = m.runId "
        "WHERE m.status = 'staged' AND m.channel = 'email' ORDER BY m.id LIMIT 2").fetchall()
    escalation = db.execute("SELECT id FROM escalation WHERE status = 'open' ORDER BY id LIMIT 1").fetchone()[0]
    db.close()
    (edited, _, folder, file), (held, paused, _, _) = staged
    # An edit released becomes an example; a hold pauses its customer.
    path = os.path.join(ready, folder, file)
    with open(path) as f:
        text = f.read()
    with open(path, "w") as f:
        f.write(text.replace("\nHi ", "\nHello ", 1))
    for args in ([binary, "release", edited, "--now", "2026-11-30T10:00"], [binary, "hold", held, "--note", "crash-check"]):
        subprocess.run(args + ["--workspace", ready], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db = sqlite3.connect(os.path.join(ready, ".collect", "collect.sqlite"))
    example = db.execute("SELECT MAX(id) FROM correction").fetchone()[0]
    db.close()
    if example is None:
        return 0, ["setup: the released edit did not become an example"]

    def counts(work):
        db = sqlite3.connect(os.path.join(work, ".collect", "collect.sqlite"))
        found = {
            "resolved": db.execute("SELECT status = 'closed' FROM escalation WHERE id = ?", (escalation,)).fetchone()[0],
            "resolved-logged": db.execute("SELECT COUNT(*) FROM contactLog WHERE event = 'escalation-resolved'").fetchone()[0],
            "paused": db.execute("SELECT pausedSince IS NOT NULL FROM customer WHERE name = ?", (paused,)).fetchone()[0],
            "resumed-logged": db.execute("SELECT COUNT(*) FROM contactLog WHERE event = 'resumed'").fetchone()[0],
            "promoted": db.execute("SELECT COUNT(*) FROM promotedTemplate WHERE retiredAt IS NULL").fetchone()[0],
            "promoted-logged": db.execute("SELECT COUNT(*) FROM contactLog WHERE event = 'example-promoted'").fetchone()[0],
            "integrity": db.execute("PRAGMA integrity_check").fetchone()[0],
        }
        db.close()
        return found

    commands = [
        ("resolve", [binary, "resolve", str(escalation), "--note", "crash-check"],
         lambda c: c["resolved"] == c["resolved-logged"]),
        ("resume", [binary, "resume", paused], lambda c: (1 - c["paused"]) == c["resumed-logged"]),
        ("examples promote", [binary, "examples", "promote", str(example), "--for", "customer"],
         lambda c: (c["promoted"] > 0) == (c["promoted-logged"] > 0) and c["promoted-logged"] <= 1),
    ]
    failures = []
    cases = 0
    for name, args, agrees in commands:
        control = os.path.join(scratch, f"state-{name.replace(' ', '-')}-control")
        shutil.copytree(ready, control)
        started = time.monotonic()
        done = subprocess.run(args + ["--workspace", control], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        duration = time.monotonic() - started
        if done.returncode != 0 or not agrees(counts(control)):
            failures.append(f"{name} control: exit {done.returncode} {done.stderr.decode().strip()}; {counts(control)}")
            continue
        for _ in range(rounds):
            cases += 1
            work = os.path.join(scratch, f"state-{cases}")
            shutil.copytree(ready, work)
            process = subprocess.Popen(args + ["--workspace", work], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            try:
                process.wait(timeout=rng.uniform(0, duration))
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
            process.communicate()
            label = f"{name} ({'killed' if process.returncode == -signal.SIGKILL else 'finished'})"
            after = subprocess.run([binary, "escalations", "--workspace", work], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
            found = counts(work)
            verify = subprocess.run([binary, "log", "--workspace", work, "--verify"], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE)
            problems = []
            if after.returncode != 0:
                problems.append(f"the next command exited {after.returncode}: {after.stderr.decode().strip()}")
            if found["integrity"] != "ok":
                problems.append(f"integrity_check: {found['integrity']}")
            if not agrees(found):
                problems.append(f"half a change: {found}")
            if verify.returncode != 0:
                problems.append(f"collect log --verify: {verify.stderr.decode().strip()}")
            failures += [f"{label}: {problem}" for problem in problems]
            if not problems:
                shutil.rmtree(work)
    return cases, failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--invoices", type=int, default=400)
    parser.add_argument("--random", type=int, default=20, help="rounds killed after random delays")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=3, help="N in NAME:N for each crash point")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    scratch = tempfile.mkdtemp(prefix="collect-crash-")
    try:
        base = os.path.join(scratch, "base")
        generate(base, args.invoices)
        dropped = sorted(os.listdir(os.path.join(base, "inbox"))) + [drop[1] for drop in DROPS if drop]
        control = os.path.join(scratch, "control")
        timings = {}
        play(binary, base, control, timings=timings)
        db = sqlite3.connect(os.path.join(control, ".collect", "collect.sqlite"))
        control_pairs = set(released_pairs(db))
        db.close()
        failures = check(binary, control, control_pairs, dropped)
        db = sqlite3.connect(os.path.join(control, ".collect", "collect.sqlite"))
        held_nights = db.execute("SELECT COUNT(*) FROM run WHERE asOf = '2026-12-07' AND heldReason IS NOT NULL").fetchone()[0]
        db.close()
        if not held_nights:
            failures.append("night 2 (a truncated export) was not held")
        if failures or not control_pairs:
            print("control run is wrong:", failures or "nothing was released", file=sys.stderr)
            return 1
        failures = lock_check(binary, base, os.path.join(scratch, "lock"))
        if failures:
            print("lock check failed:", *failures, sep="\n    ", file=sys.stderr)
            return 1
        print("lock: a second run exits 1 naming the holder; a dead holder's lock is taken over and logged")
        print(f"control: {len(control_pairs)} (invoice, step) pairs released over three nights (the second held); "
              + ", ".join(f"{w} {n + 1} {t:.2f}s" for (n, w), t in sorted(timings.items())))
        cases = [(f"{p}:{n}", None) for p in POINTS for n in range(1, args.repeats + 1)]
        cases += [(None, i) for i in range(args.random)]
        rng = random.Random(args.seed)
        bad = 0
        kills = 0
        for index, (crash, round_) in enumerate(cases):
            work = os.path.join(scratch, f"case-{index}")
            label = crash or f"random round {round_ + 1}"
            try:
                notes = play(binary, base, work, crash=crash, kill_after=timings if round_ is not None else None, rng=rng)
                failures = check(binary, work, control_pairs, dropped)
            except RuntimeError as error:
                notes, failures = [], [str(error)]
            kills += len(notes)
            if failures:
                bad += 1
                print(f"FAIL {label} ({'; '.join(notes) or 'no kill'}):", file=sys.stderr)
                for failure in failures:
                    print(f"    {failure}", file=sys.stderr)
            else:
                shutil.rmtree(work)
        print(f"crash-check: {len(cases) - bad} of {len(cases)} cases passed; {kills} commands killed and run again")
        playbook_cases, playbook_failures = playbook_check(binary, base, scratch, rng, args.random)
        for failure in playbook_failures:
            print(f"FAIL playbook {failure}", file=sys.stderr)
        print(f"crash-check: playbook approve and rollback killed {playbook_cases} times: "
              + (f"{len(playbook_failures)} failures" if playbook_failures else "old or new version every time, never a mix"))
        state_cases, state_failures = state_commands_check(
            binary, os.path.join(scratch, "playbook-night"), scratch, rng, max(3, args.random))
        for failure in state_failures:
            print(f"FAIL {failure}", file=sys.stderr)
        print(f"crash-check: resolve, resume and examples promote killed at random {state_cases} times: "
              + (f"{len(state_failures)} failures" if state_failures else "each change whole or not at all"))
        return 1 if bad or playbook_failures or state_failures else 0
    finally:
        if os.environ.get("KEEP") != "1":
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
