/**
 * Turn detection: finds the speaker turns of a canonical text under the convention that fits
 * it best (`labels.ts`), as ranges over the text. The text is never changed.
 */
import { CONVENTIONS, matchLabel, type ConventionId, type LabelMatch } from './labels';

/** One speaker turn; offsets are UTF-16 units in the canonical text, half-open. */
export interface Turn {
  /** 1-based, in text order. */
  number: number;
  /** The speaker's label as written (NBSPs and all, no colon). */
  label: string;
  /** The label normalised (NBSP → space); aliases map it to the speaker shown. */
  name: string;
  /** Start of the turn: where its label begins. */
  start: number;
  /** Just after the label (its colon or full stop): the label is `[start, labelEnd)`. */
  labelEnd: number;
  /** Where the speech begins: the speech is `[speechStart, end)`. */
  speechStart: number;
  /** End of the turn: after the last non-space character before the next turn's label. */
  end: number;
}

/** What detection found: the convention chosen, how many label lines each one matched, the turns. */
export interface Detection {
  /** The convention used; null when no convention found enough label lines (not a transcript). */
  convention: ConventionId | null;
  /** Label lines per convention, for the review step ("37 lines look like `Name:`"). */
  counts: Record<ConventionId, number>;
  turns: Turn[];
}

/** A convention needs at least this many label lines to make a text a transcript. */
export const MIN_LABEL_LINES = 2;

/** Options of `detectTurns`. */
export interface DetectOptions {
  /** Use this convention (null: no turns at all); undefined: choose the one that fits best. */
  convention?: ConventionId | null;
  /** Line starts (UTF-16) the user said are not turns, though their label matches. */
  rejected?: readonly number[];
}

/** The start and end (without LF) of each line, and whether it is blank. */
interface Line {
  start: number;
  end: number;
  blank: boolean;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const lf = text.indexOf('\n', start);
    const end = lf === -1 ? text.length : lf;
    let blank = true;
    for (let i = start; i < end; i++) {
      if (!/\s/.test(text[i])) {
        blank = false;
        break;
      }
    }
    lines.push({ start, end, blank });
    if (lf === -1) return lines;
    start = lf + 1;
  }
}

/** The end of `line` without its trailing spaces. */
function trimmedEnd(text: string, line: Line): number {
  let end = line.end;
  while (end > line.start && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * Finds the turns of `text`. Each convention is tried on every non-blank line; the one that
 * matches most lines (at least `MIN_LABEL_LINES`; ties go to the more specific convention) is
 * chosen, unless `options.convention` names one. A turn runs from its label to the last
 * non-blank line before the next label; text before the first label is not a turn.
 */
export function detectTurns(text: string, options: DetectOptions = {}): Detection {
  const lines = linesOf(text);
  const rejected = new Set(options.rejected ?? []);
  const counts = { 'name-colon': 0, qa: 0, timestamp: 0, 'caps-period': 0 } satisfies Record<ConventionId, number>;
  // Each line's label under each convention, kept for the second pass.
  const found = new Map<ConventionId, (LabelMatch | null)[]>(CONVENTIONS.map((c) => [c.id, []]));
  for (const line of lines) {
    const content = line.blank ? '' : text.slice(line.start, line.end);
    for (const c of CONVENTIONS) {
      const m = line.blank ? null : matchLabel(content, c.id);
      found.get(c.id)!.push(m);
      if (m) counts[c.id]++;
    }
  }
  let convention: ConventionId | null;
  if (options.convention !== undefined) {
    convention = options.convention;
  } else {
    convention = null;
    for (const c of CONVENTIONS) {
      if (counts[c.id] >= MIN_LABEL_LINES && (convention === null || counts[c.id] > counts[convention])) convention = c.id;
    }
  }
  if (convention === null) return { convention, counts, turns: [] };

  const turns: Turn[] = [];
  let open: { turn: Omit<Turn, 'end' | 'speechStart'>; speechStart: number | null; lastEnd: number } | null = null;
  const close = (): void => {
    if (!open) return;
    const end = open.lastEnd;
    turns.push({ ...open.turn, speechStart: Math.min(open.speechStart ?? end, end), end });
    open = null;
  };
  const matches = found.get(convention)!;
  for (const [index, line] of lines.entries()) {
    if (line.blank) continue;
    const match = rejected.has(line.start) ? null : matches[index];
    if (match) {
      close();
      const labelOnly = match.speechStart >= line.end - line.start;
      open = {
        turn: {
          number: turns.length + 1,
          label: match.label,
          name: match.name,
          start: line.start + match.labelStart,
          labelEnd: line.start + match.labelEnd,
        },
        speechStart: labelOnly ? null : line.start + match.speechStart,
        lastEnd: labelOnly ? line.start + match.labelEnd : trimmedEnd(text, line),
      };
    } else if (open) {
      const content = text.slice(line.start, line.end);
      open.speechStart ??= line.start + (content.length - content.trimStart().length);
      open.lastEnd = trimmedEnd(text, line);
    }
  }
  close();
  return { convention, counts, turns };
}
