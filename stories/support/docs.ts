/** Docs page text: the element's own JSDoc description (from custom-elements.json), then a note about the stories. */
import manifest from '../../custom-elements.json';

interface Declaration {
  tagName?: string;
  description?: string;
}

export function componentDocs(tag: string, note: string) {
  const modules = (manifest as { modules: Array<{ declarations?: Declaration[] }> }).modules;
  const description = modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)?.description ?? '';
  return { docs: { description: { component: [description, note].filter(Boolean).join('\n\n') } } };
}
