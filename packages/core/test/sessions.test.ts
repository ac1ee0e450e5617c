import { describe, expect, it } from "vitest";
import { logout, logoutAll } from "../src/auth/account";
import { authenticate } from "../src/auth/sessions";
import { signup } from "../src/auth/signup";
import { verifyToken } from "../src/auth/token";
import { clearCaches } from "../src/cache/caches";
import { db } from "../src/db/client";
import { useFreshTable } from "./support/fresh-table";

useFreshTable();

const password = "correct horse battery";
let n = 0;
const newUser = () =>
  signup(
    {
      email: `s${++n}-${Math.random().toString(36).slice(2, 8)}@example.com`,
      password,
      name: "Sam",
      tenantName: `Shop ${n}`,
    },
    `10.50.0.${n}`,
  );

async function counting<T>(fn: () => Promise<T>) {
  const commands: string[] = [];
  const name = `count-${Math.random()}`;
  db().middlewareStack.add(
    (next, context) => (args) => {
      commands.push(context.commandName ?? "unknown");
      return next(args);
    },
    { step: "initialize", name },
  );
  try {
    return { result: await fn(), commands };
  } finally {
    db().middlewareStack.remove(name);
  }
}

describe("session checks", () => {
  it("cost one consistent GetItem per request, none within the warm cache's few seconds", async () => {
    const { token, user } = await newUser();
    clearCaches();
    const first = await counting(() => authenticate(token));
    expect(first.result.userId).toBe(user.id);
    expect(first.commands).toEqual(["GetItemCommand"]);
    const second = await counting(() => authenticate(token));
    expect(second.commands).toEqual([]);
  });

  it("logout ends only the presented session; logout-all ends every one", async () => {
    const { token: a, user } = await newUser();
    const other = await import("../src/auth/login").then(({ login }) =>
      login({ email: user.email, password }, "10.50.1.1"),
    );
    const b = other.token;
    await logout(await verifyToken(a));
    await expect(authenticate(a)).rejects.toMatchObject({
      status: 401,
      message: expect.stringMatching(/ended/),
    });
    expect((await authenticate(b)).userId).toBe(user.id);
    await logoutAll(user.id);
    // As between two requests of the local cloud: a write's host empties the process's caches.
    clearCaches();
    await expect(authenticate(b)).rejects.toMatchObject({ status: 401 });
  });
});

describe("signup limit", () => {
  it("refuses a client address after the hour's limit with Retry-After; others go on", async () => {
    process.env.SIGNUP_LIMIT_PER_ADDRESS = "2";
    try {
      const make = (address: string) =>
        signup(
          {
            email: `lim-${Math.random().toString(36).slice(2, 10)}@example.com`,
            password,
            name: "L",
            tenantName: "Limited",
          },
          address,
        );
      const results = await Promise.allSettled([1, 2, 3, 4, 5].map(() => make("10.60.0.1")));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
      await expect(make("10.60.0.1")).rejects.toMatchObject({
        status: 429,
        code: "rate_limited",
        retryAfterSeconds: expect.any(Number),
      });
      await expect(make("10.60.0.2")).resolves.toMatchObject({ user: expect.anything() });
    } finally {
      delete process.env.SIGNUP_LIMIT_PER_ADDRESS;
    }
  });
});
