/** Reads the text selectors and source out of a W3C-style `target` (also Hypothesis's). */
import { hashFromNiUri } from '../text/hash';
import type { ImportedAnnotation } from './import-types';
import { PropertyError, firstString, hasType, inside, isObj, offset, optionalString } from './json-read';

/** The part of an imported annotation that its target supplies. */
export type TargetInfo = Pick<ImportedAnnotation, 'source' | 'quote' | 'position'>;

// The readers below throw PropertyErrors naming properties relative to the object they read;
// `readTarget` puts the path in front (see `inside`), only when something is wrong.

function readQuote(sel: Record<string, unknown>): TargetInfo['quote'] {
  if (typeof sel.exact !== 'string' || sel.exact === '') throw new PropertyError('exact', 'must be a non-empty string');
  return { exact: sel.exact, prefix: optionalString(sel.prefix, 'prefix'), suffix: optionalString(sel.suffix, 'suffix') };
}

function readPosition(sel: Record<string, unknown>): TargetInfo['position'] {
  const start = offset(sel.start, 'start');
  const end = offset(sel.end, 'end');
  if (start > end) throw new PropertyError('end', `is before start (${start} > ${end})`);
  return { start, end };
}

function readSource(source: unknown): TargetInfo['source'] {
  let iri: string | null = null;
  let title: string | null = null;
  if (typeof source === 'string') iri = source;
  else if (isObj(source)) {
    iri = typeof source.id === 'string' ? source.id : null;
    title = firstString(source.label) ?? firstString(source.title) ?? firstString(source['dcterms:title']) ?? firstString(source['dc:title']);
  } else if (source !== undefined) throw new PropertyError('source', 'must be an IRI or an object');
  return { iri, title, hash: iri === null ? null : hashFromNiUri(iri) };
}

/** The text selectors of one target object; null when it has none. */
function readSelectors(item: Record<string, unknown>): Pick<TargetInfo, 'quote' | 'position'> | null {
  let quote: TargetInfo['quote'] = null;
  let position: TargetInfo['position'] = null;
  const selectors = item.selector;
  const list = Array.isArray(selectors);
  const count = list ? selectors.length : selectors === undefined || selectors === null ? 0 : 1;
  for (let s = 0; s < count; s++) {
    const sel: unknown = list ? selectors[s] : selectors;
    if (!isObj(sel)) continue;
    try {
      if (hasType(sel.type, 'TextQuoteSelector') && !quote) quote = readQuote(sel);
      else if (hasType(sel.type, 'TextPositionSelector') && !position) position = readPosition(sel);
    } catch (error) {
      throw inside(error, list ? `selector[${s}]` : 'selector');
    }
  }
  // An empty span says nothing about where the quote is, unless a quote comes with it.
  if (position && position.start === position.end && !quote) {
    throw new PropertyError('selector', 'has only an empty TextPositionSelector (start = end)');
  }
  return quote || position ? { quote, position } : null;
}

/**
 * The first target (of one or many) that carries a usable TextQuoteSelector or
 * TextPositionSelector. Malformed text selectors throw a PropertyError naming the property;
 * selectors of other types are ignored. `path` is the property name used in messages.
 */
export function readTarget(target: unknown, path = 'target'): TargetInfo {
  const list = Array.isArray(target);
  const count = list ? target.length : target === undefined || target === null ? 0 : 1;
  if (count === 0) throw new PropertyError(path, 'is missing');
  for (let t = 0; t < count; t++) {
    const item: unknown = list ? target[t] : target;
    if (typeof item === 'string') continue; // a bare IRI names a whole resource: no selectors
    try {
      if (!isObj(item)) throw new PropertyError('', 'must be an object or an IRI');
      const source = readSource(item.source);
      const selectors = readSelectors(item);
      if (selectors) return { source, quote: selectors.quote, position: selectors.position };
    } catch (error) {
      throw inside(error, list ? `${path}[${t}]` : path);
    }
  }
  throw new PropertyError(path, 'has no TextQuoteSelector or TextPositionSelector, so it cannot be placed on a text');
}
