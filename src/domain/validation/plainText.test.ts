import { hasForbiddenCharacters, plainTextProblem } from './plainText';

describe('plain text at the boundaries (issue 14)', () => {
  test.each([
    ['NUL', 'a\u0000b'],
    ['bell', 'a\u0007b'],
    ['vertical tab', 'a\u000Bb'],
    ['U+FFFE', 'a\uFFFEb'],
    ['U+FFFF', 'a\uFFFFb'],
    ['lone high surrogate', 'a\uD800b'],
    ['lone low surrogate', 'a\uDC00b']
  ])('refuses %s, which XML 1.0 (SharePoint, Word) cannot hold', (_name, value) => {
    expect(hasForbiddenCharacters(value)).toBe(true);
    expect(plainTextProblem(value, 'line', 'the name')).toMatch(/^There are characters in the name that cannot be stored/);
  });

  test.each(['Siân O’Brien', 'Line one\nLine two\r\n\tindented', 'Emoji 😀 and Łódź', '漢字', ''])('accepts %j', (value) => {
    expect(plainTextProblem(value, 'narrative', 'what happened')).toBeUndefined();
  });

  test('length is counted as SharePoint counts it (UTF-16 units: an emoji is two), with the limit in the message', () => {
    expect(plainTextProblem('😀'.repeat(127), 'line', 'the name')).toBeUndefined();
    expect(plainTextProblem('😀'.repeat(128), 'line', 'the name')).toBe(
      'Too long: 256 characters in the name, at most 255. Shorten it and try again.'
    );
    expect(plainTextProblem('x'.repeat(4001), 'reasons', 'the reasons')).toBe(
      'Too long: 4,001 characters in the reasons, at most 4,000. Shorten it and try again.'
    );
  });
});
