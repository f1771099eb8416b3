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

type Box = { x1: number; y1: number; x2: number; y2: number };

/**
 * Screen coordinates of the start and end of the first occurrence of `text` in the reader,
 * scrolled into view first and measured once the layout has settled (the same box two frames
 * apart: the reading head and the code map can still be growing just after a document opens or
 * a tag lands, and a click measured before that lands on another line).
 */
export async function textBox(page: Page, text: string): Promise<Box> {
  let box = await measureText(page, text);
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const again = await measureText(page, text);
    if (Math.abs(again.x1 - box.x1) < 1 && Math.abs(again.y1 - box.y1) < 1 && Math.abs(again.x2 - box.x2) < 1 && Math.abs(again.y2 - box.y2) < 1) return again;
    box = again;
  }
  return box;
}

function measureText(page: Page, text: string): Promise<Box> {
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
      // Out of sight, a person scrolls the reader (only the reader scrolls) until it is in view.
      const scroller = root.closest<HTMLElement>('.reader');
      const view = scroller?.getBoundingClientRect();
      const whole = range.getBoundingClientRect();
      if (scroller && view && (whole.top < view.top || whole.bottom > view.bottom)) scroller.scrollTop += whole.top - view.top - view.height / 3;
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

/**
 * Clicks `dx` pixels right of where `text` starts in the reader, and checks, as a person looking
 * at the caret would, that it landed in the paragraph holding `text`; if the text moved under the
 * pointer, it measures and clicks again.
 */
export async function clickInText(page: Page, text: string, dx: number): Promise<void> {
  for (let tries = 0; tries < 3; tries++) {
    const box = await textBox(page, text);
    await page.mouse.click(box.x1 + dx, box.y1);
    const landed = await page.evaluate((needle) => {
      const node = getSelection()?.focusNode;
      const paragraph = node instanceof Element ? node.closest('p') : node?.parentElement?.closest('p');
      return Boolean(paragraph?.textContent?.includes(needle));
    }, text);
    if (landed) return;
  }
  throw new Error(`clicking at “${text}” did not put the caret there`);
}

/** Puts the caret before `text` with a click, then selects `length` characters with Shift+→. */
export async function selectWithKeyboard(page: Page, text: string, length = text.length): Promise<void> {
  await clickInText(page, text, -1);
  for (let i = 0; i < length; i++) await page.keyboard.press('Shift+ArrowRight');
}

/** The annotations panel list. */
export function panel(page: Page) {
  return page.getByRole('list', { name: 'Annotations in reading order' });
}

/**
 * Double-clicks `word` (its first occurrence after `after`, if given) in the reader, like a person
 * would. The word is scrolled to the middle first and measured once the layout has settled
 * (sections coming near the screen are laid out in the frames after a scroll and can move it).
 */
export async function doubleClickWord(page: Page, reader: Locator, word: string, after = ''): Promise<void> {
  // A person looks whether the word got selected and, when the text moved under the pointer
  // (a jump to a new tag still scrolling), double-clicks it again.
  for (let tries = 0; tries < 3; tries++) {
    await doubleClickOnce(page, reader, word, after);
    try {
      await page.getByText(`Selected: “${word}`).first().waitFor({ timeout: 1500 });
      return;
    } catch {
      // measured again below
    }
  }
  throw new Error(`double-clicking “${word}” did not select it`);
}

async function doubleClickOnce(page: Page, reader: Locator, word: string, after: string): Promise<void> {
  let point: { x: number; y: number } | null = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    const found = await reader.evaluate(
      async (root, [w, a, scroll]) => {
        const locate = () => {
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
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + w.length);
            return { node, range };
          }
          return null;
        };
        const hit = locate();
        if (!hit) return null;
        if (scroll) (hit.node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const rect = locate()!.range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      },
      [word, after, attempt === 0] as const,
    );
    if (!found) throw new Error(`“${word}” is not in the reader`);
    const settled = point !== null && Math.abs(point.x - found.x) < 1 && Math.abs(point.y - found.y) < 1;
    point = found;
    if (settled) break;
  }
  await page.mouse.dblclick(point!.x, point!.y);
}

/** Imports files through the library's button and closes the import report. */
export async function importFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import documents…' }).click();
  await (await chooser).setFiles(files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) })));
  const report = page.getByRole('dialog', { name: /^Import: / });
  await report.getByRole('button', { name: 'Close' }).click();
}

