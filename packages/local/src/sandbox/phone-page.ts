import type { SampleImage } from "./phone-media";

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/**
 * The sandbox phone's single page: inline CSS and JS, no build step, nothing from another origin.
 * It polls `GET /sandbox/phone/api/thread` every second and posts to `/sandbox/phone/api/messages`.
 */
export function phonePage(samples: readonly SampleImage[]): string {
  const photos = samples
    .map(
      (image, index) => `
            <label class="photo">
              <input type="radio" name="photo" value="${escapeHtml(image.name)}"${index === 0 ? " checked" : ""} />
              <img src="/sandbox/media/${escapeHtml(image.name)}" alt="${escapeHtml(image.label)}" width="80" height="60" />
            </label>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Sandbox phone · Helios local cloud</title>
<link rel="icon" href="data:," />
<style>
  :root { color-scheme: light; --green: #075e54; --bubble-out: #ffffff; --bubble-in: #dcf8c6; --ink: #111b21; --muted: #54656f; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #d1d7db; }
  .phone { max-width: 420px; height: 100vh; margin: 0 auto; display: flex; flex-direction: column; background: #efeae2; box-shadow: 0 0 24px rgba(0,0,0,.18); }
  header { background: var(--green); color: #fff; padding: 10px 14px; }
  header h1 { font-size: 17px; margin: 0 0 6px; }
  header p { margin: 0; font-size: 12px; opacity: .85; }
  .settings { background: #f7f8fa; border-bottom: 1px solid #d1d7db; padding: 8px 14px; display: grid; gap: 6px; }
  .settings summary { cursor: pointer; font-weight: 600; color: var(--muted); }
  .field { display: grid; gap: 2px; }
  .hint { margin: 0; font-size: 11px; color: var(--muted); }
  .field label, fieldset legend { font-size: 12px; font-weight: 600; color: var(--muted); }
  input, select, textarea, button { font: inherit; }
  input[type="text"], input[type="number"], select, textarea { width: 100%; padding: 6px 8px; border: 1px solid #b8c0c5; border-radius: 6px; background: #fff; }
  .row { display: flex; gap: 6px; align-items: end; }
  .row > * { flex: 1; }
  [hidden] { display: none !important; }
  #thread { flex: 1; overflow-y: auto; padding: 12px 10px; display: flex; flex-direction: column; gap: 6px; }
  .empty { margin: auto; color: var(--muted); text-align: center; font-size: 13px; max-width: 260px; }
  .bubble { max-width: 80%; padding: 6px 8px 4px; border-radius: 8px; box-shadow: 0 1px 1px rgba(0,0,0,.12); white-space: pre-wrap; overflow-wrap: anywhere; }
  .bubble[data-direction="in"] { align-self: flex-end; background: var(--bubble-in); }
  .bubble[data-direction="out"] { align-self: flex-start; background: var(--bubble-out); }
  .bubble img { display: block; max-width: 100%; border-radius: 6px; margin-bottom: 4px; }
  .meta { display: flex; justify-content: flex-end; gap: 4px; font-size: 11px; color: var(--muted); margin-top: 2px; }
  .ticks { font-weight: 700; letter-spacing: -3px; padding-right: 3px; }
  .ticks.read { color: #34b7f1; }
  .bubble .template { font-size: 11px; color: var(--muted); margin-bottom: 2px; }
  .bubble.typing { color: var(--muted); font-style: italic; }
  .ticks.failed { color: #c62828; letter-spacing: 0; }
  .problem { font-size: 12px; color: #b71c1c; margin-top: 2px; }
  .place { font-weight: 600; }
  #notice { margin: 0; padding: 6px 14px; font-size: 13px; background: #fff3cd; color: #5c4400; }
  .compose { background: #f0f2f5; border-top: 1px solid #d1d7db; padding: 8px 10px; display: grid; gap: 6px; }
  .compose textarea { resize: none; min-height: 40px; }
  button { padding: 7px 12px; border: 0; border-radius: 18px; background: var(--green); color: #fff; font-weight: 600; cursor: pointer; }
  button:disabled { opacity: .55; cursor: default; }
  button.secondary { background: #fff; color: var(--green); border: 1px solid var(--green); }
  details.attach summary { cursor: pointer; font-size: 13px; color: var(--muted); }
  fieldset { border: 1px solid #d1d7db; border-radius: 6px; padding: 6px 8px; margin: 6px 0 0; }
  .photos { display: flex; gap: 6px; flex-wrap: wrap; }
  .photo { position: relative; }
  .photo input { position: absolute; left: 4px; top: 4px; }
  .photo img { display: block; border-radius: 4px; border: 2px solid transparent; }
  .photo input:checked + img { border-color: var(--green); }
  .photo input:focus-visible + img { outline: 2px solid #1a73e8; }
  :focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
</style>
</head>
<body>
<main class="phone">
  <header>
    <h1>Sandbox phone</h1>
    <p>Play the customer: write to a Helios WhatsApp number; the replies arrive here.</p>
  </header>
  <details class="settings" open>
    <summary>Chat settings</summary>
    <div class="field">
      <label for="number">Helios number</label>
      <select id="number"></select>
    </div>
    <div class="field" id="other-field" hidden>
      <label for="other-number">Other address to write to</label>
      <input id="other-number" type="text" placeholder="whatsapp:+14155550123 or a Meta phone number id" autocomplete="off" />
    </div>
    <div class="row">
      <div class="field">
        <label for="name">Your name</label>
        <input id="name" type="text" autocomplete="name" />
      </div>
      <div class="field">
        <label for="customer">Your number</label>
        <input id="customer" type="text" inputmode="tel" autocomplete="off" />
      </div>
      <div class="field">
        <label for="username">Your username (optional)</label>
        <input id="username" type="text" autocomplete="off" placeholder="@sheena" aria-describedby="username-hint" />
        <p id="username-hint" class="hint">With a username you write without showing your number: Helios sees only your user id.</p>
      </div>
    </div>
  </details>
  <section id="thread" role="log" aria-label="Conversation" aria-live="polite"></section>
  <p id="notice" role="alert" hidden></p>
  <form class="compose" id="compose">
    <div class="field">
      <label for="text">Message</label>
      <textarea id="text" rows="2" placeholder="Type a message (Enter sends, Shift+Enter for a new line)"></textarea>
    </div>
    <div class="row"><button type="submit" id="send">Send</button></div>
    <details class="attach">
      <summary>Photo or location</summary>
      <fieldset>
        <legend>Photo (the message above is its caption)</legend>
        <div class="photos">${photos}
        </div>
        <div class="row" style="margin-top:6px"><button type="button" class="secondary" id="send-photo">Send photo</button></div>
      </fieldset>
      <fieldset>
        <legend>Location</legend>
        <div class="row">
          <div class="field"><label for="latitude">Latitude</label><input id="latitude" type="number" step="any" min="-90" max="90" value="37.7955" /></div>
          <div class="field"><label for="longitude">Longitude</label><input id="longitude" type="number" step="any" min="-180" max="180" value="-122.3937" /></div>
        </div>
        <div class="field"><label for="place">Place name</label><input id="place" type="text" value="Ferry Building, San Francisco" /></div>
        <div class="row" style="margin-top:6px"><button type="button" class="secondary" id="send-location">Send location</button></div>
      </fieldset>
    </details>
  </form>
</main>
<script>
(function () {
  "use strict";
  var API = "/sandbox/phone/api";
  var OTHER = "__other__";
  var store = {
    get: function (key, fallback) { try { var v = localStorage.getItem("sandboxPhone." + key); return v === null ? fallback : v; } catch (e) { return fallback; } },
    set: function (key, value) { try { localStorage.setItem("sandboxPhone." + key, value); } catch (e) { /* private mode */ } }
  };
  var $ = function (id) { return document.getElementById(id); };
  var numberSelect = $("number"), otherField = $("other-field"), otherInput = $("other-number");
  var nameInput = $("name"), customerInput = $("customer"), textInput = $("text");
  var usernameInput = $("username");
  var thread = $("thread"), notice = $("notice");
  var lastRendered = "", polling = false, numbersKey = null;

  nameInput.value = store.get("name", "Sandbox customer");
  customerInput.value = store.get("customer", "whatsapp:+15551230001");
  usernameInput.value = store.get("username", "");
  otherInput.value = store.get("other", "");

  function showNotice(text) { notice.textContent = text; notice.hidden = !text; }

  function currentNumber() {
    var value = numberSelect.value === OTHER || !numberSelect.value ? otherInput.value : numberSelect.value;
    return normalize(value);
  }
  // A username customer is known to Helios by a user id only; the sandbox derives a stable one.
  function customerAddress() {
    var address = normalize(customerInput.value);
    if (!usernameInput.value.trim()) return address;
    return "whatsapp:US.7" + address.replace(/D/g, "");
  }
  function normalize(value) {
    var v = String(value || "").trim().replace(/[\\s()-]/g, "");
    return v.charAt(0) === "+" ? "whatsapp:" + v : v;
  }

  function option(value, text) { var o = document.createElement("option"); o.value = value; o.textContent = text; return o; }

  function loadNumbers() {
    return fetch(API + "/numbers", { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (body) {
      var items = (body && body.items) || [];
      var key = JSON.stringify(items);
      if (key === numbersKey) return;
      var first = numbersKey === null;
      numbersKey = key;
      var before = currentNumber();
      var wanted = first ? store.get("number", "") : numberSelect.value;
      var known = {};
      numberSelect.textContent = "";
      items.forEach(function (item) {
        known[item.address] = true;
        var provider = item.provider === "meta" ? "Meta" : "Twilio";
        numberSelect.appendChild(option(item.address, item.displayName + " · " + provider + " · " + item.address));
      });
      numberSelect.appendChild(option(OTHER, items.length ? "Another address…" : "No connected number found: type an address…"));
      if (wanted && known[wanted]) numberSelect.value = wanted;
      else if (first && wanted && wanted !== OTHER) {
        // A number saved earlier but not listed now (e.g. the local cloud restarted): keep writing to it.
        numberSelect.value = OTHER;
        if (!otherInput.value) otherInput.value = wanted;
      } else if (wanted === OTHER || !items.length) numberSelect.value = OTHER;
      otherField.hidden = numberSelect.value !== OTHER;
      if (currentNumber() !== before) { lastRendered = ""; poll(); }
    }).catch(function () { showNotice("Could not list the Helios numbers; is the local cloud running?"); });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  var STATUS_LABEL = { queued: "Pending", sent: "Sent", delivered: "Delivered", read: "Read", failed: "Failed" };
  var TICKS = { queued: "🕓", sent: "✓", delivered: "✓✓", read: "✓✓", failed: "!" };

  function time(iso) { var d = new Date(iso); return isNaN(d) ? "" : d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }); }

  function bubble(item) {
    var node = el("div", "bubble");
    node.setAttribute("data-testid", "phone-message");
    node.setAttribute("data-direction", item.direction);
    node.setAttribute("data-id", item.id);
    node.setAttribute("data-status", item.status);
    (item.media || []).forEach(function (m) {
      var sample = m.url.split("/sandbox/media/")[1];
      if (sample) {
        // The sandbox's own sample photo, from this origin whatever PUBLIC_URL says.
        var img = el("img"); img.src = "/sandbox/media/" + sample; img.alt = item.text || "Photo"; node.appendChild(img);
      } else {
        var a = el("a", "", "📎 Attachment"); a.href = m.url; a.rel = "noreferrer"; a.target = "_blank"; node.appendChild(a);
        node.appendChild(document.createElement("br"));
      }
    });
    if (item.location) {
      var loc = item.location;
      node.appendChild(el("div", "place", "📍 " + (loc.label || "Location")));
      node.appendChild(el("div", "", loc.latitude + ", " + loc.longitude + (loc.address ? " · " + loc.address : "")));
    }
    if (item.kind === "template") node.appendChild(el("div", "template", "📋 Template"));
    if (item.text) node.appendChild(el("div", "text", item.text));
    var meta = el("div", "meta");
    meta.appendChild(el("span", "", time(item.createdAt)));
    // The customer's own messages show their ticks too: blue once the business read them.
    if (item.direction === "out" || item.status === "delivered" || item.status === "read") {
      var ticks = el("span", "ticks " + item.status, TICKS[item.status] || "");
      ticks.setAttribute("aria-hidden", "true");
      meta.appendChild(ticks);
      meta.appendChild(el("span", "sr-only", STATUS_LABEL[item.status] || item.status));
    }
    node.appendChild(meta);
    if (item.webhook && item.webhook.status !== 200) {
      node.appendChild(el("div", "problem", item.webhook.status === null
        ? "Helios was not reached: " + (item.webhook.detail || "")
        : "Helios answered HTTP " + item.webhook.status + (item.webhook.detail ? ": " + item.webhook.detail : "")));
    }
    if (item.error) node.appendChild(el("div", "problem", "Failed " + item.error.code + (item.error.message ? ": " + item.error.message : "")));
    return node;
  }

  function render(items, typing) {
    var key = JSON.stringify(items) + (typing ? "typing" : "");
    if (key === lastRendered) return;
    lastRendered = key;
    var nearBottom = thread.scrollHeight - thread.scrollTop - thread.clientHeight < 80;
    thread.textContent = "";
    if (!items.length) thread.appendChild(el("p", "empty", "No messages yet. Write something: it reaches Helios as a WhatsApp message from you."));
    items.forEach(function (item) { thread.appendChild(bubble(item)); });
    if (typing) {
      var dots = el("div", "bubble typing", "typing…");
      dots.setAttribute("data-direction", "out");
      dots.setAttribute("data-testid", "phone-typing");
      thread.appendChild(dots);
    }
    if (nearBottom || items.length && items[items.length - 1].direction === "in") thread.scrollTop = thread.scrollHeight;
  }

  function query() {
    return "number=" + encodeURIComponent(currentNumber()) + "&customer=" + encodeURIComponent(customerAddress());
  }

  function poll() {
    if (polling) return Promise.resolve();
    var number = currentNumber();
    if (!number) { render([]); return Promise.resolve(); }
    polling = true;
    return fetch(API + "/thread?" + query(), { cache: "no-store" }).then(function (r) {
      return r.json().then(function (body) {
        if (r.ok) render(body.items || [], body.typing === true);
        else render([]);
      });
    }).catch(function () { /* next tick retries */ }).then(function () { polling = false; });
  }

  function schedule() { setTimeout(function () { poll().then(schedule); }, 1000); }

  var buttons = [$("send"), $("send-photo"), $("send-location")];
  function send(payload) {
    var number = currentNumber();
    if (!number) { showNotice("Pick a Helios number or type its address first."); return; }
    payload.number = number;
    payload.customer = customerAddress();
    payload.name = nameInput.value.trim();
    if (usernameInput.value.trim()) payload.username = usernameInput.value.trim();
    buttons.forEach(function (b) { b.disabled = true; });
    return fetch(API + "/messages", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) { showNotice((body.error && body.error.message) || "HTTP " + r.status); return false; }
          var hook = body.webhook;
          if (hook && hook.status !== 200) showNotice("Helios answered the webhook with " + (hook.status === null ? "no response" : "HTTP " + hook.status) + (hook.detail ? ": " + hook.detail : ""));
          else showNotice("");
          return true;
        });
      })
      .catch(function () { showNotice("The local cloud did not answer."); return false; })
      .then(function (ok) { buttons.forEach(function (b) { b.disabled = false; }); lastRendered = ""; poll(); return ok; });
  }

  $("compose").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = textInput.value.trim();
    if (!text) { showNotice("Write a message first."); textInput.focus(); return; }
    send({ type: "text", text: text }).then(function (ok) { if (ok) { textInput.value = ""; textInput.focus(); } });
  });
  textInput.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); $("compose").requestSubmit(); }
  });
  $("send-photo").addEventListener("click", function () {
    var picked = document.querySelector('input[name="photo"]:checked');
    send({ type: "image", image: picked ? picked.value : "", caption: textInput.value.trim() }).then(function (ok) { if (ok) textInput.value = ""; });
  });
  $("send-location").addEventListener("click", function () {
    var lat = parseFloat($("latitude").value), lng = parseFloat($("longitude").value);
    if (isNaN(lat) || isNaN(lng)) { showNotice("Latitude and longitude must be numbers."); return; }
    var label = $("place").value.trim();
    send({ type: "location", location: label ? { latitude: lat, longitude: lng, label: label } : { latitude: lat, longitude: lng } });
  });

  function settingsChanged() {
    otherField.hidden = numberSelect.value !== OTHER;
    store.set("number", numberSelect.value);
    store.set("other", otherInput.value.trim());
    store.set("name", nameInput.value);
    store.set("customer", customerInput.value.trim());
    store.set("username", usernameInput.value.trim());
    lastRendered = "";
    poll();
  }
  [numberSelect, otherInput, nameInput, customerInput, usernameInput].forEach(function (input) { input.addEventListener("change", settingsChanged); });
  numberSelect.addEventListener("focus", function () { loadNumbers(); });

  loadNumbers().then(function () { poll(); schedule(); });
  setInterval(loadNumbers, 15000);
})();
</script>
</body>
</html>
`;
}
