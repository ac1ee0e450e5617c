// The app's Content-Security-Policy has no 'unsafe-eval' (functions/web-headers.ts). zod 4 probes
// `new Function` when a module first builds an object schema, and the browser reports the probe as
// a violation. zod reads its configuration from this global (what `z.config({ jitless: true })`
// sets), and this classic script runs before the app's modules build any schema.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, {
  jitless: true,
});
