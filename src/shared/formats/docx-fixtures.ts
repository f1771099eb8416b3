/**
 * Builders of small Word documents for tests and the hostile corpus: a body of WordprocessingML
 * wrapped into a .docx archive (content types, package relationships, `word/document.xml`).
 * Uses fflate's zip writer, so it runs under Node and in a browser alike.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** The WordprocessingML namespace, bound to `w:` in the generated document. */
export const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

/** Package relationships naming `target` as the main document part. */
export function packageRelationships(target = 'word/document.xml'): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/>` +
    '</Relationships>'
  );
}

/** A `w:document` around `body` (the content of `w:body`), with the usual namespaces declared. */
export function documentXml(body: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:document xmlns:w="${W_NAMESPACE}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">' +
    `<w:body>${body}</w:body></w:document>`
  );
}

/** Paragraphs of plain runs, text escaped for XML. */
export function paragraphsXml(texts: readonly string[]): string {
  return texts.map((t) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r></w:p>`).join('');
}

/** `&`, `<`, `>` and `"` as entities. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Options of `makeDocx`. */
export interface DocxOptions {
  /** Extra entries, path → content. */
  extra?: Record<string, string | Uint8Array>;
  /** Leave out the package relationships (readers fall back to `word/document.xml`). */
  noRelationships?: boolean;
  /** Where the main document part is stored. */
  mainPath?: string;
  /** Deflate level, 0 (stored) to 9; default 6. */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

/** A .docx whose `w:body` holds `body` (or, with a full `<w:document…>` string, that document). */
export function makeDocx(body: string, options: DocxOptions = {}): Uint8Array {
  const mainPath = options.mainPath ?? 'word/document.xml';
  const xml = body.startsWith('<?xml') || body.startsWith('<w:document') ? body : documentXml(body);
  const files: Zippable = { '[Content_Types].xml': strToU8(CONTENT_TYPES), [mainPath]: strToU8(xml) };
  if (!options.noRelationships) files['_rels/.rels'] = strToU8(packageRelationships(mainPath));
  for (const [path, content] of Object.entries(options.extra ?? {})) files[path] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files, { level: options.level ?? 6 });
}
