#!/bin/sh
# collect-relay.sh: hand the e-mail that `collect release` put in the Maildir spool to the MTA.
#
#   collect-relay.sh /srv/collect/outbox/mail      (or COLLECT_OUTBOX=/srv/collect/outbox/mail)
#
# Each file in new/ (byte order, dot-files skipped) is piped to `$SENDMAIL -t -oi`.
#   sent     -> renamed to cur/NAME:2,S   (cur/ is the record of what was handed over)
#   failed   -> put back in new/ unchanged, reported on stderr, retried by the next run
# Every file is tried; the exit status is 1 if any failed (2: bad usage, 75: lock busy).
# A file in new/ is always complete: collect writes it in tmp/ and renames it into new/.
#
# Environment:
#   SENDMAIL                 the program (default /usr/sbin/sendmail); one path, no options:
#                            write a wrapper if it needs options
#   COLLECT_RELAY_FROM       optional envelope sender (-f): where bounces go; make it the
#                            mailbox whose messages you drop into collect's inbox/
#   COLLECT_RELAY_LOCK_WAIT  seconds to wait for another run to finish (default 600)
set -u
export LC_ALL=C                                     # glob order = byte order

outbox=${1:-${COLLECT_OUTBOX:-}}
sendmail=${SENDMAIL:-/usr/sbin/sendmail}
from=${COLLECT_RELAY_FROM:-}
if [ -z "$outbox" ] || [ ! -d "$outbox/new" ] || [ ! -d "$outbox/cur" ]; then
    echo "usage: $0 OUTBOX_MAIL_DIR (the workspace's outbox/mail, with new/ and cur/)" >&2
    exit 2
fi
new=$outbox/new
cur=$outbox/cur

# One run at a time: a second run waits for the first (and then finds what it left).
exec 9>>"$outbox/.relay.lock" || exit 2
if ! flock -w "${COLLECT_RELAY_LOCK_WAIT:-600}" 9; then
    echo "collect-relay: another run still holds $outbox/.relay.lock; nothing sent" >&2
    exit 75
fi

status=0
# cur/NAME:2, (no S) is a file a run claimed but never confirmed: that run died while
# sendmail had it. It may or may not have gone out, so it is never retried automatically.
for f in "$cur"/*':2,'; do
    [ -e "$f" ] || continue
    echo "collect-relay: ${f##*/} was being sent when a run stopped; check the mail log, then" \
        "rename it to ...:2,S if it went out or back into new/ (without :2,) to send it" >&2
    status=1
done

# Passes: a file renamed into new/ during a pass is picked up by the next one. Each file is
# tried once per run; the run ends with a pass that finds nothing new to try.
nl='
'
tried=$nl                                           # names tried this run, one a line
more=1
while [ "$more" = 1 ]; do
    more=0
    for f in "$new"/*; do
        [ -f "$f" ] || continue                     # no match (literal *), or not a file
        name=${f##*/}
        case $tried in *"$nl$name$nl"*) continue ;; esac
        tried=$tried$name$nl
        more=1
        if [ -e "$cur/$name:2,S" ]; then            # sent before: never send it twice
            echo "collect-relay: $name: already sent (cur/$name:2,S exists); left in new/" >&2
            status=1; continue
        fi
        # Claim it first (atomic rename): if we die while sendmail has it, it is not resent.
        mv -- "$f" "$cur/$name:2," || { status=1; continue; }
        if "$sendmail" ${from:+-f "$from"} -t -oi <"$cur/$name:2,"; then
            mv -- "$cur/$name:2," "$cur/$name:2,S" && echo "sent $name" || status=1
        else
            rc=$?
            mv -- "$cur/$name:2," "$f"              # back in new/ for the next run
            echo "collect-relay: $name: $sendmail exited $rc; left in new/" >&2
            status=1
        fi
    done
done
exit "$status"
