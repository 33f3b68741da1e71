#!/bin/bash
# Drafts every text at hand with one oic-track binary and writes one file per text (and per
# adoption mode) into OUTDIR, so that a change meant to keep the drafter's behaviour (a
# refactor) can be checked: two snapshots, before and after, must be the same (`diff -r`).
# Texts: the drafter's fixtures and the PDF fixtures (txt, pdf, docx), then every .txt/.pdf under the folders
# named by OIC_REAL_TEXTS, OIC_REAL_TEXTS_FR, OIC_REAL_TEXTS_AR, OIC_REAL_TEXTS_EN and
# OIC_REAL_TEXTS_EN_UN where they are set (the real texts are kept outside the project).
# Usage: scripts/draft-snapshot.sh BINARY OUTDIR
set -u
if [ $# -ne 2 ]; then
  echo "usage: $0 BINARY OUTDIR   (e.g. $0 target/debug/oic-track /tmp/snap-before)" >&2
  exit 2
fi
bin=$(realpath "$1")
out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
dirs=("$root/crates/draft/tests/fixtures" "$root/tests/fixtures/draft-pdf")
for v in OIC_REAL_TEXTS OIC_REAL_TEXTS_FR OIC_REAL_TEXTS_AR OIC_REAL_TEXTS_EN OIC_REAL_TEXTS_EN_UN; do
  [ -n "${!v:-}" ] && dirs+=("${!v}")
done
n=0
while IFS= read -r -d '' f; do
  # Named by the path below its folder, so that snapshots of two checkouts compare.
  key=$(echo "${f#"$root"/}" | tr '/' '_')
  for adopted in text 2020-06-15; do
    args=(--today 2026-01-01)
    [ "$adopted" = text ] || args+=(--adopted "$adopted")
    (cd /tmp && env -i PATH=/usr/bin:/bin NO_COLOR=1 "$bin" draft "$f" "${args[@]}" 2>&1 |
      sed "s|$root/||g"; echo "rc=${PIPESTATUS[0]}") > "$out/$key.$adopted.out"
  done
  n=$((n + 1))
done < <(find "${dirs[@]}" -type f \( -name '*.txt' -o -name '*.pdf' -o -name '*.docx' \) \
  ! -name '*.expected.*' ! -name 'README*' -print0 | sort -z)
echo "$n texts drafted into $out"
