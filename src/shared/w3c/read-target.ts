/** Reads the text selectors and source out of a W3C-style `target` (also Hypothesis's). */
import { hashFromNiUri } from '../text/hash';
import type { ImportedAnnotation } from './import-types';
import { PropertyError, firstString, hasType, isObj, many, offset, optionalString } from './json-read';

/** The part of an imported annotation that its target supplies. */
export type TargetInfo = Pick<ImportedAnnotation, 'source' | 'quote' | 'position'>;

function readQuote(sel: Record<string, unknown>, where: string): TargetInfo['quote'] {
  if (typeof sel.exact !== 'string' || sel.exact === '')
    throw new PropertyError(`${where}.exact`, 'must be a non-empty string');
  return {
    exact: sel.exact,
    prefix: optionalString(sel.prefix, `${where}.prefix`),
    suffix: optionalString(sel.suffix, `${where}.suffix`),
  };
}

function readPosition(sel: Record<string, unknown>, where: string): TargetInfo['position'] {
  const start = offset(sel.start, `${where}.start`);
  const end = offset(sel.end, `${where}.end`);
  if (start > end) throw new PropertyError(`${where}.end`, `is before start (${start} > ${end})`);
  return { start, end };
}

function readSource(source: unknown, where: string): TargetInfo['source'] {
  let iri: string | null = null;
  let title: string | null = null;
  if (typeof source === 'string') iri = source;
  else if (isObj(source)) {
    iri = typeof source.id === 'string' ? source.id : null;
    title = firstString(source.label) ?? firstString(source.title) ?? firstString(source['dcterms:title']) ?? firstString(source['dc:title']);
  } else if (source !== undefined) throw new PropertyError(`${where}.source`, 'must be an IRI or an object');
  return { iri, title, hash: iri === null ? null : hashFromNiUri(iri) };
}

/**
 * The first target (of one or many) that carries a usable TextQuoteSelector or
 * TextPositionSelector. Malformed text selectors throw a PropertyError naming the property;
 * selectors of other types are ignored. `path` is the property name used in messages.
 */
export function readTarget(target: unknown, path = 'target'): TargetInfo {
  const targets = many(target);
  if (targets.length === 0) throw new PropertyError(path, 'is missing');
  for (let t = 0; t < targets.length; t++) {
    const item = targets[t];
    const where = Array.isArray(target) ? `${path}[${t}]` : path;
    if (typeof item === 'string') continue; // a bare IRI names a whole resource: no selectors
    if (!isObj(item)) throw new PropertyError(where, 'must be an object or an IRI');
    const source = readSource(item.source, where);
    let quote: TargetInfo['quote'] = null;
    let position: TargetInfo['position'] = null;
    const selectors = many(item.selector);
    for (let s = 0; s < selectors.length; s++) {
      const sel = selectors[s];
      const at = Array.isArray(item.selector) ? `${where}.selector[${s}]` : `${where}.selector`;
      if (!isObj(sel)) continue;
      if (hasType(sel.type, 'TextQuoteSelector') && !quote) quote = readQuote(sel, at);
      else if (hasType(sel.type, 'TextPositionSelector') && !position) position = readPosition(sel, at);
    }
    // An empty span says nothing about where the quote is, unless a quote comes with it.
    if (position && position.start === position.end && !quote) {
      throw new PropertyError(`${where}.selector`, 'has only an empty TextPositionSelector (start = end)');
    }
    if (quote || position) return { source, quote, position };
  }
  throw new PropertyError(path, 'has no TextQuoteSelector or TextPositionSelector, so it cannot be placed on a text');
}
