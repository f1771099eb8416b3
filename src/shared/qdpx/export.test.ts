import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, annotationOn, transcriptAnnotations, transcriptDocument } from '../../cli/test-fixtures';
import { QDPX_LIMITS } from '../limits';
import type { Annotation, Category } from '../model';
import { codePointLength } from '../text/offsets';
import { exportQdc, exportQdpx, projectFiles, type QdpxExportInput } from './export';
import { coderGuid, derivedGuid } from './guid';
import { CODEBOOK_NS, PROJECT_NS } from './vocabulary';
import { child, childrenNamed, parseXml, type XmlElement } from './xml-read';

const GUID = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
const RGB = /^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/;
const GENERATOR = { name: 'Discourse Workbench', version: '0.1.0' };

function input(annotations?: Annotation[], categories: Category[] = CATEGORIES): QdpxExportInput {
  const doc = transcriptDocument();
  return { projectName: 'Hearing 3', now: '2024-06-01T12:00:00.000Z', generator: GENERATOR, documents: [doc], annotations: annotations ?? transcriptAnnotations(doc), categories };
}

/** The checks `CodeType` implies: attributes and their types, child order, unique GUIDs and names. */
function checkCodes(codes: XmlElement, guids: Set<string>, names: Set<string>): void {
  expect(codes.local).toBe('Codes');
  expect(codes.children.length).toBeGreaterThan(0);
  for (const code of codes.children) {
    expect(code.local).toBe('Code');
    for (const name of code.attributes.keys()) expect(['guid', 'name', 'isCodable', 'color']).toContain(name);
    const guid = code.attributes.get('guid') ?? '';
    expect(guid).toMatch(GUID);
    expect(guids.has(guid)).toBe(false);
    guids.add(guid);
    const name = code.attributes.get('name') ?? '';
    expect(name).not.toBe('');
    expect(names.has(name.toLowerCase())).toBe(false);
    names.add(name.toLowerCase());
    expect(['true', 'false']).toContain(code.attributes.get('isCodable'));
    const colour = code.attributes.get('color');
    if (colour !== undefined) expect(colour).toMatch(RGB);
    const order = code.children.map((c) => c.local);
    const rank = (local: string): number => ['Description', 'NoteRef', 'Code'].indexOf(local);
    expect(order.every((l) => rank(l) >= 0)).toBe(true);
    expect([...order].sort((a, b) => rank(a) - rank(b))).toEqual(order);
    expect(order.filter((l) => l === 'Description').length).toBeLessThanOrEqual(1);
  }
}

