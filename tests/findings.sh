#!/bin/sh
# findings.sh: findings that a report must (or must not) contain, by name,
# so that a rule change that loses one fails here with the reason (the
# golden reports catch every change, these say which ones matter).
# Table tests/findings.tsv:
#   run <TAB> kind <TAB> key <TAB> documents <TAB> why
# run names a line "name: args" of tests/findings.runs; kind is agreement,
# omission, unsupported, contradiction, or one of them after "!" (no
# such finding may quote all the documents given; key "*" for any key);
# key is a finding key's prefix ("backdoor/nvidia"); documents are ids
# that must all be among the finding's claims ("S D1 D2").
#
# Each run must exit 0 (--fail-on none) and print a report that jq reads
# as the contract's JSON (docs: /work/shared/contract/report-json.md); a
# run that exits otherwise (2, a signal, a crash) or prints no valid
# report fails every row that names it, with its stderr, so that a crash
# can never pass a "!contradiction" row.
NAME=findings
. tests/lib.sh

# Each run leaves NAME.json, NAME.err, and either NAME.findings (one line
# per finding: kind key docs..., from the parsed report) or NAME.broken
# (why the run cannot be trusted).
while IFS=: read -r name args; do
  case "$name" in ''|'#'*) continue ;; esac
  # shellcheck disable=SC2086
  "$BIN" --format json --fail-on none $args >"$T/$name.json" 2>"$T/$name.err"
  st=$?
  if [ "$st" != 0 ]; then
    status_text "$st" >"$T/$name.broken"
  elif ! jq -rs '
      if length != 1 then error("\(length) JSON values, not one report") else .[0] end
      | if .schema != "claimdiff/1" or (.findings | type) != "array" then error("not a claimdiff/1 report")
      else .findings[] | [.kind, .key] + ([.claims[].doc] | reduce .[] as $d ([]; if index([$d]) then . else . + [$d] end))
           | join(" ") end' \
      "$T/$name.json" >"$T/$name.findings" 2>"$T/$name.jqerr"; then
    echo "exit 0, but jq cannot read the report: $(head -1 "$T/$name.jqerr")" >"$T/$name.broken"
  fi
done <tests/findings.runs

# broken RUN...: true (and prints why, with the run's stderr) when any RUN
# did not give a report to look at
broken() {
  b=1
  for r in "$@"; do
    if [ ! -f "$T/$r.json" ]; then
      echo "no run named '$r' in tests/findings.runs"; b=0
    elif [ -f "$T/$r.broken" ]; then
      echo "run $r failed: $(cat "$T/$r.broken")"; b=0
      sed 's/^/     stderr: /' "$T/$r.err" | head -5
    fi
  done
  return $b
}

while IFS="$TAB" read -r run kind key docs why; do
  case "$run" in ''|'#'*) continue ;; esac
  if why_broken=$(broken "$run"); then
    fail=$((fail + 1)); echo "FAIL $run: $why: $why_broken"; continue
  fi
  neg=0
  case "$kind" in '!'*) neg=1; kind=${kind#!} ;; esac
  # the first finding of that kind and key whose claims quote every document
  hit=$(jq -r --arg k "$kind" --arg key "$key" --arg docs "$docs" '
    ($docs | split(" ") | map(select(. != ""))) as $want
    | [.findings[]
       | select(.kind == $k and ($key == "*" or (.key | startswith($key))))
       | [.claims[].doc] as $have
       | select(all($want[]; . as $w | any($have[]; . == $w)))
       | "\(.kind) \(.key) \($have | unique | join(" "))"]
    | first // empty' "$T/$run.json")
  if { [ $neg = 0 ] && [ -n "$hit" ]; } || { [ $neg = 1 ] && [ -z "$hit" ]; }; then
    pass=$((pass + 1)); echo "ok   $run: $why"
  else
    fail=$((fail + 1))
    if [ $neg = 1 ]; then echo "FAIL $run: $why: found $hit"
    else echo "FAIL $run: $why: no $kind $key with $docs"; fi
  fi
done <tests/findings.tsv

# issue 2: 004 (English body) as the summary gives the same agreements as
# its Chinese rendering (by predicate: keys name the summary's entities)
agreements() { awk '$1 == "agreement" { split($2, k, "/"); print k[1] }' "$1" | sort -u; }
if why_broken=$(broken h20 h20-004); then
  fail=$((fail + 1)); echo "FAIL h20 and h20-004 agree on the same claims: $why_broken"
elif [ "$(agreements "$T/h20.findings")" = "$(agreements "$T/h20-004.findings")" ]; then
  pass=$((pass + 1)); echo "ok   h20 and h20-004 agree on the same claims"
else
  fail=$((fail + 1)); echo "FAIL h20 and h20-004 agree on different claims:"
  agreements "$T/h20.findings" >"$T/a1"; agreements "$T/h20-004.findings" >"$T/a2"
  diff "$T/a1" "$T/a2" | sed 's/^/     /'
fi

# issue 3: a Traditional copy of a summary (opencc s2twp: Taiwan characters
# and words) gives the same findings as the Simplified one
for story in h20 entity-list rare-earths; do
  if why_broken=$(broken "$story" "$story-hant"); then
    fail=$((fail + 1)); echo "FAIL $story: the Traditional summary gives the same findings: $why_broken"
    continue
  fi
  a=$(awk '{ print $1, $2 }' "$T/$story.findings")
  b=$(awk '{ print $1, $2 }' "$T/$story-hant.findings")
  if [ -n "$a" ] && [ "$a" = "$b" ]; then
    pass=$((pass + 1)); echo "ok   $story: the Traditional summary gives the same findings"
  else
    fail=$((fail + 1)); echo "FAIL $story: the Traditional summary gives other findings:"
    printf '%s\n' "$a" >"$T/a"; printf '%s\n' "$b" >"$T/b"; diff "$T/a" "$T/b" | head -8 | sed 's/^/     /'
  fi
done

echo "findings: $pass passed, $fail failed"
[ "$fail" = 0 ]
