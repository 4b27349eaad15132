import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installEditorReader } from '../utils/guard/editor-reader';

// Injected by the background into the page's own world (not the extension's isolated one) of a frame whose code
// editor took the focus (utils/guard/editor-reader.ts): those editors keep their whole text there.
// Anonymous (globalName false): the page's world gets no global of ours.
export default defineUnlistedScript({ globalName: false, main: () => installEditorReader(window) });
