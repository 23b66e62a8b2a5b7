#!/usr/bin/env bash
# Fuzzes the inbox readers with libFuzzer (the recipe in ../shared/BUILD-NOTES.md).
#
# Usage: Scripts/fuzz.sh TARGET|all [SECONDS]     TARGET: csv, qbxml, email, sms or workbook; SECONDS default 60
#
# Builds Fuzz/ (the collect-fuzz product, release, about 1,400 runs a second) with
# -sanitize=fuzzer,address -DFUZZING into
# .build-fuzz/, seeds a working corpus in .build-fuzz/corpus/TARGET from Fuzz/seeds/TARGET,
# Fuzz/crashes/TARGET, the test fixtures and, when CORPUS_DIR is set, the shared corpus of real
# files, and runs each target for SECONDS. A crash stops the run: the input is written to
# .build-fuzz/artifacts/TARGET/; copy it into Fuzz/crashes/TARGET/ (the regression test in
# Tests/CollectInputsTests/FuzzRegressionTests.swift replays every file there), fix, run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ]; then
    echo "usage: $0 csv|qbxml|email|sms|workbook|all [SECONDS]" >&2
    exit 2
fi
targets=("$1")
[ "$1" = all ] && targets=(csv qbxml email sms workbook)
seconds="${2:-60}"
for target in "${targets[@]}"; do
    case "$target" in csv|qbxml|email|sms|workbook) ;; *) echo "usage: $0 csv|qbxml|email|sms|workbook|all [SECONDS]" >&2; exit 2 ;; esac
done

echo "==> building collect-fuzz with libFuzzer and AddressSanitizer"
binary=.build-fuzz/release/collect-fuzz
rm -f "$binary"  # never fuzz an older build by mistake
mkdir -p .build-fuzz
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING --product collect-fuzz --scratch-path .build-fuzz \
    > .build-fuzz/build.log 2>&1 || { grep -E error .build-fuzz/build.log >&2; echo "error: the fuzz build failed (.build-fuzz/build.log)" >&2; exit 1; }
[ -x "$binary" ] || { echo "error: the fuzz build made no $binary" >&2; exit 1; }

status=0
for target in "${targets[@]}"; do
    corpus=.build-fuzz/corpus/$target
    artifacts=.build-fuzz/artifacts/$target/
    mkdir -p "$corpus" "$artifacts"
    cp -n Fuzz/seeds/"$target"/* "$corpus"/ 2>/dev/null || true
    find Fuzz/crashes/"$target" -type f ! -name .gitkeep -exec cp -n {} "$corpus"/ \;
    if [ "$target" = csv ]; then
        cp -n Tests/CollectInputsTests/Fixtures/*.csv "$corpus"/ || true
    elif [ -n "${CORPUS_DIR:-}" ] && [ -d "$CORPUS_DIR/$target" ]; then
        find "$CORPUS_DIR/$target" -type f ! -name '*.txt' -exec cp -n {} "$corpus"/ \;
    fi
    # ZIPFoundation 0.9.20 leaks the path it opens an archive by on Linux (Archive+BackingConfiguration.swift:
    # fileSystemRepresentation(withPath:) is never freed): about 70 bytes per workbook read, bounded, so the
    # workbook target does not count leaks. Everything else ASan finds still fails it.
    leaks=1
    [ "$target" = workbook ] && leaks=0
    echo "==> fuzzing $target for $seconds s ($(ls "$corpus" | wc -l) inputs in the corpus)"
    if ! ASAN_OPTIONS="detect_leaks=$leaks" SWIFT_BACKTRACE=enable=no COLLECT_FUZZ_TARGET="$target" "$binary" "$corpus" -detect_leaks="$leaks" \
        -max_total_time="$seconds" -artifact_prefix="$artifacts" -rss_limit_mb=2048 -max_len=262144 \
        -print_final_stats=1 2> ".build-fuzz/$target.log"; then
        echo "FOUND: the $target reader crashed; the input is in $artifacts; the log is .build-fuzz/$target.log" >&2
        tail -40 ".build-fuzz/$target.log" >&2
        status=1
    else
        grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' ".build-fuzz/$target.log" | tr '\n' ' '
        echo
    fi
done
exit $status
