import * as z from "./zod";

/** A list's `limit` query parameter: a whole number from 1 to 100, `size` when absent. */
export const pageLimit = (size: number) =>
  z._default(
    z.coerce
      .number()
      .check(z.int(), z.gte(1, "limit is at least 1"), z.lte(100, "limit is at most 100")),
    size,
  );
