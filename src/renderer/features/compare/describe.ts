/** Sentences for the comparison view: how a place differs, and how a version's boundaries are shifted. */
import type { Difference, PlaceVersion } from '../../../shared/compare/compare-layers';
import type { Adjudication } from '../../../shared/model';

const chars = (n: number) => `${n} character${n === 1 ? '' : 's'}`;

/** "starts 3 characters later, ends 1 character earlier", or "same span" (against the reference). */
export function describeShift(v: PlaceVersion): string {
  if (v.annotation === null || v.startShift === null || v.endShift === null) return 'marked nothing here';
  if (v.startShift === 0 && v.endShift === 0) return 'same span';
  const parts: string[] = [];
  if (v.startShift !== 0) parts.push(`starts ${chars(Math.abs(v.startShift))} ${v.startShift > 0 ? 'later' : 'earlier'}`);
  if (v.endShift !== 0) parts.push(`ends ${chars(Math.abs(v.endShift))} ${v.endShift > 0 ? 'later' : 'earlier'}`);
  return parts.join(', ');
}

/** The kinds of a difference in words: "different categories; different boundaries; only Ana marked it". */
export function describeKinds(d: Difference, nameOf: (coderId: string) => string): string[] {
  const out: string[] = [];
  if (d.kinds.includes('category')) out.push('different categories');
  if (d.kinds.includes('boundary')) out.push('different boundaries');
  if (d.kinds.includes('missing')) {
    const marked = d.versions.filter((v) => v.annotation).map((v) => nameOf(v.coderId));
    out.push(`only ${marked.join(' and ')} marked it`);
  }
  return out;
}

/** A decision in words: "accepted Ben's version", "wrote a new version", "unresolved". */
export function describeDecision(j: Adjudication, nameOf: (coderId: string) => string): string {
  if (j.decision === 'accepted') return `accepted ${nameOf(j.acceptedCoderId ?? '')}'s version`;
  return j.decision === 'written' ? 'wrote a new version' : 'unresolved';
}
