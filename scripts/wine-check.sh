#!/usr/bin/env bash
# The Windows binary, run under Wine (../shared/WINDOWS.md), against the Linux one:
#   1. `list`, `due`, `check` and `show` print the same (paths aside: `\` becomes `/`);
#   2. every case of tests/fixtures/edit/ (every editing command, dry runs too) leaves the
#      same folder, byte for byte, with the same output and exit code;
#      then import (CSV and a workbook), -o csv and xlsx, init, merge and a Word report give
#      the same output and folder;
#   3. two Windows processes doing 10 `mark-done` each on one file, while a third keeps
#      listing it, lose nothing;
#   4. a file another program holds open (as Excel does, then read-only) gets a clear message
#      and stays as it was, with no temp file left beside it.
# Exits 1 on any difference. Without wine or the MinGW compiler it skips, unless CI=true.
# Usage: scripts/wine-check.sh   (from anywhere; builds what it runs)
set -uo pipefail
# Wine hands a Windows program its arguments converted from the Unix locale's charset; with
# no locale set (a bare CI shell, `env -i`) it reads them as ASCII, and the accented and
# Arabic titles the checks pass would reach the program mangled. UTF-8 unless one is set.
[ -n "${LC_ALL:-}${LC_CTYPE:-}${LANG:-}" ] || export LANG=C.UTF-8
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
shared="${OIC_SHARED:-$repo/../shared}"
[ -d "$shared/windows" ] || shared="$repo/../../shared" # a worktree under wt/
# A clone elsewhere (/tmp) of a checkout on this machine: the shared folder beside its origin.
origin="$(git -C "$repo" remote get-url origin 2>/dev/null || true)"
[ -d "$shared/windows" ] || [ ! -d "$origin" ] || shared="$origin/../shared"
start=$SECONDS

missing=""
for tool in wine x86_64-w64-mingw32-gcc; do
  command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
[ -f "$shared/windows/bcryptprimitives.c" ] || missing="$missing $shared/windows/bcryptprimitives.c"
if [ -n "$missing" ]; then
  echo "wine-check: missing:$missing" >&2
  echo "wine-check: (the shared folder is looked for at ../shared or ../../shared beside the repository, or beside a local clone's origin; set OIC_SHARED=DIR when it is elsewhere)" >&2
  if [ "${CI:-}" = true ]; then exit 1; fi
  echo "wine-check: SKIPPED (set CI=true to make this a failure)" >&2
  exit 0
fi

win_target=x86_64-pc-windows-gnu
cargo build --quiet --bin oic-track || exit 1
cargo build --quiet --target "$win_target" --bin oic-track --example holdopen \
  --config "target.$win_target.linker=\"x86_64-w64-mingw32-gcc\"" || exit 1
built=$SECONDS
linux="$repo/target/debug/oic-track"
wdir="$repo/target/$win_target/debug"
exe="$wdir/oic-track.exe"
holdopen="$wdir/examples/holdopen.exe"
# Rust's std needs ProcessPrng, which Debian's Wine lacks: a stand-in beside each .exe.
for d in "$wdir" "$wdir/examples"; do
  x86_64-w64-mingw32-gcc -O2 -shared -o "$d/bcryptprimitives.dll" \
    "$shared/windows/bcryptprimitives.c" "$shared/windows/bcryptprimitives.def" -ladvapi32 || exit 1
done

work="$(mktemp -d)"
trap 'wineserver -k >/dev/null 2>&1; rm -rf "$work"' EXIT
export WINEDEBUG=-all WINEPREFIX="$work/prefix" NO_COLOR=1 OIC_TRACK_TODAY=2023-08-02
wineboot -i >/dev/null 2>&1 || wine cmd /c exit >/dev/null 2>&1
# One wineserver for the whole check (killed on exit): otherwise each run starts one and it
# stops a few seconds after, and a run that starts while it is stopping can fail.
wineserver -p
prefix_ready=$SECONDS

