import { parseAst } from 'rollup/parseAst';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { functionsAsLet } from '../../../wxt.config';

/** The script as the build writes it, and what it returns when run (the log of calls it made, or the error it threw). */
function rewrite(body: string): { code: string; rewritten: boolean; result: string } {
  const source = `(function(){"use strict";let log=[];${body};return log.join(",")})()`;
  const code = functionsAsLet(source, parseAst);
  const run = (script: string) => {
    try {
      return String(runInNewContext(script));
    } catch (error) {
      return `throws ${(error as Error).name}`;
    }
  };
  const result = run(code);
  // Whatever is rewritten, the script does the same.
  expect(result).toBe(run(source));
  return { code, rewritten: !code.includes('function f('), result };
}

describe('functionsAsLet (wxt.config.ts): function declarations written as let, only where nothing can read them before', () => {
  it.each([
    ['called after its statement', 'function f(){log.push("f")} f()', 'f'],
    ['called by a function defined before it, called after it', 'let g=()=>f(); function f(){log.push("f")} g()', 'f'],
    ['recursive', 'function f(n){log.push(n); if(n>0) f(n-1)} f(1)', '1,0'],
    ['named only after it, in a nested block', 'function f(){log.push("f")} if(true){ f() }', 'f'],
    ['async', 'async function f(){} log.push(typeof f)', 'function'],
  ])('rewrites a declaration %s', (_case, body, result) => {
    expect(rewrite(body)).toMatchObject({ rewritten: true, result });
  });

  it.each([
    ['called before its statement', 'f(); function f(){log.push("f")}', 'f'],
    ['called by a function that a statement before it calls', 'let g=()=>f(); g(); function f(){log.push("f")}', 'f'],
    ['named in an inline function that may run before it', '[1].forEach(()=>f()); function f(){log.push("f")}', 'f'],
    ['called by a hoisted declaration that runs before it', 'h(); function f(){log.push("f")} function h(){f()}', 'f'],
    ['below a return (its statement never runs)', 'log.push(run()); function run(){ return f(); function f(){return "f"} }', 'f'],
    ['called with new', 'function f(){this.x="f"} log.push(new f().x)', 'f'],
    ['whose name is a parameter too', 'log.push((function(f){ return typeof f; function f(){} })(1))', 'function'],
    ['whose name is bound twice in its block', 'function f(){} if(true){ var f = 1 } log.push(typeof f)', 'number'],
  ])('keeps a declaration %s', (_case, body, result) => {
    expect(rewrite(body)).toMatchObject({ rewritten: false, result });
  });
});
