import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { officeAt, officesHeldAt, spanHolds } from '../../src/knowledge/offices.js';
import { defaultDataDir } from '../../src/paths.js';

const k = loadKnowledge(defaultDataDir);

describe('roles in time', () => {
  it('derives Le Drian\'s office at the 2015 and the 2018 meetings from his dated spans', () => {
    const p = k.people.get('jean-yves-le-drian')!;
    expect(p.offices.map((o) => o.from.value)).toEqual(['2015', '2018-01-26']);
    expect(officeAt(k, p, 'two-plus-two-2015')?.title).toBe('Defense Minister');
    expect(officeAt(k, p, 'two-plus-two-2018')?.title).toBe('Foreign Minister');
    // No span holds January 2017: the articles do not say what he held then.
    expect(officeAt(k, p, 'two-plus-two-2017')).toBeUndefined();
  });

  it('gives every participant of a meeting an office on its date', () => {
    for (const m of k.meetings.values()) {
      for (const p of m.participants) expect(officeAt(k, k.people.get(p.person)!, m.id), `${p.person} at ${m.id}`).toBeDefined();
    }
  });

  it('counts everyone whose span holds a meeting\'s date as holding office then, whether or not they attended', () => {
    const held = officesHeldAt(k, 'two-plus-two-2018').map((h) => `${h.person}: ${h.office.title}`).sort();
    expect(held).toContain('emmanuel-macron: President');
    expect(held).toContain('taro-kono: Foreign Minister');
    expect(held.some((h) => h.startsWith('fumio-kishida'))).toBe(false);
  });

  it('compares a span and a date at the coarser of their precisions', () => {
    const day = (value: string) => ({ value, precision: 'day' as const, provenance: 'printed' as const, basis: 'b' });
    const year = { value: '2015', precision: 'year' as const, provenance: 'inferred' as const, basis: 'b' };
    expect(spanHolds({ from: year }, '2015-03-13')).toBe(true);
    expect(spanHolds({ from: year }, '2016')).toBe(false);
    expect(spanHolds({ from: day('2018-01-26') }, '2018')).toBe(true);
    expect(spanHolds({ from: day('2018-01-26') }, '2018-01-27')).toBe(false);
    expect(spanHolds({ from: day('2019-01-11'), to: day('2020-03-02') }, '2019-07')).toBe(true);
    expect(spanHolds({ from: day('2019-01-11'), to: day('2020-03-02') }, '2020-04')).toBe(false);
    expect(spanHolds({ from: day('2019-01-11'), to: day('2020-03-02') }, '2018-12-31')).toBe(false);
  });

  it('dates the meetings with their precision and provenance', () => {
    const m = (id: string) => k.meetings.get(id)!;
    expect(m('two-plus-two-2014').date).toMatchObject({ value: '2014-01', precision: 'month' });
    expect(m('two-plus-two-2015').date).toMatchObject({ value: '2015', precision: 'year', weekday: 'Friday', external: { value: '2015-03-13', precision: 'day' } });
    expect(m('two-plus-two-2017').date).toMatchObject({ value: '2017-01', precision: 'month', provenance: 'inferred' });
    expect(m('two-plus-two-2017').place).toBeUndefined();
    expect(m('two-plus-two-2018').date).toMatchObject({ value: '2018-01-26', precision: 'day' });
    expect(m('two-plus-two-2015').place?.venue).toMatch(/Iikura Guest House/);
  });
});
