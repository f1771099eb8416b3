/**
 * The text of a Word (.docx) file, read in one streaming pass with bounded memory: the main
 * document part is inflated piece by piece (`zip-entries.ts`) and tokenised as it comes
 * (htmlparser2 in XML mode); no tree is ever built, and the text budget is checked as the text
 * grows, so a small archive cannot expand into gigabytes (issue 15, finding 1).
 *
 * What is text follows mammoth's `extractRawText`, which the workbench used before, so the
 * same files keep the same texts: the body's paragraphs, each followed by a blank line; runs,
 * hyperlinks, insertions, smart tags, content controls, fields' shown results and VML text
 * boxes (after their paragraph) are read; deleted text, field codes, elements it does not know
 * (with their content), drawings' text boxes and line breaks give nothing; a tab is a tab;
 * vertically merged table cells appear once. The one difference: trailing line breaks are
 * removed (one rule for desktop, browser and command line; issue 12, item 5).
 */
import { hex as dingbat } from 'dingbat-to-unicode';
import { Parser } from 'htmlparser2';
import type { TextDecoderConstructor } from './text-decoder';
import { ZipError, inflateEntry, readZipEntries, type ZipEntry } from './zip-entries';

/** The budgets the extraction stops at. */
export interface DocxBudget {
  /** UTF-16 units of text. */
  maxChars: number;
  /** Line feeds in the text (each paragraph gives two). */
  maxLines: number;
  /** Bytes of XML inflated. */
  maxXmlBytes: number;
  /** Entries in the archive. */
  maxEntries: number;
  /** Element nesting depth. */
  maxDepth: number;
}

/** Why a .docx gives no text: not a Word document, or beyond a budget (the message says which). */
export class DocxError extends Error {
  constructor(
    message: string,
    /** True when the file is a readable document that goes beyond a budget. */
    readonly overBudget: boolean,
  ) {
    super(message);
  }
}

const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

/** Namespace URIs of the vocabularies read, mapped onto the prefixes used below (as mammoth does). */
const NAMESPACES = new Map<string, string>([
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w'],
  ['http://schemas.openxmlformats.org/markup-compatibility/2006', 'mc'],
  ['urn:schemas-microsoft-com:vml', 'v'],
  ['http://schemas.microsoft.com/office/word/2010/wordml', 'wordml'],
  ['http://schemas.openxmlformats.org/package/2006/relationships', 'relationships'],
]);

/** Elements whose content is read for text (and which give none of their own). */
const TRANSPARENT = new Set([
  'w:r', 'w:hyperlink', 'w:ins', 'w:smartTag', 'w:customXml', 'w:moveTo', 'w:object', 'w:drawing',
  'v:roundrect', 'v:shape', 'v:textbox', 'w:txbxContent', 'v:group', 'v:rect', 'mc:AlternateContent', 'mc:Fallback',
  'w:sdtContent',
]);

/** Elements that stand for an element of mammoth's document even without text (tables' sanity rule). */
const PRODUCES_ELEMENT = new Set([
  'w:p', 'w:r', 'w:t', 'w:tab', 'w:noBreakHyphen', 'w:softHyphen', 'w:hyperlink', 'w:tbl', 'w:br',
  'w:footnoteReference', 'w:endnoteReference', 'w:commentReference', 'w:sym',
]);

/** Elements examined for properties (deleted marks, merged cells, checkboxes); never text. */
const PROPERTIES = new Set(['w:pPr', 'w:trPr', 'w:tcPr', 'w:sdtPr']);

const OFFICE_DOCUMENT = /\/officeDocument$/;
const RELATIONSHIPS_PATH = '_rels/.rels';
const FALLBACK_MAIN = 'word/document.xml';

/** Collected text, with the budget counted across every buffer. */
class Counter {
  chars = 0;
  lines = 0;
  constructor(private readonly budget: DocxBudget) {}

