// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import fr from '../../../../public/_locales/fr/messages.json';
import type { PermissionsApi } from '../../../../components/options/HostAccess';
import { OptionsApp } from '../../../../components/options/OptionsApp';
import { catalogMessage } from '../../../../utils/i18n-catalog';
import { compileCustomDetectors } from '../../../../utils/detect/custom';
import { resolvePolicyState, type PolicyState } from '../../../../utils/policy/load';
import { IMPORTED_POLICY_KEY, PERSONAL_RULES_KEY } from '../../../../utils/policy/policy-store';
import { buildSiteTable } from '../../../../utils/policy/site-table';
import { validatePolicy } from '../../../../utils/policy/validate';
import { ENV_WITH_TOKEN } from '../../../e2e/fake-data';

const BLOCK_SECRETS = {
  policyVersion: 'pilot-7',
  policyUrl: 'https://intranet.example.com/ai-policy',
  alternative: { name: 'Copilot (Contoso tenant)', url: 'https://copilot.contoso.example/' },
  sites: [
    { match: 'copilot', status: 'sanctioned' },
    { match: 'deepseek', status: 'blocked', reason: { en: 'Data is stored abroad.', fr: 'Les données sont stockées à l’étranger.' } },
    { match: 'ai.contoso.example', status: 'sanctioned', name: 'Contoso AI' },
  ],
  rules: [
    {
      id: 'no-secrets',
      siteStatus: ['unsanctioned'],
      events: ['paste', 'upload'],
      types: ['secret.*'],
      action: 'block',
      message: { en: 'Secrets never go to AI tools.', fr: 'Les secrets ne vont jamais dans les outils d’IA.' },
    },
    { id: 'projects', types: ['custom.projects'], action: 'warn' },
  ],
  detectors: [{ id: 'projects', kind: 'keywords', terms: ['Project Nightingale'] }],
};

async function stateOf(inputs: { managed?: Record<string, unknown>; imported?: unknown }, previous?: PolicyState): Promise<PolicyState> {
  return resolvePolicyState({ managed: inputs.managed ?? {}, imported: inputs.imported }, previous, { validate: validatePolicy, siteTable: (policy) => buildSiteTable(policy), now: Date.UTC(2026, 10, 2) });
}

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

