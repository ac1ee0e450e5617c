import { signup } from "@helios/core/auth/signup";
import { listMemberships } from "@helios/core/member/repository";
import { findUserByEmail } from "@helios/core/user/repository";

export const DEMO_OWNER_EMAIL = "owner@demo.helios.local";
export const DEMO_TENANT_NAME = "Demo";

/** Seeds the demo tenant and its owner once; a table that has them is left alone. */
export async function seedDemo(password: string): Promise<{ seeded: boolean; slug: string }> {
  const existing = await findUserByEmail(DEMO_OWNER_EMAIL);
  if (existing) {
    const [first] = await listMemberships(existing.id);
    return { seeded: false, slug: first?.slug ?? "demo" };
  }
  const { tenant } = await signup({
    email: DEMO_OWNER_EMAIL,
    password,
    name: "Dana Demo",
    tenantName: DEMO_TENANT_NAME,
  });
  return { seeded: true, slug: tenant.slug };
}
