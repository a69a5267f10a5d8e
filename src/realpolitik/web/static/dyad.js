/* Dyad page: timelines of every layer with data, on one shared year axis. */
"use strict";
(async () => {
  const box = document.getElementById("charts");
  const a = box.dataset.a;
  const b = box.dataset.b;
  window.rpCharts = { ready: false, count: 0 };
  try {
    const data = await RP.getJSON("/api/dyad/" + encodeURIComponent(a) + "/" + encodeURIComponent(b) + "/series");
    if (!data.layers.length) document.getElementById("charts-empty").hidden = false;
    const range = [data.first_year - 0.5, data.last_year + 0.5];
    for (const layer of data.layers) {
      RPCharts.timeline(box, { key: layer.key, title: layer.label, unit: layer.unit, years: layer.years,
        series: layer.series, breaks: layer.breaks, range });
      if (layer.notes && layer.notes.length) {
        box.append(RP.el("p", { class: "note", text: layer.notes.slice(-3).join(" · ") }));
      }
      RP.cite(layer.citation);
    }
    window.rpCharts = { ready: true, count: data.layers.length };
  } catch (error) {
    RP.showError(box, error);
    window.rpCharts = { ready: true, count: 0, error: String(error) };
  }
})();
