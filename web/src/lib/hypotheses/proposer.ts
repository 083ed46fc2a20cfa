// Who the queue's "Analista" filter means: typed as a username or a name, whole or in part.
import { plainName } from '../pick-labels';

/**
 * The username the typed text names (accents and case aside): a person whose username or
 * display name it is, else the one person whose username or name contains it; otherwise the
 * text itself (which then matches nobody). Null when nothing is typed.
 */
export function proposerFor(
  text: string,
  people: readonly { username: string; displayName: string }[],
): string | null {
  const typed = plainName(text);
  if (!typed) return null;
  const named = (c: { username: string; displayName: string }, match: (s: string) => boolean) =>
    match(plainName(c.username)) || match(plainName(c.displayName));
  const exact = people.find((c) => named(c, (s) => s === typed));
  if (exact) return exact.username;
  const some = people.filter((c) => named(c, (s) => s.includes(typed)));
  return some.length === 1 ? some[0]!.username : typed;
}
