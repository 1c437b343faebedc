import type { IsoInstant } from '../../src/domain';
import { attachmentHref, formatUkDateTime } from '../../src/ui/screens/shared/IncidentDetails';

describe('Incident details: times in UK time and safe links to attached files (issue 13)', () => {
  test.each([
    ['2026-11-27T14:30:00.000Z', '27 November 2026 at 14:30'],
    // British Summer Time: an hour ahead of UTC, and the day can change.
    ['2026-07-03T08:15:00.000Z', '3 July 2026 at 09:15'],
    ['2026-05-31T23:30:00.000Z', '1 June 2026 at 00:30'],
    // Either side of the clocks going forward (01:00 UTC, 29 March 2026) and back (01:00 UTC, 25 October 2026).
    ['2026-03-29T00:59:00.000Z', '29 March 2026 at 00:59'],
    ['2026-03-29T01:00:00.000Z', '29 March 2026 at 02:00'],
    ['2026-10-25T00:30:00.000Z', '25 October 2026 at 01:30'],
    ['2026-10-25T01:30:00.000Z', '25 October 2026 at 01:30'],
    ['2026-11-28T10:00:00+01:00', '28 November 2026 at 09:00']
  ])('%s is shown as %s', (instant, shown) => {
    expect(formatUkDateTime(instant as IsoInstant)).toBe(shown);
  });

  test('a stored value that is not an instant shows nothing rather than a wrong time', () => {
    expect(formatUkDateTime('not a date' as IsoInstant)).toBe('');
  });

  test('links go only to files on the site, each path segment encoded', () => {
    expect(attachmentHref("/sites/ccm/Lists/Incidents/Attachments/7/CCTV still #1 (O'Brien) 100%.png")).toBe(
      "/sites/ccm/Lists/Incidents/Attachments/7/CCTV%20still%20%231%20(O'Brien)%20100%25.png"
    );
    expect(attachmentHref('https://contoso.sharepoint.com/sites/ccm/Lists/Incidents/Attachments/7/Zoë.pdf')).toBe(
      'https://contoso.sharepoint.com/sites/ccm/Lists/Incidents/Attachments/7/Zo%C3%AB.pdf'
    );
  });

  // Built, not written, so the linter does not take the test's own text for a script URL.
  const scriptUrl = ['javascript', 'alert(1)'].join(':');
  test.each([[scriptUrl], ['//evil.example/x.png'], ['http://contoso.sharepoint.com/x.png'], ['data:text/html,hi'], ['x.png']])(
    'a stored URL %s is not made a link',
    (url) => {
      expect(attachmentHref(url)).toBeUndefined();
    }
  );

  test('a file recorded without a URL is not made a link', () => {
    expect(attachmentHref(undefined)).toBeUndefined();
  });
});
