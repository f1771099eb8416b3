/**
 * The visible text of an HTML document, close to what a browser's `innerText` gives.
 *
 * Only text nodes are ever kept, so scripts, event-handler attributes and `javascript:` links
 * cannot matter: attributes are never looked at except `hidden` and an inline
 * `display:none`. The HTML is tokenised with htmlparser2 (pure JS) and never handed to a DOM.
 */
import { Parser } from 'htmlparser2';

/** Elements whose content is never shown as text. `title` is the window title, not the page. */
const HIDDEN_ELEMENTS = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'iframe', 'object', 'embed', 'svg', 'math',
  'canvas', 'audio', 'video', 'map', 'datalist',
]);

/** Elements that stand on lines of their own. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'footer', 'form', 'header', 'hgroup', 'html', 'legend', 'li', 'main', 'menu',
  'nav', 'ol', 'section', 'summary', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'option',
]);

/** Elements set apart by a blank line: they are paragraphs of the text. */
const PARAGRAPH_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'figure', 'hr', 'table']);

/** Elements allowed inside `head`; any other start tag ends an unclosed head, as in a browser. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'noscript', 'base', 'template']);

/** Elements whose whitespace is kept as written. */
const PREFORMATTED = new Set(['pre', 'textarea', 'listing', 'plaintext']);

interface OpenElement {
  name: string;
  hidden: boolean;
  pre: boolean;
}

/** Collects text and the breaks between blocks, collapsing whitespace as CSS `normal` does. */
class TextSink {
  private readonly parts: string[] = [];
  private pendingBreaks = 0;
  private pendingTabs = 0;
  private pendingSpace = false;
  private atLineStart = true;

  /** Asks for at least `lines` line breaks before the next text (2 leaves a blank line). */
  requestBreak(lines: number): void {
    this.pendingBreaks = Math.max(this.pendingBreaks, lines);
    this.pendingSpace = false;
  }

  /** Asks for a tab before the next text (between table cells). */
  requestTab(): void {
    this.pendingTabs++;
  }

  /** A `<br>`: a line break that is always written. */
  lineBreak(): void {
    this.flushBreaks();
    this.parts.push('\n');
    this.atLineStart = true;
    this.pendingSpace = false;
    this.pendingTabs = 0;
  }

  /** Text of normal flow: runs of ASCII whitespace become one space, none at line edges. */
  flowText(data: string): void {
    const collapsed = data.replace(/[ \t\n\r\f]+/g, ' ');
    if (collapsed === ' ' || collapsed === '') {
      if (collapsed === ' ' && !this.atLineStart) this.pendingSpace = true;
      return;
    }
    const leading = collapsed.startsWith(' ');
    const trailing = collapsed.endsWith(' ');
    if (leading && !this.atLineStart) this.pendingSpace = true;
    this.write(collapsed.slice(leading ? 1 : 0, trailing ? -1 : undefined));
    this.pendingSpace = trailing;
  }

  /** Preformatted text: written as it is. */
  rawText(data: string): void {
    if (data === '') return;
    this.write(data);
    this.atLineStart = data.endsWith('\n');
  }

  /** The collected text, with at most one blank line in a row and no blank edges. */
  toString(): string {
    return this.parts
      .join('')
      .replace(/ +\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+|[ \t\n]+$/g, '');
  }

  private write(text: string): void {
    if (this.pendingBreaks > 0) {
      this.flushBreaks();
    } else if (this.pendingTabs > 0) {
      this.parts.push('\t'.repeat(this.pendingTabs));
    } else if (this.pendingSpace) {
      this.parts.push(' ');
    }
    this.pendingTabs = 0;
    this.pendingSpace = false;
    this.parts.push(text);
    this.atLineStart = false;
  }

  private flushBreaks(): void {
    if (this.pendingBreaks > 0 && this.parts.length > 0) this.parts.push('\n'.repeat(this.pendingBreaks));
    this.pendingBreaks = 0;
    this.atLineStart = true;
  }
}

/** Thrown when elements nest deeper than the caller's limit (a hostile or broken page). */
export class HtmlDepthError extends Error {}

/** True for an element a page hides with the `hidden` attribute or an inline `display: none`. */
function hiddenByAttributes(attribs: Record<string, string>): boolean {
  if (Object.hasOwn(attribs, 'hidden')) return true;
  const style = attribs.style;
  return style !== undefined && /(?:^|;)\s*display\s*:\s*none\b/i.test(style);
}

/**
 * Returns the visible text of an HTML document or fragment: hidden elements dropped, entities
 * decoded, whitespace collapsed outside `pre`, block elements on their own lines, paragraphs,
 * headings, tables and quotations separated by one blank line, table cells by tabs, `br` as a
 * line break. Non-breaking spaces are kept as U+00A0. Throws HtmlDepthError when more than
 * `maxDepth` elements are open at once: every end tag looks through the open elements, so
 * unbounded nesting would cost quadratic time.
 */
export function htmlToText(html: string, maxDepth = Number.POSITIVE_INFINITY): string {
  const sink = new TextSink();
  const stack: OpenElement[] = [];
  let hiddenDepth = 0;
  let preDepth = 0;
  let firstInPre = false;
  const rowCells: number[] = [];

  const pop = (): void => {
    const element = stack.pop();
    if (!element) return;
    if (element.hidden) hiddenDepth--;
    if (element.pre) preDepth--;
    onClose(element.name);
  };

  // An unclosed `<head>` ends at the first thing that cannot be in it, as a browser decides.
  const leaveHead = (): void => {
    if (stack.length > 0 && stack[stack.length - 1].name === 'head') pop();
  };

  const onClose = (name: string): void => {
    if (hiddenDepth > 0) return;
    if (name === 'tr') rowCells.pop();
    if (PARAGRAPH_ELEMENTS.has(name)) sink.requestBreak(2);
    else if (BLOCK_ELEMENTS.has(name)) sink.requestBreak(1);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'body' || !HEAD_CONTENT.has(name)) leaveHead();
        const hidden = HIDDEN_ELEMENTS.has(name) || hiddenByAttributes(attribs);
        const pre = PREFORMATTED.has(name);
        if (hiddenDepth === 0 && !hidden) {
          if (name === 'br') sink.lineBreak();
          else if (PARAGRAPH_ELEMENTS.has(name)) sink.requestBreak(2);
          else if (BLOCK_ELEMENTS.has(name)) sink.requestBreak(1);
          if (name === 'tr') rowCells.push(0);
          if (name === 'td' || name === 'th') {
            const row = rowCells.length - 1;
            if (row >= 0 && rowCells[row]++ > 0) sink.requestTab();
          }
          if (pre) firstInPre = true;
        }
        stack.push({ name, hidden, pre });
        if (stack.length > maxDepth) throw new HtmlDepthError(`elements nest deeper than ${maxDepth} levels`);
        if (hidden) hiddenDepth++;
        if (pre) preDepth++;
      },
      onclosetag(name) {
        // htmlparser2 closes implied elements itself; a stray end tag matches nothing here.
        if (!stack.some((element) => element.name === name)) return;
        while (stack.length > 0) {
          const top = stack[stack.length - 1].name;
          pop();
          if (top === name) return;
        }
      },
      ontext(data) {
        if (/[^ \t\n\r\f]/.test(data)) leaveHead();
        if (hiddenDepth > 0) return;
        if (preDepth > 0) {
          // As in browsers, a newline right after `<pre>` is not part of the content.
          sink.rawText(firstInPre ? data.replace(/^\r?\n/, '') : data);
          firstInPre = false;
        } else {
          sink.flowText(data);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return sink.toString();
}
