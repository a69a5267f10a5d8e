/* realpolitik dashboard: helpers shared by the pages. Text only ever goes in through textContent. */
"use strict";
const RP = (() => {
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key === "text") node.textContent = String(value);
      else node.setAttribute(key, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  async function getJSON(url) {
    const response = await fetch(url, { credentials: "same-origin" });
    const data = await response.json();
    if (!response.ok) throw new Error(data.error ? data.error.message : response.statusText);
    return data;
  }
  function fmt(value, digits = 3) {
    if (value === null || value === undefined || Number.isNaN(value)) return "";
    if (typeof value !== "number") return String(value);
    if (Math.abs(value) >= 10000) return Math.round(value).toLocaleString("en");
    return String(Number(value.toFixed(digits)));
  }
  function cite(...texts) {
    const list = document.getElementById("citations");
    if (!list) return;
    const have = new Set(Array.from(list.children, (li) => li.textContent));
    for (const text of texts) {
      const t = String(text || "").trim();
      if (t && !have.has(t)) { list.append(el("li", { text: t })); have.add(t); }
    }
  }
  function state(code) { return "/state/" + encodeURIComponent(code); }
  function dyad(a, b) { return "/dyad/" + encodeURIComponent(a) + "/" + encodeURIComponent(b); }
  function setSlider(input, label, years, wanted) {
    input.min = "0";
    input.max = String(Math.max(0, years.length - 1));
    let index = years.indexOf(Number(wanted));
    if (index < 0) index = years.length - 1;
    input.value = String(index);
    input.disabled = years.length < 2;
    label.textContent = years.length ? String(years[index]) : "no data";
    return years[index];
  }
  function showError(where, error) {
    where.replaceChildren(el("p", { class: "error", text: String(error.message || error) }));
  }
  function tooltip(box, x, y, lines) {
    box.textContent = lines.join("\n");
    box.style.left = (x + 14) + "px";
    box.style.top = (y + 14) + "px";
    box.hidden = false;
  }
  function debounce(fn, ms) {
    let timer = null;
    return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  }
  return { el, getJSON, fmt, cite, state, dyad, setSlider, showError, tooltip, debounce };
})();
