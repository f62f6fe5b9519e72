#!/bin/sh
# baseline.sh: findings accepted in a baseline stay accepted. A baseline
# written on a story and applied to it leaves nothing to fail and says
# how many it hid; a finding's id survives the sources given in another
# order, a rule file whose rules moved down, and a sentence wrapped anew;
# editing one value in the summary makes exactly one new finding, which
# fails; notes are kept when the baseline is written again; a broken
# baseline is exit 2 with file:line:col.
NAME=baseline
. tests/lib.sh

ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; }

R=data/rare-earths
cp -r "$R" "$T/story"
S="$T/story/summary.zh.txt" D1="$T/story/000-metalsdesk.en.txt" D2="$T/story/001-techledger.en.txt"
RULES="--rules rules --rules $T/story/rules"
B="$T/accepted.tsv"

# shellcheck disable=SC2086
"$BIN" baseline write "$B" --note "seen by the desk" $RULES "$S" "$D1" "$D2" 2>"$T/write.err"
st=$?
n=$(grep -vc '^#' "$B")
if [ $st = 0 ] && [ "$n" -gt 1 ] && grep -q "^baseline: $n findings written to $B" "$T/write.err" &&
  grep -q "	contradiction	" "$B" && ! grep -q "	agreement	" "$B" &&
  [ "$(grep -v '^#' "$B" | grep -c '	seen by the desk$')" = "$n" ]; then
  ok "write: $n findings (a contradiction among them, no agreement), each with the note"
else
  no "write: exit $st, $(cat "$T/write.err")"
fi

# shellcheck disable=SC2086
"$BIN" --baseline "$B" --fail-on unsupported $RULES "$S" "$D1" "$D2" >"$T/applied" 2>&1
st=$?
if [ $st = 0 ] && grep -q "^0 contradictions, 0 unsupported, 0 omissions, [0-9]* agreements; $n findings in the baseline (not shown)$" "$T/applied"; then
  ok "applied: exit 0 with --fail-on unsupported, $n findings in the baseline"
else
  no "applied: exit $st: $(tail -2 "$T/applied")"
fi

# the same ids, whatever else changes: sources in another order, the
# story's rules moved down their file, a source's sentence wrapped anew
ids() { "$BIN" --format json --fail-on none "$@" | jq -r '.findings[] | select(.kind != "agreement") | .id' | sort; }
# shellcheck disable=SC2086
ids $RULES "$S" "$D1" "$D2" >"$T/ids"
grep -v '^#' "$B" | cut -f1 | sort >"$T/ids.written"
# shellcheck disable=SC2086
ids $RULES "$S" "$D2" "$D1" >"$T/ids.swapped"
f=$(ls "$T"/story/rules/*.yaml | head -1)
{ printf '# moved\n#\n#\n'; cat "$f"; } >"$T/moved" && mv "$T/moved" "$f"
# shellcheck disable=SC2086
ids $RULES "$S" "$D1" "$D2" >"$T/ids.moved"
awk '/^BEIJING/ { sub(/ /, "\n") } { print }' "$D1" >"$T/wrapped" &&
  mv "$T/wrapped" "$D1"
# shellcheck disable=SC2086
ids $RULES "$S" "$D1" "$D2" >"$T/ids.wrapped"
if cmp -s "$T/ids" "$T/ids.written" && cmp -s "$T/ids" "$T/ids.swapped" && cmp -s "$T/ids" "$T/ids.moved" &&
  cmp -s "$T/ids" "$T/ids.wrapped"; then
  ok "ids: the written ones, and the same with sources swapped, rules moved, a line wrapped"
else
  no "ids changed: written $(cmp -s "$T/ids" "$T/ids.written" && echo same || echo differ), swapped $(cmp -s "$T/ids" "$T/ids.swapped" && echo same || echo differ), moved $(cmp -s "$T/ids" "$T/ids.moved" && echo same || echo differ), wrapped $(cmp -s "$T/ids" "$T/ids.wrapped" && echo same || echo differ)"
fi

# one value edited in the summary: that sentence's finding is new, and
# the only one that fails (k: the accepted findings that quote it, which
# are gone)
# shellcheck disable=SC2086
k=$("$BIN" --format json --fail-on none $RULES "$S" "$D1" "$D2" |
  jq '[.findings[] | select(.kind != "agreement") | select(any(.claims[]; .text | contains("上涨6%")))] | length')
sed 's/最高上涨6%/最高上涨9%/' "$S" >"$T/edited" && mv "$T/edited" "$S"
# shellcheck disable=SC2086
"$BIN" --baseline "$B" --fail-on unsupported --format json $RULES "$S" "$D1" "$D2" >"$T/new.json" 2>&1
st=$?
new=$(jq '[.findings[] | select(.kind != "agreement")] | length' "$T/new.json")
if [ $st = 1 ] && [ "$new" = 1 ] && [ "$(jq -r '.findings[] | select(.kind != "agreement") | .claims[0].text' "$T/new.json" | grep -c '9%')" = 1 ] &&
  [ "$(jq .baseline.hidden "$T/new.json")" = $((n - k)) ]; then
  ok "one value edited: exactly one new finding, exit 1; $((n - k)) still in the baseline"
else
  no "one value edited: exit $st, $new new findings, hidden $(jq .baseline.hidden "$T/new.json")"
fi

# written again: the notes edited by hand are kept, the new finding gets --note
sed 's/	seen by the desk$/	checked: the wire agrees/' "$B" >"$T/noted" && mv "$T/noted" "$B"
# shellcheck disable=SC2086
"$BIN" baseline write "$B" --note "new" $RULES "$S" "$D1" "$D2" 2>/dev/null
if [ "$(grep -c '	checked: the wire agrees$' "$B")" = $((n - k)) ] && [ "$(grep -c '	new$' "$B")" = 1 ]; then
  ok "written again: $((n - k)) notes kept, the new finding noted"
else
  no "written again: $(grep -v '^#' "$B" | cut -f4 | sort | uniq -c | tr '\n' ' ')"
fi

# a baseline that is not one
bad() { # NAME CONTENT WANT
  printf '%s\n' "$2" >"$T/bad.tsv"
  # shellcheck disable=SC2086
  "$BIN" --baseline "$T/bad.tsv" $RULES "$S" "$D1" >"$T/bad.out" 2>"$T/bad.err"
  if [ $? = 2 ] && [ ! -s "$T/bad.out" ] && grep -qF -- "$3" "$T/bad.err"; then ok "broken baseline: $1"; else no "broken baseline: $1: $(cat "$T/bad.err")"; fi
}
bad "not an id" "12345	omission	x" "bad.tsv:1:1: expected a finding id of 16 hex digits and a tab"
bad "an unknown kind" "0123456789abcdef	mistake	x" "bad.tsv:1:18: expected a kind of finding, a tab and its key"
bad "no key" "# fine
0123456789abcdef	omission" "bad.tsv:2:18: expected a kind of finding"
# shellcheck disable=SC2086
"$BIN" --baseline "$T/none.tsv" $RULES "$S" "$D1" >/dev/null 2>"$T/bad.err"
if [ $? = 2 ] && grep -q "none.tsv: cannot open" "$T/bad.err"; then ok "a missing baseline: exit 2"; else no "a missing baseline: $(cat "$T/bad.err")"; fi

echo "$NAME: $pass passed, $fail failed"
[ $fail = 0 ]
