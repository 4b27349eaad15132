import type { ComponentChildren } from 'preact';

/** True for http(s) links: a policy's links are validated, but a page never renders another scheme as a link. */
export function isWebLink(href: string): boolean {
  try {
    const protocol = new URL(href).protocol;
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** A link to a page outside the extension, opened in a new tab; plain text when the address is not http(s). */
export function SafeLink({ href, children, testId }: { href: string; children: ComponentChildren; testId?: string }) {
  if (!isWebLink(href)) return <span data-testid={testId}>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" data-testid={testId}>
      {children}
    </a>
  );
}
