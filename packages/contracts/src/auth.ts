import { AiStatus } from "./ai";
import * as z from "./zod";

export const Role = z.enum(["owner", "admin", "agent"]);
export type Role = z.infer<typeof Role>;

export const Email = z.pipe(
  z.string().check(z.trim(), z.toLowerCase()),
  z.email({ message: "Enter a valid e-mail address" }),
);
export const Password = z
  .string()
  .check(
    z.minLength(8, "Use at least 8 characters for the password"),
    z.maxLength(200, "Use at most 200 characters for the password"),
  );
export const PersonName = z
  .string()
  .check(z.trim(), z.minLength(1, "Enter a name"), z.maxLength(100, "Use at most 100 characters"));

export const SignupBody = z.object({
  email: Email,
  password: Password,
  name: PersonName,
  tenantName: z
    .string()
    .check(
      z.trim(),
      z.minLength(2, "Enter a workspace name of at least 2 characters"),
      z.maxLength(60, "Use at most 60 characters for the workspace name"),
    ),
});
export type SignupBody = z.infer<typeof SignupBody>;

export const LoginBody = z.object({
  email: Email,
  password: z.string().check(z.minLength(1, "Enter your password"), z.maxLength(200)),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const User = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  /** True once the person proved the mailbox (the signup e-mail's link, an invitation or a reset). */
  emailVerified: z.boolean(),
});
export type User = z.infer<typeof User>;

export const Tenant = z.object({ id: z.string(), slug: z.string(), name: z.string() });
export type Tenant = z.infer<typeof Tenant>;

export const TenantMembership = z.object({ slug: z.string(), name: z.string(), role: Role });
export type TenantMembership = z.infer<typeof TenantMembership>;

export const SignupResponse = z.object({ token: z.string(), user: User, tenant: Tenant });
export type SignupResponse = z.infer<typeof SignupResponse>;

/** The slug of the workspace the user used last (remembered per user, not per browser); null when none. */
export const LastTenant = z.nullable(z.string());

export const LoginResponse = z.object({
  token: z.string(),
  user: User,
  tenants: z.array(TenantMembership),
  lastTenant: LastTenant,
});
export type LoginResponse = z.infer<typeof LoginResponse>;

export const MeResponse = z.object({
  user: User,
  tenants: z.array(TenantMembership),
  lastTenant: LastTenant,
  /** Whether an AI provider is configured, so the app can say why AI does not answer. */
  ai: z.optional(AiStatus),
});
export type MeResponse = z.infer<typeof MeResponse>;
