import type { SignupBody, SignupResponse } from "@helios/contracts";
import { failedTransactionItems } from "../db/conditions";
import { transactWrite } from "../db/transact";
import { linkTo, verificationEmail } from "../email/messages";
import { sendEmailAfterWrite } from "../email/send";
import { conflict } from "../errors/app-error";
import { newId, nowIso } from "../ids";
import { membershipPuts } from "../member/repository";
import { takeFromWindow } from "../ratelimit/fixed-window";
import { newTenantPuts } from "../tenant/repository";
import { slugCandidates, slugify, type TenantItem } from "../tenant/tenant";
import { newUserPuts } from "../user/repository";
import { publicUser } from "../user/user";
import { newAccount } from "./credentials";
import { newEmailToken } from "./email-tokens";
import { signupLimit } from "./limits";
import { issueToken } from "./token";

const MAX_SLUG_ATTEMPTS = 8;

/**
 * Creates a user, their tenant, the owner membership and the e-mail's confirmation link in one
 * transaction, then e-mails the link. Limited per client address.
 */
export async function signup(input: SignupBody, clientAddress: string): Promise<SignupResponse> {
  await takeFromWindow(signupLimit(), clientAddress);
  const createdAt = nowIso();
  const user = await newAccount(input, createdAt);
  const baseSlug = slugify(input.tenantName);

  for (let attempt = 0; attempt < MAX_SLUG_ATTEMPTS; attempt++) {
    const tenant: TenantItem = {
      id: newId(),
      slug: slugCandidates(baseSlug, attempt),
      name: input.tenantName,
      ownerCount: 1,
      createdAt,
    };
    const userPuts = newUserPuts(user);
    const tenantPuts = newTenantPuts(tenant);
    const verification = newEmailToken("verify-email", user);
    try {
      await transactWrite([
        ...userPuts,
        ...tenantPuts,
        ...membershipPuts(tenant, user, "owner", createdAt),
        verification.put,
      ]);
      await sendEmailAfterWrite(
        () => verificationEmail(user.email, user.name, linkTo.verifyEmail(verification.token)),
        "verify-email",
      );
      return {
        token: await issueToken(user.id, user.tokenVersion),
        user: publicUser(user),
        tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name },
      };
    } catch (error) {
      const failed = failedTransactionItems(error);
      if (!failed) throw error;
      if (failed.includes(0)) {
        throw conflict(
          "email_taken",
          "An account with this e-mail already exists: sign in instead",
          {
            email: "An account with this e-mail already exists",
          },
        );
      }
      if (!failed.includes(userPuts.length)) throw error;
    }
  }
  throw conflict(
    "slug_unavailable",
    "Could not find a free address for this workspace: try another name",
  );
}
