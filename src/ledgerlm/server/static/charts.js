// Small inline-SVG charts (no library): a line chart with axes and a bar chart. Every label is set with
// textContent, so text from the server never becomes markup.
"use strict";
(function () {
  const NS = "http://www.w3.org/2000/svg";

  function el(name, attrs, text) {
    const node = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function clear(svg) { while (svg.firstChild) svg.removeChild(svg.firstChild); }

  function fmt(v) {
    const a = Math.abs(v);
    if (a >= 1e6) return (v / 1e6).toFixed(1) + "M";
    if (a >= 1e4) return (v / 1e3).toFixed(0) + "k";
    if (a >= 100) return v.toFixed(0);
    if (a >= 1) return v.toFixed(2);
    return v.toPrecision(2);
  }

  // series: [{name, values: [number|null], cls}], labels: x labels (same length)
  function line(svg, labels, series, opts) {
    clear(svg);
    const W = +svg.getAttribute("width"), H = +svg.getAttribute("height");
    const m = { l: 56, r: 34, t: 24, b: 28 };
    const all = series.flatMap((s) => s.values.filter((v) => v !== null && Number.isFinite(v)));
    if (!all.length || labels.length < 1) return;
    let lo = Math.min(...all), hi = Math.max(...all);
    if (opts && opts.zero) lo = Math.min(0, lo);
    if (hi === lo) { hi += 1; lo -= 1; }
    const n = labels.length;
    const x = (i) => m.l + (n === 1 ? 0 : (i * (W - m.l - m.r)) / (n - 1));
    const y = (v) => H - m.b - ((v - lo) * (H - m.t - m.b)) / (hi - lo);
    svg.appendChild(el("line", { x1: m.l, y1: H - m.b, x2: W - m.r, y2: H - m.b, class: "axis" }));
    svg.appendChild(el("line", { x1: m.l, y1: m.t, x2: m.l, y2: H - m.b, class: "axis" }));
    for (let k = 0; k <= 4; k++) {
      const v = lo + ((hi - lo) * k) / 4;
      svg.appendChild(el("line", { x1: m.l, y1: y(v), x2: W - m.r, y2: y(v), class: "grid" }));
      svg.appendChild(el("text", { x: m.l - 6, y: y(v) + 4, "text-anchor": "end", class: "tick" }, fmt(v)));
    }
    const ticks = Math.min(n, 6);
    for (let k = 0; k < ticks; k++) {
      const i = ticks === 1 ? 0 : Math.round((k * (n - 1)) / (ticks - 1));
      svg.appendChild(el("text", { x: x(i), y: H - 8, "text-anchor": "middle", class: "tick" }, labels[i]));
    }
    series.forEach((s, si) => {
      let d = "";
      let pen = false;
      s.values.forEach((v, i) => {
        if (v === null || !Number.isFinite(v)) { pen = false; return; }
        d += (pen ? "L" : "M") + x(i).toFixed(1) + " " + y(v).toFixed(1) + " ";
        pen = true;
      });
      svg.appendChild(el("path", { d: d.trim(), class: "series s" + (si % 4) + (s.cls ? " " + s.cls : "") }));
      if (opts && opts.dots) {
        s.values.forEach((v, i) => {
          if (v !== null && Number.isFinite(v)) svg.appendChild(el("circle", { cx: x(i), cy: y(v), r: 3, class: "dot s" + (si % 4) }));
        });
      }
      svg.appendChild(el("text", { x: m.l + 8 + si * 110, y: 14, class: "legend s" + (si % 4) }, s.name));
    });
  }

  // bars: [{label, value}]
  function bars(svg, items, unit) {
    clear(svg);
    const W = +svg.getAttribute("width"), H = +svg.getAttribute("height");
    const m = { l: 150, r: 60, t: 8, b: 8 };
    const max = Math.max(...items.map((b) => Math.abs(b.value)), 1e-9);
    const h = (H - m.t - m.b) / Math.max(items.length, 1);
    items.forEach((b, i) => {
      const w = (Math.abs(b.value) / max) * (W - m.l - m.r);
      const yy = m.t + i * h;
      svg.appendChild(el("text", { x: m.l - 8, y: yy + h * 0.65, "text-anchor": "end", class: "tick" }, b.label));
      svg.appendChild(el("rect", { x: m.l, y: yy + h * 0.15, width: Math.max(w, 1), height: h * 0.7, class: "bar b" + i }));
      svg.appendChild(el("text", { x: m.l + w + 6, y: yy + h * 0.65, class: "tick" }, b.value.toFixed(2) + (unit || "")));
    });
  }

  window.LedgerCharts = { line, bars };
})();
