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
#
# Every run, mutated or faithful, must exit 0 (--fail-on none) and print a
# report that jq reads as the contract's JSON; a run that exits otherwise
# (2, a signal, a crash) or prints no valid report fails its row, with its
# stderr, so that a crash can never pass a "clean" or "same" row.
NAME=mutations
. tests/lib.sh
n=0

# counts FILE: "C U", where C is the number of contradictions that quote
# both the summary (doc S) and a source (a D doc), and U the number of
# unsupported claims; fails when FILE is not a claimdiff/1 report
counts() {
  jq -rs 'if length != 1 then error("\(length) JSON values, not one report") else .[0] end
          | if .schema != "claimdiff/1" or (.findings | type) != "array" then error("not a claimdiff/1 report")
         else ([.findings[] | select(.kind == "contradiction" and any(.claims[]; .doc == "S")
                                     and any(.claims[]; .doc | startswith("D")))] | length) as $c
           | ([.findings[] | select(.kind == "unsupported")] | length) as $u
           | "\($c) \($u)" end' "$1"
}

# run OUT ARGS...: runs the binary into OUT.json and OUT.err and prints
# "C U" (see counts); on a bad exit status or report, prints why instead,
# with the run's stderr, and returns 1
run() {
  out=$1
  shift
  "$BIN" "$@" >"$out.json" 2>"$out.err"
  st=$?
  if [ "$st" != 0 ]; then
    if [ "$st" -gt 128 ]; then echo "exit $st: killed by signal $((st - 128))"; else echo "exit $st"; fi
  elif counts "$out.json" 2>"$out.jqerr"; then
    return 0
  else
    echo "exit 0, but jq cannot read the report: $(head -1 "$out.jqerr")"
  fi
  sed 's/^/     stderr: /' "$out.err" | head -5
  return 1
}
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
  # contradictions that quote the summary (doc S) and a source; unsupported
  # shellcheck disable=SC2086
  if ! got=$(run "$T/$n" $rules --format json --fail-on none "$m" $sources); then
    echo "$type 0" >>"$T/by-type"
    fail=$((fail + 1)); echo "FAIL $story #$n $expect: $edit: run failed: $got"; continue
  fi
  nc=${got% *} nu=${got#* }
  # the faithful summary's counts, once per summary
  base="$T/base-$(echo "$summary" | tr '/' '_')"
  if [ ! -f "$base.counts" ] && [ ! -f "$base.broken" ]; then
    # shellcheck disable=SC2086
    if got=$(run "$base" $rules --format json --fail-on none "$summary" $sources); then
      echo "$got" >"$base.counts"
    else
      echo "$got" >"$base.broken"
    fi
  fi
  if [ -f "$base.broken" ]; then
    echo "$type 0" >>"$T/by-type"
    fail=$((fail + 1)); echo "FAIL $story #$n $expect: $edit: the faithful summary's run failed: $(cat "$base.broken")"
    continue
  fi
  got=$(cat "$base.counts")
  nb=${got% *} nub=${got#* }
  ok=0
  case "$expect" in
    contradiction) [ "$nc" -gt "$nb" ] && ok=1 ;;
    unsupported) [ "$nu" -gt "$nub" ] && ok=1 ;;
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
