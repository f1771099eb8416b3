import type { HighlightSpan } from './segments';
import { fnv1a32 } from '../../shared/text/hash';

/** Shards of the index; a change copies one shard (about 300 spans of 20,000), not all. */
const SHARDS = 64;

function shardOf(id: string): number {
  return fnv1a32(id) % SHARDS;
}

/**
 * Every highlight span by id, persistent: `with` returns a new index and leaves this one as it
 * was, so plugin states stay immutable, yet a tag costs a copy of one shard instead of a copy
 * of a 20,000-entry map (several milliseconds of the 16 ms a tag may take).
 */
export class SpanIndex {
  private constructor(private readonly shards: readonly ReadonlyMap<string, HighlightSpan>[]) {}

  /** An index of the given spans (a later span with the same id wins). */
  static of(spans: Iterable<HighlightSpan>): SpanIndex {
    const shards = Array.from({ length: SHARDS }, () => new Map<string, HighlightSpan>());
    for (const span of spans) shards[shardOf(span.id)].set(span.id, span);
    return new SpanIndex(shards);
  }

  get(id: string): HighlightSpan | undefined {
    return this.shards[shardOf(id)].get(id);
  }

  /** Every span, in no particular order. */
  *values(): IterableIterator<HighlightSpan> {
    for (const shard of this.shards) yield* shard.values();
  }

  /** A new index without the `removed` ids and with the `added` spans (added after removing). */
  with(removed: readonly string[], added: readonly HighlightSpan[]): SpanIndex {
    const shards = this.shards.slice();
    const copied = new Set<number>();
    const writable = (id: string): Map<string, HighlightSpan> => {
      const s = shardOf(id);
      if (!copied.has(s)) {
        copied.add(s);
        shards[s] = new Map(shards[s]);
      }
      return shards[s] as Map<string, HighlightSpan>;
    };
    for (const id of removed) if (this.get(id)) writable(id).delete(id);
    for (const span of added) writable(span.id).set(span.id, span);
    return new SpanIndex(shards);
  }
}
