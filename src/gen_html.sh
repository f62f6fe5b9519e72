#!/bin/sh
# gen_html.sh: writes src/html_report.inc, the style and script that
# render_html.c writes into every --format html page, from
# src/html_report.css and src/html_report.js, as C arrays of lines (a
# string of its own a line: ISO C compilers need not take literals past
# 4,095 bytes). Committed, as t2s.inc is; run by make html-assets, and
# tests/html.sh fails when the .inc is not what this writes.
set -eu
out=${1:-src/html_report.inc}
{
  echo "/* html_report.inc: written by src/gen_html.sh from src/html_report.css and"
  echo " * src/html_report.js (make html-assets); edit those, not this. */"
  for part in css js; do
    echo "static const char *const html_$part[] = {"
    sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/    "/' -e 's/$/\\n",/' "src/html_report.$part"
    echo "    NULL};"
  done
} >"$out.tmp"
mv "$out.tmp" "$out"
