import { parseAst } from 'rollup/parseAst';
import { runInNewContext } from 'node:vm';
import { expect } from 'vitest';

/**
 * A test's rewrite with one of the content script's build steps: the script as the step writes it (`body` in an IIFE
 * that logs, with `prelude` before it), and what it returns when run (the log it made). Whatever is rewritten, the
 * script must do the same: the rewrite checks it.
 */
export function rewriter(step: (code: string, parse: typeof parseAst) => string, prelude = ''): (body: string) => { code: string; result: string } {
  return (body) => {
    const source = `(()=>{"use strict";let log=[];${prelude}${body};return log.join(",")})()`;
    const code = step(source, parseAst);
    const result = String(runInNewContext(code));
    expect(result).toBe(String(runInNewContext(source)));
    return { code, result };
  };
}
