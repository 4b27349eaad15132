import type { SiteEditor } from '../sites';

/**
 * Where things are on one AI site's page: the composer, its editor, the send button, the file inputs and
 * the drop zones. Pure data: selectors are tried in order, most specific first. The sites change their
 * markup without notice, so every list ends with a broader selector that still finds the element.
 */
export interface SiteAdapter {
  /** The catalog site id (utils/catalog/catalog-data.ts), or 'generic' for the fallback. */
  id: string;
  /** Exact hostnames, as in the catalog (empty for the fallback). */
  hosts: readonly string[];
  /** The composer's editing library: how text reaches its model. */
  editor: SiteEditor;
  /** The composer's editable element (a textarea, or a rich editor's contenteditable root). */
  composer: readonly string[];
  /** The button that sends the composer's text. */
  sendButton: readonly string[];
  /** File inputs through which the site uploads attachments. */
  fileInputs: readonly string[];
  /** Elements that accept dropped files or text. */
  dropZones: readonly string[];
  /** The site turns a paste longer than this many characters into an attachment instead of editor text. */
  longPasteAttachmentOver?: number;
}
