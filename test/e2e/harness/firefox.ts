import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { AI_SITES } from '../../../utils/catalog/sites';
import { GECKO_ID } from '../../../utils/extension-identity';

export const FIREFOX_PATH = process.env.VIGIE_FIREFOX ?? '/usr/bin/firefox-esr';

/**
 * The extension's internal UUID in the test profile (Firefox draws a random one per profile otherwise): its
 * pages are at moz-extension://<this>/, where the tests open the popup to read the usage log.
 */
export const FIREFOX_EXTENSION_UUID = '5d6e2f4a-3b1c-4e8d-9a7f-0c2b4d6e8f10';

/** A running Firefox ESR with the extension installed temporarily, over WebDriver BiDi. */
export interface FirefoxSession {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * A wrapper executable that runs Firefox in a private mount namespace where `policyRoot` is mounted over
 * /etc/firefox, so Firefox reads `policyRoot/policies/policies.json` and the machine's /etc is never written.
 * When the machine has no /etc/firefox to mount over, /etc is overlaid (in the namespace only) with a tmpfs
 * layer that adds the empty mount point.
 */
async function firefoxPolicyWrapper(workDir: string, policyRoot: string): Promise<string> {
  const wrapper = join(workDir, 'firefox-with-policy.sh');
  const scratch = join(workDir, 'etc-overlay');
  await mkdir(scratch, { recursive: true });
  const unshare = process.getuid?.() === 0 ? 'unshare -m --propagation private' : 'unshare -r -m --propagation private';
  const mountScript = [
    'root="$0"; scratch="$1"; bin="$2"; shift 2',
    'if [ ! -d /etc/firefox ]; then',
    '  mount -t tmpfs tmpfs "$scratch" && mkdir -p "$scratch/upper/firefox" "$scratch/work" &&',
    '  mount -t overlay overlay -o "lowerdir=/etc,upperdir=$scratch/upper,workdir=$scratch/work" /etc || exit 97',
    'fi',
    'mount --bind "$root" /etc/firefox || exit 98',
    'exec "$bin" "$@"',
  ].join('\n');
  await writeFile(
    wrapper,
    `#!/bin/sh
# Private mount namespace: the mounts below are seen by this Firefox only, never by the machine.
exec ${unshare} -- /bin/sh -c '${mountScript}' '${policyRoot}' '${scratch}' '${FIREFOX_PATH}' "$@"
`,
  );
  await chmod(wrapper, 0o755);
  return wrapper;
}

/**
 * Launches Firefox ESR with the built extension; catalog hostnames (and `extraHosts`) resolve to the local server. With
 * `policies` (the content of a policies.json, e.g. `{"policies": {"3rdparty": ...}}`), Firefox reads them as
 * enterprise policy from /etc/firefox/policies/policies.json, in a private mount namespace.
 */
export async function launchFirefox(options: {
  extensionDir: string;
  sitePort: number;
  policies?: Record<string, unknown>;
  /** Hostnames beyond the catalog's that also resolve to the local server (hosts a policy adds). */
  extraHosts?: string[];
  /** More preferences for this profile. */
  prefs?: Record<string, unknown>;
}): Promise<FirefoxSession> {
  const hosts = [...AI_SITES.flatMap((site) => site.hosts), ...(options.extraHosts ?? [])];
  let executablePath = FIREFOX_PATH;
  let workDir: string | undefined;
  if (options.policies) {
    workDir = await mkdtemp(join(tmpdir(), 'vigie-firefox-'));
    const policyRoot = join(workDir, 'etc-firefox');
    await mkdir(join(policyRoot, 'policies'), { recursive: true });
    await writeFile(join(policyRoot, 'policies', 'policies.json'), JSON.stringify(options.policies, null, 2));
    executablePath = await firefoxPolicyWrapper(workDir, policyRoot);
  }
  const cleanup = () => (workDir ? rm(workDir, { recursive: true, force: true }) : Promise.resolve());
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      // WebDriver BiDi navigates only to http(s), file, blob and about:blank without it; the tests open the
      // extension's pages (moz-extension://) to read the usage log.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // Only the catalog hosts resolve to 127.0.0.1, and HTTPS on 443 goes to the test server's port.
        'network.dns.localDomains': hosts.join(','),
        'network.socket.forcePort': `443=${options.sitePort}`,
        // A fixed internal UUID for the extension, so its pages have a known origin.
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
        ...options.prefs,
      },
    })
    .catch(async (error: unknown) => {
      await cleanup();
      throw error;
    });
  try {
    await browser.installExtension(options.extensionDir);
  } catch (error) {
    await browser.close();
    await cleanup();
    throw error;
  }
  return {
    browser,
    close: async () => {
      await browser.close();
      await cleanup();
    },
  };
}

/**
 * Opens one of the extension's pages (e.g. 'popup.html') in a new tab. WebDriver BiDi does not report the end
 * of that navigation (the tab moves to the extension's process), so the page is awaited by its own state.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const url = `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`;
  const page = await browser.newPage();
  const abort = new AbortController();
  const navigating = page.goto(url, { signal: abort.signal }).catch(() => undefined);
  try {
    // While the tab moves to the extension's process, Firefox can fail an evaluation with a protocol error ("right-hand
    // side of 'in' should be an object, got null"). A wait (waitForFunction) started then could keep failing: three
    // times in a row in one fresh-clone CI run. So each poll is an evaluation of its own, in the page's realm of the
    // moment, and an error, or no answer within 2 s, is one more poll; the timeout says which page did not load.
    const sleep = (ms: number) => new Promise<false>((resolve) => setTimeout(() => resolve(false), ms));
    const loaded = () => page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url).catch(() => false);
    const deadline = Date.now() + 15_000;
    while (!(await Promise.race([loaded(), sleep(2_000)]))) {
      if (Date.now() > deadline) throw new Error(`Firefox: ${url} did not load in 15 s`);
      await sleep(100);
    }
  } finally {
    abort.abort();
    await navigating;
  }
  return page;
}

/** True when the machine has an /etc/firefox folder (the tests must leave it as they found it). */
export function machineHasEtcFirefox(): boolean {
  return existsSync('/etc/firefox');
}

/**
 * Pastes with a real Ctrl+V in Firefox, where synthetic clipboard events arrive empty: the text is
 * typed into the fixture's hidden source field, copied with Ctrl+C, then pasted into `selector`. With `frame`
 * (an editing frame of the page, as TinyMCE's), `selector` is in that frame and is clicked to take the focus.
 */
export async function realPasteFirefox(page: Page, selector: string, text: string, frame?: Frame): Promise<void> {
  // The text is put in the page's hidden #source field and selected there (replacing what an earlier paste left),
  // and copied only once that field has the focus: a Ctrl+A elsewhere would select, and copy, the whole page.
  await page.evaluate((value) => {
    const source = document.querySelector<HTMLTextAreaElement>('#source')!;
    source.value = value;
    source.focus();
    source.select();
  }, text);
  await page.waitForFunction((length) => {
    const source = document.activeElement as HTMLTextAreaElement | null;
    return source?.id === 'source' && source.selectionStart === 0 && source.selectionEnd === length;
  }, {}, text.length);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyC');
  await page.keyboard.up('Control');
  if (frame) await frame.click(selector);
  else await page.focus(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyV');
  await page.keyboard.up('Control');
}
