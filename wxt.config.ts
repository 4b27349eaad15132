import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { catalogMatchPatterns } from './utils/catalog/sites';
import { CHROMIUM_PUBLIC_KEY, GECKO_ID } from './utils/extension-identity';

// Store builds must not carry `key` (the Chrome Web Store assigns its own); self-hosted and test builds
// keep it so the extension id, which managed policy is keyed on, is stable.
const storeBuild = process.env.VIGIE_STORE_BUILD === '1';

/**
 * The content script runs on every AI page under a 25 KB gzipped budget, and needs only APIs that both
 * browsers offer natively with promises (runtime.sendMessage, storage, i18n): its build uses the native
 * `browser`/`chrome` object instead of webextension-polyfill (3 KB gzipped), which the service worker and
 * the extension pages keep. Firefox's `browser` is native; Chromium's Manifest V3 `chrome` returns promises.
 */
function nativeBrowserInContentScript(): Plugin {
  const native = fileURLToPath(new URL('./utils/native-browser.ts', import.meta.url));
  // Likewise WXT's ContentScriptContext (3 KB) gives way to the part of it the guard uses (utils/guard/script-context.ts),
  // and to an empty class in the early guard, which takes no context (utils/guard/no-context.ts).
  const context = fileURLToPath(new URL('./utils/guard/script-context.ts', import.meta.url));
  const noContext = fileURLToPath(new URL('./utils/guard/no-context.ts', import.meta.url));
  let contentScript = false;
  let earlyGuard = false;
  return {
    name: 'vigie:native-browser-in-content-script',
    enforce: 'pre',
    options(options) {
      const input = JSON.stringify(options.input ?? '');
      contentScript = input.includes('.content');
      earlyGuard = input.includes('guard-start.content');
    },
    resolveId(source) {
      if (contentScript && source === '@wxt-dev/webextension-polyfill/browser') return native;
      if (contentScript && source === 'wxt/utils/content-script-context') return earlyGuard ? noContext : context;
    },
    // WXT's entry wrapper keeps the script's definition whole (its manifest options too: matches, runAt...) to
    // hand the options to its context class, which neither of ours takes, and wraps main in an async function
    // whose catch only rethrows in a production build. Calling main directly leaves only main in the bundles:
    // 97 bytes gzipped of the guard, 111 of the early guard. Both mains are synchronous; an error they throw is
    // still reported in the console, as an uncaught error instead of an unhandled rejection (and without WXT's
    // "crashed on startup" line, which only development builds printed). Neither context takes the script's name,
    // which WXT's does: the guard's announces itself under the guard's own (utils/guard/script-context.ts).
    load(id) {
      const wrapper = '\0virtual:wxt-content-script-isolated-world-entrypoint?';
      if (!contentScript || !id.startsWith(wrapper)) return;
      return [
        `import definition from ${JSON.stringify(id.slice(wrapper.length))};`,
        `import { ContentScriptContext } from 'wxt/utils/content-script-context';`,
        `import { initPlugins } from 'virtual:wxt-plugins';`,
        `initPlugins();`,
        `definition.main(new ContentScriptContext());`,
      ].join('\n');
    },
  };
}

