// BR-23 (spec 4.2, UK GDPR Art. 12(3) and 15): what is about the person, third parties flagged
// for redaction (never removed), the deadline in calendar months, the readable form.
import { isoDate, isoInstant, type IncidentReport, type AuditEvent } from '../model';
import { activeCase } from '../workflow/testing/caseJourney';
import { person } from '../workflow/testing/fixtures';
import { buildSubjectAccessBundle, type SubjectAccessSources } from './buildBundle';
import {
  letterDocumentPath,
  SUBJECT_ACCESS_FORMAT,
  SUBJECT_ACCESS_SECTIONS,
  type SubjectAccessRequestRecord,
  type ThirdPartyFlag
} from './bundle';
import type { FoiRequestAssessment, MemberReferral } from '../model';
import type { RestrictionAlertRecord } from '../alerts/alertRecord';
import { checkSubjectAccessRequest, subjectAccessDeadline } from './deadline';
import { fieldLabel, markThirdParties, readableBundle } from './readableBundle';

const NAMES: Readonly<Record<string, string>> = { 'u-staff': 'Sam Staff', 'u-cro': 'Cara Rhodes', 'u-ed': 'Edwina Director' };
const nameOf = (id: string): string | undefined => NAMES[id];

function incident(overrides: Partial<IncidentReport> = {}): IncidentReport {
  return {
    id: 'inc-1',
    personId: 'p-1',
    reporterId: 'u-staff',
    occurredAt: isoInstant('2026-01-02T14:30:00Z'),
    channel: 'phone',
    service: 'Housing',
    narrative: 'Shouted at the counter; Joan Witness saw it and Sam Staff ended the call.',
    categories: ['unreasonableDemands'] as IncidentReport['categories'],
    immediateAction: 'endedCall',
    witnesses: [
      { name: 'Joan Witness', isThirdParty: true },
      { name: 'Pat Colleague', isThirdParty: false }
    ],
    attachments: [{ name: 'photo.jpg', url: '/x/photo.jpg' }],
    healthAndSafetyFlag: false,
    status: 'Submitted',
    ...overrides
  };
}

const REQUEST: SubjectAccessRequestRecord = {
  receivedOn: isoDate('2026-01-31'),
  dueOn: isoDate('2026-02-28'),
  complex: false,
  loggedBy: 'u-dpo',
  loggedAt: isoInstant('2026-02-01T09:00:00Z')
};

function sources(overrides: Partial<SubjectAccessSources> = {}): SubjectAccessSources {
  const audit = (id: string, entityId: string, type: AuditEvent['entity']['type']): AuditEvent => ({
    id,
    actorId: 'u-cro',
    action: 'changed',
    at: isoInstant('2026-01-03T10:00:00Z'),
    entity: { type, id: entityId }
  });
  return {
    subject: person({ representatives: [{ name: 'Rita Rep', relationship: 'Advocate', consentGiven: true }] }),
    incidents: [incident(), incident({ id: 'inc-other', personId: 'p-2', narrative: 'Someone else entirely.' })],
    incidentFiles: { 'inc-1': [{ name: 'photo.jpg', url: '/x/photo.jpg' }] },
    cases: [activeCase(), { ...activeCase(), id: 'case-other', personId: 'p-2' }],
    letterDocuments: {},
    memberReferrals: [],
    foiRequests: [],
    alerts: [],
    markers: [],
    markerViewings: undefined,
    auditEvents: [audit('a-1', 'case-1', 'Case'), audit('a-2', 'case-other', 'Case'), audit('a-3', 'p-1', 'Person')],
    gaps: [],
    ...overrides
  };
}

describe('BR-23 subject access: deadline (Art. 12(3), calendar months)', () => {
  test('one calendar month from receipt; the last day of a shorter month', () => {
    expect(subjectAccessDeadline(isoDate('2026-11-28'), false)).toEqual({
      receivedOn: '2026-11-28',
      dueOn: '2026-12-28',
      answerBy: '2026-12-28'
    });
    expect(subjectAccessDeadline(isoDate('2027-01-31'), false).dueOn).toBe('2027-02-28');
  });

  test('a complex request is extended by two further months', () => {
    const deadline = subjectAccessDeadline(isoDate('2026-11-30'), true);
    expect(deadline).toEqual({ receivedOn: '2026-11-30', dueOn: '2026-12-30', extendedDueOn: '2027-02-28', answerBy: '2027-02-28' });
  });

  test('the received date must be a real date, not in the future, with a plain message', () => {
    const today = isoDate('2026-12-06');
    expect(checkSubjectAccessRequest({ receivedOn: '', complex: false }, today)).toMatchObject({
      ok: false,
      field: 'receivedOn',
      message: 'Enter the date the request was received.'
    });
    expect(checkSubjectAccessRequest({ receivedOn: '2026-02-30', complex: false }, today)).toMatchObject({
      ok: false,
      field: 'receivedOn'
    });
    expect(checkSubjectAccessRequest({ receivedOn: '2026-12-07', complex: false }, today)).toMatchObject({
      ok: false,
      message: 'The date the request was received cannot be in the future.'
    });
    expect(checkSubjectAccessRequest({ receivedOn: ' 2026-12-06 ', complex: true }, today)).toMatchObject({
      ok: true,
      deadline: { dueOn: '2027-01-06', extendedDueOn: '2027-03-06' }
    });
  });
});

