// Property: Teams cards (issue 14). Whatever people typed into a case (names, reasons,
// restriction terms, references), every card the service builds is valid against the official
// Adaptive Cards 1.5 schema, survives JSON exactly as it travels to Teams, shows people's text
// only as literal TextRuns (clean, well-formed and clipped), and keeps it out of the Markdown
// and fallback text Teams renders or notifies with.
import fc from 'fast-check';
import {
  alreadyDecidedCard,
  approvalRequestCard,
  awaitingDecisionCard,
  decidedCard,
  DEFAULT_TEXT_LIMIT,
  noticeCard,
  summariseRestrictions,
  type AdaptiveCard,
  type ApprovalCardModel,
  type DecisionView
} from '../../src/cards';
import { APPROVAL_OUTCOMES, isoDate, type RestrictionItem, type SanctionScope } from '../../src/domain';
import { caseDeepLink } from '../../src/service/config';
import { adaptiveCardValidator } from '../service/support/adaptiveCardSchema';
import { hostileText, isWellFormed, sizedText } from './support/arbitraries';

const RUNS: number = 100;
const text = fc.oneof({ weight: 4, arbitrary: hostileText(60) }, { weight: 1, arbitrary: sizedText(DEFAULT_TEXT_LIMIT) });

const restriction: fc.Arbitrary<RestrictionItem> = fc.oneof(
  text.map((name): RestrictionItem => ({ type: 'R01', contact: { kind: 'officer', userId: 'u-cro', name } })),
  text.map((address): RestrictionItem => ({ type: 'R01', contact: { kind: 'inbox', address } })),
  text.map((subjectMatter): RestrictionItem => ({ type: 'R05', subjectMatter, reviewerId: 'u-rev' })),
  text.map((matterReference): RestrictionItem => ({ type: 'R06', matterReference })),
  fc.array(text, { maxLength: 3 }).map((sites): RestrictionItem => ({ type: 'R09', sites })),
  text.map((representativeName): RestrictionItem => ({ type: 'R11', representativeName })),
  text.map((terms): RestrictionItem => ({ type: 'R12', terms })),
  fc.array(text, { maxLength: 3 }).map((blockedAddresses): RestrictionItem => ({ type: 'R14', blockedAddresses })),
  fc.tuple(text, text, text).map(([service, signedOffBy, equalityNote]): RestrictionItem => ({
    type: 'R15',
    service,
    legalSignOff: { signedOffBy, signedOffOn: isoDate('2026-11-20') },
    equalityNote
  })),
  text.map((reference): RestrictionItem => ({ type: 'R16', kind: 'police', reference })),
  fc.constant<RestrictionItem>({ type: 'R08' })
);

const scope: fc.Arbitrary<SanctionScope> = fc.oneof(
  text.map((staffName): SanctionScope => ({ kind: 'person', staffUserId: 'u-1', staffName })),
  fc.tuple(text, text).map(([team, service]): SanctionScope => ({ kind: 'team', team, service })),
  text.map((service): SanctionScope => ({ kind: 'service', service })),
  text.map((detail): SanctionScope => ({ kind: 'councilWide', justification: { basis: 'riskToStaff', detail } })),
  fc.array(text, { maxLength: 3 }).map((sites): SanctionScope => ({ kind: 'premisesExclusion', sites })),
  text.map((meetings): SanctionScope => ({ kind: 'publicMeetingExclusion', meetings }))
);

/** Case ids are the system's, but stored text all the same: anything a validator lets through. */
const caseUrl = hostileText(30)
  .filter(isWellFormed)
  .map((caseId) => caseDeepLink({ teamsAppId: 'ccm-app', tabEntityId: 'ccm-personal' }, caseId));

const model: fc.Arbitrary<ApprovalCardModel> = fc.record({
  sanctionId: text,
  sanctionVersion: fc.integer({ min: 1, max: 99 }),
  caseId: text,
  personId: text,
  caseReference: text,
  customerName: text,
  routeLabel: fc.constantFrom('Customer route', 'Councillors’ route'),
  behaviours: fc.array(text, { maxLength: 3 }),
  restrictions: fc.array(restriction, { minLength: 1, maxLength: 4 }).map(summariseRestrictions),
  scope,
  startDate: fc.constant(isoDate('2026-12-01')),
  endDate: fc.constant(isoDate('2027-06-01')),
  reviewDate: fc.constant(isoDate('2027-03-01')),
  spocSummary: text,
  necessaryContactArrangements: text,
  proportionalityReasons: text,
  checklist: fc.record({ answered: fc.nat(13), total: fc.constant(13), gaps: fc.array(text, { maxLength: 3 }) }),
  warnings: fc.array(text, { maxLength: 3 }),
  continuityPlan: fc.option(text, { nil: undefined }),
  proposedByName: text,
  proposedAt: fc.oneof(fc.constant('2026-11-28T10:05:00.000Z'), text),
  caseUrl,
  refreshUserIds: fc.array(hostileText(20), { maxLength: 3 })
});