/**
 * The content script's build gets a second minification by terser (five compress passes) after Vite's
 * esbuild: about 0.9 KB gzipped less of the script that every AI page loads. Only safe transforms; inlining
 * only simple functions (`inline: 1`) compresses better here than terser's default (about 50 bytes gzipped).
 * `unsafe_arrows` writes function expressions that do not use `this` as arrows (30 bytes): unsafe only for a
 * function expression called with `new` or given a prototype, which the content scripts never do (they use classes).
 * `unsafe` assumes the built-ins are not replaced (`new RegExp(s)` becomes `RegExp(s)`, `String(n)` becomes `n+""`,
 * a constant array's join is folded): content scripts run in their own world, out of the page's reach (23 bytes).
 * `unsafe_comps` swaps and negates comparisons as if no operand could be NaN (`!(a >= b)` as `a < b`): checked on the
 * build, every comparison it rewrote compares lengths, indices, counts, character codes or a ratio of two counts whose
 * divisor is at least 1, never NaN (21 bytes). A comparison with a value that can be NaN must not be written negated.
 * `unsafe_math` writes `Number(x)` as `+x`, the same conversion for any value but a BigInt, which the scripts never
 * convert (14 bytes; checked on the build: the only change, 16 calls, all on strings). It may also fold constants
 * across an expression (`2 * x * 3` as `6 * x`), which can round differently with fractions: it folds none today.
 * Five passes instead of three and `pure_getters` (reading a property whose value is not used has no effect; the
 * getters of script-context.ts, `isValid` and `signal`, have one, so a bare read of them would be dropped: never
 * write one) take 12 bytes more. The scripts are anonymous (`globalName: false`, with no footer that reads their
 * result's name), and `toplevel` drops the `var guard=` that WXT still writes before this pass: 18 bytes. (With
 * `toplevel` and WXT's footer, each run ended in a ReferenceError: the footer read the name terser had dropped.)
 * A few internal property names are mangled (INTERNAL_PROPERTIES): 36 bytes. Statements are left as statements
 * (`sequences: false`) rather than joined by commas into one expression, which gzip folds less well (4 bytes).
 * `ascii_only` writes the non-ASCII characters of strings and regex literals as escapes (é as \xe9, an emoji as its
 * two \u halves, which a regex reads as the same character with or without the u flag; template literals are left
 * as they are, their raw text being their value): longer, but gzip codes 2-byte UTF-8 less well (31 bytes).
 * Before that, the short string constants read more than once are written where they are read (stringConstantsInlined),
 * which terser does not do for a constant longer than its name: 35 bytes of the guard, 8 of the early guard.
 * Then the regex constants without the g or y flag that are read once, or are short, are written where they are read
 * (regexConstantsInlined), which terser does only where the constant is in the reader's scope: 211 bytes of the guard,
 * 6 of the early guard.
 * Then the detectors are written straight into their registry's list (objectsInlined): made where the list is, in its
 * order, from expressions that read no state and change none (41 bytes of the guard, 54 with four detectors kept in
 * place, 55 with three since; 62 since a regex made from String.raw strings counts as such an expression, which moves
 * the US SSN detector, the French SIREN detector being kept in place).
 * Every `const` declaration is written `let` before terser runs (constAsLet): gzip codes one keyword for both
 * better than two, and terser joins the declarations that follow each other (121 bytes of the guard, 15 of the early guard).
 * Function declarations are written as `let` bindings of function expressions where that cannot change what runs
 * (functionsAsLet): terser writes those as arrows and joins them with the declarations around them (157 bytes of
 * the guard, 13 of the early guard).
 * The function that wraps each script (rollup's `(function(){...})();`, which terser writes `!function(){...}()`) is
 * written as an arrow before terser runs (iifeAsArrow), which terser keeps: `(()=>{...})();`, 4 bytes of the guard.
 * `module` drops the wrapper's "use strict" (12 bytes), and changes nothing else in the output: the code is that of
 * ES modules, strict, and runs the same in sloppy mode as long as it reads `this` only in methods and classes (a class
 * body is strict anyway; the methods with a `this`, detectors' find, are called on their object), declares no function
 * in a block, deletes nothing, and writes no read-only property (nor a global: terser's names are all declared).
 * Checked on the build: it holds for both scripts (no Object.freeze nor defineProperty anywhere in them).
 * Other entrypoints keep esbuild's output alone, to keep builds fast.
 */
