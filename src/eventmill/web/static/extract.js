// The extract page: send the pasted article to POST /api/extract and list its events.
// Article text is untrusted: every value goes into the page with textContent, never as HTML.
"use strict";

function cell(row, text) {
  const td = document.createElement("td");
  td.textContent = text == null ? "" : String(text);
  row.appendChild(td);
  return td;
}

function side(actor) {
  if (!actor) return "";
  return [actor.name, actor.country, actor.sector].filter(Boolean).join(" ");
}

function showEvents(events) {
  const table = document.getElementById("extract-results");
  const body = table.querySelector("tbody");
  body.replaceChildren();
  for (const event of events) {
    const row = document.createElement("tr");
    cell(row, event.date || "—");
    cell(row, event.mode ? event.type + " · " + event.mode : event.type);
    cell(row, side(event.actor));
    cell(row, side(event.recipient));
    cell(row, event.location ? event.location.name : "");
    cell(row, event.fatalities);
    cell(row, event.background ? event.modality + " (background)" : event.modality);
    cell(row, event.evidence.sentence).className = "evidence";
    body.appendChild(row);
  }
  table.hidden = false;
}

async function extract(submitEvent) {
  submitEvent.preventDefault();
  const status = document.getElementById("extract-status");
  const text = document.getElementById("extract-text").value;
  const date = document.getElementById("extract-date").value;
  const token = document.getElementById("extract-token");
  const headers = { "Content-Type": "application/json" };
  if (token && token.value) headers.Authorization = "Bearer " + token.value;
  status.textContent = "Coding…";
  try {
    const response = await fetch("/api/extract", {
      method: "POST", headers, body: JSON.stringify({ text, date: date || null }),
    });
    const answer = await response.json();
    if (!response.ok) {
      const detail = typeof answer.detail === "string" ? answer.detail : JSON.stringify(answer.detail);
      status.textContent = "Error " + response.status + ": " + detail;
      return;
    }
    showEvents(answer.events);
    const failed = answer.failures.map((f) => f.reason).join("; ");
    status.textContent = answer.events.length + " events" + (failed ? " — " + failed : "");
  } catch (error) {
    status.textContent = "Error: " + error;
  }
}

document.getElementById("extract-form").addEventListener("submit", extract);
