/**
 * Who the usage log's records are about, as the policy's logging.identity asks: nobody (anonymous, the
 * default), a random id per install (pseudonymous), or the browser profile's e-mail address (email). The
 * e-mail needs the "identity" and "identity.email" permissions, which Vigie's manifest does not request:
 * without them (and in Firefox, which has no profile e-mail) the identity falls back to the pseudonym, so a
 * policy asking for e-mail never gets less than a stable per-install id.
 */
import type { KeyValueArea } from '../storage-area';
import type { Identity } from './record';

/** The identity modes a policy can ask for. */
export type IdentityMode = Identity['mode'];

/** The storage.local key of this install's pseudonym. */
export const PSEUDONYM_KEY = 'logPseudonym';

const PSEUDONYM = /^[A-Za-z0-9-]{8,64}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}$/;

/** Where the identity comes from: the install's pseudonym, and the profile's e-mail when the browser gives it. */
export interface IdentitySources {
  pseudonym(): Promise<string>;
  profileEmail?(): Promise<string | undefined>;
}

/** The identity for `mode`: e-mail when asked and available, else the pseudonym when asked, else anonymous. */
export async function resolveIdentity(mode: IdentityMode, sources: IdentitySources): Promise<Identity> {
  if (mode === 'anonymous') return { mode: 'anonymous' };
  if (mode === 'email') {
    const email = await sources.profileEmail?.().catch(() => undefined);
    if (email && EMAIL.test(email)) return { mode: 'email', email };
  }
  return { mode: 'pseudonymous', id: await sources.pseudonym() };
}

/**
 * This install's pseudonym: a random id kept in storage.local, created on first use. Concurrent first calls
 * share one creation (the returned function caches it), so an install never has two.
 */
export function pseudonymSource(local: KeyValueArea, newId: () => string = () => crypto.randomUUID()): () => Promise<string> {
  let pending: Promise<string> | undefined;
  return () =>
    (pending ??= (async () => {
      const stored = (await local.get(PSEUDONYM_KEY))[PSEUDONYM_KEY];
      if (typeof stored === 'string' && PSEUDONYM.test(stored)) return stored;
      const id = newId();
      await local.set({ [PSEUDONYM_KEY]: id });
      return id;
    })().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/** The part of the browser API that reads the profile's e-mail (chrome.identity, present only with the permission). */
export interface ProfileIdentityApi {
  identity?: { getProfileUserInfo?(details?: { accountStatus?: 'SYNC' | 'ANY' }): Promise<{ email: string; id: string }> };
}

/** Reads the signed-in profile's e-mail address, or undefined when the API or the permission is missing. */
export function profileEmailFrom(api: ProfileIdentityApi): () => Promise<string | undefined> {
  return async () => {
    const read = api.identity?.getProfileUserInfo;
    if (!read) return undefined;
    const info = await read.call(api.identity, { accountStatus: 'ANY' });
    return info.email || undefined;
  };
}
