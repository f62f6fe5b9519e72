#!/bin/sh
# pathological.sh: inputs that once took minutes or crashed (quadratic
# clause, cue, speaker, phrase and cluster searches; a heap overflow with many
# triggers in one sentence). Each is built here and must end with status
# 0 or 1. The timeout is a guard against a hang, generous enough for a
# sanitizer build on a loaded machine; it is not a speed measurement
# (make bench is).
BIN=${BIN:-build/rel/claimdiff}
T=build/pathological-tmp
rm -rf "$T" && mkdir -p "$T"
pass=0 fail=0
printf 'Nvidia said it lost $5.5 billion in April.\n' >"$T/src.txt"
awk 'BEGIN { for (i = 0; i < 4000; i++) printf "Nvidia, they said, "; print "banned" }' >"$T/said.txt"
awk 'BEGIN { for (i = 0; i < 4000; i++) printf "Nvidia denied, "; print "" }' >"$T/denied.txt"
awk 'BEGIN { for (i = 0; i < 60000; i++) printf "may ban "; print "" }' >"$T/hedges.txt"
awk 'BEGIN { for (i = 0; i < 60000; i++) printf "not ban "; print "" }' >"$T/negations.txt"
awk 'BEGIN { print "Nvidia was banned"; for (i = 0; i < 30000; i++) print "and then item number " i " went on" }' >"$T/lines.txt"
awk 'BEGIN { for (i = 0; i < 37000; i++) print "Huawei was banned in 1971." }' >"$T/claims.txt"
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "美国商务部禁止英伟达出售芯片，华为否认，可能"; print "。" }' >"$T/zh.txt"
awk 'BEGIN { for (i = 0; i < 40000; i++) printf "U.S. "; print "banned it." }' >"$T/abbrevs.txt"
# overlapping keys (cut ... tariffs, "tariffs on") with an amount each, in
# one sentence: an amount's phrase was once measured against every trigger
awk 'BEGIN { for (i = 0; i < 40000; i++) printf "China cut its own tariffs on goods to 10 percent, "; print "then." }' >"$T/phrases.txt"
for f in said denied hedges negations lines claims zh abbrevs phrases; do
  timeout 120 "$BIN" --rules rules --fail-on none "$T/$f.txt" "$T/src.txt" >/dev/null 2>"$T/$f.err"
  st=$?
  if [ $st -le 1 ]; then pass=$((pass + 1)); echo "ok   $f ($(wc -c <"$T/$f.txt") bytes)"
  else fail=$((fail + 1)); echo "FAIL $f: exit $st"; head -3 "$T/$f.err"; fi
done
# extraction rendered: claims once walked a whole document for each
# sentence, and a column was counted from the line's start for each span
# (1 MB on one line, 4 MB of short lines each with a claim: minutes then)
awk 'BEGIN { for (i = 0; i < 16000; i++) printf "Nvidia said its sales to China fell %d%% in April. ", i % 90 + 1; print "" }' >"$T/longline.txt"
awk 'BEGIN { for (i = 0; i < 40000; i++) printf "Huawei said on Tuesday it shipped %d chips to Malaysia in May.\n", 1000 + i }' >"$T/claimlines.txt"
for f in longline claimlines; do
  for fmt in text json; do
    timeout 120 "$BIN" extract --rules rules --format $fmt "$T/$f.txt" >/dev/null 2>"$T/$f.err"
    st=$?
    if [ $st = 0 ]; then pass=$((pass + 1)); echo "ok   extract --format $fmt $f ($(wc -c <"$T/$f.txt") bytes)"
    else fail=$((fail + 1)); echo "FAIL extract --format $fmt $f: exit $st"; head -3 "$T/$f.err"; fi
  done
done
# one 1 MB line of a word the boilerplate patterns look for, over and
# over: glibc's regex tries each pattern at every position, so an
# unbounded repetition in a pattern ([0-9]+, [^.]*) made such a line
# quadratic (a line of digits, of "get ")
n=0
for w in '7' 'get ' 'by a ' '一二三' 'U.S. ' 'photo: ' '2025-08-12 ' '| x ' '新华社北京' 'follow x on '; do
  n=$((n + 1))
  awk -v w="$w" 'BEGIN { for (i = 0; i < 1000000 / length(w); i++) printf "%s", w; print "" }' >"$T/line$n.txt"
  timeout 120 "$BIN" extract --rules rules "$T/line$n.txt" >/dev/null 2>"$T/line$n.err"
  st=$?
  if [ $st = 0 ]; then pass=$((pass + 1)); echo "ok   a line of '$w' ($(wc -c <"$T/line$n.txt") bytes)"
  else fail=$((fail + 1)); echo "FAIL a line of '$w': exit $st"; head -3 "$T/line$n.err"; fi
done
echo "pathological: $pass passed, $fail failed"
[ "$fail" = 0 ]
