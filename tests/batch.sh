#!/bin/sh
# batch.sh: claimdiff batch over the shipped stories and the development
# set: one JSON line a story, in order, each report the story's own run's
# byte for byte (but for line breaks and indentation) with its exit
# status; -j 1 and -j 2 the same; a manifest; a story in trouble; a
# failed write; and the README's GNU parallel recipe.
NAME=batch
. tests/lib.sh

ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; }

SHELVES=data
[ -d ../shared/eval/stories ] && SHELVES="data ../shared/eval/stories"

# shellcheck disable=SC2086
"$BIN" batch --rules rules -j 2 $SHELVES >"$T/j2" 2>"$T/j2.err"
st=$?
# shellcheck disable=SC2086
"$BIN" batch --rules rules $SHELVES >"$T/j1" 2>"$T/j1.err"
if cmp -s "$T/j1" "$T/j2" && cmp -s "$T/j1.err" "$T/j2.err"; then ok "-j 2 writes what -j 1 does"; else no "-j 2 and -j 1 differ"; fi

# each line against the story's own run: the summary, then the sources
# by name (an English summary is none), the story's rules after the
# shipped ones
n=0 worst=0
for shelf in $SHELVES; do
  for d in "$shelf"/*/; do
    d=${d%/}
    s=$(ls "$d"/*.zh.txt 2>/dev/null | head -1)
    [ -n "$s" ] || continue
    n=$((n + 1))
    srcs=$(ls "$d"/*.en.txt | grep -v summary)
    r=""
    [ -d "$d/rules" ] && r="--rules $d/rules"
    # shellcheck disable=SC2086
    "$BIN" --rules rules $r --format json "$s" $srcs >"$T/one.json" 2>&1
    one=$?
    [ $one -gt $worst ] && worst=$one
    awk '{ sub(/^ +/, ""); printf "%s", $0 } END { print "" }' "$T/one.json" >"$T/one.compact"
    sed -n "${n}p" "$T/j1" >"$T/line"
    if ! jq -e . "$T/line" >/dev/null 2>&1; then
      no "$d: line $n is not JSON"
      continue
    fi
    sed 's/^{"story": "[^"]*", "status": [0-9], "report": //; s/}$//' "$T/line" >"$T/report"
    if [ "$(jq -r .story "$T/line")" = "$d" ] && [ "$(jq .status "$T/line")" = $one ] &&
      cmp -s "$T/report" "$T/one.compact"; then
      ok "$d: the story's own report, exit $one"
    else
      no "$d: line $n is not the story's own run (exit $one; story $(jq -r .story "$T/line"), status $(jq .status "$T/line"))"
    fi
  done
done
if [ "$(wc -l <"$T/j1")" -eq $n ] && [ $st = $worst ] &&
  grep -q "^batch: $n stories: " "$T/j1.err"; then
  ok "$n lines, exit $st (the worst story's), the total on standard error"
else
  no "$(wc -l <"$T/j1") lines for $n stories, exit $st (want $worst), total: $(cat "$T/j1.err")"
fi

# --out DIR: each report in a file of its own, as the story's own run
# writes it; the line names the file
mkdir -p "$T/out"
"$BIN" batch --rules rules --out "$T/out" data/h20 data/rare-earths >"$T/out.lines" 2>/dev/null
"$BIN" --rules rules --format json data/h20/summary.zh.txt $(ls data/h20/*.en.txt | grep -v summary) >"$T/h20.json"
if [ "$(jq -r .file "$T/out.lines" | tr '\n' ' ')" = "$T/out/001-h20.json $T/out/002-rare-earths.json " ] &&
  cmp -s "$T/out/001-h20.json" "$T/h20.json" && [ "$(jq -r .status "$T/out.lines" | tr '\n' ' ')" = "0 1 " ]; then
  ok "--out: a file a story, the story's own report, named in its line"
else
  no "--out: $(cat "$T/out.lines")"
fi

# a manifest: paths relative to it, rules optional; a missing file makes
# that story's line an error and the batch exit 2, the others still run
mkdir -p "$T/m"
cat >"$T/m/stories.jsonl" <<'EOF'
{"summary": "../../../data/rare-earths/summary.zh.txt", "sources": ["../../../data/rare-earths/000-metalsdesk.en.txt", "../../../data/rare-earths/001-techledger.en.txt"], "rules": "../../../data/rare-earths/rules", "name": "rare-earths"}

{"summary": "../../../data/h20/summary.zh.txt", "sources": ["../../../data/h20/nope.en.txt"]}
EOF
"$BIN" batch --rules rules "$T/m/stories.jsonl" >"$T/m.out" 2>"$T/m.err"
st=$?
re=$(grep '"story": "data/rare-earths"' "$T/j1" | sed 's/^{"story": "[^"]*", /{/')
got=$(sed -n 1p "$T/m.out" | sed 's/^{"story": "[^"]*", /{/' | sed "s#$T/m/\.\./\.\./\.\./##g")
if [ $st = 2 ] && [ "$(wc -l <"$T/m.out")" = 2 ] && [ "$got" = "$re" ] &&
  [ "$(sed -n 2p "$T/m.out" | jq -r '.story + " " + (.status | tostring)')" = "$T/m/stories.jsonl:3 2" ] &&
  [ "$(sed -n 1p "$T/m.out" | jq -r .story)" = rare-earths ] &&
  sed -n 2p "$T/m.out" | jq -r .error | grep -q "nope.en.txt: cannot open"; then
  ok "a manifest: its stories' lines, a missing file that story's error, exit 2"
else
  no "a manifest (exit $st): $(cut -c1-160 "$T/m.out")"
fi

# a manifest's own errors: exit 2 before any story runs, with line and column
bad_manifest() { # NAME LINE WANT-MESSAGE
  printf '%s\n' "$2" >"$T/bad.jsonl"
  "$BIN" batch "$T/bad.jsonl" >"$T/bad.out" 2>"$T/bad.err"
  if [ $? = 2 ] && [ ! -s "$T/bad.out" ] && grep -qF -- "$3" "$T/bad.err"; then
    ok "manifest: $1"
  else
    no "manifest: $1: $(cat "$T/bad.err")"
  fi
}
bad_manifest "an unknown field" '{"summary": "a.zh.txt", "sources": ["b.en.txt"], "rule": "r"}' "bad.jsonl:1:50: a field other than"
bad_manifest "no source" '{"summary": "a.zh.txt", "sources": []}' "bad.jsonl:1:1: a story needs a summary and at least one source"
bad_manifest "not an object" '["a.zh.txt"]' "bad.jsonl:1:1: expected '{'"
bad_manifest "an open string" '{"summary": "a.zh.txt' "bad.jsonl:1:22: a string not closed on its line"
bad_manifest "a lone surrogate" '{"summary": "\ud800x"}' "bad.jsonl:1:20: a lone surrogate"
bad_manifest "more after it" '{"summary": "a", "sources": ["b"]} x' "bad.jsonl:1:36: more after the story's object"
bad_manifest "no story" '' "bad.jsonl: no story in the manifest"
bad_manifest "an empty name" '{"summary": "a", "sources": ["b"], "name": ""}' "bad.jsonl:1:46: an empty name"
"$BIN" batch "$T/none.jsonl" >/dev/null 2>"$T/bad.err"
if grep -q "none.jsonl: cannot open" "$T/bad.err"; then ok "a missing manifest"; else no "a missing manifest: $(cat "$T/bad.err")"; fi
"$BIN" batch "$T/m" >/dev/null 2>"$T/bad.err"
if [ $? = 2 ] && grep -q "no story here" "$T/bad.err"; then ok "a directory of no story"; else no "a directory of no story: $(cat "$T/bad.err")"; fi

# a write that fails is exit 2 and a message
"$BIN" batch --rules rules data/h20 >/dev/full 2>"$T/full.err"
if [ $? = 2 ] && grep -q "write error" "$T/full.err"; then ok "a failed write: exit 2"; else no "a failed write: $(cat "$T/full.err")"; fi

# the README's recipe: GNU parallel runs one story a process, in order,
# and its lines are batch's
if command -v parallel >/dev/null 2>&1; then
  ls -d data/*/ | sed 's#/$##' | parallel -k -j 2 "$BIN" batch --rules rules {} >"$T/par" 2>/dev/null
  head -n "$(ls -d data/*/ | wc -l)" "$T/j1" >"$T/j1.data"
  if cmp -s "$T/par" "$T/j1.data"; then ok "GNU parallel: the same lines"; else no "GNU parallel's lines differ from batch's"; fi
else
  no "GNU parallel is not installed (make deps installs it)"
fi

echo "$NAME: $pass passed, $fail failed"
[ $fail = 0 ]
