/**
 * A binary min-heap of timed events. Ties in time are broken by insertion order, so
 * the order of simultaneous events is fixed by the program, never by the heap's
 * internals: part of what makes a seed reproduce a record byte for byte.
 */
export class EventQueue<E> {
  private readonly times: number[] = [];
  private readonly seqs: number[] = [];
  private readonly items: E[] = [];
  private seq = 0;

  get size(): number {
    return this.items.length;
  }

  push(time: number, item: E): void {
    this.times.push(time);
    this.seqs.push(this.seq++);
    this.items.push(item);
    this.up(this.items.length - 1);
  }

  /** Removes and returns the earliest event, or undefined when empty. */
  pop(): { time: number; item: E } | undefined {
    const n = this.items.length;
    if (n === 0) return undefined;
    const time = this.times[0]!;
    const item = this.items[0]!;
    const lastT = this.times.pop()!;
    const lastS = this.seqs.pop()!;
    const lastI = this.items.pop()!;
    if (n > 1) {
      this.times[0] = lastT;
      this.seqs[0] = lastS;
      this.items[0] = lastI;
      this.down(0);
    }
    return { time, item };
  }

  private less(a: number, b: number): boolean {
    const ta = this.times[a]!;
    const tb = this.times[b]!;
    return ta < tb || (ta === tb && this.seqs[a]! < this.seqs[b]!);
  }

  private swap(a: number, b: number): void {
    const t = this.times[a]!;
    this.times[a] = this.times[b]!;
    this.times[b] = t;
    const q = this.seqs[a]!;
    this.seqs[a] = this.seqs[b]!;
    this.seqs[b] = q;
    const e = this.items[a]!;
    this.items[a] = this.items[b]!;
    this.items[b] = e;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.items.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.less(l, m)) m = l;
      if (r < n && this.less(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
