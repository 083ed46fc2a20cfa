import { words } from '../explore/search-query.js';

export interface Account {
  username: string;
  displayName: string | null;
}

/**
 * The usernames (in lower case) an audit filter's text names: the text itself as a username, in
 * any case (a refused login keeps the name typed, which may be no account's), and every account
 * whose display name has a word beginning with each word typed, without regard to accents or
 * case ("ana" and "Ana Analista" name ana.analista; "martin" names "Martín Ortega"). Null when
 * nothing was typed: no filter.
 */
export function usersNamed(text: string | null | undefined, accounts: Account[]): string[] | null {
  const typed = text?.trim().toLowerCase() ?? '';
  if (typed === '') return null;
  const named = new Set([typed]);
  const asked = words(typed);
  if (asked.length === 0) return [...named];
  for (const { username, displayName } of accounts) {
    const own = words(displayName ?? '');
    if (asked.every((w) => own.some((o) => o.startsWith(w)))) named.add(username.toLowerCase());
  }
  return [...named];
}