function terserForContentScript(): Plugin {
  // Property names terser may shorten: fields of objects that never leave the detection engine (the prefilter
  // index, the number-runs cache of matches.ts, a pattern detector's check, group and finder). Never a name that crosses
  // a boundary (messages, storage, the policy, findings, DOM and extension APIs, objects shared with the other
  // scripts) nor one that a built-in this script uses has (`builtins` only lets terser take check and group, which
  // its list of DOM names holds: the script calls no console.group). The finder is not named `search`, a string's
  // method, which the credit card detector calls (3 bytes).
  const INTERNAL_PROPERTIES = /^(?:keywordsIn|detectorsFor|spans|joined|starts|check|group|finder)$/;
  // In the guard only, also fields that never leave it: a pattern detector's pattern, the paste guard's
  // prepareReinsert, the file interceptor's onInputOrChange, the script context's controller and onInvalidated. Not in
  // the early guard, which reads the site table's pattern (written by the background). `pattern` is also an input
  // element's: the guard never reads it on one. Then the file interceptor's handlers (onPaste, onDrop: the notice UI's
  // own onPaste and the like would be another script's, on its own objects; the submit guard's are named after their
  // events, the early guard's handlers' keys, which it spreads into them), the policy holder's ready, the guard's
  // replaceComposerText (on the deps handed to the file guard, which never reads it) and the cells of column.ts's
  // cache. Not isReinserting nor dismissAll, which the notice UI's object has too, nor the custom loader's options,
  // which the custom-detectors script reads. Then the guard's script context's isValid (script-context.ts), which only
  // startGuard reads: the early guard's context is another class (no-context.ts), and WXT's, which has one too, is not
  // in the guard. Then (3 bytes) the submit guard's and the file interceptor's judgeHeld (not named held, as the early
  // guard's list of held content is: the early guard writes that one). Then (14 bytes) the other fields of the caches
  // of matches.ts (its runs) and column.ts (the table seen last): ofText, headerAt, rowsEnd, cellCount, named so as no
  // other object's (text, from, to and count are findings', messages' and Array's). Then (3 bytes) the lazy notifier's
  // loadUi and loadedUi (notice-loader.ts; its object goes to the other frames' guards, this same script, through the
  // early guard's shared values). (The options that intervene(), the notifier, the event queue, the recorder, visit
  // tracking and startGuard took as objects, whose fields were mangled too, are arguments now, which save more.)
  const GUARD_PROPERTIES = /^(?:keywordsIn|detectorsFor|spans|joined|starts|check|group|finder|pattern|prepareReinsert|onInputOrChange|controller|onInvalidated|onPaste|onDrop|cells|ready|replaceComposerText|isValid|judgeHeld|ofText|headerAt|rowsEnd|cellCount|loadUi|loadedUi)$/;
  // The functions that only build an object from their arguments, whose calls objectsInlined may move (not phoneDetector
  // nor markingDetector: each adds to a shared list, the number patterns' or lazy()'s, whose order would change), and
  // the detectors it leaves where they are, next to the code they share words with, which gzip codes better (13 bytes;
  // the SIREN detector's move would cost 14).
  const OBJECT_FACTORIES = ['patternDetector', 'vatDetector', 'nearLiteral'];
  const OBJECTS_KEPT = ['ipv4Detector', 'passwordAssignmentDetector', 'ukNinoDetector', 'frSirenDetector'];
  let contentScript = false;
  return {
    name: 'vigie:terser-content-script',
    apply: 'build',
    // esbuild, which minifies every script before this pass, keeps the content scripts' names as they are: terser
    // names everything anew, and weighs its choices (such as writing a constant where it is read) by the lengths of
    // the names it is given (18 bytes of the guard).
    config(config) {
      if (JSON.stringify(config.build?.lib || '').includes('.content')) return { esbuild: { minifyIdentifiers: false } };
    },
    options(options) {
      contentScript = JSON.stringify(options.input ?? '').includes('.content');
    },
    async generateBundle(_options, bundle) {
      if (!contentScript) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await minify(functionsAsLet(constAsLet(objectsInlined(regexConstantsInlined(stringConstantsInlined(iifeAsArrow(chunk.code, this.parse), this.parse), this.parse), this.parse, OBJECT_FACTORIES, OBJECTS_KEPT), this.parse), this.parse), {
          ecma: 2020,
          toplevel: true,
          compress: { passes: 5, keep_fargs: false, inline: 1, unsafe_arrows: true, unsafe: true, unsafe_math: true, unsafe_comps: true, pure_getters: true, sequences: false, module: true },
          mangle: { properties: { regex: chunk.fileName === 'content-scripts/guard.js' ? GUARD_PROPERTIES : INTERNAL_PROPERTIES, builtins: true } },
          format: { ascii_only: true },
          sourceMap: false,
        });
        if (result.code === undefined) throw new Error(`terser returned nothing for ${chunk.fileName}`);
        chunk.code = result.code;
      }
    },
  };
}

/**
 * `code` with the string constants of the script's top level written where they are read (`const KEY = "policyState"`
 * read three times becomes three "policyState"), when a constant is read more than once and is at most 64 characters
 * long (a name, a key, a word; not a data table). Terser keeps such a constant as a variable, which is shorter before
 * compression; gzip codes the repeated string as a back-reference, about as short as the variable's name, and saves
 * the declaration. A string is a value: reading the literal instead of the constant changes nothing, but where the
 * constant was read before its declaration ran, which threw (the scripts never do). A constant is left as it is if its name is bound anywhere else in the script (a parameter, a local
 * variable: names are compared without scopes) or is a label.
 */
export function stringConstantsInlined(code: string, parse: Parse): string {
  return constantsInlined(code, parse, (literal, reads) => {
    // A literal's value (AstNode types a property's).
    const value: unknown = literal.value;
    return typeof value === 'string' && value.length <= 64 && reads > 1;
  });
}

/**
 * `code` with the regex constants of the script's top level that have neither the g nor the y flag written where they
 * are read (`const WORDS = /\b(?:tva|vat)/i` read in a detector's check becomes the literal there), when a constant is
 * read once, or its pattern is at most 64 characters long (as a string constant's: gzip codes the repeated literal as
 * a back-reference). Terser inlines such a constant only where it is read in its own scope, as a literal elsewhere is
 * a new object each time its expression runs; a declaration and a read of two letters each, which gzip finds nowhere
 * else, cost about 3 bytes. Without g or y, a regex keeps no state: test, exec, match, replace, search and split
 * neither read nor write its lastIndex, so a new one finds what the shared one found (the scripts never compare two
 * regexes, keep one, or set its lastIndex or another property). The new object (its compiled code is shared) costs
 * about 3 ns each time it is made, most often on the source code detector's per-line tests: some 25,000 times per MB
 * of text, about 0.5% of a scan, which the bench's timings cannot tell from their noise. Left as it is, as a string
 * constant is: a constant whose name is bound anywhere else in the script or is a label.
 */
