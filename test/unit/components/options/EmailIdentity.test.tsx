// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EmailIdentity, type IdentityPermissionApi } from '../../../../components/options/EmailIdentity';
import { identityPermissionFrom, type PermissionsBrowser } from '../../../../components/options/identity-permission';
import { OptionsApp } from '../../../../components/options/OptionsApp';
import { compileCustomDetectors } from '../../../../utils/detect/custom';
import type { PolicyState } from '../../../../utils/policy/load';
import { validatePolicy } from '../../../../utils/policy/validate';
import { stateOf } from '../../policy/policy-fixtures';

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

/** A fake of the browser's permission: granted or not, and what a request does (the user accepts or declines). */
function fakePermission(options: { available?: boolean; granted?: boolean; accept?: boolean; fail?: string } = {}): IdentityPermissionApi & { requests: number } {
  let granted = options.granted ?? false;
  const fake = {
    available: options.available ?? true,
    requests: 0,
    contains: async () => granted,
    request: async () => {
      fake.requests++;
      if (options.fail) throw new Error(options.fail);
      granted = options.accept ?? true;
      return granted;
    },
  };
  return fake;
}

async function settle(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(done()).toBe(true);
}

async function mount(state: PolicyState, permission?: IdentityPermissionApi): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  const root = container;
  await act(async () => {
    render(<EmailIdentity policy={state.policy} permission={permission} />, root);
  });
  return root;
}

const section = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-testid="email-identity"]');
const EMAIL_POLICY = stateOf({ logging: { identity: 'email' } });

describe('EmailIdentity (options page)', () => {
  it('explains the permission and asks for it on a click; once granted, says so and offers no button', async () => {
    const permission = fakePermission();
    const root = await mount(EMAIL_POLICY, permission);
    await settle(() => section(root)?.dataset.granted === 'false');
    expect(section(root)?.textContent).toContain('Until then, records carry a random pseudonym');
    expect(section(root)?.querySelector('[role="status"]')?.textContent).toBe('Not allowed: records carry a pseudonym, not your e-mail address.');
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="email-grant"]')!.click());
    await settle(() => section(root)?.dataset.granted === 'true');
    expect(permission.requests).toBe(1);
    expect(section(root)?.querySelector('[role="status"]')?.textContent).toContain('Allowed: new records carry your profile’s e-mail address');
    expect(root.querySelector('[data-testid="email-grant"]')).toBeNull();
  });

  it('stays on the pseudonym when the employee declines, and shows an error when the request fails', async () => {
    const declined = fakePermission({ accept: false });
    let root = await mount(EMAIL_POLICY, declined);
    await settle(() => section(root)?.dataset.granted === 'false');
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="email-grant"]')!.click());
    await settle(() => declined.requests === 1);
    expect(section(root)?.dataset.granted).toBe('false');
    render(null, container!);
    container!.remove();

    root = await mount(EMAIL_POLICY, fakePermission({ fail: 'Only permissions declared in the manifest can be requested' }));
    await settle(() => section(root)?.dataset.granted === 'false');
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="email-grant"]')!.click());
    await settle(() => root.querySelector('[role="alert"]') !== null);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('The permission could not be requested: Only permissions declared in the manifest can be requested');
  });

  it('says at once when the permission is already granted', async () => {
    const root = await mount(EMAIL_POLICY, fakePermission({ granted: true }));
    await settle(() => section(root)?.dataset.granted === 'true');
    expect(root.querySelector('[data-testid="email-grant"]')).toBeNull();
  });

  it.each([
    ['the policy does not ask for e-mail', stateOf({ logging: { identity: 'pseudonymous' } }), fakePermission()],
    ['the browser cannot give it (Firefox)', EMAIL_POLICY, fakePermission({ available: false })],
    ['the page is given no permission API', EMAIL_POLICY, undefined],
  ])('is not shown when %s', async (_why, state, permission) => {
    const root = await mount(state, permission);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(section(root)).toBeNull();
  });

  it('is part of the options page when the policy asks for e-mail', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const root = container;
    await act(async () => {
      render(
        <OptionsApp
          loadPolicy={async () => EMAIL_POLICY}
          watchPolicy={() => () => undefined}
          local={fakeBrowser.storage.local}
          permissions={{ contains: async () => false, request: async () => true }}
          identityPermission={fakePermission({ granted: true })}
          validate={validatePolicy}
          compile={compileCustomDetectors}
          uiLanguage="en-US"
        />,
        root,
      );
    });
    await settle(() => section(root)?.dataset.granted === 'true');
    expect(root.querySelector('#email-title')?.textContent).toBe('Your e-mail address in the usage log');
  });
});

describe('identityPermissionFrom', () => {
  /** A fake browser whose manifest declares `optional` and which records the permission calls. */
  function fakeApi(optional: string[] | undefined, withPermissions = true): PermissionsBrowser & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      runtime: { getManifest: () => (optional ? { optional_permissions: optional } : {}) },
      permissions: withPermissions
        ? {
            contains: async ({ permissions }) => (calls.push(`contains ${permissions.join(' ')}`), false),
            request: async ({ permissions }) => (calls.push(`request ${permissions.join(' ')}`), true),
          }
        : undefined,
    };
  }

  it('is available where the manifest declares identity and identity.email (Chromium), and asks for both', async () => {
    const api = fakeApi(['identity', 'identity.email']);
    const permission = identityPermissionFrom(api);
    expect(permission.available).toBe(true);
    expect(await permission.contains()).toBe(false);
    expect(await permission.request()).toBe(true);
    expect(api.calls).toEqual(['contains identity identity.email', 'request identity identity.email']);
  });

  it.each([
    ['no optional permissions (Firefox)', fakeApi(undefined)],
    ['only identity', fakeApi(['identity'])],
    ['no permissions API', fakeApi(['identity', 'identity.email'], false)],
  ])('is not available with %s', async (_why, api) => {
    const permission = identityPermissionFrom(api);
    expect(permission.available).toBe(false);
  });
});
