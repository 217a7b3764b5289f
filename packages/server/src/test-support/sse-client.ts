export interface SseMessage {
  id: string;
  event: string;
  data: { position: number; bodyId: string; event: Record<string, unknown> };
}

/** Reads a text/event-stream over fetch, collecting messages until closed. */
export class SseClient {
  readonly messages: SseMessage[] = [];
  private readonly abort = new AbortController();
  private done: Promise<void> = Promise.resolve();
  status = 0;

  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async open(): Promise<this> {
    const res = await fetch(this.url, { headers: { accept: 'text/event-stream', ...this.headers }, signal: this.abort.signal });
    this.status = res.status;
    if (!res.body) return this;
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    this.done = (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let cut = buffer.indexOf('\n\n');
          while (cut >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const fields: Record<string, string> = {};
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) continue;
              const i = line.indexOf(':');
              if (i > 0) fields[line.slice(0, i)] = line.slice(i + 1).trimStart();
            }
            if (fields.data) this.messages.push({ id: fields.id ?? '', event: fields.event ?? 'message', data: JSON.parse(fields.data) });
            cut = buffer.indexOf('\n\n');
          }
        }
      } catch {
        // aborted
      }
    })();
    return this;
  }

  /** Waits until `pred` holds over the messages received (polling), or fails after `ms`. */
  async until(pred: (m: SseMessage[]) => boolean, ms = 5000): Promise<void> {
    const end = Date.now() + ms;
    while (!pred(this.messages)) {
      if (Date.now() > end) throw new Error(`SSE condition not met; got ${this.messages.map((m) => m.event).join(', ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  get lastId(): string {
    return this.messages.at(-1)?.id ?? '';
  }

  async close(): Promise<void> {
    this.abort.abort();
    await this.done;
  }
}
