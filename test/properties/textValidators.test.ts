// Property: the domain's text policy at the boundary (issue 14). Any text at all, of any length,
// is either accepted, and then is XML-safe (it parses back exactly, so SharePoint and a Word
// letter can hold it) and within its field's limit, or refused with a plain-words error naming
// the field. Validators never throw, whatever shape the input has. jsdom gives the strict XML
// parser.
import fc from 'fast-check';
import { isoDate } from '../../src/domain/model/dates';
import {
  FieldErrors,
  hasForbiddenCharacters,
  MULTI_LINE_TEXT_MAX,
  optionalLine,
  optionalNote,
  plainTextProblem,
  requiredLine,
  requiredNote,
  SINGLE_LINE_TEXT_MAX,
  TEXT_LIMITS,
  validateApprovalDecisionInput,
  validateAppealInput,
  validateContactLogEntryInput,
  validateFoiRequestAssessmentInput,
  validateIncidentReportInput,
  validateInvocationDecisionInput,
  validatePersonInput,
  validateReviewInput,
  validateSanctionProposalInput,
  validateWarningMarkerInput,
  type TextLimit,
  type ValidationError
} from '../../src/domain/validation';
import { hostileText, isPlainWords, sizedText } from './support/arbitraries';
import { xmlRoundTrip } from './support/xml';

const RUNS: number = 100;
const today = isoDate('2026-11-28');
const CODES: readonly ValidationError['code'][] = [
  'required',
  'tooLong',
  'dateOrder',
  'outOfRange',
  'unknownChoice',
  'invalidFormat',
  'notAllowed'
];

describe('plainTextProblem: one policy per kind of text (fast-check)', () => {
  test.each(Object.keys(TEXT_LIMITS) as TextLimit[])(
    '%s: accepted text is XML-safe and within the limit; refused text is told why',
    (kind) => {
      const limit = TEXT_LIMITS[kind];
      fc.assert(
        fc.property(sizedText(limit), (value) => {
          const problem = plainTextProblem(value, kind, 'the reasons');
          if (problem === undefined) {
            expect(xmlRoundTrip(value)).toBe(value);
            // Counted as SharePoint counts (UTF-16 units), as the field validators count.
            expect(value.length).toBeLessThanOrEqual(limit);
          } else {
            expect(isPlainWords(problem)).toBe(true);
            expect(problem).toContain('in the reasons');
            // Refused for a reason that is true of the text.
            expect(hasForbiddenCharacters(value) || value.length > limit).toBe(true);
          }
        }),
        { numRuns: RUNS }
      );
    }
  );
});

describe('field validators: lines and notes (fast-check)', () => {
  const kinds: ReadonlyArray<[string, typeof requiredLine, number, boolean]> = [
    ['requiredLine', requiredLine, SINGLE_LINE_TEXT_MAX, true],
    ['optionalLine', optionalLine, SINGLE_LINE_TEXT_MAX, false],
    ['requiredNote', requiredNote, MULTI_LINE_TEXT_MAX, true],
    ['optionalNote', optionalNote, MULTI_LINE_TEXT_MAX, false]
  ];
  test.each(kinds)('%s never throws; what it returns is the text itself, storable and within the column', (_name, check, max, required) => {
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: sizedText(max) }, { weight: 1, arbitrary: fc.anything() }), (value) => {
        const errors = new FieldErrors();
        const accepted = check(errors, 'summary', 'the summary', value);
        if (accepted !== undefined) {
          expect(accepted).toBe(value);
          expect(errors.hasErrors).toBe(false);
          expect(xmlRoundTrip(accepted)).toBe(accepted);
          // SharePoint counts a column's length in UTF-16 units, so that is what is checked.
          expect(accepted.length).toBeLessThanOrEqual(max);
        } else if (errors.hasErrors) {
          expect(errors.errors).toHaveLength(1);
          const [error] = errors.errors;
          expect(error.field).toBe('summary');
          expect(isPlainWords(error.message)).toBe(true);
          expect(error.message.toLowerCase()).toContain('the summary');
        } else {
          // Nothing given and nothing needed: only blank input may pass silently.
          expect(required).toBe(false);
          expect(value === undefined || value === null || (typeof value === 'string' && value.trim() === '')).toBe(true);
        }
      }),
      { numRuns: RUNS }
    );
  });
});

