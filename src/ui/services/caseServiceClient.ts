import type { ApprovalOutcome, CaseId, IsoDate, MemberRestrictionView, SanctionId } from '../../domain';
import type { RetentionHoldReason, RetentionRecordKind } from '../../domain/time';

export type { MemberRestrictionView };

/*
 * The calls the tab makes to the case service: the approvals API, and the Members' page's
 * need-to-know banners (BR-22), which councillors cannot read from SharePoint themselves.
 * Decisions are written only by the service's app identity; the tab sends the user's bearer
 * token and the service checks authority again. Hosts supply `send`, so the UI never touches
 * AadHttpClient.
 */

export interface ApprovalRequestResult {
  approvalId: string;
  status: 'Pending';
}

export interface ApprovalSummary {
  approvalId: string;
  caseId: CaseId;
  /** The case's person; sent back with the decision so the service reads the case and person at once. */
  personId?: string;
  /** What people read: CCM-2026-0042 (the id stays the key). */
  caseReference?: string;
  sanctionId: SanctionId;
  personName: string;
  summary: string;
  proposedBy: string;
  requestedAt: string;
  status: 'Pending' | 'Approved' | 'Rejected' | 'ChangesRequested';
}

export interface ApprovalDecisionInput {
  outcome: ApprovalOutcome;
  reasons: string;
  continuityPlanConfirmed?: boolean;
  channelConfirmed?: boolean;
  /** Where the sanction is, as the inbox listed it: the service checks it, and reads less for it. */
  caseId?: string;
  personId?: string;
}

export interface ApprovalDecisionResult {
  approvalId: string;
  status: 'Approved' | 'Rejected' | 'ChangesRequested';
}

export interface CaseServiceClient {
  requestApproval(sanctionId: SanctionId, caseId: CaseId): Promise<ApprovalRequestResult>;
  listMyApprovals(): Promise<ApprovalSummary[]>;
  decide(approvalId: string, decision: ApprovalDecisionInput): Promise<ApprovalDecisionResult>;
  /** BR-22: contact restrictions on people the signed-in councillor referred (GET /api/members/restrictions). */
  memberRestrictions(): Promise<MemberRestrictionView[]>;
  /** BR-24: records past retention, for the Data Protection Officer only (GET /api/retention/due). */
  retentionDue(): Promise<RetentionDueItem[]>;
  /** BR-24: the DPO confirms a disposal, holds a record or releases a hold (POST /api/retention/decision). */
  decideRetention(decision: RetentionDecisionInput): Promise<{ id: string; decision: RetentionDecisionInput['decision'] }>;
}

/** One record due for disposal as the service describes it: its kind, rule and date, never its content. */
export interface RetentionDueItem {
  kind: RetentionRecordKind;
  kindLabel: string;
  id: string;
  /** The case reference, or the record's id. */
  label: string;
  rule: string;
  disposeOn: IsoDate;
  disposal: 'confirmFirst' | 'automatic';
  hold?: {
    reason: RetentionHoldReason;
    reasonLabel: string;
    by: string;
    at: string;
    /** Held by the customer's open subject access request: lifts when it is answered, not released by hand. */
    request?: { receivedOn: IsoDate; answerBy: IsoDate };
  };
  confirmed?: { by: string; at: string };
}

export interface RetentionDecisionInput {
  kind: RetentionRecordKind;
  id: string;
  decision: 'confirm' | 'hold' | 'release';
  reason?: RetentionHoldReason;
}

/** A fetch-shaped function the host provides (browser fetch with a token, or AadHttpClient). */
export type ServiceSend = (
  path: string,
  init: { method: 'GET' | 'POST'; body?: string }
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** The service refused or could not be reached; `message` is already in plain words. */
export class CaseServiceError extends Error {
  public readonly status: number;
  public constructor(message: string, status: number) {
    super(message);
    this.name = 'CaseServiceError';
    this.status = status;
  }
}

function plainMessage(status: number, body: unknown): string {
  const served = typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : undefined;
  if (typeof served === 'string' && served.trim() !== '') return served;
  if (status === 401 || status === 403)
    return 'You are not allowed to do this. If your role needs it, ask the site owner to give you that role in Customer Case Management.';
  if (status === 404) return 'We could not find that approval. It may have been decided already.';
  if (status === 409) return 'Someone else has already acted on this. Reload to see the latest.';
  return 'The approvals service did not respond. Please try again in a few minutes.';
}

async function call<T>(send: ServiceSend, path: string, method: 'GET' | 'POST', body?: unknown): Promise<T> {
  let response: Awaited<ReturnType<ServiceSend>>;
  try {
    response = await send(path, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new CaseServiceError('The approvals service could not be reached. Check your connection and try again.', 0);
  }
  const json = await response.json().catch(() => undefined);
  if (!response.ok) throw new CaseServiceError(plainMessage(response.status, json), response.status);
  return json as T;
}

export function createCaseServiceClient(send: ServiceSend): CaseServiceClient {
  return {
    requestApproval: (sanctionId, caseId) =>
      call<ApprovalRequestResult>(send, `/api/sanctions/${encodeURIComponent(sanctionId)}/request-approval`, 'POST', { caseId }),
    listMyApprovals: () => call<ApprovalSummary[]>(send, '/api/approvals/mine', 'GET'),
    decide: (approvalId, decision) =>
      call<ApprovalDecisionResult>(send, `/api/approvals/${encodeURIComponent(approvalId)}/decision`, 'POST', decision),
    memberRestrictions: () => call<MemberRestrictionView[]>(send, '/api/members/restrictions', 'GET'),
    retentionDue: () => call<RetentionDueItem[]>(send, '/api/retention/due', 'GET'),
    decideRetention: (decision) =>
      call<{ id: string; decision: RetentionDecisionInput['decision'] }>(send, '/api/retention/decision', 'POST', decision)
  };
}
