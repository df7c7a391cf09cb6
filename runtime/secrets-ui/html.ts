import { KV_PROPAGATION_SECONDS } from "./contract";
import type { SecretRow, WorkerView } from "./secrets";
import type { AuditEntry } from "./store";

/** Plain server-rendered HTML: no script at all (the CSP forbids it), labelled forms, real tables. */
export function escapeHtml(text: unknown): string {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export interface PageContext {
  readonly environment: string;
  readonly user?: { name: string; csrf: string };
  readonly notice?: { kind: "ok" | "error"; text: string };
}

export function layout(title: string, context: PageContext, body: string): string {
  const user = context.user
    ? `<form method="post" action="/auth/logout" class="signout"><span>Signed in as <strong>${escapeHtml(context.user.name)}</strong></span><input type="hidden" name="_csrf" value="${escapeHtml(context.user.csrf)}"><button type="submit">Sign out</button></form>`
    : "";
  const notice = context.notice ? `<div class="notice ${context.notice.kind}" role="${context.notice.kind === "error" ? "alert" : "status"}">${escapeHtml(context.notice.text)}</div>` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Secrets UI (${escapeHtml(context.environment)})</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<header><a class="brand" href="/">Secrets UI</a> <span class="env env-${escapeHtml(context.environment)}">${escapeHtml(context.environment)}</span><nav>${context.user ? `<a href="/">Workers</a> <a href="/audit">Audit trail</a>` : ""}</nav>${user}</header>
<main>
${notice}
${body}
</main>
</body>
</html>`;
}

function when(iso: string | undefined): string {
  if (!iso) return "—";
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(iso.replace("T", " ").replace(/\.\d+Z$/, " UTC").replace(/Z$/, " UTC"))}</time>`;
}

function status(row: SecretRow): string {
  if (row.writer === "terraform") return row.present ? `<span class="badge set">Set</span> <span class="muted">by Terraform</span>` : `<span class="badge missing">Missing</span> <span class="muted">written by Terraform at apply</span>`;
  return row.present ? `<span class="badge set">Set</span>` : `<span class="badge missing">Missing</span>`;
}

export function workersPage(views: readonly WorkerView[]): string {
  return `<h1>Worker secrets</h1>
<p class="lead">Values are write-only: this app never shows, returns or logs them. Each Worker reads its own KV namespace; a change reaches every location within about ${KV_PROPAGATION_SECONDS} seconds.</p>
${views
  .map(
    (view) => `<section aria-labelledby="w-${escapeHtml(view.worker.id)}">
<h2 id="w-${escapeHtml(view.worker.id)}">${escapeHtml(view.worker.title)}</h2>
<p class="muted">KV namespace <code>${escapeHtml(view.worker.namespaceId)}</code></p>
<table>
<thead><tr><th scope="col">Secret</th><th scope="col">Status</th><th scope="col">Values</th><th scope="col">Last changed</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
<tbody>
${view.rows
  .map(
    (row) => `<tr class="${row.present ? "" : "is-missing"}">
<th scope="row"><code>${escapeHtml(row.key)}</code><div class="muted small">${escapeHtml(row.description)}</div></th>
<td>${status(row)}${row.drift ? `<div class="warn small">⚠ ${escapeHtml(row.drift)}</div>` : ""}</td>
<td>${row.record && row.record.state === "set" ? `${row.record.fingerprints.length}${row.multiValue ? " (rotation allowed)" : ""}` : row.multiValue ? `<span class="muted">several allowed</span>` : "—"}</td>
<td>${row.record ? `${when(row.record.changedAt)}<div class="muted small">by ${escapeHtml(row.record.changedByName || row.record.changedBy)} · v${row.record.version}</div>` : `<span class="muted">never through this app</span>`}</td>
<td>${row.writer === "operator" ? `<a class="button" href="/workers/${escapeHtml(view.worker.id)}/secrets/${encodeURIComponent(row.key)}">${row.present ? "Manage" : "Set"}<span class="sr-only"> ${escapeHtml(row.key)}</span></a>` : ""}</td>
</tr>`,
  )
  .join("\n")}
</tbody>
</table>
${view.unexpected.length ? `<p class="muted small">Other keys in this namespace (not read by the Worker): ${view.unexpected.map((key) => `<code>${escapeHtml(key)}</code>`).join(", ")}</p>` : ""}
</section>`,
  )
  .join("\n")}`;
}

export function secretPage(view: WorkerView, row: SecretRow, csrf: string, audit: readonly AuditEntry[]): string {
  const action = `/workers/${escapeHtml(view.worker.id)}/secrets/${encodeURIComponent(row.key)}`;
  const hidden = (name: string) => `<input type="hidden" name="_csrf" value="${escapeHtml(csrf)}"><input type="hidden" name="expectedVersion" value="${row.version}"><input type="hidden" name="action" value="${name}">`;
  const valueCount = row.record?.state === "set" ? row.record.fingerprints.length : 0;
  return `<p><a href="/">← All Workers</a></p>
<h1><code>${escapeHtml(row.key)}</code> <span class="muted">· ${escapeHtml(view.worker.title)}</span></h1>
<p>${status(row)} ${row.drift ? `<span class="warn">⚠ ${escapeHtml(row.drift)}</span>` : ""}</p>
<p class="muted">${escapeHtml(row.description)}. Version ${row.version}${row.record ? `, last changed ${when(row.record.changedAt)} by ${escapeHtml(row.record.changedByName || row.record.changedBy)}` : ""}.</p>
${row.record?.state === "set" ? `<p>Valid value fingerprints: ${row.record.fingerprints.map((fp) => `<code>${escapeHtml(fp)}</code>`).join(", ")}</p>` : ""}
<div class="cards">
<form method="post" action="${action}" class="card">
<h2>${row.present ? "Replace" : "Set"} the value</h2>
${hidden("set")}
<label for="set-value">New value</label>
<input id="set-value" name="value" type="password" autocomplete="new-password" spellcheck="false" required>
<p class="muted small">Replaces every current value at once.</p>
<button type="submit">${row.present ? "Replace value" : "Set value"}</button>
</form>
${
  row.multiValue
    ? `<form method="post" action="${action}" class="card">
<h2>Rotate with overlap</h2>
${hidden("add-value")}
<label for="add-value">Additional value</label>
<input id="add-value" name="value" type="password" autocomplete="new-password" spellcheck="false" required>
<p class="muted small">The Worker accepts the old and the new value until you retire the old ones — change the vendor's side in between.</p>
<button type="submit">Add value</button>
</form>
${
  valueCount > 1
    ? `<form method="post" action="${action}" class="card">
<h2>Finish the rotation</h2>
${hidden("retire-old-values")}
<p>Keeps only the newest value (<code>${escapeHtml(row.record!.fingerprints[valueCount - 1])}</code>).</p>
<button type="submit">Retire ${valueCount - 1} old value${valueCount > 2 ? "s" : ""}</button>
</form>`
    : ""
}`
    : ""
}
${
  row.present
    ? `<form method="post" action="${action}" class="card danger">
<h2>Delete</h2>
${hidden("delete")}
<label for="confirm">Type <code>${escapeHtml(row.key)}</code> to confirm</label>
<input id="confirm" name="confirm" type="text" autocomplete="off" required>
<p class="muted small">The Worker rejects requests that need this secret until it is set again.</p>
<button type="submit" class="danger">Delete secret</button>
</form>`
    : ""
}
</div>
<h2>Recent changes</h2>
${auditTable(audit)}`;
}

export function auditTable(entries: readonly AuditEntry[]): string {
  if (!entries.length) return `<p class="muted">No changes recorded yet.</p>`;
  return `<table class="audit">
<thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Worker</th><th scope="col">Secret</th><th scope="col">Version</th><th scope="col">Fingerprints</th><th scope="col">From</th></tr></thead>
<tbody>
${entries
  .map(
    (entry) =>
      `<tr><td>${when(entry.at)}</td><td>${escapeHtml(entry.actorName)}<div class="muted small"><code>${escapeHtml(entry.actorSub)}</code></div></td><td>${escapeHtml(entry.action)}${entry.detail ? `<div class="warn small">${escapeHtml(entry.detail)}</div>` : ""}</td><td>${escapeHtml(entry.workerId)}</td><td><code>${escapeHtml(entry.key)}</code></td><td>${entry.version}</td><td>${(entry.fingerprints ?? []).map((fp) => `<code>${escapeHtml(fp)}</code>`).join("<br>") || "—"}</td><td>${escapeHtml(entry.sourceIp)}</td></tr>`,
  )
  .join("\n")}
</tbody>
</table>`;
}

export function messagePage(heading: string, text: string, link?: { href: string; label: string }): string {
  return `<h1>${escapeHtml(heading)}</h1><p>${escapeHtml(text)}</p>${link ? `<p><a class="button" href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : ""}`;
}
