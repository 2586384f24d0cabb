// What a regex cannot match without: its source in, keyword sets out (each set an "any of these",
// all sets required), folded as fold-code.ts folds the text. A match's own text holds a keyword of
// every set, so a text lacking one is never matched: "s[’']est entretenue?.* avec" needs one of
// "s’est entretenu" / "s'est entretenu" and " avec". No set: the regex must always run.

import { foldTable } from './fold-code.js';

type Node =
  | { readonly kind: 'chars'; readonly chars: readonly string[] }
  | { readonly kind: 'any' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'sequence'; readonly items: readonly Node[] }
  | { readonly kind: 'choice'; readonly items: readonly Node[] }
  | { readonly kind: 'repeat'; readonly item: Node; readonly min: number; readonly max: number };

/** Every string a node can consume when there are few ("[’']" -> ’ '), and what it needs. */
interface Literals {
  readonly exact: readonly string[] | undefined;
  readonly needs: readonly (readonly string[])[];
}

/** Past this many strings a piece counts as "anything" of its kind: a set of keywords, not a list. */
const MAX_EXACT = 32;
/** A class of more characters than this ("\p{L}", "[^,.;]") is any character. */
const MAX_CLASS = 24;
/** Keywords shorter than this ("a ", ",") are in nearly every sentence: not worth a set. */
const MIN_KEYWORD = 3;

const ANY: Node = { kind: 'any' };
const EMPTY: Node = { kind: 'empty' };

const fold = (char: string): string => String.fromCharCode(foldTable()[char.charCodeAt(0)] ?? 0);

/** A recursive-descent reading of a JavaScript regex source, down to what consumes text. */
class Reader {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  read(): Node {
    const node = this.choice();
    if (this.at < this.source.length)
      throw new Error(`requiredLiterals: stray ")" in ${this.source}`);
    return node;
  }

  private peek(): string {
    return this.source[this.at] ?? '';
  }

  private choice(): Node {
    const items = [this.sequence()];
    while (this.peek() === '|') {
      this.at += 1;
      items.push(this.sequence());
    }
    return items.length === 1 ? (items[0] as Node) : { kind: 'choice', items };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { kind: 'sequence', items };
  }

  private quantified(item: Node): Node {
    const rest = this.source.slice(this.at);
    const bounds = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/u.exec(rest);
    if (!bounds) return item;
    this.at += bounds[0].length;
    const [, sign, low, comma, high] = bounds;
    if (sign === '*') return { kind: 'repeat', item, min: 0, max: Infinity };
    if (sign === '+') return { kind: 'repeat', item, min: 1, max: Infinity };
    if (sign === '?') return { kind: 'repeat', item, min: 0, max: 1 };
    const min = Number(low);
    const max = comma ? (high ? Number(high) : Infinity) : min;
    return { kind: 'repeat', item, min, max };
  }

  private atom(): Node {
    const char = this.peek();
    this.at += 1;
    if (char === '(') return this.group();
    if (char === '[') return this.characterClass();
    if (char === '\\') return this.escape(false);
    if (char === '.') return ANY;
    if (char === '^' || char === '$') return EMPTY;
    return this.single(char);
  }

  /** One character read at `at - 1`; an astral one (two code units) may fold to another under
   * the u flag: any character, for us. */
  private single(char: string): Node {
    if ((this.source.codePointAt(this.at - 1) ?? 0) <= 0xffff)
      return { kind: 'chars', chars: [char] };
    this.at += 1;
    return ANY;
  }

  private group(): Node {
    const head =
      /^\?(?:<=|<!|=|!|:|<[\p{L}\p{N}_$]+>)?/u.exec(this.source.slice(this.at))?.[0] ?? '';
    this.at += head.length;
    // "(?i:...)" and other modifiers: not read
    if (head === '?') throw new Error(`requiredLiterals: unknown group in ${this.source}`);
    const inner = this.choice();
    if (this.peek() !== ')') throw new Error(`requiredLiterals: unclosed "(" in ${this.source}`);
    this.at += 1;
    // lookarounds consume nothing: their text is no keyword of the match
    return ['?=', '?!', '?<=', '?<!'].includes(head) ? EMPTY : inner;
  }

