// Which cues of a table a text may hold: the table's regexes in, the ones worth running out. Each
// regex's keywords (required-literals.ts) go into one automaton (Aho-Corasick, folded code units);
// one pass over the text finds the keywords it holds, and a cue runs only where each of its sets
// has one. The same cues match as if all had run: a cue skipped could not have matched.

import { foldTable } from './fold-code.js';
import { requiredLiterals } from './required-literals.js';

/** The keyword automaton: a transition table over the keywords' own characters. */
interface Automaton {
  /** Code unit -> column (0: a character in no keyword). */
  readonly column: Uint8Array;
  readonly columns: number;
  /** state * columns + column -> next state. */
  readonly next: Int32Array;
  /** Keywords ending at a state: ids[ends[state] .. ends[state + 1]). */
  readonly ends: Int32Array;
  readonly ids: Int32Array;
}

function buildAutomaton(keywords: readonly string[]): Automaton {
  const chars = [...new Set(keywords.join(''))];
  if (chars.length > 254) throw new Error(`LiteralFilter: ${chars.length} characters, 254 at most`);
  const columnOf = new Map(chars.map((c, i) => [c.charCodeAt(0), i + 1]));
  const columns = chars.length + 1;
  const byFold = new Uint8Array(0x10000);
  for (const [folded, col] of columnOf) byFold[folded] = col;
  const fold = foldTable();
  const column = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1)
    column[code] = byFold[fold[code] as number] as number;
  // the trie: goto[state][column], 0 where none (the root is never a child)
  const goto: number[][] = [new Array<number>(columns).fill(0)];
  const found: number[][] = [[]];
  keywords.forEach((keyword, id) => {
    let state = 0;
    for (const char of keyword) {
      const col = columnOf.get(char.charCodeAt(0)) ?? 0;
      const row = goto[state] as number[];
      if (!row[col]) {
        row[col] = goto.length;
        goto.push(new Array<number>(columns).fill(0));
        found.push([]);
      }
      state = row[col] as number;
    }
    (found[state] as number[]).push(id);
  });
  // breadth first: a missing transition follows the longest suffix that is a keyword's prefix
  const next = new Int32Array(goto.length * columns);
  const fail = new Int32Array(goto.length);
  const queue: number[] = [];
  for (let col = 1; col < columns; col += 1) {
    const child = goto[0]?.[col] ?? 0;
    next[col] = child;
    if (child) queue.push(child);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] as number;
    const back = fail[state] as number;
    (found[state] as number[]).push(...(found[back] as number[]));
    for (let col = 1; col < columns; col += 1) {
      const child = goto[state]?.[col] ?? 0;
      if (child) {
        fail[child] = next[back * columns + col] as number;
        queue.push(child);
      }
      next[state * columns + col] = child || (next[back * columns + col] as number);
    }
  }
  const ends = new Int32Array(goto.length + 1);
  found.forEach((ids, state) => (ends[state + 1] = (ends[state] as number) + ids.length));
  return { column, columns, next, ends, ids: Int32Array.from(found.flat()) };
}

/** A table of cues with the keywords each cannot match without. */
export class LiteralFilter<T> {
  private readonly keywords: readonly string[];
  /** Per cue, its sets as keyword ids; none: the cue always runs. */
  private readonly needs: readonly (readonly (readonly number[])[])[];
  /** Per keyword, the cues that need it. */
  private readonly users: readonly (readonly number[])[];
  /** The cues that need nothing. */
  private readonly always: readonly number[];
  private automaton: Automaton | undefined;
  /** Marks of the current pass (keywords held, cues reached), by pass number: no clearing. */
  private pass = 0;
  private readonly held: Int32Array;
  private readonly reached: Int32Array;

  constructor(
    private readonly items: readonly T[],
    regexOf: (item: T) => RegExp,
  ) {
    const ids = new Map<string, number>();
    const idOf = (keyword: string): number => {
      if (!ids.has(keyword)) ids.set(keyword, ids.size);
      return ids.get(keyword) as number;
    };
    this.needs = items.map((item) => requiredLiterals(regexOf(item)).map((set) => set.map(idOf)));
    this.keywords = [...ids.keys()];
    const users: number[][] = this.keywords.map(() => []);
    this.needs.forEach((sets, cue) =>
      new Set(sets.flat()).forEach((id) => (users[id] as number[]).push(cue)),
    );
    this.users = users;
    this.always = this.needs.flatMap((sets, cue) => (sets.length === 0 ? [cue] : []));
    this.held = new Int32Array(this.keywords.length);
    this.reached = new Int32Array(items.length);
  }

  /** The cues the text may hold, in table order: every other cue's regex would find nothing. */
  candidates(text: string): T[] {
    const pass = (this.pass += 1);
    const { held, reached, users, needs } = this;
    const touched: number[] = [...this.always];
    if (this.keywords.length > 0) {
      const { column, columns, next, ends, ids } = (this.automaton ??= buildAutomaton(
        this.keywords,
      ));
      let state = 0;
      for (let i = 0; i < text.length; i += 1) {
        state = next[state * columns + (column[text.charCodeAt(i)] as number)] as number;
        for (let k = ends[state] as number; k < (ends[state + 1] as number); k += 1) {
          const id = ids[k] as number;
          if (held[id] === pass) continue;
          held[id] = pass;
          for (const cue of users[id] as number[]) {
            if (reached[cue] === pass) continue;
            reached[cue] = pass;
            touched.push(cue);
          }
        }
      }
    }
    if (touched.length === 0) return [];
    touched.sort((a, b) => a - b);
    const out: T[] = [];
    for (const cue of touched) {
      const sets = needs[cue] as readonly (readonly number[])[];
      if (sets.every((set) => set.some((id) => held[id] === pass))) out.push(this.items[cue] as T);
    }
    return out;
  }

  /** The keyword sets of each cue (for tests and for reading the table). */
  keywordsOf(item: T): readonly (readonly string[])[] {
    const at = this.items.indexOf(item);
    return (this.needs[at] ?? []).map((set) => set.map((id) => this.keywords[id] as string));
  }
}
