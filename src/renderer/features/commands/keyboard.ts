/**
 * Which command a key press stands for in the page, from the menu definition. In the browser
 * twin the page handles every advertised accelerator (there is no native menu); in the desktop
 * app the native menu owns them and the page handles only the extra page keys (`?`, Ctrl+Y).
 */
import { acceleratorFor, matchesAccelerator, type KeyLike } from '../../../shared/menu/accelerator';
import { commandSpec, isAvailable, RENDERER_COMMANDS, type RendererCommand } from '../../../shared/menu/commands';

/** Inputs that take no typing (a checkbox in a concordance line): shortcuts work there. */
const NOT_TYPED = 'input[type="checkbox"], input[type="radio"], input[type="button"], input[type="submit"], input[type="reset"], input[type="color"], input[type="file"]';

/** True where text is typed (a memo, a title, a search field): its own undo and shortcuts apply. */
export function textEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    ((target.matches('input, textarea') && !target.matches(NOT_TYPED)) || (target.isContentEditable === true && !target.classList.contains('reader-text')))
  );
}

/**
 * True when keys belong to a form field (memos, titles, a select's type-ahead), so app shortcuts
 * without a modifier stay out of the way.
 */
export function typingInField(target: EventTarget | null): boolean {
  return textEntry(target) || (target instanceof HTMLElement && target.matches('select'));
}

/**
 * True when a key press is the field's own: any key in a text field; in a select (type-ahead,
 * arrows), keys without Ctrl or Cmd. Ctrl/Cmd shortcuts (undo, find) work from a select.
 */
export function keyBelongsToField(event: { target: EventTarget | null; ctrlKey: boolean; metaKey: boolean }): boolean {
  return event.ctrlKey || event.metaKey ? textEntry(event.target) : typingInField(event.target);
}

/** The command for a key press, or null. */
export function commandForKey(event: KeyLike, desktop: boolean, mac: boolean): RendererCommand | null {
  for (const id of RENDERER_COMMANDS) {
    if (!isAvailable(id, desktop)) continue;
    const spec = commandSpec(id);
    const accelerator = desktop ? undefined : acceleratorFor(spec, mac);
    if (accelerator && matchesAccelerator(accelerator, event, mac)) return id;
    if (spec.pageKeys?.some((key) => matchesAccelerator(key, event, mac))) return id;
  }
  return null;
}
