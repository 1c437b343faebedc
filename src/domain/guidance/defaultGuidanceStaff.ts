// Default staff guidance, written in our own plain English from the policy (spec 1-2, 5.7).
// Seed data for the SharePoint Guidance list: the council may edit any of it.

import { isoDate } from '../model/dates';
import type { GuidanceSection } from './guidanceSection';

const EFFECTIVE_FROM = isoDate('2026-11-01');

function staff(id: string, contextKeys: string[], title: string, bodyMarkdown: string, sourceRefs: string[]): GuidanceSection {
  return { id, audience: 'staff', contextKeys, title, bodyMarkdown, version: 1, effectiveFrom: EFFECTIVE_FROM, sourceRefs };
}

export const DEFAULT_STAFF_GUIDANCE: readonly GuidanceSection[] = [
  staff(
    'staff-incident-overview',
    ['form:incident'],
    'When to record an incident',
    [
      'We welcome contact from customers, and most people who contact us often or forcefully are not behaving unacceptably. Persistence is often justified: many complaints turn out to be well founded.',
      'Record an incident when someone\u2019s behaviour, or the way or amount they contact us, is getting in the way of our work or of the service other customers receive. Examples include:',
      '- abuse, threats, intimidation or offensive or discriminatory remarks;',
      '- demands that cannot reasonably be met, such as expecting immediate replies or insisting on a particular officer;',
      '- very frequent contact about the same matter, or the same message sent to many staff;',
      '- refusing to co-operate while still wanting a result, or repeatedly changing what the complaint is about.',
      'You do not decide what happens next. You record what happened and your line manager decides how to deal with it.'
    ].join('\n\n'),
    ['N2', 'N6', 'L1', 'S1', 'M1 p.3']
  ),
  staff(
    'staff-incident-immediate-action',
    ['step:incident.immediateAction'],
    'Keeping yourself safe at the time',
    [
      'If someone is abusive or threatening, you may protect yourself straight away. These are protective steps, not sanctions:',
      '- on the phone, give one polite warning and then end the call if it continues;',
      '- face to face, ask the person to leave, or leave the room yourself;',
      '- do not reply to an abusive email; pass it to your manager;',
      '- call the police if anyone is in danger.',
      'Tell the person at the time why you are ending the contact. Then record the incident here and let your line manager know. Staff cannot impose restrictions on anyone\u2019s contact.'
    ].join('\n\n'),
    ['C2 p.3', 'C4', 'S1', 'N6']
  ),
  staff(
    'staff-incident-narrative',
    ['field:incident.narrative'],
    'Writing the account: facts, not opinions',
    [
      'The person can ask to see this record under data protection law, and so can an Ombudsman or a court. Write it so that you would be comfortable with the person reading it.',
      '- Say what happened, when, where and how: date, time, channel and length of the contact.',
      '- Quote the words used, in quotation marks, rather than summarising them.',
      '- Describe behaviour, not the person: "raised his voice and hit the counter", not "aggressive nutter".',
      '- Do not guess at health conditions or motives.',
      '- Name other members of the public only where needed; their details will be removed before the record is shared.'
    ].join('\n\n'),
    ['BR-23', 'I9', 'W1']
  ),
  staff(
    'staff-incident-categories',
    ['field:incident.categories'],
    'Choosing a behaviour category',
    [
      'Pick the categories that best describe what happened; you can pick more than one.',
      '- Aggressive, abusive or threatening: violence, threats, verbal abuse, offensive or discriminatory language.',
      '- Unreasonable demands: demands that would take up a disproportionate amount of time or that we cannot meet.',
      '- Unreasonable levels of contact: so many calls, emails or letters that it affects our ability to deal with this or other people\u2019s matters.',
      '- Unreasonable refusal to co-operate, or unreasonable use of the complaints process.',
      '- Difficult behaviour: record it, but on its own it is never a reason for restricting contact.',
      'If the issue is about requests for information under the Freedom of Information Act or the Environmental Information Regulations, tell the FOI team instead: that is a separate process.'
    ].join('\n\n'),
    ['M1 p.3', 'S1', 'N2', 'BR-16']
  ),
  staff(
    'staff-incident-witnesses',
    ['field:incident.witnesses'],
    'Witnesses and other people',
    [
      'Record colleagues who saw or heard what happened. If a member of the public witnessed it, tick "third party" so that their name is removed if the record is ever disclosed.',
      'Do not record information about other people that is not needed to understand the incident.'
    ].join('\n\n'),
    ['BR-23']
  ),
  staff(
    'staff-manager-review',
    ['form:managerReview', 'role:lineManager'],
    'Your role as line manager',
    [
      'Acknowledge the report within three working days and talk to the member of staff about how they are.',
      'Then decide how to respond. Most situations can be settled informally: a conversation, clearer explanations, or an informal warning. Only refer the case to the head of service when informal steps have not worked or the behaviour is serious.',
      'Before you refer, work through the checklist: it asks whether the original matter was handled properly, whether the person has needs we have not met, and whether a lighter touch would work.'
    ].join('\n\n'),
    ['N6', 'N7', 'L2 Part 5']
  ),
  staff(
    'staff-manager-informal-warning',
    ['step:managerReview.informalWarning'],
    'Giving an informal warning',
    [
      'In most cases the person should get an informal warning before anything more formal. Explain which behaviour is causing difficulty, give an example, and say what you would like to happen instead.',
      'Keep a note of the date and what was said. A warning given calmly and early often resolves matters.'
    ].join('\n\n'),
    ['L2 Part 5']
  ),
  staff(
    'staff-checklist-overview',
    ['form:checklist'],
    'Before anyone considers restricting contact',
    [
      'Every item must be answered, with evidence or "not applicable" and a reason, before the panel can invoke the policy and before any restriction is approved.',
      'The questions exist because restricting someone\u2019s access to the council is a serious step. Ombudsmen find fault where councils restrict contact without first checking their own handling, the person\u2019s needs, and whether something less restrictive would do.'
    ].join('\n\n'),
    ['BR-04', 'L2 Part 1', 'C1']
  ),
  staff(
    'staff-checklist-adjustments',
    ['field:checklist.adjustments', 'field:checklist.askedAboutAdjustments'],
    'Disability, distress and reasonable adjustments',
    [
      'Ask whether the behaviour could come from a disability, mental ill health, an unmet communication need or distress. Not every disability is visible, so ask the person what help they need rather than assume.',
      'A disabled person\u2019s behaviour can still be unacceptable, but we must make reasonable adjustments in how we communicate, for example phone calls for someone who cannot read letters, extra time, or an advocate.'
    ].join('\n\n'),
    ['N4', 'L2 Parts 3-5', 'BR-13', 'BR-31']
  ),
  staff(
    'staff-checklist-proportionate',
    ['field:checklist.proportionate'],
    'Keeping the response proportionate',
    [
      'Choose the least restrictive step that will work. Limit it to the service that is affected unless there is a real risk to staff or the same behaviour is happening across several services.',
      'Restrictions apply only to the named person, never to family members or representatives unless they have their own incidents and their own decision.'
    ].join('\n\n'),
    ['L2 Part 6', 'BR-19', 'BR-28']
  ),
  staff(
    'staff-checklist-safeguarding',
    ['field:checklist.safeguarding'],
    'Safeguarding and vulnerability',
    [
      'Read what the person has sent for signs that they, or someone else, may be at risk. If so, follow the safeguarding procedure first.',
      'Consider whether other teams, such as adult social care or mental health services, already support the person and should be consulted.'
    ].join('\n\n'),
    ['L2 Parts 4, 6', 'C3']
  ),
  staff(
    'staff-checklist-independence',
    ['field:checklist.independence'],
    'Independent decision-makers',
    [
      'The people deciding should not have been involved in the incidents. If the Customer Relations Officer has dealt with the person on the matters in question, another officer takes their place on the case.'
    ].join('\n\n'),
    ['N6', 'BR-03', 'I1']
  ),
  staff(
    'staff-panel-decision',
    ['form:panelDecision'],
    'Deciding whether to invoke the policy',
    [
      'The head of the affected service, the Executive Director and the Customer Relations Officer (or the alternate officer) decide together. For a councillor\u2019s referral, the Monitoring Officer, the Customer and ICT Services Business Manager and the Executive Director decide.',
      'Look at all the contact the council has had with the person, not only the incidents reported. The options are: do not invoke; informal action only; or invoke the policy, which starts with a monitoring letter.',
      'Record your reasons in words the person could read.'
    ].join('\n\n'),
    ['N6', 'M1 p.6', 'BR-02']
  ),
  staff(
    'staff-panel-monitoring',
    ['field:panelDecision.monitoringPeriod'],
    'The monitoring period',
    [
      'After the monitoring letter, the person contacts the council through one named officer, who keeps a record of how often and about what they get in touch. The period is usually three months and can be shorter.',
      'At the end, the officer assesses whether the behaviour has improved. If it has, the case closes.'
    ].join('\n\n'),
    ['N6', 'M1 p.6']
  ),
  staff(
    'staff-panel-bypass',
    ['step:panelDecision.bypass'],
    'Skipping the monitoring stage',
    [
      'Only for serious threats of violence or particularly vexatious behaviour may the panel go straight to proposing a restriction. This needs the Executive Director\u2019s approval and a written note of why.',
      'The person keeps their right to appeal.'
    ].join('\n\n'),
    ['BR-05', 'C3', 'C5']
  ),
  staff(
    'staff-sanction-proposal',
    ['form:sanctionProposal'],
    'Proposing a restriction',
    [
      'Pick the restriction from the list and fill in its details. Every restriction needs a start date, an end date (no more than twelve months) and a review date (no more than six months from the start and never after the end).',
      'Explain why this is the minimum needed. Staff cannot approve restrictions; an approver who did not propose it decides.'
    ].join('\n\n'),
    ['BR-01', 'BR-08', 'L2 Part 6', 'C2']
  ),
  staff(
    'staff-sanction-scope',
    ['field:sanctionProposal.scope'],
    'Where the restriction applies',
    [
      'The default is the service affected. Council-wide restrictions need a written reason: a risk to staff, or the same behaviour across several services.',
      'Banning someone from premises or from public meetings is recorded as its own kind of restriction so that it is never open-ended and is always reviewed.'
    ].join('\n\n'),
    ['BR-19', 'BR-30']
  ),
  staff(
    'staff-sanction-spoc',
    ['field:sanctionProposal.spoc'],
    'Single point of contact and cover',
    [
      'Name the officer or shared inbox the person should use, and who covers when that officer is away.',
      'Check the arrangement against the person\u2019s recorded communication needs. A written-only arrangement does not work for someone who cannot read, for example.',
      'Say how the person can make contact in an emergency or about something essential, such as a new repair or a safeguarding concern.'
    ].join('\n\n'),
    ['BR-31', 'BR-13', 'C5']
  ),
  staff(
    'staff-sanction-continuity',
    ['field:sanctionProposal.continuityPlan'],
    'People with a statutory role',
    [
      'If the person is a parent of a child in care, a parent of a child with special educational needs, a carer, a tenant or party to a statutory process, explain how they will still receive information and take part: another channel, an advocate or written updates. The approver must confirm this.'
    ].join('\n\n'),
    ['BR-29']
  ),
  staff(
    'staff-letter-composer',
    ['form:letterComposer'],
    'What every letter must say',
    [
      'The letter cannot be sent until every required item is filled in. Write in plain language, and offer another format if the person needs one.',
      '- Monitoring letters: the behaviour with examples, what we expect, the monitoring period, the single point of contact, what could happen if things do not change, and a copy of the policy.',
      '- Restriction letters: the behaviour, why we decided, what the restriction is and where it applies, how long it lasts, the decision and review dates, how to appeal and the right to go to the Local Government and Social Care Ombudsman.',
      'Never write that the council "will not reply" unless an approved restriction allows it.'
    ].join('\n\n'),
    ['BR-06', 'BR-07', 'BR-32', 'S1']
  ),
  staff(
    'staff-review',
    ['form:review'],
    'Reviewing a restriction',
    [
      'On the review date the restriction ends unless there are good reasons to keep it. Look at what has happened since the decision, including any improvement.',
      'The outcomes are continue, amend or lift. Whatever you decide, write to the person with the result and your reasons; if it continues, give the next review date.'
    ].join('\n\n'),
    ['C1 s.7', 'C3', 'BR-10', 'BR-30']
  ),
  staff(
    'staff-review-person-requested',
    ['step:review.personRequested'],
    'When the person asks for a review',
    [
      'A person can ask at any time for their restriction to be looked at again. Log the request, send it to the decision-maker, and answer in writing within the set time. This is separate from the scheduled review.'
    ].join('\n\n'),
    ['BR-34', 'S1']
  ),
  staff(
    'staff-appeal',
    ['form:appeal'],
    'Hearing an appeal',
    [
      'The appeal is about the restriction only, not the original complaint. Consider whether the behaviour was wrongly identified, whether the restriction is out of proportion, and whether it harms the person because of their circumstances.',
      'You must not have been involved in the decision. You can uphold, vary or quash it, and you must give the decision in writing, with the right to go to the Ombudsman.'
    ].join('\n\n'),
    ['S1', 'C3', 'C4', 'BR-11', 'BR-12']
  ),
  staff(
    'staff-restriction-alert',
    ['form:restrictionAlert', 'form:serviceRequest'],
    'Dealing with someone who has a contact restriction',
    [
      'Follow the contact arrangements shown in the banner. The banner does not tell you why the restriction was made, and you do not need to know.',
      'Deal with any new request or complaint from the person on its merits. A restriction is never a reason to refuse a service or to ignore a new issue.',
      'Requests for information under FOI or EIR, and requests for personal data, go to the information governance team as usual.'
    ].join('\n\n'),
    ['BR-15', 'BR-16', 'BR-22', 'C5 p.9']
  ),
  staff(
    'staff-marker',
    ['form:markerForm'],
    'Warning markers for staff safety',
    [
      'A warning marker alerts colleagues to a risk to their safety. It must be based on a specific incident, recorded accurately, and approved by the health and safety adviser.',
      'Tell the person about the marker unless telling them would itself create a risk, and record why if you do not. Set a review date: markers are reviewed at least every twelve months.',
      'Only look at a marker when you need to. Every view is logged.'
    ].join('\n\n'),
    ['W1', 'W5', 'BR-21']
  ),
  staff(
    'staff-marker-challenge',
    ['step:markerForm.challenge'],
    'When a marker is challenged',
    [
      'Anyone, including the person, can challenge a marker. Someone other than the officer who proposed it looks at the evidence again. If the marker is removed, record why and tell the person.'
    ].join('\n\n'),
    ['BR-33']
  )
];
