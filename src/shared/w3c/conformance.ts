/**
 * Spec-level conformance checks for W3C Web Annotation files, stricter than the importer
 * (`import.ts`), which stays lenient so that the app can read what other tools write. These
 * are the MUSTs of the Web Annotation Data Model (W3C Recommendation, 23 February 2017) that
 * matter most for exchanging files, plus two exchange rules (unique ids, a matching `total`).
 * Section numbers below refer to that Recommendation.
 *
 * Each problem names the annotation by its index in the file (from 0) and id, and the
 * property path inside it. Problems of the page or collection itself use `CONTAINER_INDEX`
 * with the container's id and a path from the top of the file (e.g. `first.startIndex`).
 */
import type { ImportProblem } from './import-types';
import { hasType, isObj, many, type Obj } from './json-read';
import { ANNO_CONTEXT } from './vocabulary';
import { isAbsoluteIri, UTC_TIME } from '../patterns';

/** The `index` of problems that concern the page or collection, not one annotation. */
export const CONTAINER_INDEX = -1;

/** Motivations (and purposes) defined by the model, 3.3.5. */
export const MOTIVATIONS: readonly string[] = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];

export { isAbsoluteIri };

const DATETIME = UTC_TIME;

/** Why `text` is not an xsd:dateTime in UTC written with `Z` (model 3.3.1), or null when it is. */
export function utcDateTimeProblem(text: string): string | null {
  const m = DATETIME.exec(text);
  if (!m) {
    if (/([+-]\d{2}:?\d{2})$/.test(text) && text.includes('T')) {
      return `“${text}” has a timezone offset; the spec requires UTC written with “Z”, e.g. “2024-05-02T09:31:12Z”`;
    }
    return `“${text}” is not an xsd:dateTime in UTC ending in “Z”, e.g. “2024-05-02T09:31:12Z”`;
  }
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (month < 1 || month > 12 || day < 1 || day > days[month - 1]) return `“${text}” is not a valid date`;
  if (hour > 23 || minute > 59 || second > 59) return `“${text}” is not a valid time of day`;
  return null;
}

/** Collects problems for one annotation (or the container) with a fixed index and id. */
class Report {
  constructor(
    private readonly problems: ImportProblem[],
    private readonly index: number,
    private readonly id: string | null,
  ) {}

  add(property: string, message: string): void {
    this.problems.push({ index: this.index, id: this.id, property, message });
  }
}

/** `base[i]` when `value` is an array, else `base`: the path convention of the importer. */
function at(base: string, value: unknown, i: number): string {
  return Array.isArray(value) ? `${base}[${i}]` : base;
}

function join(base: string, key: string): string {
  return base === '' ? key : `${base}.${key}`;
}

/** `@context` on a top-level object (3.1, 5.1, 5.2). */
function checkContext(obj: Obj, path: string, r: Report): void {
  const where = join(path, '@context');
  const ctx = obj['@context'];
  if (ctx === undefined) {
    r.add(where, `is missing; it must be (or include) “${ANNO_CONTEXT}”`);
    return;
  }
  const values = many(ctx);
  if (values.includes(ANNO_CONTEXT)) {
    if (Array.isArray(ctx) && ctx.length === 1) r.add(where, `must be the string “${ANNO_CONTEXT}”, not an array, when it is the only context`);
    return;
  }
  if (values.some((v) => typeof v === 'string' && /^https:\/\/www\.w3\.org\/ns\/anno\.jsonld$/.test(v))) {
    r.add(where, `uses https; the spec requires “${ANNO_CONTEXT}” (http)`);
  } else {
    r.add(where, `must be (or include) “${ANNO_CONTEXT}”`);
  }
}

/** The `id` of an annotation, page or collection: exactly one absolute IRI. */
function checkId(obj: Obj, path: string, what: string, r: Report): void {
  const where = join(path, 'id');
  if (obj.id === undefined) r.add(where, `is missing; an ${what} must have an IRI as its id`);
  else if (!isAbsoluteIri(obj.id)) r.add(where, `${JSON.stringify(obj.id)} is not an absolute IRI (e.g. “urn:uuid:…”); an ${what} must have one`);
}