failed=0
ok() { echo "ok    $*"; }
fail() {
  echo "FAIL  $*"
  failed=1
}
# Runs a binary in $PWD; its stdout (paths and CRs made Linux's), then its stderr, then its code.
run() {
  local out err code
  out="$("$@" 2>"$work/stderr")"
  code=$?
  err="$(cat "$work/stderr")"
  # The program names every problem it exits for (SPEC), so a run under Wine that exits
  # non-zero having printed nothing at all is Wine failing to run it: marked for `attempt`.
  if [ "$1" = wine ] && [ "$code" != 0 ] && [ -z "$out$err" ]; then
    err="wine: exited $code before the program printed anything"
  fi
  # A path in JSON has its `\` escaped: `\\`.
  printf '%s\n--stderr--\n%s\n--code %s--\n' "$out" "$err" "$code" | sed 's|\\\\|/|g; s|\\|/|g' | tr -d '\r'
}
win() { run wine "$exe" "$@"; }
lin() { run "$linux" "$@"; }
# Wine itself fails now and then on a loaded machine ("wine client error:118", "wine:
# Unhandled page fault ... starting debugger", or exit 1 with nothing printed, once in CI),
# before or beside the program: such a run
# is made again (up to three times), from the same folder. A difference of the program's
# own shows on every run, so it still fails.
wine_failed() { grep -qE '^wine client error|^wine: Unhandled|^wine: exited|^wineserver:' "$1"; }
# Runs `$1` (a function of a side, in a fresh folder) into file `$2`, again while Wine fails.
attempt() {
  local k
  for k in 1 2 3; do
    ("$1") >"$2"
    wine_failed "$2" || return 0
    echo "note  Wine failed on its own (run $k of 3), running again: $(grep -m1 -E '^wine' "$2")" >&2
  done
}

# 1. Reading commands, on the bundled data and the test fixtures.
for data in tests/fixtures/bundled/resolutions tests/fixtures/report tests/fixtures/folders/mixed tests/fixtures/folders/broken; do
  mkdir -p "$work/read" && rm -rf "$work/read/resolutions" && cp -r "$data" "$work/read/resolutions"
  for cmd in "list" "due" "list --format json" "due --format csv" "check" "stale" "report"; do
    # shellcheck disable=SC2086 # the words of $cmd are its arguments
    read_lin() { cd "$work/read" && lin $cmd; }
    # shellcheck disable=SC2086
    read_win() { cd "$work/read" && win $cmd; }
    (read_lin) >"$work/lin.out"
    attempt read_win "$work/win.out"
    if diff "$work/lin.out" "$work/win.out" >"$work/diff"; then
      ok "$cmd  ($data)"
    else
      fail "$cmd  ($data) differs (< Linux, > Windows):"
      head -20 "$work/diff"
    fi
  done
done

