import { gapsFirst } from '../core/coverage';
import { cellAddress, collectFindings } from '../core/findings';
import { Analysis } from '../core/engine';
import { Lang, MessageKey, t } from '../core/i18n';

import { STATUS_ORDER } from '../core/planStatus';
import {
  CodeSuggestion,
  RecruitSuggestion,
  Suggestion,
  planSummary,
  planSummaryText,
} from '../core/suggestions';
import { Missing, missingText } from '../core/missing';
import { escapeControls, shorten, shown } from './safeText';

/**
 * What `check` and `demo` print: a coverage table for people, and one JSON object for
 * programs. The table shows every text from the workbook escaped and shortened (safeText.ts);
 * the JSON keeps it exact.
 */

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function padLeft(text: string, width: number): string {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

export function coverageTable({ model, coverage, missing, suggestions }: Analysis): string {
  const { lang } = model;
  const areas = gapsFirst(coverage.areas);
  const ids = new Map(areas.map((a) => [a, shown(a.id)]));
  const idWidth = Math.max(
    t(lang, 'cli.header.area').length,
    ...[...ids.values()].map((id) => id.length),
  );
  const statusText = (status: string) => t(lang, `status.${status}` as MessageKey);
  const statusWidth = Math.max(
    t(lang, 'cli.header.status').length,
    ...areas.map((a) => statusText(a.status).length),
  );
  const numbers: MessageKey[] = [
    'cli.header.leads',
    'cli.header.covers',
    'cli.header.gatherers',
    'cli.header.invalid',
  ];
  const numberWidths = numbers.map((key) => Math.max(t(lang, key).length, 3));
  const line = (cells: string[]) =>
    [
      pad(cells[0], idWidth),
      pad(cells[1], statusWidth),
      ...cells.slice(2).map((c, i) => padLeft(c, numberWidths[i])),
    ]
      .join('  ')
      .trimEnd();

  const out: string[] = [];
  out.push(
    t(lang, 'cli.verdict', {
      verdict: t(lang, coverage.ready ? 'verdict.ready' : 'verdict.notReady'),
      covered: coverage.coveredCount,
      total: coverage.areas.length,
    }),
    '',
  );
  out.push(
    line([
      t(lang, 'cli.header.area'),
      t(lang, 'cli.header.status'),
      ...numbers.map((key) => t(lang, key)),
    ]),
  );
  const index = new Map(coverage.areas.map((area, i) => [area.id, i]));
  for (const area of areas) {
    out.push(
      line([
        ids.get(area)!,
        statusText(area.status),
        String(area.leads),
        String(area.covers),
        String(area.gatherers),
        String(area.invalid),
      ]),
    );
    const i = index.get(area.id)!;
    const what = missingText(lang, missing[i], model.areas[i].neededFrom);
    if (what) out.push(`    ${t(lang, 'cli.missing')}: ${shown(what)}`);
  }
  out.push('', t(lang, 'cli.roles'));
  for (const role of coverage.roles) {
    const state = role.count > 0 ? 'role.filled' : role.required ? 'role.missing' : 'role.optional';
    out.push(`  ${shown(role.role)}: ${role.count} (${t(lang, state)})`);
  }
  // The same findings, with each text from a cell shortened inside its message.
  const findings = collectFindings(model, shorten);
  if (findings.length > 0) {
    out.push('', t(lang, 'cli.findings'));
    for (const finding of findings)
      out.push(`  [${t(lang, `severity.${finding.severity}`)}] ${finding.message}`);
  }
  out.push('', ...planLines(lang, coverage.ready, suggestions));
  out.push('', t(lang, 'cli.legend'));
  for (const status of STATUS_ORDER) {
    out.push(
      `  ${t(lang, `status.${status}`)}: ${t(lang, `status.${status}.meaning`)} ${t(
        lang,
        `status.${status}.fix`,
      )}`,
    );
  }
  return out.map(escapeControls).join('\n');
}

/** The plan to KLAR as lines: the headline, then each change and each person to find. */
function planLines(lang: Lang, ready: boolean, suggestions: readonly Suggestion[]): string[] {
  if (ready) return [t(lang, 'cli.planNone')];
  if (suggestions.length === 0) return [t(lang, 'cli.planStuck')];
  const out = [t(lang, 'cli.plan'), `  ${planSummaryText(lang, planSummary(suggestions))}`];
  for (const s of suggestions) {
    if (s.kind === 'code')
      out.push(
        `  - ${t(lang, 'plan.give', { person: shown(s.person), code: shown(s.to) })} · ${shown(
          s.area,
        )} (${s.cell}): ${s.reason}`,
      );
    else out.push(`  - ${s.reason}`);
  }
  return out;
}

export interface CheckJson {
  ready: boolean;
  areas: {
    id: string;
    status: string;
    leads: number;
    covers: number;
    gatherers: number;
    invalid: number;
    /** The one lead's name, or null for none or several. */
    lead: string | null;
    missing: Missing;
  }[];
  roles: { role: string; required: boolean; count: number }[];
  findings: { severity: string; topic: string; message: string; cell: string | null }[];
  /** The core's suggestions, without the pane's row index and target, and the recruits' fixes. */
  suggestions: (Omit<CodeSuggestion, 'row' | 'target'> | Omit<RecruitSuggestion, 'fixes'>)[];
}

export function checkJson({ coverage, findings, lead, missing, suggestions }: Analysis): CheckJson {
  return {
    ready: coverage.ready,
    areas: coverage.areas.map(({ id, status, leads, covers, gatherers, invalid }, i) => ({
      id,
      status,
      leads,
      covers,
      gatherers,
      invalid,
      lead: lead[i],
      missing: missing[i],
    })),
    roles: coverage.roles.map(({ role, required, count }) => ({ role, required, count })),
    findings: findings.map((f) => ({
      severity: f.severity,
      topic: f.topic,
      message: f.message,
      cell: f.target ? cellAddress(f.target) : null,
    })),
    suggestions: suggestions.map((s) =>
      s.kind === 'code'
        ? {
            kind: 'code' as const,
            area: s.area,
            person: s.person,
            cell: s.cell,
            from: s.from,
            to: s.to,
            fixes: s.fixes,
            reason: s.reason,
          }
        : {
            kind: 'recruit' as const,
            area: s.area,
            role: s.role,
            party: s.party,
            fromPhase: s.fromPhase,
            count: s.count,
            reason: s.reason,
          },
    ),
  };
}
