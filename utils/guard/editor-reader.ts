import { CODE_EDITORS, EDITOR_TEXT } from './editor-bridge';

/*
 * The editor reader: a script the background injects into the page's own world (entrypoints/editor-reader.ts),
 * into a frame whose code editor took the focus, because such editors keep their text in objects of that world,
 * which the guard (in the extension's isolated world) cannot reach. It answers the guard's request (a DOM event on
 * the composer) with the editor's whole text, synchronously, in an attribute of the composer, which both worlds see
 * and the guard removes as soon as the dispatch returns; it sends nothing anywhere else.
 */

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The whole text of the code editor `element` belongs to, from the editor's own model: CodeMirror 6's view (its
 * content element's tile, or view in versions before 6.38), CodeMirror 5's instance on its wrapper, Ace's on its
 * box, Monaco's editors through the page's `monaco` global (pages that load Monaco with its AMD loader, or with
 * `globalAPI`; a bundle without it offers no way in). Undefined when none is found.
 */
export function editorModelText(element: Element, win: Loose): string | undefined {
  const editor = element.closest(CODE_EDITORS) as (Element & Loose) | null;
  if (!editor) return undefined;
  if (editor.classList.contains('cm-editor')) {
    const content = editor.querySelector('.cm-content') as (Element & Loose) | null;
    const tile = content?.cmTile ?? content?.cmView;
    const view = tile?.root?.view ?? tile?.rootView?.view;
    return view?.state?.doc?.toString();
  }
  if (editor.CodeMirror) return editor.CodeMirror.getValue('\n');
  if (editor.env?.editor) return editor.env.editor.getSession().getDocument().getAllLines().join('\n');
  for (const monaco of win.monaco?.editor?.getEditors?.() ?? []) {
    // EndOfLinePreference.LF (1): lines joined as the guard reads them.
    if (monaco.getDomNode?.() === editor) return monaco.getModel()?.getValue(1);
  }
  return undefined;
}

/** Marks a frame whose page world has the reader: the early guard asks for it again after a request that failed, and a second copy installs nothing. */
const INSTALLED = Symbol.for('vigie-editor-reader');

/** Answers the guard's requests in this frame (see utils/guard/editor-bridge.ts), once however often it is injected. */
export function installEditorReader(win: Window): void {
  const marked = win as unknown as Record<symbol, boolean>;
  // The page could set this mark first: the guard then gets no answer, and reads the lines drawn.
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  win.document.addEventListener(
    EDITOR_TEXT,
    (event) => {
      const target = event.composedPath()[0] as Element;
      let text: string | undefined;
      try {
        text = editorModelText(target, win as unknown as Loose);
      } catch {
        // An editor of another version, or a page that changed it: no answer, and the guard reads the lines drawn.
      }
      // The guard reads the attribute as soon as the dispatch returns, and removes it.
      if (typeof text == 'string') target.setAttribute(EDITOR_TEXT, text);
    },
    true,
  );
}