export function regexConstantsInlined(code: string, parse: Parse): string {
  return constantsInlined(code, parse, ({ regex }, reads) => regex !== undefined && !/[gy]/.test(regex.flags) && (reads === 1 || regex.pattern.length <= 64));
}

/**
 * `code` with the literal constants of the script's top level that `inlines` takes (given the literal and how many times
 * the constant is read) written where they are read, their declarations dropped.
 */
function constantsInlined(code: string, parse: Parse, inlines: (literal: AstNode, reads: number) => boolean): string {
  const program = parse(code) as AstNode;
  const statements = topLevelStatements(program);
  if (!statements) return code;
  const bound = bindingsIn(program);
  // Every identifier that is read, by name, with the property that holds it when it is a shorthand one ({ KEY }).
  const reads = new Map<string, [node: AstNode, shorthand?: AstNode][]>();
  const labels = new Set<string>();
  const visit = (node: AstNode): void => {
    if (node.type === 'LabeledStatement' || node.type === 'BreakStatement' || node.type === 'ContinueStatement') {
      if (node.label) labels.add(node.label.name!);
    }
    if (node.type === 'Property' && node.shorthand && node.value?.type === 'Identifier') {
      const name = node.value.name!;
      reads.set(name, [...(reads.get(name) ?? []), [node.value, node]]);
      return;
    }
    // new.target and import.meta are no names.
    if (node.type === 'MetaProperty') return;
    if (node.type === 'Identifier') reads.set(node.name!, [...(reads.get(node.name!) ?? []), [node]]);
    for (const [field, child] of childNodes(node)) {
      const propertyName = !node.computed && ((field === 'property' && node.type === 'MemberExpression') || field === 'key' || field === 'label');
      if (!propertyName) visit(child);
    }
  };
  visit(program);
  const edits: Edit[] = [];
  for (const statement of statements) {
    if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const') continue;
    const declarations = statement.declarations!;
    const inlined = declarations.map((declaration) => {
      const { id, init } = declaration;
      if (id?.type !== 'Identifier' || init?.type !== 'Literal') return false;
      const name = id.name!;
      // The declaration's own name is one of the identifiers found: the reads are the others.
      const uses = (reads.get(name) ?? []).filter(([node]) => node !== id);
      if (!inlines(init, uses.length) || labels.has(name) || !boundOnce(bound, name)) return false;
      const literal = code.slice(init.start, init.end);
      for (const [node, shorthand] of uses) edits.push(shorthand ? [shorthand.start, shorthand.end, `${name}:${literal}`] : [node.start, node.end, literal]);
      return true;
    });
    edits.push(...declaratorsDropped(statement, inlined));
  }
  return edited(code, edits);
}

/**
 * `code` with the objects that are made once, by a top-level constant read once as an element of an array made later
 * (a detector in its registry's list), written in that array: `const a = f({...}), ..., LIST = [a, b]` becomes
 * `LIST = [f({...}), b]`. The object is then made when the array is, later than before, and in the array's order. That
 * changes nothing only for an expression whose evaluation depends on no state that changes in between and changes none:
 * literals, regex literals, templates, object and array literals, functions (closures over the same top-level names,
 * which are constants), names of constants declared before it (reading one later gives the same value), and calls of
 * the `factories`, functions that only build an object from their arguments (patternDetector, vatDetector, nearLiteral;
 * not phoneDetector nor markingDetector, which add to shared lists: the number patterns' and lazy()'s), and `new RegExp`
 * of such expressions, where a String.raw template may hold names of strings (constants of string literals or of
 * String.raw templates without expressions: NUM_START, NUM_END), which convert to themselves. Not a property read, a
 * spread or another template with expressions, which read or convert values that may have changed. Kept as they are:
 * the constants named in `kept`, one whose name is bound anywhere else in the script, and a function (it would lose
 * its name). Read once, the object is the same wherever it is made: the array holds it, and nothing else does.
 */
