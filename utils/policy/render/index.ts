import { CHROMIUM_EXTENSION_ID, GECKO_ID } from '../../extension-identity';
import { extensionIdError, RenderError, type PolicyObject, type RenderOptions } from './common';
import { renderChromiumLinux, renderFirefox, renderGoogleAdmin } from './json-files';
import { renderMacProfile, renderPlist } from './macos-profile';
import { renderWindowsRegistry } from './windows-registry';

export { RenderError, type JsonValue, type PolicyObject, type RenderOptions } from './common';

/**
 * The deployment targets of `vigie policy render`: each turns a validated policy into the file an
 * administrator deploys, as a string. Pure functions; docs/deploy.md explains where each file goes.
 */
interface RenderTarget {
  /** Which id family --extension-id must belong to, and so which default id applies. */
  family: 'chromium' | 'gecko';
  /** One line for the usage text. */
  summary: string;
  /** Where the output goes, told to the administrator on stderr (stdout holds only the file). */
  destination: string;
  /** True when --install-url means something for this target. */
  installs?: boolean;
  render(policy: PolicyObject, extensionId: string, options: RenderOptions): string;
}

export const RENDER_TARGETS = {
  'chrome-linux': {
    family: 'chromium',
    summary: 'JSON for the managed policy folder of Chrome, Chromium or Edge on Linux',
    destination:
      'Save as /etc/opt/chrome/policies/managed/vigie.json (Google Chrome); /etc/chromium/policies/managed/vigie.json (Chromium); /etc/opt/edge/policies/managed/vigie.json (Microsoft Edge).',
    render: (policy, id) => renderChromiumLinux(policy, id),
  },
  'chrome-windows': {
    family: 'chromium',
    summary: '.reg file for Google Chrome on Windows (3rdparty extension policy)',
    destination: 'Save as vigie-policy.reg; deploy with reg import, Group Policy Preferences (Registry) or an Intune script.',
    render: (policy, id) => renderWindowsRegistry(policy, id, 'chrome'),
  },
  'edge-windows': {
    family: 'chromium',
    summary: '.reg file for Microsoft Edge on Windows (3rdparty extension policy)',
    destination: 'Save as vigie-policy.reg; deploy with reg import, Group Policy Preferences (Registry) or an Intune script.',
    render: (policy, id) => renderWindowsRegistry(policy, id, 'edge'),
  },
  'chrome-macos': {
    family: 'chromium',
    summary: '.mobileconfig profile for Google Chrome on macOS',
    destination: 'Save as vigie-chrome.mobileconfig; upload it to your MDM (Jamf, Intune, Kandji) as a custom profile.',
    render: (policy, id) => renderMacProfile(policy, id, 'chrome'),
  },
  'edge-macos': {
    family: 'chromium',
    summary: '.mobileconfig profile for Microsoft Edge on macOS',
    destination: 'Save as vigie-edge.mobileconfig; upload it to your MDM (Jamf, Intune, Kandji) as a custom profile.',
    render: (policy, id) => renderMacProfile(policy, id, 'edge'),
  },
  'macos-plist': {
    family: 'chromium',
    summary: 'bare .plist of policy keys, for a console that asks for a preference domain and a file',
    destination: 'Save as vigie.plist; upload it for the preference domain com.google.Chrome.extensions.<id> (Edge: com.microsoft.Edge.extensions.<id>).',
    render: (policy) => renderPlist(policy),
  },
  'google-admin': {
    family: 'chromium',
    summary: 'JSON for the Google Admin console ("Policy for extensions"), each key wrapped in {"Value": ...}',
    destination: 'Paste or upload it in the Admin console: Chrome browser > Apps & extensions > the extension > Policy for extensions.',
    render: (policy) => renderGoogleAdmin(policy),
  },
  firefox: {
    family: 'gecko',
    summary: 'policies.json for Firefox (3rdparty.Extensions, and ExtensionSettings with --install-url)',
    destination:
      'Save as policies.json: /etc/firefox/policies/ on Linux, the distribution folder of the Firefox installation on Windows and macOS. Merge it by hand if a policies.json already exists.',
    installs: true,
    render: (policy, id, options) => renderFirefox(policy, id, options.installUrl),
  },
} as const satisfies Record<string, RenderTarget>;

/** A target name. */
export type RenderTargetName = keyof typeof RENDER_TARGETS;

/** True when `name` is a known target. */
export function isRenderTarget(name: string): name is RenderTargetName {
  return Object.hasOwn(RENDER_TARGETS, name);
}

function installUrlError(url: string): string | undefined {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' || protocol === 'file:' ? undefined : `"${url}" must be an https:, http: or file: URL`;
  } catch {
    return `"${url}" is not a URL`;
  }
}

/**
 * Renders a validated policy for `target`. Throws a RenderError (with a key path, or the option at fault) when
 * an option is wrong or a value cannot be written in the target's format.
 */
export function renderPolicy(target: RenderTargetName, policy: PolicyObject, options: RenderOptions = {}): string {
  const spec: RenderTarget = RENDER_TARGETS[target];
  const extensionId = options.extensionId ?? (spec.family === 'chromium' ? CHROMIUM_EXTENSION_ID : GECKO_ID);
  const idError = extensionIdError(extensionId, spec.family);
  if (idError) throw new RenderError('--extension-id', idError);
  if (options.installUrl !== undefined) {
    if (!spec.installs) {
      throw new RenderError(
        '--install-url',
        `applies to the firefox target only; for ${target}, force-install the extension with your browser policy (ExtensionInstallForcelist or ExtensionSettings, see docs/deploy.md)`,
      );
    }
    const urlError = installUrlError(options.installUrl);
    if (urlError) throw new RenderError('--install-url', urlError);
  }
  return spec.render(policy, extensionId, options);
}