# 2. Every editing fixture: the same folder, output and code from both binaries.
for case in tests/fixtures/edit/*/; do
  name="$(basename "$case")"
  mapfile -t args <"$case/args"
  for side in lin win; do
    edit_case() { rm -rf "$work/$side" && mkdir -p "$work/$side" && cp -r "$case/in" "$work/$side/resolutions" && (cd "$work/$side" && $side "${args[@]}"); }
    attempt edit_case "$work/$side.out"
  done
  if ! diff "$work/lin.out" "$work/win.out" >"$work/diff"; then
    fail "${args[0]}  ($name): output differs (< Linux, > Windows):"
    head -20 "$work/diff"
  elif ! diff -r -x .oic-track.lock "$work/lin" "$work/win" >"$work/diff"; then
    fail "${args[0]}  ($name): the folders differ:"
    head -20 "$work/diff"
  else
    ok "${args[0]}  ($name)"
  fi
done

# 2b. Spreadsheets and team work: the same command line in the same folder on both sides,
# compared by output and by the folder it leaves (a workbook by its cells, through the
# other side's import, since its bytes hold no path).
same() { # $1: a name; $2: a script of commands run by `$side` in a folder set up by `setup`
  local name="$1" script="$2"
  for side in lin win; do
    same_case() { rm -rf "$work/$side" && mkdir -p "$work/$side" && (cd "$work/$side" && setup && eval "$script"); }
    attempt same_case "$work/$side.out"
  done
  if ! diff "$work/lin.out" "$work/win.out" >"$work/diff"; then
    fail "$name: output differs (< Linux, > Windows):"
    head -20 "$work/diff"
  elif ! diff -r -x .oic-track.lock -x '*.xlsx' -x '*.docx' -x '*.csv' "$work/lin" "$work/win" >"$work/diff"; then
    fail "$name: the folders differ:"
    head -20 "$work/diff"
  else
    ok "$name"
  fi
}
setup() { cp -r "$repo/tests/fixtures/bundled/resolutions" resolutions; cp -r "$repo/tests/fixtures/import/sample" sample; cp -r "$repo/tests/fixtures/merge" merge; cp -r "$repo/tests/fixtures/draft-formats" formats; cp "$repo/tests/fixtures/draft-pdf/"*.pdf formats/; }
same "import (a follow-up CSV, twice)" '$side import sample/follow-up.csv; $side import sample/follow-up.csv; $side check'
same "list -o xlsx, then import it elsewhere" '$side list -o all.xlsx && mkdir other && $side --dir other import all.xlsx && $side --dir other list --format csv'
# The BOM's bytes (`head` ends first: no reader killed mid-write under pipefail), then the
# rows, a path's Windows separator made Linux's.
slashes() { tr '\\' /; }
same "list -o csv (BOM, ;)" '$side list -o all.csv --delimiter ";"; head -c 3 all.csv | od -An -tx1; slashes <all.csv'
same "init" '$side init team && $side --dir team check'
same "merge (two notes)" 'cp merge/team/follow-up.toml ours.toml && $side merge merge/base.toml ours.toml merge/theirs.toml follow-up.toml'
same "report --format docx --lang ar" '$side --lang ar report --format docx -o r.docx && ls r.docx'
same "draft (text, web page, ODT, Word, two Arabic PDFs)" 'for f in orchards.txt orchards.html orchards.odt orchards.docx arabic-rtl.pdf arabic-rtl-chromium.pdf; do $side draft "formats/$f" --adopted 2036-10-01 --format json; done'

# 3. Two Windows processes, 10 mark-done each on one file, while a third lists it.
mkdir -p "$work/race/resolutions" && cd "$work/race"
{
  printf '# kept\ntitle = "T"\nbody = "B"\nadopted = 2023-01-01\n'
  for i in $(seq 1 20); do
    printf '\n# mandate %s\n[[mandates]]\nid = "m-%s"\nactor = "A"\nsummary = "S"\n' "$i" "$i"
  done
} >resolutions/r.toml
# One mark-done; a run Wine itself fails (nothing of the program's printed, see `attempt`) is
# made again: marking a done mandate again changes nothing, so a retry loses nothing.
mark_once() {
  local k e="$work/race.$BASHPID.err"
  for k in 1 2 3; do
    wine "$exe" mark-done "$1" >/dev/null 2>"$e" && return 0
    if [ -s "$e" ] && ! grep -qE '^wine|^wineserver' "$e"; then break; fi
  done
  { cat "$e"; echo "$1 failed"; } >>"$work/race.err"
}
editor() { for i in $(seq "$1" 2 20); do mark_once "r/m-$i"; done; }
reader() { while [ ! -e "$work/race.done" ]; do wine "$exe" list >/dev/null 2>&1; done; }
reader &
editor 1 &
editor 2 &
wait %2 %3
touch "$work/race.done"
wait
done_count="$(grep -c '^done = ' resolutions/r.toml)"
comment_count="$(grep -c '^# mandate ' resolutions/r.toml)"
leftovers="$(find resolutions -name '.oic-track-*.tmp' | wc -l)"
if [ "$done_count" = 20 ] && [ "$comment_count" = 20 ] && [ "$leftovers" = 0 ] && [ ! -s "$work/race.err" ]; then
  ok "concurrent: 2 processes x 10 mark-done, beside a reader: 20 done, 20 comments kept"
else
  fail "concurrent: $done_count of 20 done, $comment_count of 20 comments, $leftovers temp files left:"
  cat "$work/race.err" 2>/dev/null
fi
cd "$repo"

# 4. A file held open by another program: refused with a clear message, left as it was.
held() { # $1: holdopen's mode ("" = sharing denied, as Excel; "read" = read, share reading)
  rm -rf "$work/held" && mkdir -p "$work/held" && cp -r tests/fixtures/edit/mark-done/in "$work/held/resolutions"
  cd "$work/held" || return
  local file=resolutions/cfm-2023-test.toml mode="${1:-denied}"
  cp "$file" "$work/before"
  mkfifo "$work/hold.in"
  # shellcheck disable=SC2086 # no mode is no argument
  wine "$holdopen" "$file" $1 <"$work/hold.in" >"$work/hold.out" 2>&1 &
  exec 3>"$work/hold.in"
  for _ in $(seq 100); do grep -q held "$work/hold.out" && break; sleep 0.1; done
  local out code k
  mapfile -t args <"$repo/tests/fixtures/edit/mark-done/args"
  for k in 1 2 3; do # again while Wine itself fails (see `attempt`)
    out="$(wine "$exe" "${args[@]}" 2>&1)"
    code=$?
    if [ -n "$out" ] && ! grep -qE '^wine|^wineserver' <<<"$out"; then break; fi
  done
  exec 3>&-
  wait
  rm -f "$work/hold.in"
  if [ "$code" = 1 ] && grep -q "is open in another program; close it and run the command again" <<<"$out" \
    && cmp -s "$work/before" "$file" && [ "$(find resolutions -name '.oic-track-*.tmp' | wc -l)" = 0 ]; then
    ok "held open ($mode): $(tr '\\' '/' <<<"$out" | tail -1)"
  else
    fail "held open ($mode): exit $code, file $(cmp -s "$work/before" "$file" && echo unchanged || echo CHANGED): $out"
  fi
  cd "$repo" || return
}
held ""
held read

end=$SECONDS
echo "wine-check: build $((built - start)) s, Wine prefix $((prefix_ready - built)) s, checks $((end - prefix_ready)) s"
if [ "$failed" != 0 ]; then
  echo "wine-check: FAILED" >&2
  exit 1
fi
echo "wine-check: all passed"
