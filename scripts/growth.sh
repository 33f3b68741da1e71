#!/usr/bin/env bash
# Growth benchmark: inputs that once made oic-track super-linear (issue 16, item 13), each
# timed at a size n and at 4n. Linear code takes about 4x as long at 4n; the quadratic code
# these rows were written against took 16x.
#
#   scripts/growth.sh            # n = 2000
#   scripts/growth.sh 5000       # another n
#   GROWTH_CASES='draft|calendar' scripts/growth.sh   # only the rows whose name matches
#   GROWTH_BIN=/tmp/old/oic-track scripts/growth.sh   # time another build
#
# Rows (what grows with n):
#   diagnostics      one file with n mandates, each with an unknown key (n diagnostics)
#   event typos      one file with n events and n mandates naming a misspelt event each
#   long word        `list` at COLUMNS=80 with a one-word summary of 10n characters
#   calendar clause  `calendar` with one mandate whose text is a clause of 50n characters
#   draft paragraph  `draft` of one paragraph of 5n words
#   draft numbered   `draft` of n numbered paragraphs
#
# Builds with `cargo build --release` into CARGO_TARGET_DIR (default: ./target).
# Needs: hyperfine, jq. Debian: apt-get install hyperfine jq
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-2000}
RUNS=${BENCH_RUNS:-5}
WORK=${BENCH_DIR:-/tmp/oic-track-growth}
TODAY=2024-01-01

for tool in hyperfine jq; do
    command -v "$tool" >/dev/null || { echo "growth.sh needs $tool (Debian: apt-get install hyperfine jq)" >&2; exit 1; }
done
# GROWTH_BIN times another build (an older one, say) instead of building this one.
BIN=${GROWTH_BIN:-}
if [ -z "$BIN" ]; then
    cargo build --release --quiet --bin oic-track
    BIN=${CARGO_TARGET_DIR:-$PWD/target}/release/oic-track
fi

header() {
    printf 'title = "Growth"\nbody = "Council"\nsession = "1st"\nadopted = 2023-01-01\n'
    printf 'symbol = ""\nsource = "generated"\n'
}

# `text` written `count` times, one after the other.
repeat() { awk -v n="$1" -v t="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", t }'; }

# A word of `len` letters, no spaces.
word() { head -c "$1" /dev/zero | tr '\0' x; }

gen_diagnostics() {
    header
    for i in $(seq "$1"); do
        printf '\n[[mandates]]\nid = "m%d"\nactor = "All States"\nsummary = "Do %d"\nsumary = "typo"\n' "$i" "$i"
    done
}

gen_event_typos() {
    header
    for i in $(seq "$1"); do
        printf '\n[[events]]\nid = "summit-%d"\nname = "Summit %d"\ndate = 2024-05\n' "$i" "$i"
    done
    for i in $(seq "$1"); do
        printf '\n[[mandates]]\nid = "m%d"\nactor = "All States"\nsummary = "Do %d"\ndue = { at = "sumit-%d" }\n' "$i" "$i" "$i"
    done
}

gen_long_word() {
    header
    printf '\n[[mandates]]\nid = "m1"\nactor = "All States"\nsummary = "%s"\n' "$(word $((10 * $1)))"
}

gen_calendar_clause() {
    header
    printf '\n[[mandates]]\nid = "m1"\nactor = "All States"\nsummary = "Report"\ndue = 2024-06-30\n'
    printf 'text = "%s"\n' "$(repeat $((50 * $1 / 43)) 'Requests the Secretary-General, to report; ')"
}

gen_draft_paragraph() {
    printf 'Resolution No. 1/50\n\n'
    repeat $(($1 / 2)) 'Requests the Secretary-General to report by 31 December 2025 and '
    printf '\n'
}

gen_draft_numbered() {
    printf 'Resolution No. 1/50\n\n'
    for i in $(seq "$1"); do
        printf '%d. Requests the Secretary-General to report on item %d by 31 December 2025.\n\n' "$i" "$i"
    done
}

# case name, generator, then the command after `--dir DIR --today TODAY` (FILE is the
# generated file for draft rows).
CASES=(
    "diagnostics|gen_diagnostics|check"
    "event typos|gen_event_typos|check"
    "long word, COLUMNS=80|gen_long_word|list"
    "calendar clause|gen_calendar_clause|calendar"
    "draft paragraph|gen_draft_paragraph|draft FILE"
    "draft numbered|gen_draft_numbered|draft FILE"
)

time_of() {
    hyperfine --style none --runs "$RUNS" --warmup 1 -N -i --export-json "$WORK/h.json" -- "$*" >/dev/null
    jq -r '.results[0].median * 1000 | . * 10 | round / 10' "$WORK/h.json"
}

mkdir -p "$WORK"
echo "| case | n | time at n (ms) | time at 4n (ms) | ratio |"
echo "|---|---:|---:|---:|---:|"
for c in "${CASES[@]}"; do
    IFS='|' read -r name gen cmd <<<"$c"
    [[ "$name" =~ ${GROWTH_CASES:-.} ]] || continue
    times=()
    for size in "$N" $((4 * N)); do
        dir=$WORK/$gen-$size
        rm -rf "$dir"
        mkdir -p "$dir/data"
        file=$dir/input.txt
        case "$gen" in
            gen_draft_*) "$gen" "$size" >"$file" ;;
            *) "$gen" "$size" >"$dir/data/growth.toml" ;;
        esac
        # shellcheck disable=SC2086 # the command's words split on purpose
        times+=("$(COLUMNS=80 NO_COLOR=1 time_of "$BIN" --dir "$dir/data" --today "$TODAY" ${cmd//FILE/$file})")
    done
    ratio=$(awk -v a="${times[0]}" -v b="${times[1]}" 'BEGIN { printf "%.1f", b / a }')
    echo "| $name | $N | ${times[0]} | ${times[1]} | $ratio |"
done
