import { afterAll, beforeAll } from 'vitest';
import { BUILD_DIRS } from './build';
import { launchChromium, type ChromiumOptions, type ChromiumSession } from './chromium';
import { startSiteServer, type SiteServer } from './site-server';

/** What a test file gets from useChromium(): the local AI-site server and the browser session. */
export interface ChromiumFixture {
  readonly server: SiteServer;
  readonly session: ChromiumSession;
}

/**
 * Starts the local AI-site server and Chromium with the built extension before the file's tests (waiting
 * for the service worker), and stops both after them.
 */
export function useChromium(options: Pick<ChromiumOptions, 'managedPolicy' | 'language' | 'headless'> = {}): ChromiumFixture {
  let server: SiteServer | undefined;
  let session: ChromiumSession | undefined;
  beforeAll(async () => {
    server = await startSiteServer();
    session = await launchChromium({ extensionDir: BUILD_DIRS.chrome, sitePort: server.port, ...options });
    await session.serviceWorker();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`${name} is not started: use it inside a test`);
    return value;
  };
  return {
    get server() {
      return started(server, 'the site server');
    },
    get session() {
      return started(session, 'the Chromium session');
    },
  };
}