export function objectsInlined(code: string, parse: Parse, factories: readonly string[], kept: readonly string[] = []): string {
  const program = parse(code) as AstNode;
  const statements = topLevelStatements(program);
  if (!statements) return code;
  const bound = bindingsIn(program);
  // Top-level constants, by name, with their declarator; and the functions declared at the top level.
  const constants = new Map<string, AstNode>();
  const functions = new Set<string>();
  for (const statement of statements) {
    if (statement.type === 'FunctionDeclaration') functions.add(statement.id!.name!);
    if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const') continue;
    for (const declarator of statement.declarations!) if (declarator.id?.type === 'Identifier') constants.set(declarator.id.name!, declarator);
  }
  // Every identifier, by name, with its parent and the function it is in (the script's wrapper for the top level); the
  // names assigned.
  const assigned = new Set<string>();
  const reads = new Map<string, [node: AstNode, parent: AstNode | undefined, inFunction: AstNode | undefined][]>();
  const visit = (node: AstNode, parent?: AstNode, inFunction?: AstNode): void => {
    if (node.type === 'MetaProperty') return;
    if (node.type === 'Identifier') reads.set(node.name!, [...(reads.get(node.name!) ?? []), [node, parent, inFunction]]);
    if (node.type === 'AssignmentExpression' || node.type === 'UpdateExpression') for (const target of [node.left, node.argument]) if (target?.type === 'Identifier') assigned.add(target.name!);
    for (const [field, child] of childNodes(node)) {
      const propertyName = !node.computed && ((field === 'property' && node.type === 'MemberExpression') || (field === 'key' && !node.shorthand) || field === 'label');
      if (!propertyName) visit(child, node, isFunction(node) ? node : inFunction);
    }
  };
  visit(program);
  const wrapper = (program.body as AstNode[])[0].expression!.callee;
  // Whether evaluating `node`, at `before` or anywhere later, gives the same and changes nothing.
  const movable = (node: AstNode, before: number): boolean => {
    switch (node.type) {
      case 'Literal':
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        return true;
      case 'Identifier': {
        // A function declared at the top level is one as long as nothing assigns its name.
        const declarator = constants.get(node.name!);
        const constant = (declarator !== undefined && declarator.end <= before) || (functions.has(node.name!) && !assigned.has(node.name!));
        return constant && boundOnce(bound, node.name!);
      }
      // A template without expressions: one with converts values to strings, which may call their toString.
      case 'TemplateLiteral':
        return node.expressions!.length === 0;
      // String.raw`...` whose expressions are names of strings (constants declared before, themselves written so):
      // `new RegExp(String.raw`${NUM_START}\d{3}`, 'g')`. The built-ins are not replaced (terser's `unsafe` assumes it too).
      case 'TaggedTemplateExpression':
        return isStringRaw(node.tag!) && node.quasi!.expressions!.every((child) => child.type === 'Identifier' && movable(child, before) && isRawString(constants.get(child.name!)?.init));
      case 'NewExpression':
        return node.callee!.type === 'Identifier' && node.callee!.name === 'RegExp' && !bound.includes('RegExp') && node.arguments!.every((child) => movable(child, before));
      // Without spread elements, which iterate what they spread.
      case 'ArrayExpression':
        return node.elements!.every((child) => child !== null && movable(child, before));
      case 'ObjectExpression':
        return node.properties!.every((property) => property.type === 'Property' && !property.computed && movable(property.value!, before));
      case 'CallExpression':
        return node.callee!.type === 'Identifier' && factories.includes(node.callee!.name!) && movable(node.callee!, before) && node.arguments!.every((child) => movable(child, before));
      default:
        return false;
    }
  };
  const isStringRaw = (tag: AstNode): boolean =>
    tag.type === 'MemberExpression' && !tag.computed && tag.object!.type === 'Identifier' && tag.object!.name === 'String' && !bound.includes('String') && tag.property!.name === 'raw';
  // A string literal, or a String.raw template without expressions.
  const isRawString = (node: AstNode | null | undefined): boolean =>
    (node?.type === 'Literal' && typeof node.value === 'string') || (node?.type === 'TaggedTemplateExpression' && isStringRaw(node.tag!) && node.quasi!.expressions!.length === 0);
  const edits: Edit[] = [];
  const dropped = new Set<AstNode>();
  for (const [name, declarator] of constants) {
    const init = declarator.init;
    if (!init || init.type === 'FunctionExpression' || init.type === 'ArrowFunctionExpression' || init.type === 'Literal' || init.type === 'Identifier') continue;
    const uses = (reads.get(name) ?? []).filter(([node]) => node !== declarator.id);
    if (kept.includes(name) || uses.length !== 1 || !boundOnce(bound, name)) continue;
    const [use, parent, inFunction] = uses[0];
    // Read as an element of an array that a later top-level constant's value holds, outside any function of it (where
    // the object would be made at each call).
    if (inFunction !== wrapper) continue;
    const holder = [...constants.values()].find((other) => other.init && other.start > declarator.end && other.init.start <= use.start && use.end <= other.init.end);
    if (parent?.type !== 'ArrayExpression' || !holder || dropped.has(holder) || !movable(init, declarator.start)) continue;
    dropped.add(declarator);
    edits.push([use.start, use.end, code.slice(init.start, init.end)]);
  }
  // The declarations of the constants moved, with their commas.
  for (const statement of statements) {
    if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const') continue;
    edits.push(...declaratorsDropped(statement, statement.declarations!.map((declaration) => dropped.has(declaration))));
  }
  return edited(code, edits);
}

/**
 * `code` with each `const` declaration written `let`. The two differ only when the binding is assigned again, which
 * throws for a `const`: TypeScript rejects any such assignment, and esbuild writes none, so the script runs the same.
 * Declarations are found in the syntax tree, never by searching the text (strings and regexes hold the word too).
 */
