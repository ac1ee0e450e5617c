import { backOff, VERSION_ATTEMPTS } from "../conversation/versioned";
import { isConditionFailure } from "../db/conditions";
import type { ContactItem } from "./contact";
import { getContact, putContactOnVersion } from "./repository";
import { indexContact } from "./search";

/**
 * Reads the contact (or nothing), lets `decide` compute what it becomes (undefined: no change) and
 * writes it on the version read; a write in between means a fresh read and another decision. The
 * contact's search words follow the write.
 */
export async function changeContact(
  tenantId: string,
  id: string,
  decide: (current: ContactItem | undefined) => ContactItem | undefined,
): Promise<ContactItem | undefined> {
  for (let attempt = 1; ; attempt++) {
    const current = await getContact(tenantId, id);
    const next = decide(current);
    if (!next) return current;
    try {
      const stored = await putContactOnVersion(current, next);
      await indexContact(stored, current);
      return stored;
    } catch (error) {
      if (!isConditionFailure(error) || attempt >= VERSION_ATTEMPTS) throw error;
      await backOff(attempt);
    }
  }
}
