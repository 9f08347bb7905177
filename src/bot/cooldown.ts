// Per-user rate limit, so one member cannot flood a channel: at most `max` commands in `windowMs`.
export class Cooldown {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a use; returns 0 when allowed, else the milliseconds until the user may try again. */
  take(user: string): number {
    if (this.max <= 0) return 0;
    const now = this.now();
    const since = now - this.windowMs;
    const times = (this.recent.get(user) ?? []).filter((t) => t > since);
    if (times.length >= this.max) {
      this.recent.set(user, times);
      return times[0]! + this.windowMs - now;
    }
    times.push(now);
    this.recent.set(user, times);
    if (this.recent.size > 10_000) this.prune(since);
    return 0;
  }

  private prune(since: number): void {
    for (const [user, times] of this.recent) if (times.every((t) => t <= since)) this.recent.delete(user);
  }
}
