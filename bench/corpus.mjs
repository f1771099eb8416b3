/**
 * Deterministic synthetic corpus for the benchmark (issue 7): transcript-like text with
 * speaker turns ("Name: …"), mixed scripts (Latin, Cyrillic, Greek) and emoji, one large
 * document, a library of smaller ones, dense overlapping annotations on the large one, and a
 * copy of the large text with small edits (for re-anchoring).
 *
 * Pure JavaScript with no imports, so it runs in Node and, bundled by esbuild, in the page.
 * Everything comes from one seeded PRNG (mulberry32): the same seed gives the same corpus.
 */

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. Returns floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATIN = (
  'the harbour council will vote on a new budget before winter and every member must explain ' +
  'why the port fees rose so quickly while the ferry service was cut we demand an answer today ' +
  'I propose that the committee meets again next week to review the contracts you promised ' +
  'transparency but delivered nothing the workers say their wages have not changed in years ' +
  'perhaps we should consider a public hearing the minister denied any wrongdoing yesterday ' +
  'this is simply not true and everyone in this room knows it let us return to the agenda'
).split(' ');
const CYRILLIC = (
  'совет гавани должен принять бюджет до зимы мы требуем ответа сегодня министр отрицает ' +
  'любые нарушения предлагаю провести публичные слушания рабочие говорят что зарплата не ' +
  'менялась годами это просто неправда вы обещали прозрачность но ничего не сделали'
).split(' ');
const GREEK = (
  'το λιμενικό συμβούλιο θα ψηφίσει νέο προϋπολογισμό πριν από τον χειμώνα ζητάμε απάντηση ' +
  'σήμερα προτείνω να συνεδριάσει ξανά η επιτροπή ο υπουργός αρνήθηκε κάθε παρανομία αυτό ' +
  'απλώς δεν είναι αλήθεια οι εργαζόμενοι λένε ότι οι μισθοί δεν άλλαξαν'
).split(' ');
const EMOJI = ['🙂', '👍', '🚢', '⚓', '📈', '🤔', '👩‍⚖️', '🇬🇷', '❗', '😡', '🙏🏽'];
const SPEAKERS = [
  'Chair', 'Anna Karlsson', 'Борис Петров', 'Ελένη Παπαδοπούλου', 'Minister', 'Question',
  'Harbour Master', 'Мария Иванова', 'Νίκος', 'Aide to the Mayor', 'Journalist', 'Worker',
];
const CATEGORIES = ['claim', 'accusation', 'proposal', 'demand'];
const MEMOS = ['check against the minutes', 'ironic?', 'see earlier turn', 'Переспросить', 'σημαντικό', 'strong wording 😡', 'maybe a proposal instead'];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** UTF-8 length of a string (what "2 MB" counts). */
export function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function sentence(rand) {
  const r = rand();
  const words = r < 0.7 ? LATIN : r < 0.85 ? CYRILLIC : GREEK;
  const count = 6 + Math.floor(rand() * 15);
  const out = [];
  for (let i = 0; i < count; i++) {
    out.push(pick(rand, words));
    if (rand() < 0.04) out.push(pick(rand, EMOJI));
  }
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return out.join(' ') + pick(rand, ['.', '.', '.', '?', '!']);
}

/**
 * A transcript of at least `bytes` UTF-8 bytes: one speaker turn per line ("Name: …"), 1–5
 * sentences each, an empty line now and then. Canonical (LF, NFC).
 */
export function transcript(rand, bytes) {
  const lines = [];
  let size = 0;
  while (size < bytes) {
    const n = 1 + Math.floor(rand() * 5);
    const parts = [];
    for (let i = 0; i < n; i++) parts.push(sentence(rand));
    const line = `${pick(rand, SPEAKERS)}: ${parts.join(' ')}`;
    lines.push(line);
    size += utf8Length(line) + 1;
    if (rand() < 0.05) {
      lines.push('');
      size += 1;
    }
  }
  return lines.join('\n').normalize('NFC');
}

