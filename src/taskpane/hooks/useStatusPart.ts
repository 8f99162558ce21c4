import { useState } from 'react';
import { ChecklistStep, WorkbookGateway } from '../../excel/api';
import { completionStep, isCompletionStep, isReady } from '../model/completion';
import { ReporterName } from './useReporterName';
import { WorkbookActions, WorkbookState } from './useWorkbook';

export interface StatusPart {
  /** Who ticks the steps, for the checklist's "Af" column. */
  name: string;
  setName(name: string): void;
  /**
   * The step waiting for a name: ticking needs one, and none is known, so the checklist asks
   * for it right at that step's checkbox.
   */
  asking: ChecklistStep | null;
  /** The name was given at the step: tick it (or, for the last step, mark the task complete). */
  giveName(): Promise<void>;
  /** The user let the step be, unticked. */
  cancelAsking(): void;
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
  const { name, setName } = reporter;
  const [asking, setAsking] = useState<ChecklistStep | null>(null);
  const [confirming, setConfirming] = useState(false);

  /** Ticking records who did it, so it needs a name; unticking does not. Without one, ask. */
  const haveName = (step: ChecklistStep) => {
    if (name.trim() !== '') return true;
    setAsking(step);
    return false;
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
    if (!step || !haveName(step)) return;
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
    setAsking(null);
    if (done && isCompletionStep(view, step)) return requestComplete();
    if (done && !haveName(step)) return;
    await tick(step, done, 'checklist');
  };

  const giveName = async () => {
    const step = asking;
    if (!step || name.trim() === '') return;
    setAsking(null);
    await toggleStep(step, true);
  };

  return {
    name,
    setName,
    asking,
    giveName,
    cancelAsking: () => setAsking(null),
    confirming,
    refresh,
    toggleStep,
    requestComplete,
    confirmComplete,
    cancelComplete: () => setConfirming(false),
  };
}