describe('BR-23 subject access: what is about the person', () => {
  const bundle = buildSubjectAccessBundle(sources(), {
    request: REQUEST,
    exportedAt: isoInstant('2026-02-02T10:00:00Z'),
    exportedBy: 'u-dpo',
    nameOf
  });

  test('only the person’s records: another person’s incident, case and audit events are left out', () => {
    expect(bundle.format).toBe(SUBJECT_ACCESS_FORMAT);
    expect(bundle.sections.incidents.map((r) => r.id)).toEqual(['inc-1']);
    expect(bundle.sections.cases.map((r) => r.id)).toEqual(['case-1']);
    expect(bundle.sections.auditEvents.map((r) => r.id)).toEqual(['a-1', 'a-3']);
    expect(JSON.stringify(bundle)).not.toContain('Someone else entirely');
  });

  test('every section is present; the case’s decisions, sanctions, letters are their own sections', () => {
    expect(Object.keys(bundle.sections)).toEqual([...SUBJECT_ACCESS_SECTIONS]);
    const kase = activeCase();
    expect(bundle.sections.sanctions.map((r) => r.id)).toEqual(kase.sanctions.map((s) => s.id));
    expect(bundle.sections.letters.map((r) => r.id)).toEqual(kase.letters.map((l) => l.id));
    const decisions = bundle.sections.decisions.map((r) => r.data.decision);
    expect(decisions).toEqual(expect.arrayContaining(['invocation', 'approval']));
    expect(bundle.sections.incidents[0].data.attachedFiles).toEqual([{ name: 'photo.jpg', url: '/x/photo.jpg' }]);
  });

  test('the marker view log is an extension point: said to be not recorded, never "none"', () => {
    expect(bundle.gaps).toEqual([expect.objectContaining({ section: 'markerViewLog' })]);
    const withLog = buildSubjectAccessBundle(
      sources({
        markers: [
          {
            id: 'm-1',
            personId: 'p-1',
            incidentIds: [],
            riskDescription: 'r',
            precautions: 'p',
            proposedBy: 'u-cro',
            reviewDate: isoDate('2027-01-01'),
            challenges: [],
            status: 'Active'
          }
        ],
        markerViewings: [
          { id: 'v-1', markerId: 'm-1', viewedBy: 'u-staff', viewedAt: isoInstant('2026-01-04T09:00:00Z') },
          { id: 'v-2', markerId: 'm-other', viewedBy: 'u-staff', viewedAt: isoInstant('2026-01-04T09:00:00Z') }
        ]
      }),
      { request: REQUEST, exportedAt: isoInstant('2026-02-02T10:00:00Z'), exportedBy: 'u-dpo', nameOf }
    );
    expect(withLog.gaps).toEqual([]);
    expect(withLog.sections.markerViewLog.map((r) => r.id)).toEqual(['v-1']);
  });
});

