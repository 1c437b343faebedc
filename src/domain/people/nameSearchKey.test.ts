import { nameMatches, nameSearchKey, personNameKeys, queryNameKeys, NAME_KEY_MAX_LENGTH } from './nameSearchKey';

interface NameCase {
  given: string;
  family: string;
  aliases?: string[];
  /** Each of these, typed into Check a customer, must find the person. */
  found: string[];
  /** And none of these. */
  notFound?: string[];
}

// Real UK name forms (English, Welsh, Scottish, Irish, and names of people who made their home here).
const NAMES: NameCase[] = [
  {
    given: 'Brian',
    family: "O'Brien",
    found: ["O'Brien", 'O’Brien', 'OBrien', 'obrien', 'O Brien', "Brian O'Brien", 'brian obrien', "O'Brien, Brian"]
  },
  { given: 'Siân', family: 'Evans', found: ['Siân Evans', 'Sian Evans', 'SIAN EVANS', 'Evans', 'evans, sian'], notFound: ['Sean Evans'] },
  { given: 'Zoë', family: 'Clarke', found: ['Zoë Clarke', 'Zoe Clarke', 'Zoe\u0308 Clarke', 'Clarke'] },
  { given: 'Łukasz', family: 'Wiśniewski', found: ['Lukasz Wisniewski', 'Łukasz Wiśniewski', 'Wisniewski', 'WIŚNIEWSKI'] },
  {
    given: 'Dafydd',
    family: 'ap Gruffudd',
    found: ['ap Gruffudd', 'Gruffudd', 'Dafydd ap Gruffudd', 'Dafydd Gruffudd', 'apgruffudd'],
    notFound: ['ap']
  },
  { given: 'Gwenllian', family: 'ferch Rhys', found: ['Rhys', 'ferch Rhys', 'Gwenllian ferch Rhys', 'Gwenllian Rhys'] },
  { given: 'Angus', family: 'MacDonald', found: ['MacDonald', 'McDonald', 'Mc Donald', 'Mac Donald', 'Angus McDonald', 'macdonald'] },
  { given: 'Fiona', family: 'McLeod', found: ['MacLeod', 'McLeod', 'Fiona MacLeod'] },
  {
    given: 'Seán',
    family: 'Ó Súilleabháin',
    found: ['O Suilleabhain', 'Ó Súilleabháin', "O'Suilleabhain", 'Sean O Suilleabhain', 'Suilleabhain']
  },
  { given: 'Aoife', family: 'Ní Bhriain', found: ['Ni Bhriain', 'Bhriain', 'Aoife Ni Bhriain', 'Aoife Bhriain'] },
  { given: 'Niamh', family: "O'Neill", found: ["O'Neill", 'ONeill', 'O’Neill', 'Niamh ONeill'] },
  { given: 'Róisín', family: 'Murphy', found: ['Roisin Murphy', 'Róisín Murphy', 'Murphy'] },
  { given: 'Eilidh', family: 'Mac an tSaoir', found: ['Mac an tSaoir', 'an tSaoir', 'Eilidh Mac an tSaoir', 'MacantSaoir'] },
  {
    given: 'Charlotte',
    family: 'Smith-Jones',
    found: ['Smith-Jones', 'Smith Jones', 'SmithJones', 'Jones', 'Smith', 'Charlotte Smith-Jones', 'Charlotte Jones']
  },
  { given: 'Henry', family: 'Bowes-Lyon', found: ['Bowes Lyon', 'Bowes–Lyon', 'Henry Bowes-Lyon', 'Lyon'] },
  { given: 'Ralph', family: 'Fiennes', found: ['Ralph Fiennes', 'Fiennes'], notFound: ['Ralph Fines'] },
  { given: 'Mary-Jane', family: 'Watson', found: ['Mary-Jane Watson', 'Mary Jane Watson', 'MaryJane Watson', 'Mary Watson', 'Watson'] },
  { given: 'Anne', family: 'de la Mare', found: ['de la Mare', 'Mare', 'la Mare', 'Anne de la Mare', 'Anne Mare', 'Delamare'] },
  { given: 'Pieter', family: 'van der Berg', found: ['van der Berg', 'Berg', 'Pieter van der Berg', 'vanderberg'] },
  { given: 'Jean-Luc', family: 'Lefèvre', found: ['Lefevre', 'Lefèvre', 'Jean-Luc Lefevre', 'Jean Luc Lefevre', 'Jean Lefevre'] },
  { given: 'François', family: 'Hébert', found: ['Francois Hebert', 'Hébert'] },
  { given: 'José', family: 'Muñoz', found: ['Jose Munoz', 'Muñoz', 'Munoz'] },
  { given: 'Jürgen', family: 'Groß', found: ['Jurgen Gross', 'Gross', 'Groß'] },
  { given: 'Søren', family: 'Kierkegaard', found: ['Soren Kierkegaard', 'Søren Kierkegaard'] },
  { given: 'Ævar', family: 'Þórsson', found: ['Aevar Thorsson', 'Thorsson', 'Þórsson'] },
  { given: 'Çağla', family: 'Yılmaz', found: ['Cagla Yilmaz', 'Yilmaz', 'Yılmaz'] },
  { given: 'Dorota', family: 'Szczęsna', found: ['Szczesna', 'Dorota Szczesna'] },
  { given: 'Mohammed', family: 'bin Rashid', found: ['bin Rashid', 'Rashid', 'Mohammed Rashid', 'Mohammed bin Rashid'] },
  { given: 'Fatima', family: 'Al-Hassan', found: ['Al-Hassan', 'Al Hassan', 'AlHassan', 'Hassan', 'Fatima Al-Hassan', 'Fatima Hassan'] },
  { given: 'Chinedu', family: 'Okonkwo-Adeyemi', found: ['Okonkwo-Adeyemi', 'Adeyemi', 'Okonkwo', 'Chinedu Okonkwo Adeyemi'] },
  { given: 'Nguyễn', family: 'Thị Minh', found: ['Nguyen Thi Minh', 'Thi Minh', 'Minh'] },
  { given: 'Priya', family: 'Patel', found: ['Priya Patel', 'PATEL', 'Patel, Priya', '  priya   patel  '] },
  { given: 'Ng', family: 'Wong', found: ['Ng Wong', 'Wong'] },
  { given: '', family: 'St John', found: ['St John', 'St. John', 'StJohn', 'John'] },
  { given: 'Harriet', family: "D'Arcy", found: ["D'Arcy", 'Darcy', 'D’Arcy', 'D Arcy', "Harriet D'Arcy"] },
  {
    given: 'Kieran',
    family: "O'Rourke-Dafydd",
    found: ["O'Rourke-Dafydd", 'O’Rourke-Dafydd', 'ORourke Dafydd', 'Dafydd', "Kieran O'Rourke-Dafydd"]
  },
  { given: 'Bethan', family: 'Llŷr', found: ['Bethan Llyr', 'Llŷr', 'Llyr'] },
  { given: 'Ioan', family: 'Gruffydd', aliases: ['John Griffiths'], found: ['Ioan Gruffydd', 'John Griffiths', 'Griffiths'] },
  {
    given: 'Margaret',
    family: 'Hughes',
    aliases: ['Maggie Jones', 'Margaret Jones'],
    found: ['Jones', 'Maggie Jones', 'Margaret Jones', 'Margaret Hughes']
  },
  {
    given: 'Sam',
    family: 'Taylor',
    aliases: ['Samantha Taylor-Wood'],
    found: ['Samantha Taylor-Wood', 'Taylor-Wood', 'Wood', 'Sam Taylor']
  },
  { given: 'Olu', family: 'Adebayo', aliases: ['Oluwaseun Adebayo'], found: ['Oluwaseun Adebayo', 'Olu Adebayo'] },
  { given: 'Tomás', family: 'Mac Giolla Bhríde', found: ['Mac Giolla Bhride', 'McGiolla Bhride', 'Bhride', 'Tomas Mac Giolla Bhride'] },
  { given: 'Catrin', family: 'Ellis', found: ['ＣＡＴＲＩＮ ＥＬＬＩＳ', 'Catrin  Ellis'] },
  { given: 'Ann', family: 'Lee', found: ['Ann Lee', 'Lee'], notFound: ['Anne Lee', 'Leigh'] }
];

