/**
 * The speaker-label rule: the one place that decides whether a line of a transcript begins a
 * speaker's turn, and who speaks. The detector (`detect.ts`), the reader's sentence command,
 * the dataset's speaker and turn columns and the command line all go through `matchLabel`.
 *
 * A document follows one convention (chosen by `detect.ts`): `Name: …` (the default),
 * `Q: …` / `A: …`, `[00:01:23] Name: …` (a timestamp first) or `NAME. …` (capitals and a
 * full stop, as in parliamentary records and plays).
 */

/** How a transcript marks its speakers. */
export type ConventionId = 'name-colon' | 'qa' | 'timestamp' | 'caps-period';

/** A convention, with a sentence and an example for the review step. */
export interface Convention {
  id: ConventionId;
  description: string;
  example: string;
}

/**
 * The conventions, most specific first: when two fit a document equally well, the earlier one
 * is chosen (a document of `Q:` and `A:` lines is a Q/A transcript, though `Q:` is also a name).
 */
export const CONVENTIONS: readonly Convention[] = [
  { id: 'timestamp', description: 'a timestamp, then the speaker’s name and a colon', example: '[00:01:23] Anna Berg: Good morning.' },
  { id: 'qa', description: 'Q and A with a colon or a full stop', example: 'Q: Will you meet him?' },
  { id: 'caps-period', description: 'the speaker’s name in capitals, then a full stop', example: 'THE CHAIR. Order, order.' },
  { id: 'name-colon', description: 'the speaker’s name, then a colon', example: 'Aide to the President Yury Ushakov: Good evening!' },
];

/** A speaker label found at the start of a line; offsets are UTF-16 units from the line start. */
export interface LabelMatch {
  /** Where the label begins (after leading spaces and markup). */
  labelStart: number;
  /** Just after the label's colon or full stop (and closing `**`, if any). */
  labelEnd: number;
  /** Where the speech begins on this line: after the label and the spaces after it. */
  speechStart: number;
  /** The speaker's name as written (no colon, no timestamp), NBSPs and all. */
  label: string;
  /** The name normalised: `normaliseSpeakerName(label)`. */
  name: string;
}

/** Longest label looked at, in UTF-16 units (a name with a title and a role fits). */
export const MAX_LABEL_CHARS = 80;

/** Lower-case words allowed inside a speaker's name or role ("Aide to the President"). */
const NAME_PARTICLES = new Set(['to', 'the', 'of', 'for', 'and', 'de', 'von', 'van', 'der', 'la', 'le', 'du', 'da', 'di', 'bin', 'al']);

/** Spaces that are not U+0020 but separate the words of a name (NBSP, narrow NBSP, figure space…). */
const OTHER_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * A speaker's name as the workbench stores and counts it: no-break and other Unicode spaces
 * become ordinary spaces, runs of spaces one space, no space at either end.
 */
export function normaliseSpeakerName(label: string): string {
  return label.replace(OTHER_SPACES, ' ').replace(/\s+/g, ' ').trim();
}

