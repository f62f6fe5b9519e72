#!/bin/sh
# mutations.sh: single edits to a faithful Chinese summary must each yield a
# contradiction that quotes both sides; the faithful summary must yield none
# (DESIGN-NOTES "Measuring yourselves"). Table: tests/mutations.tsv with
#   story <TAB> summary <TAB> sources (space-separated) <TAB> sed edit <TAB> expect <TAB> type
# where expect is "contradiction" (more contradictions quoting the summary
# and a source than the faithful summary has), "unsupported" (more
# unsupported claims), "clean" (no contradiction quoting the summary;
# the edit is "-" for the faithful summary), or "same" (a correct
# paraphrase: no more contradictions than the faithful summary). The
# edit must change the
# file: an edit that matches nothing is a failure, so a reworded summary
# cannot silently turn a case into a no-op. A story's own rules
# (data/STORY/rules) are loaded after the shipped ones.
BIN=${BIN:-build/rel/claimdiff}
T=build/mutation-tmp
rm -rf "$T" && mkdir -p "$T"
pass=0 fail=0 n=0

# s_contradictions FILE: findings of kind contradiction that quote both the
# summary (doc S) and a source
s_contradictions() {
  awk '/"kind": "contradiction"/{c=1} c&&/"doc": "S"/{s=1} c&&/"doc": "D/{d=1}
       /"missing"/{if(c&&s&&d)n++; c=0;s=0;d=0} END{print n+0}' "$1"
}
TAB=$(printf '\t')
while IFS="$TAB" read -r story summary sources edit expect type; do
  case "$story" in ''|'#'*) continue ;; esac
  n=$((n + 1))
  m="$T/$n-$(basename "$summary")"
  if [ "$edit" != "-" ]; then
    sed "$edit" "$summary" >"$m"
    if cmp -s "$summary" "$m"; then
      fail=$((fail + 1)); echo "FAIL $story #$n: edit '$edit' changed nothing"; continue
    fi
  else
    cp "$summary" "$m"
  fi
  # a story's own rules (data/STORY/rules) add to the shipped ones
  rules="--rules rules"
  [ -d "$(dirname "$summary")/rules" ] && rules="$rules --rules $(dirname "$summary")/rules"
  # shellcheck disable=SC2086
  "$BIN" $rules --format json --fail-on none "$m" $sources >"$T/$n.json" 2>"$T/$n.err"
  nu=$(grep -c '"kind": "unsupported"' "$T/$n.json")
  # contradictions that quote the summary (doc S) and a source
  nc=$(s_contradictions "$T/$n.json")
  # the faithful summary's count, once per summary
  base="$T/base-$(echo "$summary" | tr '/' '_').json"
  if [ ! -f "$base" ]; then
    # shellcheck disable=SC2086
    "$BIN" $rules --format json --fail-on none "$summary" $sources >"$base" 2>/dev/null
  fi
  nb=$(s_contradictions "$base")
  ok=0
  case "$expect" in
    contradiction) [ "$nc" -gt "$nb" ] && ok=1 ;;
    unsupported) [ "$nu" -gt "$(grep -c '"kind": "unsupported"' "$base")" ] && ok=1 ;;
    clean) [ "$nc" = 0 ] && ok=1 ;;
    same) [ "$nc" -le "$nb" ] && ok=1 ;;
  esac
  echo "$type $ok" >>"$T/by-type"
  if [ $ok = 1 ]; then
    pass=$((pass + 1)); echo "ok   $story #$n $expect: $edit"
  else
    fail=$((fail + 1)); echo "FAIL $story #$n want $expect ($nc contradictions, $nb before; $nu unsupported): $edit"
    head -3 "$T/$n.err" | sed 's/^/     /'
  fi
done <tests/mutations.tsv
# detection rate per edit type; "faithful" rows count false alarms
awk '{ n[$1]++; ok[$1] += $2 } END { for (t in n) if (t == "faithful") printf "false alarms on faithful summaries: %d of %d\n", n[t] - ok[t], n[t]; else printf "detected %-9s %d/%d\n", t, ok[t], n[t] }' "$T/by-type" | sort
echo "mutations: $pass passed, $fail failed"
[ "$fail" = 0 ]
