/**
 * Refusing regular expressions that can take exponential time in a backtracking engine, before
 * they run. The search engine also runs every pattern one line at a time with a time budget
 * checked between lines (`document-search.ts`), and the app runs library searches in a worker
 * it can stop; this check catches the classic catastrophic shapes up front, with a sentence
 * that says how to rewrite them.
 */

/** What the scanner knows about one group while inside it. */
interface Frame {
  /** The group contains a quantifier that repeats (`*`, `+`, `{n,}`, `{n,m}` with n < m, m ≥ 2). */
  repeats: boolean;
}

/** The quantifier starting at `i`, if any: its length and whether it repeats (a variable count that may exceed one). */
function quantifierAt(p: string, i: number): { length: number; repeats: boolean } | null {
  const c = p[i];
  let length: number;
  let repeats = false;
  if (c === '*' || c === '+') {
    length = 1;
    repeats = true;
  } else if (c === '?') {
    length = 1;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i, i + 24));
    if (!m) return null;
    length = m[0].length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    // A fixed count ({3}) is not ambiguous; a range that can match twice or more is.
    repeats = max >= 2 && max > min;
  } else {
    return null;
  }
  if (p[i + length] === '?') length++; // lazy
  return { length, repeats };
}

/**
 * A sentence saying why `pattern` is refused, or null when it may run. Refused: back-references
 * (`\1`, `\k<name>`), and a group that repeats (`*`, `+`, `{n,}`, `{n,m}` with n < m, m ≥ 2) around
 * something that repeats itself, such as `(a+)+` or `(\w+\s?){2,5}`: the number of ways such a
 * pattern can split a line grows exponentially, or as a high power, with the line's length.
 * Other slow shapes (`\w*\w*\w*x`) are not caught here; the per-line budget and the worker are
 * the backstop.
 */
export function unsafePatternReason(pattern: string): string | null {
  const stack: Frame[] = [{ repeats: false }];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      if ((next >= '1' && next <= '9') || next === 'k') {
        return 'Back-references (\\1, \\k<name>) are not supported in searches: they can make a search take very long.';
      }
      if ((next === 'p' || next === 'P' || next === 'u' || next === 'x') && pattern[i + 2] === '{') {
        i = Math.max(i + 1, pattern.indexOf('}', i));
      } else {
        i++;
      }
      continue;
    }
    if (c === '[') {
      // Skip the class, escapes included.
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      continue;
    }
    if (c === '(') {
      stack.push({ repeats: false });
      continue;
    }
    if (c === ')') {
      const frame = stack.length > 1 ? stack.pop()! : { repeats: false };
      const q = quantifierAt(pattern, i + 1);
      if (q?.repeats && frame.repeats) {
        return 'A repeated group with a repetition inside, such as (a+)+ or (\\w+\\s?){2,5}, can make a search take very long. Write the repetitions out (\\w+ \\w+ \\w+) or drop the inner one.';
      }
      const parent = stack[stack.length - 1];
      parent.repeats ||= frame.repeats || (q?.repeats ?? false);
      if (q) i += q.length;
      continue;
    }
    const q = quantifierAt(pattern, i);
    if (q && q.repeats) stack[stack.length - 1].repeats = true;
  }
  return null;
}