  add(text: string): void {
    this.chars += text.length;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.lines++;
    if (this.chars > this.budget.maxChars) {
      throw new DocxError(`its text is longer than ${this.budget.maxChars.toLocaleString('en')} characters`, true);
    }
    if (this.lines > this.budget.maxLines) {
      throw new DocxError(`it has more than ${this.budget.maxLines.toLocaleString('en')} lines (paragraphs)`, true);
    }
  }
}

/** A table cell as buffered until its table ends (merged cells are decided then). */
interface Cell {
  text: string;
  /** A vertical merge continuation (`w:vMerge` without `restart`), or null for none. */
  vMerge: boolean | null;
  colSpan: number;
  /** Text found between cells, kept in place. */
  stray: boolean;
}

type Frame =
  | { kind: 'skip' }
  | { kind: 'document'; bodySeen: boolean }
  | { kind: 'read' }
  | { kind: 'paragraph'; deletedMark: boolean; extras: string[] }
  | { kind: 'text'; parts: string[] }
  | { kind: 'pict'; out: string[] }
  | { kind: 'table'; rows: Cell[][]; unexpected: boolean; out: string[] }
  | { kind: 'row'; cells: Cell[]; deleted: boolean; out: string[] }
  | { kind: 'cell'; vMerge: boolean | null; colSpan: number; out: string[] }
  | { kind: 'sdt'; checkbox: boolean; replaced: boolean }
  | { kind: 'properties'; of: string };

/** Resolves `prefix:local` names against the namespace declarations in scope. */
class Names {
  private readonly scopes: (Map<string, string> | null)[] = [];

  /** Enters an element: records its declarations and returns its name as `w:p`, `mc:…`, or `{uri}local`. */
  enter(qualified: string, attribs: Record<string, string>): string {
    let declared: Map<string, string> | null = null;
    for (const key of Object.keys(attribs)) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) {
        declared ??= new Map();
        declared.set(key === 'xmlns' ? '' : key.slice(6), attribs[key]);
      }
    }
    this.scopes.push(declared);
    return this.resolve(qualified);
  }

  leave(): void {
    this.scopes.pop();
  }

  /** A qualified name (element or attribute) in canonical prefix form. */
  resolve(qualified: string, attribute = false): string {
    const colon = qualified.indexOf(':');
    const prefix = colon === -1 ? '' : qualified.slice(0, colon);
    const local = colon === -1 ? qualified : qualified.slice(colon + 1);
    if (attribute && prefix === '') return local;
    const uri = this.lookup(prefix);
    const known = uri === undefined ? undefined : NAMESPACES.get(uri);
    if (known) return `${known}:${local}`;
    return uri === undefined ? qualified : `{${uri}}${local}`;
  }

  /** The attribute `name` (canonical form, e.g. `w:val`) of an element. */
  attribute(attribs: Record<string, string>, name: string): string | undefined {
    for (const key of Object.keys(attribs)) if (this.resolve(key, true) === name) return attribs[key];
    return undefined;
  }

  private lookup(prefix: string): string | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const uri = this.scopes[i]?.get(prefix);
      if (uri !== undefined) return uri;
    }
    return undefined;
  }
}

/** The WordprocessingML reader: a stack of frames driven by the tokenizer's events. */
class BodyText {
  private readonly frames: Frame[] = [];
  private readonly names = new Names();
  /** The canonical names of the open elements, for the property patterns. */
  private readonly path: string[] = [];
  private readonly root: string[] = [];
  private readonly counter: Counter;

  constructor(private readonly budget: DocxBudget) {
    this.counter = new Counter(budget);
  }

  get text(): string {
    return this.root.join('');
  }

  open(qualified: string, attribs: Record<string, string>): void {
    const name = this.names.enter(qualified, attribs);
    this.path.push(name);
    if (this.path.length > this.budget.maxDepth) {
      throw new DocxError(`its elements nest deeper than ${this.budget.maxDepth} levels`, true);
    }
    this.frames.push(this.frameFor(name, attribs));
  }

