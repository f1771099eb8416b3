/**
 * Electron accelerators (`CmdOrCtrl+Shift+O`, `F1`, `?`) read, shown and matched against key
 * presses, so the page handles and labels exactly the shortcuts the menu definition declares.
 */

import type { CommandSpec } from './commands';

/** An accelerator taken apart. `mod` is Cmd on macOS and Ctrl elsewhere; `ctrl` and `cmd` are those keys on any system. */
export interface ParsedAccelerator {
  mod: boolean;
  ctrl: boolean;
  cmd: boolean;
  shift: boolean;
  alt: boolean;
  /** The key as `KeyboardEvent.key` names it, lower-case for letters (`o`, `F1`, `+`, `?`). */
  key: string;
}

/** Electron's names for keys whose `KeyboardEvent.key` differs. */
const KEY_NAMES: Record<string, string> = { Plus: '+', Space: ' ', Esc: 'Escape', Return: 'Enter' };

/** Takes an accelerator apart; throws on a modifier it does not know (a typo in the definition). */
export function parseAccelerator(accelerator: string): ParsedAccelerator {
  const parts = accelerator.split('+');
  // "CmdOrCtrl+Plus" has no empty part; "CmdOrCtrl++" would, and is not Electron's syntax.
  const key = parts.pop() ?? '';
  const parsed: ParsedAccelerator = { mod: false, ctrl: false, cmd: false, shift: false, alt: false, key: KEY_NAMES[key] ?? (key.length === 1 ? key.toLowerCase() : key) };
  for (const part of parts) {
    if (part === 'CmdOrCtrl' || part === 'CommandOrControl') parsed.mod = true;
    else if (part === 'Ctrl' || part === 'Control') parsed.ctrl = true;
    else if (part === 'Cmd' || part === 'Command') parsed.cmd = true;
    else if (part === 'Shift') parsed.shift = true;
    else if (part === 'Alt' || part === 'Option') parsed.alt = true;
    else throw new Error(`Unknown modifier “${part}” in the accelerator “${accelerator}”.`);
  }
  if (!parsed.key) throw new Error(`The accelerator “${accelerator}” names no key.`);
  return parsed;
}

/** How an accelerator is written for people: `Ctrl+Shift+O` on Windows and Linux, `⇧⌘O` on macOS. */
export function acceleratorLabel(accelerator: string, mac: boolean): string {
  const a = parseAccelerator(accelerator);
  const key = a.key.length === 1 ? a.key.toUpperCase() : a.key;
  if (mac) return `${a.ctrl ? '⌃' : ''}${a.alt ? '⌥' : ''}${a.shift ? '⇧' : ''}${a.mod || a.cmd ? '⌘' : ''}${key}`;
  return [(a.mod || a.ctrl) && 'Ctrl', a.cmd && 'Meta', a.alt && 'Alt', a.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The parts of a key event the match looks at. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** The physical key (`KeyS`): with Alt, macOS gives `key` as the layout's symbol (⌥S is `ß`). */
  code?: string;
}

/**
 * True when the key press is the accelerator. Letters and named keys need Shift exactly as
 * written; a symbol without Shift in the accelerator (`?`, `+`) matches however the layout
 * reaches it.
 */
export function matchesAccelerator(accelerator: string, event: KeyLike, mac: boolean): boolean {
  const a = parseAccelerator(accelerator);
  const wantCtrl = a.ctrl || (a.mod && !mac);
  const wantMeta = a.cmd || (a.mod && mac);
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta || event.altKey !== a.alt) return false;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const letter = /^[a-z]$/.test(a.key);
  if (key !== a.key && !(a.alt && letter && event.code === `Key${a.key.toUpperCase()}`)) return false;
  const symbol = a.key.length === 1 && a.key.toLowerCase() === a.key.toUpperCase();
  return symbol && !a.shift ? true : event.shiftKey === a.shift;
}

/** The accelerator a command has on this system (macOS may differ), if any. */
export function acceleratorFor(spec: CommandSpec, mac: boolean): string | undefined {
  return (mac && spec.macAccelerator) || spec.accelerator;
}

/** How a command's shortcut is written on this system (`Ctrl+Z`, `⌘Z`), or '' when it has none. */
export function shortcutLabel(spec: CommandSpec, mac: boolean): string {
  const accelerator = acceleratorFor(spec, mac);
  return accelerator ? acceleratorLabel(accelerator, mac) : '';
}
