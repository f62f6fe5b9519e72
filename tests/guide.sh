#!/bin/sh
# guide.sh: docs/rules.md is real. Every "$ " line of its console blocks is
# run (with the freshly built binary first on PATH) and each line shown
# after it must be the output, line for line (leading blank lines aside);
# "..." in a shown line stands for any text, and a line that is only "..."
# skips any number of lines. The
# yaml block that shows data/guide-seizure/rules/story.yaml (the one that
# starts with its first line) must be the file, byte for byte.
BIN=${BIN:-build/rel/claimdiff}
T=build/guide-tmp
rm -rf "$T" && mkdir -p "$T/bin"
ln -s "$(pwd)/$BIN" "$T/bin/claimdiff"
PATH="$(pwd)/$T/bin:$PATH"
export PATH
pass=0 fail=0

# 1. split the console blocks into commands and their expected lines
awk -v dir="$T" '
  /^```console$/ { inblock = 1; next }
  /^```$/ && inblock { inblock = 0; next }
  inblock && /^\$ / { n++; cmdf = dir "/" n ".cmd"; expf = dir "/" n ".exp";
                      print substr($0, 3) > cmdf; printf "" > expf; next }
  inblock && n { print >> (dir "/" n ".exp") }
' docs/rules.md

for cmd in "$T"/*.cmd; do
  n=$(basename "$cmd" .cmd)
  sh "$cmd" >"$T/$n.out" 2>&1
  # every expected line in order; "..." inside a line matches any text
  if awk -v out="$T/$n.out" '
      function matches(line, pat,   parts, k, i, pos) {
        k = split(pat, parts, /\.\.\./); pos = 1
        for (i = 1; i <= k; i++) {
          if (parts[i] == "") continue
          p = index(substr(line, pos), parts[i]); if (!p) return 0
          if (i == 1 && p != 1) return 0
          pos += p - 1 + length(parts[i])
        }
        return parts[k] == "" || pos == length(line) + 1
      }
      BEGIN { while ((getline l < out) > 0) if (ng || l != "") got[++ng] = l; at = 1 }
      $0 == "..." { skip = 1; next }
      { if (skip) while (at <= ng && !matches(got[at], $0)) at++
        if (at > ng || !matches(got[at], $0)) { print "  expected: " $0; if (at <= ng) print "  got:      " got[at]; bad = 1; exit }
        at++; skip = 0 }
      END { exit bad }' "$T/$n.exp" >"$T/$n.why"; then
    pass=$((pass + 1)); echo "ok   guide: $(cut -c1-90 "$cmd")"
  else
    fail=$((fail + 1)); echo "FAIL guide: $(cat "$cmd")"; cat "$T/$n.why"
    head -5 "$T/$n.out" | sed 's/^/     | /'
  fi
done

# 2. the story file shown is the story file
awk '/^```yaml$/ { start = 1; next }
     start && /^# Story rules for data\/guide-seizure/ { on = 1 }
     { start = 0 }
     on && /^```$/ { on = 0 }
     on' docs/rules.md >"$T/story.yaml"
if cmp -s "$T/story.yaml" data/guide-seizure/rules/story.yaml; then
  pass=$((pass + 1)); echo "ok   guide: the yaml shown is data/guide-seizure/rules/story.yaml"
else
  fail=$((fail + 1)); echo "FAIL guide: the yaml shown differs from data/guide-seizure/rules/story.yaml"
  diff "$T/story.yaml" data/guide-seizure/rules/story.yaml | head -5
fi
echo "guide: $pass passed, $fail failed"
[ "$fail" = 0 ]
