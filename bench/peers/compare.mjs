// compare.mjs: claimdiff's value parser against Microsoft Recognizers-Text on
// the rows of tests/values/*.tsv, side by side.
//
//   node compare.mjs [REPO_ROOT]      (default: the current directory)
//
// Needs build/rel/claimdiff (run `make` first) and this folder's
// node_modules (`npm ci`); run.sh does both steps in order. Node 20, no
// dependency besides @microsoft/recognizers-text-suite.
//
// Each row of the tables says what the values of a short text are (here only
// the FIRST counts; further ones follow it after "; "):
//   lang<TAB>text<TAB>date<TAB>[approx ][over |under ][points ][unresolved ]kind=value
// or "none". Both tools read the same raw text of the row; for each tool we
// take its first value, bring it into claimdiff's notation (the one the
// tables use), and count the row as correct when kind and value agree.
// Every mapping decision is commented where it is made; README.md sums
// them up.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, 'package.json'));
const Rec = require('@microsoft/recognizers-text-suite');
const PEER_VERSION = require('@microsoft/recognizers-text-suite/package.json').version;

// Arguments: [REPO_ROOT] [--pick nearest|past] [--all] (--all lists every row).
const argv = process.argv.slice(2);
const opt = { pick: 'nearest', all: false, root: null };
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--pick') opt.pick = argv[++i];
  else if (argv[i] === '--all') opt.all = true;
  else if (!opt.root) opt.root = argv[i];
}
const root = path.resolve(opt.root || process.cwd());
const tableDir = path.join(root, 'tests', 'values');
const claimdiff = path.join(root, 'build', 'rel', 'claimdiff');

function die(msg) {
  process.stderr.write(`compare.mjs: ${msg}\n`);
  process.exit(2);
}

if (!existsSync(tableDir)) die(`${tableDir}: no such folder (pass the repository root)`);
if (!existsSync(claimdiff)) die(`${claimdiff}: not built (run make in ${root} first)`);

// ---------------------------------------------------------------- the rows

// Read every .tsv in name order, as tests/test_values.c does. A file whose
// header has the line "# normalise: yes" holds natural text (Traditional
// Chinese, full-width digits, capitals); its rows are marked `natural`.
// Both tools get the raw text of every row: claimdiff's `values` command
// normalises its input itself (NFKC + case folding, as norm.c does), and
// Recognizers-Text reads Traditional characters, full-width digits and
// capitals on its own (checked: 輝達損失約55億美元, １５％, "More Than $5 Billion").
function readRows() {
  const rows = [];
  const files = readdirSync(tableDir).filter((f) => f.endsWith('.tsv')).sort();
  for (const file of files) {
    const lines = readFileSync(path.join(tableDir, file), 'utf8').split('\n');
    const natural = lines.some((l) => /^#\s*normalise:\s*yes\s*$/i.test(l.replace(/\r$/, '')));
    lines.forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (line === '' || line.startsWith('#')) return;
      const col = line.split('\t');
      if (col.length !== 4 || (col[0] !== 'en' && col[0] !== 'zh')) {
        process.stderr.write(`compare.mjs: ${file}:${i + 1}: skipped (not lang<TAB>text<TAB>date<TAB>expected)\n`);
        return;
      }
      const [lang, text, date, expected] = col;
      rows.push({ file, lineno: i + 1, lang, text, date, expected, natural, want: parseExpected(expected) });
    });
  }
  return rows;
}

// "approx over money=5500000000 USD" -> { kind, value, quals:Set, unresolved }
// A row may list several values, separated by "; "; this comparison is about
// the first one.
const QUALS = ['approx', 'over', 'under', 'points'];
function parseExpected(s) {
  s = s.split('; ')[0].trim();
  if (s === 'none') return { kind: 'none', value: null, quals: new Set(), unresolved: false };
  const eq = s.indexOf('=');
  const head = s.slice(0, eq).trim().split(/\s+/);
  const kind = head.pop();
  const quals = new Set(head.filter((w) => QUALS.includes(w)));
  return { kind, value: s.slice(eq + 1).trim(), quals, unresolved: head.includes('unresolved') };
}

// ---------------------------------------------------------------- claimdiff