  /** After a backslash: a character, a class of many ("\p{L}", "\d"), an assertion or a
   * backreference. */
  private escape(inClass: boolean): Node {
    const rest = this.source.slice(this.at);
    const code = (
      this.unicode
        ? /^(?:u\{([\da-f]+)\}|u([\da-f]{4})|x([\da-f]{2}))/iu
        : /^(?:()u([\da-f]{4})|x([\da-f]{2}))/iu
    ).exec(rest);
    if (code) {
      this.at += code[0].length;
      const point = parseInt(code[1] || code[2] || code[3] || '0', 16);
      return point > 0xffff ? ANY : { kind: 'chars', chars: [String.fromCodePoint(point)] };
    }
    const property = /^[pP]\{[^}]*\}/u.exec(rest);
    if (property && this.unicode) {
      this.at += property[0].length;
      return ANY;
    }
    const backReference = /^(?:[1-9]\d*|k<[^>]*>)/u.exec(rest);
    if (backReference && !inClass) {
      this.at += backReference[0].length;
      return ANY;
    }
    const letter = this.peek();
    this.at += 1;
    if ('dDwWsS'.includes(letter)) return ANY;
    if (letter === 'b' && inClass) return { kind: 'chars', chars: ['\b'] };
    if (letter === 'b' || letter === 'B') return EMPTY;
    if (letter === 'c') {
      const control = this.peek();
      this.at += 1;
      return { kind: 'chars', chars: [String.fromCharCode(control.charCodeAt(0) % 32)] };
    }
    const named: Record<string, string> = {
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
      f: '\f',
      '0': '\0',
    };
    return { kind: 'chars', chars: [named[letter] ?? letter] };
  }

  private characterClass(): Node {
    const negated = this.peek() === '^';
    if (negated) this.at += 1;
    const chars = new Set<string>();
    let wide = negated;
    while (this.at < this.source.length && this.peek() !== ']') {
      const from = this.classAtom();
      if (this.peek() === '-' && this.source[this.at + 1] !== ']' && from.kind === 'chars') {
        this.at += 1;
        const to = this.classAtom();
        const [low, high] = [from.chars[0] ?? '', to.kind === 'chars' ? (to.chars[0] ?? '') : ''];
        const span = (high.codePointAt(0) ?? 0) - (low.codePointAt(0) ?? 0);
        if (to.kind !== 'chars' || span > MAX_CLASS) wide = true;
        else
          for (let i = 0; i <= span; i += 1)
            chars.add(String.fromCodePoint((low.codePointAt(0) ?? 0) + i));
      } else if (from.kind === 'chars') from.chars.forEach((c) => chars.add(c));
      else wide = true;
    }
    if (this.peek() !== ']') throw new Error(`requiredLiterals: unclosed "[" in ${this.source}`);
    this.at += 1;
    const folded = new Set([...chars].map(foldChars));
    return wide || folded.size > MAX_CLASS ? ANY : { kind: 'chars', chars: [...chars] };
  }

  private classAtom(): Node {
    const char = this.peek();
    this.at += 1;
    return char === '\\' ? this.escape(true) : this.single(char);
  }
}

/** A character folded; a character of two code units (astral) is no keyword of ours. */
function foldChars(char: string): string {
  return char.length === 1 ? fold(char) : char;
}

const product = (a: readonly string[], b: readonly string[]): string[] =>
  a.flatMap((x) => b.map((y) => x + y));

/** An exact list as a set to need: none when it holds the empty string. */
const needOf = (exact: readonly string[]): (readonly string[])[] =>
  exact.includes('') ? [] : [exact];

