import { defaultOmbudsmanSignposting } from '../settings/councilDetails';
import {
  chooseOmbudsman,
  DEFAULT_OMBUDSMAN_SETTINGS,
  OMBUDSMAN_NATIONS,
  OMBUDSMAN_SCHEMES,
  OMBUDSMEN,
  ombudsmanRightText,
  standardOmbudsmanSignposting
} from './ombudsman';
import { validateLetter } from './validateLetter';

describe('the Ombudsman a letter names (spec 2.6 item 11, 2.8)', () => {
  test('BR-07 by default the Local Government and Social Care Ombudsman, with its contact details', () => {
    expect(DEFAULT_OMBUDSMAN_SETTINGS).toEqual({ nation: 'england', landlord: false });
    expect(chooseOmbudsman()).toBe(OMBUDSMEN.LGSCO);
    expect(standardOmbudsmanSignposting()).toBe(
      'If you are unhappy with this decision you can complain to the Local Government and Social Care Ombudsman: www.lgo.org.uk, telephone 0300 061 0614.'
    );
  });

  test('the Housing Ombudsman for landlord matters in England; SPSO, PSOW and NIPSO elsewhere, landlord or not', () => {
    expect(chooseOmbudsman('england', true).scheme).toBe('HousingOmbudsman');
    expect(OMBUDSMAN_NATIONS.map((nation) => chooseOmbudsman(nation).scheme)).toEqual(['LGSCO', 'PSOW', 'SPSO', 'NIPSO']);
    expect(OMBUDSMAN_NATIONS.map((nation) => chooseOmbudsman(nation, true).scheme)).toEqual(['HousingOmbudsman', 'PSOW', 'SPSO', 'NIPSO']);
    expect(standardOmbudsmanSignposting({ nation: 'england', landlord: true })).toContain(
      'For landlord matters, contact the Housing Ombudsman: www.housing-ombudsman.org.uk, telephone 0300 111 3000.'
    );
    expect(standardOmbudsmanSignposting({ nation: 'scotland', landlord: true })).toBe(
      'If you are unhappy with this decision you can complain to the Scottish Public Services Ombudsman: www.spso.org.uk, telephone 0800 377 7330.'
    );
  });

  test('the standard wording is the one the administration screen offers, for every nation, landlord or not', () => {
    for (const nation of OMBUDSMAN_NATIONS) {
      for (const landlord of [false, true]) {
        expect(standardOmbudsmanSignposting({ nation, landlord })).toBe(defaultOmbudsmanSignposting(nation, landlord));
      }
    }
  });

  test('every scheme has a name, a web address and a telephone number', () => {
    for (const scheme of OMBUDSMAN_SCHEMES) {
      const body = OMBUDSMEN[scheme];
      expect(body.scheme).toBe(scheme);
      expect(body.name).toMatch(/Ombudsman/);
      expect(body.web).toMatch(/^www\./);
      expect(body.phone).toMatch(/^0\d{3} \d/);
    }
  });

  test('BR-12 after an appeal the council\u2019s own process is over; the text completes an appeal letter', () => {
    const signposting = standardOmbudsmanSignposting({ nation: 'wales', landlord: false });
    const text = ombudsmanRightText(`  ${signposting} `, 'appeal');
    expect(text).toBe(`This is the end of the council\u2019s own process. ${signposting}`);
    expect(ombudsmanRightText(signposting)).toBe(signposting);
    const letter = { appealResult: 'Upheld.', appealReasons: 'Proportionate.', ombudsmanRight: text };
    expect(validateLetter('AppealOutcome', letter).ok).toBe(true);
  });
});