  close(): void {
    const frame = this.frames.pop();
    this.path.pop();
    this.names.leave();
    if (frame) this.finish(frame);
  }

  characters(data: string): void {
    const top = this.frames[this.frames.length - 1];
    if (top?.kind !== 'text') return;
    this.counter.add(data);
    top.parts.push(data);
  }

  /** Where output goes now: the innermost buffer (text box, table cell…), else the document. */
  private out(): string[] {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i];
      if (f.kind === 'pict' || f.kind === 'cell' || f.kind === 'row' || f.kind === 'table') return f.out;
    }
    return this.root;
  }

  /** Writes text that has been counted already. */
  private write(text: string): void {
    if (text !== '') this.out().push(text);
  }

  private emit(text: string): void {
    this.counter.add(text);
    this.write(text);
  }

  private nearest<K extends Frame['kind']>(kind: K): Extract<Frame, { kind: K }> | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i];
      if (f.kind === kind) return f as Extract<Frame, { kind: K }>;
    }
    return undefined;
  }

  /** The nearest frame that is not a transparent wrapper: what an element is directly inside of. */
  private container(): Frame | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i];
      if (f.kind !== 'read' && f.kind !== 'sdt') return f;
    }
    return undefined;
  }

  private frameFor(name: string, attribs: Record<string, string>): Frame {
    const parent = this.frames[this.frames.length - 1];
    if (parent === undefined) return { kind: 'document', bodySeen: false };
    if (parent.kind === 'skip' || parent.kind === 'text') return { kind: 'skip' };
    if (parent.kind === 'properties') {
      this.inspect(parent.of, name, attribs);
      return { kind: 'properties', of: parent.of };
    }
    if (parent.kind === 'document') {
      if (name !== 'w:body' || parent.bodySeen) return name === 'mc:AlternateContent' || name === 'mc:Fallback' ? { kind: 'read' } : { kind: 'skip' };
      parent.bodySeen = true;
      return { kind: 'read' };
    }
    // mammoth replaces AlternateContent by its Fallback's children everywhere.
    if (name === 'mc:Choice') return { kind: 'skip' };
    if (parent.kind === 'sdt' && name !== 'w:sdtContent' && name !== 'w:sdtPr') return { kind: 'skip' };
    this.noteTableContent(name, attribs);
    if (PROPERTIES.has(name)) return { kind: 'properties', of: name };
    switch (name) {
      case 'w:p':
        return { kind: 'paragraph', deletedMark: false, extras: [] };
      case 'w:t':
        return { kind: 'text', parts: [] };
      case 'w:tab':
        this.emit('\t');
        return { kind: 'skip' };
      case 'w:noBreakHyphen':
        this.emit('\u2011');
        return { kind: 'skip' };
      case 'w:softHyphen':
        this.emit('\u00ad');
        return { kind: 'skip' };
      case 'w:sym':
        this.emit(symbol(this.names.attribute(attribs, 'w:font'), this.names.attribute(attribs, 'w:char')));
        return { kind: 'skip' };
      case 'w:pict':
        return { kind: 'pict', out: [] };
      case 'w:tbl':
        return { kind: 'table', rows: [], unexpected: false, out: [] };
      case 'w:tr':
        this.flushStray();
        return { kind: 'row', cells: [], deleted: false, out: [] };
      case 'w:tc':
        this.flushStray();
        return { kind: 'cell', vMerge: null, colSpan: 1, out: [] };
      case 'w:sdt':
        return { kind: 'sdt', checkbox: false, replaced: false };
      default:
        return TRANSPARENT.has(name) ? { kind: 'read' } : { kind: 'skip' };
    }
  }

  /** Reads the properties that change the text: a deleted paragraph mark or row, merged cells, a checkbox. */
  private inspect(of: string, name: string, attribs: Record<string, string>): void {
    const parent = this.path[this.path.length - 2];
    if (of === 'w:pPr' && name === 'w:del' && parent === 'w:rPr' && this.path[this.path.length - 3] === 'w:pPr') {
      const p = this.nearest('paragraph');
      if (p) p.deletedMark = true;
    } else if (of === 'w:trPr' && name === 'w:del' && parent === 'w:trPr') {
      const row = this.nearest('row');
      if (row) row.deleted = true;
    } else if (of === 'w:tcPr' && parent === 'w:tcPr') {
      const cell = this.nearest('cell');
      if (!cell) return;
      if (name === 'w:vMerge') {
        const val = this.names.attribute(attribs, 'w:val');
        cell.vMerge = val === 'continue' || !val;
      } else if (name === 'w:gridSpan') {
        const span = Number.parseInt(this.names.attribute(attribs, 'w:val') ?? '', 10);
        if (Number.isFinite(span)) cell.colSpan = span;
      }
    } else if (of === 'w:sdtPr' && name === 'wordml:checkbox' && parent === 'w:sdtPr') {
      const sdt = this.nearest('sdt');
      if (sdt) sdt.checkbox = true;
    }
  }

  /** mammoth keeps merged cells apart only in tables made of rows of cells; anything else turns that off. */
  private noteTableContent(name: string, attribs: Record<string, string>): void {
    const container = this.container();
    if (container?.kind !== 'table' && container?.kind !== 'row') return;
    const expected = container.kind === 'table' ? 'w:tr' : 'w:tc';
    if (name === expected) return;
    const bookmark = name === 'w:bookmarkStart' && this.names.attribute(attribs, 'w:name') !== '_GoBack';
    if (PRODUCES_ELEMENT.has(name) || bookmark) {
      const table = this.nearest('table');
      if (table) table.unexpected = true;
    }
  }

  /** Text written between rows or cells becomes an item of its own, so the order is kept. */
  private flushStray(): void {
    const container = this.container();
    if (container?.kind === 'row' && container.out.length > 0) {
      container.cells.push({ text: container.out.join(''), vMerge: null, colSpan: 0, stray: true });
      container.out.length = 0;
    } else if (container?.kind === 'table' && container.out.length > 0) {
      container.rows.push([{ text: container.out.join(''), vMerge: null, colSpan: 0, stray: true }]);
      container.out.length = 0;
    }
  }

  private finish(frame: Frame): void {
    switch (frame.kind) {
      case 'text': {
        const text = frame.parts.join('');
        const sdt = this.nearest('sdt');
        // A checkbox content control shows a box instead of its first piece of text.
        if (sdt?.checkbox && !sdt.replaced && text.length > 0) {
          sdt.replaced = true;
          return;
        }
        this.write(text);
        return;
      }
      case 'paragraph':
        // A deleted paragraph mark joins the paragraph to the next one.
        if (!frame.deletedMark) this.emit('\n\n');
        for (const extra of frame.extras) this.write(extra);
        return;
      case 'pict': {
        // VML text boxes come after the paragraph that holds them; outside one, they are lost.
        const paragraph = this.nearest('paragraph');
        if (paragraph) paragraph.extras.push(frame.out.join(''));
        return;
      }
      case 'cell': {
        const row = this.nearest('row');
        this.flushStray();
        row?.cells.push({ text: frame.out.join(''), vMerge: frame.vMerge, colSpan: frame.colSpan, stray: false });
        return;
      }
      case 'row': {
        if (frame.out.length > 0) frame.cells.push({ text: frame.out.join(''), vMerge: null, colSpan: 0, stray: true });
        const table = this.nearest('table');
        if (frame.deleted) return;
        if (frame.cells.some((c) => c.stray) && table) table.unexpected = true;
        table?.rows.push(frame.cells);
        return;
      }
      case 'table': {
        if (frame.out.length > 0) frame.rows.push([{ text: frame.out.join(''), vMerge: null, colSpan: 0, stray: true }]);
        this.write(tableText(frame.rows, frame.unexpected));
        return;
      }
      default:
        return;
    }
  }
}

