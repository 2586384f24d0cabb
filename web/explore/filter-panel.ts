// The explorer's left column: a checkbox per entity type and per relation type, and a range of
// days over the dated events; each change goes to the page (main.ts), which redraws.

import type { ExplorerGraph } from '../../src/7-serve/web-payload.js';
import { eventDays, type ExplorerFilter } from './filters.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function checkbox(
  container: HTMLElement,
  name: string,
  colour: string | undefined,
  onChange: (on: boolean) => void,
) {
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.checked = true;
  input.name = name;
  input.addEventListener('change', () => onChange(input.checked));
  label.append(input);
  if (colour) {
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = colour;
    label.append(swatch);
  }
  label.append(name);
  container.append(label);
}

function toggled(set: ReadonlySet<string>, name: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.delete(name);
  else next.add(name);
  return next;
}

/** Fills the column for `payload`; each change hands `change` a function of the current filter. */
export function buildFilterPanel(
  payload: ExplorerGraph,
  colours: Readonly<Record<string, string>>,
  change: (update: (current: ExplorerFilter) => ExplorerFilter) => void,
): void {
  const types = byId<HTMLElement>('type-filters');
  const relations = byId<HTMLElement>('relation-filters');
  types.replaceChildren();
  relations.replaceChildren();
  for (const type of ['Person', 'Organisation', 'Place', 'Event']) {
    checkbox(types, type, colours[type], (on) =>
      change((f) => ({ ...f, hiddenTypes: toggled(f.hiddenTypes, type, on) })),
    );
  }
  for (const relation of [...payload.relationTypes].sort()) {
    checkbox(relations, relation, undefined, (on) =>
      change((f) => ({ ...f, hiddenRelations: toggled(f.hiddenRelations, relation, on) })),
    );
  }
  const days = eventDays(payload.nodes);
  const from = byId<HTMLInputElement>('time-from');
  const to = byId<HTMLInputElement>('time-to');
  for (const input of [from, to]) {
    input.min = '0';
    input.max = String(Math.max(days.length - 1, 0));
    input.disabled = days.length === 0;
  }
  from.value = '0';
  to.value = to.max;
  const onRange = () => {
    const [lo, hi] = [Number(from.value), Number(to.value)].sort((a, b) => a - b) as [
      number,
      number,
    ];
    byId('time-from-label').textContent = days[lo] ?? '';
    byId('time-to-label').textContent = days[hi] ?? '';
    change((f) => ({ ...f, from: days[lo], to: days[hi] }));
  };
  from.oninput = onRange;
  to.oninput = onRange;
  byId('time-from-label').textContent = days[0] ?? 'no dated events';
  byId('time-to-label').textContent = days.at(-1) ?? '';
  byId<HTMLInputElement>('undated').onchange = (event) => {
    const showUndated = (event.target as HTMLInputElement).checked;
    change((f) => ({ ...f, showUndated }));
  };
}
