/**
 * What the search index stores and what a query looks up: lowercase words without diacritics
 * ("José" → "jose"), split on anything but letters and digits. A customer's name and username are
 * indexed by every prefix of their words ("ros" finds "Rosa"), a phone number by every run of its
 * digits ("4155" finds "+14155550123"), a message's text by its whole words.
 */

/** Longer words are cut here, in the index and in queries alike. */
export const MAX_TOKEN_LENGTH = 32;
/** A message indexes at most this many distinct words (a pasted essay does not flood the index). */
export const MAX_MESSAGE_TOKENS = 40;
/** The shortest run of a phone number's digits that finds it. */
export const MIN_PHONE_DIGITS = 3;

/** Lowercase, diacritics removed (NFKD, then without combining marks). */
export const normalize = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();

/** The words of a text, normalized, each at most MAX_TOKEN_LENGTH characters. */
export function words(text: string): string[] {
  return normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, MAX_TOKEN_LENGTH));
}

/** Every prefix of every word: what finds a name or username by its beginning. */
export function prefixTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const word of words(text)) {
    for (let end = 1; end <= word.length; end++) tokens.add(word.slice(0, end));
  }
  return [...tokens];
}

/** Every run of at least MIN_PHONE_DIGITS of a phone number's digits. */
export function phoneTokens(phone: string): string[] {
  const digits = phone.replace(/\D+/g, "").slice(0, MAX_TOKEN_LENGTH);
  const tokens = new Set<string>();
  for (let start = 0; start < digits.length; start++) {
    for (let end = start + MIN_PHONE_DIGITS; end <= digits.length; end++)
      tokens.add(digits.slice(start, end));
  }
  return [...tokens];
}

/** A message's distinct whole words, the first MAX_MESSAGE_TOKENS of them. */
export function textTokens(text: string): string[] {
  return [...new Set(words(text))].slice(0, MAX_MESSAGE_TOKENS);
}

/** What identifies a customer, as the index knows them. */
export interface CustomerFields {
  name?: string;
  phone?: string;
  username?: string;
}

/** The tokens a customer is found by: name and username prefixes, phone digit runs. */
export function customerTokens({ name, phone, username }: CustomerFields): string[] {
  return [
    ...new Set([
      ...prefixTokens(name ?? ""),
      ...prefixTokens(username ?? ""),
      ...(phone ? phoneTokens(phone) : []),
    ]),
  ];
}

/**
 * A query's distinct words (each must match); empty when it has none. A query of only digits and
 * phone punctuation ("+1 (415) 555") is one number: its digits together.
 */
export function queryTokens(q: string): string[] {
  if (/^[\d\s().+-]+$/.test(q) && /\d/.test(q))
    return [q.replace(/\D+/g, "").slice(0, MAX_TOKEN_LENGTH)];
  return [...new Set(words(q))];
}
