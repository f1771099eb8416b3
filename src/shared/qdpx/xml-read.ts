/**
 * Parsing untrusted XML (`project.qde`, `.qdc`) into a small element tree, within budgets.
 *
 * The parser is saxes, chosen over htmlparser2's xmlMode (already a dependency, for HTML
 * import) because saxes is a conforming, strict XML 1.0 parser with namespaces: a file that is
 * not well-formed is refused with a line and column, where htmlparser2 would repair it silently
 * and read something other than what the package wrote. saxes never expands entities beyond the
 * five predefined ones and character references (an undefined entity is an error) and never
 * reads an external DTD; on top of that a `DOCTYPE` is refused outright, so no entity-expansion
 * or external-entity attack can start. It is pure JavaScript (no Node APIs) and builds its
 * attribute and namespace tables without prototypes.
 *
 * Depth, element count and attributes per element are bounded (`QDPX_LIMITS`); the tree keeps
 * local names, namespace URIs, unprefixed attributes in a Map, children and text.
 */
import { SaxesParser } from 'saxes';

/** One element: its local name and namespace, attributes, children and text. */
export interface XmlElement {
  local: string;
  uri: string;
  /** Attributes without a namespace prefix, by name. */
  attributes: Map<string, string>;
  children: XmlElement[];
  /** The element's own character data (CDATA included), concatenated. */
  text: string;
}

/** Budgets of one XML file. */
export interface XmlLimits {
  maxXmlDepth: number;
  maxXmlElements: number;
  maxXmlAttributes: number;
}

/** Why a file was refused; the message is for people (it names the line and column when known). */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

/**
 * Parses `text` into its root element, or throws an `XmlError`. Namespaces are resolved here
 * rather than by saxes (whose namespace mode costs a third of the parse on large projects):
 * `xmlns` and `xmlns:p` declarations are tracked per element, and an unbound prefix is refused.
 */
export function parseXml(text: string, limits: XmlLimits): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: true } as const);
  const stack: XmlElement[] = [];
  const scopes: Map<string, string>[] = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];
  let root: XmlElement | null = null;
  let elements = 0;
  const where = (): string => `line ${parser.line}, column ${parser.column}`;
  parser.on('doctype', () => {
    throw new XmlError(`it has a DOCTYPE declaration (${where()}); REFI-QDA files have none, and it is refused because it could define entities`);
  });
  parser.on('opentag', (tag) => {
    if (++elements > limits.maxXmlElements) throw new XmlError(`it has more than ${limits.maxXmlElements.toLocaleString('en')} elements`);
    if (stack.length >= limits.maxXmlDepth) throw new XmlError(`its elements are nested more than ${limits.maxXmlDepth} deep (${where()})`);
    const attributes = new Map<string, string>();
    let scope = scopes[scopes.length - 1];
    let count = 0;
    for (const name of Object.keys(tag.attributes)) {
      if (++count > limits.maxXmlAttributes) throw new XmlError(`an element <${tag.name}> has more than ${limits.maxXmlAttributes} attributes (${where()})`);
      const value = tag.attributes[name];
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        if (scope === scopes[scopes.length - 1]) scope = new Map(scope);
        scope.set(name === 'xmlns' ? '' : name.slice(6), value);
      } else if (!name.includes(':')) {
        attributes.set(name, value);
      }
    }
    scopes.push(scope);
    const colon = tag.name.indexOf(':');
    const prefix = colon === -1 ? '' : tag.name.slice(0, colon);
    const uri = scope.get(prefix);
    if (uri === undefined && prefix !== '') throw new XmlError(`it is not well-formed XML (${where()}: the prefix “${prefix}” is not bound to a namespace)`);
    const element: XmlElement = { local: tag.name.slice(colon + 1), uri: uri ?? '', attributes, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
    scopes.pop();
  });
  const addText = (t: string): void => {
    const current = stack[stack.length - 1];
    if (current) current.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof XmlError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    // saxes prefixes its messages with "line:column: ".
    throw new XmlError(`it is not well-formed XML (${message.replace(/^(\d+):(\d+): /, 'line $1, column $2: ')})`);
  }
  if (root === null) throw new XmlError('it has no root element');
  return root;
}

/** The first child named `local`, or undefined. */
export function child(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local);
}

/** The children named `local`. */
export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.local === local);
}