// One run of `claimdiff values` per date: the rows of a group are fed one a
// line and the results mapped back by line number. The first object printed
// for a line is the row's first value (claimdiff prints them in text order).
// claimdiff reads both languages in any text, so it is not told which.
//
// Qualifiers: the JSON always carries "approx"; "over"/"under"/"points" (or a
// "bound" field) are read when the JSON has them. A qualifier counts for
// claimdiff only if some object of the run carried its field at all
// (claimdiffReports); one it never prints cannot be held against it.
const claimdiffReports = new Set();

function quals_of_json(o) {
  const q = new Set();
  for (const k of Object.keys(o)) {
    if (QUALS.includes(k)) claimdiffReports.add(k);
    if (k === 'bound') claimdiffReports.add('over').add('under');
  }
  if (o.approx === true) q.add('approx');
  if (o.over === true) q.add('over');
  if (o.under === true) q.add('under');
  if (o.points === true) q.add('points');
  if (o.bound === 'over' || o.bound === 1 || o.bound === '>') q.add('over');
  if (o.bound === 'under' || o.bound === -1 || o.bound === '<') q.add('under');
  return q;
}

function runClaimdiff(texts, date) {
  const args = ['values'];
  if (date !== '-') args.push('--date', date);
  const r = spawnSync(claimdiff, args, { input: texts.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) return null;
  const first = new Map();
  for (const l of r.stdout.split('\n')) {
    if (!l.trim()) continue;
    const o = JSON.parse(l);
    if (!first.has(o.line)) first.set(o.line, o);
  }
  return texts.map((_, i) => first.get(i + 1) || null);
}

function claimdiffFirst(rows) {
  const groups = new Map();
  for (const row of rows) {
    if (!groups.has(row.date)) groups.set(row.date, []);
    groups.get(row.date).push(row);
  }
  for (const [date, group] of groups) {
    let out = runClaimdiff(group.map((r) => r.text), date);
    // A failing group (a bad date, say) is retried row by row so that one
    // row's error costs only that row; a row that still fails is an error.
    if (!out) out = group.map((r) => { const o = runClaimdiff([r.text], date); return o ? o[0] : { error: true }; });
    group.forEach((row, i) => { row.cd = fromClaimdiff(out[i]); });
  }
}

function fromClaimdiff(o) {
  if (!o) return { kind: 'none', value: null, quals: new Set(), unresolved: false, text: '' };
  if (o.error) return { kind: 'error', value: null, quals: new Set(), unresolved: false, text: '' };
  const unresolved = o.value === null || o.value === undefined;
  return {
    kind: o.kind,
    value: unresolved ? String(o.unresolved ?? '') : String(o.value),
    quals: quals_of_json(o),
    unresolved,
    text: o.text,
  };
}

// ---------------------------------------------------------------- Recognizers-Text

// Cultures: en -> en-us, zh -> zh-cn (Recognizers has no zh-tw; its zh-cn
// models read Traditional characters too).
const CULTURE = { en: Rec.Culture.English, zh: Rec.Culture.Chinese };

// Currency units Recognizers resolves without an ISO code. "$" comes back as
// unit "Dollar", "£" as "Pound": we read them as USD and GBP, the reading
// claimdiff and the tables use. Cents become hundredths of their currency
// (50美分 -> 0.5 USD). "¥" comes back with isoCurrency JPY and is kept as
// JPY: that is the peer's convention (claimdiff reads ¥ as CNY).
const UNIT_ISO = {
  Dollar: ['USD', 1],
  Pound: ['GBP', 1],
  Cent: ['USD', 0.01],
  Penny: ['GBP', 0.01],
  Pence: ['GBP', 0.01],
};

// Resolution values are strings such as "5500000000", "2E-06", "15%".
function num(s) {
  const n = Number(String(s).replace(/%$/, '').replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

// Numbers are printed in plain decimal, the way claimdiff prints them; the
// comparison is numeric anyway (see sameValue), so 5.5e9 and 5500000000 agree.
function fmt(n) {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  return String(Number(n.toPrecision(12)));
}

const pad2 = (n) => String(n).padStart(2, '0');
function ymd(d) { return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`; }
function dayBefore(s) {
  const d = new Date(`${s.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return ymd(d);
}
function refDate(s) {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(y, m - 1, d, 12, 0, 0); // local noon: no time-zone slip across midnight
}

// DateTime types that are calendar dates in claimdiff's sense. Times
// ("12:00", and "twenty-five" read as 20:05), durations ("a 5-year plan",
// 三年), sets (每周一) and time ranges are not: claimdiff has no such kind.
// They are still kept as spans that can hide a number inside them (below).
const DATE_TYPES = new Set(['date', 'daterange', 'datetime', 'datetimerange', 'datetimepoint']);

// One DateTime resolution entry -> a date in claimdiff's notation:
// - a timex that is a plain year, month or day (2025, 2025-07, 2025-07-31)
//   and no Mod is taken as written: its precision is the precision claimdiff
//   would print ("earlier this month" -> 2025-08 even though Recognizers'
//   start/end cut the month at the 16th);
// - otherwise a "value" (type date, datetime) gives the day;
// - otherwise start..end, with the end moved one day back, since
//   Recognizers' date-range ends are exclusive (2025-W30 -> 2025-07-21..
//   2025-07-27, a quarter -> its three months); Mods (start/end/mid of a
//   period: "late 2023", 2023年底) keep the range Recognizers computed;
// - a range open on one side (Mod since/after/before/until: 8月9日起 starts
//   2025-08-09) gives the day it has: claimdiff's tables put no qualifier
//   on dates, so the Mod is not turned into over/under.
// Ranges that cover whole months or years compare equal to the month or
// year (see sameValue), so 2025-04-01..2025-04-30 and 2025-04 agree.
function dateOfEntry(e) {
  const t = e.timex || '';
  if (!e.Mod && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(t)) return t;
  if (e.value && /^\d{4}-\d{2}-\d{2}/.test(e.value)) return e.value.slice(0, 10);
  const start = e.start && /^\d{4}-\d{2}-\d{2}/.test(e.start) ? e.start.slice(0, 10) : null;
  let end = e.end && /^\d{4}-\d{2}-\d{2}/.test(e.end) ? e.end.slice(0, 10) : null;
  if (end && e.type === 'daterange') end = dayBefore(end);
  else if (end && e.type === 'datetimerange' && /00:00:00$/.test(e.end)) end = dayBefore(end);
  if (start && end) return start === end ? start : `${start}..${end}`;
  return start || end || null;
}

// Recognizers gives a year-less date ("july 31", 4月, "thursday") as two
// readings, the past one first and the future one second, and leaves the
// choice to the caller. The caller's rule here (PICK): the reading nearest
// the document date, ties to the past; `--pick past` takes the past reading
// always. README.md gives both scores; the nearer reading is the default
// because it is the better of the two for the peer.
const PICK = opt.pick;
function interval(v) {
  const [a, b] = v.split('..');
  return [dayRange(a)[0], dayRange(b ?? a)[1]];
}
function pickEntry(entries, ref) {
  const dated = entries.map((e) => ({ e, v: dateOfEntry(e) })).filter((x) => x.v && intervalOk(x.v));
  if (dated.length === 0) return null;
  if (dated.length === 1 || PICK === 'past' || !ref) return dated[0];
  const today = Date.parse(`${ref}T00:00:00Z`);
  let best = null;
  for (const x of dated) {
    const [lo, hi] = interval(x.v);
    const dist = today < lo ? lo - today : today > hi ? today - hi : 0;
    if (!best || dist < best.dist) best = { ...x, dist }; // strict <: ties keep the earlier (past) reading
  }
  return best;
}
function intervalOk(v) { try { interval(v); return true; } catch { return false; } }

// All the peer's results for one text at one reference date, as candidate
// values in claimdiff's notation (cands) plus spans that are not values but
// may hide a number (blockers).
function peerResults(text, lang, ref) {
  const c = CULTURE[lang];
  const cands = [];
  const blockers = [];
  const span = (r) => ({ start: r.start, end: r.end + 1, text: r.text }); // Recognizers' end is inclusive

  // recognizeNumber -> count. The number model has no notion of a counted
  // noun, so every number it finds is taken as a count ("one of the firms"
  // counts 1). A fraction stays a number: "half" is 0.5, not 50%.
  for (const r of Rec.recognizeNumber(text, c)) {
    const n = num(r.resolution?.value);
    if (n !== null) cands.push({ ...span(r), kind: 'count', value: fmt(n), src: 'number' });
  }
  // recognizePercentage -> percent "15%" (三成 -> 30%).
  for (const r of Rec.recognizePercentage(text, c)) {
    const n = num(r.resolution?.value);
    if (n !== null) cands.push({ ...span(r), kind: 'percent', value: `${fmt(n)}%`, src: 'percentage' });
  }
  // recognizeCurrency -> money "N ISO". A currency word with no amount
  // (人民币, "dollars" alone: value null) is not a value.
  for (const r of Rec.recognizeCurrency(text, c)) {
    const res = r.resolution || {};
    const n = num(res.value);
    if (n === null || res.value === 'null') continue;
    let iso = res.isoCurrency, scale = 1;
    if (!iso && UNIT_ISO[res.unit]) [iso, scale] = UNIT_ISO[res.unit];
    else if (iso && /cent|penny|pence|分/i.test(res.unit || '')) scale = 0.01;
    cands.push({ ...span(r), kind: 'money', value: `${fmt(n * scale)} ${iso || res.unit}`, src: 'currency' });
  }
  // recognizeOrdinal: not a value (claimdiff has no ordinal kind) but a span:
  // 第三家 is the third, not three.
  for (const r of Rec.recognizeOrdinal(text, c)) blockers.push({ ...span(r), src: 'ordinal' });
  // recognizeDimension is not used: its "in" -> inch reading ("12 billion in
  // china" is 12e9 inches) would hide real amounts, and the few units it gets
  // right (7nm, 5g) have no number the number model finds anyway.
  // recognizeDateTime -> date, at the reference date.
  for (const r of Rec.recognizeDateTime(text, c, undefined, ref ? refDate(ref) : undefined)) {
    const entries = r.resolution?.values || [];
    const type = String(r.typeName || '').replace(/^datetimeV2\./, '');
    if (!DATE_TYPES.has(type)) { blockers.push({ ...span(r), src: type }); continue; }
    const got = pickEntry(entries, ref);
    if (!got) { blockers.push({ ...span(r), src: type }); continue; }
    cands.push({ ...span(r), kind: 'date', value: got.v, timex: got.e.timex || '', src: type });
  }
  return { cands, blockers };
}

// A number that lies strictly inside a longer span of another recognizer is
// part of that expression, not a count of its own: 31 in "july 31", 三 in
// 第三 or 三年, 12 in "12:00", the number in "$5.5 billion". A span exactly
// as long as the number does not hide it ("twenty-five" read both as 25 and
// as 20:05 stays the count 25).
function hidden(n, others) {
  return others.some((o) => o !== n && o.src !== 'number' && o.start <= n.start && o.end >= n.end && o.end - o.start > n.end - n.start);
}

// Of the values left, the first in the text, as claimdiff's first value:
// earliest start, then the longer span, then the more specific kind.
const KIND_RANK = { money: 0, percent: 1, date: 2, count: 3 };
function firstOf(cands, blockers) {
  const all = cands.concat(blockers);
  const kept = cands.filter((x) => x.src !== 'number' || !hidden(x, all));
  kept.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || KIND_RANK[a.kind] - KIND_RANK[b.kind]);
  return kept[0] || null;
}

// Rows with no document date ("-"): Recognizers always resolves against
// some date, claimdiff leaves a relative date unresolved. So the peer is run
// at two far-apart reference dates; a date whose value moves with the
// reference depended on it and is reported as unresolved, with the cue
// claimdiff's notation uses: --MM-DD for a year-less day (timex XXXX-07-31),
// --MM for a year-less month, else the text Recognizers matched ("thursday",
// 上周四, 今年5月). Absolute dates and all other kinds are taken from the
// first run.
const REF_A = '2025-08-01', REF_B = '2011-03-15';
function peerFirst(row) {
  if (row.date !== '-') {
    const { cands, blockers } = peerResults(row.text, row.lang, row.date);
    return toValue(firstOf(cands, blockers));
  }
  const a = peerResults(row.text, row.lang, REF_A);
  const b = peerResults(row.text, row.lang, REF_B);
  const first = firstOf(a.cands, a.blockers);
  if (first && first.kind === 'date') {
    const same = b.cands.find((x) => x.kind === 'date' && x.start === first.start && x.end === first.end);
    if (!same || same.value !== first.value) {
      let cue = first.text.trim().toLowerCase();
      let m;
      if ((m = /^XXXX-(\d{2})-(\d{2})$/.exec(first.timex))) cue = `--${m[1]}-${m[2]}`;
      else if ((m = /^XXXX-(\d{2})$/.exec(first.timex))) cue = `--${m[1]}`;
      return { kind: 'date', value: cue, quals: new Set(), unresolved: true, text: first.text };
    }
  }
  return toValue(first);
}

// Qualifiers: in the JS release 1.3.1 there is no NumberRange model, and the
// number, currency and percentage models report no approx/over/under (nor
// "points"); DateTime's Mods are used above to place a date, not as
// qualifiers. So the peer reports no qualifier at all, and none is held
// against it (peerReports stays empty).
const peerReports = new Set();
function toValue(x) {
  if (!x) return { kind: 'none', value: null, quals: new Set(), unresolved: false, text: '' };
  return { kind: x.kind, value: x.value, quals: new Set(), unresolved: false, text: x.text };
}

// ---------------------------------------------------------------- comparison

// Day number of the first and last day of "2025", "2025-07" or "2025-07-31".
function dayRange(s) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s.trim());
  if (!m) throw new Error(`not a date: ${s}`);
  const y = +m[1];
  if (m[3]) { const t = Date.UTC(y, +m[2] - 1, +m[3]); return [t, t]; }
  if (m[2]) return [Date.UTC(y, +m[2] - 1, 1), Date.UTC(y, +m[2], 0)];
  return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
}

// Numbers in a value compare numerically (relative 1e-9), everything else
// as text: "5.5e9 USD" = "5500000000 USD", "15.0%" = "15%", "3..3" = "3".
const NUM_RE = /[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;
function tokens(v) {
  v = v.replace(/^\s*([^.\s]+)\.\.\1(?=\s|%|$)/, '$1'); // a range of one number is that number
  const nums = [];
  const rest = v.replace(NUM_RE, (m) => { nums.push(Number(m)); return '#'; }).replace(/\s+/g, ' ').trim().toUpperCase();
  return { nums, rest };
}
function sameNumber(a, b) { return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)); }

