import { config } from "zod/mini";
import en from "zod/v4/locales/en.js";

/**
 * Helios's schemas are written with `zod/mini`, imported as `import * as z from` this module: its
 * functions tree-shake, so a Lambda bundles only the validators it calls (classic zod's methods
 * keep all of zod in every bundle). Mini loads no messages of its own — without the English locale
 * every issue would read "Invalid input" — so this module sets it before any schema is used.
 */
config(en());

export * from "zod/mini";
