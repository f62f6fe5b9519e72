// check.mjs: claimdiff's --format html in a real browser (Debian's
// Chromium, driven by playwright-core). Run by tests/html.sh, which writes
// the pages and their JSON reports into DIR:
//
//   node check.mjs DIR [SHOTS]
//
// DIR/stories.tsv lists "page.html<TAB>report.json" a story; DIR/hostile.html
// is a page of a summary full of markup and controls; DIR/baseline.html one
// with a baseline applied (DIR/baseline.json, its JSON, says how many it hid).
// Each check prints "ok ..." or "FAIL ..."; the exit status is 1 when one
// failed. SHOTS, when given, is where the screenshots of DIR/shots.html go,
// at two widths.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const [dir, shots] = process.argv.slice(2);
let failed = 0;
const ok = (what) => console.log("ok   " + what);
const no = (what) => { failed++; console.log("FAIL " + what); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});

// Opens a page, counting every request but the page's own, and every
// script error.
async function open(file, width) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const url = pathToFileURL(file).href;
  const trouble = [];
  page.on("request", (r) => { if (r.url() !== url) trouble.push("request " + r.url()); });
  page.on("pageerror", (e) => trouble.push("script error " + e.message));
  page.on("console", (m) => { if (m.type() === "error") trouble.push("console " + m.text()); });
  await page.goto(url);
  return { page, trouble };
}

// In the page: every finding of the list, and where its marks are.
function survey() {
  const inView = (el) => {
    const r = el.getBoundingClientRect();
    const p = el.closest("section").getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > p.top && r.top < p.bottom;
  };
  return Array.from(document.querySelectorAll("#list li.f")).map((li) => {
    const ids = li.dataset.marks.split(" ");
    const marks = ids.map((id) => document.getElementById(id));
    return {
      id: li.id,
      kind: li.dataset.kind,
      real: li.classList[1].slice(2),
      missing: ids.filter((id, i) => !marks[i]),
      left: marks.filter((m) => m && m.id.startsWith("m0-")).length,
      right: marks.filter((m) => m && !m.id.startsWith("m0-")).length,
      colored: marks.filter((m) => m && getComputedStyle(m).backgroundColor !== "rgba(0, 0, 0, 0)").length,
      inView: marks.filter((m) => m && inView(m)).length,
    };
  });
}

// Clicks each finding of the page in turn: its marks are outlined and in
// view on both sides, and a pair is joined by a line from the summary's
// mark to the source's.
async function walk(page, name) {
  const list = await page.evaluate(survey);
  let bad = [];
  for (const f of list) {
    if (f.missing.length) { bad.push(`${f.id}: no mark ${f.missing}`); continue; }
    const wantLeft = f.real !== "omission", wantRight = f.real !== "unsupported";
    if ((wantLeft && !f.left) || (wantRight && !f.right) || (!wantLeft && f.left) || (!wantRight && f.right)) {
      bad.push(`${f.id} (${f.real}): ${f.left} marks left, ${f.right} right`);
      continue;
    }
    if (f.kind === "baseline") continue;
    await page.click(`#${f.id} > a`);
    await page.waitForTimeout(30);
    const seen = await page.evaluate((id) => {
      const li = document.getElementById(id);
      const marks = li.dataset.marks.split(" ").map((m) => document.getElementById(m));
      const first = (left) => marks.find((m) => m.id.startsWith("m0-") === left);
      const shows = (m) => {
        if (!m) return null;
        const r = m.getBoundingClientRect(), p = m.closest("section").getBoundingClientRect();
        return r.top >= p.top - 1 && r.top < p.bottom;
      };
      const lines = Array.from(document.querySelectorAll("#links line")).map((l) => ({
        x1: +l.getAttribute("x1"), y1: +l.getAttribute("y1"), x2: +l.getAttribute("x2"), y2: +l.getAttribute("y2"),
      }));
      const l = first(true) && first(true).getClientRects()[0];
      return {
        sel: li.classList.contains("sel") && marks.every((m) => m.classList.contains("sel")),
        left: shows(first(true)), right: shows(first(false)),
        lines: lines.length,
        joined: !l || !lines.length || Math.abs(lines[0].x1 - l.right) < 1 && Math.abs(lines[0].y1 - (l.top + l.height / 2)) < 1,
      };
    }, f.id);
    const pair = f.left && f.right;
    if (!seen.sel || seen.left === false || seen.right === false || (pair && (!seen.lines || !seen.joined)) ||
        (!pair && seen.lines))
      bad.push(`${f.id} (${f.real}): selected ${seen.sel}, left in view ${seen.left}, right ${seen.right}, ${seen.lines} lines, joined ${seen.joined}`);
  }
  if (bad.length) no(`${name}: ${bad.length} of ${list.length} findings wrong: ${bad.slice(0, 3).join("; ")}`);
  else ok(`${name}: ${list.length} findings, each highlighted on its sides, in view and joined when selected`);
  return list;
}