function checkType(obj: Obj, path: string, type: string, r: Report): void {
  if (!hasType(obj.type, type)) r.add(join(path, 'type'), `is ${obj.type === undefined ? 'missing' : JSON.stringify(obj.type)}; it must include “${type}”`);
}

function checkDates(obj: Obj, path: string, r: Report): void {
  for (const key of ['created', 'modified', 'generated']) {
    const value = obj[key];
    if (value === undefined) continue;
    const where = join(path, key);
    if (typeof value !== 'string') {
      r.add(where, Array.isArray(value) ? 'must be a single date-time, not an array' : 'must be a date-time string');
      continue;
    }
    const problem = utcDateTimeProblem(value);
    if (problem) r.add(where, problem);
  }
}

/** Each value must be a motivation of the model or an extension's absolute IRI (3.3.5). */
function checkMotivations(value: unknown, where: string, r: Report): void {
  many(value).forEach((m, i) => {
    const path = at(where, value, i);
    if (typeof m !== 'string') r.add(path, 'must be a string');
    // An absolute IRI names an extension motivation (vocab appendix C).
    else if (!MOTIVATIONS.includes(m) && !isAbsoluteIri(m)) {
      r.add(path, `“${m}” is not a motivation of the spec (${MOTIVATIONS.join(', ')}) nor an extension’s IRI`);
    }
  });
}

/** creator/generator (3.3.2): IRIs, or objects with an IRI id, a `mailto:` email and an IRI homepage. */
function checkAgents(obj: Obj, path: string, r: Report): void {
  for (const key of ['creator', 'generator']) {
    const value = obj[key];
    many(value).forEach((agent, i) => {
      const where = at(join(path, key), value, i);
      if (typeof agent === 'string') {
        if (!isAbsoluteIri(agent)) r.add(where, `${JSON.stringify(agent)} is not an IRI; give the agent as an object with “name” or as an IRI`);
        return;
      }
      if (!isObj(agent)) {
        r.add(where, 'must be an object or an IRI');
        return;
      }
      if (agent.id !== undefined && !isAbsoluteIri(agent.id)) r.add(`${where}.id`, `${JSON.stringify(agent.id)} is not an absolute IRI`);
      many(agent.email).forEach((email, j) => {
        if (typeof email !== 'string' || !/^mailto:[^\s]+$/i.test(email)) r.add(at(`${where}.email`, agent.email, j), `${JSON.stringify(email)} must be a “mailto:” IRI`);
      });
      many(agent.homepage).forEach((page, j) => {
        if (!isAbsoluteIri(page)) r.add(at(`${where}.homepage`, agent.homepage, j), `${JSON.stringify(page)} is not an absolute IRI`);
      });
    });
  }
}

/** Text selectors of one target (4.2.4, 4.2.5), and their agreement when both are given. */
function checkSelectors(item: Obj, where: string, r: Report): void {
  // The first valid quote and position, compared once all selectors are read.
  const found: { quote?: string; position?: { start: number; end: number; path: string } } = {};
  many(item.selector).forEach((sel, s) => {
    const path = at(`${where}.selector`, item.selector, s);
    if (typeof sel === 'string') {
      if (!isAbsoluteIri(sel)) r.add(path, `${JSON.stringify(sel)} is neither a selector object nor an IRI`);
      return;
    }
    if (!isObj(sel)) {
      r.add(path, 'must be a selector object or an IRI');
      return;
    }
    if (hasType(sel.type, 'TextQuoteSelector')) {
      if (typeof sel.exact !== 'string' || sel.exact === '') r.add(`${path}.exact`, 'must be exactly one non-empty string (TextQuoteSelector)');
      else found.quote ??= sel.exact;
      for (const key of ['prefix', 'suffix']) {
        if (sel[key] !== undefined && typeof sel[key] !== 'string') r.add(`${path}.${key}`, 'must be a single string');
      }
    } else if (hasType(sel.type, 'TextPositionSelector')) {
      const whole = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
      let ok = true;
      for (const key of ['start', 'end']) {
        if (!whole(sel[key])) {
          ok = false;
          r.add(`${path}.${key}`, `${sel[key] === undefined ? 'is missing; it' : `${JSON.stringify(sel[key])}`} must be a non-negative integer (TextPositionSelector)`);
        }
      }
      if (ok && whole(sel.start) && whole(sel.end)) {
        if (sel.start > sel.end) r.add(`${path}.end`, `is before start (${sel.start} > ${sel.end}); start must be <= end`);
        else found.position ??= { start: sel.start, end: sel.end, path };
      }
    }
  });
  if (found.quote !== undefined && found.position) {
    const exact = found.quote;
    const { start, end, path } = found.position;
    const span = end - start;
    const codePoints = [...exact].length;
    if (span !== codePoints) {
      if (span === exact.length) {
        r.add(path, `spans ${span}, the UTF-16 length of “exact”, not its ${codePoints} code points: positions count UTF-16 units; the spec counts code points`);
      } else {
        r.add(path, `spans ${span} code points (${start}–${end}) but the TextQuoteSelector’s “exact” has ${codePoints}`);
      }
    }
  }
}

