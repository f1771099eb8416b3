import { describe, expect, it } from 'vitest';
import type { KeyLike } from '../../../shared/menu/accelerator';
import { commandForKey, keyBelongsToField, typingInField } from './keyboard';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('commandForKey', () => {
  it.each([
    ['Ctrl+O in the twin', key('o', { ctrlKey: true }), false, false, 'import-documents'],
    ['Ctrl+O in the desktop app (its native menu has it)', key('o', { ctrlKey: true }), true, false, null],
    ['⌘O in the twin on a Mac', key('o', { metaKey: true }), false, true, 'import-documents'],
    ['Ctrl+Shift+O', key('O', { ctrlKey: true, shiftKey: true }), false, false, 'import-annotations'],
    ['Ctrl+E', key('e', { ctrlKey: true }), false, false, 'export-annotations'],
    ['Ctrl+Shift+E', key('E', { ctrlKey: true, shiftKey: true }), false, false, 'export-dataset'],
    ['Ctrl+Z', key('z', { ctrlKey: true }), false, false, 'undo'],
    ['Ctrl+Shift+Z', key('Z', { ctrlKey: true, shiftKey: true }), false, false, 'redo'],
    ['Ctrl+Y in the twin', key('y', { ctrlKey: true }), false, false, 'redo'],
    ['Ctrl+Y in the desktop app (a page key)', key('y', { ctrlKey: true }), true, false, 'redo'],
    ['F1 in the twin', key('F1'), false, false, 'keyboard-shortcuts'],
    ['? in the desktop app', key('?', { shiftKey: true }), true, false, 'keyboard-shortcuts'],
    ['Ctrl+F in the twin', key('f', { ctrlKey: true }), false, false, 'find'],
    ['Ctrl+Shift+F in the twin', key('F', { ctrlKey: true, shiftKey: true }), false, false, 'find-in-library'],
    ['Alt+S in the twin', key('s', { altKey: true, code: 'KeyS' }), false, false, 'select-sentence'],
    ['⌥T in the twin on a Mac (the key is †)', key('†', { altKey: true, code: 'KeyT' }), false, true, 'select-turn'],
    ['a plain letter', key('o'), false, false, null],
  ] as const)('%s → %s', (_name, event, desktop, mac, expected) => {
    expect(commandForKey(event, desktop, mac)).toBe(expected);
  });
});

describe('typingInField', () => {
  it.each([
    ['textarea', true],
    ['input', true],
    ['select', true],
    ['button', false],
  ])('%s → %s', (tag, expected) => {
    expect(typingInField(document.createElement(tag))).toBe(expected);
  });

  it.each([
    ['text', true],
    ['search', true],
    ['checkbox', false],
    ['radio', false],
  ])('an input of type %s → %s (Ctrl+Z on a ticked concordance line undoes the tagging)', (type, expected) => {
    const input = document.createElement('input');
    input.type = type;
    expect(typingInField(input)).toBe(expected);
  });

  it.each([
    ['select', false, true],
    ['select', true, false],
    ['input', true, true],
    ['textarea', false, true],
  ])('a key in a %s with Ctrl %s belongs to the field: %s', (tag, ctrlKey, expected) => {
    expect(keyBelongsToField({ target: document.createElement(tag), ctrlKey, metaKey: false })).toBe(expected);
  });

  it('the read-only reader is not a field', () => {
    const reader = document.createElement('div');
    reader.contentEditable = 'true';
    reader.className = 'reader-text';
    document.body.append(reader);
    const memo = document.createElement('div');
    memo.contentEditable = 'true';
    document.body.append(memo);
    // jsdom does not compute isContentEditable; define it as a browser would.
    Object.defineProperty(reader, 'isContentEditable', { value: true });
    Object.defineProperty(memo, 'isContentEditable', { value: true });
    expect(typingInField(reader)).toBe(false);
    expect(typingInField(memo)).toBe(true);
    reader.remove();
    memo.remove();
  });
});
