import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { defaultDataDir } from '../../src/paths.js';

const k = loadKnowledge(defaultDataDir);

describe('roles in time', () => {
  it('gives Le Drian a different role at the 2015 and the 2018 meetings', () => {
    const roles = k.people.get('jean-yves-le-drian')!.roles;
    const at = (m: string) => roles.find((r) => r.meeting === m)?.title;
    expect(at('two-plus-two-2015')).toBe('Defense Minister');
    expect(at('two-plus-two-2018')).toBe('Foreign Minister');
  });

  it('gives every participant of a meeting a role at that meeting', () => {
    for (const m of k.meetings.values()) {
      for (const p of m.participants) {
        expect(k.people.get(p.person)!.roles.some((r) => r.meeting === m.id), `${p.person} at ${m.id}`).toBe(true);
      }
    }
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
