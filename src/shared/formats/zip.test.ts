import { deflateSync, inflateSync, zipSync } from 'fflate';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { rawZip, zeroDeflate } from '../qdpx/test-projects';
import { ZipArchive, ZipError, crc32, unsafeEntryName } from './zip';

const limits = { maxEntries: 10, maxInflatedBytes: 1_000_000 };
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('ZipArchive', () => {
  it('reads stored and deflated entries written by fflate', () => {
    const zip = zipSync({ 'project.qde': [utf8ToBytes('<Project/>'), { level: 0 }], 'Sources/a.txt': utf8ToBytes('Привет 👋🏽 '.repeat(100)) });
    const archive = new ZipArchive(zip, limits);
    expect([...archive.entries.keys()]).toEqual(['project.qde', 'Sources/a.txt']);
    expect(text(archive.read(archive.entries.get('project.qde')!, 100))).toBe('<Project/>');
    expect(text(archive.read(archive.find('sources/A.TXT')!, 10_000))).toBe('Привет 👋🏽 '.repeat(100));
    expect(archive.inflatedBytes).toBeGreaterThan(1000);
  });

  it('inflates the test suite’s zip bombs to exactly their size', () => {
    const zeros = inflateSync(zeroDeflate(1000));
    expect(zeros).toEqual(new Uint8Array(1000));
    expect(deflateSync(zeros).length).toBeGreaterThan(0);
  });

  it('computes CRC-32 as zip does', () => {
    expect(crc32(utf8ToBytes('123456789'))).toBe(0xcbf43926);
  });

  it('reads ZIP64 sizes and offsets', () => {
    const zip = rawZip([{ name: 'a.txt', data: utf8ToBytes('sixty-four'), zip64: true }]);
    const archive = new ZipArchive(zip, limits);
    expect(text(archive.read(archive.entries.get('a.txt')!, 100))).toBe('sixty-four');
  });

  it('stops a zip bomb at its limit, whatever the header says', () => {
    // 12 MB of zeros in about 80 KB; the header claims 10 bytes.
    const bomb = rawZip([{ name: 'project.qde', data: zeroDeflate(12 * 1024 * 1024), method: 8, size: 10, crc: 0 }]);
    const archive = new ZipArchive(bomb, { maxEntries: 10, maxInflatedBytes: 10 * 1024 * 1024 });
    const entry = archive.entries.get('project.qde')!;
    expect(() => archive.read(entry, 1024 * 1024)).toThrow(/larger than 1,048,576 bytes once inflated/);
    // The total over all entries is bounded too.
    expect(() => archive.read(entry, 100 * 1024 * 1024)).toThrow(/past 10,485,760 bytes in total/);
  });

  it('refuses an entry whose header declares more than the limit before inflating', () => {
    const zip = rawZip([{ name: 'big.txt', data: utf8ToBytes('x'), size: 5_000_000 }]);
    const archive = new ZipArchive(zip, limits);
    expect(() => archive.read(archive.entries.get('big.txt')!, 1000)).toThrow(/larger than 1,000 bytes/);
  });

  it.each([
    ['../evil.txt'],
    ['sources/../../evil.txt'],
    ['/etc/passwd'],
    ['C:/Windows/evil.txt'],
    ['sources\\..\\evil.txt'],
    ['a\u0000b'],
  ])('keeps the unsafe name %j out of the index', (name) => {
    expect(unsafeEntryName(name)).toBe(true);
    const archive = new ZipArchive(rawZip([{ name, data: utf8ToBytes('x') }, { name: 'ok.txt', data: utf8ToBytes('y') }]), limits);
    expect([...archive.entries.keys()]).toEqual(['ok.txt']);
    expect(archive.unsafeNames).toEqual([name]);
  });

  it.each([
    ['not a zip', utf8ToBytes('hello, world, this is not a zip archive at all'), /not a zip archive/],
    ['too many entries', rawZip(Array.from({ length: 11 }, (_, i) => ({ name: `${i}.txt`, data: utf8ToBytes('x') }))), /11 entries, more than the 10/],
    ['two entries of one name', rawZip([{ name: 'a.txt', data: utf8ToBytes('x') }, { name: 'a.txt', data: utf8ToBytes('y') }]), /two entries named/],
  ])('refuses %s when opening', (_name, bytes, message) => {
    expect(() => new ZipArchive(bytes, limits)).toThrow(ZipError);
    expect(() => new ZipArchive(bytes, limits)).toThrow(message);
  });

  it.each([
    ['an encrypted entry', { name: 'a', data: utf8ToBytes('x'), flags: 1 }, /encrypted/],
    ['an unknown method', { name: 'a', data: utf8ToBytes('x'), method: 12 }, /compression method 12/],
    ['a wrong checksum', { name: 'a', data: utf8ToBytes('x'), crc: 1 }, /checksum/],
    ['a wrong size', { name: 'a', data: utf8ToBytes('xy'), size: 1 }, /2 bytes where its header says 1/],
    ['damaged deflate data', { name: 'a', data: new Uint8Array([0xff, 0xff, 0xff]), method: 8, size: 3 }, /damaged|cut short/],
  ])('refuses to read %s', (_name, entry, message) => {
    const archive = new ZipArchive(rawZip([entry]), limits);
    expect(() => archive.read(archive.entries.get('a')!, 1000)).toThrow(message);
  });

  it('refuses an archive cut short', () => {
    const zip = zipSync({ 'a.txt': utf8ToBytes('hello '.repeat(1000)) });
    const cut = zip.slice(0, zip.length - 30);
    expect(() => new ZipArchive(cut, limits)).toThrow(ZipError);
  });
});

describe('ZipArchive.find', () => {
  it('matches case-insensitively only when exactly one entry matches', () => {
    const archive = new ZipArchive(rawZip([{ name: 'Sources/A.txt', data: utf8ToBytes('a') }, { name: 'x/b.txt', data: utf8ToBytes('b') }, { name: 'x/B.txt', data: utf8ToBytes('B') }]), limits);
    expect(archive.find('sources/a.txt')?.name).toBe('Sources/A.txt');
    expect(archive.find('x/B.txt')?.name).toBe('x/B.txt');
    expect(archive.find('X/b.TXT')).toBeNull();
    expect(archive.find('missing')).toBeNull();
  });
});
