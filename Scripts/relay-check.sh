#!/usr/bin/env bash
# relay-check.sh WORKSPACE: end-to-end check of Samples/relay/collect-relay.sh through a real
# sendmail (msmtp) into a local SMTP sink (Python 3 standard library), on a workspace whose batch
# has been released (files in outbox/mail/new/). The workspace's messages are really "sent" (to
# the sink) and moved to cur/: use a copy. Needs msmtp and python3; installs them with apt-get
# when missing (as root). Touches no global configuration: msmtp runs with its own config file.
#
# Checks, in order:
#   1. relay down (the sink answers 421): the script exits non-zero, new/ is untouched, cur/ gets
#      nothing, nothing arrives;
#   2. relay up: every message in new/ arrives exactly once, byte-identical to its file after
#      CRLF->LF (headers and body; SMTP dot-stuffing undone by the sink; extra headers the relay
#      path might put in front are tolerated and listed, none are expected with msmtp), envelope
#      recipients = the To/Cc addresses; new/ is empty, cur/ holds each as NAME:2,S;
#   3. a second run sends nothing;
#   4. on a scratch spool: a name with spaces is sent, a dot-file is not, lines "." and ".x" in a
#      body survive, and a run that finds the lock held sends nothing.
# Prints one line: "relay-check: PASS ..." or "relay-check: FAIL: ...", exits non-zero on failure.
set -euo pipefail
export LC_ALL=C
root="$(cd "$(dirname "$0")/.." && pwd)"
relay="$root/Samples/relay/collect-relay.sh"
ws="${1:?usage: Scripts/relay-check.sh WORKSPACE (with a released batch in outbox/mail/new)}"
mail="$ws/outbox/mail"
started=$(date +%s)

fail() { echo "relay-check: FAIL: $*"; exit 1; }
[ -x "$relay" ] || fail "$relay is missing or not executable"
{ [ -d "$mail/new" ] && [ -d "$mail/cur" ]; } || fail "$mail has no new/ and cur/"
[ -n "$(ls "$mail/new")" ] || fail "$mail/new is empty: release a batch first"

