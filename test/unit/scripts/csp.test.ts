import { describe, expect, it } from 'vitest';
import { HEADER_CSP, META_CSP } from '../../../scripts/lib/csp.mjs';
import { contentSecurityPolicyHeader, isDocumentPath } from '../../../vite.config';

/** The directives of a policy by name. */
function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values.join(' ')]));
}

describe('Content-Security-Policy', () => {
  it('keeps the app on its own origin and forbids a <base> override in the page and the header', () => {
    for (const policy of [META_CSP, HEADER_CSP]) {
      const d = directives(policy);
      expect(d.get('default-src')).toBe("'self'");
      // Scripts from the origin only; WebAssembly compilation (the matching solver) is the one addition.
      expect(d.get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
      expect(d.get('connect-src')).toBe("'self' data: blob:");
      expect(d.get('base-uri')).toBe("'none'");
    }
  });

  it("puts frame-ancestors 'none' in the header only (browsers ignore it in a meta tag)", () => {
    expect(directives(HEADER_CSP).get('frame-ancestors')).toBe("'none'");
    expect(directives(META_CSP).has('frame-ancestors')).toBe(false);
    expect(HEADER_CSP.startsWith(META_CSP)).toBe(true);
  });

  it('is sent as a header by `vite preview` on documents', () => {
    type Middleware = (req: { url?: string }, res: { setHeader: (k: string, v: string) => void }, next: () => void) => void;
    let middleware: Middleware | null = null;
    const plugin = contentSecurityPolicyHeader();
    const hook = plugin.configurePreviewServer as unknown as (server: { middlewares: { use: (m: Middleware) => void } }) => void;
    hook({ middlewares: { use: (m) => (middleware = m) } });
    const headersFor = (url: string): Record<string, string> => {
      const headers: Record<string, string> = {};
      let nexted = false;
      middleware!({ url }, { setHeader: (k, v) => (headers[k] = v) }, () => (nexted = true));
      expect(nexted).toBe(true);
      return headers;
    };
    expect(headersFor('/')['Content-Security-Policy']).toBe(HEADER_CSP);
    expect(headersFor('/sub/index.html?x=1')['Content-Security-Policy']).toBe(HEADER_CSP);
    expect(headersFor('/assets/index-abc.js')['Content-Security-Policy']).toBeUndefined();
  });

  it('tells documents from files by the path', () => {
    expect(['/', '/a/', '/index.html', '/route', '/a/b?c=d.js'].map(isDocumentPath)).toEqual([true, true, true, true, true]);
    expect(['/geo/counties.json', '/assets/x.js', '/f.woff2?v=1'].map(isDocumentPath)).toEqual([false, false, false]);
  });
});
