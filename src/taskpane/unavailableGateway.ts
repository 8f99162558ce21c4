import { MessageKey } from '../core/i18n';
import { Outcome, WorkbookGateway } from '../excel/api';

/**
 * A gateway for when there is no workbook to talk to (office.js did not load, or the pane
 * was opened outside Excel): every call explains why, so the pane still renders and says so.
 */
export function unavailableGateway(key: MessageKey): WorkbookGateway {
  const fail = <T>(): Promise<Outcome<T>> => Promise.resolve({ ok: false, error: { key } });
  return {
    load: fail,
    createOrUpdate: fail,
    refreshStatus: fail,
    savePerson: fail,
    setChecklistStep: fail,
    selectArea: fail,
    applyCodes: fail,
    subscribe: () => Promise.reject(new Error(key)),
  };
}
