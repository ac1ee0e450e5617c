import { pageHead } from "./page-head";
import type { SampleImage } from "./phone-media";
import { PHONE_SCRIPT } from "./phone-page-script";

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
  return `${pageHead("Sandbox phone")}
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
${PHONE_SCRIPT}</script>
</body>
</html>
`;
}