/** The text of a table's rows, continuation cells of vertical merges left out (as mammoth does). */
function tableText(rows: Cell[][], unexpected: boolean): string {
  if (unexpected || rows.some((r) => r.some((c) => c.stray))) return rows.map((r) => r.map((c) => c.text).join('')).join('');
  const columns = new Set<number>();
  const parts: string[] = [];
  for (const row of rows) {
    let index = 0;
    for (const cell of row) {
      if (!(cell.vMerge && columns.has(index))) {
        columns.add(index);
        parts.push(cell.text);
      }
      index += cell.colSpan;
    }
  }
  return parts.join('');
}

/** The character a `w:sym` stands for (Symbol and Wingdings mapped to Unicode), or ''. */
function symbol(font: string | undefined, char: string | undefined): string {
  if (font === undefined || char === undefined) return '';
  const found = dingbat(font, char) ?? (/^F0..$/i.test(char) ? dingbat(font, char.substring(2)) : undefined);
  return found?.string ?? '';
}

/** Tokenises XML bytes as they are inflated, decoding UTF-8 (or UTF-16 with a BOM) on the way. */
function streamXml(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, handlers: { open(n: string, a: Record<string, string>): void; close(): void; text(t: string): void }): void {
  const parser = new Parser(
    { onopentag: (n, a) => handlers.open(n, a), onclosetag: () => handlers.close(), ontext: (t) => handlers.text(t) },
    { xmlMode: true, decodeEntities: true },
  );
  let decoder: ReturnType<typeof newDecoder> | null = null;
  inflateEntry(bytes, entry, maxBytes, (piece) => {
    decoder ??= newDecoder(piece);
    parser.write(decoder.decode(piece, { stream: true }));
  });
  if (decoder) parser.write((decoder as ReturnType<typeof newDecoder>).decode());
  parser.end();
}