function constAsLet(code: string, parse: Parse): string {
  const starts: number[] = [];
  const visit = (node: AstNode): void => {
    if (node.type === 'VariableDeclaration' && node.kind === 'const') starts.push(node.start);
    for (const [, child] of childNodes(node)) visit(child);
  };
  visit(parse(code) as AstNode);
  // The text between declarations is copied once, in order (rebuilding the whole text at each one would copy it as
  // many times as there are declarations).
  const pieces: string[] = [];
  let from = 0;
  for (const start of starts.sort((a, b) => a - b)) {
    if (!code.startsWith('const', start)) throw new Error(`constAsLet: no 'const' at ${start}`);
    pieces.push(code.slice(from, start), 'let');
    from = start + 5;
  }
  pieces.push(code.slice(from));
  return pieces.join('');
}

/**
 * `code`, one call of a function expression without parameters (rollup's IIFE, `(function(){...})();`), with that
 * function written as an arrow (`(()=>{...})();`). The two differ only where the function's own statements read
 * `this`, `arguments` or `new.target` (rollup writes a module's top-level `this` as undefined): `code` is returned as
 * it is if they read any of them (outside the functions and class fields that have their own) or name `arguments`.
 */
export function iifeAsArrow(code: string, parse: Parse): string {
  const statements = (parse(code) as AstNode).body as AstNode[];
  const wrapper = statements[0]?.expression?.callee;
  if (statements.length !== 1 || wrapper?.type !== 'FunctionExpression' || wrapper.id || wrapper.params!.length || wrapper.async || wrapper.generator) return code;
  const body = wrapper.body as AstNode;
  const readsOwn = (node: AstNode): boolean =>
    node.type === 'ThisExpression' ||
    node.type === 'MetaProperty' ||
    (node.type === 'Identifier' && node.name === 'arguments') ||
    childNodes(node).some(([field, child]) => !hasOwnThis(node, field, child) && readsOwn(child));
  if (readsOwn(body)) return code;
  return `${code.slice(0, wrapper.start)}()=>${code.slice(body.start)}`;
}

/** True when `child`, held in `field` of `node`, binds its own `this`: a function that is not an arrow, a class field's value, a static block. */
function hasOwnThis(node: AstNode, field: string, child: AstNode): boolean {
  return child.type === 'FunctionExpression' || child.type === 'FunctionDeclaration' || child.type === 'StaticBlock' || (node.type === 'PropertyDefinition' && field === 'value');
}

/**
 * `code` with function declarations written as `let` bindings of function expressions (`function f(a) {...}` becomes
 * `let f=function(a) {...};`), which terser writes as arrows where the body uses no `this` nor `arguments`
 * (unsafe_arrows), without `return` when the body is one, and joins with the declarations around them.
 *
 * A declaration is hoisted: its function exists from the start of its block, where a `let` exists only once its
 * statement has run, and reading it before throws. So a declaration is rewritten only where nothing that can run
 * before its statement reads its name: neither the statements before it in its block (outside the functions they
 * define by name: `let g = () => ...`, or another declaration) nor the bodies of the functions these may call, that is
 * every function of the block named in them, transitively (hoisted declarations included). Names are compared
 * without scopes: another binding of the same name only keeps more declarations as they are. Also kept: a declaration
 * whose name is bound a second time in its block (or is a parameter of the function whose body the block is), one
 * called with `new` or whose prototype is read (an arrow has none), a generator, and one at the script's top level
 * (a global). A function expression gets its name from the binding, as the declaration had it. So a helper declared
 * before the code that may call it is rewritten, and one declared after it (below a `return`, say) is kept.
 */
