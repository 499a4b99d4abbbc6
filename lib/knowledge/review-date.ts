/** A snippet's YYYY-MM-DD date as the agent's locale writes it ("2 Oct 2026"), the same day everywhere. */
export function reviewDateText(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
