import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { DESIGN_FILE_FORMAT, parseDesignFile, serializeDesignFile } from '../lib/design/design-file';
import { aDesign } from '../lib/design/schema';
import { PlannerPage } from './pages/planner-page';

type FilePayload = { name: string; mimeType: string; buffer: Buffer };

const jsonFile = (name: string, text: string): FilePayload => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text, 'utf8'),
});

/** The header's design-file controls: "Save design", "Open design…" and the file input behind it. */
class DesignFileControls {
  constructor(readonly page: Page) {}

  get saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save design', exact: true });
  }

  get openButton(): Locator {
    return this.page.getByRole('button', { name: /^Open design/ });
  }

  /** The hidden file input the "Open design…" button opens. */
  get fileInput(): Locator {
    return this.page.getByLabel('Design file', { exact: true });
  }

  /** Clicks "Save design" and returns the downloaded file. */
  async save(): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.saveButton.click()]);
    return { fileName: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  /** Opens a file the way a user does: the button (clicked or pressed with Enter), then the file chooser. */
  async open(file: FilePayload, { keyboard = false } = {}) {
    const chooser = this.page.waitForEvent('filechooser');
    if (keyboard) {
      await this.openButton.focus();
      await this.page.keyboard.press('Enter');
    } else {
      await this.openButton.click();
    }
    await (await chooser).setFiles(file);
  }
}

test.describe('design files', () => {
  test('Save design downloads the last valid design as a design file', async ({ page }) => {
    const planner = new PlannerPage(page);
    const files = new DesignFileControls(page);
    await planner.goto();
    await planner.setDesign({ nodes: 48 });

    const { fileName, text } = await files.save();
    expect(fileName).toBe('ai-factory-design-48-nodes.json');
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({ format: DESIGN_FILE_FORMAT, schemaVersion: 3, design: { workerNodes: 48 } });
    expect(parseDesignFile(text)).toEqual({ success: true, data: aDesign({ workerNodes: 48 }) });
  });

  test('Open design… brings a saved file back after a reset, and the reset design stays restorable', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    const files = new DesignFileControls(page);
    await planner.goto();
    await planner.setDesign({ nodes: 48 });
    const { fileName, text } = await files.save();

    await page.getByRole('button', { name: 'Reset to the RA reference design' }).click();
    await expect(planner.headline('workers')).toHaveText('64');

    await files.open(jsonFile(fileName, text));
    await expect(planner.headline('workers')).toHaveText('48');
    await expect(planner.field('Worker nodes')).toHaveValue('48');
    const opened = planner.notice('file-opened');
    await expect(opened).toContainText(`Opened "${fileName}"`);
    await expect(opened).toContainText('yours is kept and can be restored');
    await planner.screenshot('design-file-opened-light');
    await planner.setTheme('dark');
    await planner.screenshot('design-file-opened-dark');
    await planner.setTheme('light');

    await opened.getByRole('button', { name: 'Restore my previous design' }).click();
    await expect(planner.headline('workers')).toHaveText('64');
  });

  test('Open design… works from the keyboard', async ({ page }) => {
    const planner = new PlannerPage(page);
    const files = new DesignFileControls(page);
    await planner.goto();
    await files.open(jsonFile('twelve.json', serializeDesignFile(aDesign({ workerNodes: 12 }))), {
      keyboard: true,
    });
    await expect(planner.headline('workers')).toHaveText('12');
    await expect(planner.notice('file-opened')).toContainText('Opened "twelve.json"');
  });

  test('a damaged file says why and changes nothing', async ({ page }) => {
    const planner = new PlannerPage(page);
    const files = new DesignFileControls(page);
    await planner.goto();
    await planner.setDesign({ nodes: 20 });
    const gpus = await planner.figure('gpus').textContent();
    const stored = await planner.storedDesign();

    await files.fileInput.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x22, 0x67, 0x70, 0x75, 0x0a, 0x13]),
    });
    const damaged = planner.notice('file-damaged');
    await expect(damaged).toHaveRole('alert');
    await expect(damaged).toContainText('"broken.json" could not be opened');
    await expect(damaged).toContainText('not valid JSON');
    await expect(damaged).toContainText('Nothing changed');
    await expect(planner.headline('workers')).toHaveText('20');
    await expect(planner.field('Worker nodes')).toHaveValue('20');
    await expect(planner.figure('gpus')).toHaveText(gpus ?? '');
    expect(await planner.storedDesign()).toBe(stored);
    await planner.screenshot('design-file-damaged-light');

    // Valid JSON whose design fails the checks: the field is named, and still nothing changes.
    const invalid = JSON.parse(serializeDesignFile(aDesign()));
    invalid.design.workerNodes = 0;
    await files.open(jsonFile('zero-nodes.json', JSON.stringify(invalid)));
    await expect(damaged).toContainText('"zero-nodes.json" could not be opened');
    await expect(damaged).toContainText('design.workerNodes: at least 1 worker node');
    await expect(planner.headline('workers')).toHaveText('20');
    expect(await planner.storedDesign()).toBe(stored);
  });
});