function newDecoder(first: Uint8Array) {
  const label = first[0] === 0xff && first[1] === 0xfe ? 'utf-16le' : first[0] === 0xfe && first[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new Decoder(label);
}

/** The main document part named by the package relationships, else `word/document.xml`. */
function mainDocumentPath(bytes: Uint8Array, entries: Map<string, ZipEntry>, budget: DocxBudget): string {
  const rels = entries.get(RELATIONSHIPS_PATH);
  if (!rels) return FALLBACK_MAIN;
  let target: string | null = null;
  const names = new Names();
  streamXml(bytes, rels, Math.min(budget.maxXmlBytes, 1024 * 1024), {
    open(qualified, attribs) {
      const name = names.enter(qualified, attribs);
      if (target === null && name === 'relationships:Relationship' && OFFICE_DOCUMENT.test(attribs.Type ?? '')) target = attribs.Target ?? null;
    },
    close: () => names.leave(),
    text: () => undefined,
  });
  if (target === null) return FALLBACK_MAIN;
  return (target as string).replace(/^\/+/, '');
}

/**
 * The raw text of a .docx file (see the module comment), trailing line breaks removed. Throws
 * a DocxError when the bytes are not a Word document or go beyond `budget`.
 */
export function extractDocxText(bytes: Uint8Array, budget: DocxBudget): string {
  try {
    const entries = new Map(readZipEntries(bytes, budget.maxEntries).map((e) => [e.name, e]));
    const main = entries.get(mainDocumentPath(bytes, entries, budget));
    if (!main) throw new DocxError('it has no main document part', false);
    const reader = new BodyText(budget);
    streamXml(bytes, main, budget.maxXmlBytes, {
      open: (n, a) => reader.open(n, a),
      close: () => reader.close(),
      text: (t) => reader.characters(t),
    });
    return reader.text.replace(/\n+$/, '');
  } catch (error) {
    if (error instanceof DocxError) throw error;
    if (error instanceof ZipError) throw new DocxError(error.message, /expands beyond|entries;/.test(error.message));
    throw new DocxError(error instanceof Error ? error.message : String(error), false);
  }
}
