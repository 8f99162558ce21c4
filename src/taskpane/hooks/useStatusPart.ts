import { RefObject, useRef, useState } from 'react';
import { ChecklistStep, WorkbookGateway } from '../../excel/api';
import { completionStep, isCompletionStep, isReady } from '../model/completion';
import { ReporterName } from './useReporterName';
import { WorkbookActions, WorkbookState } from './useWorkbook';

export interface StatusPart {
  /** Who ticks the steps, for the checklist's "Af" column. */
  name: string;
  setName(name: string): void;
  nameMissing: boolean;
  nameRef: RefObject<HTMLInputElement>;
  /** The confirmation for marking an unready task complete is open. */
  confirming: boolean;
  refresh(): Promise<void>;
  toggleStep(step: ChecklistStep, done: boolean): Promise<void>;
  /** "Markér opgaven som fuldført": at once when KLAR, else after the confirmation. */
  requestComplete(): Promise<void>;
  confirmComplete(): Promise<void>;
  cancelComplete(): void;
}

export function useStatusPart(
  gateway: WorkbookGateway,
  state: WorkbookState,
  actions: WorkbookActions,
  reporter: ReporterName,
): StatusPart {
  const { view } = state;
  const { name } = reporter;
  const [nameMissing, setNameMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  const setName = (value: string) => {
    reporter.setName(value);
    if (value.trim() !== '') setNameMissing(false);
  };

  /** Ticking records who did it, so it needs a name; unticking does not. */
  const haveName = () => {
    const missing = name.trim() === '';
    setNameMissing(missing);
    if (missing) nameRef.current?.focus();
    return !missing;
  };

  const refresh = async () => {
    await actions.perform(
      'refresh',
      () => gateway.refreshStatus(new Date()),
      () => ({
        key: 'pane.status.refreshed',
      }),
    );
  };

  const stepNumber = (step: ChecklistStep) =>
    (view?.checklist.findIndex((candidate) => candidate.index === step.index) ?? -1) + 1;

  const tick = async (step: ChecklistStep, done: boolean, kind: 'checklist' | 'complete') => {
    await actions.perform(
      kind,
      () => gateway.setChecklistStep(step.index, done, done ? name.trim() : '', new Date()),
      () => {
        if (kind === 'complete') return { key: 'pane.status.completed' };
        return {
          key: done ? 'pane.status.stepDone' : 'pane.status.stepUndone',
          params: { step: stepNumber(step) },
        };
      },
    );
  };

  const requestComplete = async () => {
    const step = completionStep(view);
    if (!step || !haveName()) return;
    if (isReady(view)) await tick(step, true, 'complete');
    else setConfirming(true);
  };

  const confirmComplete = async () => {
    const step = completionStep(view);
    if (!step) return;
    await tick(step, true, 'complete');
    setConfirming(false);
  };

  const toggleStep = async (step: ChecklistStep, done: boolean) => {
    if (done && isCompletionStep(view, step)) return requestComplete();
    if (done && !haveName()) return;
    await tick(step, done, 'checklist');
  };

  return {
    name,
    setName,
    nameMissing,
    nameRef,
    confirming,
    refresh,
    toggleStep,
    requestComplete,
    confirmComplete,
    cancelComplete: () => setConfirming(false),
  };
}
