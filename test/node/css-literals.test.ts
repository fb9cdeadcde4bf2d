/**
 * The script-tag build minifies the elements' css`` literals (scripts/css-literals.mjs, Lightning CSS), since
 * esbuild leaves template text as written. Only real literals are touched, each comes out as the same rules, and
 * a literal that is not plain, valid CSS stops the build instead of shipping broken styles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error a plain .mjs build script without types
import { cssLiteralsOf, minifyCss, minifyCssLiterals } from '../../scripts/css-literals.mjs';

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });

test('a tagged css`` literal and a /* css */ template are minified; comments and strings that mention css`` are not', () => {
  const source = [
    "import { css } from 'lit';",
    '// Comments inside css`` ship: see css`a { b }`.',
    "const note = 'css`x`';",
    'export const styles = css`',
    '  /* a comment that must not ship */',
    '  :host {',
    '    display: block;',
    '    color: #ffffff;',
    '  }',
    '  .a :hover { margin: 0px 0px 0px 0px; }',
    '`;',
    'export const tokens = /* css */ `',
    '  :host { --_x: var(--ck-x, 1rem); }',
    '`;',
    'export const other = `  not   css  `;',
  ].join('\n');
  const out: string = minifyCssLiterals(source, 'example.ts');
  assert.ok(out.includes('export const styles = css`:host{color:#fff;display:block}.a :hover{margin:0}`;'), out);
  assert.ok(out.includes('export const tokens = /* css */ `:host{--_x:var(--ck-x,1rem)}`;'), out);
  assert.ok(out.includes('// Comments inside css`` ship: see css`a { b }`.'), 'a comment is left as it is');
  assert.ok(out.includes("const note = 'css`x`';"), 'a string is left as it is');
  assert.ok(out.includes('export const other = `  not   css  `;'), 'an unmarked template is left as it is');
  assert.ok(!out.includes('must not ship'));
});

test('keepLines (the npm modules tsc wrote, with their source maps): every line after a literal stays where it was', () => {
  const source = "import { css } from 'lit';\nconst styles = css`\n  :host {\n    display: block;\n  }\n`;\nexport class X {\n  static styles = styles;\n}\n//# sourceMappingURL=x.js.map\n";
  const out: string = minifyCssLiterals(source, 'x.js', { keepLines: true });
  assert.equal(out.split('\n').length, source.split('\n').length);
  assert.deepEqual(out.split('\n').slice(5), source.split('\n').slice(5), 'the code after the literal is on the same lines');
  assert.ok(out.startsWith("import { css } from 'lit';\nconst styles = css`:host{display:block}\n\n\n\n`;"), out);
});

test('a css literal with an interpolation or an escape, or with CSS that does not parse, stops the build with file:line', () => {
  assert.throws(() => minifyCssLiterals('const s = css`a { color: ${x}; }`;', 'interp.ts'), /interp\.ts:1: a css literal with an interpolation/);
  assert.throws(() => minifyCssLiterals("const s = css`a { content: '\\\\2713'; }`;", 'escape.ts'), /escape\.ts:1: .*escape/);
  assert.throws(() => minifyCssLiterals('\n\nconst s = css`a { colr red }`;', 'broken.ts'), /broken\.ts:3: Unexpected token/);
  assert.throws(() => minifyCssLiterals('const s = css`a:hovr { color: red }`;', 'typo.ts'), /typo\.ts:1: .*hovr/);
});

test('every css literal in src/ is plain CSS that minifies, and what comes out parses again', () => {
  let literals = 0;
  for (const file of sources('src')) {
    const source = readFileSync(file, 'utf8');
    for (const { text, where } of cssLiteralsOf(source, file) as { text: string; where: string }[]) {
      literals += 1;
      const small: string = minifyCss(text, where);
      assert.ok(small.length < text.length, `${where} got smaller`);
      // What comes out is CSS the parser reads again without an error or a warning.
      assert.doesNotThrow(() => minifyCss(small, where));
    }
  }
  assert.ok(literals >= 10, `found ${literals} literals`);
});
