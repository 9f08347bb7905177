import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/bot/cooldown.js';

function clock(start = 1_000_000) {
  const c = { t: start, now: () => c.t };
  return c;
}

describe('Cooldown', () => {
  it('allows max uses a window, then says how long to wait', () => {
    const c = clock();
    const cd = new Cooldown(3, 10_000, c.now);
    expect([cd.take('a'), cd.take('a'), cd.take('a')]).toEqual([0, 0, 0]);
    c.t += 4_000;
    expect(cd.take('a')).toBe(6_000);
    expect(cd.take('b')).toBe(0); // per user
    c.t += 6_000;
    expect(cd.take('a')).toBe(0); // the first use has left the window
  });

  it('a refused attempt does not extend the wait', () => {
    const c = clock();
    const cd = new Cooldown(1, 10_000, c.now);
    cd.take('a');
    c.t += 1_000;
    expect(cd.take('a')).toBe(9_000);
    c.t += 1_000;
    expect(cd.take('a')).toBe(8_000);
  });

  it('max 0 turns it off', () => {
    const cd = new Cooldown(0, 10_000);
    for (let i = 0; i < 100; i++) expect(cd.take('a')).toBe(0);
    expect(cd.size).toBe(0);
  });

  it('memory follows the members active now, not everyone since start-up', () => {
    const c = clock();
    const cd = new Cooldown(5, 10_000, c.now);
    // 200 new members a second for a minute, as the end-to-end bench sends.
    let peak = 0;
    for (let i = 0; i < 12_000; i++) {
      c.t += 5;
      cd.take(`user-${i}`);
      peak = Math.max(peak, cd.size);
    }
    expect(peak).toBeLessThanOrEqual(4_001); // at most two windows of members
    c.t += 20_000;
    cd.take('late');
    expect(cd.size).toBe(1);
  });

  it('keeps a member who is still inside the window across a prune', () => {
    const c = clock();
    const cd = new Cooldown(2, 10_000, c.now);
    cd.take('a');
    c.t += 9_000;
    cd.take('a');
    c.t += 1_500; // prune runs: a's last use is 1.5 s old
    expect(cd.take('b')).toBe(0);
    expect(cd.take('a')).toBe(0); // first use has left, second still counts
    expect(cd.take('a')).toBeGreaterThan(0);
  });
});
