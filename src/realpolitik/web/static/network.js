/* Network page: one layer, one year; nodes sized by strength and coloured by bloc. */
"use strict";
(() => {
  const PALETTE = ["#2156a5", "#c0392b", "#1a7f37", "#8e44ad", "#d35400", "#16a085", "#7f8c8d",
    "#b7950b", "#2c3e50", "#e84393"];
  const controls = document.getElementById("network-controls");
  const layerSelect = document.getElementById("layer");
  const yearInput = document.getElementById("year");
  const yearLabel = document.getElementById("year-label");
  const changes = document.getElementById("changes");
  const count = document.getElementById("edge-count");
  const box = document.getElementById("graph");
  const tip = document.getElementById("tooltip");
  const table = document.querySelector("#edge-table tbody");
  let years = [];
  let data = null;
  let cy = null;
  window.rpNetwork = { ready: false };

  function figures(node) {
    const d = node.data();
    const lines = [d.name + " (" + d.id + ")", "strength " + RP.fmt(d.strength), "bloc " + d.bloc,
      "PageRank " + RP.fmt(d.pagerank), "betweenness " + RP.fmt(d.betweenness)];
    if (d.in_strength !== null && d.in_strength !== undefined) {
      lines.push("in " + RP.fmt(d.in_strength) + " / out " + RP.fmt(d.out_strength));
    }
    return lines;
  }

  function edgeFigures(edge) {
    const d = edge.data();
    const lines = [d.source + (data.directed ? " → " : " – ") + d.target, "weight " + RP.fmt(d.weight)];
    if (d.votes !== undefined) lines.push(d.votes + " shared votes");
    if (d.net_coop !== undefined) lines.push("net cooperation " + RP.fmt(d.net_coop));
    if (d.goldstein !== undefined) lines.push("mean Goldstein " + RP.fmt(d.goldstein));
    if (d.change) lines.push(d.change + " since " + (data.year - 1));
    return lines;
  }

  function elements() {
    const nodes = new Map();
    const maxStrength = Math.max(1e-9, ...data.nodes.map((n) => n.strength || 0));
    for (const n of data.nodes) {
      nodes.set(n.state, { data: { ...n, id: n.state, label: n.state,
        size: 14 + 40 * Math.sqrt((n.strength || 0) / maxStrength),
        color: PALETTE[((n.bloc || 1) - 1) % PALETTE.length] } });
    }
    const shown = changes.checked ? [
      ...data.gained.map((e) => ({ ...e, change: "gained" })),
      ...data.lost.map((e) => ({ ...e, change: "lost" })),
    ] : data.edges;
    const maxWeight = Math.max(1e-9, ...shown.map((e) => Math.abs(e.weight || 0)));
    const edges = [];
    for (const e of shown) {
      for (const end of [e.source, e.target]) {
        if (!nodes.has(end)) nodes.set(end, { data: { id: end, label: end, name: end, size: 12, color: "#bbb", strength: 0 } });
      }
      edges.push({ data: { ...e, id: e.source + "|" + e.target + "|" + (e.change || ""),
        width: 0.6 + 5 * Math.abs(e.weight || 0) / maxWeight,
        color: e.change === "gained" ? "#1a7f37" : e.change === "lost" ? "#c0392b" : "#8a94a6" } });
    }
    return [...nodes.values(), ...edges];
  }

  function draw() {
    if (cy) cy.destroy();
    cy = cytoscape({
      container: box,
      elements: elements(),
      style: [
        { selector: "node", style: { "background-color": "data(color)", width: "data(size)", height: "data(size)",
          label: "data(label)", "font-size": 9, color: "#1d2330", "text-valign": "center", "text-halign": "center" } },
        { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", opacity: 0.55,
          "curve-style": "bezier", "target-arrow-shape": data.directed ? "triangle" : "none",
          "target-arrow-color": "data(color)", "arrow-scale": 0.6 } },
        { selector: "edge[change = 'lost']", style: { "line-style": "dashed" } },
        { selector: "edge:selected, edge.hover", style: { opacity: 1, "line-color": "#000" } },
      ],
      layout: { name: "cose", animate: false, randomize: false, numIter: 400, nodeRepulsion: () => 9000 },
    });
    cy.on("mouseover", "node", (ev) => tip && RP.tooltip(tip, ev.renderedPosition.x, ev.renderedPosition.y, figures(ev.target)));
    cy.on("mouseover", "edge", (ev) => { ev.target.addClass("hover"); RP.tooltip(tip, ev.renderedPosition.x, ev.renderedPosition.y, edgeFigures(ev.target)); });
    cy.on("mouseout", "node, edge", (ev) => { ev.target.removeClass("hover"); tip.hidden = true; });
    cy.on("tap", "edge", (ev) => { window.location.href = RP.dyad(ev.target.data("source"), ev.target.data("target")); });
    cy.on("tap", "node", (ev) => { window.location.href = RP.state(ev.target.id()); });
    window.rpNetwork = { ready: true, cy, data };
  }

  function describe() {
    const shown = changes.checked ? data.gained.length + data.lost.length : data.edges.length;
    const parts = [data.edges_total + " ties among " + data.nodes.length + " states in " + data.year];
    if (shown < (changes.checked ? data.gained_total + data.lost_total : data.edges_total)) parts.push(shown + " strongest shown");
    parts.push(data.gained_total + " gained, " + data.lost_total + " lost since " + (data.year - 1));
    count.textContent = parts.join("; ");
    count.dataset.edges = String(data.edges_total);
    table.replaceChildren(...data.edges.slice(0, 25).map((e) => RP.el("tr", {},
      RP.el("td", {}, RP.el("a", { href: RP.state(e.source), text: e.source })),
      RP.el("td", {}, RP.el("a", { href: RP.state(e.target), text: e.target })),
      RP.el("td", { text: RP.fmt(e.weight) }),
      RP.el("td", {}, RP.el("a", { href: RP.dyad(e.source, e.target), text: "dyad" })))));
  }

  async function load() {
    const layer = layerSelect.value;
    const year = years[Number(yearInput.value)];
    yearLabel.textContent = String(year);
    window.rpNetwork = { ready: false };
    try {
      data = await RP.getJSON("/api/network?" + new URLSearchParams({ layer, year, edges: "300" }));
      describe();
      draw();
      RP.cite(data.citation);
      history.replaceState(null, "", "/network?" + new URLSearchParams({ layer, year }));
    } catch (error) { RP.showError(box, error); count.textContent = ""; }
  }

  async function loadYears(wanted) {
    const layer = layerSelect.value;
    try {
      years = (await RP.getJSON("/api/years?layer=" + encodeURIComponent(layer))).layers[layer];
    } catch (error) { RP.showError(box, error); return; }
    if (!years.length) {
      count.textContent = "No " + layer + " data loaded.";
      if (cy) cy.destroy();
      cy = null;
      window.rpNetwork = { ready: true, cy: null, data: null };
      return;
    }
    RP.setSlider(yearInput, yearLabel, years, wanted);
    await load();
  }

  layerSelect.addEventListener("change", () => loadYears(null));
  yearInput.addEventListener("input", () => { yearLabel.textContent = String(years[Number(yearInput.value)]); });
  yearInput.addEventListener("change", load);
  changes.addEventListener("change", () => { if (data) { describe(); draw(); } });
  loadYears(controls.dataset.year);
})();
