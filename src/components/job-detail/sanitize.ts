/**
 * Upstream job descriptions are untrusted HTML. DOMPurify keeps text formatting (paragraphs, lists, emphasis,
 * links, images) and drops everything else: scripts, event handlers, javascript: and data: URLs, iframes,
 * forms, styles, SVG and MathML. Links open in a new tab without an opener or referrer.
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
  RETURN_DOM_FRAGMENT: true as const,
};

/** Sanitized description in a detached `<div>`; upstream headings are levelled under the job title (h3/h4). */
export function sanitizeDescription(html: string): HTMLDivElement {
  const fragment = purify.sanitize(html, CONFIG);
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
