/**
 * Which ExcelApi requirement set each gated member needs, as the `[Api set: ExcelApi x.y]`
 * annotations of @types/office-js give it (requirements.test.ts holds the table to them).
 * A call to a member above the host's set throws ApiNotFound, as in Office.js.
 */
import { ErrorCodes, FakeOfficeError } from './errors';

/** The newest ExcelApi set the fake stands in for: a host made without requirementSets has it. */
export const NEWEST_EXCEL_API = '1.17';

export const MEMBER_REQUIREMENTS: Record<string, string> = {
  'Application.suspendApiCalculationUntilNextSync': '1.6',
  'Application.suspendScreenUpdatingUntilNextSync': '1.9',
  'Runtime.enableEvents': '1.8',
  'Workbook.getActiveCell': '1.7',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'WorksheetCollection.onChanged': '1.9',
  'WorksheetCollection.onAdded': '1.7',
  'WorksheetCollection.onDeleted': '1.7',
  'WorksheetCollection.onActivated': '1.7',
  'Worksheet.onChanged': '1.7',
  'Worksheet.onActivated': '1.7',
  'Worksheet.onSelectionChanged': '1.7',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.showGridlines': '1.8',
  'Worksheet.tabColor': '1.7',
  'Worksheet.pageLayout': '1.9',
  'PageLayout.headersFooters': '1.9',
  'HeaderFooterGroup.defaultForAllPages': '1.9',
  'Range.group': '1.10',
  'Range.hideGroupDetails': '1.10',
  'Range.getIntersectionOrNullObject': '1.4',
  'Range.getResizedRange': '1.2',
  'Range.getMergedAreasOrNullObject': '1.13',
  'Range.merge': '1.2',
  'Range.unmerge': '1.2',
  'Range.hyperlink': '1.7',
  'Range.dataValidation': '1.8',
  'Range.conditionalFormats': '1.6',
  'RangeFormat.autofitColumns': '1.2',
  'RangeFormat.autofitRows': '1.2',
  'TableCollection.getItemOrNullObject': '1.4',
  'TableCollection.onChanged': '1.7',
  'Table.onChanged': '1.7',
  'Table.resize': '1.13',
  'ChartSeriesCollection.add': '1.7',
  'ChartSeries.setValues': '1.7',
  'ChartSeries.setXAxisValues': '1.7',
  'Table.autoFilter': '1.9',
  'Table.sort': '1.2',
  'Table.clearFilters': '1.2',
  'Table.convertToRange': '1.2',
  'TableColumnCollection.getItemOrNullObject': '1.4',
  'NamedItemCollection.add': '1.4',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'NamedItem.delete': '1.4',
  'NamedItem.formula': '1.7',
  'ChartCollection.getItemOrNullObject': '1.4',
  'Workbook.settings': '1.4',
  'SettingCollection.add': '1.4',
  'SettingCollection.getCount': '1.4',
  'SettingCollection.getItem': '1.4',
  'SettingCollection.getItemOrNullObject': '1.4',
  'Setting.key': '1.4',
  'Setting.value': '1.4',
  'Setting.delete': '1.4',
};

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class RequirementSets {
  constructor(private readonly sets: Record<string, string>) {}

  isSetSupported(name: string, minVersion?: string | number): boolean {
    const have = Object.entries(this.sets).find(
      ([k]) => k.toLowerCase() === name.toLowerCase(),
    )?.[1];
    if (have === undefined) return false;
    if (minVersion === undefined || minVersion === '') return true;
    return compareVersions(have, String(minVersion)) >= 0;
  }

  allows(member: string): boolean {
    const needed = MEMBER_REQUIREMENTS[member];
    return !needed || this.isSetSupported('ExcelApi', needed);
  }

  /** Throws ApiNotFound when `member` ("Type.member") needs a newer ExcelApi than the host has. */
  check(member: string): void {
    const needed = MEMBER_REQUIREMENTS[member];
    if (needed && !this.isSetSupported('ExcelApi', needed)) {
      throw new FakeOfficeError(
        ErrorCodes.apiNotFound,
        `The API you are trying to use could not be found. ${member} needs ExcelApi ${needed}; this host has ExcelApi ${this.sets.ExcelApi ?? 'none'}.`,
        member,
      );
    }
  }
}
