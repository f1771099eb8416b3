import { describe, expect, it } from 'vitest';
import { describeFsError, fsErrorCode, fsErrorReason } from './fs-errors';

const fsError = (code: string) => Object.assign(new Error(`${code}: raw message, open '/x'`), { code });

describe('describeFsError', () => {
  it.each([
    ['ENOSPC', /not enough space on the disk to save “notes\.txt”/],
    ['EACCES', /not allowed to open “notes\.txt”/],
    ['EPERM', /did not permit the operation on “notes\.txt”/],
    ['EROFS', /^“notes\.txt” is on a read-only disk/],
    ['ENOENT', /^“notes\.txt” could not be found/],
    ['EISDIR', /^“notes\.txt” is a folder, not a file/],
    ['EMFILE', /Too many files are open at once to open “notes\.txt”/],
    ['EBUSY', /^“notes\.txt” is in use by another program/],
    ['ENAMETOOLONG', /name or path of “notes\.txt” is too long/],
    ['EIO', /disk reported an error .* “notes\.txt”/],
    ['EWHATEVER', /^Something went wrong with “notes\.txt” \(EWHATEVER\)/],
  ])('%s', (code, sentence) => {
    const message = describeFsError(fsError(code), '/home/me/corpus/notes.txt');
    expect(message).toMatch(sentence);
    expect(message).not.toContain('/home/me');
    expect(message).not.toContain('raw message');
  });

  it('describes errors without a code and without a path', () => {
    expect(describeFsError(new Error('x'), 'C:\\data\\a.md')).toBe('Something went wrong with “a.md”. Try again, or choose another file or folder.');
    expect(describeFsError(fsError('ENOENT'))).toBe('The file could not be found. It may have been moved, renamed or deleted.');
    expect(describeFsError('a string')).toMatch(/^Something went wrong with the file\./);
  });

  it('reads codes only from objects with a string code', () => {
    expect(fsErrorCode(fsError('EACCES'))).toBe('EACCES');
    expect(fsErrorCode({ code: 42 })).toBeUndefined();
    expect(fsErrorCode(null)).toBeUndefined();
  });
});

describe('fsErrorReason', () => {
  it.each([
    ['ENOENT', 'no such file or directory'],
    ['EISDIR', 'it is a directory'],
    ['EACCES', 'permission denied'],
    ['ENOTDIR', 'a part of the path is not a directory'],
    ['ENOSPC', 'no space left on the device'],
  ])('%s → %s', (code, reason) => {
    expect(fsErrorReason(fsError(code))).toBe(reason);
  });

  it('gives the message of an error it does not know', () => {
    expect(fsErrorReason(new Error('the cable is out'))).toBe('the cable is out');
  });
});
