/**
 * A sliding window of login attempts per key (IP + username), kept in memory: a
 * limit per process, which is what slows a guesser down; a cluster-wide limit
 * would need a shared table.
 */
export class LoginRateLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly max = 10,
    private readonly windowMs = 5 * 60 * 1000,
  ) {}

  /** Records an attempt; returns seconds to wait if over the limit, else 0. */
  hit(key: string, nowMs: number): number {
    const recent = (this.attempts.get(key) ?? []).filter((t) => t > nowMs - this.windowMs);
    if (recent.length >= this.max) {
      this.attempts.set(key, recent);
      return Math.ceil((recent[0]! + this.windowMs - nowMs) / 1000);
    }
    recent.push(nowMs);
    this.attempts.set(key, recent);
    return 0;
  }

  reset(key: string): void {
    this.attempts.delete(key);
  }
}
