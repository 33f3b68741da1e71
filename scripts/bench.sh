#!/usr/bin/env bash
# Whole-process benchmark of oic-track against its floors, on generated corpora.
#
#   scripts/bench.sh                 # 1,000 and 10,000 resolutions (~10 mandates each)
#   scripts/bench.sh 100000          # any sizes, in resolutions
#
# For each size: the median wall time (hyperfine, BENCH_RUNS runs after warm-up, page cache
# warm) and the median peak RSS (GNU time, BENCH_MEM_RUNS runs) of `list --format json`,
# `due --before`, `check` and `mark-done RES/MANDATE` (on a copy, the file reset before
# each run), beside the floors on the same files: `cat` of every file, and a bare parallel
# TOML parse of each file into a table (examples/parsefloor.rs). Ratios are to the floors.
# When Taskwarrior (`task`) is installed (and BENCH_TASKWARRIOR is not 0), the same mandates
# are imported as tasks and `task due.before:DATE status:pending list` is timed too.
# CPU is the mean user + system time: on a busy machine it moves less than the wall time.
#
# Builds with `cargo build --release` into CARGO_TARGET_DIR (default: ./target).
# Needs: hyperfine, jq, GNU time (/usr/bin/time). Debian: apt-get install hyperfine jq time
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
RUNS=${BENCH_RUNS:-10}
MEM_RUNS=${BENCH_MEM_RUNS:-5}
TASKWARRIOR=${BENCH_TASKWARRIOR:-1}
WORK=${BENCH_DIR:-/tmp/oic-track-bench}
TODAY=2024-01-01
BEFORE=2024-03-01

for tool in hyperfine jq /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench.sh needs $tool (Debian: apt-get install hyperfine jq time)" >&2; exit 1; }
done

cargo build --release --quiet --bin oic-track --example gencorpus --example parsefloor
TARGET=${CARGO_TARGET_DIR:-$PWD/target}
BIN=$TARGET/release/oic-track
GEN=$TARGET/release/examples/gencorpus
FLOOR=$TARGET/release/examples/parsefloor

# Median wall time and mean CPU time in seconds of a command, as "WALL CPU" (extra
# hyperfine options first, then `--`).
wall() {
    local opts=()
    while [ "$1" != "--" ]; do opts+=("$1"); shift; done
    shift
    hyperfine --style none --runs "$RUNS" --warmup 2 -N "${opts[@]}" \
        --export-json "$WORK/h.json" -- "$*" >/dev/null
    jq -r '.results[0] | "\(.median) \(.user + .system)"' "$WORK/h.json"
}

# Median peak RSS in KiB of a command; RESET, when set, is run before each run.
rss() {
    local samples=()
    for _ in $(seq "$MEM_RUNS"); do
        [ -z "${RESET:-}" ] || eval "$RESET"
        samples+=("$(/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1)")
    done
    printf '%s\n' "${samples[@]}" | sort -n | sed -n "$(((MEM_RUNS + 1) / 2))p"
}

# Taskwarrior's form of every mandate: open ones pending, done ones completed, dropped ones
# deleted; the due day is the window's earliest day (what `due --before` compares).
to_tasks() {
    jq -c '.[] | {
        description: .summary, project: .resolution,
        status: ({"pending": "pending", "in-progress": "pending", "done": "completed", "dropped": "deleted"}[.state]),
        entry: "20000101T000000Z"
      }
      + (if .due then {due: (.due.earliest | gsub("-"; "") + "T000000Z")} else {} end)
      + (if .state == "done" or .state == "dropped" then {end: "20240101T000000Z"} else {} end)'
}

ROWS=()
row() { ROWS+=("$(printf '| %s | %s | %s | %s | %s | %s | %s |' "$@")"); }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f", s * 1000 }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

