import { isoDate } from '../model/dates';
import { DEFAULT_GUIDANCE } from './defaultGuidance';
import { GUIDANCE_AUDIENCE_LABELS, GUIDANCE_AUDIENCES } from './guidanceSection';
import { selectGuidance } from './selectGuidance';

const today = isoDate('2026-11-28');

describe('default guidance content', () => {
  test('has at least 25 sections, with unique ids, across all three audiences', () => {
    expect(DEFAULT_GUIDANCE.length).toBeGreaterThanOrEqual(25);
    const ids = DEFAULT_GUIDANCE.map((s) => `${s.audience}:${s.id}`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const audience of GUIDANCE_AUDIENCES) {
      expect(DEFAULT_GUIDANCE.filter((s) => s.audience === audience).length).toBeGreaterThanOrEqual(4);
      expect(GUIDANCE_AUDIENCE_LABELS[audience].length).toBeGreaterThan(3);
    }
  });

  test.each([
    ['staff', 'incident', undefined, undefined],
    ['staff', 'incident', 'immediateAction', undefined],
    ['staff', 'incident', undefined, 'narrative'],
    ['staff', 'managerReview', undefined, undefined],
    ['staff', 'checklist', undefined, 'adjustments'],
    ['staff', 'panelDecision', 'bypass', undefined],
    ['staff', 'sanctionProposal', undefined, 'spoc'],
    ['staff', 'letterComposer', undefined, undefined],
    ['staff', 'review', 'personRequested', undefined],
    ['staff', 'appeal', undefined, undefined],
    ['staff', 'restrictionAlert', undefined, undefined],
    ['staff', 'markerForm', 'challenge', undefined],
    ['member', 'memberPortal', undefined, undefined],
    ['member', 'memberReferral', undefined, 'groupLeaderAdvice'],
    ['foi', 'foiAssessment', undefined, 'decisionMaker'],
    ['foi', 'foiAssessment', 'refusalNotice', undefined]
  ] as const)('spec 5.7: %s guidance exists for %s (step %s, field %s)', (audience, form, step, field) => {
    const role = form === 'managerReview' ? 'lineManager' : undefined;
    expect(selectGuidance(DEFAULT_GUIDANCE, { audience, form, step, field, role, today }).length).toBeGreaterThan(0);
  });

  test('every section is in force, cites a source and has substantial plain-text content', () => {
    for (const section of DEFAULT_GUIDANCE) {
      expect(section.effectiveFrom <= today).toBe(true);
      expect(section.sourceRefs.length).toBeGreaterThan(0);
      expect(section.bodyMarkdown.length).toBeGreaterThan(120);
      expect(section.bodyMarkdown).not.toMatch(/<[a-z]/i);
      expect(section.contextKeys.every((key) => /^(form|step|field|role):[A-Za-z.0-9_]+$/.test(key))).toBe(true);
    }
  });

  test('is written in British English', () => {
    const text = DEFAULT_GUIDANCE.map((s) => `${s.title} ${s.bodyMarkdown}`).join(' ');
    expect(text).not.toMatch(/\b(behavior|color|organization|organize|recognize|apologize|center|license[sd]? to|judgment)\b/i);
    expect(text).toMatch(/behaviour/);
  });
});
