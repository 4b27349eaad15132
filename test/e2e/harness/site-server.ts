import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureFixturesBuilt } from '../../fixtures/sites/build-fixtures';
import { siteFixture } from '../../fixtures/sites/editors/site-map';
import { makeCertificate } from './tls';

const FIXTURES = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** A local HTTPS server that imitates the AI sites; every mapped hostname lands here. */
export interface SiteServer {
  port: number;
  /** Host headers and paths requested, to check the browser really asked for the real hostname. */
  requests: string[];
  close(): Promise<void>;
}

/** The file a path asks for: chat.html for `/`, the host's editor fixture for `/site`, else the file of that name. */
function fixtureFile(host: string, pathname: string): string | undefined {
  if (pathname === '/' || pathname.startsWith('/c/')) return 'chat.html';
  // `/site` (and routes under it, for single-page navigation) serves the page that imitates this host's site.
  if (pathname === '/site' || pathname.startsWith('/site/')) {
    const fixture = siteFixture(host.replace(/:\d+$/, ''));
    return fixture ? `editors/${fixture.page}` : undefined;
  }
  return pathname.slice(1);
}

/**
 * Serves test/fixtures/sites over HTTPS on 127.0.0.1. `/` serves chat.html, the generic chat page;
 * `/site` serves the editor fixture that imitates the requested host (editors/site-map.ts), and
 * `/editors/NAME.html` an editor fixture on any host; other paths serve the fixture file of that name.
 * The editor fixtures' bundles are built first when missing or stale.
 */
export async function startSiteServer(): Promise<SiteServer> {
  await ensureFixturesBuilt();
  const { key, cert } = await makeCertificate();
  const requests: string[] = [];
  const server: Server = createServer({ key, cert }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://placeholder');
    requests.push(`${req.headers.host ?? ''}${url.pathname}`);
    // A script that takes `ms` to arrive: a page that includes it stays loading meanwhile (see `?slow=`).
    if (url.pathname === '/__slow.js') {
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end('window.slowScriptRan = true;'), Number(url.searchParams.get('ms')));
      return;
    }
    const name = fixtureFile(req.headers.host ?? '', url.pathname);
    if (name === undefined) {
      res.writeHead(404).end('no fixture imitates this host');
      return;
    }
    const path = normalize(join(FIXTURES, name));
    if (!path.startsWith(FIXTURES) || path === FIXTURES) {
      res.writeHead(403).end();
      return;
    }
    // `?slow=MS` on an HTML page: a script that takes MS to arrive is added at the end of its body, so the page
    // is usable but still loading (its DOMContentLoaded and load wait for it) for that long.
    const slow = extname(path) === '.html' ? url.searchParams.get('slow') : null;
    const withSlowScript = (body: Buffer) => (slow ? body.toString().replace('</body>', `<script src="/__slow.js?ms=${Number(slow)}"></script></body>`) : body);
    readFile(path).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(withSlowScript(body)),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
