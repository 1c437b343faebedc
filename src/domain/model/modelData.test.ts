import * as model from './index';
import * as validation from '../validation/index';
import * as workflow from '../workflow/index';
import * as permissions from '../permissions/index';
import * as sanctions from '../sanctions/index';
import * as checklist from '../checklist/index';
import * as members from '../members/index';

describe('model choice lists match the spec', () => {
  test('case statuses and closure reasons follow the spec 5.4 state machine', () => {
    expect(model.CASE_STATUSES).toEqual([
      'Draft',
      'Referred',
      'InformalAction',
      'AwaitingInvocationDecision',
      'MonitoringLetterDraft',
      'Monitoring',
      'SanctionProposed',
      'SanctionLetterDraft',
      'SanctionActive',
      'UnderAppeal',
      'UnderReview',
      'Closed'
    ]);
    expect(model.CLOSURE_REASONS).toEqual(['Resolved', 'NotInvoked', 'Improved', 'Rejected', 'Quashed', 'Lifted', 'Expired']);
    expect(model.CASE_ROUTES).toEqual(['Customer', 'Councillor']);
  });

  test('letter types, approval, review and appeal outcomes match spec 5.2', () => {
    expect(model.LETTER_TYPES).toHaveLength(10);
    expect(model.APPROVAL_OUTCOMES).toEqual(['Approve', 'Reject', 'AskForChanges']);
    expect(model.REVIEW_OUTCOMES).toEqual(['Continue', 'Amend', 'Lift']);
    expect(model.APPEAL_OUTCOMES).toEqual(['Uphold', 'Vary', 'Quash']);
    expect(model.MONITORING_ASSESSMENTS).toContain('PartiallyImproved');
    expect(model.MARKER_STATUSES).toContain('UnderChallenge');
    expect(model.ICO_INDICATORS).toHaveLength(13);
    expect(model.AUDITED_ENTITY_TYPES).toContain('WarningMarker');
    expect(model.SYSTEM_ACTOR).toBe('system');
    expect(permissions.PERMISSION_ACTIONS).toContain('sanction.approve');
  });

  test('every public module loads without Node-only dependencies', () => {
    for (const mod of [validation, workflow, permissions, sanctions, checklist, members]) {
      expect(Object.keys(mod).length).toBeGreaterThan(0);
    }
  });
});