// Valid inputs for every boundary validator (as their unit tests use them), to be broken one
// value at a time.
const VALID: ReadonlyArray<[string, unknown, (input: unknown) => ReturnType<typeof validateAppealInput> | { ok: boolean }]> = [
  [
    'person',
    {
      names: { given: 'Alex', family: 'Morgan' },
      aliases: ['Alexander Morgan'],
      addresses: ['1 High Street\nNewcastle-under-Lyme'],
      contactChannels: [{ kind: 'phone', value: '01782 000000', preferred: true }],
      representatives: [
        {
          name: 'Sam Morgan',
          relationship: 'Brother',
          consentGiven: true,
          consentRecordedOn: '2026-10-01',
          contact: { kind: 'post', value: '2 High Street' }
        }
      ],
      reasonableAdjustments: [
        { kind: 'literacyDifficulty', description: 'Cannot read long letters.', communicationNeed: true, recordedOn: '2026-09-01' }
      ],
      vulnerabilityFlags: ['homelessness'],
      statutoryRoles: [{ role: 'tenant', detail: 'Council tenant since 2019' }],
      isCarerOrRepresentativeFor: [{ name: 'Jo Morgan', relationship: 'Mother', disabled: true }]
    },
    (input) => validatePersonInput(input, today)
  ],
  [
    'incident',
    {
      personId: 'p-1',
      reporterId: 'u-staff',
      occurredAt: '2026-11-27T14:05:00Z',
      channel: 'phone',
      service: 'Housing',
      narrative: 'Shouted at the officer.',
      categories: ['aggressiveAbusiveThreatening'],
      immediateAction: 'endedCall',
      immediateActionDetail: 'Ended the call after a warning.',
      policeReference: 'NS-2026-1',
      witnesses: [{ name: 'Kim', userId: 'u-kim', isThirdParty: true }],
      attachments: [{ name: 'a.png' }],
      healthAndSafetyFlag: false
    },
    (input) => validateIncidentReportInput(input, today)
  ],
  [
    'contact log entry',
    {
      receivedAt: '2026-11-27T10:15:00Z',
      channel: 'email',
      viaSpoc: true,
      summary: 'Asked about the repair date.',
      newIssue: false,
      safeguardingConcern: false,
      breachOfRestriction: false,
      reviewedBy: 'u-rev'
    },
    (input) => validateContactLogEntryInput(input, today)
  ],
  [
    'invocation decision',
    {
      meetingDate: '2026-11-20',
      attendees: [
        { userId: 'u-hos', name: 'Hannah Oakes', role: 'headOfService' },
        { userId: 'u-ed', name: 'Ed Drake', role: 'executiveDirector' },
        { userId: 'u-cro', name: 'Chris Rowe', role: 'customerRelationsOfficer' }
      ],
      documentsReviewed: ['Incident report 14 November'],
      outcome: 'Invoke',
      reasons: 'Repeated abusive calls to the repairs team.',
      monitoringPeriod: { lengthMonths: 3 },
      spocUserId: 'u-cro'
    },
    (input) => validateInvocationDecisionInput(input, today)
  ],
  [
    'sanction proposal',
    {
      subjectPersonId: 'p-1',
      restrictions: [
        { type: 'R01', contact: { kind: 'officer', userId: 'u-cro', name: 'Chris Rowe' } },
        { type: 'R03', days: ['monday', 'thursday'], fromTime: '10:00', toTime: '12:00', maxCallMinutes: 20 },
        { type: 'R05', subjectMatter: 'Bin collections in 2025', reviewerId: 'u-rev' },
        { type: 'R12', terms: 'Meetings only with two officers present.' },
        { type: 'R14', blockedAddresses: ['troll@example.org'] }
      ],
      scope: { kind: 'service', service: 'Housing' },
      startDate: '2026-12-01',
      endDate: '2027-06-01',
      reviewDate: '2027-03-01',
      spoc: { userId: 'u-cro', name: 'Chris Rowe', channel: 'phone', cover: { name: 'Pat Lee' } },
      necessaryContactArrangements: 'Repairs can still be reported by phone.',
      proportionalityReasons: 'Least restrictive option after monitoring.',
      continuityPlan: { arrangements: ['writtenUpdates'], description: 'Written updates every fortnight.', confirmedBy: 'u-hos' }
    },
    (input) => validateSanctionProposalInput(input)
  ],
  [
    'review',
    {
      kind: 'Scheduled',
      sanctionId: 's-1',
      dueDate: '2026-11-25',
      heldOn: '2026-11-26',
      reviewers: ['u-hos', 'u-cro'],
      evidence: 'Contact log since June.',
      outcome: 'Continue',
      reasons: 'Abusive emails continued in October.',
      nextReviewDate: '2027-03-01'
    },
    (input) => validateReviewInput(input, today)
  ],
  [
    'approval decision',
    { approverRole: 'executiveDirector', outcome: 'Reject', reasons: 'Not proportionate.', continuityPlanConfirmed: true },
    (input) => validateApprovalDecisionInput(input)
  ],
  [
    'appeal',
    {
      sanctionId: 's-1',
      receivedOn: '2026-11-20',
      grounds: ['disproportionate'],
      statement: 'I need phone contact.',
      reviewerId: 'u-appeal'
    },
    (input) => validateAppealInput(input, today)
  ],
  [
    'FOI assessment',
    {
      regime: 'FOIA',
      receivedOn: '2026-10-01',
      statutoryDueDate: '2026-10-29',
      clarificationPauses: [{ from: '2026-10-02', to: '2026-10-06' }],
      ground: 's14_1',
      indicatorsConsidered: [{ indicator: 'burden', evidence: '40 requests in two months.' }],
      fourConsiderations: { burden: 'High.', motive: 'Grievance.', valueOrPurpose: 'Little.', harassmentOrDistress: 'Staff distressed.' },
      conciliatorySteps: [{ date: '2026-10-10', description: 'Offered a meeting.' }],
      handlerId: 'u-foi',
      handlerHeavilyInvolved: false,
      decisionMakerId: 'u-foi-lead',
      refusalNoticeDate: '2026-10-20',
      refusalNotice: { statesGround: true, internalReviewRoute: true, icoRight: true, reasonsGiven: true, reasonsNote: 'Set out in full.' },
      section17_6: { previousNoticeReference: 'FOI-1', warningLetterReference: 'W-1', reason: 'Same request again.' },
      internalReview: { requestedOn: '2026-11-01', reviewerId: 'u-ig', outcome: 'Upheld', decidedOn: '2026-11-20' },
      icoReference: 'IC-1',
      linkedCaseId: 'c-1'
    },
    (input) => validateFoiRequestAssessmentInput(input, today)
  ],
  [
    'warning marker',
    {
      personId: 'p-1',
      incidentIds: ['i-1'],
      riskDescription: 'Threatened an officer with a knife on a home visit.',
      precautions: 'Two officers on every visit.',
      proposedBy: 'u-staff',
      notifiedOn: '2026-11-27',
      reviewDate: '2027-11-01'
    },
    (input) => validateWarningMarkerInput(input, today)
  ]
];

