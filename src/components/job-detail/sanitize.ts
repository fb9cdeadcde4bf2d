/**
 * Upstream job descriptions are untrusted HTML. DOMPurify keeps text formatting (paragraphs, lists, emphasis,
 * links, images) and drops everything else: scripts, event handlers, javascript: and data: URLs, iframes,
 * forms, styles, SVG and MathML. Links open in a new tab without an opener or referrer. Images are kept only
 * from absolute https: URLs (anything else would show broken or load from the partner's own origin), load
 * lazily without a referrer, and always have an `alt` (empty, i.e. decorative, when upstream gave none).
 */
import DOMPurify from 'dompurify';

// A private instance, so our hook never touches another DOMPurify user on the page.
const purify = DOMPurify(window);

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer nofollow');
  }
});

const CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'option', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'template', 'dialog', 'video', 'audio', 'source', 'picture'],
  // ids and classes would collide with the element's own; inline styles could overlay the page.
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'srcset', 'formaction', 'action', 'tabindex', 'autofocus'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:)/i,
  // DOMPurify checks every other attribute's value against that regexp too; these plain numbers must pass.
  ADD_URI_SAFE_ATTR: ['width', 'height', 'colspan', 'rowspan', 'start'],
  RETURN_DOM_FRAGMENT: true as const,
};

function isAbsoluteHttps(url: string | null): boolean {
  try {
    // No base: relative and protocol-relative URLs throw.
    return url !== null && new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Sanitized description in a detached `<div>`; upstream headings are levelled under the job title (h3/h4). */
export function sanitizeDescription(html: string): HTMLDivElement {
  // The fragment belongs to DOMPurify's inert document: images load only once appended below, after these rules.
  const fragment = purify.sanitize(html, CONFIG);
  for (const image of fragment.querySelectorAll('img')) {
    if (!isAbsoluteHttps(image.getAttribute('src'))) {
      image.remove();
      continue;
    }
    image.setAttribute('loading', 'lazy');
    image.setAttribute('decoding', 'async');
    image.setAttribute('referrerpolicy', 'no-referrer');
    if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
  }
  for (const heading of fragment.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Number(heading.localName[1]) <= 3 ? 3 : 4;
    if (heading.localName === `h${level}`) continue;
    const replacement = document.createElement(`h${level}`);
    for (const attribute of heading.attributes) replacement.setAttribute(attribute.name, attribute.value);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
  const container = document.createElement('div');
  container.append(fragment);
  return container;
}
