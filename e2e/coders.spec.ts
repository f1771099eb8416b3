import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalText } from '../src/shared/text/canonical';
import { SAMPLE_TEXT } from '../src/shared/sample-document';
import { expect, test, type Page } from '@playwright/test';
import { BEN, BENS_FILE, CLEO, CLEOS_FILE } from './fixtures/two-coders';
import { importAnnotationFile, openDetails, panel, reader, startAs } from './helpers';

/**
 * Several coders on one text (issue 13): two coders' files imported onto the sample are two
 * layers, drawn distinctly; the comparison lists where they differ; the agreement panel gives
 * alpha and kappa with their basis; a disagreement is adjudicated into the consensus layer,
 * which exports like any layer; another coder's annotation can be adopted, never edited.
 */

const SHOTS = process.env.CODERS_SHOTS;
/** Where CI's conformance check (.ci/shared-checks) finds the export with several coders and a consensus layer. */
const EXPORTS_DIR = join(__dirname, '..', 'test-results', 'exports');

async function importLayer(page: Page, name: string, content: string, count: number): Promise<void> {
  const dialog = await importAnnotationFile(page, name, content);
  await dialog.getByRole('button', { name: `Import ${count} annotations` }).click();
  await expect(dialog).toBeHidden();
}

async function fromMenu(page: Page, menu: string, item: string): Promise<void> {
  await page.getByRole('button', { name: menu, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** True when the element's box lies inside the window. */
async function expectInsideWindow(page: Page, name: string, box: { x: number; y: number; width: number; height: number } | null): Promise<void> {
  const size = page.viewportSize()!;
  expect(box, `${name} is shown`).not.toBeNull();
  expect(box!.x >= 0 && box!.y >= 0 && box!.x + box!.width <= size.width + 0.5 && box!.y + box!.height <= size.height + 0.5, `${name} ${JSON.stringify(box)} inside ${size.width}×${size.height}`).toBe(true);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth > document.scrollingElement!.clientWidth), 'the page scrolls sideways').toBe(false);
}

for (const viewport of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) test(`two coders on the sample at ${viewport.width}×${viewport.height}: layers, comparison, agreement, adjudication, consensus export, adopt not edit`, async ({ page }) => {
  await page.setViewportSize(viewport);
  await startAs(page, 'Ana');
  await importLayer(page, 'ben.jsonld', BENS_FILE, 4);
  await importLayer(page, 'cleo.jsonld', CLEOS_FILE, 4);

  // The reader shows both layers distinctly: identical spans of the two are two bands, each named.
  const text = reader(page);
  await expect(page.getByRole('button', { name: 'Layers: 2 of 2' })).toBeVisible();
  await expect(text.getByTitle('2 annotations: claim (Ben), claim (Cleo)').first()).toHaveText('The ferry agreement has lapsed');
  await expect(text.getByTitle('accusation (Ben)').first()).toBeVisible();
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/reader-layers-${page.viewportSize()!.width}.png` });
    const band = (await text.getByTitle('2 annotations: claim (Ben), claim (Cleo)').first().boundingBox())!;
    await page.screenshot({ path: `${SHOTS}/reader-bands-close-${page.viewportSize()!.width}.png`, clip: { x: band.x - 10, y: band.y - 10, width: 520, height: 120 } });
  }
  await page.getByRole('button', { name: 'Layers: 2 of 2' }).click();
  const layers = page.getByRole('group', { name: "Coders' layers shown in the reader" });
  await expect(layers.getByRole('checkbox', { name: /^Ben/ })).toBeChecked();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/layers-control-${page.viewportSize()!.width}.png` });
  await layers.getByRole('checkbox', { name: /^Cleo/ }).uncheck();
  await expect(text.getByTitle('claim', { exact: true }).first()).toHaveText('The ferry agreement has lapsed');
  await layers.getByRole('checkbox', { name: /^Cleo/ }).check();
  await page.keyboard.press('Escape');

  // The comparison lists the places where they differ.
  await page.getByRole('button', { name: 'Compare coders' }).click();
  const compare = page.getByRole('region', { name: 'Compare coders' });
  await expect(compare.getByRole('status')).toHaveText('4 places differ, 1 agree.');
  await expectInsideWindow(page, 'the comparison view', await compare.boundingBox());
  await expectInsideWindow(page, 'the reader', await text.boundingBox().then((b) => b && { ...b, height: Math.min(b.height, 10) }));
  const places = compare.getByRole('list', { name: 'Places where the coders differ' }).getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Versions of / }) });
  await expect(places).toHaveCount(4);
  const categoryPlace = places.filter({ hasText: 'different categories' });
  await expect(categoryPlace).toContainText('Veltria never delivered the safety reports');
  await expect(places.filter({ hasText: 'different boundaries' })).toContainText('We propose a joint inspection team');
  await expect(places.filter({ hasText: 'only Ben marked it' })).toContainText('we demand that every Veltrian ferry');
  await expect(places.filter({ hasText: 'only Cleo marked it' })).toContainText('they know it');
  // Each jumps to the text and shows the versions side by side.
  await places.filter({ hasText: 'different boundaries' }).getByRole('button', { name: /^“We propose/ }).click();
  await expect(page.getByText('Selected: “We propose a joint inspection team”')).toBeVisible();
  await categoryPlace.getByRole('button', { name: /^Versions of / }).click();
  const versions = categoryPlace.getByRole('list', { name: 'Versions of the coders' }).getByRole('listitem');
  await expect(versions).toHaveText([/Ben.*accusation.*same span/, /Cleo.*claim.*same span/]);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/compare-${page.viewportSize()!.width}.png` });

  // One disagreement adjudicated: Ben's version, with a reason saved as a rule of accusation.
  const form = categoryPlace.getByRole('form', { name: 'Adjudicate this place' });
  await form.getByRole('radio', { name: "Accept Ben's version" }).check();
  await form.getByRole('textbox', { name: 'Reason (optional)' }).fill('A failure to deliver, named as fault: accusation.');
  await form.getByRole('checkbox', { name: /Save the reason as a coding rule/ }).check();
  await form.getByRole('combobox', { name: 'Category of the rule' }).selectOption({ label: 'accusation' });
  await form.getByRole('button', { name: 'Decide' }).click();
  await expect(page.getByRole('status').last()).toContainText("Decided: accept Ben's version; the reason is now a rule of accusation.");
  await expect(categoryPlace).toContainText("accepted Ben's version");
  await expect(page.getByRole('button', { name: 'Layers: 3 of 3' })).toBeVisible();
  await expect(text.getByTitle(/accusation \(Consensus\)/).first()).toBeVisible();

  // The agreement panel: alpha and kappa on sentences, with their basis and the unit rule.
  await fromMenu(page, 'View', 'Inter-coder agreement…');
  const agreement = page.getByRole('dialog', { name: 'Inter-coder agreement' });
  await expectInsideWindow(page, 'the agreement panel', await agreement.boundingBox());
  await agreement.getByRole('combobox', { name: 'Units' }).selectOption({ label: 'sentences' });
  await expect(agreement.getByRole('checkbox', { name: /^Consensus/ })).not.toBeChecked();
  await agreement.getByRole('button', { name: 'Compute' }).click();
  const figures = agreement.getByRole('table', { name: 'Agreement on units' });
  await expect(figures.getByRole('row', { name: /Krippendorff's α \(nominal\)/ })).toContainText(/-?\d\.\d{3}/);
  await expect(figures.getByRole('row', { name: /Cohen's κ/ })).toContainText(/-?\d\.\d{3}/);
  await expect(figures.getByRole('row', { name: /Krippendorff's α/ })).toContainText('1,000 resamples');
  const basis = agreement.getByRole('region', { name: 'Agreement figures' });
  await expect(basis).toContainText(/\d+ sentences used of \d+ in “Sample: Harbour Ministry press briefing”; 2 coders: Ben \(4 annotations\), Cleo \(4 annotations\)/);
  await expect(basis).toContainText('Unit rule: Each unit gets, per coder, the category whose annotations');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/agreement-sentences-${page.viewportSize()!.width}.png`, fullPage: true });
  await agreement.getByRole('combobox', { name: 'Units' }).selectOption({ label: 'characters (unitizing α, no predefined units)' });
  await agreement.getByRole('button', { name: 'Compute' }).click();
  await expect(agreement.getByRole('table', { name: 'Unitizing alpha' }).getByRole('row', { name: /all categories/ })).toContainText(/\d\.\d{3}/);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/agreement-chars-${page.viewportSize()!.width}.png` });
  await agreement.getByRole('button', { name: 'Close' }).click();

  // The consensus layer exports like any layer, and the rule with the codebook.
  const download = page.waitForEvent('download');
  await fromMenu(page, 'File', 'Export annotations of this document…');
  const exportText = readFileSync(await (await download).path(), 'utf8');
  if (viewport.width === 1024) {
    mkdirSync(EXPORTS_DIR, { recursive: true });
    writeFileSync(join(EXPORTS_DIR, 'coders-export.jsonld'), exportText);
    writeFileSync(join(EXPORTS_DIR, 'coders-sample.txt'), canonicalText(SAMPLE_TEXT));
  }
  const exported = JSON.parse(exportText) as {
    first: { items: { creator?: { id: string; type: string; name: string }; body: { value?: string; purpose?: string }[] }[] };
    conformsTo: { 'skos:hasTopConcept': { 'skos:notation': string; 'skos:scopeNote'?: { 'rdf:value': string; 'skos:example': string }[] }[] };
  };
  const creators = exported.first.items.map((i) => i.creator);
  expect(creators).toContainEqual({ id: `urn:uuid:${BEN.id}`, type: 'Person', name: 'Ben' });
  expect(creators).toContainEqual({ id: `urn:uuid:${CLEO.id}`, type: 'Person', name: 'Cleo' });
  const consensus = exported.first.items.filter((i) => i.creator?.type === 'Organization');
  expect(consensus).toHaveLength(1);
  expect(consensus[0].creator?.name).toBe('Consensus');
  expect(consensus[0].body.find((b) => b.purpose === 'commenting')?.value).toBe('A failure to deliver, named as fault: accusation.');
  const accusation = exported.conformsTo['skos:hasTopConcept'].find((c) => c['skos:notation'] === 'accusation');
  expect(accusation?.['skos:scopeNote']).toEqual([expect.objectContaining({ 'rdf:value': 'A failure to deliver, named as fault: accusation.', 'skos:example': 'Veltria never delivered the safety reports' })]);

  // The rule stands under the category's definition in the codebook.
  await page.getByRole('button', { name: 'Codebook…' }).click();
  const codebook = page.getByRole('dialog', { name: 'Codebook' });
  await codebook.getByText('Coding rules of accusation (1)').click();
  await expect(codebook).toContainText('A failure to deliver, named as fault: accusation. e.g. “Veltria never delivered the safety reports”');
  await codebook.getByRole('button', { name: 'Close' }).click();

  // The consensus layer alone as a dataset: its rows name it and its id.
  await fromMenu(page, 'File', 'Export dataset…');
  const datasetDialog = page.getByRole('dialog', { name: 'Export dataset' });
  await datasetDialog.getByRole('combobox', { name: 'Coders' }).selectOption({ label: 'only Consensus (consensus layer)' });
  const segments = page.waitForEvent('download', (d) => d.suggestedFilename().startsWith('segments'));
  await datasetDialog.getByRole('button', { name: 'Export tables' }).click();
  const table = readFileSync(await (await segments).path(), 'utf8');
  expect(table.split('\n')[0]).toContain(',coder,coder_id,');
  // One row (a quoted suffix may hold a line break): the consensus annotation, by its coder id.
  expect(table.match(/,Consensus,[0-9a-f-]{36},accusation,/g)).toHaveLength(1);
  expect(table).not.toMatch(/,(Ben|Cleo),/);

  // Another coder's annotation cannot be edited, only adopted.
  await page.getByRole('button', { name: 'Back to annotations' }).click();
  await panel(page).getByRole('listitem').first().waitFor();
  await page.getByRole('combobox', { name: 'Filter annotations by coder' }).selectOption({ label: 'Ben' });
  const bens = panel(page).getByRole('listitem', { name: 'accusation: Veltria never delivered the safety reports' });
  await openDetails(bens);
  await expect(bens).toContainText("Ben's annotation: you can read it and adopt a copy into your layer, not change it.");
  await expect(bens.getByRole('textbox', { name: 'Memo' })).toHaveCount(0);
  await expect(bens.getByRole('combobox', { name: 'Category' })).toHaveCount(0);
  await expect(bens.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(bens).toContainText('Blames Veltria.');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/panel-read-only-${page.viewportSize()!.width}.png` });
  await bens.getByRole('button', { name: 'Adopt as mine' }).click();
  await expect(page.getByRole('status').last()).toContainText('Adopted 1 annotation into your layer');
  await page.getByRole('combobox', { name: 'Filter annotations by coder' }).selectOption({ label: 'Ana (you)' });
  const mine = panel(page).getByRole('listitem', { name: 'accusation: Veltria never delivered the safety reports' });
  await expect(mine).toContainText('Ana');
  await openDetails(mine);
  await expect(mine.getByRole('textbox', { name: 'Memo' })).toHaveValue('');
  await expect(mine.getByRole('button', { name: 'Delete' })).toBeVisible();
});