type Path = readonly (string | number)[];

/** Every place in a JSON value that holds a value of its own (leaves, lists and groups alike). */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const below = Array.isArray(value)
    ? value.flatMap((item, index) => pathsOf(item, [...path, index]))
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))
      : [];
  return path.length === 0 ? below : [path, ...below];
}

function withValueAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = withValueAt(copy[head], rest, replacement);
  return copy;
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (inner, key) => (typeof inner === 'object' && inner !== null ? (inner as Record<string | number, unknown>)[key] : undefined),
    value
  );
}

function isGroup(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

describe('every boundary validator, with any value anywhere (fast-check)', () => {
  test.each(VALID)('%s: never throws; accepts only storable text; refuses field by field in plain words', (_name, valid, validate) => {
    expect(validate(valid).ok).toBe(true);
    const paths = pathsOf(valid);
    const replacement = fc.oneof(
      { weight: 3, arbitrary: hostileText(60) },
      { weight: 2, arbitrary: sizedText(SINGLE_LINE_TEXT_MAX) },
      { weight: 1, arbitrary: sizedText(MULTI_LINE_TEXT_MAX) },
      { weight: 2, arbitrary: fc.anything() }
    );
    // Values in places the validator does not expect, too: an extra key on any group or item.
    const groups = [[] as Path, ...paths.filter((path) => isGroup(valueAt(valid, path)))];
    const extraKeys = groups.map((path) => [...path, 'comment']);
    const broken = fc
      .array(fc.tuple(fc.constantFrom(...paths, ...extraKeys), replacement), { minLength: 1, maxLength: 3 })
      .map((changes) => changes.reduce<unknown>((input, [path, value]) => withValueAt(input, path, value), valid));
    fc.assert(
      fc.property(broken, (input) => {
        const result = validate(input) as { ok: true; value: unknown } | { ok: false; error: ValidationError[] };
        if (result.ok) {
          for (const text of stringsIn(result.value)) {
            expect(hasForbiddenCharacters(text)).toBe(false);
            expect(text.length).toBeLessThanOrEqual(MULTI_LINE_TEXT_MAX);
          }
        } else {
          expect(result.error.length).toBeGreaterThan(0);
          for (const error of result.error) {
            expect(error.field).toMatch(/^[A-Za-z_][\w.[\]]*$/);
            expect(CODES).toContain(error.code);
            expect({ field: error.field, message: error.message, plain: isPlainWords(error.message) }).toEqual({
              field: error.field,
              message: error.message,
              plain: true
            });
          }
        }
      }),
      { numRuns: RUNS }
    );
  });
});