const CAPITALISED = /^[\p{Lu}\p{Lt}][\p{L}\p{M}\p{N}.'’-]*$/u;
const CASELESS = /^\p{Lo}[\p{L}\p{M}\p{N}.'’-]*$/u;
const NUMBER = /^\p{N}+$/u;

/**
 * True when `name` can be a speaker's name: 1–8 words, the first and last capitalised (any
 * script), the others capitalised, particles ("to the") or numbers ("Speaker 2"). Names in
 * scripts without capitals (Chinese, Arabic…) may have up to 4 words.
 */
function isName(name: string): boolean {
  if (name === '' || name.length > MAX_LABEL_CHARS) return false;
  const words = name.split(/\s+/);
  if (words.length > 8) return false;
  const first = words[0];
  const last = words[words.length - 1];
  if (CASELESS.test(first)) return words.length <= 4 && words.every((w) => CASELESS.test(w) || NUMBER.test(w));
  if (!CAPITALISED.test(first) || !(CAPITALISED.test(last) || (words.length > 1 && NUMBER.test(last)))) return false;
  return words.every((w) => CAPITALISED.test(w) || NAME_PARTICLES.has(w) || NUMBER.test(w));
}

/** Leading spaces and optional Markdown emphasis (`**`, `__`) before a label. */
const LEAD = /^[ \t\u00a0]*(\*\*|__)?/;

/**
 * Matches `Name:` at `from` in `line`: the name up to the first colon followed by a space (or
 * the end of the line), optionally wrapped in `**…**` (before or after the colon). A fullwidth
 * colon counts too.
 */
function nameColonAt(line: string, from: number, emphasis: string | undefined): Omit<LabelMatch, 'labelStart'> | null {
  const limit = Math.min(line.length, from + MAX_LABEL_CHARS + 4);
  for (let i = from; i < limit; i++) {
    const c = line[i];
    if (c !== ':' && c !== '：') continue;
    let nameEnd = i;
    let labelEnd = i + 1;
    if (emphasis) {
      if (line.startsWith(emphasis, labelEnd)) labelEnd += emphasis.length; // **Name:**
      else if (line.slice(i - emphasis.length, i) === emphasis) nameEnd -= emphasis.length; // **Name**:
      else return null;
    }
    const next = line[labelEnd];
    if (next !== undefined && !/\s/.test(next) && c !== '：') return null;
    const label = line.slice(from, nameEnd).trimEnd();
    if (!isName(label.replace(OTHER_SPACES, ' ').trim())) return null;
    let speechStart = labelEnd;
    while (speechStart < line.length && /\s/.test(line[speechStart])) speechStart++;
    return { labelEnd, speechStart, label, name: normaliseSpeakerName(label) };
  }
  return null;
}

const QA = /^(Q|A)(?:[:.]|：)(?=\s|$)/;
const TIMESTAMP = /^[[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]?[ \t\u00a0]*(?:[-–—][ \t\u00a0]*)?/;
const CAPS_LABEL =
  /^((?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Madam)\.?[ \u00a0]+)?(?:[\p{Lu}][\p{Lu}\p{M}'’.-]*[ \u00a0]+(?:(?:of|the|de|von|van)[ \u00a0]+)?){0,5}[\p{Lu}][\p{Lu}\p{M}'’-]+)\.(?=\s|$)/u;

/** The speaker label at the start of `line` under `convention`, or null for an ordinary line. */
export function matchLabel(line: string, convention: ConventionId): LabelMatch | null {
  // A label sits in the first few dozen characters: never look further into a long line.
  const head = line.length > MAX_LABEL_CHARS * 2 ? line.slice(0, MAX_LABEL_CHARS * 2) : line;
  // Quick refusals first: most lines of a transcript are not labels under most conventions.
  if (convention === 'caps-period' ? !head.includes('.') : convention !== 'qa' && !head.includes(':') && !head.includes('：')) return null;
  const lead = LEAD.exec(head)!;
  const emphasis = lead[1];
  const from = lead[0].length;
  const first = head[from];
  if (convention === 'qa' && first !== 'Q' && first !== 'A') return null;
  if (convention === 'timestamp' && !((first >= '0' && first <= '9') || first === '[' || first === '(')) return null;
  if (convention === 'caps-period' && !(first !== undefined && first !== first.toLowerCase() && (head[from + 1] !== head[from + 1]?.toLowerCase() || /^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Madam)\b/.test(head.slice(from, from + 6))))) {
    return null;
  }
  const finish = (labelStart: number, m: Omit<LabelMatch, 'labelStart'> | null): LabelMatch | null => {
    if (!m) return null;
    // The speech offset was found in the head; it is the same in the whole line unless the
    // head ended in spaces.
    let speechStart = m.speechStart;
    while (speechStart < line.length && /\s/.test(line[speechStart])) speechStart++;
    return { ...m, labelStart, speechStart };
  };
  switch (convention) {
    case 'name-colon':
      return finish(from, nameColonAt(head, from, emphasis));
    case 'timestamp': {
      const stamp = TIMESTAMP.exec(head.slice(from));
      if (!stamp || !/\d:\d\d/.test(stamp[0])) return null;
      return finish(from, nameColonAt(head, from + stamp[0].length, emphasis));
    }
    case 'qa': {
      const m = QA.exec(head.slice(from));
      if (!m) return null;
      const labelEnd = from + m[0].length;
      return finish(from, { labelEnd, speechStart: labelEnd, label: m[1], name: m[1] });
    }
    case 'caps-period': {
      const m = CAPS_LABEL.exec(head.slice(from));
      if (!m) return null;
      const labelEnd = from + m[0].length;
      return finish(from, { labelEnd, speechStart: labelEnd, label: m[1], name: normaliseSpeakerName(m[1]) });
    }
  }
}