/** True for a SpecificResource: typed so, or recognised by its `source` (4). */
function isSpecificResource(o: Obj): boolean {
  return hasType(o.type, 'SpecificResource') || o.source !== undefined;
}

/** One body or target (3.2, 3.2.4, 3.3.5, 4). */
function checkResource(res: unknown, where: string, role: 'body' | 'target', r: Report): void {
  if (typeof res === 'string') {
    if (!isAbsoluteIri(res)) r.add(where, `${JSON.stringify(res)} is not an IRI; a ${role} given as a string must be an IRI (use a TextualBody for text)`);
    return;
  }
  if (!isObj(res)) {
    r.add(where, 'must be an object or an IRI');
    return;
  }
  if (hasType(res.type, 'Choice')) {
    if (!Array.isArray(res.items)) r.add(`${where}.items`, 'must be an array (Choice)');
    else res.items.forEach((item, i) => checkResource(item, `${where}.items[${i}]`, role, r));
    return;
  }
  if (res.id !== undefined && !isAbsoluteIri(res.id)) r.add(`${where}.id`, `${JSON.stringify(res.id)} is not an absolute IRI`);
  const textual = hasType(res.type, 'TextualBody');
  if (textual) {
    if (role === 'target') r.add(`${where}.type`, 'a target must not be a TextualBody');
    if (typeof res.value !== 'string') {
      r.add(`${where}.value`, res.value === undefined ? 'is missing; a TextualBody must have exactly one string value' : 'must be exactly one string (TextualBody)');
    }
  }
  const specific = isSpecificResource(res);
  if (specific) {
    const source = res.source;
    if (source === undefined) r.add(`${where}.source`, 'is missing; a SpecificResource must have exactly one source');
    else if (Array.isArray(source)) r.add(`${where}.source`, 'must be exactly one resource, not an array');
    else if (isObj(source) ? !isAbsoluteIri(source.id) : !isAbsoluteIri(source)) {
      r.add(`${where}.source`, 'must be an IRI or an object whose “id” is an IRI');
    }
    checkSelectors(res, where, r);
  }
  if (res.purpose !== undefined) {
    if (!specific && !textual) {
      r.add(`${where}.purpose`, `is only allowed on a SpecificResource or TextualBody; wrap the resource in a SpecificResource with it as “source”`);
    } else checkMotivations(res.purpose, `${where}.purpose`, r);
  }
}

/** One annotation. `inherits` is true when it sits in a page or collection (context inherited). */
function checkAnnotation(anno: unknown, r: Report, inherits: boolean): void {
  if (typeof anno === 'string') {
    r.add('', 'is only referenced by IRI, not embedded, so it cannot be checked');
    return;
  }
  if (!isObj(anno)) {
    r.add('', 'must be an object');
    return;
  }
  if (!inherits || anno['@context'] !== undefined) checkContext(anno, '', r);
  checkId(anno, '', 'Annotation', r);
  checkType(anno, '', 'Annotation', r);
  checkDates(anno, '', r);
  checkAgents(anno, '', r);
  if (anno.motivation !== undefined) checkMotivations(anno.motivation, 'motivation', r);
  if (anno.body !== undefined && anno.bodyValue !== undefined) r.add('bodyValue', 'must not be used together with “body”');
  else if (anno.bodyValue !== undefined && typeof anno.bodyValue !== 'string') r.add('bodyValue', 'must be a single string');
  many(anno.body).forEach((b, i) => checkResource(b, at('body', anno.body, i), 'body', r));
  const targets = many(anno.target);
  if (targets.length === 0) r.add('target', 'is missing; an Annotation must have at least one target');
  targets.forEach((t, i) => checkResource(t, at('target', anno.target, i), 'target', r));
}

