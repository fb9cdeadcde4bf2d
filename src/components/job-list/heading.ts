import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';

/** The `heading-level` a partner's page outline allows: 1–5 (1 on a stand-alone job page; cards use one more), default 2. */
export function headingLevel(value: unknown): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) ? Math.min(5, Math.max(1, level)) : 2;
}

// Fixed literals only: unsafeStatic never sees partner input.
const TAGS: Record<number, StaticValue> = { 1: unsafeStatic('h1'), 2: unsafeStatic('h2'), 3: unsafeStatic('h3'), 4: unsafeStatic('h4'), 5: unsafeStatic('h5'), 6: unsafeStatic('h6') };

export interface HeadingAttributes {
  id?: string;
  part?: string;
  className?: string;
  /** Focused by script (tabindex -1). */
  focusable?: boolean;
  /** `auto` for upstream text in any language (an Arabic title on an English page reads and aligns right). */
  dir?: 'auto';
}

/** An `<h1>`…`<h6>` element: the level is clamped to that range. */
export function heading(level: number, content: unknown, attrs: HeadingAttributes = {}): TemplateResult {
  const tag = TAGS[Math.min(6, Math.max(1, Math.round(level) || 2))];
  return staticHtml`<${tag} id=${ifDefined(attrs.id)} class=${ifDefined(attrs.className)} part=${ifDefined(attrs.part)} dir=${ifDefined(attrs.dir)} tabindex=${ifDefined(attrs.focusable ? '-1' : undefined)}>${content}</${tag}>`;
}
