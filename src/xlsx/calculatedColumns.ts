/**
 * ExcelJS writes a table column's formulas into its cells but never declares the column as
 * a calculated column (the `<calculatedColumnFormula>` of ECMA-376 Part 1, §18.5.1.3). Without
 * the declaration, a row a person adds to the table in Excel gets no formula. This teaches
 * ExcelJS's table-column writer that element, and its reader to step over it, once per process.
 *
 * A column opts in by carrying `calculatedColumnFormula` (the formula without '=') in the
 * column definition given to `worksheet.addTable`.
 */

interface XmlStream {
  openNode(name: string, attributes?: Record<string, unknown>): void;
  leafNode(name: string, attributes?: Record<string, unknown>, text?: string): void;
  closeNode(): void;
}

interface ColumnModel {
  id: number;
  name: string;
  totalsRowLabel?: string;
  totalsRowFunction?: string;
  dxfId?: string;
  calculatedColumnFormula?: string;
}

interface TableColumnXform {
  tag: string;
  model?: ColumnModel;
  render(xmlStream: XmlStream, model: ColumnModel): boolean;
  parseOpen(node: { name: string; attributes: Record<string, string> }): boolean;
  parseText(text: string): void;
  parseClose(name: string): boolean;
}

type XformClass = { prototype: TableColumnXform & { calculatedColumnsTaught?: boolean } };

// ExcelJS has no public hook for this; its xform classes are plain CommonJS modules.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const xform: XformClass = require('exceljs/lib/xlsx/xform/table/table-column-xform');

export function teachCalculatedColumns(): void {
  const proto = xform.prototype;
  if (proto.calculatedColumnsTaught) return;
  const baseRender = proto.render;
  const baseOpen = proto.parseOpen;
  const baseText = proto.parseText;
  const baseClose = proto.parseClose;
  let inFormula = false;

  proto.render = function render(xmlStream, model) {
    if (!model.calculatedColumnFormula) return baseRender.call(this, xmlStream, model);
    xmlStream.openNode('tableColumn', {
      id: model.id.toString(),
      name: model.name,
      totalsRowLabel: model.totalsRowLabel,
      totalsRowFunction: model.totalsRowFunction,
      dxfId: model.dxfId,
    });
    xmlStream.leafNode('calculatedColumnFormula', undefined, model.calculatedColumnFormula);
    xmlStream.closeNode();
    return true;
  };
  proto.parseOpen = function parseOpen(node) {
    if (node.name === 'calculatedColumnFormula') {
      inFormula = true;
      if (this.model) this.model.calculatedColumnFormula = '';
      return true;
    }
    return baseOpen.call(this, node);
  };
  proto.parseText = function parseText(text) {
    if (inFormula && this.model) this.model.calculatedColumnFormula += text;
    else baseText.call(this, text);
  };
  proto.parseClose = function parseClose(name) {
    if (name === 'calculatedColumnFormula') {
      inFormula = false;
      return true;
    }
    return baseClose.call(this, name);
  };
  proto.calculatedColumnsTaught = true;
}
