import { describe, expect, it } from 'vitest';
import { stringConstantsInlined } from '../../../wxt.config';
import { rewriter } from './rewrite';

const rewrite = rewriter(stringConstantsInlined);

describe('stringConstantsInlined (wxt.config.ts): short string constants read more than once, written where they are read', () => {
  it.each([
    ['read twice', 'const KEY="policyState";log.push(KEY,KEY.length)', 'policyState,11', 'log.push("policyState","policyState".length)'],
    ['in a shorthand property', 'const kind="paste";log.push(JSON.stringify({kind}),kind)', '{"kind":"paste"},paste', '{kind:"paste"}'],
    ['read in a function, with its escapes', 'const dash="\\u2013";const f=()=>dash;log.push(f()===dash)', 'true', '()=>"\\u2013"'],
    ['among other declarators', 'const a="x",b=2,c="y";log.push(a,a,b,c,c)', 'x,x,2,y,y', 'const b=2;'],
  ])('inlines a constant %s', (_case, body, result, written) => {
    const rewritten = rewrite(body);
    expect(rewritten).toMatchObject({ result });
    expect(rewritten.code).toContain(written);
  });

  it.each([
    ['read once', 'const KEY="policyState";log.push(KEY)'],
    ['longer than 64 characters', `const TABLE="${'x'.repeat(65)}";log.push(TABLE,TABLE)`],
    ['not a string', 'const N=12;log.push(N,N)'],
    ['a let', 'let KEY="a";KEY+="b";log.push(KEY,KEY)'],
    ['whose name a parameter binds too', 'const KEY="a";const f=(KEY)=>KEY;log.push(f("b"),KEY,KEY)'],
    ['whose name a local variable binds too', 'const KEY="a";{let KEY="b";log.push(KEY)}log.push(KEY,KEY)'],
    ['whose name is a label too', 'const KEY="a";KEY:for(;;){break KEY}log.push(KEY,KEY)'],
  ])('keeps a constant %s', (_case, body) => {
    expect(rewrite(body).code).toBe(`(()=>{"use strict";let log=[];${body};return log.join(",")})()`);
  });
});
