/**
 * The class a `twilio/lib/…` module exports as `exports.default`. Node (and esbuild, for ESM
 * importers) hands ESM the whole CommonJS exports object as the default import; TypeScript's own
 * interop hands over the class. Either way this returns the class.
 */
export function cjsDefault<T>(imported: T): T {
  const value: unknown = imported;
  if (typeof value === "function") return imported;
  return (value as { default: T }).default;
}
