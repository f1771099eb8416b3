import { describe, expect, it } from 'vitest';
import type { QdpxImport } from './import-types';
import { readQdc, readQdpx } from './import';
import { describeSource } from './describe';
import { describeNotCarried } from './not-carried';
import { MIXED_TEXT, fixtureGuid, fixtureQdpx, qdpxOf, type Convention, type FixtureProject } from './test-projects';

const NOW = '2024-07-01T00:00:00.000Z';
const USER_A = fixtureGuid();
const USER_B = fixtureGuid();
const CLAIM = fixtureGuid();
const BLAME = fixtureGuid();
const SOURCE = fixtureGuid();
const groupGuidQdc = fixtureGuid();

function read(bytes: Uint8Array): QdpxImport {
  const result = readQdpx(bytes, { fileName: 'fixture.qdpx', now: NOW });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** A two-coder project on `text` as a package with `convention` writes it. */
function project(convention: Convention, origin: string, text = MIXED_TEXT, options: { bom?: boolean; names?: 'full' | 'cut' | 'none' } = {}): FixtureProject {
  const name = (q: string): string => (options.names === 'none' ? '' : options.names === 'cut' ? `${Array.from(q).slice(0, 10).join('')}...` : q);
  return {
    origin,
    convention,
    users: [
      [USER_A, 'Ada'],
      [USER_B, 'Бори́с'],
    ],
    codes: [
      { guid: CLAIM, name: 'Claim', color: '#0072B2', description: 'Asserts a fact.' },
      { guid: BLAME, name: 'Blame', color: '#D55E00' },
    ],
    sources: [
      {
        guid: SOURCE,
        name: 'Hearing.txt',
        text,
        bom: options.bom,
        selections: [
          { quote: '«Добро пожаловать»', code: CLAIM, user: USER_A, name: name('«Добро пожаловать»') },
          { quote: 'The council cut the budget by 40\u00a0% 📉', code: CLAIM, user: USER_A, memo: 'Check the “2023” report', name: name('The council cut the budget by 40\u00a0% 📉') },
          { quote: 'You hid the numbers 🙈 from the committee!', code: BLAME, user: USER_B, name: name('You hid the numbers 🙈 from the committee!'), moreCodes: [CLAIM] },
          { quote: 'publish the full spreadsheet 📊 next week', code: CLAIM, user: USER_B, name: name('publish the full spreadsheet 📊 next week') },
        ],
      },
    ],
  };
}

const QUOTES = ['«Добро пожаловать»', 'The council cut the budget by 40\u00a0% 📉', 'You hid the numbers 🙈 from the committee!', 'You hid the numbers 🙈 from the committee!', 'publish the full spreadsheet 📊 next week'];
const CP: Convention = { unit: 'code-points', bomCounted: false, crlfAsOne: false };
const UTF16: Convention = { unit: 'utf-16', bomCounted: false, crlfAsOne: false };
const CRLF = MIXED_TEXT.replace(/\n/g, '\r\n');

describe('readQdpx on other packages’ conventions', () => {
  it.each([
    ['the specification (code points)', project(CP, 'MAXQDA 2022'), 'Unicode code points', 'names'],
    ['NVivo 12 (UTF-16 positions)', project(UTF16, 'NVivo 12', MIXED_TEXT, { names: 'none' }), 'UTF-16 code units', 'fit'],
    ['QualCoder (UTF-16 positions, a BOM in the source)', project(UTF16, 'QualCoder 3.5', MIXED_TEXT, { bom: true }), 'UTF-16 code units, byte-order mark not counted', 'names'],
    ['a BOM counted as a character', project({ ...CP, bomCounted: true }, 'Some package', MIXED_TEXT, { bom: true }), 'Unicode code points, byte-order mark counted', 'names'],
    ['CRLF counted as two (NVivo on Windows)', project(UTF16, 'NVivo 14', CRLF, { names: 'none' }), 'UTF-16 code units, CRLF counted as two characters', 'fit'],
    ['CRLF counted as one (ATLAS.ti, names cut short)', project({ ...CP, crlfAsOne: true }, 'ATLAS.ti 23', CRLF, { names: 'cut' }), 'Unicode code points, CRLF counted as one', 'names'],
  ] as const)('places every coding of %s and says which reading it used', (_name, fixture, reading, basis) => {
    const result = read(fixtureQdpx(fixture));
    expect(result.sources).toHaveLength(1);
    const source = result.sources[0];
    expect(describeSource(source)).toContain(`positions read as ${reading} (`);
    expect(source.basis).toBe(basis);
    expect(source).toMatchObject({ selections: 4, codings: 5, placed: 5, placedByQuote: 0, orphaned: 0 });
    expect(result.annotations.map((a) => a.exact)).toEqual(QUOTES);
    expect(result.annotations.every((a) => a.status === 'placed')).toBe(true);
    // The document is the canonical text: no BOM, LF.
    expect(result.documents[0].text).toBe(MIXED_TEXT);
    expect(result.documents[0].title).toBe('Hearing');
  });

  it('reads users as coders, codings as annotations, memos and codes', () => {
    const result = read(fixtureQdpx(project(CP, 'MAXQDA 2022')));
    expect(result.coders).toEqual(['Ada', 'Бори́с']);
    expect(result.categories.map((c) => [c.category.label, c.category.colour, c.category.definition])).toEqual([
      ['Claim', '#0072B2', 'Asserts a fact.'],
      ['Blame', '#D55E00', ''],
    ]);
    const [first, second, third, fourth] = result.annotations;
    expect(first).toMatchObject({ coder: 'Ada', categoryId: CLAIM.toLowerCase(), memo: '', created: '2021-03-04T05:06:07Z', documentId: SOURCE.toLowerCase() });
    expect(second.memo).toBe('Check the “2023” report');
    // One selection with two codings: two annotations on the same span.
    expect([third.categoryId, fourth.categoryId]).toEqual([BLAME.toLowerCase(), CLAIM.toLowerCase()]);
    expect([third.start, third.end]).toEqual([fourth.start, fourth.end]);
    expect(new Set(result.annotations.map((a) => a.id)).size).toBe(5);
  });

  it('finds a selection by its quote when its positions do not fit, and keeps the rest as orphans', () => {
    const xml = `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="P"><CodeBook><Codes><Code guid="${CLAIM}" name="Claim" isCodable="true"/></Codes></CodeBook>
      <Sources><TextSource guid="${SOURCE}" name="S" plainTextPath="internal://s.txt">
        <PlainTextSelection guid="${fixtureGuid()}" name="the committee" startPosition="900" endPosition="913"><Coding guid="${fixtureGuid()}"><CodeRef targetGUID="${CLAIM}"/></Coding></PlainTextSelection>
        <PlainTextSelection guid="${fixtureGuid()}" name="not in the text" startPosition="950" endPosition="965"><Coding guid="${fixtureGuid()}"><CodeRef targetGUID="${CLAIM}"/></Coding></PlainTextSelection>
      </TextSource></Sources></Project>`;
    const result = read(qdpxOf(xml, { 'sources/s.txt': MIXED_TEXT }));
    expect(result.sources[0]).toMatchObject({ placed: 0, placedByQuote: 1, orphaned: 1 });
    expect(result.annotations.map((a) => [a.status, a.exact])).toEqual([
      ['placed', 'the committee'],
      ['orphan', 'not in the text'],
    ]);
    expect(describeSource(result.sources[0])).toMatch(/1 placed by their quote.*1 not placed/);
  });

  it('applies a reading the user chose instead of the detected one', () => {
    const bytes = fixtureQdpx(project(CP, ''));
    const chosen = new Map([[SOURCE.toLowerCase(), { unit: 'utf-16', bomCounted: false, crlf: 'two' } as const]]);
    const result = readQdpx(bytes, { fileName: 'x.qdpx', now: NOW, readings: chosen });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.sources[0].basis).toBe('chosen');
    expect(result.value.annotations[1].exact).not.toBe(QUOTES[1]);
  });
});

