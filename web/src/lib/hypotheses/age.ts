// "3 h ago" for a moment in the past, in the reader's language.
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export function ago(then: number, now: number, locale: string): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const past = Math.max(0, now - then);
  for (const [unit, ms] of STEPS) {
    if (past >= ms) return rtf.format(-Math.floor(past / ms), unit);
  }
  // "ahora" / "now": "este minuto" read oddly.
  return rtf.format(0, 'second');
}
