/**
 * The add-in's settings in the document (`workbook.settings`, ExcelApi 1.4): where our tables
 * are, so that a new runtime's first read is one round trip, and the last name used to tick a
 * step of the method.
 *
 * Settings are a hint, never the truth: a co-author, an older version of the add-in or a
 * hand-edited file may have left anything there, so every value is checked before use and
 * every location is checked against the workbook in the read that uses it.
 *
 * They cost no round trip of their own:
 * - Office loads them with the document when the add-in starts (`Office.context.document.
 *   settings`), so the first read can use them before anything is sent to Excel;
 * - the read loads the current values in its own batch, and any write rides on a read's
 *   batch, never on a write's: if the settings fail, that read is simply sent again without
 *   them (one more round trip, once), and the settings are left alone for the rest of this
 *   runtime. A user's action never fails because of them.
 */

/** Keys in the document's settings. */
export const SETTING = {
  tables: 'Organisering.tables',
  reporter: 'Organisering.reporter',
} as const;

export type SettingKey = (typeof SETTING)[keyof typeof SETTING];

/** `Office.context.document`'s settings: the copy Office loaded when the add-in started. */
export interface LoadedSettings {
  get(name: string): unknown;
}

/** A name typed into the pane is a person's name: long text is not one. */
const MAX_NAME_LENGTH = 255;

/** A name as the pane passes it, or '' when it is not one. */
export function nameSetting(value: unknown): string {
  if (typeof value !== 'string') return '';
  const name = value.trim();
  return name.length > 0 && name.length <= MAX_NAME_LENGTH ? name : '';
}

/** The value `settings` last read or wrote under `key`, undefined when unknown. */
export function settingValue(settings: DocumentSettings | null, key: SettingKey): unknown {
  const text = settings?.stored.get(key);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

/** What one batch asked of the settings. */
export interface QueuedSettings {
  reads: Map<SettingKey, Excel.Setting>;
  writes: Map<SettingKey, string>;
}

export class DocumentSettings {
  /** The settings failed in this runtime: do without them until the add-in starts again. */
  private off = false;
  /** The starting copy was used: only the first read may use it. */
  private recalled = false;
  /**
   * What the document holds, as JSON text ('null': nothing), as last read or written; no
   * entry while this runtime does not know.
   */
  readonly stored = new Map<SettingKey, string>();
  /** Values to write with the next read's batch, as JSON text. */
  private readonly pending = new Map<SettingKey, string>();

  constructor(private readonly loaded: () => LoadedSettings | null) {}

  /** The locations Office loaded when the add-in started, once per runtime; null after. */
  recall(key: SettingKey): unknown {
    if (this.recalled || this.off) return null;
    this.recalled = true;
    return this.loaded()?.get?.(key) ?? null;
  }

  /** Asks for `value` under `key`, written with the next read's batch unless already held. */
  want(key: SettingKey, value: unknown): void {
    const text = JSON.stringify(value);
    if (this.stored.get(key) === text) this.pending.delete(key);
    else this.pending.set(key, text);
  }

  /**
   * Queues, on a read's batch, loads of `keys` and every pending write (after the loads, so
   * a value read is the one the batch found). Nothing when the settings are off.
   */
  queue(context: Excel.RequestContext, keys: readonly SettingKey[]): QueuedSettings | null {
    if (this.off) return null;
    try {
      const settings = context.workbook.settings;
      const reads = new Map(
        keys.map((key) => [key, settings.getItemOrNullObject(key).load('value')]),
      );
      const writes = new Map(this.pending);
      for (const [key, text] of writes) settings.add(key, JSON.parse(text) as unknown);
      return { reads, writes };
    } catch {
      // A host without workbook.settings throws at the call: do without.
      this.off = true;
      return null;
    }
  }

  /** The batch went through: note what the document holds now. */
  settle(queued: QueuedSettings | null): void {
    if (!queued) return;
    for (const [key, item] of queued.reads) {
      const value: unknown = item.isNullObject ? null : item.value;
      // Office.js revives "Date(…)" text as a Date: nothing of ours is one.
      this.stored.set(key, value instanceof Date ? 'null' : JSON.stringify(value ?? null));
    }
    for (const [key, text] of queued.writes) {
      this.stored.set(key, text);
      if (this.pending.get(key) === text) this.pending.delete(key);
    }
  }

  /**
   * The batch failed. When it carried settings, they may be why: leave them alone from now
   * on, and say the batch is worth sending again without them.
   */
  failed(queued: QueuedSettings | null): boolean {
    if (!queued) return false;
    this.off = true;
    this.pending.clear();
    this.stored.clear();
    return true;
  }
}