/** A page (5.2). `first` is true for a collection's first page (a lone page may be a later one). */
function checkPage(page: Obj, path: string, first: boolean, r: Report): void {
  checkId(page, path, 'AnnotationPage', r);
  checkType(page, path, 'AnnotationPage', r);
  if (!Array.isArray(page.items) || page.items.length === 0) {
    r.add(join(path, 'items'), page.items === undefined ? 'is missing; a page must list at least one annotation' : 'must be an array of at least one annotation');
  }
  const start = page.startIndex;
  if (start !== undefined) {
    if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) r.add(join(path, 'startIndex'), 'must be a non-negative integer');
    else if (first && start !== 0) r.add(join(path, 'startIndex'), `is ${start}, but it must be 0 on the first page`);
  }
  checkDates(page, path, r);
}

/** Duplicate ids: each later annotation with an id seen before. */
function checkUniqueIds(items: readonly unknown[], problems: ImportProblem[]): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    if (!isObj(item) || typeof item.id !== 'string') return;
    const earlier = seen.get(item.id);
    if (earlier === undefined) seen.set(item.id, index);
    else problems.push({ index, id: item.id, property: 'id', message: `repeats the id of annotation ${earlier + 1}; ids must be unique in a file` });
  });
}

/**
 * The spec-level problems of a parsed W3C Web Annotation file: a single Annotation, an array
 * of them, an AnnotationPage, or an AnnotationCollection (with its first page embedded).
 * A root of another shape gives no problems here; the importer refuses it.
 */
export function conformanceProblems(root: unknown): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const checkItems = (items: readonly unknown[], inherits: boolean): void => {
    items.forEach((item, index) => {
      const id = isObj(item) && typeof item.id === 'string' ? item.id : null;
      checkAnnotation(item, new Report(problems, index, id), inherits);
    });
    checkUniqueIds(items, problems);
  };
  if (Array.isArray(root)) {
    checkItems(root, false);
    return problems;
  }
  if (!isObj(root)) return problems;
  const container = new Report(problems, CONTAINER_INDEX, typeof root.id === 'string' ? root.id : null);
  if (hasType(root.type, 'AnnotationCollection')) {
    checkContext(root, '', container);
    checkId(root, '', 'AnnotationCollection', container);
    checkDates(root, '', container);
    many(root.label).forEach((l, i) => {
      if (typeof l !== 'string') container.add(at('label', root.label, i), 'must be a string');
    });
    const total = root.total;
    const totalOk = typeof total === 'number' && Number.isInteger(total) && total >= 0;
    if (total !== undefined && !totalOk) container.add('total', `${JSON.stringify(total)} must be a non-negative integer`);
    if (isObj(root.first)) {
      const page = root.first;
      checkPage(page, 'first', true, container);
      const items = Array.isArray(page.items) ? page.items : [];
      if (totalOk && page.next === undefined && total !== items.length) {
        container.add('total', `is ${String(total)}, but the collection’s only page holds ${items.length} annotation${items.length === 1 ? '' : 's'}`);
      }
      checkItems(items, true);
    } else if (root.first === undefined && totalOk && total > 0) {
      container.add('first', `is missing, but “total” is ${total}`);
    }
    return problems;
  }
  if (hasType(root.type, 'AnnotationPage')) {
    checkContext(root, '', container);
    checkPage(root, '', false, container);
    checkItems(Array.isArray(root.items) ? root.items : [], true);
    return problems;
  }
  if (hasType(root.type, 'Annotation') || root.target !== undefined) {
    checkAnnotation(root, new Report(problems, 0, typeof root.id === 'string' ? root.id : null), false);
  }
  return problems;
}
