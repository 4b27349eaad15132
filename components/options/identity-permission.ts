/**
 * The e-mail identity permission from the browser API (an adapter: it takes the API as a parameter). Chromium
 * exposes chrome.identity only once "identity" is granted, so whether the browser can give the profile's e-mail
 * is read from the manifest: the Chromium build declares "identity" and "identity.email" as optional permissions,
 * the Firefox build does not (Firefox has no profile e-mail).
 */
import type { IdentityPermissionApi } from './EmailIdentity';

/** The permissions that let the background read the profile's e-mail (chrome.identity.getProfileUserInfo). */
export const EMAIL_PERMISSIONS = ['identity', 'identity.email'] as const;

type EmailPermission = (typeof EMAIL_PERMISSIONS)[number];

/** The parts of the browser API the adapter uses (`browser` from wxt/browser fits). */
export interface PermissionsBrowser {
  runtime: { getManifest(): { permissions?: readonly string[]; optional_permissions?: readonly string[] } };
  permissions?: {
    contains(permissions: { permissions: EmailPermission[] }): Promise<boolean>;
    request(permissions: { permissions: EmailPermission[] }): Promise<boolean>;
  };
}

/** The e-mail permission as the options page uses it; not `available` where the manifest does not declare it. */
export function identityPermissionFrom(api: PermissionsBrowser): IdentityPermissionApi {
  const manifest = api.runtime.getManifest();
  const declared = new Set([...(manifest.optional_permissions ?? []), ...(manifest.permissions ?? [])]);
  const permissions = api.permissions;
  return {
    available: permissions !== undefined && EMAIL_PERMISSIONS.every((permission) => declared.has(permission)),
    contains: () => permissions?.contains({ permissions: [...EMAIL_PERMISSIONS] }) ?? Promise.resolve(false),
    // Nothing is awaited before the request, so it stays within the click's user gesture.
    request: () => permissions?.request({ permissions: [...EMAIL_PERMISSIONS] }) ?? Promise.resolve(false),
  };
}
