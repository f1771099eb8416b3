import { describe, expect, it } from 'vitest';
import { acceleratorLabel, matchesAccelerator, parseAccelerator, shortcutLabel, type KeyLike } from './accelerator';
import { COMMANDS } from './commands';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('acceleratorLabel', () => {
  it.each([
    ['CmdOrCtrl+O', 'Ctrl+O', '⌘O'],
    ['CmdOrCtrl+Shift+O', 'Ctrl+Shift+O', '⇧⌘O'],
    ['CmdOrCtrl+Plus', 'Ctrl++', '⌘+'],
    ['F1', 'F1', 'F1'],
    ['?', '?', '?'],
    ['Ctrl+Cmd+F', 'Ctrl+Meta+F', '⌃⌘F'],
  ])('%s → %s / %s', (accelerator, other, mac) => {
    expect(acceleratorLabel(accelerator, false)).toBe(other);
    expect(acceleratorLabel(accelerator, true)).toBe(mac);
  });
});

describe('matchesAccelerator', () => {
  it.each([
    ['CmdOrCtrl+O', key('o', { ctrlKey: true }), false, true],
    ['CmdOrCtrl+O', key('O', { ctrlKey: true, shiftKey: true }), false, false],
    ['CmdOrCtrl+Shift+O', key('O', { ctrlKey: true, shiftKey: true }), false, true],
    ['CmdOrCtrl+O', key('o', { metaKey: true }), true, true],
    ['CmdOrCtrl+O', key('o', { ctrlKey: true }), true, false],
    ['CmdOrCtrl+O', key('o', { ctrlKey: true, altKey: true }), false, false],
    ['CmdOrCtrl+O', key('o'), false, false],
    ['F1', key('F1'), false, true],
    ['F1', key('F1', { shiftKey: true }), false, false],
    ['?', key('?', { shiftKey: true }), false, true],
    ['?', key('?'), false, true],
    ['?', key('?', { ctrlKey: true }), false, false],
    ['CmdOrCtrl+Plus', key('+', { ctrlKey: true, shiftKey: true }), false, true],
    ['Ctrl+Cmd+F', key('f', { ctrlKey: true, metaKey: true }), true, true],
    ['Ctrl+Cmd+F', key('f', { metaKey: true }), true, false],
    ['Alt+S', key('s', { altKey: true, code: 'KeyS' }), false, true],
    // macOS gives ⌥S as ß; the physical key decides.
    ['Alt+S', key('ß', { altKey: true, code: 'KeyS' }), true, true],
    ['Alt+S', key('ß', { altKey: true, code: 'KeyT' }), true, false],
    ['Alt+S', key('s', { code: 'KeyS' }), false, false],
  ])('%s against %j (mac %s) → %s', (accelerator, event, mac, expected) => {
    expect(matchesAccelerator(accelerator, event, mac)).toBe(expected);
  });
});

describe('the definition', () => {
  it('has only accelerators that parse', () => {
    for (const spec of Object.values(COMMANDS)) {
      const all: string[] = [
        ...('accelerator' in spec ? [spec.accelerator] : []),
        ...('macAccelerator' in spec ? [spec.macAccelerator] : []),
        ...('pageKeys' in spec ? spec.pageKeys : []),
      ];
      for (const a of all) expect(() => parseAccelerator(a)).not.toThrow();
    }
  });

  it('never gives two commands the same key', () => {
    const seen = new Map<string, string>();
    for (const [id, spec] of Object.entries(COMMANDS)) {
      const all: string[] = [...('accelerator' in spec ? [spec.accelerator] : []), ...('pageKeys' in spec ? spec.pageKeys : [])];
      for (const a of all) {
        expect(seen.get(a), `${a} is used by ${seen.get(a)} and ${id}`).toBeUndefined();
        seen.set(a, id);
      }
    }
  });

  it('refuses an unknown modifier', () => {
    expect(() => parseAccelerator('Hyper+O')).toThrow('Unknown modifier “Hyper” in the accelerator “Hyper+O”.');
  });
});

describe('shortcutLabel', () => {
  it.each([
    ['undo', false, 'Ctrl+Z'],
    ['undo', true, '⌘Z'],
    ['redo', false, 'Ctrl+Shift+Z'],
    ['redo', true, '⇧⌘Z'],
    ['export-library-annotations', false, ''],
  ] as const)('%s on %s is written %s', (id, mac, expected) => {
    expect(shortcutLabel(COMMANDS[id], mac)).toBe(expected);
  });
});
