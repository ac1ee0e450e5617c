/** A member a note can mention. */
export interface Mentionable {
  userId: string;
  name: string;
}

const WORD = /[\p{L}\p{N}_]/u;

/**
 * The members a text mentions with `@name`: a member's full name or their first name, in any
 * case (`@Ana Lima`, `@ana`); at each `@` the longest name that matches wins, and a name that
 * several members share mentions none of them (nobody is told by mistake). Each member once, in
 * the order first mentioned.
 */
export function mentionsIn(text: string, members: readonly Mentionable[]): Mentionable[] {
  const byName = new Map<string, Mentionable[]>();
  const add = (name: string, member: Mentionable) => {
    const key = name.trim().toLocaleLowerCase("en");
    if (!key) return;
    const holders = byName.get(key) ?? [];
    if (!holders.some((holder) => holder.userId === member.userId)) holders.push(member);
    byName.set(key, holders);
  };
  for (const member of members) {
    add(member.name, member);
    add(member.name.trim().split(/\s+/)[0] ?? "", member);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const lower = text.toLocaleLowerCase("en");
  const found = new Map<string, Mentionable>();
  for (let at = lower.indexOf("@"); at !== -1; at = lower.indexOf("@", at + 1)) {
    // An e-mail address (`bruno@ana.com`) mentions nobody.
    if (at > 0 && WORD.test(lower.charAt(at - 1))) continue;
    const name = names.find(
      (candidate) =>
        lower.startsWith(candidate, at + 1) && !WORD.test(lower.charAt(at + 1 + candidate.length)),
    );
    const holders = name === undefined ? [] : (byName.get(name) ?? []);
    const [only] = holders;
    if (holders.length === 1 && only && !found.has(only.userId)) found.set(only.userId, only);
  }
  return [...found.values()];
}
