import { findNoReplySentence, saysCouncilWillNotReply } from './noReplyWording';

// BR-32 corpus: ways councils have written "we will not reply" in letters to customers, drawn
// from Ombudsman decisions on informal restrictions and from councils' own template letters
// (paraphrased, names changed). Each must be recognised.
const NO_REPLY_PHRASINGS: readonly string[] = [
  'We will not reply to further emails.',
  'The council won\u2019t respond to letters on this matter.',
  'No further correspondence will be entered into.',
  'No replies will be sent.',
  'Do not reply to this person.',
  'We shall not be responding.',
  'We will no longer respond to your emails about the parking fine.',
  'The council will not enter into any further correspondence on this matter.',
  'We will not be entering into further correspondence about your complaint.',
  'Any further correspondence on this subject will be read and filed.',
  'Future emails about the planning application will be noted and placed on file without a response.',
  'Letters you send about this matter will not be acknowledged.',
  'Your emails will not be answered.',
  'We do not intend to respond to any further correspondence on this matter.',
  'The council does not propose to reply to further letters about the fence.',
  'Officers will cease to correspond with you about this complaint.',
  'We will stop responding to your telephone calls.',
  'You will not receive a reply to any further emails on this subject.',
  'You will no longer receive responses from the housing team.',
  'We are unable to respond to any further correspondence on this matter.',
  'The council is not in a position to correspond further on this issue.',
  'Further emails on this topic will go unanswered.',
  'Any new letters about the same issue will receive no response.',
  'We will not consider any further correspondence about this matter.',
  'Further correspondence about the parking fine will not be considered.',
  'We decline to enter into further discussion about this decision.',
  'The council will not engage in further correspondence on this matter.',
  'We will not acknowledge future emails on this subject.',
  'Emails sent to officers directly will not be responded to.',
  "We won't be answering any more emails about the bin collection.",
  'There will be no further correspondence from the council on this matter.',
  'Any further contact on this subject will be filed without a reply.',
  'We will take no further action on any further correspondence you send about this matter.',
  'Your messages will be read but not answered.',
  'Staff have been told not to respond to your calls.',
  'The Council shall no longer reply to correspondence concerning this matter.',
  'WE WILL NOT   REPLY to any further e-mails.',
  'We are not going to respond to your letters about the hedge.'
];

// Ordinary sentences in council letters that must never be taken for a restriction.
const INNOCENT_SENTENCES: readonly string[] = [
  'We will reply within 20 working days.',
  'If you do not reply by 5 January 2027, we will close your enquiry.',
  'Please do not reply to this email address; the mailbox is not monitored.',
  'We will not share your information with anyone outside the council.',
  'You will not need to respond to this letter.',
  'We will respond to your letter of 3 November shortly.',
  'Your next review will consider whether the restriction is still needed.',
  'We will not charge you for this request.',
  'We have not received a reply from you.',
  'You do not have to answer these questions.',
  'We will not be able to visit before Friday.',
  'Late applications will not be considered by the panel.',
  'We will always reply to you through your single point of contact, Sam Patel.',
  'Officers will continue to answer your calls about housing repairs.',
  'We will not close your case until the review on 28 November 2026.',
  'The council will not tolerate abuse of its staff.',
  'If you are not satisfied with our reply, you can contact the Local Government and Social Care Ombudsman.',
  'We aim to respond to all correspondence within 10 working days.',
  'We will not consider your complaint closed until you confirm.',
  'We will read your letter carefully and reply in full.',
  'You can ask us to review this decision, and we will respond within 10 working days.'
];

describe('BR-32: the wording of an informal restriction', () => {
  test('the corpus holds at least 30 real phrasings', () => {
    expect(NO_REPLY_PHRASINGS.length).toBeGreaterThanOrEqual(30);
  });

  test.each(NO_REPLY_PHRASINGS)('BR-32 recognises: %s', (sentence) => {
    expect(saysCouncilWillNotReply(sentence)).toBe(true);
  });

  test.each(INNOCENT_SENTENCES)('BR-32 lets pass: %s', (sentence) => {
    expect(saysCouncilWillNotReply(sentence)).toBe(false);
  });

  test('quotes the sentence and names the item it is in, among others that are fine', () => {
    const found = findNoReplySentence({
      decision: 'We have decided to restrict your contact. We will reply within 20 working days.',
      actionTaken: 'Thank you for your letter.\nAny further correspondence on this subject will be read and filed. Yours sincerely'
    });
    expect(found).toEqual({ item: 'actionTaken', sentence: 'Any further correspondence on this subject will be read and filed.' });
  });

  test('finds nothing in a letter of ordinary sentences, or in empty items', () => {
    expect(findNoReplySentence({ decision: INNOCENT_SENTENCES.join(' '), other: undefined, blank: '' })).toBeUndefined();
  });
});