/** Waits (at most three seconds) until `done` holds, letting effects, timers and promises run. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 150 && !done(); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  expect(done()).toBe(true);
}

async function mount(state: PolicyState | undefined, permissions: PermissionsApi = { contains: async () => false, request: async () => true }, uiLanguage = 'en-US') {
  container = document.createElement('div');
  document.body.append(container);
  const root = container;
  await act(async () => {
    render(
      <OptionsApp
        loadPolicy={async () => state}
        watchPolicy={() => () => undefined}
        local={fakeBrowser.storage.local}
        permissions={permissions}
        validate={validatePolicy}
        compile={compileCustomDetectors}
        uiLanguage={uiLanguage}
      />,
      root,
    );
  });
  await until(() => root.querySelector('[data-testid="options"]') !== null);
  return root;
}

const text = (root: HTMLElement, testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';

async function chooseFile(root: HTMLElement, name: string, content: string) {
  const input = root.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([content], name, { type: 'application/json' })] });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await until(() => !['busy', undefined].includes(root.querySelector('[data-testid="import-outcome"]')?.getAttribute('data-outcome') ?? undefined) || root.querySelector('[data-testid="import-errors"]') !== null);
}

function typeSample(root: HTMLElement, sample: string) {
  const area = root.querySelector<HTMLTextAreaElement>('[data-testid="tester-text"]')!;
  area.value = sample;
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

function pick(root: HTMLElement, testId: string, value: string) {
  const select = root.querySelector<HTMLSelectElement>(`[data-testid="${testId}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('OptionsApp: the policy in force', () => {
  it('shows the built-in default when nothing is published yet', async () => {
    const root = await mount(undefined);
    expect(root.querySelector('[data-testid="options"]')?.getAttribute('data-policy-source')).toBe('default');
    expect(text(root, 'policy-source')).toBe('Built-in default (no organization policy)');
    expect([...root.querySelectorAll('[data-testid="policy-rules"] li')].map((li) => li.getAttribute('data-rule-id'))).toEqual(['secrets', 'payment-cards', 'bank-accounts', 'national-ids']);
    expect(text(root, 'policy-rules')).toContain('On every AI site, when content pasted, dropped, uploaded or sent holds a secret (any kind) at medium confidence or more: warn (the employee may go on).');
    expect(text(root, 'default-action')).toContain('allow and record it');
    expect(root.querySelector('[data-testid="host-access"]')).toBeNull();
  });

  it('shows an imported policy: source, version, sites, rules as sentences, detectors without their terms', async () => {
    const root = await mount(await stateOf({ imported: BLOCK_SECRETS }));
    expect(text(root, 'policy-source')).toBe('Imported from a file on this page');
    expect(text(root, 'policy-version')).toBe('pilot-7');
    expect(text(root, 'policy-sites')).toContain('Microsoft Copilot (copilot)');
    expect(text(root, 'policy-sites')).toContain('Data is stored abroad.');
    expect(text(root, 'policy-sites')).toContain('Contoso AI (ai.contoso.example)');
    expect(text(root, 'blocked-sites-rule')).toContain('On blocked sites, everything is blocked');
    expect(root.querySelector('[data-rule-id="no-secrets"]')?.textContent).toContain(
      'On unsanctioned sites, when a paste or a file upload holds a secret (any kind) at medium confidence or more: block, with the message “Secrets never go to AI tools.”',
    );
    const detector = root.querySelector('[data-detector-id="projects"]')!;
    expect(detector.textContent).toContain('custom.projects');
    expect(detector.querySelector('details')?.open).toBe(false);
    expect(text(root, 'policy-logging')).toContain('365 days');
    expect(text(root, 'policy-employee')).toContain('Add personal rules (stricter only)yes');
  });

  it('shows the errors of a rejected policy with their key paths, and says the last good policy stays in force', async () => {
    const good = await stateOf({ imported: BLOCK_SECRETS });
    const root = await mount(await stateOf({ managed: { mode: 'blocking', rules: [{ id: 'x', types: ['pii.mail'], action: 'warn' }] } }, good));
    const errors = root.querySelector('[data-testid="policy-errors"]')!;
    expect(errors.getAttribute('role')).toBe('alert');
    expect(errors.textContent).toContain('Your organization’s latest policy was rejected');
    expect(errors.textContent).toContain('The last valid policy stays in force');
    expect([...errors.querySelectorAll('li')].map((li) => li.getAttribute('data-path'))).toContain('mode');
    expect(text(root, 'policy-version')).toBe('pilot-7');
    // A managed policy is on the way, so import is closed with the reason.
    expect(root.querySelector<HTMLInputElement>('[data-testid="import-file"]')?.disabled).toBe(true);
    expect(text(root, 'import-disabled')).toContain('managed browser policy');
  });
});

describe('OptionsApp: import of a policy file', () => {
  it('rejects a file that is not JSON and saves nothing', async () => {
    const root = await mount(await stateOf({}));
    await chooseFile(root, 'broken.json', '{ "mode": "enforce", }');
    expect(text(root, 'import-errors')).toContain('broken.json was not imported');
    expect(text(root, 'import-errors')).toContain('The file is not valid JSON:');
    expect(await fakeBrowser.storage.local.get(IMPORTED_POLICY_KEY)).toEqual({});
  });

  it('rejects an invalid policy with each error at its key path, and saves nothing', async () => {
    const root = await mount(await stateOf({}));
    await chooseFile(root, 'bad.json', JSON.stringify({ mode: 'enforce', rules: [{ id: 'a', types: ['secret.*'], action: 'blok' }], logging: { retentionDays: 0 } }));
    const paths = [...root.querySelectorAll('[data-testid="import-errors"] li')].map((li) => li.getAttribute('data-path'));
    expect(paths).toEqual(expect.arrayContaining(['rules[0].action', 'logging.retentionDays']));
    expect(text(root, 'import-errors')).toContain('rules[0].action "blok" is not one of');
    expect(await fakeBrowser.storage.local.get(IMPORTED_POLICY_KEY)).toEqual({});
  });

  it('rejects a JSON list', async () => {
    const root = await mount(await stateOf({}));
    await chooseFile(root, 'list.json', '[]');
    expect(text(root, 'import-errors')).toContain('must hold one JSON object');
    expect(await fakeBrowser.storage.local.get(IMPORTED_POLICY_KEY)).toEqual({});
  });

  it('saves a valid policy as it is, for the background to put in force, and removes it on request', async () => {
    const root = await mount(await stateOf({}));
    await chooseFile(root, 'policy.json', JSON.stringify(BLOCK_SECRETS));
    expect(text(root, 'import-outcome')).toContain('policy.json is valid and was saved');
    expect(await fakeBrowser.storage.local.get(IMPORTED_POLICY_KEY)).toEqual({ [IMPORTED_POLICY_KEY]: BLOCK_SECRETS });
    await until(() => root.querySelector('[data-testid="import-remove"]') !== null);
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="import-remove"]')!.click());
    await until(() => text(root, 'import-outcome').includes('removed'));
    expect(await fakeBrowser.storage.local.get(IMPORTED_POLICY_KEY)).toEqual({});
  });
});

describe('OptionsApp: policy tester', () => {
  it('shows the findings without their values, and the verdict with the rule that decided', async () => {
    const root = await mount(await stateOf({ imported: BLOCK_SECRETS }));
    await until(() => root.querySelector('[data-testid="tester-site"] option[value="chatgpt.com"]') !== null);
    pick(root, 'tester-site', 'chatgpt.com');
    typeSample(root, ENV_WITH_TOKEN);
    await until(() => root.querySelector('[data-testid="tester-verdict"]') !== null);
    const verdict = root.querySelector('[data-testid="tester-verdict"]')!;
    expect(verdict.getAttribute('data-action')).toBe('block');
    expect(verdict.getAttribute('data-rule-id')).toBe('no-secrets');
    expect(text(root, 'tester-rule')).toContain('no-secrets: On unsanctioned sites, when a paste or a file upload holds a secret (any kind)');
    expect(text(root, 'tester-message')).toBe('Message shown: Secrets never go to AI tools.');
    expect(text(root, 'tester-alternative')).toContain('Copilot (Contoso tenant)');
    expect(text(root, 'tester-site-status')).toBe('Under the policy, chatgpt.com is tolerated.');
    const finding = root.querySelector('[data-finding-type="secret.github_token"]')!;
    expect(finding.textContent).toContain('GitHub');
    expect(root.textContent).not.toContain('ghp_');
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="tester-reveal"]')!.click());
    expect(text(root, 'tester-findings')).toContain('ghp_');
  });

  it('follows the site and event picked: allowed on the sanctioned site, blocked on a blocked one', async () => {
    const root = await mount(await stateOf({ imported: BLOCK_SECRETS }));
    typeSample(root, ENV_WITH_TOKEN);
    const verdict = () => root.querySelector('[data-testid="tester-verdict"]');
    pick(root, 'tester-site', 'copilot.microsoft.com');
    await until(() => verdict()?.getAttribute('data-action') === 'log');
    pick(root, 'tester-site', 'chat.deepseek.com');
    await until(() => verdict()?.getAttribute('data-rule-id') === 'site-blocked');
    expect(verdict()?.getAttribute('data-action')).toBe('block');
    expect(text(root, 'tester-rule')).toContain('The site is blocked by the policy');
    pick(root, 'tester-site', 'chatgpt.com');
    pick(root, 'tester-kind', 'submit');
    await until(() => verdict()?.getAttribute('data-action') === 'log' && verdict()?.getAttribute('data-rule-id') === '');
    expect(text(root, 'tester-rule')).toContain('No rule matched');
  });

  it('runs the policy’s own detectors', async () => {
    const root = await mount(await stateOf({ imported: BLOCK_SECRETS }));
    typeSample(root, 'Status of project nightingale for the board');
    await until(() => root.querySelector('[data-finding-type="custom.projects"]') !== null);
    expect(root.querySelector('[data-testid="tester-verdict"]')?.getAttribute('data-action')).toBe('warn');
    expect(root.querySelector('[data-testid="tester-verdict"]')?.getAttribute('data-rule-id')).toBe('projects');
  });

  it('offers the hosts the policy adds, with their status', async () => {
    const root = await mount(await stateOf({ imported: BLOCK_SECRETS }));
    const option = root.querySelector('[data-testid="tester-site"] option[value="ai.contoso.example"]');
    expect(option?.textContent).toBe('Contoso AI — ai.contoso.example');
    expect(option?.parentElement?.getAttribute('label')).toBe('Sanctioned sites');
  });

  it('waits for a pause in typing before scanning', async () => {
    vi.useFakeTimers();
    try {
      const state = await stateOf({});
      container = document.createElement('div');
      document.body.append(container);
      const root = container;
      await act(async () => {
        render(<OptionsApp loadPolicy={async () => state} watchPolicy={() => () => undefined} local={fakeBrowser.storage.local} permissions={{ contains: async () => false, request: async () => false }} validate={validatePolicy} compile={compileCustomDetectors} uiLanguage="en" />, root);
      });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(10);
      });
      await act(() => typeSample(root, ENV_WITH_TOKEN));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(100);
      });
      expect(root.querySelector('[data-testid="tester-verdict"]')).toBeNull();
      await act(async () => {
        await vi.advanceTimersByTimeAsync(200);
      });
      expect(root.querySelector('[data-testid="tester-verdict"]')?.getAttribute('data-action')).toBe('warn');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('OptionsApp: access to hosts the policy adds', () => {
  it('lists them with their access, and asks the browser for the missing ones', async () => {
    const policy = { ...BLOCK_SECRETS, sites: [...BLOCK_SECRETS.sites, { match: '*.contoso-ai.example', status: 'tolerated' }] };
    const request = vi.fn(async () => true);
    const granted = new Set(['https://ai.contoso.example/*']);
    const root = await mount(await stateOf({ imported: policy }), { contains: async ([origin]: string[]) => granted.has(origin), request });
    await until(() => root.querySelector('[data-pattern="https://*.contoso-ai.example/*"][data-granted]') !== null);
    expect(root.querySelector('[data-pattern="https://ai.contoso.example/*"]')?.getAttribute('data-granted')).toBe('true');
    expect(root.querySelector('[data-pattern="https://*.contoso-ai.example/*"]')?.getAttribute('data-granted')).toBe('false');
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="hosts-grant"]')!.click());
    expect(request).toHaveBeenCalledWith(['https://*.contoso-ai.example/*']);
  });
});

describe('OptionsApp: personal rules', () => {
  it('stores the rules the employee adds, and says they can only be stricter', async () => {
    const root = await mount(await stateOf({}));
    const section = root.querySelector('[data-testid="personal-rules"]')!;
    expect(section.textContent).toContain('can only make a verdict stricter');
    await until(() => section.textContent?.includes('You have no personal rule.') ?? false);
    await act(() => section.querySelector<HTMLInputElement>('input[data-type="pii.*"]')!.click());
    await act(() => section.querySelector<HTMLInputElement>('input[value="block"]')!.click());
    await act(() => section.querySelector<HTMLButtonElement>('[data-testid="personal-add"]')!.click());
    await until(() => section.querySelector('[data-testid="personal-list"] li') !== null);
    expect(await fakeBrowser.storage.local.get(PERSONAL_RULES_KEY)).toEqual({ [PERSONAL_RULES_KEY]: [{ types: ['pii.*'], action: 'block' }] });
    expect(text(root, 'personal-list')).toContain('personal data (any kind) at medium confidence or more: block.');
  });

  it('says so when the policy does not allow them', async () => {
    const root = await mount(await stateOf({ imported: { employee: { personalRules: false } } }));
    expect(text(root, 'personal-rules')).toContain('does not let employees add personal rules');
    expect(root.querySelector('[data-testid="personal-add"]')).toBeNull();
  });
});

describe('OptionsApp in French', () => {
  it('has a French text for everything it shows (a missing one would show its key)', async () => {
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string, subs?: string | string[]) => catalogMessage(fr, key, subs), getUILanguage: () => 'fr' });
    const policy = {
      ...BLOCK_SECRETS,
      mode: 'monitor',
      failMode: 'closed',
      defaultSiteStatus: 'blocked',
      categories: { image: { status: 'tolerated', alternative: { name: 'Images', url: 'https://images.example.com/' } } },
      detectors: [...BLOCK_SECRETS.detectors, { id: 'codes', kind: 'regex', pattern: 'PRJ-[0-9]{4}' }, { id: 'names', kind: 'hashed', hashes: ['a'.repeat(64)] }],
      logging: { excerpt: 'redacted', identity: 'pseudonymous', organization: 'DSI' },
      sites: [...BLOCK_SECRETS.sites, { match: '*.contoso-ai.example', status: 'tolerated' }],
    };
    const root = await mount(await stateOf({ imported: policy }), undefined, 'fr-FR');
    typeSample(root, ENV_WITH_TOKEN);
    await until(() => root.querySelector('[data-testid="tester-verdict"]') !== null);
    await until(() => root.querySelector('[data-testid="host-access"] [data-granted]') !== null);
    expect(root.textContent).toContain('Politique en vigueur');
    expect(root.querySelector('[data-rule-id="no-secrets"]')?.textContent).toContain(
      'Sur les sites non approuvés, quand un collage ou un envoi de fichier contient un secret (tout type) avec une confiance au moins moyenne\u00a0: bloquer, avec le message «\u00a0Les secrets ne vont jamais dans les outils d’IA.\u00a0»',
    );
    expect(root.textContent?.match(/\b(options|blockedPage)[A-Z][A-Za-z_]*/g) ?? []).toEqual([]);
  });
});
