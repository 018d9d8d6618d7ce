/* accordcheck report: filters, anchors, and each record drawn when it is opened.
 *
 * Safety rule of this file: data from records and sources only ever reaches the page as
 * text (textContent, createTextNode, or a plain attribute value); nothing here parses markup.
 * Record and source data come from <script type="application/json"> blocks (JSON.parse);
 * their compact format is described in report/_view.py.
 */
(function () {
  "use strict";
  var doc = document;
  var meta = JSON.parse(doc.getElementById("ac_meta").textContent);
  var LETTER = { supported: "s", not_found: "n", contradicted: "c", invalid: "i", unverified: "v", info: "i", warning: "w", error: "e" };
  var VERDICT_TEXT = { s: "supported", c: "contradicted", n: "not found", i: "invalid", v: "unverified", "": "not checked" };
  var SEVERITY_TEXT = { e: "error", w: "warning", i: "passed", "": "" };
  var VERDICT_RANK = { "": 0, s: 1, v: 2, n: 3, c: 4, i: 5 };
  var SEVERITY_RANK = { "": 0, i: 1, w: 2, e: 3 };
  var VERDICTS = meta.verdicts.map(function (v) { return LETTER[v]; });
  var SEVERITIES = meta.severities.map(function (s) { return LETTER[s]; });

  var list = doc.getElementById("ac_list");
  var records = Array.prototype.slice.call(list.querySelectorAll("details.rec"));
  var recordBlocks = doc.querySelectorAll("script.ac-r");
  var sourceBlocks = doc.querySelectorAll("script.ac-s");
  function recordId(d) {
    // the element id is the record id, except for an id that could clash with the page's own
    return d.getAttribute("data-id") || d.id;
  }
  var byId = new Map();
  records.forEach(function (d) {
    var id = recordId(d);
    if (!byId.has(id)) byId.set(id, d);
  });
  var contexts = new WeakMap();
  var sourceCache = new Map();

  // ------------------------------------------------------------------ small helpers
  function el(tag, cls, text) {
    var node = doc.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      parent.appendChild(typeof child === "string" ? doc.createTextNode(child) : child);
    }
    return parent;
  }
  function button(label, cls, onClick) {
    var b = el("button", cls ? "linkish " + cls : "linkish", label);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }
  function family(path) {
    var m = /^[a-z_]+/.exec(path || "");
    return m && meta.families.indexOf(m[0]) >= 0 ? m[0] : "other";
  }
  function showValue(value) {
    if (value === null || value === undefined) return el("span", "null", "null");
    if (Array.isArray(value) && value.length === 0) return el("span", "null", "(none)");
    if (typeof value === "string") return el("span", "val", value);
    return el("code", "val", JSON.stringify(value));
  }
  function loadSource(k) {
    if (!(k >= 0 && k < sourceBlocks.length)) return { path: "?", error: "the source's data is missing from the report" };
    if (!sourceCache.has(k)) sourceCache.set(k, JSON.parse(sourceBlocks[k].textContent));
    return sourceCache.get(k);
  }
  function pushTo(map, key, value) {
    var found = map.get(key);
    if (found) found.push(value);
    else map.set(key, [value]);
  }
  function rank(c) {
    return SEVERITY_RANK[c.sev] * 10 + VERDICT_RANK[c.v];
  }

  // ------------------------------------------------------------------ one record: decode
  function decode(data) {
    var rows = [];
    var entity = -1;
    data.rows.forEach(function (r, n) {
      if (typeof r === "string" || r.length === 1) {
        entity = n;
        rows.push({ path: typeof r === "string" ? r : r[0], value: null, kind: typeof r === "string" ? 0 : 2, entity: n, tail: null });
      } else {
        rows.push({ path: rows[entity].path + "." + r[0], value: r[1], kind: 1, entity: entity, tail: r[0] });
      }
    });
    var accepted = new Set(data.acc || []);
    var checks = data.checks.map(function (c, k) {
      var row = c[2];
      var p = c.length > 3 ? c[3] : 0;
      var path = p;
      if (p === 0) path = row >= 0 ? rows[row].path : "";
      else if (typeof p === "number") path = rows[row].path + ".evidence[" + (-1 - p) + "]";
      else if (row >= 0 && (p.charAt(0) === "." || p.charAt(0) === "[")) path = rows[row].path + p;
      return {
        code: typeof c[0] === "number" ? meta.codes[c[0]] : String(c[0]),
        v: VERDICTS[Math.floor(c[1] / 3)],
        sev: SEVERITIES[c[1] % 3],
        row: row,
        path: path,
        msg: c.length > 4 && c[4] !== 0 ? c[4] : null,
        ev: c.length > 5 ? c[5] : [],
        hasSugg: c.length > 6,
        sugg: c[6],
        acc: accepted.has(k),
      };
    });
    // the worst verdict on each row, and on each object with its values
    // (a quote that matches its source is not a verdict on the claim)
    var rowWorst = new Map();
    var entityWorst = new Map();
    checks.forEach(function (c, k) {
      if (c.row < 0 || (c.code === "evidence_text" && c.v === "s")) return;
      var w = rowWorst.get(c.row);
      if (w === undefined || rank(c) > rank(checks[w])) rowWorst.set(c.row, k);
      var e = rows[c.row].entity;
      w = entityWorst.get(e);
      if (w === undefined || rank(c) > rank(checks[w])) entityWorst.set(e, k);
    });
    // highlights: the record's own evidence, then what the checks found
    var hl = [];
    data.ev.forEach(function (e) {
      var path = rows[e[1]].path + ".evidence[" + e[2] + "]";
      var bad = -1;
      checks.forEach(function (c, k) {
        if (bad < 0 && c.code === "evidence_text" && c.v !== "s" && c.path === path) bad = k;
      });
      var k = bad >= 0 ? bad : entityWorst.has(e[1]) ? entityWorst.get(e[1]) : -1;
      hl.push({ sp: e[0], row: e[1], v: k >= 0 ? checks[k].v : "", k: k, own: true });
    });
    var own = new Set(hl.map(function (h) { return h.sp + ":" + h.row; }));
    checks.forEach(function (c, k) {
      if (c.code === "evidence_text") return;
      c.ev.forEach(function (s) {
        // a passing check that cites the record's own span for the same field adds nothing
        if (c.v === "s" && own.has(s + ":" + c.row)) return;
        hl.push({ sp: s, row: c.row, v: c.v, k: k, own: false });
      });
    });
    return { rows: rows, checks: checks, rowWorst: rowWorst, hl: hl };
  }

  function ensureRendered(det) {
    if (det.getAttribute("data-rendered")) return;
    det.setAttribute("data-rendered", "1");
    var body = det.appendChild(el("div", "body"));
    var ctx;
    try {
      var data = JSON.parse(recordBlocks[Number(det.getAttribute("data-i"))].textContent);
      var decoded = decode(data);
      ctx = {
        det: det,
        d: data,
        rows: decoded.rows,
        checks: decoded.checks,
        rowWorst: decoded.rowWorst,
        hl: decoded.hl,
        sources: data.src.map(loadSource),
        pres: [],
        hlByRow: new Map(),
        checksByRow: new Map(),
      };
    } catch (err) {
      add(body, el("p", "warn", "The data of this record could not be read: " + err));
      return;
    }
    ctx.hl.forEach(function (h, n) {
      pushTo(ctx.hlByRow, h.row, n);
    });
    ctx.checks.forEach(function (c, k) {
      pushTo(ctx.checksByRow, c.row, k);
    });
    contexts.set(det, ctx);
    add(body, buildRecord(ctx));
  }

  // ------------------------------------------------------------------ one record: draw
  function buildRecord(ctx) {
    var d = ctx.d;
    var frag = doc.createDocumentFragment();
    var bar = el("p", "rec-meta");
    var link = el("a", "permalink", "link to this record");
    link.setAttribute("href", "#" + encodeURIComponent(d.id));
    add(bar, link, " · " + ctx.checks.length + " checks");
    if (d.file) add(bar, " · record file ", el("code", null, d.file));
    frag.appendChild(bar);

    if (d.prov) frag.appendChild(provenanceNote(d.prov));
    // errors fail the record, warnings do not: a passing record with warnings is never
    // headed "Failed checks"; claims a reviewer accepted are neither
    var groups = { e: [], w: [], a: [], i: [] };
    ctx.folded = new Map();
    var under = new Set();
    (d.fold || []).forEach(function (f) {
      ctx.folded.set(f[0], f[1]);
      f[1].forEach(function (k) { under.add(k); });
    });
    ctx.checks.forEach(function (c, k) {
      if (!under.has(k)) groups[c.acc ? "a" : c.sev].push(k);
    });
    [["e", "failed", "Failed checks"], ["w", "warnings", "Warnings"], ["a", "accepted", "Accepted claims"]].forEach(function (g) {
      var ks = groups[g[0]];
      if (!ks.length) return;
      var sec = el("section", g[1]);
      add(sec, el("h3", null, g[2] + " (" + ks.length + ")"));
      if (g[0] === "a") add(sec, el("p", "hint", "A reviewer accepted these claims in accepted.toml; they do not fail the record."));
      var ol = el("ol", "checks");
      ks.forEach(function (k) {
        ol.appendChild(checkItem(ctx, k));
      });
      frag.appendChild(add(sec, ol));
    });
    var passed = groups.i;
    if (d.uns.length) frag.appendChild(unsupportedSection(ctx));

    var cols = el("div", "cols");
    if (ctx.rows.length) cols.appendChild(fieldsSection(ctx));
    if (d.src.length) cols.appendChild(sourcesSection(ctx));
    if (cols.childNodes.length) frag.appendChild(cols);
    if (d.raw !== undefined) frag.appendChild(rawSection(ctx));
    if (passed.length) frag.appendChild(passedSection(ctx, passed));
    return frag;
  }

  function provenanceNote(prov) {
    var p = el("p", prov.reviewed ? "prov reviewed" : "prov unreviewed");
    add(p, el("span", "flag " + (prov.reviewed ? "reviewed" : "unreviewed"), prov.reviewed ? "reviewed" : "unreviewed"), " written by ", el("code", null, prov.method));
    add(p, prov.reviewed ? (prov.reviewed_on ? ", reviewed on " + prov.reviewed_on : ", reviewed") : ": no person has read it against its sources yet (accordcheck review)");
    return p;
  }

  function spanText(ctx, s) {
    var span = ctx.d.sp[s];
    if (span.length > 3) return span[3];
    var src = ctx.sources[span[0]];
    return src && typeof src.text === "string" ? src.text.slice(span[1], span[2]) : "";
  }

  function checkItem(ctx, k) {
    var c = ctx.checks[k];
    var li = el("li", "chk sev-" + c.sev);
    var head = el("div", "chk-head");
    add(
      head,
      c.acc ? el("span", "badge b-accepted", "accepted") : el("span", "badge b-" + (c.sev === "e" ? "fail" : "warn"), SEVERITY_TEXT[c.sev]),
      " ",
      el("code", "code", c.code),
      " on ",
      el("code", "path f-" + family(c.path), c.path),
      " ",
      el("span", "verdict v-" + c.v, VERDICT_TEXT[c.v])
    );
    li.appendChild(head);
    li.appendChild(el("p", "msg", c.msg));
    if (c.ev.length) {
      var words = el("p", "words");
      add(words, el("span", "lbl", "The source’s words: "));
      c.ev.forEach(function (s, n) {
        var span = ctx.d.sp[s];
        if (n) add(words, " · ");
        add(words, el("q", "quote", spanText(ctx, s)));
        if (span[1] >= 0 && ctx.pres[span[0]] !== null) {
          add(
            words,
            " ",
            button("show in source", "show", function () {
              focusRange(ctx, span[0], span[1], span[2]);
            })
          );
        }
      });
      li.appendChild(words);
    }
    if (c.hasSugg) {
      var sugg = el("p", "sugg");
      add(sugg, el("span", "lbl", "Suggestion: "), el("code", "sugg-val", typeof c.sugg === "string" ? c.sugg : JSON.stringify(c.sugg)));
      li.appendChild(sugg);
    }
    var folded = ctx.folded && ctx.folded.get(k);
    if (folded) {
      // checks looked for next to a name the source does not give: one wrong fact, one finding
      var box = el("details", "follows");
      add(box, el("summary", null, "follows from it (" + folded.length + "): " + folded.map(function (j) { return ctx.checks[j].code + " on " + ctx.checks[j].path; }).join(", ")));
      var inner = el("ol", "checks");
      folded.forEach(function (j) { inner.appendChild(checkItem(ctx, j)); });
      li.appendChild(add(box, inner));
    }
    return li;
  }

  function unsupportedSection(ctx) {
    var sec = el("section", "unsupported");
    add(sec, el("h3", null, "Claims with no support (" + ctx.d.uns.length + ")"));
    add(sec, el("p", "hint", "Values no check found in the source, or that neither evidence nor a supporting check backs."));
    var ul = el("ul", "uns");
    ctx.d.uns.forEach(function (n) {
      var row = ctx.rows[n];
      var li = el("li");
      add(li, el("code", "path f-" + family(row.path), row.path), " = ", showValue(row.value));
      var notFound = (ctx.checksByRow.get(n) || []).filter(function (k) {
        return ctx.checks[k].v === "n";
      });
      var why = notFound.length
        ? "not found (" + notFound.map(function (k) { return ctx.checks[k].code; }).join(", ") + ")"
        : "no evidence, no supporting check";
      add(li, " ", el("span", "why", why));
      ul.appendChild(li);
    });
    return add(sec, ul);
  }

  function fieldsSection(ctx) {
    var sec = el("section", "fields");
    add(sec, el("h3", null, "Fields"));
    var table = el("table", "fields");
    var cg = el("colgroup");
    add(cg, el("col", "c-field"), el("col", "c-value"), el("col", "c-words"), el("col", "c-verdict"));
    table.appendChild(cg);
    var hr = el("tr");
    ["field", "record’s value", "the source’s words", "verdict"].forEach(function (t) {
      var th = el("th", null, t);
      th.scope = "col";
      hr.appendChild(th);
    });
    add(table, add(el("thead"), hr));
    var tbody = el("tbody");
    var uns = new Set(ctx.d.uns);
    ctx.rows.forEach(function (row, n) {
      var tr = el("tr", row.kind === 1 ? "leaf" : "entity");
      tr.setAttribute("data-path", row.path);
      var th = el("th");
      th.scope = "row";
      var cell = th;
      if (row.kind === 1) {
        th.appendChild(el("span", "leaf-path", row.tail));
        th.title = row.path;
        cell = el("td", "value");
        cell.appendChild(showValue(row.value));
      } else {
        th.colSpan = 2;
        add(th, el("span", "swatch f-" + family(row.path)), el("code", null, row.path));
        if (row.kind === 2) add(th, " ", el("span", "null", "none (null)"));
      }
      var hls = ctx.hlByRow.get(n);
      if (hls && hls.length) {
        add(cell, " ", button("show in source", "show", function () { focusHighlights(ctx, hls); }));
      }
      tr.appendChild(th);
      if (cell !== th) tr.appendChild(cell);
      tr.appendChild(wordsCell(ctx, n));
      var tdr = el("td", "verdict-cell");
      if (ctx.rowWorst.has(n)) {
        var w = ctx.checks[ctx.rowWorst.get(n)];
        tdr.appendChild(el("span", "verdict v-" + w.v + " sev-" + w.sev, VERDICT_TEXT[w.v]));
        var codes = [];
        (ctx.checksByRow.get(n) || []).forEach(function (k) {
          var c = ctx.checks[k];
          if (c.code === "evidence_text" && c.v === "s") return;
          if (codes.indexOf(c.code) < 0) codes.push(c.code);
        });
        add(tdr, el("span", "codes", codes.join(", ")));
        if ((ctx.checksByRow.get(n) || []).some(function (k) { return ctx.checks[k].acc; })) add(tdr, el("span", "flag accepted", "accepted"));
      }
      tr.appendChild(tdr);
      if (uns.has(n)) tr.classList.add("unsupported-row");
      tbody.appendChild(tr);
    });
    var orphans = ctx.checksByRow.get(-1) || [];
    if (orphans.length) {
      var tr2 = el("tr", "entity");
      var th2 = el("th", null, "the record as a whole");
      th2.scope = "row";
      var td2 = el("td");
      td2.colSpan = 3;
      orphans.forEach(function (k, i) {
        var c = ctx.checks[k];
        if (i) add(td2, el("br"));
        add(td2, el("code", null, c.code), " on ", el("code", null, c.path || "(record)"), " ", el("span", "verdict v-" + c.v, VERDICT_TEXT[c.v]));
      });
      add(tbody, add(tr2, th2, td2));
    }
    add(table, tbody);
    return add(sec, add(el("div", "scroll"), table));
  }

  function wordsCell(ctx, n) {
    // the source's own words for this claim: what the checks about it cited, else (on an
    // object's line) the record's own evidence for the object
    var td = el("td", "words-cell");
    var seen = new Set();
    var spans = [];
    (ctx.checksByRow.get(n) || []).forEach(function (k) {
      var c = ctx.checks[k];
      if (c.code === "evidence_text") return;
      c.ev.forEach(function (s) {
        if (!seen.has(s)) { seen.add(s); spans.push(s); }
      });
    });
    if (!spans.length && ctx.rows[n].kind !== 1) {
      ctx.d.ev.forEach(function (e) {
        if (e[1] === n && !seen.has(e[0])) { seen.add(e[0]); spans.push(e[0]); }
      });
    }
    spans.forEach(function (s, i) {
      if (i) add(td, " · ");
      add(td, el("q", "quote", spanText(ctx, s)));
    });
    return td;
  }

  function sourcesSection(ctx) {
    var d = ctx.d;
    var sec = el("section", "sources");
    d.src.forEach(function (k, j) {
      var src = ctx.sources[j];
      var box = el("div", "source");
      var h = el("h3", null, d.src.length > 1 ? "Source " + j + ": " : "Source: ");
      add(box, add(h, el("code", null, src.path)));
      if (src.error !== undefined) {
        ctx.pres[j] = null;
        box.appendChild(el("p", "warn", src.error));
      } else {
        var hls = [];
        ctx.hl.forEach(function (h, n) {
          var span = d.sp[h.sp];
          if (span[0] === j && span[1] >= 0) hls.push(n);
        });
        var pre = el("pre", "src");
        pre.setAttribute("tabindex", "-1");
        pre.appendChild(highlighted(ctx, src.text, hls));
        ctx.pres[j] = pre;
        add(box, el("p", "hint", hls.length + " highlight" + (hls.length === 1 ? "" : "s") + " · hover or Tab to one to see the field and verdict it backs"), pre);
      }
      sec.appendChild(box);
    });
    return sec;
  }

  function hlPath(ctx, h) {
    // the field a highlight backs; a check about the record as a whole (an omission) names its own path
    if (h.row >= 0) return ctx.rows[h.row].path;
    return h.k >= 0 ? ctx.checks[h.k].path : "";
  }

  function highlighted(ctx, text, hls) {
    var frag = doc.createDocumentFragment();
    var sp = ctx.d.sp;
    function range(n) {
      var span = sp[ctx.hl[n].sp];
      return [Math.max(0, Math.min(span[1], text.length)), Math.max(0, Math.min(span[2], text.length))];
    }
    var cuts = [0, text.length];
    hls.forEach(function (n) {
      var r = range(n);
      cuts.push(r[0], r[1]);
    });
    cuts.sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var x = cuts[i];
      var y = cuts[i + 1];
      if (x === y) continue;
      var cover = hls.filter(function (n) {
        var r = range(n);
        return r[0] <= x && r[1] >= y;
      });
      var piece = text.slice(x, y);
      if (!cover.length) {
        frag.appendChild(doc.createTextNode(piece));
        continue;
      }
      var primary = cover[0];
      var worst = "";
      cover.forEach(function (n) {
        var r = range(n);
        var p = range(primary);
        if (r[1] - r[0] < p[1] - p[0]) primary = n;
        if (VERDICT_RANK[ctx.hl[n].v] > VERDICT_RANK[worst]) worst = ctx.hl[n].v;
      });
      var fam = family(hlPath(ctx, ctx.hl[primary]));
      var mark = el("mark", "hl f-" + fam + " v-" + (worst || "u") + (cover.length > 1 ? " multi" : ""), piece);
      mark.tabIndex = 0;
      mark.setAttribute("data-h", cover.join(" "));
      mark.setAttribute("data-a", String(x));
      mark.setAttribute("data-b", String(y));
      frag.appendChild(mark);
    }
    return frag;
  }

  function rawSection(ctx) {
    var d = ctx.d;
    var sec = el("section", "raw");
    add(sec, el("h3", null, "The record file as written"));
    if (d.rawCut) add(sec, el("p", "hint", "(only the beginning of the file is shown)"));
    var pre = el("pre", "rawtext");
    pre.setAttribute("tabindex", "-1");
    var bad = new Set(d.lines || []);
    d.raw.split("\n").forEach(function (line, n) {
      var span = el("span", bad.has(n + 1) ? "line bad" : "line", line + "\n");
      span.setAttribute("data-n", String(n + 1));
      if (bad.has(n + 1)) span.setAttribute("aria-label", "line " + (n + 1) + ", where the problem is: " + line);
      pre.appendChild(span);
    });
    var first = (d.lines || [])[0];
    if (first) {
      var hint = el("p", "hint");
      add(hint, "The problem is at ", button("line " + first, "goto", function () { revealBadLine(ctx.det, true); }), ", marked below.");
      sec.appendChild(hint);
    }
    return add(sec, pre);
  }

  function revealBadLine(det, focus) {
    // scroll the file viewer (and the page) to the first broken line
    var line = det.querySelector("pre.rawtext .line.bad");
    if (!line) return;
    var pre = line.parentNode;
    pre.scrollTop = Math.max(0, line.offsetTop - pre.offsetTop - pre.clientHeight / 3);
    line.scrollIntoView({ block: "center", inline: "nearest" });
    if (focus) pre.focus({ preventScroll: true });
  }

  function passedSection(ctx, passed) {
    var box = el("details", "passed");
    add(box, el("summary", null, passed.length + " passed check" + (passed.length === 1 ? "" : "s")));
    box.addEventListener("toggle", function draw() {
      box.removeEventListener("toggle", draw);
      if (!meta.passingMessages) {
        box.appendChild(el("p", "hint", "Messages of passing checks are left out of a report this large; the JSON results (--json) have them."));
      }
      var table = el("table", "passed-checks");
      var tbody = el("tbody");
      passed.forEach(function (k) {
        var c = ctx.checks[k];
        var tr = el("tr");
        add(
          tr,
          add(el("td"), el("code", null, c.code)),
          add(el("td"), el("code", "path f-" + family(c.path), c.path)),
          el("td", "verdict v-" + c.v, VERDICT_TEXT[c.v]),
          el("td", "msg", c.msg)
        );
        tbody.appendChild(tr);
      });
      add(box, add(el("div", "scroll"), add(table, tbody)));
    });
    return box;
  }

  // ------------------------------------------------------------------ highlights: focus and tooltip
  function flash(marks) {
    marks.forEach(function (m) {
      m.classList.remove("flash");
      void m.offsetWidth;
      m.classList.add("flash");
    });
  }
  function focusMarks(marks) {
    if (!marks.length) return;
    marks[0].focus({ preventScroll: true });
    marks[0].scrollIntoView({ block: "center", inline: "nearest" });
    flash(marks);
  }
  function focusRange(ctx, j, a, b) {
    var pre = ctx.pres[j];
    if (!pre) return;
    focusMarks(
      Array.prototype.filter.call(pre.querySelectorAll("mark.hl"), function (m) {
        return Number(m.getAttribute("data-a")) < b && Number(m.getAttribute("data-b")) > a;
      })
    );
  }
  function focusHighlights(ctx, hls) {
    var wanted = new Set(hls.map(String));
    var found = [];
    ctx.pres.forEach(function (pre) {
      if (!pre) return;
      Array.prototype.forEach.call(pre.querySelectorAll("mark.hl"), function (m) {
        if (m.getAttribute("data-h").split(" ").some(function (n) { return wanted.has(n); })) found.push(m);
      });
    });
    focusMarks(found);
  }

  var tip = doc.getElementById("ac_tip");
  var tipFor = null;
  var LABEL_KEYS = ["name", "titles[0]", "code", "city", "date", "title", "kind", "path", "visitor", "country"];
  function label(ctx, n) {
    // a few words naming an object of the record: its name, code, city, date...
    var row = ctx.rows[n];
    if (row.kind === 1) return row.value;
    var found = null;
    LABEL_KEYS.some(function (key) {
      for (var m = n + 1; m < ctx.rows.length && ctx.rows[m].entity === n; m++) {
        if (ctx.rows[m].tail === key && ctx.rows[m].value !== null) {
          found = ctx.rows[m].value;
          return true;
        }
      }
      return false;
    });
    return found;
  }
  function describe(ctx, n) {
    var h = ctx.hl[n];
    var path = hlPath(ctx, h);
    var value = h.row >= 0 ? label(ctx, h.row) : null;
    var line = el("div", "tip-line");
    add(line, el("span", "swatch f-" + family(path)), el("strong", null, path));
    if (value !== null && value !== undefined && !(Array.isArray(value) && !value.length)) {
      add(line, " = ", el("span", null, typeof value === "string" ? "“" + value + "”" : JSON.stringify(value)));
    }
    var how = el("div", "tip-how");
    add(how, (h.own ? "the record’s evidence" : "found by the check") + " · ", el("span", "tip-v v-" + (h.v || "u"), VERDICT_TEXT[h.v]));
    if (h.k >= 0) {
      var c = ctx.checks[h.k];
      add(how, " · " + c.code + (c.path !== path ? " on " + c.path : ""));
    }
    line.appendChild(how);
    return line;
  }
  function showTip(mark) {
    var det = mark.closest("details.rec");
    var ctx = det && contexts.get(det);
    if (!ctx) return;
    var lines = mark.getAttribute("data-h").split(" ").map(function (n) {
      return describe(ctx, Number(n));
    });
    tip.replaceChildren.apply(tip, lines);
    tip.hidden = false;
    if (tipFor && tipFor !== mark) tipFor.removeAttribute("aria-describedby");
    tipFor = mark;
    mark.setAttribute("aria-describedby", "ac_tip");
    var r = mark.getBoundingClientRect();
    var w = tip.offsetWidth;
    var hgt = tip.offsetHeight;
    var left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8));
    var top = r.bottom + 6;
    if (top + hgt > window.innerHeight - 4 && r.top - hgt - 6 > 4) top = r.top - hgt - 6;
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }
  function hideTip() {
    if (tipFor) tipFor.removeAttribute("aria-describedby");
    tipFor = null;
    tip.hidden = true;
  }
  function markOf(node) {
    return node && node.closest ? node.closest("mark.hl") : null;
  }
  doc.addEventListener("mouseover", function (e) {
    var m = markOf(e.target);
    if (m && m !== tipFor) showTip(m);
  });
  doc.addEventListener("mouseout", function (e) {
    var m = markOf(e.target);
    if (m && m === tipFor && !m.contains(e.relatedTarget) && doc.activeElement !== m) hideTip();
  });
  doc.addEventListener("focusin", function (e) {
    var m = markOf(e.target);
    if (m) showTip(m);
    else if (tipFor) hideTip();
  });
  doc.addEventListener("focusout", function (e) {
    if (markOf(e.target) === tipFor) hideTip();
  });
  window.addEventListener(
    "scroll",
    function () {
      if (tipFor && doc.activeElement !== tipFor) hideTip();
    },
    { passive: true }
  );

  // ------------------------------------------------------------------ filters
  var form = doc.getElementById("ac_filters");
  var fStatus = doc.getElementById("ac_f_status");
  var fCode = doc.getElementById("ac_f_code");
  var fSearch = doc.getElementById("ac_f_search");
  var fReview = doc.getElementById("ac_f_review");
  var fCount = doc.getElementById("ac_f_count");
  var empty = doc.getElementById("ac_empty");
  // id, names, titles, places, instrument title and failing messages, already folded (one
  // JSON block in line order, parsed at the first search: opening the page does not pay for it)
  var texts = null;
  var lines = records.map(function (d) { return Number(d.getAttribute("data-i")); });
  function searchTexts() {
    if (texts === null) texts = JSON.parse(doc.getElementById("ac_q").textContent);
    return texts;
  }
  var flags = records.map(function (d) { return " " + (d.getAttribute("data-flags") || "") + " "; });
  var codes = records.map(function (d) { return " " + (d.getAttribute("data-codes") || "") + " "; });
  var statuses = records.map(function (d) { return d.getAttribute("data-status"); });

  function applyFilters() {
    var st = fStatus.value;
    var code = fCode.value;
    var needle = " " + code + " ";
    // folded like the records' search text (report/_lines.py): no case, no accents
    var q = fSearch.value.trim().toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    var review = fReview.value ? " " + fReview.value + " " : "";
    var shown = 0;
    for (var i = 0; i < records.length; i++) {
      var ok =
        (!st || statuses[i] === st) &&
        (!code || codes[i].indexOf(needle) >= 0) &&
        (!review || flags[i].indexOf(review) >= 0) &&
        (!q || searchTexts()[lines[i]].indexOf(q) >= 0);
      if (records[i].hidden === ok) records[i].hidden = !ok;
      if (ok) shown++;
    }
    var total = records.length;
    fCount.textContent = shown === total ? total + " record" + (total === 1 ? "" : "s") : shown + " of " + total + " records shown";
    empty.hidden = shown !== 0;
  }
  function clearFilters() {
    fStatus.value = "";
    fCode.value = "";
    fReview.value = "";
    fSearch.value = "";
    applyFilters();
  }
  fStatus.addEventListener("change", applyFilters);
  fCode.addEventListener("change", applyFilters);
  fReview.addEventListener("change", applyFilters);
  fSearch.addEventListener("input", applyFilters);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function (e) {
    e.preventDefault();
    clearFilters();
  });
  Array.prototype.forEach.call(doc.querySelectorAll("button.codefilter"), function (b) {
    b.addEventListener("click", function () {
      clearFilters();
      fCode.value = b.getAttribute("data-code");
      applyFilters();
      doc.getElementById("ac_records").scrollIntoView({ block: "start" });
      fCode.focus({ preventScroll: true });
    });
  });
  doc.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && tipFor) hideTip();
    var t = e.target;
    var typing = t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA");
    if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      fSearch.focus();
    }
  });

  // ------------------------------------------------------------------ anchors: report.html#<record-id>
  function openFromHash() {
    var id = location.hash.slice(1);
    if (!id) return;
    try {
      id = decodeURIComponent(id);
    } catch (err) {
      /* not percent-encoded: use it as written */
    }
    var det = byId.get(id);
    if (!det) return;
    if (det.hidden) clearFilters();
    ensureRendered(det);
    det.open = true;
    det.scrollIntoView({ block: "start" });
    det.querySelector("summary").focus({ preventScroll: true });
  }
  doc.addEventListener(
    "toggle",
    function (e) {
      var det = e.target;
      if (!det.classList || !det.classList.contains("rec") || !det.open) return;
      ensureRendered(det);
      if (!det.getAttribute("data-revealed")) {
        det.setAttribute("data-revealed", "1");
        revealBadLine(det, false);
      }
      var wanted = "#" + encodeURIComponent(recordId(det));
      if (!det.getAttribute("data-id") && location.hash !== wanted) {
        try {
          history.replaceState(null, "", wanted); // the address bar now links to this record
        } catch (err) {
          /* some file:// setups refuse; the anchor still works */
        }
      }
    },
    true
  );
  window.addEventListener("hashchange", openFromHash);
  doc.addEventListener("click", function (e) {
    // a link to the record already in the address bar fires no hashchange
    var a = e.target.closest ? e.target.closest("a[href^='#']") : null;
    if (a && a.getAttribute("href") === location.hash) setTimeout(openFromHash, 0);
  });

  applyFilters();
  openFromHash();
  doc.documentElement.setAttribute("data-ready", "1");
})();
