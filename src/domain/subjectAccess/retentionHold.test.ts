import { isoDate, isoInstant, type AuditEvent } from '../model';
import type { RetentionStanding } from '../time';
import { openSubjectAccessRequests, SUBJECT_ACCESS_ACTIONS } from './openRequests';
import { withSubjectAccessRequests } from './retentionHold';

const logged = (id: string, at: string, after: Record<string, unknown>): AuditEvent => ({
  id,
  actorId: 'u-dpo',
  action: SUBJECT_ACCESS_ACTIONS.logged,
  at: isoInstant(at),
  entity: { type: 'Person', id: 'p-1' },
  after: after as AuditEvent['after']
});
const exported = (id: string, requestId: string, at: string): AuditEvent => ({
  id,
  actorId: 'u-dpo',
  action: SUBJECT_ACCESS_ACTIONS.exported,
  at: isoInstant(at),
  entity: { type: 'Person', id: 'p-1' },
  after: { requestId }
});

const first = logged('r-1', '2032-03-01T10:00:00Z', { receivedOn: '2032-03-01', dueOn: '2032-04-01', extendedDueOn: null, complex: false });
const complex = logged('r-2', '2032-05-01T10:00:00Z', {
  receivedOn: '2032-05-01',
  dueOn: '2032-06-01',
  extendedDueOn: '2032-08-01',
  complex: true
});

describe('open subject access requests (BR-23)', () => {
  test('a request is open until an export names it; a complex one is answered by its extended date', () => {
    expect(openSubjectAccessRequests([first])).toEqual([
      { requestId: 'r-1', receivedOn: '2032-03-01', answerBy: '2032-04-01', loggedBy: 'u-dpo', loggedAt: '2032-03-01T10:00:00Z' }
    ]);
    expect(openSubjectAccessRequests([first, exported('x-1', 'r-1', '2032-03-20T10:00:00Z')])).toEqual([]);
    expect(
      openSubjectAccessRequests([complex, first, exported('x-1', 'r-1', '2032-03-20T10:00:00Z')]).map((r) => [r.requestId, r.answerBy])
    ).toEqual([['r-2', '2032-08-01']]);
  });

  test('an export for another request does not answer this one; an entry without dates is not a request', () => {
    expect(openSubjectAccessRequests([first, exported('x-9', 'r-9', '2032-03-20T10:00:00Z')])).toHaveLength(1);
    expect(openSubjectAccessRequests([logged('r-3', '2032-03-01T10:00:00Z', { receivedOn: 'soon' })])).toEqual([]);
  });
});

describe('an open request holds the person’s records from disposal (BR-23, BR-24)', () => {
  const confirmedEarlier: RetentionStanding = { confirmed: { by: 'u-dpo', at: isoInstant('2032-02-01T09:00:00Z') } };

  test('no request: the standing is as the record’s own audit entries say', () => {
    expect(withSubjectAccessRequests(confirmedEarlier, [])).toBe(confirmedEarlier);
  });

  test('an open request holds the record with the request as its reason, and clears an earlier confirmation', () => {
    expect(withSubjectAccessRequests(confirmedEarlier, [first])).toEqual({
      hold: {
        reason: 'subjectAccessRequest',
        by: 'u-dpo',
        at: '2032-03-01T10:00:00Z',
        request: { requestId: 'r-1', receivedOn: isoDate('2032-03-01'), answerBy: isoDate('2032-04-01') }
      }
    });
  });

  test('once answered the hold lifts; a confirmation from before the request still does not count, one after it does', () => {
    const answered = [first, exported('x-1', 'r-1', '2032-03-20T10:00:00Z')];
    expect(withSubjectAccessRequests(confirmedEarlier, answered)).toEqual({});
    const confirmedAfter: RetentionStanding = { confirmed: { by: 'u-dpo', at: isoInstant('2032-03-21T09:00:00Z') } };
    expect(withSubjectAccessRequests(confirmedAfter, answered)).toEqual(confirmedAfter);
  });

  test('a hold the DPO placed is kept as it is', () => {
    const ombudsman: RetentionStanding = { hold: { reason: 'ombudsmanEnquiry', by: 'u-dpo', at: isoInstant('2032-02-01T09:00:00Z') } };
    expect(withSubjectAccessRequests(ombudsman, [first])).toEqual(ombudsman);
  });
});