const decision: fc.Arbitrary<DecisionView> = fc.record({
  sanctionId: text,
  sanctionVersion: fc.integer({ min: 1, max: 99 }),
  caseId: text,
  personId: text,
  caseReference: text,
  customerName: text,
  outcome: fc.constantFrom(...APPROVAL_OUTCOMES),
  deciderName: text,
  decidedAt: fc.oneof(fc.constant('2026-07-01T13:30:00.000Z'), text),
  reasons: text,
  caseUrl,
  refreshUserIds: fc.array(hostileText(20), { maxLength: 3 })
});

interface CardTexts {
  /** Rendered as Markdown by Teams: fixed wording only. */
  markdown: string[];
  /** Shown exactly as given. */
  literal: string[];
}

function textsOf(card: AdaptiveCard): CardTexts {
  const texts: CardTexts = { markdown: [], literal: [] };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    if (element.type === 'TextBlock') texts.markdown.push(String(element.text));
    if (element.type === 'TextRun') texts.literal.push(String(element.text));
    if (element.type === 'FactSet') texts.markdown.push(JSON.stringify(element.facts));
    Object.values(element).forEach(walk);
  };
  walk(card.body);
  return texts;
}

/** A marker no fixed wording contains, so finding it in Markdown means people's text got there. */
const MARKER: string = 'Zq7Marker';

function expectSafeCard(card: AdaptiveCard): void {
  expect(adaptiveCardValidator()(card)).toEqual([]);
  // Exactly what Teams receives, and the same card back.
  const wire = JSON.stringify(card);
  expect(JSON.parse(wire)).toEqual(card);
  const { markdown, literal } = textsOf(card);
  for (const run of literal) {
    expect(isWellFormed(run)).toBe(true);
    // eslint-disable-next-line no-control-regex -- controls are what must not reach the card.
    expect(run).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/);
    expect(run.length).toBeLessThanOrEqual(DEFAULT_TEXT_LIMIT);
  }
  for (const wording of [...markdown, card.fallbackText ?? '']) expect(wording).not.toContain(MARKER);
}

describe('Teams cards with any text in the case (fast-check)', () => {
  const withMarker = <T>(arbitrary: fc.Arbitrary<T>, put: (value: T) => T): fc.Arbitrary<T> =>
    fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: arbitrary.map(put) });

  test('approval request and awaiting-decision cards', () => {
    const models = withMarker(model, (m) => ({
      ...m,
      customerName: `**${MARKER}**`,
      proportionalityReasons: `[${MARKER}](https://evil.example)`
    }));
    fc.assert(
      fc.property(models, (m) => {
        expectSafeCard(approvalRequestCard(m));
        expectSafeCard(awaitingDecisionCard(m));
      }),
      { numRuns: RUNS }
    );
  });

  test('decided and already-decided cards', () => {
    const views = withMarker(decision, (d) => ({ ...d, customerName: `<at>${MARKER}</at>`, reasons: `# ${MARKER}` }));
    fc.assert(
      fc.property(views, (d) => {
        expectSafeCard(decidedCard(d));
        expectSafeCard(alreadyDecidedCard(d));
      }),
      { numRuns: RUNS }
    );
  });

  test('notices quoting people and listing facts', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 3 }), fc.option(text, { nil: undefined }), caseUrl, (values, quote, url) => {
        expectSafeCard(
          noticeCard({
            title: 'Nothing was recorded',
            message: 'Too long: 4,001 characters in your comment, at most 4,000. Shorten it and try again.',
            facts: values.map((value) => ({ title: 'Case', value })),
            quote,
            link: { title: 'Open the case', url },
            tone: 'attention'
          })
        );
      }),
      { numRuns: RUNS }
    );
  });
});
