import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_TEXT, SAMPLE_TITLE } from '../src/shared/sample-document';
import { annotationFileFor } from './fixtures/annotation-file';
import { CHANGED_QDC, nvivoProject } from './fixtures/qdpx-file';
import { BENS_FILE, CLEOS_FILE } from './fixtures/two-coders';
import { expectDialogFits, importAnnotationFile, openDetails, openDocument, panel, reader, selectWithMouse, startAs, textBox } from './helpers';

/**
 * axe-core on every view, in the light and the dark theme: library, reader with overlapping
 * highlights, the panel with an item open, the codebook and every other dialog, and the menus.
 * Every view must have zero violations.
 */

async function expectNoViolations(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
  expect(found, `axe violations in ${view}`).toEqual([]);
}

async function closeDialog(page: Page): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

async function fileMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every view passes axe-core in the ${scheme} theme`, async ({ page }) => {
    // About twenty axe-core runs over every view and dialog: close to a minute on a quiet
    // two-core machine, so the test has three.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await startAs(page, 'Ana');

    // Reader with overlapping highlights and the panel with an open item.
    await selectWithMouse(page, 'The ferry agreement has lapsed');
    await page.keyboard.press('1');
    await selectWithMouse(page, 'agreement has lapsed because Veltria');
    await page.keyboard.press('2');
    await selectWithMouse(page, 'Veltria never delivered the safety reports');
    await page.keyboard.press('3');
    await openDetails(panel(page).getByRole('listitem').first());
    await expectNoViolations(page, 'library, reader with overlaps, panel');

    // Menus: the File menu, the context menu, the overlap picker.
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await expect(page.getByRole('menu', { name: 'File' })).toBeVisible();
    await expectNoViolations(page, 'the File menu');
    await page.keyboard.press('Escape');
    await selectWithMouse(page, 'Good afternoon.');
    await page.keyboard.press('Shift+F10');
    await expect(page.getByRole('menu', { name: 'Tag selection' })).toBeVisible();
    await expectNoViolations(page, 'the context menu');
    await page.keyboard.press('Escape');
    const overlap = await textBox(page, 'has lapsed');
    await page.mouse.click(overlap.x1 + 4, overlap.y1);
    await expect(page.getByRole('menu', { name: 'Choose an annotation' })).toBeVisible();
    await expectNoViolations(page, 'the overlap picker');
    await page.keyboard.press('Escape');

    // Dialogs.
    await page.getByRole('button', { name: 'Codebook…' }).click();
    await expect(page.getByRole('dialog', { name: 'Codebook' })).toBeVisible();
    await expectNoViolations(page, 'the codebook');
    await closeDialog(page);
    await page.getByRole('button', { name: 'View', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Reading settings…' }).click();
    await expectNoViolations(page, 'reading settings');
    await closeDialog(page);
    await page.getByRole('button', { name: /^Coder: Ana/ }).click();
    await expectNoViolations(page, 'the coder dialog');
    await closeDialog(page);
    await fileMenu(page, 'Export dataset…');
    await expectNoViolations(page, 'the dataset export');
    await closeDialog(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import documents…' }).click();
    await (await chooser).setFiles([{ name: 'second.txt', mimeType: 'text/plain', buffer: Buffer.from('Question: Is the ferry back?\nMinister: It is not.') }, { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') }]);
    await expect(page.getByRole('dialog', { name: /^Import: / })).toBeVisible();
    await expectNoViolations(page, 'the document import report');
    await closeDialog(page);
    await page.getByRole('button', { name: 'Delete second' }).click();
    await expectNoViolations(page, 'the delete confirmation');
    await closeDialog(page);

    // Annotation import: the report with codebook choices and placements, then the review.
    const edited = SAMPLE_TEXT.replace('Good afternoon.', 'Good afternoon, everyone.');
    const file = annotationFileFor(edited, /ferry|afternoon, everyone/, { coder: 'Ben' });
    const dialog = await importAnnotationFile(page, 'ben.jsonld', file);
    await dialog.getByRole('combobox', { name: 'Document' }).selectOption({ index: 0 });
    await dialog.getByRole('button', { name: 'Place annotations' }).click();
    await expect(dialog.getByRole('region', { name: 'Import report' })).toBeVisible();
    await expectNoViolations(page, 'the annotation import report');
    await dialog.getByRole('button', { name: /^Import \d+ annotations?$/ }).click();
    // The copy differs, so some placements moved or failed: the review stays open.
    await expect(page.getByRole('dialog', { name: /check the placements/ })).toBeVisible();
    await expectNoViolations(page, 'the placement review');
    await closeDialog(page);

    // REFI-QDA: the export dialog, the project import report (with a reading to choose and what
    // cannot come over), and the codebook import with its choices.
    await fileMenu(page, 'Export as REFI-QDA project (.qdpx)…');
    await page.getByRole('radio', { name: 'chosen documents' }).check();
    await expectNoViolations(page, 'the REFI-QDA export');
    await closeDialog(page);
    const project = page.waitForEvent('filechooser');
    await fileMenu(page, 'Import REFI-QDA project or codebook (.qdpx, .qdc)…');
    await (await project).setFiles({ name: 'nvivo.qdpx', mimeType: 'application/zip', buffer: Buffer.from(nvivoProject()) });
    await expect(page.getByRole('dialog', { name: 'Import REFI-QDA project “nvivo.qdpx”' }).getByRole('region', { name: 'Not carried over' })).toBeVisible();
    await expectNoViolations(page, 'the REFI-QDA import report');
    await closeDialog(page);
    const codebook = page.waitForEvent('filechooser');
    await fileMenu(page, 'Import REFI-QDA project or codebook (.qdpx, .qdc)…');
    await (await codebook).setFiles({ name: 'codes.qdc', mimeType: 'application/xml', buffer: Buffer.from(CHANGED_QDC) });
    await expect(page.getByRole('dialog', { name: 'Import REFI-QDA codebook “codes.qdc”' }).getByRole('region', { name: 'Codebook differences' })).toBeVisible();
    await expectNoViolations(page, 'the REFI-QDA codebook import');
    await closeDialog(page);

    // Replacing the workspace asks first.
    const workspaceFile = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Import workspace…' }).click();
    await (await workspaceFile).setFiles({
      name: 'workspace.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'discourse-workbench-workspace', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', documents: [], annotations: [], categories: [] })),
    });
    await expect(page.getByRole('dialog', { name: /^Replace the workspace/ })).toBeVisible();
    await expectNoViolations(page, 'the replace confirmation');
    await closeDialog(page);
    await expect(reader(page)).toBeVisible();

    // Transcripts and close reading (issue 14): the speaker review, the search bar, the code map,
    // and every view over the library, on the sample briefing (tagged above).
    await openDocument(page, SAMPLE_TITLE);
    await page.getByRole('button', { name: 'Speakers and turns…' }).click();
    await expect(page.getByRole('dialog', { name: /^Speakers and turns of/ })).toBeVisible();
    await expectNoViolations(page, 'the speaker review');
    await closeDialog(page);
    await page.getByRole('combobox', { name: 'Speaker' }).selectOption('Question');
    await expect(page.getByRole('group', { name: 'Code map' })).toBeVisible();
    await expectNoViolations(page, 'the reader with a speaker filter and the code map');
    await page.getByRole('combobox', { name: 'Speaker' }).selectOption('');
    await reader(page).click();
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Find in document' }).fill('Veltria');
    await expect(page.getByText(/^\d+ of \d+ matches$/)).toBeVisible();
    await expectNoViolations(page, 'find in the document');
    await page.keyboard.press('Escape');
    const views = page.getByRole('navigation', { name: 'Views' });
    await views.getByRole('button', { name: 'Concordance' }).click();
    await page.getByRole('searchbox', { name: 'Find in the library' }).fill('ferry');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByText(/^\d+ hits? in \d+ documents?/)).toBeVisible();
    await page.getByRole('checkbox', { name: /^Select line 1:/ }).check();
    await expectNoViolations(page, 'the concordance');
    for (const view of ['Coded segments', 'Co-occurrence', 'Sequences', 'Speakers × categories']) {
      await views.getByRole('button', { name: view }).click();
      await expect(page.getByRole('region', { name: view })).toBeVisible();
      const examples = page.getByRole('button', { name: /; show the examples$/ }).first();
      if (view === 'Sequences' && (await examples.count()) > 0) await examples.click();
      await expectNoViolations(page, `the ${view} view`);
    }
    await views.getByRole('button', { name: 'Reader' }).click();
    await expect(reader(page)).toBeVisible();
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the coders' views pass axe-core in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await startAs(page, 'Ana');
    for (const [name, content] of [['ben.jsonld', BENS_FILE], ['cleo.jsonld', CLEOS_FILE]] as const) {
      const dialog = await importAnnotationFile(page, name, content);
      await dialog.getByRole('button', { name: 'Import 4 annotations' }).click();
      await expect(dialog).toBeHidden();
    }
    // The reader with two layers, the Layers control open, and the panel with a read-only item.
    await page.getByRole('button', { name: 'Layers: 2 of 2' }).click();
    await expect(page.getByRole('group', { name: "Coders' layers shown in the reader" })).toBeVisible();
    await openDetails(panel(page).getByRole('listitem').nth(2));
    await panel(page).getByRole('checkbox').first().check();
    await expectNoViolations(page, "two coders' layers, the Layers control, a read-only item, a picked one");
    await page.keyboard.press('Escape');
    // The overlap picker names the coders.
    const overlap = await textBox(page, 'The ferry agreement');
    await page.mouse.click(overlap.x1 + 4, overlap.y1);
    await expect(page.getByRole('menu', { name: 'Choose an annotation' })).toContainText('(Cleo)');
    await expectNoViolations(page, 'the overlap picker with coders');
    await page.keyboard.press('Escape');

    // The comparison view with a place opened: versions and the adjudication form.
    await page.getByRole('button', { name: 'Compare coders' }).click();
    const compare = page.getByRole('region', { name: 'Compare coders' });
    await expect(compare.getByRole('status')).toHaveText('4 places differ, 1 agree.');
    await compare.getByRole('button', { name: /^Versions of / }).first().click();
    await compare.getByRole('group', { name: 'Decision' }).waitFor();
    await compare.getByText('How places are compared').click();
    await expectNoViolations(page, 'the comparison view');

    // The agreement panel with figures on sentences, and on characters.
    await page.getByRole('button', { name: 'View', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Inter-coder agreement…' }).click();
    const agreement = page.getByRole('dialog', { name: 'Inter-coder agreement' });
    await agreement.getByRole('combobox', { name: 'Units' }).selectOption({ label: 'sentences' });
    await agreement.getByRole('button', { name: 'Compute' }).click();
    await expect(agreement.getByRole('table', { name: 'Agreement on units' })).toBeVisible();
    await expectNoViolations(page, 'the agreement panel on sentences');
    await agreement.getByRole('combobox', { name: 'Units' }).selectOption({ label: 'characters (unitizing α, no predefined units)' });
    await agreement.getByRole('button', { name: 'Compute' }).click();
    await expect(agreement.getByRole('table', { name: 'Unitizing alpha' })).toBeVisible();
    await expectNoViolations(page, 'the agreement panel on characters');
    await closeDialog(page);

    // The coder dialog offering the library's other coders.
    await page.getByRole('button', { name: /^Coder: Ana/ }).click();
    await expect(page.getByRole('combobox', { name: 'Existing coder' })).toBeVisible();
    await expectNoViolations(page, 'the coder dialog with existing coders');
    await closeDialog(page);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the Team sync dialog passes axe-core and fits 1024×768 in the ${scheme} theme`, async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.emulateMedia({ colorScheme: scheme });
    await startAs(page, 'Ana');
    await fileMenu(page, 'Team sync…');
    const dialog = page.getByRole('dialog', { name: 'Team sync' });
    await dialog.getByRole('textbox', { name: 'Server URL' }).fill('http://couch.example.org');
    await dialog.getByRole('textbox', { name: 'Database' }).fill('project');
    await dialog.getByRole('textbox', { name: 'User' }).fill('ana');
    await expect(dialog.getByText(/must use https:\/\//).first()).toBeVisible();
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await expect(dialog.getByRole('alert')).toContainText('must use https://');
    await expectDialogFits(page);
    await expectNoViolations(page, 'the Team sync dialog');
    await closeDialog(page);
    await expect(page.getByRole('button', { name: /^Team sync off/ })).toBeVisible();
  });
}
