/**
 * The sandbox phone page's script (inline, no build step): loads the numbers the phone can write to,
 * polls the thread every second, and posts what the customer writes.
 */
export const PHONE_SCRIPT = `(function () {
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
      numberSelect.appendChild(option(OTHER, items.length ? "Another address…" : "No number has its webhook set in the sandbox yet (see the README): type an address…"));
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
`;