/** Opens a document from the library by its title. */
export async function openDocument(page: Page, title: string): Promise<void> {
  await page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: title, exact: true }).click();
  await expect(page.getByRole('textbox', { name: `Reader: ${title}`, exact: true })).toBeVisible();
}

/**
 * Checks that the workbench fits its window: the page does not scroll sideways, no element is
 * scrolled sideways, and the library, the reader (with its title and toolbar) and the
 * annotation panel are each inside the viewport. With `reader: false` the view shown instead of
 * the reader (concordance, coded segments…) is checked, with its title; `panel: false` leaves
 * out the annotation panel (it belongs to the reader).
 */
export async function expectFitsWindow(page: Page, expected: { reader?: boolean; panel?: boolean } = {}): Promise<void> {
  const withReader = expected.reader ?? true;
  const withPanel = expected.panel ?? withReader;
  const layout = await page.evaluate(([withReader, withPanel]) => {
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const scroller = document.scrollingElement!;
    return {
      width: innerWidth,
      height: innerHeight,
      pageScrollsSideways: scroller.scrollWidth > scroller.clientWidth,
      scrolledSideways: [...document.querySelectorAll('*')].filter((e) => e.scrollLeft !== 0).map((e) => e.tagName.toLowerCase() + (e.className ? `.${String(e.className).split(' ')[0]}` : '')),
      regions: {
        library: box(document.querySelector('nav[aria-label="Library"]')),
        ...(withReader
          ? {
              title: box(document.querySelector('main h1')),
              toolbar: box(document.querySelector('[role="toolbar"][aria-label="Tagging"]')),
              reader: box(document.querySelector('[role="textbox"][aria-label^="Reader: "]')?.parentElement ?? null),
            }
          : {
              title: box([...document.querySelectorAll('main h1')].find((h) => h.checkVisibility()) ?? null),
              view: box([...document.querySelectorAll('main section[aria-label]')].find((s) => s.checkVisibility()) ?? null),
            }),
        ...(withPanel ? { panel: box(document.querySelector('section[aria-label="Annotations"]')) } : {}),
      },
    };
  }, [withReader, withPanel] as const);
  expect(layout.pageScrollsSideways, 'the page scrolls sideways').toBe(false);
  expect(layout.scrolledSideways, 'elements scrolled sideways').toEqual([]);
  for (const [name, r] of Object.entries(layout.regions)) {
    expect(r, `${name} is shown`).not.toBeNull();
    const inside = r!.left >= 0 && r!.right <= layout.width + 0.5 && r!.top >= 0 && r!.bottom <= layout.height + 0.5;
    expect(inside, `${name} ${JSON.stringify(r)} inside ${layout.width}×${layout.height}`).toBe(true);
  }
}

/** Opens an annotation's details in the panel (memo, category, actions), as a person clicks "▾". */
export async function openDetails(item: Locator): Promise<void> {
  const toggle = item.getByRole('button', { name: /^Details of / });
  // The focused item is open by itself; when the focus is just moving elsewhere, look again.
  await expect(async () => {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
  }).toPass();
}

/** Imports an annotation file through File → Import annotations… and returns its dialog. */
export async function importAnnotationFile(page: Page, name: string, content: string): Promise<Locator> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Import annotations…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/ld+json', buffer: Buffer.from(content, 'utf8') });
  return page.getByRole('dialog', { name: `Import annotations from “${name}”` });
}

/**
 * Checks that the open dialog fits the window: it lies inside the viewport, and neither the page
 * nor the dialog has content wider than itself (it may scroll down, never sideways).
 */
export async function expectDialogFits(page: Page): Promise<void> {
  const fit = await page.evaluate(() => {
    const dialog = document.querySelector('dialog[open]');
    if (!dialog) return null;
    const r = dialog.getBoundingClientRect();
    const scroller = document.scrollingElement!;
    return {
      box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
      width: innerWidth,
      height: innerHeight,
      dialogSideways: dialog.scrollWidth > dialog.clientWidth,
      pageSideways: scroller.scrollWidth > scroller.clientWidth,
    };
  });
  expect(fit, 'a dialog is open').not.toBeNull();
  const { box, width, height } = fit!;
  expect(box.left >= 0 && box.top >= 0 && box.right <= width + 0.5 && box.bottom <= height + 0.5, `dialog ${JSON.stringify(box)} inside ${width}×${height}`).toBe(true);
  expect(fit!.dialogSideways, 'the dialog scrolls sideways').toBe(false);
  expect(fit!.pageSideways, 'the page scrolls sideways').toBe(false);
}
