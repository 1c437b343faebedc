// Default guidance for councillors (Members) and the FOI note, in our own plain English
// from the councillors' policy (M1), the ICO guidance (I1-I8) and spec 3.

import { isoDate } from '../model/dates';
import type { GuidanceAudience, GuidanceSection } from './guidanceSection';

const EFFECTIVE_FROM = isoDate('2026-11-01');

function section(
  audience: GuidanceAudience,
  id: string,
  contextKeys: string[],
  title: string,
  paragraphs: string[],
  sourceRefs: string[]
): GuidanceSection {
  return { id, audience, contextKeys, title, bodyMarkdown: paragraphs.join('\n\n'), version: 1, effectiveFrom: EFFECTIVE_FROM, sourceRefs };
}

export const DEFAULT_MEMBER_GUIDANCE: readonly GuidanceSection[] = [
  section(
    'member',
    'member-portal-principle',
    ['form:memberPortal'],
    'Why this policy exists',
    [
      'Open and regular contact between residents and their councillors is at the heart of local democracy. This policy is for the rare cases where a member of the public\u2019s behaviour towards a councillor becomes unacceptable.',
      'It should be used only in the most extreme cases, and never to avoid legitimate challenge or criticism.'
    ],
    ['M1']
  ),
  section(
    'member',
    'member-portal-behaviours',
    ['form:memberPortal', 'step:memberPortal.behaviours'],
    'What counts as unacceptable behaviour',
    [
      '- Offensive or insulting behaviour, including repeated rude language.',
      '- Abusive or threatening behaviour: what matters is whether you feel personally abused or threatened.',
      '- Unreasonably persistent contact: the same issue again and again, or contacting many councillors and officers about it at once.',
      '- Unreasonable demands, such as expecting answers in unrealistic timescales.',
      '- Failing to show equal respect because of someone\u2019s disability, sex, race, religion, age, sexuality or marital status.',
      'Behaviour that is simply difficult, such as refusing to accept a council decision, is not on its own a reason to use the policy.'
    ],
    ['M1 p.3']
  ),
  section(
    'member',
    'member-portal-ladder',
    ['form:memberPortal', 'step:memberPortal.escalation', 'form:memberReferral'],
    'Steps to take, in order',
    [
      '1. Write to the person yourself, explaining your concerns and what you expect.',
      '2. If the behaviour continues, ask your group leader for advice.',
      '3. If your group leader agrees it cannot be resolved between you and the person, it can be referred to the Monitoring Officer, who decides with senior officers whether the policy applies.',
      'If you are threatened, you do not have to wait: report it to the police and tell the Monitoring Officer straight away.'
    ],
    ['M1 p.5', 'BR-26']
  ),
  section(
    'member',
    'member-referral-content',
    ['form:memberReferral'],
    'What to include in a referral',
    [
      'Give the person\u2019s name and contact details, and a factual account of how often they have contacted you, how, and what they said or did. Include your own letter to them and the advice from your group leader, or explain why you could not take those steps.',
      'The person may see what you write if they ask for their records, so keep to facts.'
    ],
    ['M1 p.6', 'BR-23', 'BR-26']
  ),
  section(
    'member',
    'member-referral-letter',
    ['field:memberReferral.councillorLetter'],
    'Your own letter to the person',
    [
      'Keep it short and calm: describe the behaviour that concerns you, with an example, and say how you would like contact to happen in future. Keep a copy and upload it here.'
    ],
    ['M1 p.5']
  ),
  section(
    'member',
    'member-referral-group-leader',
    ['field:memberReferral.groupLeaderAdvice'],
    'Advice from your group leader',
    [
      'Record when you asked your group leader and what they advised. If you could not ask, for example because you were threatened, say so here.'
    ],
    ['M1 p.5', 'BR-26']
  ),
  section(
    'member',
    'member-portal-after-referral',
    ['form:memberPortal', 'step:memberPortal.afterReferral'],
    'What happens after a referral',
    [
      'If the policy is used, the Customer and ICT Services Business Manager writes to the person. The letter explains the concerns, what is expected, and that their contact will be monitored for three months through a named officer. A copy of the policy is enclosed.',
      'You will be told about any restriction that affects you. Case details stay confidential to the officers handling it.'
    ],
    ['M1 p.6', 'BR-22', 'C8']
  ),
  section(
    'member',
    'member-portal-safety',
    ['form:memberPortal', 'step:memberPortal.safety'],
    'Your personal safety',
    [
      'Think about safety at surgeries and home visits: meet in public buildings, let someone know where you are, and do not share your home address unnecessarily.',
      'The Local Government Association\u2019s Debate Not Hate material has practical advice for councillors facing abuse.'
    ],
    ['M1', 'LGA Debate Not Hate']
  ),
  section(
    'foi',
    'foi-routing',
    ['form:foiAssessment', 'form:restrictionAlert'],
    'Restrictions never decide information requests',
    [
      'A contact restriction under the case management policy is never a reason to refuse a request under the Freedom of Information Act, the Environmental Information Regulations or data protection law. Each request is assessed on its own by the FOI officer.',
      'It is the request, not the requester, that may be vexatious. History and context can be taken into account.'
    ],
    ['N2', 'I3', 'BR-16']
  ),
  section(
    'foi',
    'foi-vexatious-meaning',
    ['form:foiAssessment', 'step:foiAssessment.ground'],
    'What "vexatious" means',
    [
      'A request is vexatious if it is likely to cause a disproportionate or unjustified level of disruption, irritation or distress. It is a high bar.',
      'Weigh four things: the burden on the council, the requester\u2019s motive, the value or serious purpose of the request, and any harassment or distress to staff. The ICO\u2019s indicators (abusive language, unreasonable persistence, scattergun requests and so on) help, but they are not a checklist.',
      'A repeated request (section 14(2)) applies only if we already gave the information, or said we do not hold it, and no reasonable interval has passed.'
    ],
    ['I2', 'I3', 'I4', 'I7', 'LG3']
  ),
  section(
    'foi',
    'foi-decision-maker',
    ['field:foiAssessment.decisionMaker'],
    'Who decides',
    [
      'The decision should be taken at an appropriate level. If the officer handling the request has been heavily involved with the requester, a more senior colleague must take an objective look and that review must be recorded.',
      'Consider alternatives first, such as writing to the requester about how they frame requests.'
    ],
    ['I1', 'BR-17']
  ),
  section(
    'foi',
    'foi-refusal-notice',
    ['step:foiAssessment.refusalNotice'],
    'The refusal notice',
    [
      'Send it within 20 working days of receipt (statutory working days: weekends and bank holidays anywhere in the UK do not count). It must say which provision we rely on, how to ask for an internal review and the right to complain to the Information Commissioner.',
      'Reasons are good practice unless a detailed explanation would only provoke more correspondence.'
    ],
    ['I1', 'I6', 'LG2', 'BR-17', 'BR-25']
  ),
  section(
    'foi',
    'foi-section-17-6',
    ['field:foiAssessment.section17_6'],
    'Not sending another refusal notice (section 17(6))',
    [
      'You need not send a new notice only if we have already refused an earlier request as vexatious, it would be unreasonable to send another, and the requester was warned that further requests on the same topics would get no response. Record the earlier notice, the warning and your reasons.'
    ],
    ['I1', 'I8', 'BR-17']
  ),
  section(
    'foi',
    'foi-eir-public-interest',
    ['field:foiAssessment.publicInterest'],
    'Environmental information: the public interest test',
    [
      'Under the EIR the test is "manifestly unreasonable" (regulation 12(4)(b)), which is the same bar as vexatious. Unlike the FOI Act, you must also weigh the public interest and start from a presumption in favour of disclosure. Record both.',
      'The refusal must say what public interest matters were considered and tell the requester they can make representations within 40 working days.'
    ],
    ['I5', 'LG1', 'LG3', 'BR-18']
  )
];
