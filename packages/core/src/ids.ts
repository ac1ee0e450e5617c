import { monotonicFactory } from "ulid";

const next = monotonicFactory();

/** Sortable unique ids: newer ids sort after older ones, which key design relies on. */
export const newId = () => next().toLowerCase();

export const nowIso = () => new Date().toISOString();
