/**
 * The project leader's steps in the pane, by role and visible text in the pane's language,
 * as a keyboard or screen-reader user would find them. Nothing here knows the DOM's details
 * beyond the few data-* hooks the components expose for tests.
 */
import { Locator, Page } from 'playwright-core';
import { Lang, MessageKey, MessageParams, t } from '../../../src/core/i18n';
import { PartId } from '../../../src/taskpane/components/partProps';
import type { TableValues } from './host';

const TAB_TEXT: Record<PartId, MessageKey> = {
  start: 'pane.tab.start',
  people: 'pane.tab.people',
  coverage: 'pane.tab.coverage',
  status: 'pane.tab.status',
};

export interface NewPerson {
  name: string;
  role?: string;
  department?: string;
  email?: string;
  phase?: string;
  codes?: Record<string, string>;
}

const WAIT = { timeout: 15_000 };

export class PaneDriver {
  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {}

  text(key: MessageKey, params?: MessageParams): string {
    return t(this.lang, key, params);
  }

  tab(part: PartId): Locator {
    return this.page.getByRole('tab', { name: this.text(TAB_TEXT[part]), exact: true });
  }

  async open(part: PartId): Promise<void> {
    await this.tab(part).click();
    await this.page
      .locator(`[role=tabpanel][id=panel-${part}]`)
      .waitFor({ state: 'visible', ...WAIT });
  }

  button(key: MessageKey, params?: MessageParams): Locator {
    return this.page.getByRole('button', { name: this.text(key, params), exact: true });
  }

  message(): Locator {
    return this.page.getByTestId('pane-message');
  }

  /** Waits for the message bar to say exactly this (among its lines). */
  async expectMessage(key: MessageKey, params?: MessageParams): Promise<void> {
    await this.message()
      .filter({ hasText: this.text(key, params) })
      .waitFor(WAIT);
  }

  async expectError(): Promise<string> {
    const bar = this.page.locator('[data-testid=pane-message][data-intent=error]');
    await bar.waitFor(WAIT);
    return (await bar.innerText()).trim();
  }

  async dismissMessage(): Promise<void> {
    await this.message()
      .getByRole('button', { name: this.text('pane.dismiss') })
      .click();
    await this.message().waitFor({ state: 'detached', ...WAIT });
  }

  async waitForText(text: string): Promise<void> {
    await this.page.getByText(text, { exact: false }).first().waitFor(WAIT);
  }

  async createSheets(workbookLang: Lang): Promise<void> {
    await this.open('start');
    const langKey: MessageKey = workbookLang === 'da' ? 'pane.lang.da' : 'pane.lang.en';
    await this.page.getByRole('radio', { name: this.text(langKey) }).check();
    await this.button('pane.start.create').click();
    await this.expectMessage('pane.start.created');
  }

  async startPersonForm(): Promise<void> {
    await this.open('people');
    await this.button('pane.people.add').click();
    await this.page.locator('form[aria-labelledby=person-form-heading]').waitFor(WAIT);
  }

  async fillPerson(person: NewPerson): Promise<void> {
    const page = this.page;
    await page.getByLabel(this.text('pane.person.name')).fill(person.name);
    if (person.role) await page.getByLabel(this.text('pane.person.role')).selectOption(person.role);
    if (person.department)
      await page.getByLabel(this.text('pane.person.department')).fill(person.department);
    if (person.email !== undefined)
      await page.getByLabel(this.text('pane.person.email')).fill(person.email);
    if (person.phase)
      await page.getByLabel(this.text('pane.person.fromPhase')).selectOption(person.phase);
    for (const [area, code] of Object.entries(person.codes ?? {})) {
      await page.locator(`select[data-area="${area}"]`).selectOption(code);
    }
  }

  async savePerson(): Promise<void> {
    await this.button('pane.person.save').click();
  }

  async addPerson(person: NewPerson): Promise<void> {
    await this.startPersonForm();
    await this.fillPerson(person);
    await this.savePerson();
    await this.expectMessage('pane.person.added', { name: person.name });
  }

  coverageItem(areaId: string): Locator {
    return this.page.locator(`[data-testid=coverage-list] button[data-area="${areaId}"]`);
  }

  checklistBox(position: number): Locator {
    return this.page.getByTestId('checklist').getByRole('checkbox').nth(position);
  }

  /** A table's values as the fake workbook holds them now. */
  table(name: string): Promise<TableValues> {
    return this.page.evaluate((table) => window.__fake!.table(table), name);
  }

  remoteEdit(sheet: string, address: string, values: (string | number)[][]): Promise<void> {
    return this.page.evaluate(([s, a, v]) => window.__fake!.host.remoteEdit(s, a, v), [
      sheet,
      address,
      values,
    ] as const);
  }

  syncCount(): Promise<number> {
    return this.page.evaluate(() => window.__fake!.host.syncCount);
  }

  resetCounters(): Promise<void> {
    return this.page.evaluate(() => window.__fake!.host.resetCounters());
  }
}
