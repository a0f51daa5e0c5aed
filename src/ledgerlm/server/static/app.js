// The ledgerlm page: a thin client of the HTTP API. Every value comes from the server's JSON and is inserted with
// textContent (never parsed as markup), so text from users or chains stays inert. Approval is a button bound to the plan's
// id and hash (and the code shown in the plan above the value threshold); typed text never approves.
"use strict";
(function () {
  const W = window.LEDGERLM_WORDS;
  const C = window.LedgerCharts;
  const $ = (sel, root) => (root || document).querySelector(sel);
  let lang = localStorage.getItem("ledgerlm.lang") || ((navigator.language || "en").toLowerCase().startsWith("zh") ? "zh" : "en");
  const t = (k) => (W[lang] && W[lang][k]) || W.en[k] || k;

  function h(tag, attrs, ...kids) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const kid of kids.flat()) {
      if (kid === undefined || kid === null) continue;
      node.appendChild(typeof kid === "string" || typeof kid === "number" ? document.createTextNode(String(kid)) : kid);
    }
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function show(node, on) { node.hidden = !on; }

  // -- HTTP ------------------------------------------------------------------------------------------------------
  async function api(method, path, body) {
    const res = await fetch(path, {
      method, credentials: "same-origin",
      headers: Object.assign({ "Accept-Language": lang }, body ? { "Content-Type": "application/json" } : {}),
      body: body ? JSON.stringify(body) : undefined,
    });
    let data = null;
    try { data = await res.json(); } catch (e) { data = { error: res.statusText, hint: null }; }
    if (!res.ok) { const err = new Error(data.error || res.statusText); err.data = data; err.status = res.status; throw err; }
    return data;
  }

  // POST that answers server-sent events; onEvent(name, data) for each.
  async function sse(path, body, onEvent) {
    const res = await fetch(path, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "text/event-stream", "Accept-Language": lang },
      body: JSON.stringify(body),
    });
    if (!res.ok) {
      let data; try { data = await res.json(); } catch (e) { data = { error: res.statusText }; }
      onEvent("error", data); onEvent("done", {}); return;
    }
    const reader = res.body.getReader();
    const dec = new TextDecoder();
    let buf = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += dec.decode(value, { stream: true });
      let cut;
      while ((cut = buf.indexOf("\n\n")) >= 0) {
        const chunk = buf.slice(0, cut); buf = buf.slice(cut + 2);
        let name = "message", data = "";
        for (const line of chunk.split("\n")) {
          if (line.startsWith("event: ")) name = line.slice(7);
          else if (line.startsWith("data: ")) data += line.slice(6);
        }
        if (data) onEvent(name, JSON.parse(data));
      }
    }
  }

  function errorText(e) {
    const d = (e && e.data) || e || {};
    return (d.error || String(e)) + (d.hint ? " — " + d.hint : "");
  }

  function showError(node, e) { node.textContent = errorText(e); show(node, true); }

  // -- language and tabs -----------------------------------------------------------------------------------------
  function applyLang() {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = t(n.dataset.i18n); });
    document.querySelectorAll("[data-i18n-placeholder]").forEach((n) => { n.placeholder = t(n.dataset.i18nPlaceholder); });
    $("#lang").value = lang;
    document.querySelectorAll(".plan-card .approve").forEach((b) => { if (!b.disabled) b.textContent = t("approve"); });
  }

  const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
  function selectTab(tab, focus) {
    tabs.forEach((x) => {
      const on = x === tab;
      x.setAttribute("aria-selected", on ? "true" : "false");
      x.tabIndex = on ? 0 : -1;
      $("#" + x.getAttribute("aria-controls")).hidden = !on;
    });
    if (focus) tab.focus();
    const id = tab.id;
    if (id === "tab-studio") loadDeployments();
    if (id === "tab-trust") loadRecords();
    if (id === "tab-risk" && !$("#risk-symbol").options.length) loadSymbols();
  }
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => selectTab(tab, false));
    tab.addEventListener("keydown", (ev) => {
      let j = null;
      if (ev.key === "ArrowRight") j = (i + 1) % tabs.length;
      if (ev.key === "ArrowLeft") j = (i - 1 + tabs.length) % tabs.length;
      if (ev.key === "Home") j = 0;
      if (ev.key === "End") j = tabs.length - 1;
      if (j !== null) { ev.preventDefault(); selectTab(tabs[j], true); }
    });
  });
  $("#lang").addEventListener("change", (ev) => { lang = ev.target.value; localStorage.setItem("ledgerlm.lang", lang); applyLang(); });

  // -- chat ------------------------------------------------------------------------------------------------------
  const log = $("#chat-log");
  function bubble(who, text, cls) {
    const node = h("div", { class: "msg " + (cls || who) }, h("span", { class: "who" }, who === "user" ? t("you") : t("assistant")),
      h("pre", { class: "text" }, text || ""));
    log.appendChild(node);
    node.scrollIntoView({ block: "end" });
    return node;
  }

  function fact(dl, key, value, cls) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(h("dt", {}, t(key)));
    dl.appendChild(h("dd", { class: cls || "" }, String(value)));
  }

  function invalidateCards(except) {
    document.querySelectorAll(".plan-card.open").forEach((card) => {
      if (card === except) return;
      card.classList.remove("open"); card.classList.add("closed");
      $(".approve", card).disabled = true;
      const code = $(".code-input", card); if (code) code.disabled = true;
      $(".plan-state", card).textContent = t("cancelled");
    });
  }

  function planCard(ev) {
    const p = ev.plan || {};
    const card = $("#plan-card").content.firstElementChild.cloneNode(true);
    card.classList.add("open");
    card.dataset.planId = ev.plan_id;
    card.dataset.planHash = ev.plan_hash;
    $(".plan-title", card).textContent = t("plan_title") + " " + ev.plan_id;
    const dl = $(".plan-facts", card);
    const steps = (p.steps || []).map((s) => (s.description && (s.description[lang] || s.description.en)) || s.kind);
    fact(dl, "action", steps.join("; ") || p.intent);
    if (p.amount) fact(dl, "amount", p.amount + " " + (p.token || ""));
    if (p.usd_value) fact(dl, "usd", "$" + Number(p.usd_value).toLocaleString(undefined, { maximumFractionDigits: 2 }));
    if (p.fee_eth) fact(dl, "fee", p.fee_eth + " ETH" + (p.fee_usd ? " (≈ $" + p.fee_usd + ")" : ""));
    if (p.recipient) fact(dl, "recipient", p.recipient + (p.recipient_name ? " (" + p.recipient_name + ")" : ""), "mono");
    fact(dl, "expires", new Date(ev.expires_at * 1000).toLocaleTimeString());
    fact(dl, "chain", p.chain_id);
    const notes = $(".plan-notes", card);
    if ((p.flags || []).includes("new_recipient")) notes.appendChild(h("li", { class: "warn" }, t("new_recipient")));
    (p.notes || []).forEach((n) => notes.appendChild(h("li", {}, n)));
    $(".hash", card).textContent = "hash " + String(ev.plan_hash).slice(0, 16) + "…";
    const btn = $(".approve", card);
    btn.textContent = t("approve");
    if (ev.code_required) {
      show($(".code-label", card), true);
      $(".code-prompt", card).textContent = t("code_prompt");
      $(".code-shown", card).textContent = ev.code || "";
    }
    btn.addEventListener("click", () => approve(card));
    $(".code-input", card).addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); approve(card); } });
    log.appendChild(card);
    card.scrollIntoView({ block: "end" });
    return card;
  }

  async function approve(card) {
    const btn = $(".approve", card);
    btn.disabled = true;
    $(".plan-state", card).textContent = t("working");
    try {
      const body = { plan_hash: card.dataset.planHash };
      const code = $(".code-input", card);
      if (!$(".code-label", card).hidden) body.code = code.value;
      const r = await api("POST", "/v1/plans/" + encodeURIComponent(card.dataset.planId) + "/confirm", body);
      card.classList.remove("open"); card.classList.add("closed");
      $(".plan-state", card).textContent = t("approved");
      receipt(r);
    } catch (e) {
      $(".plan-state", card).textContent = errorText(e);
      if (e.status === 403 && e.data && e.data.kind === "plan_code") btn.disabled = false;
      else { card.classList.remove("open"); card.classList.add("closed"); }
    }
  }

  function receipt(r) {
    const rc = r.receipt || {};
    const node = h("article", { class: "card receipt", tabindex: "-1" },
      h("h3", {}, t("receipt") + " " + (r.plan_id || "")),
      h("pre", { class: "text" }, r.text || ""),
      h("ul", { class: "txs" }, (rc.tx_hashes || []).map((x) => h("li", { class: "mono tx" }, t("tx") + " " + x))));
    log.appendChild(node);
    node.scrollIntoView({ block: "end" });
    node.focus();
  }

  $("#chat-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const input = $("#chat-input");
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    bubble("user", text);
    invalidateCards(null);  // any message cancels the plan on screen (the server does the same)
    $("#chat-send").disabled = true;
    let answer = null;
    try {
      await sse("/v1/chat", { message: text }, (name, data) => {
        if (name === "message") answer = bubble("assistant", data.text);
        else if (name === "plan") planCard(data);
        else if (name === "approval_required") {
          const card = document.querySelector('.plan-card[data-plan-id="' + CSS.escape(data.plan_id) + '"]');
          if (card) { const code = $(".code-input", card); (code && !$(".code-label", card).hidden ? code : $(".approve", card)).focus(); }
        } else if (name === "error" && !answer) bubble("assistant", errorText({ data }), "error");
      });
    } catch (e) { bubble("assistant", errorText(e), "error"); }
    $("#chat-send").disabled = false;
    if (!document.querySelector(".plan-card.open")) input.focus();
  });
  $("#chat-input").addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); $("#chat-form").requestSubmit(); }
  });

  async function loadHistory() {
    try {
      const rows = await api("GET", "/v1/history?limit=40");
      rows.forEach((m) => { if (!m.text.startsWith("[confirm]")) bubble(m.role === "user" ? "user" : "assistant", m.text, m.role === "user" ? "user old" : "assistant old"); });
    } catch (e) { /* a fresh session has no history */ }
  }

  // -- contract studio -------------------------------------------------------------------------------------------
  let studio = null;  // the plan on screen: {plan_id, plan_hash, code_required, code, plan, parsed}
  let studioText = "";
  const edits = {};

  // The parser's evidence for one value: {source: text|default|inferred|..., rule, spans: [{start, end, words}]}.
  function evidenceFor(parsed, key) {
    const ev = parsed && parsed.evidence;
    if (!ev) return null;
    const item = Array.isArray(ev) ? ev.find((e) => e && (e.param === key || e.field === key)) : ev[key];
    if (item === undefined || item === null) return null;
    if (typeof item === "string") return { words: [item], spans: [] };
    const spans = (item.spans || []).filter((x) => x && typeof x === "object");
    return { words: spans.map((x) => x.words || "").filter(Boolean), spans, source: item.source || null, rule: item.rule || null };
  }

  function renderRequest(text, spans) {
    const box = clear($("#studio-request"));
    const marks = spans.filter((x) => Number.isInteger(x.start) && Number.isInteger(x.end) && x.end > x.start)
      .sort((x, y) => x.start - y.start);
    let at = 0;
    for (const m of marks) {
      if (m.start < at) continue;
      box.appendChild(document.createTextNode(text.slice(at, m.start)));
      box.appendChild(h("mark", { title: m.key }, text.slice(m.start, m.end)));
      at = m.end;
    }
    box.appendChild(document.createTextNode(text.slice(at)));
  }

  function questionsOf(data) {
    const qs = (data.parsed && data.parsed.questions) || [];
    return qs.map((q) => (typeof q === "string" ? { text: q } : { text: q.text || q.question || q[lang] || q.en || JSON.stringify(q), field: q.field || q.param }));
  }

  function renderStudio(data) {
    studio = data;
    const plan = data.plan;
    const parsed = data.parsed || {};
    $("#studio-kind").textContent = t("kind_label") + ": " + plan.kind + (parsed.confidence !== undefined ? "  (" + t("confidence") + " " + Number(parsed.confidence).toFixed(2) + ")" : "");
    const body = clear($("#spec-table tbody"));
    const spans = [];
    Object.entries(plan.params).forEach(([key, value]) => {
      const ev = evidenceFor(parsed, key);
      if (ev) ev.spans.forEach((x) => spans.push(Object.assign({ key }, x)));
      const missing = (plan.missing || []).includes(key);
      const input = h("input", { id: "param-" + key, name: key, value: value === null || value === undefined ? "" : Array.isArray(value) ? value.join(",") : String(value),
        "aria-label": key, class: missing ? "missing" : "", placeholder: missing ? t("missing") : "" });
      input.addEventListener("change", () => { edits[key] = input.value.trim() === "" ? null : input.value.trim(); });
      input.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); edits[key] = input.value.trim() === "" ? null : input.value.trim(); replan(); } });
      const cell = h("td", { class: "evidence" });
      if (key in edits && edits[key] !== null) cell.appendChild(h("span", { class: "src edited" }, t("edited")));
      else if (ev && ev.words.length) ev.words.forEach((w) => cell.appendChild(h("q", {}, w)));
      else if (ev && ev.source) cell.appendChild(h("span", { class: "src " + ev.source }, t("src_" + ev.source)));
      else if (value !== null && value !== undefined) cell.appendChild(h("span", { class: "muted" }, t("not_reported")));
      if (ev && ev.rule && !(key in edits)) cell.appendChild(h("span", { class: "muted rule" }, " " + ev.rule));
      body.appendChild(h("tr", { class: missing ? "missing" : "" }, h("th", { scope: "row" }, key), h("td", {}, input), cell));
    });
    renderRequest(studioText, spans);
    show($("#spec-table"), true);
    const qs = clear($("#questions"));
    const asked = questionsOf(data);
    if (asked.length) qs.appendChild(h("li", { class: "head" }, t("questions")));
    asked.forEach((q) => qs.appendChild(h("li", {}, q.field ? h("label", { for: "param-" + q.field }, q.text) : q.text)));
    (plan.missing || []).forEach((m) => { if (!asked.some((q) => q.field === m)) qs.appendChild(h("li", {}, h("label", { for: "param-" + m }, t("missing") + ": " + m))); });
    const notes = clear($("#assumptions"));
    (plan.assumptions || []).forEach((a) => notes.appendChild(h("li", {}, a)));
    show($("#studio-actions"), true);
    $("#deploy").disabled = (plan.missing || []).length > 0;
    $("#plan-hash").textContent = "plan " + data.plan_id + " · hash " + String(data.plan_hash).slice(0, 16) + "…";
    show($("#deploy-code-label"), !!data.code_required);
    $("#deploy-code-shown").textContent = data.code || "";
    $("#deploy-code").value = "";
  }

  async function replan() {
    const text = $("#studio-text").value.trim();
    if (!text) return;
    show($("#studio-error"), false);
    try {
      studioText = text;
      renderStudio(await api("POST", "/v1/contracts/plan", { text, overrides: Object.assign({}, edits) }));
    } catch (e) {
      showError($("#studio-error"), e);
      if (e.data && e.data.options) {
        const box = $("#studio-error");
        box.appendChild(h("span", {}, " "));
        e.data.options.forEach((k) => box.appendChild(h("button", { type: "button", onclick: async () => {
          try { renderStudio(await api("POST", "/v1/contracts/plan", { text, kind: k, overrides: Object.assign({}, edits) })); show(box, false); }
          catch (err) { showError(box, err); }
        } }, k)));
      }
    }
  }

  $("#studio-form").addEventListener("submit", (ev) => { ev.preventDefault(); Object.keys(edits).forEach((k) => delete edits[k]); clear($("#progress")); show($("#explanation"), false); show($("#deploy-result"), false); replan(); });
  $("#studio-text").addEventListener("keydown", (ev) => { if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); $("#studio-form").requestSubmit(); } });
  $("#studio-update").addEventListener("click", () => {
    document.querySelectorAll("#spec-table tbody input").forEach((i) => { edits[i.name] = i.value.trim() === "" ? null : i.value.trim(); });
    replan();
  });

  $("#deploy").addEventListener("click", async () => {
    if (!studio) return;
    const plan = studio;
    $("#deploy").disabled = true;
    const prog = clear($("#progress"));
    show($("#studio-error"), false);
    show($("#deploy-result"), false);
    const rows = {};
    let result = null;
    const body = { plan_hash: plan.plan_hash };
    if (plan.code_required) body.code = $("#deploy-code").value;
    await sse("/v1/contracts/" + encodeURIComponent(plan.plan_id) + "/create", body, (name, data) => {
      if (name === "progress") {
        let li = rows[data.stage];
        if (!li) { li = rows[data.stage] = h("li", { "data-stage": data.stage }); prog.appendChild(li); }
        li.className = data.state;
        li.textContent = (data.state === "done" ? "✓ " : "… ") + t("stage_" + data.stage) + "  " + (data.state === "done" ? (data.t_ms / 1000).toFixed(1) + " s" : "");
      } else if (name === "result") {
        result = data;
        const box = clear($("#deploy-result"));
        box.appendChild(h("h3", {}, t("deployed") + " #" + data.id + " " + data.kind));
        const dl = h("dl", { class: "figures" });
        fact(dl, "address", data.address, "mono");
        fact(dl, "tx", data.tx_hash, "mono");
        fact(dl, "gas", data.gas_used);
        fact(dl, "chain", data.backend + " " + data.chain_id);
        box.appendChild(dl);
        const notes = h("ul", { class: "notes" }, (data.assumptions || []).map((a) => h("li", {}, a)));
        box.appendChild(notes);
        show(box, true);
      } else if (name === "error") {
        showError($("#studio-error"), { data });
      }
    });
    studio = null;  // a plan deploys once; plan again to deploy again
    if (result) { await explain(String(result.id)); loadDeployments(); }
  });

  function numeric(v) {
    const m = String(v).replace(/,/g, "").trim().match(/^(-?\d*\.?\d+)(\s+\S+)?$/);
    return m ? parseFloat(m[1]) : null;
  }

  async function explain(target) {
    // no lang: the core explains in the language the contract was asked for
    const data = await api("GET", "/v1/explain?target=" + encodeURIComponent(target)).catch((e) => { showError($("#studio-error"), e); return null; });
    if (!data) return;
    const ex = data.explanation || {};
    $("#exp-title").textContent = ex.title || "";
    $("#exp-summary").textContent = ex.summary || "";
    const secs = clear($("#exp-sections"));
    for (const key of ["roles", "functions"]) {
      const v = ex[key];
      if (v && Object.keys(v).length) {
        const dl = h("dl", { class: "figures" });
        Object.entries(v).forEach(([k, x]) => { dl.appendChild(h("dt", {}, k)); dl.appendChild(h("dd", {}, String(x))); });
        secs.appendChild(dl);
      }
    }
    for (const key of ["money_flows", "risks"]) {
      if ((ex[key] || []).length) secs.appendChild(h("ul", { class: "notes" }, ex[key].map((x) => h("li", {}, x))));
    }
    const sched = ex.schedule || [];
    const thead = clear($("#schedule-table thead")), tbody = clear($("#schedule-table tbody"));
    const svg = $("#schedule-chart");
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    if (!sched.length) { $("#schedule-caption").textContent = t("no_schedule"); show($("#explanation"), true); return; }
    const cols = Object.keys(sched[0]);
    thead.appendChild(h("tr", {}, cols.map((c) => h("th", { scope: "col" }, c))));
    sched.forEach((row) => tbody.appendChild(h("tr", {}, cols.map((c) => h("td", {}, String(row[c]))))));
    const labels = sched.map((row) => String(row[cols[0]]) + (cols[1] ? " " + String(row[cols[1]]) : ""));
    const series = cols.slice(1).filter((c) => sched.every((row) => numeric(row[c]) !== null))
      .map((c) => ({ name: c, values: sched.map((row) => numeric(row[c])) }));
    C.line(svg, labels, series, { zero: true, dots: true });
    $("#schedule-caption").textContent = series.map((s) => s.name).join(" · ") + " — " + t("source") + ": /v1/explain";
    show($("#explanation"), true);
    $("#explanation").scrollIntoView({ block: "start" });
  }

  async function loadDeployments() {
    try {
      const rows = await api("GET", "/v1/deployments?limit=30");
      const body = clear($("#deployments tbody"));
      rows.forEach((d) => body.appendChild(h("tr", {}, h("td", {}, d.id), h("td", {}, d.kind), h("td", { class: "mono" }, d.address),
        h("td", {}, d.backend + " " + d.chain_id), h("td", {}, d.created_at),
        h("td", {}, h("button", { type: "button", onclick: () => explain(String(d.id)) }, t("explain"))))));
    } catch (e) { /* shown when the user acts */ }
  }
  $("#deployments-refresh").addEventListener("click", loadDeployments);

  // -- review ----------------------------------------------------------------------------------------------------
  $("#review-file").addEventListener("change", async (ev) => {
    const f = ev.target.files[0];
    if (f) $("#review-source").value = await f.text();
  });
  $("#review-run").addEventListener("click", async () => {
    show($("#review-error"), false);
    const out = clear($("#review-result"));
    const source = $("#review-source").value;
    const name = ($("#review-file").files[0] && $("#review-file").files[0].name) || "Contract.sol";
    try {
      const r = await api("POST", "/v1/review", { source, filename: name.replace(/[^A-Za-z0-9_.-]/g, "_"), lang });
      const findings = r.findings || [];
      const counts = Object.entries(r.counts || {}).map(([k, v]) => k + " " + v).join(" · ");
      out.appendChild(h("h3", {}, t("findings") + " (" + findings.length + ")" + (counts ? " — " + counts : "")));
      out.appendChild(h("p", { class: "muted" }, [r.compiler, r.slither_version ? "slither " + r.slither_version : ""].filter(Boolean).join(" · ")));
      (r.notes || []).forEach((n) => out.appendChild(h("p", { class: "muted" }, n)));
      const lines = source.split("\n");
      findings.forEach((f) => {
        const card = h("article", { class: "card finding " + String(f.severity || "").toLowerCase() },
          h("h4", {}, "[" + (f.severity || "") + "] " + (f.message || f.detector) + (f.swc ? "  " + f.swc : "")),
          h("p", { class: "muted" }, f.detector + " · " + (f.category || "") + " · " + t("confidence") + " " + (f.confidence || "")),
          h("p", {}, f.description || ""));
        (f.lines || []).slice(0, 8).forEach((ln) => card.appendChild(h("pre", { class: "code" }, t("line") + " " + ln + ": " + (lines[ln - 1] || ""))));
        out.appendChild(card);
      });
    } catch (e) { showError($("#review-error"), e); }
  });

  // -- trust -----------------------------------------------------------------------------------------------------
  async function loadRecords() {
    try {
      const st = await api("GET", "/v1/audit/status");
      $("#audit-status").textContent = st.records + " " + t("records") + " · " + st.anchored_batches + " " + t("batches_anchored") + " · " + st.unbatched + " " + t("unbatched");
      $("#audit-status").dataset.anchored = String(st.anchored_batches);
      const rows = await api("GET", "/v1/audit/records?limit=30");
      const body = clear($("#audit-records tbody"));
      rows.forEach((r) => body.appendChild(h("tr", {}, h("td", {}, r.id), h("td", {}, r.time || ""), h("td", {}, r.component),
        h("td", {}, String(r.input || "").slice(0, 80)), h("td", {}, h("button", { type: "button", onclick: () => proof(r.id) }, t("proof_btn"))))));
    } catch (e) { $("#audit-status").textContent = errorText(e); }
  }
  async function proof(id) {
    const view = $("#proof-view");
    const path = clear($("#proof-path"));
    try {
      const p = await api("GET", "/v1/audit/proof/" + id);
      path.appendChild(h("li", {}, t("leaf") + ": ", h("span", { class: "mono" }, String(p.leaf || p.record_hash || (p.record && p.record.hash) || ""))));
      (p.path || p.proof || p.siblings || []).forEach((s) => path.appendChild(h("li", {}, t("sibling") + " (" + (s.side || s.position || "") + "): ", h("span", { class: "mono" }, String(s.hash || s.sibling || s)))));
      path.appendChild(h("li", {}, t("root") + ": ", h("span", { class: "mono" }, String(p.root || ""))));
      if (p.anchor) path.appendChild(h("li", {}, t("anchored") + ": ", h("span", { class: "mono" }, String(p.anchor.tx_hash || "")), " (" + t("chain") + " " + p.anchor.chain_id + ")"));
      $("#proof-json").textContent = JSON.stringify(p, null, 2);
      $("#verify-input").value = JSON.stringify(p, null, 2);
    } catch (e) { path.appendChild(h("li", { class: "error" }, errorText(e))); $("#proof-json").textContent = ""; }
    show(view, true);
  }
  $("#audit-refresh").addEventListener("click", loadRecords);
  $("#audit-anchor").addEventListener("click", async () => {
    try { await api("POST", "/v1/audit/anchor"); await loadRecords(); }
    catch (e) { $("#audit-status").textContent = errorText(e); }
  });
  $("#verify-run").addEventListener("click", async () => {
    const out = clear($("#verify-result"));
    let proofObj;
    try { proofObj = JSON.parse($("#verify-input").value); } catch (e) { out.appendChild(h("p", { class: "error" }, "JSON: " + e.message)); return; }
    try {
      const r = await api("POST", "/v1/audit/verify", { proof: proofObj, offline: $("#verify-offline").checked });
      out.appendChild(h("p", { class: r.valid ? "ok" : "error" }, (r.valid ? t("valid") : t("invalid")) + " — #" + r.record_id + " · " + (r.chain_checked ? t("chain_checked") : t("hashes_only"))));
      (r.errors || []).forEach((x) => out.appendChild(h("p", { class: "error" }, x)));
    } catch (e) { out.appendChild(h("p", { class: "error" }, errorText(e))); }
  });

  // -- risk ------------------------------------------------------------------------------------------------------
  async function loadSymbols() {
    try {
      const syms = await api("GET", "/v1/risk/symbols");
      const sel = clear($("#risk-symbol"));
      syms.forEach((s) => sel.appendChild(h("option", { value: s }, s)));
      sel.value = syms.includes("ETH") ? "ETH" : syms[0];
      showRisk();
    } catch (e) { showError($("#risk-error"), e); }
  }
  async function showRisk() {
    show($("#risk-error"), false);
    const sym = $("#risk-symbol").value;
    const days = $("#risk-days").value || 365;
    try {
      const [s, r] = await Promise.all([api("GET", "/v1/risk/series/" + encodeURIComponent(sym) + "?days=" + days),
        api("GET", "/v1/risk/token/" + encodeURIComponent(sym))]);
      C.line($("#price-chart"), s.dates, [{ name: sym + " US$", values: s.closes }]);
      C.line($("#vol-chart"), s.dates, [{ name: t("vol") + " %", values: s.volatility_pct }], { zero: true });
      C.bars($("#var-chart"), [
        { label: t("var95h"), value: r.var_1d_95_pct_historical }, { label: t("var99h"), value: r.var_1d_99_pct_historical },
        { label: t("var95p"), value: r.var_1d_95_pct_parametric }, { label: t("var99p"), value: r.var_1d_99_pct_parametric }], "%");
      const dl = clear($("#risk-figures"));
      fact(dl, "price", "$" + r.price_usd + " (" + r.as_of + ")");
      fact(dl, "change7", r.change_7d_pct.toFixed(2) + "%");
      fact(dl, "change30", r.change_30d_pct.toFixed(2) + "%");
      fact(dl, "vol", r.volatility_annual_pct.toFixed(1) + "%");
      fact(dl, "drawdown", r.max_drawdown_window_pct.toFixed(1) + "%");
      fact(dl, "source", s.source + (s.assumed_peg ? " (assumed peg)" : ""));
    } catch (e) { showError($("#risk-error"), e); }
  }
  $("#risk-show").addEventListener("click", showRisk);
  $("#risk-symbol").addEventListener("change", showRisk);
  function book(text) {
    const out = {};
    text.split(/[,;\s]+/).filter(Boolean).forEach((p) => { const [k, v] = p.split("="); if (k && v) out[k.trim().toUpperCase()] = v.trim(); });
    return out;
  }
  $("#loan-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const dl = clear($("#loan-result"));
    try {
      const r = await api("POST", "/v1/risk/loan-health", { collateral: book($("#loan-collateral").value), debt: book($("#loan-debt").value) });
      fact(dl, "health_factor", r.health_factor === null ? "∞" : r.health_factor);
      fact(dl, "collateral_usd", r.collateral_usd);
      fact(dl, "debt_usd", r.debt_usd);
      fact(dl, "liquidatable", String(r.liquidatable));
      fact(dl, "distance", r.distance_to_liquidation_pct);
    } catch (e) { dl.appendChild(h("dd", { class: "error" }, errorText(e))); }
  });

  // -- start -----------------------------------------------------------------------------------------------------
  applyLang();
  api("GET", "/v1/session").then((s) => { $("#chain-info").textContent = t("chain") + ": " + s.chain + " · v" + s.version; }).catch(() => {});
  loadHistory();
  $("#chat-input").focus();
})();
