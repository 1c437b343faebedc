// BR-23, UK GDPR Art. 12(3): a request extended after it was logged, within its first month,
// with the reason the person is told; the due date everywhere (the register, the retention hold)
// follows the extension.
import { isoDate, isoInstant, type AuditEvent } from '../model';
import { checkSubjectAccessExtension } from './extension';
import { openSubjectAccessRequests, SUBJECT_ACCESS_ACTIONS, subjectAccessExtensions } from './openRequests';
import { withSubjectAccessRequests } from './retentionHold';

const request = { receivedOn: isoDate('2026-11-30'), dueOn: isoDate('2026-12-30'), answered: false };

const event = (id: string, action: string, at: string, after: Record<string, unknown>): AuditEvent => ({
  id,
  actorId: 'u-dpo',
  action,
  at: isoInstant(at),
  entity: { type: 'Person', id: 'p-1' },
  after: after as AuditEvent['after']
});
const logged = event('r-1', SUBJECT_ACCESS_ACTIONS.logged, '2026-11-30T10:00:00Z', {
  receivedOn: '2026-11-30',
  dueOn: '2026-12-30',
  extendedDueOn: null,
  complex: false
});
const extended = event('e-1', SUBJECT_ACCESS_ACTIONS.extended, '2026-12-10T10:00:00Z', {
  requestId: 'r-1',
  extendedDueOn: '2027-02-28',
  reason: 'Several thousand emails to search.'
});

describe('BR-23 extending a subject access request later (Art. 12(3))', () => {
  test('within the first month, with a reason: three calendar months from receipt (the month’s last day where there is none)', () => {
    expect(checkSubjectAccessExtension(request, '  Several thousand emails to search. ', isoDate('2026-12-30'))).toEqual({
      ok: true,
      extendedDueOn: '2027-02-28',
      reason: 'Several thousand emails to search.'
    });
  });

  test('refused after the first month, a second time, once answered, or without a reason; each in plain words', () => {
    expect(checkSubjectAccessExtension(request, 'Late', isoDate('2026-12-31'))).toMatchObject({
      ok: false,
      field: 'request',
      message: expect.stringContaining('only within its first month, by 30 December 2026')
    });
    expect(checkSubjectAccessExtension({ ...request, extendedDueOn: isoDate('2027-02-28') }, 'Again', isoDate('2026-12-01'))).toMatchObject(
      {
        ok: false,
        message: 'This request is already extended to 28 February 2027, the most the law allows.'
      }
    );
    expect(checkSubjectAccessExtension({ ...request, answered: true }, 'Why', isoDate('2026-12-01'))).toMatchObject({
      ok: false,
      field: 'request'
    });
    expect(checkSubjectAccessExtension(request, '   ', isoDate('2026-12-01'))).toMatchObject({ ok: false, field: 'reason' });
    expect(checkSubjectAccessExtension(request, 'x'.repeat(4001), isoDate('2026-12-01'))).toMatchObject({
      ok: false,
      field: 'reason',
      message: expect.stringMatching(/^Too long/)
    });
    expect(checkSubjectAccessExtension(request, 'bad\u0000text', isoDate('2026-12-01'))).toMatchObject({ ok: false, field: 'reason' });
  });

  test('the register reads the extension back, and the first one counts', () => {
    const again = event('e-2', SUBJECT_ACCESS_ACTIONS.extended, '2026-12-11T10:00:00Z', { requestId: 'r-1', extendedDueOn: '2027-03-30' });
    const broken = event('e-3', SUBJECT_ACCESS_ACTIONS.extended, '2026-12-11T10:00:00Z', { requestId: 'r-9', extendedDueOn: 'soon' });
    expect(subjectAccessExtensions([logged, extended, again, broken])).toEqual(
      new Map([
        [
          'r-1',
          {
            extendedDueOn: '2027-02-28',
            reason: 'Several thousand emails to search.',
            extendedBy: 'u-dpo',
            extendedAt: '2026-12-10T10:00:00Z'
          }
        ]
      ])
    );
    expect(
      subjectAccessExtensions([
        event('e-4', SUBJECT_ACCESS_ACTIONS.extended, '2026-12-11T10:00:00Z', { requestId: 'r-1', extendedDueOn: '2027-02-28' })
      ]).get('r-1')?.reason
    ).toBe('');
  });

  test('the open request, and the retention hold it places, are due by the extended date', () => {
    expect(openSubjectAccessRequests([logged]).map((open) => open.answerBy)).toEqual(['2026-12-30']);
    expect(openSubjectAccessRequests([logged, extended]).map((open) => open.answerBy)).toEqual(['2027-02-28']);
    expect(withSubjectAccessRequests({}, [logged, extended]).hold?.request?.answerBy).toBe('2027-02-28');
  });
});
