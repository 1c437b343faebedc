// The council's logo on its letters (issue 18): read from the image's own header, drawn in
// proportion, put at the top of the Word document with the administrator's alternative text,
// and never the reason a letter is not produced.
import JSZip from 'jszip';
import { isoDate } from '../../src/domain';
import { generateLetterDocx } from '../../src/ui/screens/letters/generateLetterDocx';
import type { LetterDraft } from '../../src/ui/screens/letters/letterDraft';
import { drawnSize, fetchLetterLogo, imageOf, type LogoFetch } from '../../src/ui/screens/letters/letterLogo';

/** A real 1 x 1 PNG. */
const PNG_1X1: Uint8Array = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
);

/** The same PNG with its header saying `width` x `height` (the size is all imageOf reads). */
function pngSized(width: number, height: number): Uint8Array {
  const bytes = Uint8Array.from(PNG_1X1);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

const GIF_HEADER: Uint8Array = Uint8Array.from([...Buffer.from('GIF89a'), 0x40, 0x01, 0xc8, 0x00, 0, 0, 0]);
/** SOI, an APP0 segment of 16 bytes, then a baseline frame of 640 x 480. */
const JPEG_HEADER: Uint8Array = Uint8Array.from([
  0xff,
  0xd8,
  0xff,
  0xe0,
  0x00,
  0x10,
  ...new Array(14).fill(0),
  0xff,
  0xc0,
  0x00,
  0x11,
  0x08,
  0x01,
  0xe0,
  0x02,
  0x80,
  0x03
]);

function served(bytes: Uint8Array, status: number = 200): LogoFetch {
  return async () => ({ ok: status === 200, status, arrayBuffer: async () => bytes.slice().buffer });
}

function draft(overrides: Partial<LetterDraft> = {}): LetterDraft {
  return {
    type: 'RestrictionDecision',
    context: {},
    content: {
      behaviourOfConcern: 'On 3 November 2026 you shouted at staff at the Castle House reception.',
      decisionReasons: 'Staff felt threatened and monitoring since August has not changed the behaviour.',
      actionTaken: 'Please contact us only by email to ccm@example.gov.uk.',
      scope: 'The Housing service.',
      duration: 'Until 31 May 2027.',
      decisionAndReviewDates: 'Decided on 28 November 2026; review on 28 February 2027.',
      howToAppeal: 'Write to the Executive Director within 10 working days of receiving this letter.',
      ombudsmanRight: 'You can complain to the Local Government and Social Care Ombudsman.'
    },
    recipient: { name: 'Seán O’Brien', addressLines: ['1 High Street'] },
    signatory: { name: 'Sam Patel', jobTitle: 'Customer Relations Officer' },
    reference: 'CCM-2026-0042',
    date: isoDate('2026-11-28'),
    channel: 'letter',
    councilName: 'Newcastle-under-Lyme Borough Council',
    ...overrides
  };
}

describe('the council’s logo on its letters', () => {
  test('reads the kind and size of a PNG, a GIF and a JPEG from their headers, and nothing else', () => {
    expect(imageOf(pngSized(400, 200))).toEqual({ type: 'png', width: 400, height: 200 });
    expect(imageOf(GIF_HEADER)).toEqual({ type: 'gif', width: 320, height: 200 });
    expect(imageOf(JPEG_HEADER)).toEqual({ type: 'jpg', width: 640, height: 480 });
    expect(imageOf(Uint8Array.from(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>')))).toBeUndefined();
    expect(imageOf(new Uint8Array(0))).toBeUndefined();
  });

  test('a logo is scaled down to the letter head in proportion, and never enlarged', () => {
    expect(drawnSize(400, 200)).toEqual({ width: 180, height: 90 });
    expect(drawnSize(100, 400)).toEqual({ width: 24, height: 95 });
    expect(drawnSize(60, 30)).toEqual({ width: 60, height: 30 });
  });

  test('a logo that cannot be fetched, or is not a picture, leaves the letter without one and says why', async () => {
    expect(await fetchLetterLogo(undefined, undefined, served(PNG_1X1))).toEqual({});
    const missing = await fetchLetterLogo('/sites/ccm/SiteAssets/logo.png', 'Logo', served(PNG_1X1, 404));
    expect(missing.logo).toBeUndefined();
    expect(missing.problem).toContain('could not be fetched');
    const broken = await fetchLetterLogo('/x', 'Logo', async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(broken.problem).toContain('could not be fetched');
    const notPicture = await fetchLetterLogo('/logo.svg', 'Logo', served(Uint8Array.from(Buffer.from('<svg/>'))));
    expect(notPicture.problem).toContain('not a PNG, JPEG or GIF');
  });

  test('the Word letter carries the logo at the top, as a picture with the administrator’s alternative text', async () => {
    const { logo } = await fetchLetterLogo('/sites/ccm/SiteAssets/logo.png', 'Newcastle-under-Lyme Borough Council crest', served(PNG_1X1));
    const result = await generateLetterDocx(draft({ councilLogo: logo }));
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.validation)}`);
    const zip = await JSZip.loadAsync(result.bytes);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(new Uint8Array(await zip.file(media[0])!.async('uint8array'))).toEqual(PNG_1X1);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('descr="Newcastle-under-Lyme Borough Council crest"');
    // Before the council's name: the logo heads the letter.
    expect(xml.indexOf('<w:drawing>')).toBeLessThan(xml.indexOf('Newcastle-under-Lyme Borough Council</w:t>'));
  });

  test('without a logo the letter has no picture at all', async () => {
    const result = await generateLetterDocx(draft());
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.validation)}`);
    const zip = await JSZip.loadAsync(result.bytes);
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))).toEqual([]);
  });
});
