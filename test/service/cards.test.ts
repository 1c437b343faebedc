import {
  alreadyDecidedCard,
  approvalRequestCard,
  awaitingDecisionCard,
  CARD_INPUTS,
  CARD_VERBS,
  decidedCard,
  noticeCard,
  markdownEscaped,
  summariseRestrictions,
  type ApprovalCardModel,
  type DecisionView
} from '../../src/cards';
import { isoDate } from '../../src/domain/model/dates';
import { adaptiveCardValidator } from './support/adaptiveCardSchema';

const hostile = "O'Brien [click me](https://evil.example) **bold** <at>Everyone</at> # heading\n1. list _x_ `code` \u202Egnp.exe";

function model(overrides: Partial<ApprovalCardModel> = {}): ApprovalCardModel {
  return {
    sanctionId: 'sanction-1',
    sanctionVersion: 1,
    caseId: 'case-42',
    personId: 'person-42',
    caseReference: 'CCM-2026-0042',
    customerName: hostile,
    routeLabel: 'Customer route',
    behaviours: ['Unreasonable levels of contact or unreasonably persistent contact', hostile],
    restrictions: summariseRestrictions([
      { type: 'R01', contact: { kind: 'officer', userId: 'u1', name: 'Cara Okafor' } },
      { type: 'R03', days: ['tuesday', 'thursday'], fromTime: '10:00', toTime: '12:00', maxCallMinutes: 20 },
      { type: 'R08' }
    ]),
    scope: { kind: 'service', service: 'Housing' },
    startDate: isoDate('2026-12-01'),
    endDate: isoDate('2027-06-01'),
    reviewDate: isoDate('2027-03-01'),
    spocSummary: 'Cara Okafor by telephone (cover: Ben Ade)',
    necessaryContactArrangements: hostile,
    proportionalityReasons: 'Less restrictive options were tried first.',
    checklist: { answered: 13, total: 13, gaps: [] },
    warnings: ['Telephone limits may conflict with recorded adjustments.'],
    continuityPlan: 'Written updates every fortnight about the child protection conference.',
    proposedByName: 'Cara Okafor',
    proposedAt: '2026-11-28T10:05:00.000Z',
    caseUrl: 'https://teams.microsoft.com/l/entity/app/ccm-personal?context=%7B%22subEntityId%22%3A%22case%3A42%22%7D',
    refreshUserIds: ['8:orgid:00000000-0000-0000-0000-0000000000e1'],
    ...overrides
  };
}

function decision(overrides: Partial<DecisionView> = {}): DecisionView {
  return {
    sanctionId: 'sanction-1',
    sanctionVersion: 1,
    caseId: 'case-42',
    personId: 'person-42',
    caseReference: 'CCM-2026-0042',
    customerName: hostile,
    outcome: 'Approve',
    deciderName: 'Ed Dunmore',
    decidedAt: '2026-07-01T13:30:00.000Z',
    reasons: hostile,
    caseUrl: 'https://example.test/case',
    refreshUserIds: ['8:orgid:a'],
    ...overrides
  };
}

