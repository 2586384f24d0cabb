// Pure functions of short strings (names, titles, date windows) recur across a corpus: answer each
// once. The table is emptied when full, so memory stays bounded on any corpus.

export function memoiseString<T>(
  fn: (input: string) => T,
  maxEntries = 50_000,
): (input: string) => T {
  const answers = new Map<string, T>();
  return (input) => {
    const known = answers.get(input);
    if (known !== undefined || answers.has(input)) return known as T;
    if (answers.size >= maxEntries) answers.clear();
    const answer = fn(input);
    answers.set(input, answer);
    return answer;
  };
}
