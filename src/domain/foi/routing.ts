// BR-16: FOI/EIR (and subject access) requests from a restricted person go to the FOI officer
// and are assessed on their own. A CCM sanction is never a ground to refuse them [SRC N2; I3:
// it is the request, not the requester, that may be vexatious].

export type InformationRequestKind = 'FOIA' | 'EIR' | 'SAR';

export interface InformationRequestRouting {
  readonly rule: 'BR-16';
  readonly route: 'foiOfficer';
  /** Always false: a CCM restriction cannot justify refusing an information request. */
  readonly restrictionMayBeUsedAsGround: false;
  readonly note: string;
}

/** Where an information request goes, whether or not the person has a contact restriction. */
export function routeInformationRequest(kind: InformationRequestKind, personHasActiveRestriction: boolean): InformationRequestRouting {
  const label = kind === 'SAR' ? 'subject access request' : `${kind} request`;
  return {
    rule: 'BR-16',
    route: 'foiOfficer',
    restrictionMayBeUsedAsGround: false,
    note: personHasActiveRestriction
      ? `Send this ${label} to the FOI officer. The person's contact restriction is not a reason to refuse it; the request is assessed on its own.`
      : `Send this ${label} to the FOI officer.`
  };
}
