// Lit's `css` literals reach the browser as written: esbuild's minifier leaves template text alone, so every
// comment, newline and indent of the element styles would ship in the script-tag files. Before esbuild bundles a
// source, this minifies each css`…` literal (and each template literal marked `/* css */`) with Lightning CSS, a CSS
// parser and minifier: what ships is the same style sheet, parsed and printed small. The literals are found with
// TypeScript's parser, so a comment or string that mentions css`` is never touched. A literal that is not plain CSS
// (an interpolation, an escape) or does not parse fails the build: nothing broken ships quietly.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'lightningcss';
import ts from 'typescript';

/**
 * The oldest browsers the elements work in: the first with both `light-dark()` and the Popover API (Chrome/Edge
 * 123, Firefox 125, Safari 17.5). The minifier prints nothing newer than these understand.
 */
export const TARGETS = { chrome: 123 << 16, firefox: 125 << 16, safari: (17 << 16) | (5 << 8) };

/** One style sheet's text, minified; throws naming `where` when it is not valid CSS. */
export function minifyCss(text, where = 'css literal') {
  let result;
  try {
    result = transform({ filename: where, code: Buffer.from(text), minify: true, errorRecovery: false, targets: TARGETS });
  } catch (error) {
    throw new Error(`${where}: ${error.message}${error.loc ? ` (css line ${error.loc.line})` : ''}`);
  }
  if (result.warnings.length) throw new Error(`${where}: ${result.warnings[0].message}`);
  return result.code.toString();
}

/** The CSS literals of a TypeScript (or JavaScript) source: tagged `css` templates and templates after a `/* css *\/` comment. */
export function cssLiteralsOf(source, file = 'source.ts') {
  const kind = file.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found = [];
  const visit = (node) => {
    const tagged = ts.isTaggedTemplateExpression(node) && node.tag.getText(sf) === 'css';
    const marked =
      ts.isTemplateLiteral(node) &&
      !ts.isTaggedTemplateExpression(node.parent) &&
      /\/\*\s*css\s*\*\/\s*$/.test(source.slice(node.pos, node.getStart(sf)));
    const template = tagged ? node.template : marked ? node : undefined;
    if (template) {
      const where = `${file}:${sf.getLineAndCharacterOfPosition(template.getStart(sf)).line + 1}`;
      if (!ts.isNoSubstitutionTemplateLiteral(template) || template.rawText !== template.text)
        throw new Error(`${where}: a css literal with an interpolation or an escape; keep styles plain CSS`);
      found.push({ start: template.getStart(sf) + 1, end: template.end - 1, text: template.text, where });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/**
 * `source` with each CSS literal's text minified. `keepLines` ends each literal with as many newlines as it had, so
 * every line after it stays where it was and an existing source map stays right (the npm files, built by tsc).
 */
export function minifyCssLiterals(source, file = 'source.ts', { keepLines = false } = {}) {
  let out = '';
  let last = 0;
  for (const { start, end, text, where } of cssLiteralsOf(source, file)) {
    const lines = keepLines ? '\n'.repeat(text.split('\n').length - 1) : '';
    out += source.slice(last, start) + minifyCss(text, where) + lines;
    last = end;
  }
  return out + source.slice(last);
}

/** Minifies the CSS literals of the ES modules tsc wrote under `dir` in place, keeping their lines. */
export async function minifyCssInModules(dir) {
  let changed = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const source = await readFile(path, 'utf8');
    if (!source.includes('css')) continue;
    const minified = minifyCssLiterals(source, path, { keepLines: true });
    if (minified !== source) {
      await writeFile(path, minified);
      changed += 1;
    }
  }
  return changed;
}

/** esbuild plugin: minifies the CSS literals of this project's TypeScript sources. */
export const cssLiterals = {
  name: 'careerkit-css-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      return { contents: source.includes('css') ? minifyCssLiterals(source, path) : source, loader: 'ts' };
    });
  },
};