export function functionsAsLet(code: string, parse: Parse): string {
  const constructed = new Set<string>();
  const blocks: { statements: AstNode[]; params: string[] }[] = [];
  const visit = (node: AstNode, parent?: AstNode): void => {
    if (node.type === 'NewExpression' && node.callee!.type === 'Identifier') constructed.add(node.callee!.name!);
    if (node.type === 'MemberExpression' && node.property!.name === 'prototype' && node.object!.type === 'Identifier') constructed.add(node.object!.name!);
    if (node.type === 'BlockStatement' || node.type === 'StaticBlock') {
      blocks.push({ statements: node.body as AstNode[], params: parent?.body === node && parent.params ? parent.params.flatMap(boundNames) : [] });
    }
    for (const [, child] of childNodes(node)) visit(child, node);
  };
  visit(parse(code) as AstNode);
  const edits: Edit[] = [];
  for (const { statements, params } of blocks) {
    const bound = statements.flatMap(bindingsIn);
    // What each statement reads when it runs, and what the functions it defines by name read when called.
    const runs: Set<string>[] = [];
    const defines: Map<string, Set<string>>[] = [];
    const hoisted = new Map<string, Set<string>>();
    for (const statement of statements) {
      const reads = new Set<string>();
      const functions = new Map<string, Set<string>>();
      if (statement.type === 'FunctionDeclaration') functions.set(statement.id!.name!, namesRead(statement, new Set()));
      else if (statement.type === 'VariableDeclaration') {
        for (const declarator of statement.declarations!) {
          if (declarator.id!.type === 'Identifier' && declarator.init && isFunction(declarator.init)) functions.set(declarator.id!.name!, namesRead(declarator.init, new Set()));
          else namesRead(declarator, reads);
        }
      } else namesRead(statement, reads);
      if (statement.type === 'FunctionDeclaration') hoisted.set(statement.id!.name!, functions.get(statement.id!.name!)!);
      runs.push(reads);
      defines.push(functions);
    }
    statements.forEach((statement, index) => {
      const name = statement.id?.name;
      if (statement.type !== 'FunctionDeclaration' || statement.generator || !name) return;
      if (constructed.has(name) || params.includes(name) || bound.filter((other) => other === name).length > 1) return;
      // The names that may be read before this statement runs.
      const callable = new Map(hoisted);
      const pending = runs.slice(0, index).flatMap((reads) => [...reads]);
      for (const functions of defines.slice(0, index)) for (const [defined, reads] of functions) callable.set(defined, reads);
      const reached = new Set<string>();
      for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        if (reached.has(next)) continue;
        reached.add(next);
        pending.push(...(callable.get(next) ?? []));
      }
      if (reached.has(name)) return;
      edits.push([statement.start, statement.id!.end, `let ${name}=${statement.async ? 'async ' : ''}function`], [statement.end, statement.end, ';']);
    });
  }
  return edited(code, edits);
}

/** A replacement of code[from, to) by a text (an insertion when from is to, a deletion when the text is empty). */
type Edit = [from: number, to: number, text: string];

/** `code` with its edits made; they do not overlap, and those at the same offset are made in their order. */
function edited(code: string, edits: Edit[]): string {
  const pieces: string[] = [];
  let from = 0;
  for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
    if (start < from) throw new Error(`overlapping edits of the content script at ${start}`);
    pieces.push(code.slice(from, start), text);
    from = end;
  }
  pieces.push(code.slice(from));
  return pieces.join('');
}

/** The statements of the script's top level: the body of the function its one expression calls (the IIFE WXT writes). */
function topLevelStatements(program: AstNode): AstNode[] | undefined {
  const body = ((program.body as AstNode[])[0]?.expression?.callee?.body as AstNode | undefined)?.body;
  return Array.isArray(body) ? body : undefined;
}

/** Whether `name` is bound once only in the script (`bound`: every name a declaration or a parameter binds). */
function boundOnce(bound: string[], name: string): boolean {
  return bound.filter((other) => other === name).length === 1;
}

/**
 * The edits that drop the declarators of a declaration that `gone` marks: the whole statement when all are, or else each
 * run of them with the comma that joins it to a declarator kept.
 */
function declaratorsDropped(statement: AstNode, gone: boolean[]): Edit[] {
  if (!gone.includes(false)) return [[statement.start, statement.end, '']];
  const declarations = statement.declarations!;
  const edits: Edit[] = [];
  declarations.forEach((declaration, i) => {
    if (!gone[i] || gone[i - 1]) return;
    let last = i;
    while (gone[last + 1]) last++;
    const next = declarations[last + 1];
    edits.push(next ? [declaration.start, next.start, ''] : [declarations[i - 1].end, declarations[last].end, '']);
  });
  return edits;
}

/** The child nodes of `node`, with the field that holds each. */
function childNodes(node: AstNode): [field: string, child: AstNode][] {
  const children: [string, AstNode][] = [];
  for (const [field, value] of Object.entries(node)) {
    for (const child of Array.isArray(value) ? value : [value]) if (typeof child?.type === 'string') children.push([field, child]);
  }
  return children;
}

function isFunction(node: AstNode): boolean {
  return node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression' || node.type === 'FunctionDeclaration';
}

/** Adds to `names` every name that `node` reads or writes (identifiers that are not property names), and returns it. */
function namesRead(node: AstNode, names: Set<string>): Set<string> {
  if (node.type === 'Identifier') names.add(node.name!);
  for (const [field, child] of childNodes(node)) {
    const propertyName = !node.computed && ((field === 'property' && node.type === 'MemberExpression') || (field === 'key' && !node.shorthand));
    if (!propertyName) namesRead(child, names);
  }
  return names;
}

/** The names a binding pattern (a parameter, a declarator's target) binds. */
function boundNames(pattern: AstNode | null | undefined): string[] {
  if (!pattern) return [];
  if (pattern.type === 'Identifier') return [pattern.name!];
  if (pattern.type === 'ObjectPattern') return pattern.properties!.flatMap((property) => boundNames(property.type === 'RestElement' ? property.argument : property.value));
  if (pattern.type === 'ArrayPattern') return pattern.elements!.flatMap(boundNames);
  if (pattern.type === 'RestElement') return boundNames(pattern.argument);
  if (pattern.type === 'AssignmentPattern') return boundNames(pattern.left);
  return [];
}

