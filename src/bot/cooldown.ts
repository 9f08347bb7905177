// Per-user rate limit, so one member cannot flood a channel: at most `max` commands in `windowMs`.
export class Cooldown {
  private readonly recent = new Map<string, number[]>();
  private lastPrune: number;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.lastPrune = now();
  }

  /** Members tracked now: those who ran a command within the last window or two. */
  get size(): number {
    return this.recent.size;
  }

  /** Records a use; returns 0 when allowed, else the milliseconds until the user may try again. */
  take(user: string): number {
    if (this.max <= 0) return 0;
    const now = this.now();
    const since = now - this.windowMs;
    // Once a window, forget who has been quiet for one: on a busy server most members run one
    // command, and memory should follow the members active now, not everyone since start-up.
    if (now - this.lastPrune >= this.windowMs) {
      this.lastPrune = now;
      for (const [u, times] of this.recent) if (times[times.length - 1]! <= since) this.recent.delete(u);
    }
    const times = (this.recent.get(user) ?? []).filter((t) => t > since);
    if (times.length >= this.max) {
      this.recent.set(user, times);
      return times[0]! + this.windowMs - now;
    }
    times.push(now);
    this.recent.set(user, times);
    return 0;
  }
}
