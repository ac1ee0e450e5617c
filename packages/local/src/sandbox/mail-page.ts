import { pageHead } from "./page-head";

/**
 * The mail sandbox's page: every e-mail the local cloud sent, newest first, polled every 2 s. The
 * text body is shown with its links clickable (nothing from the HTML body runs here).
 */
export function mailPage(): string {
  return `${pageHead("Mail sandbox")}
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; background: #f3f4f6; }
  main { max-width: 760px; margin: 0 auto; padding: 16px; }
  header { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; justify-content: space-between; margin-bottom: 12px; }
  h1 { font-size: 20px; margin: 0; }
  input { font: inherit; padding: 6px 10px; border: 1px solid #cbd5e1; border-radius: 6px; min-width: 0; width: 260px; max-width: 100%; }
  .empty { color: #6b7280; padding: 24px; text-align: center; background: #fff; border-radius: 8px; }
  article { background: #fff; border-radius: 8px; padding: 12px 14px; margin-bottom: 10px; box-shadow: 0 1px 2px rgba(0,0,0,.06); overflow-wrap: anywhere; }
  article h2 { font-size: 16px; margin: 0 0 4px; }
  .meta { color: #6b7280; font-size: 13px; margin-bottom: 8px; }
  pre { white-space: pre-wrap; font: inherit; margin: 0; }
  a { color: #0f766e; }
</style>
</head>
<body>
<main>
  <header>
    <h1>Mail sandbox</h1>
    <label>To <input id="to" type="search" placeholder="filter by recipient" autocomplete="off" /></label>
  </header>
  <p class="meta">Every e-mail Helios sends in the local cloud lands here instead of a mailbox.</p>
  <section id="list" aria-live="polite"><p class="empty">Loading…</p></section>
</main>
<script>
  const list = document.getElementById("list");
  const to = document.getElementById("to");
  const escape = (s) => s.replace(/[&<>"']/g, (c) => "&#" + c.charCodeAt(0) + ";");
  const linkify = (s) => escape(s).replace(/https?:\\/\\/[^\\s<]+/g, (u) => '<a href="' + u + '">' + u + "</a>");
  let last = "";
  async function refresh() {
    try {
      const q = to.value.trim() ? "?to=" + encodeURIComponent(to.value.trim()) : "";
      const res = await fetch("/_sandbox/mail" + q, { cache: "no-store" });
      const { items } = await res.json();
      const html = items.length === 0
        ? '<p class="empty">No e-mail yet. Sign up, invite someone or ask for a password reset.</p>'
        : items.map((m) => '<article><h2>' + escape(m.subject) + '</h2><div class="meta">To ' + escape(m.to) + " · " + new Date(m.sentAt).toLocaleString() + "</div><pre>" + linkify(m.text) + "</pre></article>").join("");
      if (html !== last) { list.innerHTML = html; last = html; }
    } catch { /* the next poll tries again */ }
  }
  to.addEventListener("input", refresh);
  refresh();
  setInterval(refresh, 2000);
</script>
</body>
</html>`;
}
