#!/usr/bin/env bash
# How many of the shared corpus's real bounces (one per mail system) are recognised, attributed to
# the right failed recipients and classified right, by mail system.
#
# Usage: CORPUS_DIR=../shared/corpus Benchmarks/bounces.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export CORPUS_DIR="${CORPUS_DIR:-$(cd ../shared/corpus && pwd)}"
COLLECT_BOUNCE_REPORT=1 swift test --filter "BounceCorpusTests" 2>&1 | grep -E $'^[^ ]+\t[0-9]+/[0-9]+$|^recognised and attributed'
