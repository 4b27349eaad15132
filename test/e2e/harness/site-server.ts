import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * Serves test/fixtures/sites over HTTPS on 127.0.0.1. `/` serves chat.html, the generic chat page;
 * other paths serve the fixture file of that name.
 */
export async function startSiteServer(): Promise<SiteServer> {
  const { key, cert } = await makeCertificate();
  const requests: string[] = [];
  const server: Server = createServer({ key, cert }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://placeholder');
    requests.push(`${req.headers.host ?? ''}${url.pathname}`);
    const name = url.pathname === '/' || url.pathname.startsWith('/c/') ? 'chat.html' : url.pathname.slice(1);
    const path = normalize(join(FIXTURES, name));
    if (!path.startsWith(FIXTURES)) {
      res.writeHead(403).end();
      return;
    }
    readFile(path).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body),
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
