/* Timelines with uPlot: one chart per layer on a shared year axis; change points as dashed lines. */
"use strict";
const RPCharts = (() => {
  const COLOURS = ["#6baed6", "#2171b5", "#fc9272", "#cb181d", "#1a7f37", "#8e44ad", "#d35400"];

  function breaksPlugin(breaks) {
    return {
      hooks: {
        draw: [(u) => {
          const ctx = u.ctx;
          ctx.save();
          ctx.strokeStyle = "#555";
          ctx.setLineDash([5, 4]);
          ctx.lineWidth = 1.5;
          for (const year of breaks) {
            const x = Math.round(u.valToPos(year - 0.5, "x", true));
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
          }
          ctx.restore();
        }],
      },
    };
  }

  /* spec: {title, unit, years, series: [{name, values, axis}], breaks, range: [first, last], band} */
  function timeline(container, spec) {
    const box = RP.el("div", { class: "chart", "data-key": spec.key || "" });
    box.append(RP.el("h3", { text: spec.title }));
    container.append(box);
    const width = Math.max(320, (container.clientWidth || 900) - 20);
    const right = spec.series.some((s) => s.axis === "right");
    const series = [{ label: "year" }];
    spec.series.forEach((s, i) => {
      series.push({ label: s.name, stroke: s.colour || COLOURS[i % COLOURS.length], width: 1.6,
        scale: s.axis === "right" ? "r" : "y", spanGaps: false, points: { show: true, size: 4 },
        fill: s.fill || undefined });
    });
    const axes = [{ values: (u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t) : "")) },
      { label: spec.unit, size: 60 }];
    if (right) axes.push({ side: 1, scale: "r", grid: { show: false }, label: "net cooperation" });
    const opts = {
      width, height: 190, series, axes,
      scales: { x: { time: false, range: () => spec.range }, r: { range: [-1, 1] } },
      legend: { live: true },
      plugins: [breaksPlugin(spec.breaks || [])],
      bands: spec.band ? [{ series: spec.band, fill: "rgba(33, 86, 165, 0.15)" }] : undefined,
    };
    const data = [spec.years, ...spec.series.map((s) => s.values.map((v) => (v === null ? null : Number(v))))];
    const chart = new uPlot(opts, data, box);
    if (spec.breaks && spec.breaks.length) {
      box.append(RP.el("p", { class: "note breaks", text: "Change points: " + spec.breaks.join(", ") }));
    }
    return chart;
  }
  return { timeline };
})();
