/**
 * File-system errors in words a researcher understands, naming the file (after Zettlr's
 * `map-fs-error.ts`). Node's messages (`ENOSPC: no space left on device, write`) stay in logs.
 */
import { win32 } from 'node:path';

/** The `code` of a Node system error, or undefined for anything else. */
export function fsErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Each error code in words, once: a sentence naming the file for the app's messages (`file` is
 * the quoted file name), and a short reason the command line puts after the path it names.
 */
const ERRORS: Record<string, { sentence: (file: string) => string; reason: string }> = {
  ENOSPC: {
    sentence: (file) => `There is not enough space on the disk to save ${file}. Free some space and try again.`,
    reason: 'no space left on the device',
  },
  EDQUOT: {
    sentence: (file) => `Your disk quota is used up, so ${file} could not be saved. Free some space and try again.`,
    reason: 'the disk quota is used up',
  },
  EACCES: {
    sentence: (file) => `The workbench is not allowed to open ${file}. Check the file's permissions, or choose another folder.`,
    reason: 'permission denied',
  },
  EPERM: {
    sentence: (file) => `The system did not permit the operation on ${file}. It may be locked by another program or protected; close other programs or choose another folder.`,
    reason: 'the operation was not permitted (the file may be locked or protected)',
  },
  EROFS: {
    sentence: (file) => `${capitalise(file)} is on a read-only disk or folder, so it cannot be changed. Choose another place.`,
    reason: 'the disk or folder is read-only',
  },
  ENOENT: {
    sentence: (file) => `${capitalise(file)} could not be found. It may have been moved, renamed or deleted.`,
    reason: 'no such file or directory',
  },
  ENOTDIR: {
    sentence: (file) => `A folder in the path of ${file} is not a folder. It may have been moved or replaced.`,
    reason: 'a part of the path is not a directory',
  },
  EISDIR: {
    sentence: (file) => `${capitalise(file)} is a folder, not a file. Choose a file instead.`,
    reason: 'it is a directory',
  },
  EEXIST: {
    sentence: (file) => `${capitalise(file)} already exists.`,
    reason: 'it already exists',
  },
  EMFILE: {
    sentence: (file) => `Too many files are open at once to open ${file}. Close some programs or windows and try again.`,
    reason: 'too many files are open',
  },
  ENFILE: {
    sentence: (file) => `Too many files are open on this computer to open ${file}. Close some programs and try again.`,
    reason: 'too many files are open on this computer',
  },
  EBUSY: {
    sentence: (file) => `${capitalise(file)} is in use by another program. Close it there and try again.`,
    reason: 'it is in use by another program',
  },
  ETXTBSY: {
    sentence: (file) => `${capitalise(file)} is in use by another program. Close it there and try again.`,
    reason: 'it is in use by another program',
  },
  EFBIG: {
    sentence: (file) => `${capitalise(file)} is too large for this disk.`,
    reason: 'the file is too large for this disk',
  },
  ENAMETOOLONG: {
    sentence: (file) => `The name or path of ${file} is too long. Choose a shorter name or a folder closer to the top.`,
    reason: 'the name or path is too long',
  },
  EIO: {
    sentence: (file) => `The disk reported an error while reading or writing ${file}. The disk or the network connection may be failing.`,
    reason: 'the disk reported an input/output error',
  },
  ETIMEDOUT: {
    sentence: (file) => `Reading or writing ${file} took too long. If it is on a network drive, check the connection.`,
    reason: 'the operation timed out',
  },
  ECONNRESET: {
    sentence: (file) => `The connection to the drive holding ${file} was lost. Check the network and try again.`,
    reason: 'the connection to the drive was lost',
  },
  ELOOP: {
    sentence: (file) => `The path of ${file} contains a loop of shortcuts (symbolic links).`,
    reason: 'the path contains a loop of symbolic links',
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A sentence describing a file-system error for the file at `path` (named by its base name in
 * quotes; "the file" when no path is given). Unknown codes and non-system errors get a general
 * sentence that still names the file and carries the code for support.
 */
export function describeFsError(error: unknown, path?: string): string {
  // win32.basename splits on both / and \, so Windows paths read well on any platform.
  const file = path ? `“${win32.basename(path)}”` : 'the file';
  const code = fsErrorCode(error);
  const known = code ? ERRORS[code] : undefined;
  if (known) return known.sentence(file);
  return code
    ? `Something went wrong with ${file} (${code}). Try again, or choose another file or folder.`
    : `Something went wrong with ${file}. Try again, or choose another file or folder.`;
}

/**
 * A short reason for a failed file operation (`no such file or directory`), for messages that
 * name the path themselves (the command line: “Cannot read “a/b.txt”: …”). Errors without a
 * known code give their own message.
 */
export function fsErrorReason(error: unknown): string {
  const code = fsErrorCode(error);
  const known = code ? ERRORS[code] : undefined;
  if (known) return known.reason;
  return error instanceof Error ? error.message : String(error);
}
