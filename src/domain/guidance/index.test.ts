import * as guidance from './index';

test('the guidance barrel exposes the public API', () => {
  expect(typeof guidance.selectGuidance).toBe('function');
  expect(typeof guidance.reviewNarrativeWording).toBe('function');
  expect(guidance.DEFAULT_GUIDANCE.length).toBe(guidance.DEFAULT_STAFF_GUIDANCE.length + guidance.DEFAULT_MEMBER_GUIDANCE.length);
});
