#!/usr/bin/env bash
# Runs the test suite under ThreadSanitizer and AddressSanitizer (with LeakSanitizer), each in its
# own build folder. About 4 minutes each from clean on 2 cores.
#
# Usage: Scripts/sanitizers.sh [thread|address|all]
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"
case "$which" in thread|address|all) ;; *) echo "usage: $0 [thread|address|all]" >&2; exit 2 ;; esac
if [ "$which" = thread ] || [ "$which" = all ]; then
    echo "==> swift test --sanitize=thread"
    swift test --sanitize=thread --scratch-path .build-tsan
fi
if [ "$which" = address ] || [ "$which" = all ]; then
    echo "==> swift test --sanitize=address (leaks inside XCTest and TOMLKit suppressed: Scripts/lsan-suppressions.txt)"
    LSAN_OPTIONS="suppressions=$PWD/Scripts/lsan-suppressions.txt" swift test --sanitize=address --scratch-path .build-asan
fi