describe('Adaptive Cards (official 1.5 schema)', () => {
  const validate = adaptiveCardValidator();

  const cards: Array<[string, unknown]> = [
    ['approval request', approvalRequestCard(model())],
    [
      'approval request without a statutory role',
      approvalRequestCard(
        model({ continuityPlan: undefined, warnings: [], checklist: { answered: 11, total: 13, gaps: ['Item C04', 'Item C07'] } })
      )
    ],
    [
      'approval request with a channel to confirm (BR-31 widened)',
      approvalRequestCard(model({ channelConfirmation: { channel: `By telephone with ${hostile}`, needs: ['Involve their advocate.'] } }))
    ],
    ['awaiting decision', awaitingDecisionCard(model())],
    ['decided: approved', decidedCard(decision())],
    ['decided: rejected', decidedCard(decision({ outcome: 'Reject' }))],
    ['decided: changes requested', decidedCard(decision({ outcome: 'AskForChanges' }))],
    ['already decided', alreadyDecidedCard(decision())],
    [
      'notice with link and facts',
      noticeCard({
        title: 'Not allowed',
        message: 'You proposed this sanction (BR-01).',
        facts: [{ title: 'Case', value: hostile }],
        quote: hostile,
        link: { title: 'Open', url: 'https://example.test' },
        tone: 'attention'
      })
    ],
    ['plain notice', noticeCard({ title: 'Hello', message: 'Welcome.' })]
  ];

  test.each(cards)('%s validates', (_name, card) => {
    expect(validate(card)).toEqual([]);
  });

  test('the validator is real: an unknown element type and a Teams-only property are handled', () => {
    expect(validate({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Marquee', text: 'x' }] }).length).toBeGreaterThan(0);
    expect(validate({ type: 'AdaptiveCard', version: '1.5', body: [], msteams: { width: 'Full' } })).toEqual([]);
  });

  test('BR-31 widened: the channel toggle appears only when there is a channel to confirm, with the channel and fixed needs shown', () => {
    const toggles = (card: unknown): string[] =>
      JSON.stringify(card)
        .match(/"id":"[A-Za-z]+Confirmed"/g)
        ?.map((m) => m.slice(6, -1)) ?? [];
    expect(toggles(approvalRequestCard(model()))).toEqual([CARD_INPUTS.continuityConfirmed]);
    const card = approvalRequestCard(
      model({
        channelConfirmation: { channel: 'By post with Cara Okafor', needs: ['Write in large print or Braille.', 'Involve their advocate.'] }
      })
    );
    expect(toggles(card)).toEqual([CARD_INPUTS.continuityConfirmed, CARD_INPUTS.channelConfirmed]);
    const text = JSON.stringify(card);
    for (const shown of ['By post with Cara Okafor', 'Write in large print or Braille.', 'Involve their advocate.'])
      expect(text).toContain(shown);
    // Seen by everyone on refresh, so the awaiting card carries no toggle.
    expect(toggles(awaitingDecisionCard(model({ channelConfirmation: { channel: 'By post', needs: [] } })))).toEqual([]);
  });

  test('cards are version 1.5 with Action.Execute verbs and refresh.userIds', () => {
    const card = approvalRequestCard(model());
    expect(card.version).toBe('1.5');
    const verbs = (card.actions ?? []).filter((a) => a.type === 'Action.Execute').map((a) => a.verb);
    expect(verbs).toEqual([CARD_VERBS.approve, CARD_VERBS.reject, CARD_VERBS.askForChanges]);
    expect(card.refresh).toMatchObject({ action: { verb: CARD_VERBS.refresh }, userIds: ['8:orgid:00000000-0000-0000-0000-0000000000e1'] });
    // The SDK routes `card.action.<data.action>`: the data must not carry an `action` key.
    for (const action of (card.actions ?? []).filter((a) => a.type === 'Action.Execute')) expect(action.data).not.toHaveProperty('action');
  });

  test('text from customers and staff cannot inject Markdown, links or mentions', () => {
    // People's text may only appear in TextRuns (never Markdown); TextBlocks, FactSets and
    // fallback text carry fixed wording only.
    const markdownTexts: string[] = [];
    const literalRuns: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== 'object') return;
      const element = node as Record<string, unknown>;
      if (element.type === 'TextBlock') markdownTexts.push(String(element.text));
      if (element.type === 'TextRun') literalRuns.push(String(element.text));
      if (element.type === 'FactSet') markdownTexts.push(JSON.stringify(element.facts));
      Object.values(element).forEach(walk);
    };
    const all = [
      approvalRequestCard(model()),
      awaitingDecisionCard(model()),
      decidedCard(decision()),
      alreadyDecidedCard(decision()),
      noticeCard({ title: 'T', message: 'M', facts: [{ title: 'Case', value: hostile }], quote: hostile })
    ];
    all.forEach(walk);
    for (const text of markdownTexts) {
      expect(text).not.toMatch(/click me|<at>|\*\*bold|evil/);
    }
    expect(literalRuns.some((text) => text.includes('[click me](https://evil.example)'))).toBe(true);
    expect(JSON.stringify(all)).not.toContain('\u202E');
    expect(all.map((card) => card.fallbackText).join(' ')).not.toMatch(/click me|<at>/);
    expect(markdownEscaped("O'Brien 1. [a](b) <at>x</at>")).toBe("O'Brien 1\\. \\[a\\]\\(b\\) \\<at\\>x\\</at\\>");
  });

  test('dates read the British way', () => {
    const wire = JSON.stringify(approvalRequestCard(model()));
    expect(wire).toContain('1 December 2026');
    expect(wire).toContain('1 March 2027');
    // 13:30 UTC in July is 14:30 British Summer Time.
    expect(JSON.stringify(decidedCard(decision()))).toContain('1 July 2026 at 14:30');
  });
});
