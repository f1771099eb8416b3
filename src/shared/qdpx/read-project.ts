/**
 * Reading the elements of a REFI-QDA project (`project.qde`) or codebook (`.qdc`) into plain
 * records, before any text is looked at: users, the code tree, text sources with their
 * selections and codings, notes and links. Everything the workbench cannot carry over is
 * counted in a `NotCarriedList`; malformed items become problems (sentences naming the item)
 * and are left out one by one, never the whole file. GUIDs are normalised (`guid.ts`) and all
 * lookups by GUID use Maps.
 */
import { QDPX_LIMITS } from '../limits';
import { normaliseGuid } from './guid';
import { NotCarriedList } from './not-carried';
import type { QdeCode, QdeCoding, QdeProject, QdeSelection, QdeTextSource } from './qde-types';
import { child, childrenNamed, type XmlElement } from './xml-read';

export type { QdeCode, QdeCoding, QdeNote, QdeProject, QdeSelection, QdeTextSource, QdeUser } from './qde-types';

/** A limit on counts of a project was passed; the whole file is refused. */
export class ProjectLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProjectLimitError';
  }
}

/** `xsd:dateTime` as packages write it: a space for the T, an offset without its colon. */
const LENIENT_DATE_TIME = /^(-?\d{4,}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An `xsd:dateTime` as an ISO 8601 UTC time ending in `Z`, or null. A time without a zone is
 * read as UTC (the schema allows it; packages write local times without saying so).
 */
export function isoTime(value: string | undefined): string | null {
  if (value === undefined) return null;
  // Already in the model's form (as the workbench writes it): kept exactly.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value) && Number.isFinite(Date.parse(value))) return value;
  const match = LENIENT_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const zone = match[3] === undefined ? 'Z' : match[3].length === 5 ? `${match[3].slice(0, 3)}:${match[3].slice(3)}` : match[3];
  const t = Date.parse(`${match[1]}T${match[2]}${zone}`);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/** An `xsd:integer` that is a safe, non-negative JavaScript number, or null. */
function position(value: string | undefined): number | null {
  if (value === undefined || !/^\s*\+?\d{1,15}\s*$/.test(value)) return null;
  return Number(value.trim());
}

/** The text of an element's `Description` child, or ''. */
function description(element: XmlElement): string {
  return child(element, 'Description')?.text ?? '';
}

const WHY = {
  media: 'the workbench reads texts only; their codings are not carried over either.',
  graphics: 'these select areas of a page or picture, not spans of text.',
  variables: 'the workbench has no variables or attributes yet.',
  cases: 'the workbench has no cases yet.',
  sets: 'the workbench has no sets yet.',
  graphs: 'the workbench has no graphs.',
  links: 'the workbench has no links between items (links from a note to a selection become part of its memo).',
  memo: 'the workbench keeps memos on annotations only.',
  wholeSource: 'a coding of a whole source has no span to place.',
} as const;

/** Reads a project's root element (`Project`) into records. */
export function readProject(root: XmlElement): QdeProject {
  const project: QdeProject = {
    name: root.attributes.get('name') ?? '',
    origin: root.attributes.get('origin') ?? '',
    users: new Map(),
    codes: [],
    sources: [],
    notes: new Map(),
    links: [],
    notCarried: new NotCarriedList(),
    problems: [],
  };
  for (const element of root.children) {
    switch (element.local) {
      case 'Users':
        readUsers(element, project);
        break;
      case 'CodeBook': {
        const codes = child(element, 'Codes');
        if (codes) project.codes = readCodes(codes, project.problems, project.notCarried);
        break;
      }
      case 'Sources':
        readSources(element, project);
        break;
      case 'Notes':
        readNotes(element, project);
        break;
      case 'Links':
        readLinks(element, project);
        break;
      case 'Variables':
        for (const v of childrenNamed(element, 'Variable')) project.notCarried.add('variables', WHY.variables, v.attributes.get('name'));
        break;
      case 'Cases':
        for (const c of childrenNamed(element, 'Case')) project.notCarried.add('cases', WHY.cases, c.attributes.get('name'));
        break;
      case 'Sets':
        for (const s of childrenNamed(element, 'Set')) project.notCarried.add('sets', WHY.sets, s.attributes.get('name'));
        break;
      case 'Graphs':
        for (const g of childrenNamed(element, 'Graph')) project.notCarried.add('graphs', WHY.graphs, g.attributes.get('name'));
        break;
      case 'Description':
        if (element.text.trim() !== '') project.notCarried.add('project descriptions', WHY.memo);
        break;
      default:
        break;
    }
  }
  return project;
}

function readUsers(element: XmlElement, project: QdeProject): void {
  const users = childrenNamed(element, 'User');
  if (users.length > QDPX_LIMITS.maxUsers) throw new ProjectLimitError(`it has ${users.length.toLocaleString('en')} users, more than the ${QDPX_LIMITS.maxUsers.toLocaleString('en')} accepted`);
  for (const u of users) {
    const guid = normaliseGuid(u.attributes.get('guid'));
    if (guid === null) {
      project.problems.push(`A user (“${u.attributes.get('name') ?? ''}”) has no valid GUID; codings by it are imported without a coder.`);
      continue;
    }
    const name = (u.attributes.get('name') ?? u.attributes.get('id') ?? '').trim();
    project.users.set(guid, { guid, name: name === '' ? `User ${guid.slice(0, 8)}` : name });
  }
}

/**
 * Reads a `Codes` element's tree into a flat list in document order. Codes without a valid
 * GUID or repeating one are problems and left out, with their children.
 */
export function readCodes(codesElement: XmlElement, problems: string[], notCarried: NotCarriedList): QdeCode[] {
  const out: QdeCode[] = [];
  const seen = new Set<string>();
  const visit = (element: XmlElement, parent: string | null): void => {
    for (const code of childrenNamed(element, 'Code')) {
      if (out.length >= QDPX_LIMITS.maxCodes) throw new ProjectLimitError(`it has more than ${QDPX_LIMITS.maxCodes.toLocaleString('en')} codes`);
      const name = code.attributes.get('name') ?? '';
      const guid = normaliseGuid(code.attributes.get('guid'));
      if (guid === null || seen.has(guid)) {
        problems.push(`The code “${name}” has ${guid === null ? 'no valid GUID' : 'the GUID of an earlier code'}; it and the codes under it are left out, and codings that use them get a placeholder code.`);
        continue;
      }
      seen.add(guid);
      out.push({
        guid,
        name,
        colour: code.attributes.get('color') ?? null,
        description: description(code),
        // The schema requires isCodable; a package that leaves it out means a plain code.
        codable: code.attributes.get('isCodable')?.trim() !== 'false' && code.attributes.get('isCodable')?.trim() !== '0',
        parent,
      });
      if (childrenNamed(code, 'NoteRef').length > 0) notCarried.add('notes on codes', WHY.memo, name, childrenNamed(code, 'NoteRef').length);
      visit(code, guid);
    }
  };
  visit(codesElement, null);
  return out;
}

function readSelection(element: XmlElement, sourceName: string, problems: string[]): QdeSelection | null {
  const start = position(element.attributes.get('startPosition'));
  const end = position(element.attributes.get('endPosition'));
  const name = element.attributes.get('name') ?? '';
  if (start === null || end === null || end < start) {
    const got = `${element.attributes.get('startPosition') ?? '(none)'}–${element.attributes.get('endPosition') ?? '(none)'}`;
    problems.push(`A selection in “${sourceName}”${name ? ` (“${name}”)` : ''} has positions ${got}, which are not a span; it is left out.`);
    return null;
  }
  const codings = childrenNamed(element, 'Coding').map(
    (c): QdeCoding => ({
      guid: normaliseGuid(c.attributes.get('guid')),
      codeGuid: normaliseGuid(child(c, 'CodeRef')?.attributes.get('targetGUID')),
      user: normaliseGuid(c.attributes.get('creatingUser')),
      created: isoTime(c.attributes.get('creationDateTime')),
    }),
  );
  return {
    guid: normaliseGuid(element.attributes.get('guid')),
    name,
    start,
    end,
    user: normaliseGuid(element.attributes.get('creatingUser')),
    created: isoTime(element.attributes.get('creationDateTime')),
    modifyingUser: normaliseGuid(element.attributes.get('modifyingUser')),
    modified: isoTime(element.attributes.get('modifiedDateTime')),
    description: description(element),
    codings,
    noteRefs: childrenNamed(element, 'NoteRef')
      .map((n) => normaliseGuid(n.attributes.get('targetGUID')))
      .filter((g): g is string => g !== null),
  };
}

/** Reads a `TextSource` (or a PDF's `Representation`, which has the same type). */
function readTextSource(element: XmlElement, kind: 'text' | 'pdf', fallbackName: string, project: QdeProject): QdeTextSource | null {
  const name = element.attributes.get('name') || fallbackName;
  const guid = normaliseGuid(element.attributes.get('guid'));
  if (guid === null) {
    project.problems.push(`The source “${name}” has no valid GUID; it is left out with its selections.`);
    return null;
  }
  const selections: QdeSelection[] = [];
  for (const s of childrenNamed(element, 'PlainTextSelection')) {
    const selection = readSelection(s, name, project.problems);
    if (selection) selections.push(selection);
  }
  const wholeCodings = childrenNamed(element, 'Coding').length;
  project.notCarried.add('codings of whole sources', WHY.wholeSource, name, wholeCodings);
  project.notCarried.add('variable values of sources', WHY.variables, name, childrenNamed(element, 'VariableValue').length);
  if (description(element).trim() !== '') project.notCarried.add('source descriptions', WHY.memo, name);
  project.notCarried.add('notes on sources', WHY.memo, name, childrenNamed(element, 'NoteRef').length);
  const content = child(element, 'PlainTextContent');
  return {
    guid,
    name,
    kind,
    plainTextPath: element.attributes.get('plainTextPath') ?? null,
    richTextPath: element.attributes.get('richTextPath') ?? null,
    content: content ? content.text : null,
    user: normaliseGuid(element.attributes.get('creatingUser')) ?? normaliseGuid(element.attributes.get('modifyingUser')),
    created: isoTime(element.attributes.get('creationDateTime')),
    selections,
  };
}

/** Media source elements and their plural names for the report (a Map: the keys are element names from the file). */
const MEDIA_NAMES: ReadonlyMap<string, string> = new Map([
  ['PictureSource', 'picture sources'],
  ['AudioSource', 'audio sources'],
  ['VideoSource', 'video sources'],
]);

function readSources(element: XmlElement, project: QdeProject): void {
  if (element.children.length > QDPX_LIMITS.maxSources) {
    throw new ProjectLimitError(`it has ${element.children.length.toLocaleString('en')} sources, more than the ${QDPX_LIMITS.maxSources.toLocaleString('en')} accepted`);
  }
  for (const s of element.children) {
    const name = s.attributes.get('name') ?? '';
    if (s.local === 'TextSource') {
      const source = readTextSource(s, 'text', name, project);
      if (source) project.sources.push(source);
    } else if (s.local === 'PDFSource') {
      // A PDF's text representation is a text with selections of its own: that part comes over.
      const representation = child(s, 'Representation');
      const pdfSelections = childrenNamed(s, 'PDFSelection').length;
      project.notCarried.add('PDF area selections', WHY.graphics, name, pdfSelections);
      const source = representation ? readTextSource(representation, 'pdf', name, project) : null;
      if (source) project.sources.push(source);
      else project.notCarried.add('PDF sources without a text representation', WHY.media, name);
    } else {
      const media = MEDIA_NAMES.get(s.local);
      if (media === undefined) continue;
      project.notCarried.add(media, WHY.media, name);
      const graphics = childrenNamed(s, 'PictureSelection').length;
      project.notCarried.add('picture area selections', WHY.graphics, name, graphics);
    }
  }
}

function readNotes(element: XmlElement, project: QdeProject): void {
  for (const n of childrenNamed(element, 'Note')) {
    const guid = normaliseGuid(n.attributes.get('guid'));
    if (guid === null) continue;
    const content = child(n, 'PlainTextContent');
    project.notes.set(guid, { guid, content: content ? content.text : null, plainTextPath: n.attributes.get('plainTextPath') ?? null });
    // A note that carries its own span (an annotation without a code) has nowhere to go.
    project.notCarried.add('notes on spans without a code', WHY.memo, n.attributes.get('name'), childrenNamed(n, 'PlainTextSelection').length);
  }
}

function readLinks(element: XmlElement, project: QdeProject): void {
  for (const link of childrenNamed(element, 'Link')) {
    const from = normaliseGuid(link.attributes.get('originGUID'));
    const to = normaliseGuid(link.attributes.get('targetGUID'));
    const name = link.attributes.get('name') ?? '';
    if (from === null || to === null) project.notCarried.add('links', WHY.links, name);
    else project.links.push({ from, to, name });
  }
}

/** Why links that do not attach a note to a selection are not carried over. */
export const LINKS_WHY = WHY.links;
