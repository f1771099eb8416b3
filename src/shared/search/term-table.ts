/**
 * The index's dictionary: terms (folded words) and their ids, in an open-addressing hash
 * table keyed by the term's UTF-16 units. The tokenizer hands it each word as units in a
 * buffer, so that a word already known costs a hash and a comparison, never a new string;
 * only a new term becomes a string. With millions of tokens per library this is most of the
 * difference between indexing at a fraction of import time and doubling it.
 */

import { FNV1A_START, fnv1a32, fnv1aStep } from '../text/hash';

/** The hash of nothing: where a term's hash starts (FNV-1a, `text/hash.ts`). */
export const HASH_START = FNV1A_START;

/** The next hash after `unit` (one FNV-1a step). */
export const hashUnit = fnv1aStep;

/** The hash of a whole string, as the tokenizer computes it unit by unit (signed). */
export function hashString(s: string): number {
  return fnv1a32(s) | 0;
}

/** Terms and their ids (0, 1, 2, … in order of first appearance). */
export class TermTable {
  /** The terms; a term's id is its index. */
  readonly terms: string[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes = new Int32Array(1 << 10);
  private offsets = new Int32Array(1 << 10);
  private lengths = new Int32Array(1 << 10);
  private pool = new Uint16Array(1 << 14);
  private used = 0;

  /** Number of terms. */
  get size(): number {
    return this.terms.length;
  }

  /** The id of the term in `units[0, length)` with hash `hash`, added when new. */
  intern(units: Uint16Array, length: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot];
      if (id === -1) {
        const added = this.add(units, length, hash);
        this.slots[slot] = added;
        if (this.terms.length * 2 > this.slots.length) this.rehash();
        return added;
      }
      if (this.hashes[id] === hash && this.lengths[id] === length && this.same(id, units, length)) return id;
    }
  }

  /** The id of `term`, or undefined. */
  find(term: string): number | undefined {
    const hash = hashString(term);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot];
      if (id === -1) return undefined;
      if (this.hashes[id] === hash && this.terms[id] === term) return id;
    }
  }

  /** Adds `term` (known to be new, e.g. when restoring a stored index); returns its id. */
  addString(term: string): number {
    const units = new Uint16Array(term.length);
    for (let i = 0; i < term.length; i++) units[i] = term.charCodeAt(i);
    return this.intern(units, units.length, hashString(term));
  }

  private same(id: number, units: Uint16Array, length: number): boolean {
    const at = this.offsets[id];
    for (let i = 0; i < length; i++) if (this.pool[at + i] !== units[i]) return false;
    return true;
  }

  private add(units: Uint16Array, length: number, hash: number): number {
    const id = this.terms.length;
    if (id >= this.hashes.length) {
      this.hashes = grown(this.hashes, id * 2);
      this.offsets = grown(this.offsets, id * 2);
      this.lengths = grown(this.lengths, id * 2);
    }
    if (this.used + length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.used + length));
      pool.set(this.pool.subarray(0, this.used));
      this.pool = pool;
    }
    this.pool.set(units.subarray(0, length), this.used);
    this.hashes[id] = hash;
    this.offsets[id] = this.used;
    this.lengths[id] = length;
    this.used += length;
    this.terms.push(String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]));
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.terms.length; id++) {
      let slot = this.hashes[id] & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
