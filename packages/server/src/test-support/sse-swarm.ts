import { type ClientRequest, request } from 'node:http';

export interface Frame {
  /** The store position (the SSE id). */
  id: number;
  event: string;
  /** The data line as sent (JSON). */
  data: string;
  /** Wall-clock ms at arrival (`performance.timeOrigin + performance.now()`, comparable across processes on one machine). */
  at: number;
}

/**
 * One of many SSE clients: a bare `node:http` request on a socket of its own, parsing frames
 * as they come. Lighter than `fetch` with web streams, so that a thousand of them fit beside
 * a server on two cores.
 */
export class SwarmClient {
  readonly frames: Frame[] = [];
  status = 0;
  private req: ClientRequest | null = null;
  private buffer = '';
  ended = false;

  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string>,
  ) {}

  open(): Promise<this> {
    return new Promise((resolve, reject) => {
      const req = request(this.url, { headers: { accept: 'text/event-stream', ...this.headers }, agent: false }, (res) => {
        this.status = res.statusCode ?? 0;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => this.take(chunk));
        res.on('end', () => (this.ended = true));
        res.on('error', () => (this.ended = true));
        resolve(this);
      });
      req.on('error', (err) => (this.status ? (this.ended = true) : reject(err)));
      req.end();
      this.req = req;
    });
  }

  private take(chunk: string): void {
    const at = performance.timeOrigin + performance.now();
    this.buffer += chunk;
    let cut = this.buffer.indexOf('\n\n');
    while (cut >= 0) {
      const block = this.buffer.slice(0, cut);
      this.buffer = this.buffer.slice(cut + 2);
      let id = Number.NaN;
      let event = 'message';
      let data = '';
      for (const line of block.split('\n')) {
        if (line.startsWith('id: ')) id = Number(line.slice(4));
        else if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data = line.slice(6);
      }
      if (data) this.frames.push({ id, event, data, at });
      cut = this.buffer.indexOf('\n\n');
    }
  }

  get lastId(): number {
    return this.frames.at(-1)?.id ?? 0;
  }

  close(): void {
    this.req?.destroy();
  }
}

/** Opens `n` clients, `parallel` at a time (a burst of a thousand connects would overrun the listen backlog). */
export const openSwarm = async (n: number, clientFor: (i: number) => SwarmClient, parallel = 50, onProgress?: (done: number) => void): Promise<SwarmClient[]> => {
  const out: SwarmClient[] = new Array(n);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      out[i] = await clientFor(i).open();
      onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, n) }, worker));
  return out;
};

/** Waits until `pred` holds (polling), or fails after `ms` with `what` in the message. */
export const waitFor = async (pred: () => boolean, ms: number, what: () => string): Promise<void> => {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out: ${what()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

/**
 * One request on a socket of its own (no keep-alive pool): many clients at once, as from
 * many browsers, and no request sent on a pooled socket the server is closing after a long
 * idle spell (a busy test process may miss the FIN in time).
 */
export const freshRequest = (url: string, o: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<{ status: number; body: unknown }> =>
  new Promise((resolve, reject) => {
    const payload = o.body === undefined ? undefined : JSON.stringify(o.body);
    const req = request(url, { method: o.method ?? 'GET', agent: false, headers: { ...(payload !== undefined ? { 'content-type': 'application/json' } : {}), ...o.headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
