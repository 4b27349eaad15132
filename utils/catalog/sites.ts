/**
 * The AI site catalog: which hosts Vigie guards. The data lives in catalog-data.ts; the manifest's match
 * patterns and the site lookup are derived from it here so they cannot drift apart.
 */
import { CATALOG_ROWS, type SiteRow } from './catalog-data';

/** Every catalog category, in display order. */
export const SITE_CATEGORIES = ['chat', 'code-assistant', 'writing', 'image', 'audio-meeting', 'search', 'agent-automation', 'model-hub'] as const;

/** What kind of AI service a catalog entry is. */
export type SiteCategory = (typeof SITE_CATEGORIES)[number];

/** The editing library behind a site's composer, as a hint for site adapters. */
export type SiteEditor = 'prosemirror' | 'quill' | 'lexical' | 'textarea' | 'contenteditable';

/** One AI service of the catalog. */
export interface AiSite {
  /** Stable id used in policies and logs. */
  id: string;
  name: string;
  vendor: string;
  /** Exact hostnames the service's composer runs on. */
  hosts: readonly string[];
  category: SiteCategory;
  /** The composer's editing library, when known. */
  editor?: SiteEditor;
  /** The vendor's country (ISO 3166 alpha-2), when known. */
  country?: string;
}

function toSite(category: SiteCategory, [id, name, vendor, hosts, country, editor]: SiteRow): AiSite {
  const site: AiSite = { id, name, vendor, hosts: hosts.split(' '), category };
  if (country) site.country = country;
  if (editor) site.editor = editor;
  return site;
}

/** Every catalog entry, grouped by category. */
export const AI_SITES: readonly AiSite[] = SITE_CATEGORIES.flatMap((category) => CATALOG_ROWS[category].map((row) => toSite(category, row)));

/** Manifest match patterns for every catalog host (https only: no AI composer is served over http). */
export function catalogMatchPatterns(sites: readonly AiSite[] = AI_SITES): string[] {
  return sites.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));
}

// Host lookups run on every guarded page, so each site list is indexed once; the catalog's own index is built
// when the module loads.
const hostIndexes = new WeakMap<readonly AiSite[], ReadonlyMap<string, AiSite>>();

function hostIndex(sites: readonly AiSite[]): ReadonlyMap<string, AiSite> {
  let index = hostIndexes.get(sites);
  if (!index) {
    index = new Map(sites.flatMap((site) => site.hosts.map((host) => [host, site] as const)));
    hostIndexes.set(sites, index);
  }
  return index;
}

hostIndex(AI_SITES);

/** The catalog entry serving `hostname` (exact host, any case), if any. */
export function siteForHost(hostname: string, sites: readonly AiSite[] = AI_SITES): AiSite | undefined {
  return hostIndex(sites).get(hostname.toLowerCase());
}
