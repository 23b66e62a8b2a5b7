#!/usr/bin/env bash
# How well replies are read: the confusion matrix, precision and recall per kind, accuracy and
# promise-date accuracy on the held-out set (holdout.jsonl, which the model never sees and nobody
# reads reply by reply), then on the corpus it learns from.
#
# Usage: Benchmarks/replies.sh [--misses]          held-out figures, then the corpus's parts
#        Benchmarks/replies.sh --folds 5 [--misses] five-fold cross-validation: what tuning looks at
#        Benchmarks/replies.sh --read "text" [--sms] one reply, with its evidence
#        Benchmarks/replies.sh --probe FILE         fresh replies (split "probe"), with their misses
#        Benchmarks/replies.sh --dates FILE         lines of `text|expected day`, read as of 2026-12-01
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
swift build -c release --product collect-replies-bench >/dev/null
"$(swift build -c release --show-bin-path)/collect-replies-bench" "$ROOT/Tests/CollectCoreTests/Fixtures/replies/corpus.jsonl" "$@"
