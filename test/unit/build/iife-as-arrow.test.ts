import { parseAst } from 'rollup/parseAst';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { iifeAsArrow } from '../../../wxt.config';

/** The wrapper as rollup writes it around `body`, as the build rewrites it, and what both return when run. */
function rewrite(body: string): { code: string; rewritten: boolean } {
  const source = `(function(){"use strict";${body}})();`;
  const code = iifeAsArrow(source, parseAst);
  // Run as a script's last expression is: the wrapper's value, with its `this` the global's.
  const run = (script: string) => String(runInNewContext(script.replace(/;$/, '')));
  expect(run(code)).toBe(run(source));
  return { code, rewritten: code.startsWith('(()=>{') };
}

describe('iifeAsArrow (wxt.config.ts): the script\'s wrapper written as an arrow, only where it reads no this of its own', () => {
  it.each([
    ['no this', 'let a=1;return a+1', true],
    ['this in a function of its own', 'return (function(){return this})()', true],
    ['this in an object\'s method', 'return ({x:1,m(){return this.x}}).m()', true],
    ['this in a class\'s methods, fields and static blocks', 'class A{x=this;static{this.y=1}m(){return this}} return A.y+(new A().m()===new A().m())', true],
    ['this', 'return this===undefined', false],
    ['this in an arrow', 'return (()=>this)()===undefined', false],
    ['arguments', 'return arguments.length', false],
    ['new.target', 'return new.target===undefined', false],
  ])('statements that read %s (%s): the wrapper rewritten as an arrow is %s', (_case, body, rewritten) => {
    expect(rewrite(body)).toMatchObject({ rewritten });
  });
});
