// Offices as data/offices defines them: which office a title is.
import type { OfficeKind } from './schema.js';

/** Which office a title is ("French Defense Minister" is defense), by the titles data/offices lists. */
export function officeKindOf(offices: Iterable<OfficeKind>, title: string): string | undefined {
  const t = title.toLowerCase();
  return [...offices].find((o) => o.titles.some((x) => t.includes(x.en.toLowerCase())))?.id;
}

/** The one country whose title this is, where only one country gives it ("Minister for the Armed Forces"). */
export function titleCountry(offices: Iterable<OfficeKind>, title: string): OfficeKind['titles'][number]['country'] {
  const t = title.toLowerCase();
  for (const o of offices) for (const x of o.titles) if (x.country && t.includes(x.en.toLowerCase())) return x.country;
  return undefined;
}
