import { describe, expect, it } from 'vitest';
import { regexConstantsInlined } from '../../../wxt.config';
import { rewriter } from './rewrite';

const rewrite = rewriter(regexConstantsInlined);

describe('regexConstantsInlined (wxt.config.ts): regex constants without g or y read once or short, written where they are read', () => {
  it.each([
    ['tested in a function called twice', 'const WORDS=/\\b(?:tva|vat)/i;const f=(t)=>WORDS.test(t);log.push(f("TVA"),f("tax"),f("vat"))', 'true,false,true', 'const f=(t)=>/\\b(?:tva|vat)/i.test(t);'],
    ['handed to a function', 'const near=(t,w)=>w.test(t);const LABEL=/^n°/;log.push(near("n° 1",LABEL))', 'true', 'near("n° 1",/^n°/)'],
    ['in a shorthand property', 'const pattern=/a(b)/;const o={pattern};log.push(o.pattern.exec("xab")[1])', 'b', '{pattern:/a(b)/}'],
    ['among other declarators', 'const a=/x/,b=2,c=/y/u;log.push(a.test("x"),b,c.test("z"))', 'true,2,false', 'const b=2;'],
    ['read twice, of 64 characters at most', 'const R=/a|b/i;const f=(t)=>R.test(t);log.push(f("A"),R.test("c"))', 'true,false', 'const f=(t)=>/a|b/i.test(t);log.push(f("A"),/a|b/i.test("c"))'],
  ])('inlines a constant %s', (_case, body, result, written) => {
    const rewritten = rewrite(body);
    expect(rewritten).toMatchObject({ result });
    expect(rewritten.code).toContain(written);
  });

  it.each([
    ['read twice, of more than 64 characters', 'const R=/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/;log.push(R.test("a"),R.test("b"))'],
    ['with the g flag (its lastIndex is its state)', 'const R=/a/g;const f=(t)=>R.test(t);log.push(f("aa"),f("aa"),f("aa"))'],
    ['with the y flag', 'const R=/a/y;const f=(t)=>R.test(t);log.push(f("aa"),f("aa"))'],
    ['not a regex', 'const KEY="a";log.push(KEY)'],
    ['a let', 'let R=/a/;R=/b/;log.push(R.test("b"))'],
    ['whose name a parameter binds too', 'const R=/a/;const f=(R)=>R;log.push(f(1),R.test("a"))'],
    ['whose name is a label too', 'const R=/a/;R:for(;;){break R}log.push(R.test("a"))'],
  ])('keeps a constant %s', (_case, body) => {
    expect(rewrite(body).code).toBe(`(()=>{"use strict";let log=[];${body};return log.join(",")})()`);
  });
});
