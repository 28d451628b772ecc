// The diary page: create or open a diary (its token kept in this browser), add entries,
// show the exposure analysis, download the report. Every call sends the token as a bearer.
"use strict";

const KEY = "twitchcheck.diaryToken";
const $ = (id) => document.getElementById(id);

function token() { return localStorage.getItem(KEY); }

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = !message;
}

async function call(method, path, body, accept) {
  const headers = { Authorization: `Bearer ${token()}` };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (accept) headers.Accept = accept;
  const response = await fetch(path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    let detail = `${response.status}`;
    try { detail = (await response.json()).detail; } catch (_) { /* not JSON */ }
    throw new Error(detail);
  }
  return response;
}

function cell(row, text) {
  const td = document.createElement("td");
  td.textContent = text;
  row.appendChild(td);
  return td;
}

async function refresh() {
  const entries = await (await call("GET", "/v1/diary/entries?limit=60")).json();
  const body = $("entries").querySelector("tbody");
  body.replaceChildren();
  for (const e of entries.reverse()) {
    const row = document.createElement("tr");
    cell(row, e.at.replace("T", " ").slice(0, 16));
    cell(row, e.site ? e.site.replace("_", " ") : "-");
    cell(row, String(e.intensity));
    cell(row, e.caffeine_mg == null ? "-" : `${e.caffeine_mg} mg`);
    cell(row, e.sleep_h == null ? "-" : `${e.sleep_h} h`);
    cell(row, e.stress == null ? "-" : String(e.stress));
    cell(row, e.alcohol_units == null ? "-" : String(e.alcohol_units));
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "link";
    remove.textContent = "delete";
    remove.addEventListener("click", async () => {
      try { await call("DELETE", `/v1/diary/entries/${e.id}`); await refresh(); }
      catch (error) { showError(error.message); }
    });
    cell(row, "").appendChild(remove);
    body.appendChild(row);
  }
  const analysis = await (await call("GET", "/v1/diary/triggers")).json();
  $("analysis-message").textContent = analysis.message;
  $("caveat").textContent = analysis.enough ? analysis.caveat : "";
  const table = $("analysis");
  table.hidden = !analysis.enough;
  const rows = table.querySelector("tbody");
  rows.replaceChildren();
  for (const a of analysis.associations) {
    const row = document.createElement("tr");
    if (a.flagged) row.className = "flagged";
    cell(row, `${a.name} (${a.unit})`);
    cell(row, a.when);
    cell(row, a.odds_ratio == null ? "-"
      : `${a.odds_ratio.toFixed(2)} (${a.low.toFixed(2)} to ${a.high.toFixed(2)})`);
    cell(row, a.text);
    rows.appendChild(row);
  }
}

async function open() {
  $("open").hidden = !!token();
  $("diary").hidden = !token();
  if (!token()) return;
  try { await refresh(); showError(""); }
  catch (error) { showError(error.message); }
}

function entryFromForm(form) {
  const data = {};
  for (const [name, raw] of new FormData(form).entries()) {
    const value = String(raw).trim();
    if (value === "") continue;
    if (name === "nicotine") data[name] = value === "true";
    else if (["site", "new_medicine", "note", "at"].includes(name)) data[name] = value;
    else data[name] = Number(value);
  }
  return data;
}

async function download(path, name) {
  const blob = await (await call("GET", path)).blob();
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

document.addEventListener("DOMContentLoaded", () => {
  const form = $("entry");
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  form.elements.at.value = now.toISOString().slice(0, 16);

  $("create").addEventListener("click", async () => {
    try {
      const response = await fetch("/v1/diary/diaries", { method: "POST" });
      if (!response.ok) throw new Error((await response.json()).detail);
      const made = await response.json();
      localStorage.setItem(KEY, made.token);
      const note = $("new-token");
      note.replaceChildren("Your diary's key (keep a copy; it cannot be recovered): ");
      const code = document.createElement("code");
      code.textContent = made.token;
      note.appendChild(code);
      note.hidden = false;
      await open();
      $("open").hidden = false;
    } catch (error) { showError(error.message); }
  });
  $("use-token").addEventListener("submit", async (event) => {
    event.preventDefault();
    localStorage.setItem(KEY, $("token").value.trim());
    await open();
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await call("POST", "/v1/diary/entries", entryFromForm(form));
      $("status").textContent = "Entry saved.";
      form.elements.note.value = "";
      await refresh();
      showError("");
    } catch (error) { showError(error.message); }
  });
  $("report-pdf").addEventListener("click", () =>
    download("/v1/diary/report?format=pdf", "twitch-diary-report.pdf")
      .catch((error) => showError(error.message)));
  $("export-csv").addEventListener("click", () =>
    download("/v1/diary/export?format=csv", "twitch-diary.csv")
      .catch((error) => showError(error.message)));
  $("forget").addEventListener("click", () => { localStorage.removeItem(KEY); open(); });
  open();
});
