/** "1 annotation", "2 annotations": a count with an English noun that takes a plain -s. */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}
