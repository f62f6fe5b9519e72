#!/bin/sh
# bench/ipb.sh BENCH: instructions per byte of kept text, from callgrind
# (make bench runs it when valgrind is on the machine). For each language,
# the instructions of extracting 1 MB less those of 1 KB, over the bytes
# between: the slope, without the set-up. Counted two ways: all of
# extraction's work (cd_extract_doc_lean, which the bench and the extract
# command call, and the sentence reader's thread, ahead.c), and the
# caller's thread alone. (A toggle that names no function collects
# nothing past start-up: after 55c63bf it still named cd_extract_doc and
# printed 24 instructions a byte.)
BENCH=${1:-build/bench/bench}
T=${TMPDIR:-/tmp}/claimdiff-ipb.$$
mkdir -p "$T" || exit 2
trap 'rm -rf "$T"' EXIT
count() { # count LANG BYTES TOGGLES...: instructions collected
  lang=$1 n=$2; shift 2
  valgrind --tool=callgrind "$@" --callgrind-out-file="$T/cg" "$BENCH" --extract-once "$lang" "$n" \
    >/dev/null 2>"$T/err" || { cat "$T/err" >&2; exit 2; }
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$T/err"
}
for lang in en zh; do
  all="--toggle-collect=cd_extract_doc_lean --toggle-collect=reader"
  a0=$(count $lang 1000 $all) a1=$(count $lang 1000000 $all)
  one=--toggle-collect=cd_extract_doc_lean
  c0=$(count $lang 1000 $one) c1=$(count $lang 1000000 $one)
  printf 'ipb      %s kept text: %d instructions a byte, %d on the caller'"'"'s thread (callgrind, 1 MB - 1 KB)\n' \
    "$lang" $(((a1 - a0) / 999000)) $(((c1 - c0) / 999000))
done