// ---- every story: the list is the report's findings, every one highlighted
const stories = readFileSync(`${dir}/stories.tsv`, "utf8").trim().split("\n").map((l) => l.split("\t"));
let first = true, same = 0;
for (const [html, json] of stories) {
  const report = JSON.parse(readFileSync(json, "utf8"));
  const { page, trouble } = await open(html, 1400);
  const list = await walk(page, html.replace(/.*\//, ""));
  const want = report.findings.map((f) => f.kind).sort().join(",");
  const got = list.map((f) => f.kind).sort().join(",");
  if (want !== got) no(`${html}: the list is not the report's findings (${list.length} vs ${report.findings.length})`);
  else same++;
  const colored = list.filter((f) => f.colored < f.left + f.right);
  if (colored.length) no(`${html}: ${colored.length} findings with a mark not highlighted (${colored[0].id})`);
  if (trouble.length) no(`${html}: ${trouble.slice(0, 3).join("; ")}`);
  if (first) {
    // keys and filters, on the first story
    await page.click(`#${list[0].id} > a`);
    await page.keyboard.press("j");
    const moved = await page.evaluate(() => document.querySelector("#list li.sel")?.id);
    const at = list.findIndex((f) => f.id === moved);
    if (at === 1 || (list.length === 1 && at === 0)) ok("j selects the next finding");
    else no(`j selected ${moved}, the finding at ${at}`);
    await page.uncheck('#filters input[value="agreement"]');
    const hidden = await page.evaluate(() => {
      const agree = Array.from(document.querySelectorAll("#list li.f.k-agreement"));
      const onlyAgree = Array.from(document.querySelectorAll("mark")).filter((m) =>
        m.dataset.f.split(" ").every((i) => document.getElementById("f" + i).classList.contains("k-agreement")));
      return { agree: agree.length, shown: agree.filter((li) => li.offsetParent !== null).length,
               marks: onlyAgree.length, lit: onlyAgree.filter((m) => !m.classList.contains("off")).length };
    });
    if (hidden.agree && !hidden.shown && !hidden.lit) ok(`the agreements' box hides ${hidden.agree} agreements and unmarks ${hidden.marks} sentences`);
    else no(`filter: ${hidden.shown} of ${hidden.agree} agreements still shown, ${hidden.lit} of ${hidden.marks} marks lit`);
    first = false;
  }
  await page.close();
}

if (same === stories.length) ok(`${same} pages list the findings of their JSON report, kind for kind`);

// ---- the screenshots of the README: rare-earths, its contradiction selected
if (shots) {
  for (const [width, name] of [[1400, "wide"], [800, "narrow"]]) {
    const { page } = await open(`${dir}/shots.html`, width);
    await page.setViewportSize({ width, height: 820 });
    await page.click("#list li.f.k-contradiction > a");
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${shots}/html-${name}.png` });
    await page.close();
  }
  ok(`screenshots at 1400 and 800 pixels in ${shots}`);
}

// ---- a hostile summary: its markup is text, its controls shown
{
  const { page, trouble } = await open(`${dir}/hostile.html`, 1000);
  const got = await page.evaluate(() => ({
    scripts: document.scripts.length,
    images: document.images.length,
    text: document.getElementById("d0").textContent,
    title: document.title,
  }));
  const wants = ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "<U+202E>", "<U+0085>", "<U+001B>"];
  const lost = wants.filter((w) => !got.text.includes(w));
  if (got.scripts === 1 && got.images === 0 && !lost.length && !/[\u202e\u0085\u001b]/.test(got.text) &&
      got.title.includes('"<b>'))
    ok("a hostile summary's markup shows as text and its controls as <U+XXXX>");
  else no(`hostile: ${got.scripts} scripts, ${got.images} images, lost ${lost.join(" ")}, title ${got.title}`);
  if (trouble.length) no(`hostile: ${trouble.join("; ")}`);
  await page.close();
}

// ---- a baseline: the findings it hides are listed as accepted, off at first
{
  const hidden = JSON.parse(readFileSync(`${dir}/baseline.json`, "utf8")).baseline.hidden;
  const { page } = await open(`${dir}/baseline.html`, 1400);
  await walk(page, "baseline.html");
  const state = async () => page.evaluate(() => {
    const base = Array.from(document.querySelectorAll("#list li.f.base"));
    return { n: base.length, shown: base.filter((li) => li.offsetParent !== null).length,
             notes: base.filter((li) => li.querySelector(".note")?.textContent.includes("reviewed")).length };
  });
  const before = await state();
  await page.check('#filters input[value="baseline"]');
  const after = await state();
  if (hidden > 0 && before.n === hidden && before.shown === 0 && after.shown === hidden && before.notes === hidden)
    ok(`a baseline's ${hidden} findings are listed as accepted with their note, shown when asked`);
  else no(`baseline: ${hidden} hidden, ${before.n} listed, ${before.shown} shown then ${after.shown}, ${before.notes} notes`);
  await page.close();
}

await browser.close();
process.exit(failed ? 1 : 0);
