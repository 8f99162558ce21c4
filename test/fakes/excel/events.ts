/**
 * Event delivery. Handlers are registered at sync (as in Office.js), receive Excel-shaped
 * event args, and run asynchronously after the edit that caused them. While the add-in's
 * runtime has events disabled (`context.runtime.enableEvents = false`) nothing is delivered.
 */
import { formatRect } from './address';
import { intersect } from './rects';
import { ModelChange, WorkbookModel } from './model/workbook';

export type EventName =
  'onChanged' | 'onAdded' | 'onDeleted' | 'onActivated' | 'onSelectionChanged';

export type EventScope =
  | { kind: 'sheet'; sheetId: string }
  | { kind: 'allSheets' }
  | { kind: 'table'; tableId: string }
  | { kind: 'tables'; sheetId?: string };

export type EventArgs = Record<string, unknown>;
type Handler = (args: EventArgs) => unknown;

interface Registration {
  id: number;
  event: EventName;
  scope: EventScope;
  handler: Handler;
}

export class EventBus {
  enabled = true;
  /** Set by the host while seeding, so set-up edits raise no events at all. */
  muted = false;
  /** Errors thrown by handlers, kept for tests to inspect. */
  readonly handlerErrors: unknown[] = [];
  /** Every event Excel raised while events were enabled, handled or not, in order. */
  readonly log: EventArgs[] = [];
  /** Lets the host add methods such as getRange(ctx) to event args. */
  decorate: (args: EventArgs) => EventArgs = (a) => a;
  private regs: Registration[] = [];
  private nextId = 1;
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly wb: WorkbookModel) {
    wb.onChange((c) => this.handle(c));
  }

  register(event: EventName, scope: EventScope, handler: Handler): number {
    const id = this.nextId++;
    this.regs.push({ id, event, scope, handler });
    return id;
  }

  unregister(id: number): void {
    this.regs = this.regs.filter((r) => r.id !== id);
  }

  get registrationCount(): number {
    return this.regs.length;
  }

  /** Resolves once every handler due so far has run (and any promise it returned settled). */
  async flush(): Promise<void> {
    await new Promise((r) => setTimeout(r, 0));
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private deliver(event: EventName, match: (s: EventScope) => boolean, args: EventArgs): void {
    this.log.push(args);
    const targets = this.regs.filter((r) => r.event === event && match(r.scope));
    if (targets.length === 0) return;
    const full = this.decorate({ ...args });
    for (const r of targets) {
      const p = new Promise<void>((resolve) => {
        setTimeout(() => {
          Promise.resolve()
            .then(() => r.handler(full))
            .catch((e: unknown) => this.handlerErrors.push(e))
            .finally(() => resolve());
        }, 0);
      });
      this.pending.add(p);
      void p.then(() => this.pending.delete(p));
    }
  }

  private handle(c: ModelChange): void {
    if (!this.enabled || this.muted) return;
    const sheetId = c.sheet.id;
    switch (c.kind) {
      case 'cells': {
        const base = { changeType: c.changeType, source: c.source, worksheetId: sheetId };
        const address = formatRect(c.rect);
        this.deliver(
          'onChanged',
          (s) => (s.kind === 'sheet' && s.sheetId === sheetId) || s.kind === 'allSheets',
          { type: 'WorksheetChanged', ...base, address },
        );
        for (const t of this.wb.tablesOn(c.sheet)) {
          const hit = intersect(t.rect, c.rect);
          if (!hit) continue;
          this.deliver(
            'onChanged',
            (s) =>
              (s.kind === 'table' && s.tableId === t.id) ||
              (s.kind === 'tables' && (s.sheetId === undefined || s.sheetId === sheetId)),
            { type: 'TableChanged', ...base, address: formatRect(hit), tableId: t.id },
          );
        }
        return;
      }
      case 'sheetAdded':
      case 'sheetDeleted':
        this.deliver(
          c.kind === 'sheetAdded' ? 'onAdded' : 'onDeleted',
          (s) => s.kind === 'allSheets',
          {
            type: c.kind === 'sheetAdded' ? 'WorksheetAdded' : 'WorksheetDeleted',
            source: c.source,
            worksheetId: sheetId,
          },
        );
        return;
      case 'sheetActivated':
        this.deliver(
          'onActivated',
          (s) => s.kind === 'allSheets' || (s.kind === 'sheet' && s.sheetId === sheetId),
          { type: 'WorksheetActivated', worksheetId: sheetId },
        );
        return;
      case 'selection':
        this.deliver('onSelectionChanged', (s) => s.kind === 'sheet' && s.sheetId === sheetId, {
          type: 'WorksheetSelectionChanged',
          address: formatRect(c.rect),
          worksheetId: sheetId,
        });
        return;
    }
  }
}
