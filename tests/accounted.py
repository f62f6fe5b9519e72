#!/usr/bin/env python3
"""accounted.py: every summary sentence that states a value (an amount, a
count, a percentage or a date: any claim with a value or a date) gets a
finding: a pair (agreement, contradiction) or an unsupported claim (issue
11, "every summary value accounted for"). Standard library only.

Usage: accounted.py BIN STORY...  where STORY is a directory holding
gold.json (summary and sources, as in ../shared/eval) or "DIR:SUMMARY:
SOURCE,SOURCE[:RULES]" for the shipped data. Prints "ok   STORY" or
"FAIL STORY: sentence" lines and "accounted: N passed, M failed"; exits 1
on a failure."""
import json, os, subprocess, sys


def claimdiff(bin_, args, cwd):
    p = subprocess.run([bin_] + args, cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    return json.loads(p.stdout)


def story(spec):
    if os.path.isdir(spec) and os.path.isfile(os.path.join(spec, 'gold.json')):
        gold = json.load(open(os.path.join(spec, 'gold.json')))
        return spec, gold['summary'], gold['sources'], []
    d, summ, srcs, *rules = spec.split(':')
    return '.', os.path.join(d, summ), [os.path.join(d, s) for s in srcs.split(',')], \
        sum((['--rules', 'rules', '--rules', r] for r in rules), [])


def missing(bin_, spec):
    cwd, summ, srcs, rules = story(spec)
    ex = claimdiff(bin_, ['extract', '--format', 'json'] + rules + [summ], cwd)
    rep = claimdiff(bin_, ['--format', 'json', '--fail-on', 'none'] + rules + [summ] + srcs, cwd)
    cited = [(c['start'], c['end']) for f in rep['findings'] for c in f['claims'] if c['doc'] == 'S']
    out = []
    for s in ex['sentences']:
        if not any(c['values'] or c['date'] for c in s['claims']):
            continue
        if not any(a < s['end'] and s['start'] < b for a, b in cited):
            out.append(s['text'])
    return out


def main():
    bin_, specs = os.path.abspath(sys.argv[1]), sys.argv[2:]
    passed = failed = 0
    for spec in specs:
        try:
            miss = missing(bin_, spec)
        except (ValueError, KeyError, OSError) as e:
            miss = ['(no report: %s)' % e]
        name = spec.split(':')[0]
        if miss:
            failed += 1
            for t in miss:
                print('FAIL %s: %s' % (name, t[:120]))
        else:
            passed += 1
            print('ok   %s' % name)
    print('accounted: %d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