describe('name search keys: found however the name is typed (issue 12)', () => {
  test('the table covers at least 40 real UK name forms', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(40);
  });

  test.each(NAMES.map((entry) => [`${entry.given} ${entry.family}`.trim(), entry] as const))('%s', (_label, entry) => {
    const person = { names: { given: entry.given, family: entry.family }, aliases: entry.aliases ?? [] };
    for (const query of entry.found) {
      expect({ query, found: nameMatches(person, query) }).toEqual({ query, found: true });
    }
    for (const query of entry.notFound ?? []) {
      expect({ query, found: nameMatches(person, query) }).toEqual({ query, found: false });
    }
  });

  test('every Unicode normalisation form of a stored name gives the same keys', () => {
    const name = { given: 'Siân Zoë', family: 'Llŷr-Ó Súilleabháin' };
    const forms = (['NFC', 'NFD', 'NFKC', 'NFKD'] as const).map((form) =>
      personNameKeys({ names: { given: name.given.normalize(form), family: name.family.normalize(form) }, aliases: [] })
    );
    for (const keys of forms) expect(keys).toEqual(forms[0]);
  });

  test('the first name alone, or a surname particle alone, is not a key', () => {
    const keys = personNameKeys({ names: { given: 'Dafydd', family: 'ap Gruffudd' }, aliases: [] });
    expect(keys).not.toContain('dafydd');
    expect(keys).not.toContain('ap');
  });

  test('punctuation only gives no key to look up; keys never pass the column length', () => {
    expect(queryNameKeys(' ’ - . ')).toEqual([]);
    expect(nameSearchKey('x'.repeat(600))).toHaveLength(NAME_KEY_MAX_LENGTH);
    const keys = personNameKeys({ names: { given: 'A'.repeat(300), family: 'B'.repeat(300) }, aliases: [] });
    for (const key of keys) expect(key.length).toBeLessThanOrEqual(NAME_KEY_MAX_LENGTH);
  });

  test('characters XML 1.0 forbids and controls never reach a key', () => {
    expect(nameSearchKey("O'Bri\u0000en\u0007\uFFFF")).toBe('obrien');
  });
});
