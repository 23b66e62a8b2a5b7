# Shared by the scripts in Benchmarks/ (sourced, not run).

# positive_count VALUE DEFAULT: VALUE, or DEFAULT when empty; exits 2 with a usage line unless
# it is a positive integer.
positive_count() {
    local value="${1:-$2}"
    if ! [[ "$value" =~ ^[0-9]+$ ]] || (( value < 1 )); then
        echo "usage: $0 [N]   (N: number of invoices, a positive integer; default $2)" >&2
        exit 2
    fi
    echo "$value"
}

# The wall clock from GNU time's "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34", in seconds.
wall_seconds() {
    awk -F': ' '/Elapsed \(wall clock\) time/ {
        n = split($NF, part, ":"); s = 0
        for (i = 1; i <= n; i++) s = s * 60 + part[i]
        printf "%.2f", s
    }' "$1"
}

# Peak RSS from "Maximum resident set size (kbytes): 12345", in MB.
peak_rss_mb() {
    awk -F': ' '/Maximum resident set size/ { printf "%.1f", $NF / 1024 }' "$1"
}