mkdir -p "$WORK"
for n in "${SIZES[@]}"; do
    base=$WORK/$n
    dir=$base/resolutions
    rm -rf "$dir" "$base/copy"
    summary=$("$GEN" "$n" "$dir")
    echo "corpus: $summary" >&2
    find "$dir" -name '*.toml' -print0 | sort -z >"$base/files0"
    xargs -0 -a "$base/files0" cat >/dev/null # warm the page cache
    mandates=$(echo "$summary" | awk '{print $3}')
    label="$n ($mandates mandates)"

    # mark-done edits a copy: the last open mandate of the corpus, its file reset each run.
    cp -r "$dir" "$base/copy"
    target=$("$BIN" --dir "$dir" --today "$TODAY" list --format json --status open | jq -r 'last.id')
    file=$("$BIN" --dir "$dir" --today "$TODAY" list --format json --status open | jq -r 'last.file')
    rel=${file#"$dir"/}
    RESET="cp '$dir/$rel' '$base/copy/$rel'"

    read -r t_cat c_cat < <(wall -- xargs -0 -a "$base/files0" cat)
    m_cat=$(rss xargs -0 -a "$base/files0" cat)
    read -r t_floor c_floor < <(wall -- "$FLOOR" "$dir")
    m_floor=$(rss "$FLOOR" "$dir")
    row "$label" "cat (floor)" "$(ms "$t_cat")" "$(ms "$c_cat")" "$(mib "$m_cat")" "" ""
    row "$label" "parallel TOML parse (floor)" "$(ms "$t_floor")" "$(ms "$c_floor")" "$(mib "$m_floor")" "1.00" "$(ratio "$t_floor" "$t_cat")"

    measure() {
        local name=$1
        shift
        local t c m
        if [ -n "${RESET:-}" ]; then
            read -r t c < <(wall --prepare "$RESET" -- "$@")
        else
            read -r t c < <(wall -- "$@")
        fi
        m=$(rss "$@")
        row "$label" "$name" "$(ms "$t")" "$(ms "$c")" "$(mib "$m")" "$(ratio "$t" "$t_floor")" "$(ratio "$t" "$t_cat")"
    }
    reset_cmd=$RESET
    RESET=
    measure "list --format json" "$BIN" --dir "$dir" --today "$TODAY" list --format json
    measure "due --before $BEFORE" "$BIN" --dir "$dir" --today "$TODAY" due --before "$BEFORE"
    measure "check" "$BIN" --dir "$dir" --today "$TODAY" check
    RESET=$reset_cmd
    measure "mark-done RES/MANDATE" "$BIN" --dir "$base/copy" --today "$TODAY" mark-done "$target" --on "$TODAY"
    RESET=

    if [ "$TASKWARRIOR" != 0 ] && command -v task >/dev/null; then
        export TASKDATA=$base/task TASKRC=$base/taskrc
        if [ ! -f "$TASKDATA/.imported" ] || [ "$(cat "$TASKDATA/.imported")" != "$summary" ]; then
            rm -rf "$TASKDATA"
            mkdir -p "$TASKDATA"
            printf 'data.location=%s\nconfirmation=no\nhooks=off\nnews.version=2.6.2\n' "$TASKDATA" >"$TASKRC"
            echo "importing $mandates mandates into Taskwarrior (once per corpus)..." >&2
            "$BIN" --dir "$dir" --today "$TODAY" list --format json | to_tasks >"$base/tasks.json"
            task rc.verbose=nothing import "$base/tasks.json" >/dev/null 2>&1
            echo "$summary" >"$TASKDATA/.imported"
        fi
        measure "task due.before:$BEFORE status:pending list" \
            task rc.verbose=nothing rc.color=off "due.before:$BEFORE" status:pending list
        unset TASKDATA TASKRC
    fi
done

echo
echo "$(nproc) cores, $(uname -sr), today = $TODAY; medians of $RUNS runs (time) and $MEM_RUNS runs (peak RSS)"
echo
echo "| resolutions | command | wall (ms) | CPU (ms) | peak RSS (MiB) | wall × parse floor | wall × cat |"
echo "|---|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${ROWS[@]}"

# The growth rows: inputs that once took time growing with the square of their size, each
# at n and 4n (scripts/growth.sh; BENCH_GROWTH=0 skips them).
if [ "${BENCH_GROWTH:-1}" != 0 ]; then
    echo
    scripts/growth.sh
fi
