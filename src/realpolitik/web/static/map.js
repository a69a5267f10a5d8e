/* Map page: a choropleth of every state's relation to a focal state, from shipped TopoJSON. */
"use strict";
(async () => {
  const SVG = "http://www.w3.org/2000/svg";
  const controls = document.getElementById("map-controls");
  const focalInput = document.getElementById("focal");
  const layerSelect = document.getElementById("layer");
  const yearInput = document.getElementById("year");
  const yearLabel = document.getElementById("year-label");
  const svg = document.getElementById("map");
  const tip = document.getElementById("tooltip");
  const measure = document.getElementById("map-measure");
  const legend = document.getElementById("legend");
  let years = [];
  let paths = [];
  window.rpMap = { ready: false };

  function mix(c1, c2, t) {
    const p = (c, i) => parseInt(c.slice(1 + 2 * i, 3 + 2 * i), 16);
    return "#" + [0, 1, 2].map((i) => Math.round(p(c1, i) + (p(c2, i) - p(c1, i)) * t).toString(16).padStart(2, "0")).join("");
  }
  function colour(value, scale) {
    if (scale === "diverging") {
      const v = Math.max(-1, Math.min(1, value));
      return v < 0 ? mix("#f7f7f7", "#b2182b", -v) : mix("#f7f7f7", "#2166ac", v);
    }
    const v = Math.max(0, Math.min(1, value));
    return v < 0.5 ? mix("#fde0a0", "#41b6c4", v * 2) : mix("#41b6c4", "#253494", (v - 0.5) * 2);
  }

  const [topo, ids] = await Promise.all([RP.getJSON("/static/vendor/countries-110m.json"), RP.getJSON("/api/map/ids")]);
  const features = topojson.feature(topo, topo.objects.countries).features;
  const projection = d3.geoNaturalEarth1().fitSize([960, 500], { type: "Sphere" });
  const path = d3.geoPath(projection);
  for (const f of features) {
    const node = document.createElementNS(SVG, "path");
    node.setAttribute("d", path(f) || "");
    const iso3 = ids.ids[String(f.id)] || null;
    node.dataset.iso3 = iso3 || "";
    node.dataset.name = (f.properties && f.properties.name) || "";
    svg.append(node);
    paths.push(node);
  }

  async function draw() {
    const layer = layerSelect.value;
    const focal = focalInput.value.trim().toUpperCase();
    const year = years[Number(yearInput.value)];
    yearLabel.textContent = String(year);
    window.rpMap = { ready: false };
    try {
      const data = await RP.getJSON("/api/map?" + new URLSearchParams({ layer, focal, year }));
      measure.textContent = data.focal_name + ", " + data.year + ": " + data.measure;
      for (const node of paths) {
        const iso3 = node.dataset.iso3;
        const value = iso3 ? data.values[iso3] : undefined;
        node.classList.toggle("focal", iso3 === data.focal);
        node.classList.toggle("nodata", value === undefined);
        node.setAttribute("fill", value === undefined ? "#cfd2d8" : colour(value, data.scale));
        node.onmousemove = (ev) => {
          const r = svg.getBoundingClientRect();
          RP.tooltip(tip, ev.clientX - r.left, ev.clientY - r.top,
            [node.dataset.name + (iso3 ? " (" + iso3 + ")" : ""), value === undefined ? "no data" : RP.fmt(value)]);
        };
        node.onmouseleave = () => { tip.hidden = true; };
        node.onclick = () => { if (iso3 && iso3 !== data.focal) window.location.href = RP.dyad(data.focal, iso3); };
      }
      const stops = data.scale === "diverging" ? [-1, -0.5, 0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1];
      legend.replaceChildren(...stops.flatMap((s) => {
        const sw = RP.el("span", { class: "swatch" });
        sw.style.background = colour(s, data.scale);
        return [sw, RP.el("span", { text: String(s) })];
      }));
      RP.cite(data.citation);
      history.replaceState(null, "", "/map?" + new URLSearchParams({ layer, focal, year }));
      window.rpMap = { ready: true, coloured: Object.keys(data.values).length };
    } catch (error) {
      measure.textContent = String(error.message || error);
      window.rpMap = { ready: true, coloured: 0, error: String(error) };
    }
  }

  async function loadYears(wanted) {
    const layer = layerSelect.value;
    years = (await RP.getJSON("/api/years?layer=" + encodeURIComponent(layer))).layers[layer];
    if (!years.length) {
      measure.textContent = "No " + layer + " data loaded.";
      window.rpMap = { ready: true, coloured: 0 };
      return;
    }
    RP.setSlider(yearInput, yearLabel, years, wanted);
    await draw();
  }
  layerSelect.addEventListener("change", () => loadYears(null));
  yearInput.addEventListener("change", draw);
  focalInput.addEventListener("change", draw);
  await loadYears(controls.dataset.year);
})();