/** A deterministic version-4-shaped UUID from the PRNG. */
export function uuid(rand) {
  const hex = [];
  for (let i = 0; i < 32; i++) hex.push(Math.floor(rand() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(rand() * 4)];
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const isLow = (text, i) => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

/** Moves an offset off the second half of a surrogate pair. */
function snap(text, i, dir) {
  return i > 0 && i < text.length && isLow(text, i) ? i + dir : i;
}

/**
 * `count` spans on `text`, each inside one line, 10–300 UTF-16 units long, starting at a word
 * start; spans pile up on popular lines, so many overlap and nest. Sorted by start.
 */
export function spans(rand, text, count) {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineEnd = (k) => (k + 1 < lineStarts.length ? lineStarts[k + 1] - 1 : text.length);
  const out = [];
  while (out.length < count) {
    const k = Math.floor(rand() * lineStarts.length);
    const ls = lineStarts[k];
    const le = lineEnd(k);
    if (le - ls < 20) continue;
    let start = ls + Math.floor(rand() * (le - ls - 10));
    while (start > ls && text[start - 1] !== ' ') start--;
    const len = 10 + Math.floor(rand() * 290);
    let end = Math.min(le, start + len);
    while (end > start && text[end - 1] === ' ') end--;
    start = snap(text, start, -1);
    end = snap(text, end, 1);
    if (end - start < 3) continue;
    out.push({ start, end });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Applies `count` small edits (insert, delete or replace 1–6 characters) at random places, as
 * a later revision of a transcript would have. Returns the edited text.
 */
export function smallEdits(rand, text, count) {
  const positions = [];
  for (let i = 0; i < count; i++) positions.push(Math.floor(rand() * text.length));
  positions.sort((a, b) => b - a); // from the end, so earlier offsets stay valid
  let out = text;
  for (const p0 of positions) {
    const p = snap(out, p0, -1);
    const kind = rand();
    const n = 1 + Math.floor(rand() * 6);
    const insert = pick(rand, ['x', 'um, ', ' [sic]', 'и ', 'ά', '!']);
    if (kind < 0.34) out = out.slice(0, p) + insert + out.slice(p);
    else {
      const q = snap(out, Math.min(out.length, p + n), 1);
      if (out.slice(p, q).includes('\n')) continue; // keep the line structure
      out = out.slice(0, p) + (kind < 0.67 ? '' : insert) + out.slice(q);
    }
  }
  return out.normalize('NFC');
}

/** Plain data for the whole corpus; `quoteAt` and `hash` come from the app's shared code. */
export function generateCorpus({ seed = 20240607, bigBytes = 2 * 1024 * 1024, libraryCount = 50, libraryBytes = 100 * 1024, annotationCount = 20_000, editCount = 50, quoteAt, hash }) {
  const rand = prng(seed);
  const created = '2024-06-07T10:00:00.000Z';
  const bigText = transcript(rand, bigBytes);
  const big = { id: 'bench-big', title: 'Bench transcript (2 MB)', text: bigText, hash: hash(bigText), sourceName: 'bench-big.txt', importedAt: created, lastOpenedAt: '' };
  const library = [];
  for (let i = 0; i < libraryCount; i++) {
    const text = transcript(rand, libraryBytes);
    const n = String(i + 1).padStart(2, '0');
    library.push({ id: `bench-lib-${n}`, title: `Library ${n}`, text, hash: hash(text), sourceName: `lib-${n}.txt`, importedAt: created, lastOpenedAt: '' });
  }
  const annotations = spans(rand, bigText, annotationCount).map(({ start, end }, i) => {
    const stamp = new Date(Date.parse(created) + i * 1000).toISOString();
    return {
      id: uuid(rand),
      documentId: big.id,
      categoryId: CATEGORIES[Math.floor(rand() * CATEGORIES.length)],
      start,
      end,
      ...quoteAt(bigText, start, end),
      memo: rand() < 0.15 ? pick(rand, MEMOS) : '',
      coder: 'bench',
      created: stamp,
      modified: stamp,
      status: 'placed',
    };
  });
  const editedText = smallEdits(rand, bigText, editCount);
  return { big, library, annotations, editedText };
}

/**
 * Pseudo-words for the search library: `count` distinct lower-case words of 4–10 letters
 * (Latin, with a Cyrillic and a Greek share), deterministic.
 */
function pseudoWords(rand, count) {
  const scripts = ['bcdfghklmnprstvz', 'бвгджзклмнпрстф', 'βγδζθκλμνπρστφχ'];
  const vowels = ['aeiou', 'аеиоуя', 'αεηιουω'];
  const seen = new Set();
  const words = [];
  while (words.length < count) {
    const s = rand() < 0.75 ? 0 : rand() < 0.6 ? 1 : 2;
    const length = 4 + Math.floor(rand() * 7);
    let w = '';
    for (let i = 0; i < length; i++) w += i % 2 ? vowels[s][Math.floor(rand() * vowels[s].length)] : scripts[s][Math.floor(rand() * scripts[s].length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}

/**
 * The library for the search figures (issue 14): `count` transcripts of at least `bytes` UTF-8
 * bytes each, speaker turns as in `transcript`, where a third of the words are drawn from a
 * Zipf-distributed vocabulary of `vocabulary` pseudo-words (rank r with weight 1/r), so that
 * searched words range from very common to rare, as in real text. Also returns the vocabulary
 * in rank order. A PRNG of its own: the rest of the corpus does not change.
 */
export function generateSearchLibrary({ seed = 1414, count = 500, bytes = 100 * 1024, vocabulary = 30_000 } = {}) {
  const rand = prng(seed);
  const words = pseudoWords(rand, vocabulary);
  // Cumulative Zipf weights, for drawing a rank by binary search.
  const cumulative = new Float64Array(vocabulary);
  let sum = 0;
  for (let r = 0; r < vocabulary; r++) cumulative[r] = sum += 1 / (r + 1);
  const zipf = () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = vocabulary - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
  const documents = [];
  for (let d = 0; d < count; d++) {
    const lines = [];
    let size = 0;
    while (size < bytes) {
      const parts = [];
      for (let s = 1 + Math.floor(rand() * 4); s > 0; s--) {
        const base = sentence(rand).split(' ');
        for (let i = 1; i < base.length; i++) if (rand() < 0.33) base[i] = zipf();
        parts.push(base.join(' '));
      }
      const line = `${pick(rand, SPEAKERS)}: ${parts.join(' ')}`;
      lines.push(line);
      size += utf8Length(line) + 1;
    }
    documents.push({ name: `search-${String(d + 1).padStart(3, '0')}.txt`, text: lines.join('\n').normalize('NFC') });
  }
  return { documents, vocabulary: words };
}
