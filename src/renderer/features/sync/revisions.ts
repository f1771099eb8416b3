/**
 * A revision that branches off `base` (the revision this library last held), for a record
 * changed here while the server changed it too: written with `new_edits: false`, it makes the
 * two versions a CouchDB conflict instead of one overwriting the other.
 */
export function branchRevision(base: string | null): { _revisions: { start: number; ids: string[] } } {
  const hash = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  if (!base) return { _revisions: { start: 1, ids: [hash] } };
  const dash = base.indexOf('-');
  const n = Number(base.slice(0, dash));
  return { _revisions: { start: n + 1, ids: [hash, base.slice(dash + 1)] } };
}
