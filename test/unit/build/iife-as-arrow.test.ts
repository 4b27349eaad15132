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
    ['statements that read no this', 'let a=1;return a+1'],
    ['this in a function of its own', 'return (function(){return this})()'],
    ['this in an object\'s method', 'return ({x:1,m(){return this.x}}).m()'],
    ['this in a class\'s methods, fields and static blocks', 'class A{x=this;static{this.y=1}m(){return this}} return A.y+(new A().m()===new A().m())'],
  ])('rewrites the wrapper of %s', (_case, body) => {
    expect(rewrite(body)).toMatchObject({ rewritten: true });
  });

  it.each([
    ['this', 'return this===undefined'],
    ['this in an arrow', 'return (()=>this)()===undefined'],
    ['arguments', 'return arguments.length'],
    ['new.target', 'return new.target===undefined'],
  ])('keeps the wrapper of statements that read %s', (_case, body) => {
    expect(rewrite(body)).toMatchObject({ rewritten: false });
  });
});
