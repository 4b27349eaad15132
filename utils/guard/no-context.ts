/**
 * The content script context the early guard's build gets (see wxt.config.ts): WXT's entry wrapper constructs
 * one for every content script, but the early guard takes none (its `main` has no parameter, which a test
 * checks), so its bundle carries this empty class instead of the guard's (utils/guard/script-context.ts).
 */
export class ContentScriptContext {}