describe('readQdpx progress', () => {
  it('tells after each source how many of how many are done', () => {
    const fixture = project(CP, 'MAXQDA 2022');
    const second = { ...fixture.sources[0], guid: fixtureGuid(), name: 'Second.txt', text: `${MIXED_TEXT}Second.\n` };
    const told: [number, number][] = [];
    const result = readQdpx(fixtureQdpx({ ...fixture, sources: [fixture.sources[0], second] }), { fileName: 'x.qdpx', now: NOW, onProgress: (done, total) => told.push([done, total]) });
    expect(result.ok).toBe(true);
    expect(told).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});

describe('readQdpx on texts that are not canonical', () => {
  it('maps positions in a decomposed (NFD) text with CRLF onto the canonical NFC text', () => {
    const raw = 'Cafe\u0301 Mu\u0308ller said:\r\nthe re\u0301sume\u0301 is “final” 👋🏽.\r\n';
    const fixture: FixtureProject = {
      origin: 'MAXQDA 24',
      convention: CP,
      users: [[USER_A, 'Ada']],
      codes: [{ guid: CLAIM, name: 'Claim' }],
      sources: [{ guid: SOURCE, name: 'mac.txt', text: raw, selections: [{ quote: 'Mu\u0308ller', code: CLAIM, user: USER_A }, { quote: 're\u0301sume\u0301 is “final” 👋🏽', code: CLAIM, user: USER_A }] }],
    };
    const result = read(fixtureQdpx(fixture));
    expect(result.documents[0].text).toBe('Café Müller said:\nthe résumé is “final” 👋🏽.\n');
    expect(result.annotations.map((a) => a.exact)).toEqual(['Müller', 'résumé is “final” 👋🏽']);
    expect(result.sources[0]).toMatchObject({ placed: 2, basis: 'names' });
  });

  it('names a coder the file does not list, and says a near tie is undecided', () => {
    const ghost = fixtureGuid();
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="P" origin="Tool"><CodeBook><Codes><Code guid="${CLAIM}" name="Claim" isCodable="true"/></Codes></CodeBook>
      <Sources><TextSource guid="${SOURCE}" name="S"><PlainTextContent>😀 ab cd ef</PlainTextContent>
      <PlainTextSelection guid="${fixtureGuid()}" startPosition="5" endPosition="7" creatingUser="${ghost}"><Coding guid="${fixtureGuid()}"><CodeRef targetGUID="${CLAIM}"/></Coding></PlainTextSelection></TextSource></Sources></Project>`;
    const result = read(qdpxOf(xml));
    expect(result.annotations[0].coder).toBe(`User ${ghost.toLowerCase().slice(0, 8)}`);
    expect(result.problems.join('\n')).toContain('whom the file does not list');
    expect(result.sources[0].basis).toBe('undecided');
    expect(describeSource(result.sources[0])).toContain('UNDECIDED: other readings fit as well');
  });
});

describe('readQdpx on codebooks, notes and what cannot come over', () => {
  const groupGuid = fixtureGuid();
  const folderUsed = fixtureGuid();
  const childA = fixtureGuid();
  const childB = fixtureGuid();
  const otherA = fixtureGuid();
  const noteGuid = fixtureGuid();
  const linkedNote = fixtureGuid();
  const selectionGuid = fixtureGuid();
  const fixture: FixtureProject = {
    ...project(CP, 'MAXQDA 2022'),
    codes: [
      { guid: groupGuid, name: 'Speech acts', codable: false, children: [{ guid: childA, name: 'Other' }, { guid: childB, name: 'Claim' }] },
      { guid: folderUsed, name: 'Folder', codable: false, children: [{ guid: otherA, name: 'Other' }] },
    ],
    sources: [
      {
        ...project(CP, '').sources[0],
        selections: [
          { quote: '«Добро пожаловать»', code: childA, guid: selectionGuid, memo: 'Greeting.' },
          { quote: 'The council cut', code: folderUsed },
          { quote: 'You hid the numbers', code: otherA },
          { quote: 'publish', code: fixtureGuid() },
        ],
      },
    ],
    extraSources:
      '<AudioSource guid="' + fixtureGuid() + '" name="Interview.mp3" path="internal://a.mp3"/>' +
      '<PictureSource guid="' + fixtureGuid() + '" name="Poster.png" path="internal://p.png"><PictureSelection guid="' + fixtureGuid() + '" firstX="1" firstY="1" secondX="2" secondY="2"/></PictureSource>' +
      '<TextSource guid="' + fixtureGuid() + '" name="Rich.docx" richTextPath="internal://r.docx"/>' +
      '<TextSource guid="' + fixtureGuid() + '" name="Linked.txt" plainTextPath="relative:///Linked.txt"/>' +
      '<TextSource guid="' + fixtureGuid() + '" name="Escape" plainTextPath="internal://../../etc/passwd"/>',
    extra:
      `<Notes><Note guid="${noteGuid}" name="n"><PlainTextContent>Greeting.</PlainTextContent></Note><Note guid="${linkedNote}" name="l"><PlainTextContent>Said twice on the day.</PlainTextContent></Note></Notes>` +
      `<Links><Link guid="${fixtureGuid()}" originGUID="${linkedNote}" targetGUID="${selectionGuid}"/><Link guid="${fixtureGuid()}" name="x" originGUID="${childA}" targetGUID="${childB}"/></Links>` +
      `<Sets><Set guid="${fixtureGuid()}" name="Wave 1"/></Sets>`,
  };

  it('keeps the hierarchy: groups, paths, unique labels, and never loses a coding to a group', () => {
    const result = read(fixtureQdpx(fixture));
    expect(result.groups.map((g) => [g.name, g.path])).toEqual([['Speech acts', []]]);
    expect(result.categories.map((c) => [c.category.label, c.path, c.madeCodable])).toEqual([
      ['Other', ['Speech acts'], false],
      ['Claim', ['Speech acts'], false],
      ['Folder', [], true],
      ['Folder / Other', ['Folder'], false],
      [expect.stringMatching(/^Missing code /), [], false],
    ]);
    expect(result.annotations.map((a) => result.categories.find((c) => c.category.id === a.categoryId)?.category.label)).toEqual([
      'Other',
      'Folder',
      'Folder / Other',
      expect.stringMatching(/^Missing code /),
    ]);
    expect(result.problems.join('\n')).toMatch(/marked as not codable, but codings use it/);
  });

  it('joins a selection’s description with its notes and linked notes, each once', () => {
    const result = read(fixtureQdpx(fixture));
    expect(result.annotations[0].memo).toBe('Greeting.\n\nSaid twice on the day.');
  });

  it('lists everything it could not carry over', () => {
    const result = read(fixtureQdpx(fixture));
    const lines = result.notCarried.map(describeNotCarried);
    for (const what of ['audio sources (1: “Interview.mp3”): ', 'picture sources (1: ', 'picture area selections (1: ', 'sources with rich text only (1: “Rich.docx”): ', 'sources whose text is outside the file (1: “Linked.txt”): ', 'sources with an unsafe path (1: “Escape”): ', 'sets (1: “Wave 1”): ', 'links (1: “x”): ']) {
      expect(lines.some((l) => l.startsWith(what)), what).toBe(true);
    }
    expect(result.sources.map((s) => s.documentId === null)).toEqual([false, true, true, true]);
    expect(describeSource(result.sources[3])).toMatch(/not imported: its path .* would leave the archive's sources folder/);
  });

  it('imports the plain-text representation of a PDF and lists its area selections', () => {
    const pdf = fixtureGuid();
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="P"><CodeBook><Codes><Code guid="${CLAIM}" name="Claim" isCodable="true"/></Codes></CodeBook><Sources>
      <PDFSource guid="${pdf}" name="Report.pdf" path="internal://r.pdf"><PDFSelection guid="${fixtureGuid()}" page="1" firstX="0" firstY="0" secondX="1" secondY="1"/>
        <Representation guid="${fixtureGuid()}" plainTextPath="internal://r.txt"><PlainTextSelection guid="${fixtureGuid()}" startPosition="0" endPosition="6"><Coding guid="${fixtureGuid()}"><CodeRef targetGUID="${CLAIM}"/></Coding></PlainTextSelection></Representation>
      </PDFSource></Sources></Project>`;
    const result = read(qdpxOf(xml, { 'sources/r.txt': 'Report text.' }));
    expect(result.documents.map((d) => d.title)).toEqual(['Report']);
    expect(result.annotations[0].exact).toBe('Report');
    expect(result.notCarried.map((n) => n.what)).toContain('PDF area selections');
  });

  it('counts a selection without a code as not carried over', () => {
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="P"><Sources><TextSource guid="${SOURCE}" name="S"><PlainTextContent>Just a text.</PlainTextContent>
      <PlainTextSelection guid="${fixtureGuid()}" name="Just" startPosition="0" endPosition="4"><Description>A comment.</Description></PlainTextSelection></TextSource></Sources></Project>`;
    const result = read(qdpxOf(xml));
    expect(result.annotations).toEqual([]);
    expect(result.documents[0].text).toBe('Just a text.');
    expect(result.notCarried[0]).toMatchObject({ what: 'selections without a code', count: 1, examples: ['Just'] });
  });

  it('reports selections whose positions are not a span, and reads the rest', () => {
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="P"><CodeBook><Codes><Code guid="${CLAIM}" name="Claim" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${SOURCE}" name="S"><PlainTextContent>Just a text.</PlainTextContent>
      <PlainTextSelection guid="${fixtureGuid()}" startPosition="5" endPosition="2"><Coding guid="${fixtureGuid()}"><CodeRef targetGUID="${CLAIM}"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="${fixtureGuid()}" startPosition="-1" endPosition="2"><Coding guid="${fixtureGuid()}"><CodeRef targetGUID="${CLAIM}"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="${fixtureGuid()}" startPosition="7" endPosition="11"><Coding guid="${fixtureGuid()}"><CodeRef targetGUID="${CLAIM}"/></Coding></PlainTextSelection></TextSource></Sources></Project>`;
    const result = read(qdpxOf(xml));
    expect(result.annotations.map((a) => a.exact)).toEqual(['text']);
    expect(result.problems.filter((p) => /are not a span/.test(p))).toHaveLength(2);
  });
});

describe('readQdc', () => {
  it('reads a codebook with its hierarchy', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="QualCoder"><Codes>
      <Code guid="${groupGuidQdc}" name="Acts" isCodable="false"><Code guid="${CLAIM}" name="Claim" isCodable="true" color="#f00"><Description>Asserts.</Description></Code></Code></Codes></CodeBook>`;
    const result = readQdc(new TextEncoder().encode(xml), { fileName: 'codes.qdc' });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.origin).toBe('QualCoder');
    expect(result.value.groups.map((g) => g.name)).toEqual(['Acts']);
    expect(result.value.categories.map((c) => [c.category.label, c.category.colour, c.category.definition, c.path])).toEqual([['Claim', '#ff0000', 'Asserts.', ['Acts']]]);
  });

  it.each([
    ['a project instead', '<Project xmlns="urn:QDA-XML:project:1.0" name="P"/>', /root element is <Project>/],
    ['no Codes', '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>', /no <Codes>/],
    ['an entity bomb', '<!DOCTYPE c [<!ENTITY a "aaaa">]><CodeBook>&a;</CodeBook>', /DOCTYPE/],
  ])('refuses %s', (_name, xml, message) => {
    const result = readQdc(new TextEncoder().encode(xml), { fileName: 'codes.qdc' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^codes\.qdc cannot be imported as a REFI-QDA codebook: /);
      expect(result.error).toMatch(message);
    }
  });
});

