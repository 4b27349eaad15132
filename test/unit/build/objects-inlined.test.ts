import { describe, expect, it } from 'vitest';
import { objectsInlined } from '../../../wxt.config';
import { rewriter } from './rewrite';

// A factory that only builds an object, as patternDetector does.
const rewrite = rewriter((code, parse) => objectsInlined(code, parse, ['make']), 'const make=(spec)=>({kind:"made",...spec});');

describe('objectsInlined (wxt.config.ts): objects made once and read once in a later array, written in that array', () => {
  it.each([
    ['an object literal', 'const a={id:"a",cues:["x"],find(t){return t+this.id}};const LIST=[a];log.push(LIST[0].find("1"))', '1a', 'const LIST=[{id:"a",cues:["x"],find(t){return t+this.id}}]'],
    ['a factory call', 'const R=/b/g;const b=make({id:"b",pattern:R,check:(v)=>v});const LIST=[b];log.push(LIST[0].kind,LIST[0].pattern.source)', 'made,b', 'const LIST=[make({id:"b",pattern:R,check:(v)=>v})]'],
    ['among other declarators', 'const a={id:"a"},n=2,b={id:"b"};const LIST=[b,a];log.push(LIST.map((d)=>d.id).join(""),n)', 'ba,2', 'const n=2;'],
    ['a regex made from String.raw strings', 'const S=String.raw`a\\d`,T="c";const a={p:new RegExp(String.raw`${S}b${T}`,"g")};const LIST=[a];log.push(LIST[0].p.source)', 'a\\dbc', 'const LIST=[{p:new RegExp(String.raw`${S}b${T}`,"g")}]'],
    ['that reads a function declared later', 'const a={check:f};const LIST=[a];function f(){return 3}log.push(LIST[0].check())', '3', 'const LIST=[{check:f}]'],
  ])('moves %s', (_case, body, result, written) => {
    const rewritten = rewrite(body);
    expect(rewritten).toMatchObject({ result });
    expect(rewritten.code).toContain(written);
  });

  it.each([
    ['made by another call', 'const list=[];const push=(x)=>(list.push(x),x);const a=push({id:"a"});const b=push({id:"b"});const LIST=[b,a];log.push(list.map((d)=>d.id).join(""))'],
    ['that reads a property', 'const o={n:1};const a={n:o.n};o.n=2;const LIST=[a];log.push(LIST[0].n)'],
    ['that spreads an array', 'const xs=[1];const a=[...xs];xs.push(2);const LIST=[a];log.push(LIST[0].length)'],
    ['that spreads an object', 'const o={n:1};const a={...o};o.n=2;const LIST=[a];log.push(LIST[0].n)'],
    ['that reads a let', 'let n=1;const a={n};n=2;const LIST=[a];log.push(LIST[0].n)'],
    ['with String.raw of a value that is no string', 'const o={toString:()=>"x"};const a={p:new RegExp(String.raw`${o}`)};o.toString=()=>"y";const LIST=[a];log.push(LIST[0].p.source)'],
    ['with a regex of a String.raw template of an expression', 'const a={p:new RegExp(String.raw`${"a"+"b"}`)};const LIST=[a];log.push(LIST[0].p.source)'],
    ['with a template', 'const s="x";const a={t:`${s}`};const LIST=[a];log.push(LIST[0].t)'],
    ['read twice', 'const a={id:"a"};const LIST=[a,a];log.push(LIST[0]===LIST[1])'],
    ['read in a function', 'const a={id:"a"};const LIST=()=>[a];log.push(LIST()===LIST(),LIST()[0]===LIST()[0])'],
    ['read outside an array', 'const a={id:"a"};const LIST={a};log.push(LIST.a.id)'],
    ['a function (it would lose its name)', 'const a=()=>1;const LIST=[a];log.push(LIST[0].name)'],
    ['whose name a parameter binds too', 'const a={id:"a"};const f=(a)=>a;const LIST=[a];log.push(f(1),LIST[0].id)'],
  ])('keeps a constant %s', (_case, body) => {
    const source = `(()=>{"use strict";let log=[];const make=(spec)=>({kind:"made",...spec});${body};return log.join(",")})()`;
    expect(rewrite(body).code).toBe(source);
  });
});
