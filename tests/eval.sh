#!/bin/sh
# eval.sh: the development set (../shared/eval), the team's own blind
# stories (eval/stories) and the blind stories of event types the rules did
# not cover when they were written (eval/beat/stories, issue 14) scored by
# ../shared/eval/score.py, each set's two
# closing lines printed, then every figure checked against
# tests/eval-floor, then that every summary sentence with a value gets a
# finding (tests/accounted.py). Run from the repository root with BIN set. Prints
# "ok   ..." / "FAIL ..." per floor and "eval: N passed, M failed".
NAME=eval
. tests/lib.sh
SCORE=../shared/eval/score.py
if [ ! -f "$SCORE" ]; then
  echo "FAIL $SCORE is missing: the development set sits beside the project as ../shared/eval"
  echo "eval: 0 passed, 1 failed"
  exit 1
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "FAIL python3 is not installed (make evaldeps installs it)"
  echo "eval: 0 passed, 1 failed"
  exit 1
fi

# score SET DIR: scores the stories of DIR into $T/SET.json, prints the
# closing lines; a set with no stories is skipped
score() {
  [ -d "$2" ] && [ -n "$(ls "$2")" ] || { echo "($1: no stories in $2)"; return 0; }
  echo "-- $1 ($2)"
  python3 -B "$SCORE" --bin "$BIN" --rules rules --jobs 2 --stories "$2" --json-out "$T/$1.json" \
    </dev/null >"$T/$1.txt" 2>&1
  st=$?
  tail -n 2 "$T/$1.txt"
  [ $st = 0 ] || { echo "FAIL score.py on $1: $(status_text $st)"; fail=$((fail + 1)); }
}
score dev ../shared/eval/stories
score own eval/stories
score beat eval/beat/stories

while read -r set metric bound value; do
  case "$set" in ''|'#'*) continue ;; esac
  if [ ! -f "$T/$set.json" ]; then
    fail=$((fail + 1)); echo "FAIL $set $metric: no scores for $set"; continue
  fi
  # a pair [found, of] compares by found; a number by itself
  got=$(jq -r --arg m "$metric" '.totals[$m] | if type == "array" then .[0] else . end' "$T/$set.json")
  case "$got" in ''|null) fail=$((fail + 1)); echo "FAIL $set $metric: not in score.py's totals"; continue ;; esac
  if { [ "$bound" = min ] && [ "$got" -ge "$value" ]; } || { [ "$bound" = max ] && [ "$got" -le "$value" ]; }; then
    pass=$((pass + 1)); echo "ok   $set $metric $got ($bound $value)"
  else
    if [ "$bound" = min ]; then side="below the floor"; else side="above the bound"; fi
    fail=$((fail + 1)); echo "FAIL $set $metric $got, $side ($bound $value)"
  fi
done <tests/eval-floor

# every summary sentence that states a value gets a finding (issue 11):
# the stories of both sets and the shipped data (tests/accounted.py)
H20=000-ap.en.txt,001-qatar-tribune.en.txt,002-wccftech.en.txt,003-techblog.en.txt
if python3 -B tests/accounted.py "$BIN" ../shared/eval/stories/* eval/stories/* \
     "data/h20:summary.zh.txt:$H20" "data/h20:summary.zh-hant.txt:$H20" \
     "data/entity-list:summary.zh.txt:000-pacificwire.en.txt,001-chipbeat.en.txt,002-asiamarkets.en.txt:data/entity-list/rules" \
     "data/rare-earths:summary.zh.txt:000-metalsdesk.en.txt,001-techledger.en.txt:data/rare-earths/rules" \
     >"$T/accounted.txt" 2>&1; then
  pass=$((pass + 1)); echo "ok   every value of the summaries accounted for ($(tail -n 1 "$T/accounted.txt"))"
else
  fail=$((fail + 1)); echo "FAIL a summary sentence with a value and no finding:"; grep -v '^ok' "$T/accounted.txt"
fi
echo "eval: $pass passed, $fail failed"
[ "$fail" = 0 ]
