/** Reads the text selectors and source out of a W3C-style `target` (also Hypothesis's). */
import { ANNOTATION_LIMITS, MAX_CONTEXT_CODE_POINTS } from '../limits';
import { hashFromNiUri } from '../text/hash';
import { prefixBefore, suffixAfter } from '../text/offsets';
import type { ImportedAnnotation } from './import-types';
import { PropertyError, firstString, hasType, inside, isObj, offset, optionalString } from './json-read';

/** The part of an imported annotation that its target supplies. */
export type TargetInfo = Pick<ImportedAnnotation, 'source' | 'quote' | 'position' | 'contextCut'>;

// The readers below throw PropertyErrors naming properties relative to the object they read;
// `readTarget` puts the path in front (see `inside`), only when something is wrong.

/**
 * A quote selector. The quote may be at most `ANNOTATION_LIMITS.maxQuoteChars` long; prefix and
 * suffix are cut to the `MAX_CONTEXT_CODE_POINTS` next to the quote (what the workbench writes
 * itself), so a file cannot make comparing contexts expensive.
 */
function readQuote(sel: Record<string, unknown>): NonNullable<TargetInfo['quote']> & { cut: boolean } {
  if (typeof sel.exact !== 'string' || sel.exact === '') throw new PropertyError('exact', 'must be a non-empty string');
  if (sel.exact.length > ANNOTATION_LIMITS.maxQuoteChars) {
    throw new PropertyError('exact', `is ${sel.exact.length.toLocaleString('en')} characters long; the limit is ${ANNOTATION_LIMITS.maxQuoteChars.toLocaleString('en')}`);
  }
  const prefix = optionalString(sel.prefix, 'prefix');
  const suffix = optionalString(sel.suffix, 'suffix');
  const keptPrefix = prefixBefore(prefix, prefix.length, MAX_CONTEXT_CODE_POINTS);
  const keptSuffix = suffixAfter(suffix, 0, MAX_CONTEXT_CODE_POINTS);
  return { exact: sel.exact, prefix: keptPrefix, suffix: keptSuffix, cut: keptPrefix.length < prefix.length || keptSuffix.length < suffix.length };
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
function readSelectors(item: Record<string, unknown>): Pick<TargetInfo, 'quote' | 'position' | 'contextCut'> | null {
  let quote: TargetInfo['quote'] = null;
  let position: TargetInfo['position'] = null;
  let cut = false;
  const selectors = item.selector;
  const list = Array.isArray(selectors);
  const count = list ? selectors.length : selectors === undefined || selectors === null ? 0 : 1;
  for (let s = 0; s < count; s++) {
    const sel: unknown = list ? selectors[s] : selectors;
    if (!isObj(sel)) continue;
    try {
      if (hasType(sel.type, 'TextQuoteSelector') && !quote) {
        const read = readQuote(sel);
        quote = { exact: read.exact, prefix: read.prefix, suffix: read.suffix };
        cut = read.cut;
      }
      else if (hasType(sel.type, 'TextPositionSelector') && !position) position = readPosition(sel);
    } catch (error) {
      throw inside(error, list ? `selector[${s}]` : 'selector');
    }
  }
  // An empty span says nothing about where the quote is, unless a quote comes with it.
  if (position && position.start === position.end && !quote) {
    throw new PropertyError('selector', 'has only an empty TextPositionSelector (start = end)');
  }
  if (!quote && !position) return null;
  return cut ? { quote, position, contextCut: true } : { quote, position };
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
      if (selectors) return { source, ...selectors };
    } catch (error) {
      throw inside(error, list ? `${path}[${t}]` : path);
    }
  }
  throw new PropertyError(path, 'has no TextQuoteSelector or TextPositionSelector, so it cannot be placed on a text');
}
