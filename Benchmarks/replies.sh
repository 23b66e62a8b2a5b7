#!/usr/bin/env bash
# How well replies are read: the confusion matrix, precision and recall per kind, accuracy and
# promise-date accuracy on the test part of the labelled corpus (which the model never sees),
# then the same on the training part.
#
# Usage: Benchmarks/replies.sh [--misses]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
swift build --product collect-replies-bench >/dev/null
"$(swift build --show-bin-path)/collect-replies-bench" "$ROOT/Tests/CollectCoreTests/Fixtures/replies/corpus.jsonl" "$@"
