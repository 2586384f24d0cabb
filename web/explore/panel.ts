// The side panel of the selected entity: its roles, events, relations and the quotes they were
// read from, with their documents. Built with DOM nodes (text never parsed as HTML).

import type { EntityDetails, EvidenceView } from './api.js';

type Select = (id: string) => void;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function entityLink(entity: { id: string; name: string }, select: Select): HTMLElement {
  const button = el('button', entity.name, 'link');
  button.type = 'button';
  button.addEventListener('click', () => select(entity.id));
  return button;
}

function quote(evidence: EvidenceView): HTMLElement {
  const block = el('blockquote', evidence.quote);
  const cite = el('cite');
  const address = evidence.url ?? evidence.document.url;
  if (address) {
    const link = el('a', evidence.document.title);
    link.href = address;
    link.rel = 'noreferrer';
    cite.append(link);
  } else cite.textContent = evidence.document.title;
  block.append(cite);
  return block;
}

function section(title: string, items: readonly HTMLElement[]): HTMLElement[] {
  if (items.length === 0) return [];
  const list = el('ul');
  list.append(...items);
  return [el('h3', title), list];
}

function item(...parts: (string | Node)[]): HTMLLIElement {
  const li = el('li');
  li.append(...parts);
  return li;
}

/** The date, unless the name already says it ("Talks in Minsk, 2024-05-24T17:15"). */
const when = (event: { name: string; start?: string | null }) =>
  event.start && !event.name.includes(event.start) ? ` (${event.start})` : '';

export function renderPanel(panel: HTMLElement, entity: EntityDetails, select: Select): void {
  const head: HTMLElement[] = [
    el('h2', entity.name, 'name'),
    el('p', [entity.type, entity.subtype].filter(Boolean).join(' · ')),
  ];
  if (entity.aliases.length) head.push(el('p', `Also: ${entity.aliases.join(', ')}`));
  if (entity.type === 'Event') {
    const facts = [
      entity.formatLabel,
      entity.start && `${entity.start}${entity.end ? ` to ${entity.end}` : ''}`,
    ];
    head.push(el('p', facts.filter(Boolean).join(', ')));
    if (entity.place) head.push(item('Held in ', entityLink(entity.place, select)));
  }
  const roles = (entity.roles ?? []).map((r) =>
    item(r.title, ...(r.of ? [' of ', entityLink(r.of, select)] : [])),
  );
  const attended = (entity.attended ?? []).map((a) => {
    const how = [a.role, a.delegation && `delegation of ${a.delegation.name}`].filter(Boolean);
    return item(
      entityLink(a.event, select),
      when(a.event),
      how.length ? `: ${how.join(', ')}` : '',
    );
  });
  const events = (entity.events ?? []).map((e) => item(entityLink(e, select), when(e)));
  const relations = entity.relations.map((r) => {
    const outgoing = r.source.id === entity.id;
    const other = outgoing ? r.target : r.source;
    const li = item(outgoing ? `${r.type} → ` : `← ${r.type} `, entityLink(other, select));
    li.append(...r.evidence.map(quote));
    return li;
  });
  const mentions = entity.evidence.map((e) => item(quote(e)));
  panel.replaceChildren(
    ...head,
    ...section('Roles', roles),
    ...section('Events attended', attended),
    ...section('Events', events),
    ...section('Relations', relations),
    ...section('Mentions', mentions),
  );
}