describe('BR-23 subject access: letters and their documents, Member referrals, FOI/EIR requests, ended banners', () => {
  const kase = activeCase();
  const [first, ...rest] = kase.letters;
  const produced = { ...first, id: 'letter-doc', fields: { ...first.fields, documentUrl: '/sites/ccm/Letters/Decision letter-doc.docx' } };
  const gone = { ...first, id: 'letter-gone', fields: { ...first.fields, documentUrl: '/sites/ccm/Letters/Old letter-gone.docx' } };
  const referral: MemberReferral = {
    id: 'ref-1',
    councillorId: 'u-cllr',
    personId: 'p-1',
    personName: "Siân O'Brien",
    personContactDetails: '1 High Street',
    councillorLetterDate: isoDate('2026-01-05'),
    accountOfContacts: 'Repeated emails to the ward councillor.',
    referredToMonitoringOfficerOn: isoDate('2026-01-10'),
    createdAt: isoInstant('2026-01-10T09:00:00Z')
  };
  const foi: FoiRequestAssessment = {
    id: 'foi-1',
    regime: 'EIR',
    personId: 'p-1',
    receivedOn: isoDate('2026-01-12'),
    clarificationPauses: [],
    indicatorsConsidered: [],
    conciliatorySteps: [],
    handlerId: 'u-foi',
    handlerHeavilyInvolved: false
  };
  const endedBanner: RestrictionAlertRecord = {
    id: 'alert-ended',
    personId: 'p-1',
    personName: "Siân O'Brien",
    restrictionTypes: ['R01'],
    summary: 'Single point of contact',
    scopeSummary: 'All services',
    spocName: 'Cara Rhodes',
    spocChannel: 'email',
    contactArrangements: 'Write to Cara Rhodes',
    activeUntil: isoDate('2026-01-20'),
    isActive: false
  };
  const bundle = buildSubjectAccessBundle(
    sources({
      cases: [{ ...kase, letters: [produced, gone, ...rest] }],
      letterDocuments: {
        'letter-doc': { fileName: 'Decision letter-doc.docx', packagedAs: 'letters/Decision letter-doc.docx' },
        'letter-gone': { fileName: 'Old letter-gone.docx', missing: true }
      },
      memberReferrals: [referral, { ...referral, id: 'ref-other', personId: 'p-2' }],
      foiRequests: [foi, { ...foi, id: 'foi-other', personId: 'p-2' }],
      alerts: [endedBanner, { ...endedBanner, id: 'alert-other', personId: 'p-2' }],
      auditEvents: [
        {
          id: 'a-ref',
          actorId: 'u-mo',
          action: 'created',
          at: isoInstant('2026-01-10T09:00:00Z'),
          entity: { type: 'MemberReferral', id: 'ref-1' }
        }
      ]
    }),
    { request: REQUEST, exportedAt: isoInstant('2026-02-02T10:00:00Z'), exportedBy: 'u-dpo', nameOf }
  );

  test('each letter lists its document and where it is in the zip file, or says there is none', () => {
    const letters = new Map(bundle.sections.letters.map((r) => [r.id, r.data.document] as const));
    expect(letters.get('letter-doc')).toEqual({ fileName: 'Decision letter-doc.docx', inTheZipFileAs: 'letters/Decision letter-doc.docx' });
    expect(letters.get('letter-gone')).toMatch(/no longer holds this letter’s document/);
    for (const letter of rest) expect(letters.get(letter.id)).toMatch(/^No Word document was kept for this letter/);
    expect(letterDocumentPath('A b.docx')).toBe('letters/A b.docx');
  });

  test('the person’s Member referrals and FOI/EIR requests, and no one else’s; their audit events', () => {
    expect(bundle.sections.memberReferrals.map((r) => r.id)).toEqual(['ref-1']);
    expect(bundle.sections.foiRequests.map((r) => r.id)).toEqual(['foi-1']);
    expect(bundle.sections.auditEvents.map((r) => r.id)).toContain('a-ref');
  });

  test('banners that have ended are disclosed too, and still flag the staff they name', () => {
    expect(bundle.sections.alerts.map((r) => [r.id, r.data.isActive])).toEqual([['alert-ended', false]]);
    const cara = bundle.thirdParties.find((f) => f.name === 'Cara Rhodes');
    expect(cara?.appearsIn).toEqual(expect.arrayContaining([{ section: 'alerts', recordId: 'alert-ended', field: 'spocName' }]));
  });

  test('the referring councillor and the FOI handler are flagged for redaction, not removed', () => {
    expect(bundle.thirdParties.find((f) => f.identifier === 'u-cllr')).toMatchObject({ kind: 'councillor' });
    expect(bundle.thirdParties.find((f) => f.identifier === 'u-foi')).toMatchObject({ kind: 'staff' });
    expect(bundle.sections.memberReferrals[0].data.accountOfContacts).toBe('Repeated emails to the ward councillor.');
  });

  test('the readable bundle has a part for each, headed in plain English', () => {
    const readable = readableBundle(bundle, nameOf);
    const headings = readable.sections.map((s) => s.heading);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Councillors’ referrals (Member referrals)',
        'Freedom of information and environmental information requests',
        'Restriction banners shown to staff (in force and ended)'
      ])
    );
    const letters = readable.sections.find((s) => s.heading === 'Letters and their documents');
    const lines = letters?.records.flatMap((r) => r.lines.map((line) => `${line.label}: ${line.value.map((run) => run.text).join('')}`));
    expect(lines).toEqual(expect.arrayContaining(['Document, in the zip file as: letters/Decision letter-doc.docx']));
  });
});

