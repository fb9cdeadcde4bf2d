/**
 * The description editor's two modes. Formatted text: a contenteditable area driven by `document.execCommand`
 * (deprecated but implemented by every engine we support, and the lightest way to edit rich text). Where it is
 * missing, and whenever the recruiter asks for it, the fallback: an HTML source textarea whose toolbar wraps the
 * selected text in the same tags. Either way the HTML goes through the job page's sanitizer before it is sent.
 */

export type FormatCommand = 'heading' | 'bold' | 'bullets' | 'numbers' | 'link';

/** True when this browser can format a contenteditable area (else the source textarea is the editor). */
export function canFormat(): boolean {
  try {
    return typeof document.execCommand === 'function' && typeof document.queryCommandSupported === 'function' && document.queryCommandSupported('insertUnorderedList');
  } catch {
    return false;
  }
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Wraps `value.slice(start, end)` for the command; answers the new text and the selection to restore. */
export function formatSource(value: string, start: number, end: number, command: FormatCommand, url?: string): { value: string; start: number; end: number } {
  const from = Math.max(0, Math.min(start, end, value.length));
  const to = Math.min(value.length, Math.max(start, end));
  const selected = value.slice(from, to);
  let open: string;
  let close: string;
  let inner = selected;
  switch (command) {
    case 'heading':
      [open, close] = ['<h3>', '</h3>'];
      break;
    case 'bold':
      [open, close] = ['<strong>', '</strong>'];
      break;
    case 'bullets':
    case 'numbers': {
      const tag = command === 'bullets' ? 'ul' : 'ol';
      const lines = selected.split(/\r?\n/).filter((line) => line.trim() !== '');
      [open, close] = [`<${tag}>\n`, `\n</${tag}>`];
      inner = (lines.length ? lines : ['']).map((line) => `  <li>${line.trim()}</li>`).join('\n');
      break;
    }
    case 'link':
      [open, close] = [`<a href="${escapeAttribute(url ?? '')}">`, '</a>'];
      if (!inner) inner = url ?? '';
      break;
  }
  const next = value.slice(0, from) + open + inner + close + value.slice(to);
  return { value: next, start: from + open.length, end: from + open.length + inner.length };
}
