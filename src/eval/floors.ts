// Floors of the corpus evaluation: the figures a landing must keep (a ratchet). Figures are
// flat keys ("entities", "entities.Person", "relations.ATTENDED", "props"); raising never lowers.

import { readFile } from 'node:fs/promises';
import type { EvalReport } from './score.js';

export type Figures = Readonly<Record<string, number>>;

export interface FloorsFile {
  readonly about?: string;
  /** What the issue asks for: shown beside each figure, never enforced. */
  readonly targets?: Figures;
  readonly floors: Figures;
}

export interface Shortfall {
  readonly key: string;
  readonly floor: number;
  readonly value: number;
}

export class FloorsFormatError extends Error {
  override readonly name = 'FloorsFormatError';
}

export function figuresOf(report: EvalReport): Figures {
  const figures: Record<string, number> = {
    entities: report.entities.f1,
    relations: report.relations.f1,
    props: report.props.accuracy,
  };
  for (const [type, s] of Object.entries(report.entities.byType))
    figures[`entities.${type}`] = s.f1;
  for (const [type, s] of Object.entries(report.relations.byType))
    figures[`relations.${type}`] = s.f1;
  return figures;
}

export function findShortfalls(figures: Figures, floors: Figures): Shortfall[] {
  return Object.entries(floors)
    .map(([key, floor]) => ({ key, floor, value: figures[key] ?? 0 }))
    .filter((s) => s.value < s.floor);
}

/** Every figure becomes its floor where it is higher (to 3 decimals, rounded down). */
export function raiseFloors(floors: Figures, figures: Figures): Figures {
  const raised: Record<string, number> = { ...floors };
  for (const [key, value] of Object.entries(figures)) {
    const reached = Math.floor(value * 1000) / 1000;
    raised[key] = Math.max(floors[key] ?? 0, reached);
  }
  return Object.fromEntries(Object.entries(raised).sort(([a], [b]) => a.localeCompare(b)));
}

export async function readFloors(file: string): Promise<FloorsFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new FloorsFormatError(`readFloors: ${file}: ${(error as Error).message}`);
  }
  const floors = (raw as Partial<FloorsFile> | null)?.floors;
  if (typeof floors !== 'object' || floors === null || !allNumbers(floors)) {
    throw new FloorsFormatError(`readFloors: ${file} needs "floors": { "<figure>": <number> }`);
  }
  return raw as FloorsFile;
}

function allNumbers(record: object): boolean {
  return Object.values(record).every((v) => typeof v === 'number' && v >= 0 && v <= 1);
}
