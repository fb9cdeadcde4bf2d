/**
 * The Job Space has no field that reads back a job's skills, so `<ck-job-editor>` stores the ESCO tags inside the
 * description, as a marked list that is plain, readable HTML on any board and machine-readable for careerkit:
 *
 *   <ul data-ck-skills="1"><li data-ck-skill="<uuid>" data-ck-level="essential">label</li>…</ul>
 *
 * `data-*` attributes survive the description sanitizer (DOMPurify keeps them by default), so `<ck-job-detail>`
 * finds the list after sanitizing, renders it as skill chips and takes it out of the prose. See docs/job-editor.md.
 */

export type SkillLevel = 'essential' | 'optional';

export interface TaggedSkill {
  /** The taxonomy skill's UUID (what `<ck-skill-picker>` submits). */
  uuid: string;
  preferredLabel: string;
  level: SkillLevel;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** More tags than any posting needs; keeps a hostile description from making the page build thousands of chips. */
export const MAX_TAGGED_SKILLS = 100;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The marked list for these skills ('' for none). Custom (non-UUID) entries are left out: they match nothing. */
export function skillBlockHtml(skills: readonly TaggedSkill[]): string {
  const items = skills
    .filter((s) => UUID.test(s.uuid))
    .slice(0, MAX_TAGGED_SKILLS)
    .map((s) => `<li data-ck-skill="${s.uuid.toLowerCase()}" data-ck-level="${s.level === 'optional' ? 'optional' : 'essential'}">${escapeHtml(s.preferredLabel)}</li>`);
  return items.length ? `<ul data-ck-skills="1">${items.join('')}</ul>` : '';
}

/** Reads the marked lists out of a (sanitized) description and removes them from it. */
export function takeSkillBlock(container: ParentNode): TaggedSkill[] {
  const skills: TaggedSkill[] = [];
  const seen = new Set<string>();
  for (const list of container.querySelectorAll('[data-ck-skills]')) {
    for (const item of list.querySelectorAll('[data-ck-skill]')) {
      const uuid = (item.getAttribute('data-ck-skill') ?? '').toLowerCase();
      const label = (item.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!UUID.test(uuid) || !label || seen.has(uuid) || skills.length >= MAX_TAGGED_SKILLS) continue;
      seen.add(uuid);
      skills.push({ uuid, preferredLabel: label.slice(0, 300), level: item.getAttribute('data-ck-level') === 'optional' ? 'optional' : 'essential' });
    }
    list.remove();
  }
  return skills;
}

/** Splits stored description HTML into the prose (to edit) and the tagged skills. Parsed inert (no scripts run). */
export function splitDescription(html: string): { prose: string; skills: TaggedSkill[] } {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const skills = takeSkillBlock(doc.body);
  return { prose: doc.body.innerHTML.trim(), skills };
}
