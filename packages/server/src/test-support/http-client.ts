import { checkResponse } from './contract-check.ts';

/**
 * A tiny cookie-keeping HTTP client for tests over real sockets: it holds the
 * session cookie, fetches a CSRF token and echoes it on writes, as a browser app would.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  csrf = '';

  constructor(readonly base: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
      if (name === 'pb_csrf') this.csrf = value;
    }
  }

  async raw(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(this.base + path, {
      method,
      redirect: 'manual',
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
        ...(method !== 'GET' && this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    this.keep(res);
    await checkResponse(method, path, res);
    return res;
  }

  async json<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const res = await this.raw(method, path, body);
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  /** The same cookies (session, CSRF) against another server: a browser talking to a second process behind one address. */
  cloneTo(base: string): TestClient {
    const c = new TestClient(base);
    for (const [k, v] of this.cookies) c.cookies.set(k, v);
    c.csrf = this.csrf;
    return c;
  }

  /** The signed session cookie's value, for clients (SSE) that bring their own fetch. */
  get sessionCookie(): string | undefined {
    return this.cookies.get('pb_session');
  }

  async ready(): Promise<this> {
    await this.raw('GET', '/api/auth/session');
    return this;
  }

  async login(bodyId: string, username: string, password: string): Promise<this> {
    await this.ready();
    const r = await this.json('POST', '/api/auth/login', { bodyId, username, password });
    if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
    return this;
  }
}
