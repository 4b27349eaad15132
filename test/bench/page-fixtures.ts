/** The fixture pages of npm run bench:page and the tools beside it: one per editor kind, under real AI hostnames. */
export interface PageFixture {
  name: string;
  url: string;
  inFrame?: boolean;
  /** Allowed-paste timing applies (not on claude.ai, where a long paste becomes an attachment). */
  paste: boolean;
}

export const PAGE_FIXTURES: readonly PageFixture[] = [
  { name: 'ProseMirror (chatgpt.com)', url: 'https://chatgpt.com/site', paste: true },
  { name: 'ProseMirror, attachments (claude.ai)', url: 'https://claude.ai/site', paste: false },
  { name: 'Quill (gemini.google.com)', url: 'https://gemini.google.com/site', paste: true },
  { name: 'Lexical (www.perplexity.ai)', url: 'https://www.perplexity.ai/site', paste: true },
  { name: 'textarea (copilot.microsoft.com)', url: 'https://copilot.microsoft.com/site', paste: true },
  { name: 'contenteditable (grok.com)', url: 'https://grok.com/site', paste: true },
  { name: 'ProseMirror in a shadow root', url: 'https://chat.qwen.ai/editors/shadow.html', paste: false },
  { name: 'ProseMirror in an iframe', url: 'https://poe.com/editors/iframe.html', inFrame: true, paste: false },
];
