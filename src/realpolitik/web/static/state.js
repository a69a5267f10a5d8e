/* State page: ideal points with bands, isolation with rank, top partners per layer. */
"use strict";
(async () => {
  const code = document.getElementById("state").dataset.state;
  const base = "/api/state/" + encodeURIComponent(code) + "/";
  window.rpState = { ready: false };
  try {
    const ip = await RP.getJSON(base + "idealpoints");
    const ipBox = document.getElementById("chart-idealpoints");
    if (ip.rows.length) {
      const years = ip.rows.map((r) => r.year);
      RPCharts.timeline(ipBox, { title: "Ideal point (95% band)", unit: "position", years,
        range: [years[0] - 0.5, years[years.length - 1] + 0.5], band: [2, 3],
        series: [
          { name: "ideal point", values: ip.rows.map((r) => r.ideal_point), colour: "#2156a5" },
          { name: "upper", values: ip.rows.map((r) => r.high), colour: "rgba(33,86,165,0.3)" },
          { name: "lower", values: ip.rows.map((r) => r.low), colour: "rgba(33,86,165,0.3)" },
        ] });
      RP.cite(ip.citation);
    }
    document.getElementById("idealpoints-note").textContent = ip.note || "";

    const iso = await RP.getJSON(base + "isolation");
    if (iso.rows.length) {
      const years = iso.rows.map((r) => r.year);
      RPCharts.timeline(document.getElementById("chart-isolation"), { title: "Mean agreement with all members",
        unit: "agreement", years, range: [years[0] - 0.5, years[years.length - 1] + 0.5],
        series: [{ name: "mean agreement", values: iso.rows.map((r) => r.mean) }] });
      const last = iso.rows[iso.rows.length - 1];
      document.getElementById("isolation-rank").textContent =
        "Rank " + last.rank + " of " + last.states + " in " + last.year + " (1 = closest to all members)";
      RP.cite(iso.citation);
    } else {
      document.getElementById("isolation-rank").textContent = "No UN votes loaded.";
    }
  } catch (error) {
    RP.showError(document.getElementById("chart-idealpoints"), error);
  }

  const select = document.getElementById("partner-layer");
  const body = document.querySelector("#partners-table tbody");
  const note = document.getElementById("partners-note");
  async function partners() {
    try {
      const data = await RP.getJSON(base + "partners?layer=" + encodeURIComponent(select.value));
      body.replaceChildren(...data.rows.map((r) => RP.el("tr", {},
        RP.el("td", {}, RP.el("a", { href: RP.state(r.partner), text: r.name })),
        RP.el("td", { text: RP.fmt(r.value) }),
        RP.el("td", { text: r.detail }),
        RP.el("td", {}, RP.el("a", { href: RP.dyad(code, r.partner), text: "dyad" })))));
      note.textContent = data.rows.length ? "Year " + data.year + "." : "No " + select.value + " data for " + code + ".";
      RP.cite(data.citation);
    } catch (error) { note.textContent = String(error.message || error); }
    window.rpState = { ready: true };
  }
  select.addEventListener("change", partners);
  await partners();
})();
