import { checkSanctionProposal, type Case, type IsoDate, type Person, type SanctionProposal } from '../../../domain';
import type { FieldProblem } from '../shared/useCaseActionSubmit';
import { toProposal, type ProposalDraft } from './proposalDraft';

export type ProposalCheck = ReturnType<typeof checkSanctionProposal>;

/** The proposal as it stands and everything said about it, worked out afresh on every render. */
export interface ProposalChecks {
  proposal: SanctionProposal;
  /** The domain's errors and warnings (BR-13, BR-19, BR-28 to BR-31). */
  check: ProposalCheck;
  /** Monitoring has not run its course: only a serious breach ends it early. */
  monitoringRunning: boolean;
  /** What this form asks for beyond the domain's check. */
  ownErrors: FieldProblem[];
  /** The domain's first message for a field or anything inside it (e.g. `restrictions[0].…`). */
  fieldError(field: string): string | undefined;
  /** Nothing stops the proposal from being sent. */
  ready: boolean;
}

function ownErrorsOf(draft: ProposalDraft, monitoringRunning: boolean): FieldProblem[] {
  return [
    ...(draft.spocName.trim() === '' ? [{ field: 'spocName', message: 'Name the single point of contact.' }] : []),
    ...(draft.scopeKind === 'councilWide' && draft.councilWideBasis === ''
      ? [{ field: 'councilWideBasis', message: 'Choose why the restriction must apply across the council.' }]
      : []),
    ...(monitoringRunning && draft.earlyBreach.trim() === ''
      ? [{ field: 'earlyBreach', message: 'Monitoring has not ended. Give the serious breach that ends it early.' }]
      : [])
  ];
}

/** Checks the draft against the domain's rules for this case and customer; errors show once asked for. */
export function proposalChecks(
  draft: ProposalDraft,
  kase: Case,
  subject: Person,
  today: IsoDate,
  nameOf: (id: string) => string,
  showErrors: boolean
): ProposalChecks {
  const spocUserId = kase.caseOfficerId ?? kase.monitoringPeriod?.spocUserId ?? kase.invocationDecision?.spocUserId;
  const proposal = toProposal(draft, subject, kase.leadService, spocUserId, nameOf);
  const check = checkSanctionProposal(proposal, subject);
  const monitoringRunning =
    kase.status === 'Monitoring' && kase.monitoringPeriod !== undefined && today < kase.monitoringPeriod.plannedEndDate;
  const fieldError = (field: string): string | undefined =>
    showErrors
      ? check.errors.filter((e) => e.field === field || e.field.indexOf(`${field}[`) === 0 || e.field.indexOf(`${field}.`) === 0)[0]
          ?.message
      : undefined;
  const ownErrors = ownErrorsOf(draft, monitoringRunning);
  return { proposal, check, monitoringRunning, ownErrors, fieldError, ready: check.errors.length === 0 && ownErrors.length === 0 };
}
