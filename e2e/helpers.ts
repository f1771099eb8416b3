import { expect, type Locator, type Page } from '@playwright/test';

/** Fresh profile: answers the first-run coder question. */
export async function startAs(page: Page, coder: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Coder name', exact: true }).fill(coder);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('button', { name: `Coder: ${coder}. Change coder name` })).toBeVisible();
}

/** The reader of the open document. */
export function reader(page: Page) {
  return page.getByRole('textbox', { name: /^Reader: / });
}

/** Screen coordinates of the start and end of the first occurrence of `text` in the reader. */
export async function textBox(page: Page, text: string): Promise<{ x1: number; y1: number; x2: number; y2: number }> {
  return page.evaluate((needle) => {
    const root = document.querySelector('[role="textbox"][aria-label^="Reader: "]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    // Join text nodes of each paragraph, so that highlights splitting a line do not matter.
    for (const p of root.querySelectorAll('p')) {
      const nodes: Text[] = [];
      walker.currentNode = p;
      for (let n = walker.nextNode(); n && p.contains(n); n = walker.nextNode()) nodes.push(n as Text);
      const joined = nodes.map((n) => n.data).join('');
      const at = joined.indexOf(needle);
      if (at === -1) continue;
      const locate = (offset: number, end: boolean) => {
        let rest = offset;
        for (const n of nodes) {
          if (rest < n.data.length || (end && rest === n.data.length)) return { node: n, offset: rest };
          rest -= n.data.length;
        }
        const last = nodes[nodes.length - 1];
        return { node: last, offset: last.data.length };
      };
      const a = locate(at, false);
      const b = locate(at + needle.length, true);
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      const rects = range.getClientRects();
      const first = rects[0];
      const last = rects[rects.length - 1];
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`“${needle}” is not in the reader`);
  }, text);
}

/** Selects `text` in the reader by dragging the mouse across it. */
export async function selectWithMouse(page: Page, text: string): Promise<void> {
  const box = await textBox(page, text);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 3 });
  await page.mouse.move(box.x2, box.y2, { steps: 3 });
  await page.mouse.up();
  await expect(page.getByText(`Selected: “${text}”`)).toBeVisible();
}

/** Puts the caret before `text` with a click, then selects `length` characters with Shift+→. */
export async function selectWithKeyboard(page: Page, text: string, length = text.length): Promise<void> {
  const box = await textBox(page, text);
  await page.mouse.click(box.x1 - 1, box.y1);
  for (let i = 0; i < length; i++) await page.keyboard.press('Shift+ArrowRight');
}

/** The annotations panel list. */
export function panel(page: Page) {
  return page.getByRole('list', { name: 'Annotations in reading order' });
}

/** Double-clicks `word` (its first occurrence after `after`, if given) in the reader, like a person would. */
export async function doubleClickWord(page: Page, reader: Locator, word: string, after = ''): Promise<void> {
  const point = await reader.evaluate(
    (root, [w, a]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seenAfter = a === '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? '';
        let from = 0;
        if (!seenAfter) {
          const at = value.indexOf(a);
          if (at === -1) continue;
          seenAfter = true;
          from = at + a.length;
        }
        const index = value.indexOf(w, from);
        if (index === -1) continue;
        (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + w.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    [word, after] as const,
  );
  if (!point) throw new Error(`“${word}” is not in the reader`);
  await page.mouse.dblclick(point.x, point.y);
}
