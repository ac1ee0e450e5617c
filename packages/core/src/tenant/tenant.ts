import * as z from "@helios/contracts/zod";

export const TenantItem = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  ownerCount: z.int(),
  createdAt: z.string(),
});
export type TenantItem = z.infer<typeof TenantItem>;

/** A URL-safe slug from a workspace name: "Café Ñandú & Co" → "cafe-nandu-co". */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return slug.length >= 2 ? slug : `workspace${slug ? `-${slug}` : ""}`;
}

/** Candidates tried in order when a slug is taken: acme, acme-2, …, then a random suffix. */
export function slugCandidates(base: string, attempt: number): string {
  if (attempt === 0) return base;
  if (attempt < 5) return `${base}-${attempt + 1}`;
  return `${base}-${Math.random().toString(36).slice(2, 8)}`;
}