# --- tools: msmtp only (msmtp-mta would replace an installed MTA's /usr/sbin/sendmail)
need=()
command -v msmtp >/dev/null || need+=(msmtp)
command -v python3 >/dev/null || need+=(python3)
command -v flock >/dev/null || need+=(util-linux)
if [ ${#need[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || fail "missing ${need[*]} and not root to install them"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
        || { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; } \
        || fail "could not install ${need[*]}"
fi

tmp="$(mktemp -d)"
sink_pid=""
cleanup() { [ -z "$sink_pid" ] || kill "$sink_pid" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
mkdir -p "$tmp/sink" "$tmp/ctl" "$tmp/expected" "$tmp/received"

# --- the SMTP sink: saves each DATA payload (dot-stuffing undone) as msg-N.eml, its envelope as
# msg-N.env; answers 421 to every connection until the file ctl/open exists.
cat >"$tmp/sink.py" <<'PY'
import json, os, socketserver, sys
out, ctl = sys.argv[1], sys.argv[2]
count = 0
def save(name, data):
    with open(os.path.join(out, "." + name), "wb") as f: f.write(data)
    os.rename(os.path.join(out, "." + name), os.path.join(out, name))
class SMTP(socketserver.StreamRequestHandler):
    def say(self, line): self.wfile.write(line.encode() + b"\r\n"); self.wfile.flush()
    def handle(self):
        global count
        if not os.path.exists(os.path.join(ctl, "open")):
            return self.say("421 4.3.2 sink closed for the test")
        self.say("220 relay-check sink")
        sender, rcpts = None, []
        for raw in self.rfile:
            verb = raw.decode("ascii", "replace").strip()
            cmd = verb[:4].upper()
            if cmd in ("EHLO", "HELO"): self.say("250 relay-check")
            elif cmd == "MAIL": sender, rcpts = verb.split(":", 1)[1].strip(), []; self.say("250 ok")
            elif cmd == "RCPT": rcpts.append(verb.split(":", 1)[1].strip()); self.say("250 ok")
            elif cmd == "DATA":
                self.say("354 go on")
                data = bytearray()
                for line in self.rfile:
                    if line in (b".\r\n", b".\n"): break
                    data += line[1:] if line.startswith(b".") else line
                count += 1
                save("msg-%04d.eml" % count, bytes(data))
                save("msg-%04d.env" % count, json.dumps({"from": sender, "to": rcpts}).encode())
                self.say("250 queued as %d" % count)
            elif cmd == "RSET": sender, rcpts = None, []; self.say("250 ok")
            elif cmd == "NOOP": self.say("250 ok")
            elif cmd == "QUIT": return self.say("221 bye")
            else: self.say("500 unknown")
socketserver.TCPServer.allow_reuse_address = True
with socketserver.TCPServer(("127.0.0.1", 0), SMTP) as server:
    with open(os.path.join(ctl, ".port"), "w") as f: f.write(str(server.server_address[1]))
    os.rename(os.path.join(ctl, ".port"), os.path.join(ctl, "port"))
    server.serve_forever()
PY
python3 "$tmp/sink.py" "$tmp/sink" "$tmp/ctl" 2>"$tmp/sink.log" &
sink_pid=$!
for _ in $(seq 100); do [ -s "$tmp/ctl/port" ] && break; sleep 0.1; done
[ -s "$tmp/ctl/port" ] || fail "the SMTP sink did not start: $(cat "$tmp/sink.log")"
port="$(cat "$tmp/ctl/port")"

# --- msmtp as sendmail: its own config, no auth, no TLS, adds no header, envelope sender = From.
cat >"$tmp/msmtprc" <<EOF
defaults
auth off
tls off
set_from_header off
set_date_header off
set_msgid_header off
logfile $tmp/msmtp.log
account default
host 127.0.0.1
port $port
from relay-check@localhost
EOF
chmod 600 "$tmp/msmtprc"
printf '#!/bin/sh\nexec msmtp -C "%s" --read-envelope-from "$@"\n' "$tmp/msmtprc" >"$tmp/sendmail"
chmod +x "$tmp/sendmail"
export SENDMAIL="$tmp/sendmail"
unset COLLECT_RELAY_FROM COLLECT_OUTBOX

# --- the comparison: expected files vs what the sink holds vs the Maildir
cat >"$tmp/check.py" <<'PY'
import email.utils, json, os, re, sys
expected_dir, sink, maildir = sys.argv[1:4]
names = sorted(n for n in os.listdir(expected_dir) if not n.startswith("."))
def lf(b): return b.replace(b"\r\n", b"\n")
def headers(b):
    head = lf(b).split(b"\n\n", 1)[0].decode("utf-8", "replace")
    out = {}
    for m in re.finditer(r"^([!-9;-~]+):[ \t]*(.*(?:\n[ \t].*)*)", head, re.M):
        out.setdefault(m.group(1).lower(), []).append(m.group(2))
    return out
problems, extra_headers = [], set()
received = {}
for n in sorted(os.listdir(sink)):
    if n.endswith(".eml") and not n.startswith("."):
        data = open(os.path.join(sink, n), "rb").read()
        env = json.load(open(os.path.join(sink, n[:-4] + ".env")))
        mid = (headers(data).get("message-id") or ["(none)"])[0]
        received.setdefault(mid, []).append((n, data, env))
seen = set()
for name in names:
    want = lf(open(os.path.join(expected_dir, name), "rb").read())
    if not want.endswith(b"\n"): want += b"\n"
    h = headers(want)
    mid = (h.get("message-id") or ["(none)"])[0]
    seen.add(mid)
    got = received.get(mid, [])
    if len(got) != 1:
        problems.append(f"{name}: arrived {len(got)} times"); continue
    rname, data, env = got[0]
    data = lf(data)
    gh = headers(data)
    for k in ("from", "to", "subject", "message-id", "date", "mime-version", "content-type",
              "content-transfer-encoding"):
        if k in h and gh.get(k) != h[k]:
            problems.append(f"{name}: {k} header differs: {h[k]!r} != {gh.get(k)!r}")
    if not data.endswith(want):
        problems.append(f"{name}: {rname} is not byte-identical to the file (after CRLF->LF)")
    else:
        prefix = data[: len(data) - len(want)].decode("utf-8", "replace")
        if prefix and not re.fullmatch(r"(?:[!-9;-~]+:.*\n(?:[ \t].*\n)*)+", prefix):
            problems.append(f"{name}: {rname} has non-header text before the message")
        extra_headers.update(re.findall(r"^([!-9;-~]+):", prefix, re.M))
    rcpt = sorted(a.lower() for _, a in email.utils.getaddresses(h.get("to", []) + h.get("cc", [])))
    if sorted(a.strip("<>").lower() for a in env["to"]) != rcpt:
        problems.append(f"{name}: envelope recipients {env['to']} != To/Cc {rcpt}")
    sender = email.utils.parseaddr(h.get("from", [""])[0])[1]
    if env["from"].strip("<>").lower() != sender.lower():
        problems.append(f"{name}: envelope sender {env['from']} != From {sender}")
    if not os.path.isfile(os.path.join(maildir, "cur", name + ":2,S")):
        problems.append(f"{name}: cur/{name}:2,S is missing")
for mid in received:
    if mid not in seen: problems.append(f"unexpected message {mid} arrived")
left = [n for n in os.listdir(os.path.join(maildir, "new")) if not n.startswith(".")]
if left: problems.append(f"new/ still holds {left}")
claims = [n for n in os.listdir(os.path.join(maildir, "cur")) if n.endswith(":2,")]
if claims: problems.append(f"cur/ holds unconfirmed claims {claims}")
for p in problems: print("  " + p)
print("extra leading headers: " + (", ".join(sorted(extra_headers)) or "none"))
sys.exit(1 if problems else 0)
PY

count() { find "$1" -mindepth 1 -maxdepth 1 -name "$2" | wc -l; }
cp -p "$mail/new/"* "$tmp/expected/"
n_expected=$(count "$tmp/expected" '?*')
cur_before="$(ls -A "$mail/cur")"

# 1. relay down: nothing may move, nothing may arrive, the script must say so
rc=0; "$relay" "$mail" >"$tmp/run0.out" 2>"$tmp/run0.err" || rc=$?
[ "$rc" != 0 ] || fail "relay down: the script exited 0"
[ "$(count "$tmp/sink" 'msg-*.eml')" = 0 ] || fail "relay down: something arrived"
diff -r "$tmp/expected" "$mail/new" >/dev/null || fail "relay down: new/ changed"
[ "$(ls -A "$mail/cur")" = "$cur_before" ] || fail "relay down: cur/ changed: $(ls "$mail/cur")"
[ "$(grep -c 'left in new/' "$tmp/run0.err")" = "$n_expected" ] \
    || fail "relay down: expected $n_expected failures on stderr, got: $(cat "$tmp/run0.err")"

# 2. relay up
touch "$tmp/ctl/open"
rc=0; "$relay" "$mail" >"$tmp/run1.out" 2>"$tmp/run1.err" || rc=$?
[ "$rc" = 0 ] || fail "relay run exited $rc: $(cat "$tmp/run1.err")"
if ! python3 "$tmp/check.py" "$tmp/expected" "$tmp/sink" "$mail" >"$tmp/check1.out"; then
    cat "$tmp/check1.out"; fail "the delivered messages do not match (above)"
fi
extra="$(tail -n 1 "$tmp/check1.out")"

# 3. a second run sends nothing
rc=0; "$relay" "$mail" >"$tmp/run2.out" 2>"$tmp/run2.err" || rc=$?
[ "$rc" = 0 ] || fail "second run exited $rc: $(cat "$tmp/run2.err")"
[ "$(count "$tmp/sink" 'msg-*.eml')" = "$n_expected" ] || fail "the second run sent again"
[ ! -s "$tmp/run2.out" ] || fail "the second run said: $(cat "$tmp/run2.out")"
mv "$tmp/sink/"msg-* "$tmp/received/"

# 4. scratch spool: spaces, a dot-file, dot lines, the lock
s="$tmp/scratch"; mkdir -p "$s/tmp" "$s/new" "$s/cur" "$tmp/expected4"
printf '%s\n' 'From: "Check" <check@example.org>' 'To: <to@example.net>' 'Subject: dots' \
    'Date: Mon, 30 Nov 2026 10:00:00 -0600' 'Message-ID: <relay-check.1@example.org>' \
    'MIME-Version: 1.0' 'Content-Type: text/plain; charset=utf-8' '' 'a line:' '.' '..' '.x' 'end' \
    >"$tmp/expected4/a b.eml"
cp "$tmp/expected4/a b.eml" "$s/new/"
sed 's/relay-check\.1/relay-check.2/' "$tmp/expected4/a b.eml" >"$s/new/.partial.eml"
rc=0; flock "$s/.relay.lock" env COLLECT_RELAY_LOCK_WAIT=1 "$relay" "$s" >/dev/null 2>&1 || rc=$?
[ "$rc" = 75 ] || fail "a run that found the lock held exited $rc, not 75"
{ [ -f "$s/new/a b.eml" ] && [ "$(count "$tmp/sink" 'msg-*.eml')" = 0 ]; } || fail "a locked-out run sent"
rc=0; COLLECT_OUTBOX="$s" "$relay" >"$tmp/run4.out" 2>"$tmp/run4.err" || rc=$?
[ "$rc" = 0 ] || fail "scratch run exited $rc: $(cat "$tmp/run4.err")"
[ -f "$s/new/.partial.eml" ] || fail "the dot-file was taken"
if ! python3 "$tmp/check.py" "$tmp/expected4" "$tmp/sink" "$s" >"$tmp/check4.out"; then
    cat "$tmp/check4.out"; fail "scratch spool (spaces, dot lines, dot-file) failed (above)"
fi

echo "relay-check: PASS: $n_expected messages sent once each, byte-identical, new/ empty, cur/ complete," \
    "second run sent nothing, failure and lock left files in new/; $extra; $(($(date +%s) - started))s"
