// Bounds on the text a client may send as an argument: search words, names and node keys in ID
// arguments, filters. Past the bound a clear BAD_USER_INPUT, before anything folds the text.

import { badInput } from './errors.js';

/** Longer than any name or node key of the graph; documented in the README and the schema. */
export const MAX_ARGUMENT_LENGTH = 300;

/** Every string argument, alone or in a list ({ text: "..." }, { types: [...] }). */
export function checkArgumentLengths(args: Readonly<Record<string, unknown>>): void {
  // run for every field of every answer: no array made for the many without arguments
  for (const name in args) {
    const value = args[name];
    if (Array.isArray(value)) for (const item of value) checkLength(name, item);
    else checkLength(name, value);
  }
}

function checkLength(name: string, value: unknown): void {
  if (typeof value === 'string' && value.length > MAX_ARGUMENT_LENGTH) {
    throw badInput(
      `${name} has ${value.length} characters, the limit is ${MAX_ARGUMENT_LENGTH}`,
      name,
    );
  }
}
