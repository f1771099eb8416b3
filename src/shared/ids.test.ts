import { describe, expect, it } from 'vitest';
import { derivedAnnotationId } from './ids';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

describe('derivedAnnotationId', () => {
  it('is a version-8 UUID, the same for the same id and text', () => {
    const id = derivedAnnotationId('5b1c7a52-0f3e-4a55-9d7e-1c2b3a4d5e6f', HASH_A);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedAnnotationId('5b1c7a52-0f3e-4a55-9d7e-1c2b3a4d5e6f', HASH_A)).toBe(id);
  });

  it('differs for another text or another original id', () => {
    const id = derivedAnnotationId('x', HASH_A);
    expect(derivedAnnotationId('x', HASH_B)).not.toBe(id);
    expect(derivedAnnotationId('y', HASH_A)).not.toBe(id);
    expect(id).not.toBe('x');
  });
});