// Dates compare as day intervals: "2025-04" = "2025-04-01..2025-04-30",
// but "2025-04" != "2025-04-01" (a month is not its first day).
function sameValue(kind, a, b) {
  if (a === null || b === null) return a === b;
  if (kind === 'date') {
    try {
      const [x, y] = [interval(a), interval(b)];
      return x[0] === y[0] && x[1] === y[1];
    } catch { /* not calendar dates: fall through to the text comparison */ }
  }
  const ta = tokens(a), tb = tokens(b);
  return ta.rest === tb.rest && ta.nums.length === tb.nums.length && ta.nums.every((n, i) => sameNumber(n, tb.nums[i]));
}

// Correct: kind and value as expected (a `none` row: no value at all); an
// unresolved date must be unresolved with the same cue; each qualifier the
// tool reports at all must be as expected, present or absent. `loose`
// ignores qualifiers for both tools.
function correct(want, got, reports, loose = false) {
  if (want.kind === 'none') return got.kind === 'none';
  if (got.kind !== want.kind) return false;
  if (want.unresolved !== got.unresolved) return false;
  if (want.unresolved) { if (got.value.trim().toLowerCase() !== want.value.trim().toLowerCase()) return false; }
  else if (!sameValue(want.kind, want.value, got.value)) return false;
  if (!loose) for (const q of reports) if (want.quals.has(q) !== got.quals.has(q)) return false;
  return true;
}