describe('exportQdpx', () => {
  it('writes project.qde and one UTF-8 text per document, without BOM, with LF', () => {
    const { bytes, report } = exportQdpx(input());
    const files = unzipSync(bytes);
    const doc = transcriptDocument();
    const sourceGuid = derivedGuid('document', doc.id);
    expect(Object.keys(files).sort()).toEqual(['project.qde', `sources/${sourceGuid}.txt`]);
    const text = files[`sources/${sourceGuid}.txt`];
    expect([text[0], text[1], text[2]]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(text)).toBe(doc.text);
    expect(report).toEqual({ documents: 1, selections: 4, codes: 5, coders: 2, orphansLeftOut: 1, emptyLeftOut: 0, replacedCharacters: 0 });
  });

  it('is deterministic: the same library gives the same bytes', () => {
    expect(exportQdpx(input()).bytes).toEqual(exportQdpx(input()).bytes);
  });

  it('writes users, codes, sources and selections as the schema orders them, positions in code points', () => {
    const doc = transcriptDocument();
    const annotations = transcriptAnnotations(doc);
    const root = parseXml(projectFiles(input(annotations)).xml, QDPX_LIMITS);
    expect(root.local).toBe('Project');
    expect(root.uri).toBe(PROJECT_NS);
    expect(root.attributes.get('origin')).toBe('Discourse Workbench 0.1.0');
    expect(root.attributes.get('name')).toBe('Hearing 3');
    expect(root.children.map((c) => c.local)).toEqual(['Users', 'CodeBook', 'Sources']);
    expect(childrenNamed(child(root, 'Users')!, 'User').map((u) => [u.attributes.get('name'), u.attributes.get('guid')])).toEqual([
      ['Алекс', coderGuid('Алекс')],
      ['Maria', coderGuid('Maria')],
    ]);
    checkCodes(child(child(root, 'CodeBook')!, 'Codes')!, new Set(), new Set());
    const source = child(child(root, 'Sources')!, 'TextSource')!;
    expect(source.attributes.get('plainTextPath')).toBe(`internal://${source.attributes.get('guid')}.txt`);
    const selections = childrenNamed(source, 'PlainTextSelection');
    expect(selections).toHaveLength(4);
    for (const sel of selections) {
      const start = Number(sel.attributes.get('startPosition'));
      const end = Number(sel.attributes.get('endPosition'));
      // Code points: slicing the text as an array of characters gives the quote.
      const quote = Array.from(doc.text).slice(start, end).join('');
      const a = annotations.find((x) => x.exact === quote);
      expect(a).toBeDefined();
      expect(sel.children.map((c) => c.local)).toEqual(a!.memo === '' ? ['Coding'] : ['Description', 'Coding']);
      const coding = child(sel, 'Coding')!;
      expect(coding.attributes.get('guid')).toBe(a!.id);
      expect(coding.attributes.get('creatingUser')).toBe(coderGuid(a!.coder));
      expect(coding.attributes.get('creationDateTime')).toBe(a!.created);
      expect(child(coding, 'CodeRef')!.attributes.get('targetGUID')).toBe(derivedGuid('category', a!.categoryId));
    }
    // The emoji before the second quote make code points and UTF-16 differ there.
    const second = selections[1];
    expect(Number(second.attributes.get('startPosition'))).toBe(codePointLength(doc.text.slice(0, annotations[0].start)));
  });

  it('adds a note for a long memo, and a code for a category the codebook lacks', () => {
    const doc = transcriptDocument();
    const long = 'A long memo. '.repeat(40);
    const annotations = [annotationOn(doc, '11111111-2222-4333-8444-555555555555', 'You deliberately hid', 'vanished', long)];
    const root = parseXml(projectFiles(input(annotations)).xml, QDPX_LIMITS);
    expect(root.children.map((c) => c.local)).toEqual(['Users', 'CodeBook', 'Sources', 'Notes']);
    const note = child(child(root, 'Notes')!, 'Note')!;
    expect(child(note, 'PlainTextContent')!.text).toBe(long);
    const sel = child(child(child(root, 'Sources')!, 'TextSource')!, 'PlainTextSelection')!;
    expect(sel.children.map((c) => c.local)).toEqual(['Description', 'Coding', 'NoteRef']);
    expect(child(sel, 'NoteRef')!.attributes.get('targetGUID')).toBe(note.attributes.get('guid'));
    const codes = childrenNamed(child(child(root, 'CodeBook')!, 'Codes')!, 'Code');
    expect(codes.map((c) => c.attributes.get('name'))).toContain('vanished');
  });

  it('makes code names unique and replaces what XML cannot hold', () => {
    const categories: Category[] = [
      { ...CATEGORIES[0], label: 'Claim' },
      { ...CATEGORIES[1], label: 'claim' },
      { ...CATEGORIES[2], label: 'bell\u0007', colour: 'not a colour' },
    ];
    const { xml, report } = projectFiles(input([], categories));
    const codes = childrenNamed(child(child(parseXml(xml, QDPX_LIMITS), 'CodeBook')!, 'Codes')!, 'Code');
    expect(codes.map((c) => c.attributes.get('name'))).toEqual(['Claim', 'claim (2)', 'bell\ufffd']);
    expect(codes[2].attributes.has('color')).toBe(false);
    expect(report.replacedCharacters).toBe(1);
  });

  it('writes a library without annotations or categories as a valid, minimal project', () => {
    const root = parseXml(projectFiles(input([], [])).xml, QDPX_LIMITS);
    expect(root.children.map((c) => c.local)).toEqual(['Sources']);
    expect(child(root, 'Sources')!.children[0].children).toEqual([]);
  });
});

describe('exportQdc', () => {
  it('passes the structural checks of CodeBookType and CodeType', () => {
    const result = exportQdc({ categories: CATEGORIES, generator: GENERATOR });
    if (!result.ok) throw new Error(result.error);
    const root = parseXml(result.value, QDPX_LIMITS);
    expect(root.local).toBe('CodeBook');
    expect(root.uri).toBe(CODEBOOK_NS);
    expect(root.children.map((c) => c.local)).toEqual(['Codes']);
    checkCodes(root.children[0], new Set(), new Set());
    const codes = root.children[0].children;
    expect(codes.map((c) => c.attributes.get('name'))).toEqual(CATEGORIES.map((c) => c.label));
    expect(codes.map((c) => child(c, 'Description')?.text)).toEqual(CATEGORIES.map((c) => c.definition));
    expect(codes[0].attributes.get('guid')).toBe(derivedGuid('category', 'claim'));
  });

  it('refuses an empty codebook', () => {
    expect(exportQdc({ categories: [], generator: GENERATOR })).toEqual({ ok: false, error: expect.stringMatching(/empty/) });
  });
});
