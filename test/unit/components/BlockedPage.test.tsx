// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import fr from '../../../public/_locales/fr/messages.json';
import { BlockedPage, blockedHost } from '../../../components/BlockedPage';
import { catalogMessage } from '../../../utils/i18n-catalog';
import { resolvePolicyState, type PolicyState } from '../../../utils/policy/load';
import { buildSiteTable } from '../../../utils/policy/site-table';
import { validatePolicy } from '../../../utils/policy/validate';

const POLICY = {
  policyUrl: 'https://intranet.example.com/ai-policy',
  alternative: { name: 'Contoso Assistant', url: 'https://assistant.contoso.example/' },
  categories: { image: { alternative: { name: 'Contoso Images', url: 'https://images.contoso.example/' } } },
  sites: [
    { match: 'deepseek', status: 'blocked', reason: { en: 'Data is stored abroad.', fr: 'Les données sont stockées à l’étranger.' } },
    { match: 'midjourney', status: 'blocked' },
    { match: 'chatgpt', status: 'tolerated' },
  ],
};

const state = (): Promise<PolicyState> =>
  resolvePolicyState({ managed: POLICY }, undefined, { validate: validatePolicy, siteTable: (policy) => buildSiteTable(policy), now: 1 });

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

async function mount(site: string | null, options: { uiLanguage?: string; goBack?: () => boolean } = {}) {
  const policy = await state();
  container = document.createElement('div');
  document.body.append(container);
  const root = container;
  await act(async () => {
    render(<BlockedPage site={site} loadPolicy={async () => policy} uiLanguage={options.uiLanguage ?? 'en-US'} goBack={options.goBack ?? (() => true)} />, root);
  });
  for (let i = 0; i < 50 && !root.querySelector('[data-testid="blocked-page"]'); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  return root;
}
const text = (root: HTMLElement, testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';

describe('BlockedPage', () => {
  it('names the site, says the organization blocks it, gives the reason, the alternative and the policy', async () => {
    const root = await mount('chat.deepseek.com');
    expect(text(root, 'blocked-site-name')).toBe('DeepSeek is blocked');
    expect(root.textContent).toContain('Your organization does not allow this AI service at work.');
    expect(text(root, 'blocked-reason')).toBe('Why: Data is stored abroad.');
    const alternative = root.querySelector<HTMLAnchorElement>('[data-testid="blocked-alternative"] a')!;
    expect(alternative.textContent).toBe('Contoso Assistant');
    expect(alternative.href).toBe('https://assistant.contoso.example/');
    expect(alternative.rel).toContain('noopener');
    expect(root.querySelector<HTMLAnchorElement>('[data-testid="blocked-policy"] a')?.href).toBe('https://intranet.example.com/ai-policy');
    expect(document.title).toBe('DeepSeek is blocked');
  });

  it('offers the alternative of the site’s category when the policy has one', async () => {
    const root = await mount('www.midjourney.com');
    expect(text(root, 'blocked-alternative')).toContain('Contoso Images');
    expect(root.querySelector('[data-testid="blocked-reason"]')).toBeNull();
  });

  it('gives the reason in French to a French user', async () => {
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string, subs?: string | string[]) => catalogMessage(fr, key, subs) });
    const root = await mount('chat.deepseek.com', { uiLanguage: 'fr' });
    expect(text(root, 'blocked-site-name')).toBe('DeepSeek est bloqué');
    expect(text(root, 'blocked-reason')).toBe('Pourquoi\u00a0: Les données sont stockées à l’étranger.');
    expect(text(root, 'blocked-back')).toBe('Revenir en arrière');
  });

  it('says when the policy in force no longer blocks the site', async () => {
    const root = await mount('chatgpt.com');
    expect(root.querySelector('[data-testid="blocked-page"]')?.getAttribute('data-blocked')).toBe('false');
    expect(root.textContent).toContain('no longer blocks this site');
  });

  it('never renders the query string as markup, and ignores what is not a host', async () => {
    const root = await mount('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).not.toContain('onerror');
    expect(text(root, 'blocked-site-name')).toBe('This AI site is blocked');
    expect(blockedHost(null)).toBeUndefined();
    expect(blockedHost(' Chat.DeepSeek.com ')).toBe('chat.deepseek.com');
    expect(blockedHost('javascript:alert(1)')).toBeUndefined();
  });

  it('shows an unknown host as text, with the general alternative', async () => {
    const root = await mount('unknown-ai.example');
    expect(text(root, 'blocked-site-name')).toBe('unknown-ai.example is blocked');
    expect(text(root, 'blocked-alternative')).toContain('Contoso Assistant');
  });

  it('goes back, or says the tab can be closed when there is nowhere to go', async () => {
    let calls = 0;
    const root = await mount('chat.deepseek.com', { goBack: () => (calls++, false) });
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="blocked-back"]')!.click());
    expect(calls).toBe(1);
    expect(text(root, 'blocked-close-hint')).toContain('you can close it');
  });
});