function describe(v) {
  if (v.kind === 'none' || v.kind === 'error') return v.kind;
  const q = QUALS.filter((k) => v.quals.has(k)).map((k) => `${k} `).join('');
  return `${q}${v.unresolved ? 'unresolved ' : ''}${v.kind}=${v.value}`;
}

// ---------------------------------------------------------------- main

const rows = readRows();
if (rows.length === 0) die(`no rows in ${tableDir}/*.tsv`);
claimdiffFirst(rows);
for (const row of rows) {
  row.peer = peerFirst(row);
}
for (const row of rows) {
  row.cdOk = correct(row.want, row.cd, claimdiffReports);
  row.peerOk = correct(row.want, row.peer, peerReports);
  row.cdLoose = correct(row.want, row.cd, claimdiffReports, true);
  row.peerLoose = correct(row.want, row.peer, peerReports, true);
}

// Groups: language x expected kind; rows expecting none are "negatives".
const KIND_ORDER = ['money', 'count', 'percent', 'ratio', 'date'];
const groupOf = (r) => (r.want.kind === 'none' ? 'negatives' : r.want.kind);
const kinds = [...new Set(rows.map(groupOf))].sort((a, b) => {
  const ia = a === 'negatives' ? 99 : KIND_ORDER.indexOf(a) < 0 ? 50 : KIND_ORDER.indexOf(a);
  const ib = b === 'negatives' ? 99 : KIND_ORDER.indexOf(b) < 0 ? 50 : KIND_ORDER.indexOf(b);
  return ia - ib || a.localeCompare(b);
});

