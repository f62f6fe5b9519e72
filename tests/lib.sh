# lib.sh: what the shell suites that read claimdiff's JSON share. Source it
# from the repository root with NAME set to the suite's name:
#   NAME=findings; . tests/lib.sh
# It sets BIN (build/rel/claimdiff unless given), T (a fresh scratch
# folder build/NAME-tmp), pass=0, fail=0 and TAB; it stops the suite with
# one FAIL line when jq is missing (make deps installs it); and it defines
# status_text.
BIN=${BIN:-build/rel/claimdiff}
T=build/$NAME-tmp
rm -rf "$T" && mkdir -p "$T"
pass=0 fail=0
TAB=$(printf '\t')
if ! command -v jq >/dev/null 2>&1; then
  echo "FAIL jq is not installed (make deps installs it)"
  echo "$NAME: 0 passed, 1 failed"
  exit 1
fi

# each_story FN: calls FN once for each story of data/ and, when it is
# beside the project, of ../shared/eval/stories (a directory whose first
# .zh.txt is the summary), with n (1, 2, ...), d (the directory), s (the
# summary), srcs (its sources, with spaces) and r ("--rules DIR/rules"
# when the story has rules of its own, else "") set.
each_story() {
  shelves=data
  [ -d ../shared/eval/stories ] && shelves="data ../shared/eval/stories"
  n=0
  for shelf in $shelves; do
    for d in "$shelf"/*/; do
      d=${d%/}
      s=$(ls "$d"/*.zh.txt 2>/dev/null | head -1)
      [ -n "$s" ] || continue
      srcs=$(ls "$d"/*.en.txt | grep -v summary)
      r=""
      [ -d "$d/rules" ] && r="--rules $d/rules"
      n=$((n + 1))
      "$1"
    done
  done
}

# status_text STATUS: "exit 2", or "exit 134: killed by signal 6" for a
# shell's 128+n
status_text() {
  if [ "$1" -gt 128 ]; then echo "exit $1: killed by signal $(($1 - 128))"; else echo "exit $1"; fi
}