describe('BR-23 subject access: third parties flagged for redaction, not removed', () => {
  const bundle = buildSubjectAccessBundle(sources(), {
    request: REQUEST,
    exportedAt: isoInstant('2026-02-02T10:00:00Z'),
    exportedBy: 'u-dpo',
    nameOf
  });
  const flag = (name: string): ThirdPartyFlag | undefined => bundle.thirdParties.find((candidate) => candidate.name === name);

  test('the reporter (staff), a witness who is not staff, a staff witness and a representative', () => {
    expect(flag('Sam Staff')).toMatchObject({ kind: 'staff', identifier: 'u-staff' });
    expect(flag('Joan Witness')).toMatchObject({ kind: 'witness' });
    expect(flag('Pat Colleague')).toMatchObject({ kind: 'staff' });
    expect(flag('Rita Rep')).toMatchObject({ kind: 'representative' });
    expect(flag('Cara Rhodes')).toMatchObject({ kind: 'staff', identifier: 'u-cro' });
  });

  test('names inside narratives are flagged where they appear; the text is kept whole', () => {
    const joan = flag('Joan Witness');
    expect(joan?.appearsIn).toEqual(expect.arrayContaining([{ section: 'incidents', recordId: 'inc-1', field: 'narrative' }]));
    expect(bundle.sections.incidents[0].data.narrative).toContain('Joan Witness saw it');
    expect(bundle.sections.incidents[0].thirdPartyRefs).toEqual(expect.arrayContaining([joan?.ref, flag('Sam Staff')?.ref]));
  });

  test('the person is never a third party in their own records; file names are not people', () => {
    expect(bundle.thirdParties.map((f) => f.name)).not.toContain("Siân O'Brien");
    expect(bundle.thirdParties.map((f) => f.name)).not.toContain('photo.jpg');
    expect(bundle.thirdParties.map((f) => f.identifier)).not.toContain('p-1');
  });

  test('refs are numbered TP1.. in order of first appearance, each once', () => {
    const refs = bundle.thirdParties.map((f) => f.ref);
    expect(refs).toEqual(refs.map((_, index) => `TP${index + 1}`));
  });
});

describe('BR-23 subject access: the readable bundle', () => {
  const bundle = buildSubjectAccessBundle(sources(), {
    request: REQUEST,
    exportedAt: isoInstant('2026-02-02T10:00:00Z'),
    exportedBy: 'u-dpo',
    nameOf
  });
  const readable = readableBundle(bundle, (id) => (id === 'u-dpo' ? 'Dana Protection' : nameOf(id)));

  test('headed sections in order, dates in long form, a summary with the deadline', () => {
    expect(readable.title).toBe("Subject access request: Siân O'Brien");
    expect(readable.sections.map((s) => s.heading)[1]).toBe('Incident reports');
    expect(readable.summary).toEqual(expect.arrayContaining([{ label: 'Answer due by', value: [{ text: '28 February 2026' }] }]));
    const occurred = readable.sections[1].records[0].lines.find((line) => line.label === 'Occurred at');
    expect(occurred?.value).toEqual([{ text: '2 January 2026 at 14:30' }]);
    expect(readable.sections.find((s) => s.heading === 'Who viewed the warning markers')?.note).toMatch(/^Not gathered/);
    expect(readable.sections.find((s) => s.heading === 'Warning markers')?.note).toBe('Nothing is held in this part.');
  });

  test('a request extended later says to when and why, the reason’s third parties marked too', () => {
    const extended = readableBundle(
      {
        ...bundle,
        request: { ...REQUEST, extendedDueOn: isoDate('2026-04-30'), complex: true, extensionReason: 'Joan Witness must be asked first.' }
      },
      nameOf
    );
    const joan = bundle.thirdParties.find((f) => f.name === 'Joan Witness');
    expect(extended.summary).toEqual(
      expect.arrayContaining([
        { label: 'Extended (complex request) to', value: [{ text: '30 April 2026' }] },
        { label: 'Why it was extended', value: [{ text: 'Joan Witness', thirdPartyRef: joan?.ref }, { text: ' must be asked first.' }] }
      ])
    );
    expect(readable.summary.map((line) => line.label)).not.toContain('Why it was extended');
  });

  test('third-party names are marked runs; user ids read as names', () => {
    const joan = bundle.thirdParties.find((f) => f.name === 'Joan Witness');
    const runs = markThirdParties('Joan Witness saw it', bundle.thirdParties);
    expect(runs).toEqual([{ text: 'Joan Witness', thirdPartyRef: joan?.ref }, { text: ' saw it' }]);
    expect(markThirdParties('u-staff', bundle.thirdParties)).toEqual([
      { text: 'Sam Staff', thirdPartyRef: bundle.thirdParties.find((f) => f.identifier === 'u-staff')?.ref }
    ]);
    expect(fieldLabel('witnesses[0].isThirdParty')).toBe('Witnesses 1, is third party');
  });
});
