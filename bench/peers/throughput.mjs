// throughput.mjs: value extraction speed, claimdiff against Recognizers-Text,
// on the same English and Chinese text (the bodies of data/*/ documents,
// repeated). Each tool reads every line and finds its numbers, amounts,
// percentages and dates:
//   - claimdiff: `claimdiff values --date 2025-08-01` on the whole text (one
//     process; its start-up is timed too, and is small against the text);
//   - Recognizers-Text 1.3.1 (in this Node process, after a warm-up):
//     recognizeNumber, recognizeCurrency, recognizePercentage and
//     recognizeDateTime on each line, the same four kinds of value.
// The peer is slow (kilobytes a second), so it reads a prefix of the text
// (40 KB English, 20 KB Chinese); claimdiff reads that same prefix repeated
// to about 2 MB, so that its process start-up does not dominate. Both rates
// are per megabyte of the same text. Medians of 3 runs each; prints MB/s
// for both and claimdiff's ratio.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, 'package.json'));
const Rec = require('@microsoft/recognizers-text-suite');
const root = process.argv[2] || path.resolve(here, '../..');
const bin = path.join(root, 'build/rel/claimdiff');

function body(file) {
  const t = readFileSync(file, 'utf8');
  const m = t.match(/^---\n[\s\S]*?\n---\n/);
  return m ? t.slice(m[0].length) : t;
}

function corpus(files, bytes) {
  let out = '';
  while (Buffer.byteLength(out) < bytes)
    for (const f of files) out += body(f) + '\n';
  return out;
}

const data = path.join(root, 'data');
const stories = readdirSync(data);
const en = [], zh = [];
for (const s of stories)
  for (const f of readdirSync(path.join(data, s)))
    if (f.endsWith('.en.txt')) en.push(path.join(data, s, f));
    else if (f.endsWith('.zh.txt')) zh.push(path.join(data, s, f));

const median = (v) => v.sort((a, b) => a - b)[Math.floor(v.length / 2)];

function timeClaimdiff(text) {
  mkdirSync(path.join(root, 'build/bench'), { recursive: true });
  const file = path.join(root, 'build/bench/peer-throughput.txt');
  writeFileSync(file, text);
  const runs = [];
  let values = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('sh', ['-c', `"${bin}" values --date 2025-08-01 < "${file}"`], { maxBuffer: 1 << 30 });
    runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
    if (r.status !== 0) throw new Error('claimdiff values failed: ' + r.stderr);
    values = r.stdout.toString().split('\n').filter(Boolean).length;
  }
  return { s: median(runs), values };
}

function timePeer(text, culture) {
  const lines = text.split('\n');
  const ref = new Date(2025, 7, 1);
  const once = () => {
    let n = 0;
    for (const l of lines) {
      if (!l) continue;
      n += Rec.recognizeNumber(l, culture).length + Rec.recognizeCurrency(l, culture).length +
           Rec.recognizePercentage(l, culture).length +
           Rec.recognizeDateTime(l, culture, undefined, ref).length;
    }
    return n;
  };
  once(); // warm-up (the models compile their expressions on first use)
  const runs = [];
  let values = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    values = once();
    runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { s: median(runs), values };
}

console.log('value extraction throughput (medians of 3 runs)');
for (const [name, files, culture, bytes] of [['English', en, 'en-us', 40000], ['Chinese', zh, 'zh-cn', 20000]]) {
  const text = corpus(files, bytes);
  const n = Buffer.byteLength(text);
  const reps = Math.ceil(2e6 / n);
  const c = timeClaimdiff(text.repeat(reps)), p = timePeer(text, culture);
  const crate = (n * reps) / 1e6 / c.s, prate = n / 1e6 / p.s;
  console.log(`${name.padEnd(9)} ${String(n).padStart(7)} B (x${reps} for claimdiff)   ` +
              `claimdiff ${crate.toFixed(2).padStart(7)} MB/s   Recognizers-Text ${prate.toFixed(4)} MB/s   ` +
              `ratio ${(crate / prate).toFixed(0)}x`);
}
