/**
 * The browse panel: the skill-group tree (WAI-ARIA APG tree pattern, roving tabindex), roots first, children
 * loaded when a group is expanded, page by page through cursors. Loaded on first use.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SkillGroupPage, TaxonomySkill } from '../../types.js';
import type { LazyPart, PickerHost } from './internal.js';
import { StillLoading } from '../../shared/still-loading.js';

const styles = css`
  .tree,
  .tree ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .tree {
    padding: 0.25rem;
  }
  .treeitem {
    outline: none;
  }
  /* The ring goes around the row, not the row and its open group. */
  .treeitem:focus-visible {
    outline: none !important;
  }
  .treeitem:focus-visible > .row {
    outline: var(--_focus-width) solid var(--_focus-color) !important;
    outline-offset: -2px !important;
  }
  .row {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2rem;
    padding-block: 0.25rem;
    padding-inline: calc((var(--level) - 1) * 1.25rem + 0.5rem) 0.5rem;
    border-radius: var(--_radius-sm);
    cursor: pointer;
  }
  .row:hover {
    background: var(--_surface-alt);
  }
  .marker {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 1rem;
    block-size: 1rem;
    font-size: 0.75rem;
    line-height: 1;
    box-sizing: border-box;
  }
  .group > .row > .marker::before {
    content: '▸';
    transition: transform var(--_duration);
  }
  :host(:dir(rtl)) .group > .row > .marker::before {
    content: '◂';
  }
  .group[aria-expanded='true'] > .row > .marker::before {
    transform: rotate(90deg);
  }
  :host(:dir(rtl)) .group[aria-expanded='true'] > .row > .marker::before {
    transform: rotate(-90deg);
  }
  .group:not([aria-expanded]) > .row > .marker::before {
    content: '•';
  }
  [aria-selected='true'] > .row > .marker {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  [aria-selected='true'] > .row > .marker::before {
    content: '✓';
  }
  .skill > .row > .marker {
    border: 1.5px solid var(--_muted);
    border-radius: 4px;
  }
  .more > .row {
    color: var(--_accent);
    font-weight: 600;
  }
  .row-label {
    flex: 1;
  }
  .tree-status {
    padding: 0.25rem 0.5rem;
    color: var(--_muted);
  }
`;

interface TreeNode {
  key: string;
  kind: 'group' | 'skill' | 'more';
  label: string;
  level: number;
  parent?: TreeNode;
  groupId?: string;
  skill?: TaxonomySkill;
  hasChildren?: boolean;
  expanded?: boolean;
  loading?: boolean;
  failed?: boolean;
  children?: TreeNode[];
  nextCursor?: string | null;
}

export class SkillTree implements LazyPart {
  private readonly root: TreeNode = { key: 'root', kind: 'group', label: '', level: 0, hasChildren: true, expanded: true };
  private focusKey?: string;
  private counter = 0;
  /** Groups being fetched; while any is, after a few seconds "Loading…" becomes "Still loading…". */
  private pending = 0;
  private readonly slow: StillLoading;

  constructor(private readonly host: PickerHost) {
    host.adopt(styles);
    this.slow = new StillLoading(
      () => host.requestUpdate(),
      () => host.announce(this.loadingText),
    );
    void this.load(this.root);
  }

  private get loadingText(): string {
    return this.slow.slow ? this.host.t('stillLoading') : this.host.t('loading');
  }

  private async load(parent: TreeNode): Promise<void> {
    if (parent.loading) return;
    parent.loading = true;
    parent.failed = false;
    if (this.pending++ === 0) this.slow.start();
    this.host.requestUpdate();
    try {
      const page: SkillGroupPage = await (await this.host.client()).skillGroups({
        parent: parent.groupId,
        cursor: parent.nextCursor ?? undefined,
        modelId: this.host.modelId,
      });
      const level = parent.level + 1;
      const items = (page?.items ?? []).map((item): TreeNode => {
        const key = `t${this.counter++}`;
        return item.kind === 'skill'
          ? { key, kind: 'skill', label: item.skill.preferredLabel, level, parent, skill: item.skill }
          : { key, kind: 'group', label: item.preferredLabel, level, parent, groupId: item.id, hasChildren: item.hasChildren };
      });
      parent.children = [...(parent.children ?? []), ...items];
      parent.nextCursor = page?.nextCursor ?? null;
    } catch {
      parent.failed = true;
    } finally {
      parent.loading = false;
      if (--this.pending === 0) this.slow.stop();
      this.host.requestUpdate();
    }
  }

  /** Visible rows in reading order, including "Show more" and retry rows. */
  private visible(): TreeNode[] {
    const rows: TreeNode[] = [];
    const walk = (node: TreeNode) => {
      for (const child of node.children ?? []) {
        rows.push(child);
        if (child.expanded) walk(child);
      }
      if (node.nextCursor || node.failed) rows.push(this.moreRow(node));
    };
    walk(this.root);
    return rows;
  }

  private readonly moreRows = new Map<TreeNode, TreeNode>();
  private moreRow(parent: TreeNode): TreeNode {
    let row = this.moreRows.get(parent);
    if (!row) {
      row = { key: `${parent.key}-more`, kind: 'more', label: '', level: parent.level + 1, parent };
      this.moreRows.set(parent, row);
    }
    return row;
  }

  private activate(node: TreeNode): void {
    if (node.kind === 'skill' && node.skill) {
      if (!this.host.disabled) this.host.toggle(node.skill);
    } else if (node.kind === 'more' && node.parent) {
      void this.load(node.parent);
    } else if (node.kind === 'group') {
      this.setExpanded(node, !node.expanded);
    }
  }

  private setExpanded(node: TreeNode, expanded: boolean): void {
    if (node.kind !== 'group' || !node.hasChildren) return;
    node.expanded = expanded;
    if (expanded && !node.children && !node.loading) void this.load(node);
    this.host.requestUpdate();
  }

  private async focus(node: TreeNode | undefined): Promise<void> {
    if (!node) return;
    this.focusKey = node.key;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`[data-key="${node.key}"]`)?.focus();
  }

  private nodeOf(event: Event): TreeNode | undefined {
    const key = (event.target as Element).closest?.('[data-key]')?.getAttribute('data-key');
    return this.visible().find((node) => node.key === key);
  }

  private onClick = (event: Event): void => {
    const node = this.nodeOf(event);
    if (!node) return;
    this.focusKey = node.key;
    this.activate(node);
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const node = this.nodeOf(event);
    if (!node) return;
    const rows = this.visible();
    const index = rows.indexOf(node);
    const rtl = getComputedStyle(this.host.renderRoot.host).direction === 'rtl';
    const key = rtl && event.key === 'ArrowLeft' ? 'ArrowRight' : rtl && event.key === 'ArrowRight' ? 'ArrowLeft' : event.key;
    switch (key) {
      case 'ArrowDown':
        void this.focus(rows[index + 1]);
        break;
      case 'ArrowUp':
        void this.focus(rows[index - 1]);
        break;
      case 'Home':
        void this.focus(rows[0]);
        break;
      case 'End':
        void this.focus(rows[rows.length - 1]);
        break;
      case 'ArrowRight':
        if (node.kind === 'group' && node.hasChildren) {
          if (!node.expanded) this.setExpanded(node, true);
          else if (node.children?.length) void this.focus(node.children[0]);
        }
        break;
      case 'ArrowLeft':
        if (node.kind === 'group' && node.expanded) this.setExpanded(node, false);
        else if (node.parent && node.parent !== this.root) void this.focus(node.parent);
        break;
      case 'Enter':
      case ' ':
        this.activate(node);
        break;
      case 'Escape':
        this.host.closeBrowse();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  render(): TemplateResult {
    const { t } = this.host;
    const rows = this.visible();
    if (!rows.some((row) => row.key === this.focusKey)) this.focusKey = rows[0]?.key;
    if (!this.root.children) {
      return this.root.failed ? this.retryMessage() : html`<p class="message" part="message">${this.loadingText}</p>`;
    }
    return html`<ul role="tree" part="tree" class="tree" aria-label=${t('browseTree')} aria-multiselectable="true" @click=${this.onClick} @keydown=${this.onKeyDown}>
      ${this.renderLevel(this.root)}
    </ul>`;
  }

  private retryMessage(): TemplateResult {
    const { t } = this.host;
    return html`<p class="message error" part="message">
      ${t('error')} <button type="button" class="link" @click=${() => this.load(this.root)}>${t('retry')}</button>
    </p>`;
  }

  private renderLevel(parent: TreeNode): TemplateResult {
    const children = parent.children ?? [];
    const more = parent.nextCursor || parent.failed ? this.moreRow(parent) : undefined;
    const size = children.length;
    return html`${children.map((node, i) => this.renderNode(node, i + 1, size))}
    ${more ? this.renderNode(more, size + 1, size + 1) : nothing}
    ${parent.loading ? html`<li role="none" class="tree-status">${this.loadingText}</li>` : nothing}`;
  }

  private renderNode(node: TreeNode, position: number, size: number): TemplateResult {
    const { t } = this.host;
    const group = node.kind === 'group';
    const selected = node.kind === 'skill' && node.skill ? this.host.isSelected(node.skill.uuid) : undefined;
    const label =
      node.kind === 'more' ? (node.parent?.failed ? `${t('error')} ${t('retry')}` : t('showMore')) : node.label;
    return html`<li
      role="treeitem"
      data-key=${node.key}
      class="treeitem ${node.kind}"
      tabindex=${node.key === this.focusKey ? 0 : -1}
      aria-level=${node.level}
      aria-posinset=${position}
      aria-setsize=${size}
      aria-expanded=${ifDefined(group && node.hasChildren ? (node.expanded ? 'true' : 'false') : undefined)}
      aria-selected=${ifDefined(selected === undefined ? undefined : selected ? 'true' : 'false')}
      aria-busy=${ifDefined(node.loading ? 'true' : undefined)}
    >
      <span class="row" style="--level:${node.level}">
        <span class="marker" aria-hidden="true"></span>
        <span class="row-label" lang=${ifDefined(node.kind === 'more' ? undefined : this.host.modelLocale)}>${label}</span>
        ${node.kind === 'skill' && node.skill?.skillType ? html`<span class="type">${t(node.skill.skillType)}</span>` : nothing}
      </span>
      ${group && node.expanded ? html`<ul role="group">${this.renderLevel(node)}</ul>` : nothing}
    </li>`;
  }
}