const cell = (ok, n) => `${ok} (${n ? Math.round((100 * ok) / n) : 0}%)`;
const line = (name, sel, a = 'cdOk', b = 'peerOk') => {
  const n = sel.length;
  const x = sel.filter((r) => r[a]).length, y = sel.filter((r) => r[b]).length;
  return `${name.padEnd(18)}${String(n).padStart(5)}  ${cell(x, n).padEnd(12)} ${cell(y, n)}`;
};

const out = [];
out.push(`claimdiff values vs Recognizers-Text ${PEER_VERSION} (en-us, zh-cn) on ${path.relative(root, tableDir) || tableDir}/*.tsv`);
out.push('');
out.push(`${'group'.padEnd(18)}${'rows'.padStart(5)}  ${'claimdiff'.padEnd(12)} Recognizers-Text`);
for (const lang of ['en', 'zh']) {
  const mine = rows.filter((r) => r.lang === lang);
  if (!mine.length) continue;
  for (const k of kinds) {
    const sel = mine.filter((r) => groupOf(r) === k);
    if (sel.length) out.push(line(`${lang} ${k}`, sel));
  }
  const nat = mine.filter((r) => r.natural);
  if (nat.length) out.push(line(`${lang} natural text`, nat) + '   (rows of "normalise: yes" files, also counted above)');
  out.push(line(`${lang} total`, mine));
  out.push('');
}
out.push(line('all', rows));
out.push('');
const cq = [...claimdiffReports].filter((q) => q !== 'approx');
out.push(`Qualifiers counted: claimdiff ${['approx', ...cq].join(', ')} (the ones its JSON carries); Recognizers-Text none (it reports none in 1.3.1).`);
{
  const n = rows.length, x = rows.filter((r) => r.cdLoose).length, y = rows.filter((r) => r.peerLoose).length;
  out.push(`With every qualifier ignored for both: claimdiff ${cell(x, n)}, Recognizers-Text ${cell(y, n)} of ${n} rows.`);
}
out.push(`Peer date rule: ${PICK === 'past' ? 'past reading of a year-less date' : 'reading nearest the document date, ties to the past'}.`);
out.push('');

const better = rows.filter((r) => r.peerOk && !r.cdOk);
const worse = rows.filter((r) => r.cdOk && !r.peerOk).length;
out.push(`Rows where Recognizers-Text is right and claimdiff wrong: ${better.length} (the other way round: ${worse})`);
for (const r of better.slice(0, 40)) {
  out.push(`  ${r.file}:${r.lineno}  [${r.lang}] ${r.text}  (date ${r.date})  expected ${r.expected}; claimdiff ${describe(r.cd)}; peer ${describe(r.peer)}`);
}
if (better.length > 40) out.push(`  ... and ${better.length - 40} more`);

if (opt.all) {
  out.push('');
  out.push('Every row (file:line, expected, claimdiff, peer):');
  for (const r of rows) {
    out.push(`  ${r.cdOk ? '+' : '-'}${r.peerOk ? '+' : '-'} ${r.file}:${r.lineno} [${r.lang}] ${r.text} | ${r.date} | ${r.expected} | cd ${describe(r.cd)} | peer ${describe(r.peer)}`);
  }
}
process.stdout.write(out.join('\n') + '\n');
