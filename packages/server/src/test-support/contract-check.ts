import type { RouteConfig } from '@hono/zod-openapi';
import type { ZodType } from 'zod';
import { contractApp } from '../contract.ts';

/**
 * The contract test: every response the server's test suite sees through `TestClient`
 * (and `checkedRequest` for in-process calls) is checked against the route's declared
 * OpenAPI response, the same zod schema the document is made from. An undeclared status,
 * an undeclared media type or a body that fails its schema throws, so the test fails.
 */
interface Operation {
  method: string;
  path: string;
  pattern: RegExp;
  params: number;
  responses: RouteConfig['responses'];
}

let table: Operation[] | undefined;
const operations = (): Operation[] => {
  table ??= contractApp()
    .openAPIRegistry.definitions.flatMap((d) => (d.type === 'route' ? [d.route] : []))
    .map((r) => ({
      method: r.method.toUpperCase(),
      path: r.path,
      pattern: new RegExp(`^${r.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
      params: (r.path.match(/\{/g) ?? []).length,
      responses: r.responses,
    }))
    // A literal segment wins over a parameter (`/messages/inbox` before `/messages/{messageId}`).
    .sort((a, b) => a.params - b.params);
  return table;
};

export const operationFor = (method: string, pathname: string): Operation | undefined => operations().find((o) => o.method === method.toUpperCase() && o.pattern.test(pathname));

interface Declared {
  content?: Record<string, { schema?: unknown }>;
}

/** Throws when the response is not what its route declares; routes outside the contract (the web app, the docs) are not checked. */
export const checkResponse = async (method: string, url: string, res: Response): Promise<void> => {
  const op = operationFor(method, new URL(url, 'http://x').pathname);
  if (!op) return;
  const where = `${method.toUpperCase()} ${op.path} → ${res.status}`;
  const declared = (op.responses[String(res.status)] ?? op.responses.default) as Declared | undefined;
  if (!declared) throw new Error(`contract: ${where} is not a declared status (${Object.keys(op.responses).join(', ')})`);
  if (!declared.content) return;
  const media = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const entry = declared.content[media];
  if (!entry) throw new Error(`contract: ${where} answered ${media || 'no content type'}, declared ${Object.keys(declared.content).join(', ')}`);
  // A stream never ends, and a file's bytes have no schema beyond their media type.
  if (!media.endsWith('json')) return;
  const text = await res.clone().text();
  const parsed = (entry.schema as ZodType).safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`contract: ${where} body does not match its schema:\n  ${issues.join('\n  ')}\n  body: ${text.slice(0, 300)}`);
  }
};
