/**
 * Writing XML text by hand, for the REFI-QDA export: escaping of attribute values and character
 * data, and a small writer that indents elements. Hand-written because the export is a fixed
 * shape and the shared layer has no DOM.
 */

/**
 * Characters XML 1.0 cannot carry at all, not even as references: C0 controls other than tab,
 * LF and CR, lone surrogates, U+FFFE and U+FFFF. They become U+FFFD.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** True when `text` has characters XML 1.0 cannot carry (see `xmlSafe`). */
export function hasNonXmlCharacters(text: string): boolean {
  NOT_XML.lastIndex = 0;
  const found = NOT_XML.test(text);
  NOT_XML.lastIndex = 0;
  return found;
}

/** `text` with every character XML 1.0 cannot carry replaced by U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\ufffd');
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // Written as references, so that attribute-value normalisation keeps them as they are.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** An attribute value, escaped for a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return xmlSafe(value).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]);
}

/** Character data, escaped; CR as a reference so that end-of-line handling keeps it. */
export function escapeText(value: string): string {
  return xmlSafe(value).replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** Attributes in writing order; `undefined` values are left out. */
export type Attributes = [name: string, value: string | undefined][];

function attributeText(attributes: Attributes): string {
  let out = '';
  for (const [name, value] of attributes) if (value !== undefined) out += ` ${name}="${escapeAttribute(value)}"`;
  return out;
}

/** Collects an XML document as pieces joined once, indenting each element by its depth. */
export class XmlWriter {
  private readonly out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  private readonly open: string[] = [];

  private indent(): string {
    return '  '.repeat(this.open.length);
  }

  /** Opens an element that will have children. */
  start(name: string, attributes: Attributes = []): this {
    this.out.push(`${this.indent()}<${name}${attributeText(attributes)}>\n`);
    this.open.push(name);
    return this;
  }

  /** Closes the innermost open element. */
  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new Error('XmlWriter.end without an open element');
    this.out.push(`${this.indent()}</${name}>\n`);
    return this;
  }

  /** An element without children. */
  empty(name: string, attributes: Attributes = []): this {
    this.out.push(`${this.indent()}<${name}${attributeText(attributes)}/>\n`);
    return this;
  }

  /** An element holding only text (written exactly, no indentation inside). */
  text(name: string, value: string, attributes: Attributes = []): this {
    this.out.push(`${this.indent()}<${name}${attributeText(attributes)}>${escapeText(value)}</${name}>\n`);
    return this;
  }

  /** The document; every element must be closed. */
  toString(): string {
    if (this.open.length > 0) throw new Error(`XmlWriter: <${this.open[this.open.length - 1]}> is not closed`);
    return this.out.join('');
  }
}
