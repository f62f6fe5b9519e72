// html_report.js: what --format html does in the browser (render_html.c).
// A finding is an item of #list whose data-marks name the <mark>s it
// quotes ("m<doc>-<sentence>"; doc 0 is the summary, on the left). Selecting
// one outlines its marks, brings them into view on both sides and joins
// the summary's mark to each source's with a line (svg#links). j and k (or
// the buttons) move to the next and previous finding shown; the boxes of
// #filters show and hide kinds. Without this script the page still reads.
"use strict";
(function () {
  const items = Array.from(document.querySelectorAll("#list li.f"));
  const svg = document.getElementById("links");
  const panes = ["list", "left", "right"].map((id) => document.getElementById(id));
  const ns = "http://www.w3.org/2000/svg";
  let current = null;
  let frame = 0;

  function marksOf(item) {
    return item.dataset.marks
      .split(" ")
      .map((id) => document.getElementById(id))
      .filter((m, i, all) => m && all.indexOf(m) === i);
  }
  const isSummary = (mark) => mark.id.startsWith("m0-");

  // The first box of a mark, when its pane shows it.
  function box(mark) {
    const rects = mark.getClientRects();
    if (!rects.length) return null;
    const r = rects[0];
    const pane = mark.closest("section").getBoundingClientRect();
    if (r.bottom < pane.top || r.top > pane.bottom) return null;
    return r;
  }

  function draw() {
    frame = 0;
    svg.replaceChildren();
    if (!current) return;
    const marks = marksOf(current);
    const left = marks.filter(isSummary).map(box).filter(Boolean);
    const right = marks.filter((m) => !isSummary(m)).map(box).filter(Boolean);
    if (!left.length) return;
    const a = left[0];
    for (const b of right) {
      const x1 = a.right, y1 = a.top + a.height / 2, x2 = b.left, y2 = b.top + b.height / 2;
      const line = document.createElementNS(ns, "line");
      line.setAttribute("x1", x1);
      line.setAttribute("y1", y1);
      line.setAttribute("x2", x2);
      line.setAttribute("y2", y2);
      svg.append(line);
      for (const [x, y] of [[x1, y1], [x2, y2]]) {
        const dot = document.createElementNS(ns, "circle");
        dot.setAttribute("cx", x);
        dot.setAttribute("cy", y);
        dot.setAttribute("r", 3);
        svg.append(dot);
      }
    }
  }
  const redraw = () => { if (!frame) frame = requestAnimationFrame(draw); };

  function select(item, scroll) {
    for (const e of document.querySelectorAll(".sel")) e.classList.remove("sel");
    current = item;
    if (item) {
      item.classList.add("sel");
      const marks = marksOf(item);
      for (const m of marks) m.classList.add("sel");
      if (scroll) {
        item.scrollIntoView({ block: "nearest" });
        const first = [marks.find(isSummary), marks.find((m) => !isSummary(m))];
        for (const m of first) if (m) m.scrollIntoView({ block: "center" });
      }
      history.replaceState(null, "", "#" + item.id);
    }
    draw();
  }

  function shown() {
    return items.filter((item) => !item.hidden);
  }

  function step(by) {
    const list = shown();
    if (!list.length) return;
    const at = list.indexOf(current);
    select(list[at < 0 ? 0 : (at + by + list.length) % list.length], true);
  }

  function filter() {
    const on = new Set(
      Array.from(document.querySelectorAll("#filters input:checked")).map((i) => i.value),
    );
    for (const item of items) item.hidden = !on.has(item.dataset.kind);
    for (const mark of document.querySelectorAll("mark")) {
      const live = mark.dataset.f.split(" ").some((i) => !document.getElementById("f" + i).hidden);
      mark.classList.toggle("off", !live);
    }
    if (current && current.hidden) select(null);
    redraw();
  }

  for (const item of items) item.addEventListener("click", (e) => { e.preventDefault(); select(item, true); });
  for (const mark of document.querySelectorAll("mark")) {
    mark.addEventListener("click", () => {
      // the findings quoting it, in turn
      const mine = mark.dataset.f.split(" ").map((i) => document.getElementById("f" + i)).filter((f) => !f.hidden);
      if (!mine.length) return;
      const at = mine.indexOf(current);
      select(mine[(at + 1) % mine.length], true);
    });
  }
  for (const input of document.querySelectorAll("#filters input")) input.addEventListener("change", filter);
  document.getElementById("next").addEventListener("click", () => step(1));
  document.getElementById("prev").addEventListener("click", () => step(-1));
  document.addEventListener("keydown", (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === "j") step(1);
    if (e.key === "k") step(-1);
  });
  for (const pane of panes) pane.addEventListener("scroll", redraw, { passive: true });
  window.addEventListener("resize", redraw);

  filter();
  const wanted = location.hash && document.getElementById(location.hash.slice(1));
  select(wanted && items.includes(wanted) && !wanted.hidden ? wanted : shown()[0] || null, true);
})();
