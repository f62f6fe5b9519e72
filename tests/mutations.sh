#!/bin/sh
# mutations.sh: single edits to a faithful Chinese summary must each yield a
# contradiction that quotes both sides; the faithful summary must yield none
# (DESIGN-NOTES "Measuring yourselves"). Table: tests/mutations.tsv with
#   story <TAB> summary <TAB> sources (space-separated) <TAB> sed edit <TAB> expect
# where expect is "contradiction", "unsupported", or "clean" (no
# contradiction at all; the edit is "-" for the faithful summary). The
# edit must change the
# file: an edit that matches nothing is a failure, so a reworded summary
# cannot silently turn a case into a no-op.
BIN=${BIN:-build/rel/claimdiff}
T=build/mutation-tmp
rm -rf "$T" && mkdir -p "$T"
pass=0 fail=0 n=0
TAB=$(printf '\t')
while IFS="$TAB" read -r story summary sources edit expect; do
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
  # shellcheck disable=SC2086
  "$BIN" --format json --fail-on none "$m" $sources >"$T/$n.json" 2>"$T/$n.err"
  nc=$(grep -c '"kind": "contradiction"' "$T/$n.json")
  nu=$(grep -c '"kind": "unsupported"' "$T/$n.json")
  ok=0
  case "$expect" in
    contradiction)
      # the contradiction must quote the summary (doc S) and a source
      if [ "$nc" -gt 0 ] && awk '/"kind": "contradiction"/{c=1} c&&/"doc": "S"/{s=1} c&&/"doc": "D/{d=1} /"missing"/{if(c&&s&&d)ok=1; c=0;s=0;d=0} END{exit !ok}' "$T/$n.json"; then ok=1; fi ;;
    unsupported)
      [ "$nu" -gt 0 ] && ok=1 ;;
    clean)
      # no contradiction involving the summary
      if ! awk '/"kind": "contradiction"/{c=1} c&&/"doc": "S"/{s=1} /"missing"/{if(c&&s)bad=1; c=0;s=0} END{exit !bad}' "$T/$n.json"; then ok=1; fi ;;
  esac
  if [ $ok = 1 ]; then
    pass=$((pass + 1)); echo "ok   $story #$n $expect: $edit"
  else
    fail=$((fail + 1)); echo "FAIL $story #$n want $expect ($nc contradictions, $nu unsupported): $edit"
    head -3 "$T/$n.err" | sed 's/^/     /'
  fi
done <tests/mutations.tsv
echo "mutations: $pass passed, $fail failed"
[ "$fail" = 0 ]
