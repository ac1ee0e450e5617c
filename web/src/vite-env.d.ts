/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the HTTP API (e.g. `https://abc.execute-api.eu-west-1.amazonaws.com`); default: same origin. */
  readonly VITE_API_URL?: string;
  /** WebSocket URL (e.g. `wss://xyz.execute-api.eu-west-1.amazonaws.com/prod`); default: same origin `/ws`. */
  readonly VITE_WS_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
