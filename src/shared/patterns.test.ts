import { describe, expect, it } from 'vitest';
import { BACKUP_FILE_NAME, baseName, HEX_COLOUR, isAbsoluteIri, UTC_TIME } from './patterns';

describe('patterns', () => {
  it.each([
    ['urn:uuid:1', true],
    ['https://example.org/a?b#c', true],
    ['ni:///sha-256;abc', true],
    ['_:b0', false],
    ['a b:c', false],
    ['https://example.org/a b', false],
    ['https://example.org/<x>', false],
    ['relative/path', false],
    [42, false],
  ])('isAbsoluteIri(%j) is %s', (value, expected) => {
    expect(isAbsoluteIri(value)).toBe(expected);
  });

  it.each([
    ['2024-05-02T09:31:12Z', true],
    ['2024-05-02T09:31:12.345Z', true],
    ['2024-05-02T09:31:12+02:00', false],
    ['2024-05-02 09:31:12Z', false],
  ])('UTC_TIME %s → %s', (text, expected) => {
    expect(UTC_TIME.test(text)).toBe(expected);
  });

  it.each([
    ['#1a2B3c', true],
    ['#123', false],
    ['1a2b3c', false],
  ])('HEX_COLOUR %s → %s', (text, expected) => {
    expect(HEX_COLOUR.test(text)).toBe(expected);
  });

  it.each([
    ['workspace-20260101-120000-000.json', true],
    ['workspace-20260101-120000-000.json.tmp', false],
    ['../workspace-20260101-120000-000.json', false],
  ])('BACKUP_FILE_NAME %s → %s', (name, expected) => {
    expect(BACKUP_FILE_NAME.test(name)).toBe(expected);
  });

  it.each([
    ['/home/ana/briefing.docx', 'briefing.docx'],
    ['C:\\Users\\ana\\notes.txt', 'notes.txt'],
    ['plain.md', 'plain.md'],
    ['folder/', ''],
  ])('baseName(%s) → %s', (path, expected) => {
    expect(baseName(path)).toBe(expected);
  });
});
