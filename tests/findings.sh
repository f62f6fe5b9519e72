#!/bin/sh
# findings.sh: findings that a report must (or must not) contain, by name,
# so that a rule change that loses one fails here with the reason (the
# golden reports catch every change, these say which ones matter).
# Table tests/findings.tsv:
#   run <TAB> kind <TAB> key <TAB> documents <TAB> why
# run names a line "name: args" of tests/findings.runs; kind is agreement,
# omission, unsupported, contradiction, or !contradiction (no
# contradiction may quote all the documents given; key "*" for any key);
# key is a finding key's prefix ("backdoor/nvidia"); documents are ids
# that must all be among the finding's claims ("S D1 D2").
BIN=${BIN:-build/rel/claimdiff}
T=build/findings-tmp
rm -rf "$T" && mkdir -p "$T"
pass=0 fail=0
TAB=$(printf '\t')
while IFS=: read -r name args; do
  case "$name" in ''|'#'*) continue ;; esac
  # shellcheck disable=SC2086
  "$BIN" --format json --fail-on none $args >"$T/$name.json" 2>"$T/$name.err"
done <tests/findings.runs

# one line per finding: kind key docs...
for j in "$T"/*.json; do
  awk '/"kind":/{if(k)print k, key, docs; k=$2; gsub(/[",]/,"",k); key=""; docs=""}
       /"key":/{key=$2; gsub(/[",]/,"",key)}
       /"doc":/{d=$2; gsub(/[",]/,"",d); if (index(" " docs " ", " " d " ")==0) docs=docs " " d}
       END{if(k)print k, key, docs}' "$j" >"${j%.json}.findings"
done

while IFS="$TAB" read -r run kind key docs why; do
  case "$run" in ''|'#'*) continue ;; esac
  f="$T/$run.findings"
  neg=0
  case "$kind" in '!'*) neg=1; kind=${kind#!} ;; esac
  hit=$(awk -v k="$kind" -v key="$key" -v docs="$docs" '
    $1 == k && (key == "*" || index($2, key) == 1) {
      n = split(docs, want, " "); ok = 1
      for (i = 1; i <= n; i++) { found = 0; for (j = 3; j <= NF; j++) if ($j == want[i]) found = 1; if (!found) ok = 0 }
      if (ok) { print; exit }
    }' "$f")
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
if [ "$(agreements "$T/h20.findings")" = "$(agreements "$T/h20-004.findings")" ]; then
  pass=$((pass + 1)); echo "ok   h20 and h20-004 agree on the same claims"
else
  fail=$((fail + 1)); echo "FAIL h20 and h20-004 agree on different claims:"
  agreements "$T/h20.findings" >"$T/a1"; agreements "$T/h20-004.findings" >"$T/a2"
  diff "$T/a1" "$T/a2" | sed 's/^/     /'
fi

# issue 3: a Traditional copy of a summary (opencc s2twp: Taiwan characters
# and words) gives the same findings as the Simplified one
for story in h20 entity-list rare-earths; do
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