/** Every name bound anywhere in `node`: variables, functions, classes, parameters, caught errors. */
function bindingsIn(node: AstNode): string[] {
  const names: string[] = [];
  if (node.type === 'VariableDeclarator') names.push(...boundNames(node.id));
  if ((isFunction(node) || node.type === 'ClassDeclaration' || node.type === 'ClassExpression') && node.id) names.push(node.id.name!);
  if (isFunction(node)) names.push(...node.params!.flatMap(boundNames));
  if (node.type === 'CatchClause') names.push(...boundNames(node.param));
  for (const [, child] of childNodes(node)) names.push(...bindingsIn(child));
  return names;
}

/** Rollup's parser (the plugin context's parse). */
type Parse = (code: string) => object;

/** A node of the syntax tree that rollup's parser returns (ESTree, with offsets): only the fields read here. */
interface AstNode {
  type: string;
  start: number;
  end: number;
  kind?: string;
  name?: string;
  id?: AstNode | null;
  params?: AstNode[];
  body?: AstNode | AstNode[];
  declarations?: AstNode[];
  init?: AstNode | null;
  callee?: AstNode;
  object?: AstNode;
  property?: AstNode;
  computed?: boolean;
  shorthand?: boolean;
  generator?: boolean;
  async?: boolean;
  properties?: AstNode[];
  elements?: (AstNode | null)[];
  argument?: AstNode;
  value?: AstNode;
  regex?: { pattern: string; flags: string };
  tag?: AstNode;
  quasi?: AstNode;
  left?: AstNode;
  param?: AstNode | null;
  expression?: AstNode;
  expressions?: AstNode[];
  arguments?: AstNode[];
  label?: AstNode | null;
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // VIGIE_SOURCEMAP=1 adds source maps, to see what the content script's bytes are made of.
  // The target is the browsers the extension supports (Firefox from 140, see below; Chromium as Vite's default,
  // 107): Vite's default also names Safari 16, which lacks regex lookbehind, so every regex literal with one was
  // written as a `new RegExp("...")` string with doubled backslashes (85 bytes gzipped of the guard).
  vite: () => ({
    plugins: [preact(), nativeBrowserInContentScript(), terserForContentScript()],
    build: { target: ['chrome107', 'edge107', 'firefox140'], ...(process.env.VIGIE_SOURCEMAP === '1' ? { sourcemap: true } : {}) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the published policy; managed policy needs no permission of its own beyond it.
    // scripting: the notice UI is injected into a catalog page's frame on its first intervention only; the editor
    // reader into the page's own world of a frame whose code editor took the focus (utils/guard/editor-reader.ts).
    // Host access to the catalog hosts (set below) is exactly what the content script already has.
    // alarms: the daily retention of the usage log.
    permissions: ['storage', 'scripting', 'alarms'],
    storage: { managed_schema: 'managed_schema.json' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 is the oldest ESR that knows data_collection_permissions ("none": nothing leaves the
            // device); Firefox for Android learnt it in 142.
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : storeBuild
        ? {}
        : { key: CHROMIUM_PUBLIC_KEY }),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The guard's match patterns come from the AI site catalog. They are set here, not in the content
      // script's definition, so the catalog data is not bundled into a script that runs on every AI page.
      // Two scripts: the early guard (document_start) and the guard (document_idle).
      const guards = manifest.content_scripts?.filter((script) => script.js?.some((file) => file.includes('guard')));
      if (!guards || guards.length !== 2) throw new Error('expected the guard and the early guard content scripts in the manifest');
      for (const guard of guards) guard.matches = catalogMatchPatterns();
      // The background injects the notice UI into those same pages, which needs host access to them.
      if (manifest.manifest_version === 3) manifest.host_permissions = catalogMatchPatterns();
      else manifest.permissions = [...(manifest.permissions ?? []), ...catalogMatchPatterns()];
      // Hosts that a policy adds beyond the catalog: requested at run time (options page) for those hosts
      // only, then guarded through scripting.registerContentScripts; nothing is granted at install.
      if (manifest.manifest_version === 3) manifest.optional_host_permissions = ['https://*/*'];
      else manifest.optional_permissions = [...(manifest.optional_permissions ?? []), 'https://*/*'];
      // A policy may ask for the signed-in profile's e-mail address in records (logging.identity "email"):
      // requested in the options page, never at install; Chromium only (Firefox has no profile e-mail API).
      if (manifest.manifest_version === 3) manifest.optional_permissions = [...(manifest.optional_permissions ?? []), 'identity', 'identity.email'];
    },
  },
});
