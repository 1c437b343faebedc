// BR-24: a customer's own record is disposed of only once nothing else about them remains, its
// period running from the last thing recorded on them (never from the DPO's own decisions), and
// an open subject access request of theirs holds it.
import { isoDate, isoInstant, type AuditEvent } from '../model';
import { person } from '../workflow/testing/fixtures';
import { personOfRetentionSource, withSubjectAccessRequests } from '../subjectAccess';
import { DEFAULT_RETENTION_SCHEDULE, describeRetentionRule } from './retentionSchedule';
import { disposeOnUnder, personLastRecordedOn, retentionCandidateOf, type RetentionSource } from './retentionCandidates';

const event = (action: string, at: string): AuditEvent => ({
  id: `${action}-${at}`,
  actorId: 'u-dpo',
  action,
  at: isoInstant(at),
  entity: { type: 'Person', id: 'p-1' },
  after: { receivedOn: '2027-03-01', dueOn: '2027-04-01' }
});

describe('BR-24 a customer’s own record', () => {
  const source = (othersRemaining: number): RetentionSource => ({
    kind: 'person',
    record: person(),
    lastRecordedOn: isoDate('2026-12-06'),
    othersRemaining
  });

  test('kept while anything else names them; then due 12 months (by default) from the last thing recorded on them', () => {
    expect(retentionCandidateOf(source(1), DEFAULT_RETENTION_SCHEDULE)).toBeUndefined();
    const candidate = retentionCandidateOf(source(0), DEFAULT_RETENTION_SCHEDULE);
    expect(candidate).toEqual({ kind: 'person', entityType: 'Person', id: 'p-1', triggerDate: '2026-12-06' });
    expect(candidate && disposeOnUnder(candidate, DEFAULT_RETENTION_SCHEDULE)).toBe('2027-12-06');
    expect(describeRetentionRule(DEFAULT_RETENTION_SCHEDULE.person)).toBe(
      '12 months from the last time anything was recorded on the person'
    );
  });

  test('the last thing recorded: the item’s change or an audit entry on them, never the retention ledger’s own entries', () => {
    expect(personLastRecordedOn(isoDate('2026-12-06'), [])).toBe('2026-12-06');
    expect(personLastRecordedOn(undefined, [])).toBeUndefined();
    expect(
      personLastRecordedOn(isoDate('2026-12-06'), [
        event('SubjectAccessRequestLogged', '2027-03-01T10:00:00Z'),
        event('retention.held', '2028-01-01T10:00:00Z')
      ])
    ).toBe('2027-03-01');
    expect(
      personLastRecordedOn(isoDate('2026-12-06'), [
        event('retention.confirmed', '2028-01-01T10:00:00Z'),
        event('retention.released', '2028-01-02T10:00:00Z'),
        event('record.disposed', '2028-01-03T10:00:00Z')
      ])
    ).toBe('2026-12-06');
  });

  test('their own open subject access request holds their record', () => {
    expect(personOfRetentionSource(source(0))).toBe('p-1');
    const held = withSubjectAccessRequests({}, [event('SubjectAccessRequestLogged', '2027-03-01T10:00:00Z')]);
    expect(held.hold).toMatchObject({ reason: 'subjectAccessRequest', request: { answerBy: '2027-04-01' } });
  });
});