function literalsOf(node: Node): Literals {
  switch (node.kind) {
    case 'chars':
      return { exact: node.chars.map(foldChars), needs: [] };
    case 'any':
      return { exact: undefined, needs: [] };
    case 'empty':
      return { exact: [''], needs: [] };
    case 'sequence':
      return sequenceLiterals(node.items.map(literalsOf));
    case 'choice':
      return choiceLiterals(node.items.map(literalsOf));
    case 'repeat': {
      const inner = literalsOf(node.item);
      if (node.min === 1 && node.max === 1) return inner;
      if (node.min === 0 && node.max === 1 && inner.exact)
        return { exact: [...inner.exact, ''], needs: [] };
      if (node.min === 0) return { exact: undefined, needs: [] };
      return {
        exact: undefined,
        needs: [...inner.needs, ...(inner.exact ? needOf(inner.exact) : [])],
      };
    }
  }
}

/** Pieces one after the other: exact runs joined ("s" "’" "est"), cut where a piece is not exact. */
function sequenceLiterals(parts: readonly Literals[]): Literals {
  const needs: (readonly string[])[] = [];
  let run: string[] = [''];
  let whole = true;
  for (const part of parts) {
    if (part.exact && run.length * part.exact.length <= MAX_EXACT) {
      run = product(run, part.exact);
      continue;
    }
    whole = false;
    needs.push(...needOf(run), ...part.needs);
    run = part.exact ? [...part.exact] : [''];
  }
  if (whole) return { exact: [...new Set(run)], needs: [] };
  return { exact: undefined, needs: [...needs, ...needOf(run)] };
}

/** Alternatives: each brings its best set, and the match needs one keyword of their union. */
function choiceLiterals(parts: readonly Literals[]): Literals {
  const exact = parts.every((p) => p.exact)
    ? [...new Set(parts.flatMap((p) => p.exact ?? []))]
    : [];
  if (exact.length > 0 && exact.length <= MAX_EXACT) return { exact, needs: [] };
  const bests = parts.map((p) => bestSet([...p.needs, ...(p.exact ? needOf(p.exact) : [])]));
  if (bests.some((b) => !b)) return { exact: undefined, needs: [] };
  return { exact: undefined, needs: [bests.flat() as string[]] };
}

/** The most telling set: the longest shortest keyword, then the fewest keywords. */
function bestSet(sets: readonly (readonly string[])[]): readonly string[] | undefined {
  const scored = sets
    .map((set) => minimal(set))
    .filter((set) => set.length > 0)
    .map((set) => ({ set, shortest: Math.min(...set.map((k) => k.length)) }));
  scored.sort((a, b) => b.shortest - a.shortest || a.set.length - b.set.length);
  return scored[0]?.set;
}

/** A set without the keywords that hold another of it ("entretien" holds "entre"). */
function minimal(set: readonly string[]): string[] {
  const unique = [...new Set(set)].sort((a, b) => a.length - b.length);
  return unique.filter((k, i) => !unique.slice(0, i).some((shorter) => k.includes(shorter)));
}

/**
 * The keyword sets a regex cannot match without: every match's text holds, folded, one keyword
 * of each set. Sets whose keywords are too short to tell are left out; an empty answer means the
 * regex needs nothing we can check (it must always run).
 */
export function requiredLiterals(regex: RegExp): readonly (readonly string[])[] {
  // the v flag's classes are sets of their own: not read
  if (regex.flags.includes('v')) return [];
  let node: Node;
  try {
    node = new Reader(regex.source, regex.flags.includes('u')).read();
  } catch {
    return [];
  }
  const { exact, needs } = literalsOf(node);
  const sets = [...needs, ...(exact ? needOf(exact) : [])].map(minimal);
  const telling = sets.filter((set) => set.length > 0 && set.every((k) => k.length >= MIN_KEYWORD));
  const keys = new Set<string>();
  return telling.filter((set) => {
    const key = [...set].sort().join('\u0000');
    return keys.has(key) ? false : (keys.add(key), true);
  });
}
