import { reviewNarrativeWording, thirdPartiesToRedact, WRITE_FACTUALLY_HINT } from './factualWriting';

describe('BR-23 disclosable records', () => {
  test('BR-23 a factual narrative gets no prompts; opinions and labels are flagged', () => {
    expect(reviewNarrativeWording('At 10:15 Mr Smith said "I will come back and sort you out" and hit the counter twice.')).toEqual([]);
    const advice = reviewNarrativeWording('He is a nutter, obviously drunk. I think he is dangerous.');
    expect(advice.map((a) => a.found)).toEqual(['nutter', 'obviously drunk', 'I think he is']);
    expect(advice.every((a) => a.rule === 'BR-23' && a.advice.length > 10)).toBe(true);
    expect(reviewNarrativeWording('Possibly bipolar.')[0].advice).toContain('health');
  });

  test('BR-23 third-party witnesses are flagged for redaction; staff witnesses are not', () => {
    const witnesses = [
      { name: 'Jo Bloggs (member of the public)', isThirdParty: true },
      { name: 'A. Officer', userId: 'u9', isThirdParty: false }
    ];
    expect(thirdPartiesToRedact({ witnesses })).toEqual([witnesses[0]]);
    expect(thirdPartiesToRedact({ witnesses: [witnesses[1]] })).toEqual([]);
  });

  test('the write-factually hint mentions that the person can read the record', () => {
    expect(WRITE_FACTUALLY_HINT).toContain('can ask to read');
  });
});
