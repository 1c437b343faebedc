// The journeys' browser steps (test/journeys/support/caseJourney.ts and the appeal journey),
// cut in two for the actions benchmark: what the person fills in (not measured) and the press
// with the outcome it waits for on screen (measured). The words pressed and waited for are
// the journeys' own, so a screen that changes breaks both together.
import type { Page } from 'playwright-core';
import { oid } from '../../../local/seed/personas';
import { CARA_RHODES_AS_SINGLE_POINT_OF_CONTACT, fullName, type Customer, type HostPageSession } from '../../journeys/support/caseJourney';

export interface PressAndOutcome {
  press: () => Promise<void>;
  outcome: () => Promise<void>;
}

/** Resolves when the submit button named `name` has been disabled (saving) and is enabled again. */
async function savedBy(page: Page, name: string): Promise<void> {
  const state = (disabled: boolean): Promise<unknown> =>
    page.waitForFunction(
      ([label, wanted]) =>
        [...document.querySelectorAll('button')].some((button) => button.textContent?.trim() === label && button.disabled === wanted),
      [name, disabled] as const,
      { polling: 'raf' }
    );
  // With any modelled latency the save takes far longer than a frame, so the disabled state is seen.
  await state(true);
  await state(false);
}

/** Fails at once if the screen says the change was not saved. */
async function notRefused(page: Page): Promise<void> {
  const refusal = page.getByRole('alert').filter({ hasText: 'Not saved' });
  if (await refusal.count()) throw new Error(`Not saved: ${await refusal.first().innerText()}`);
}

/** BR-07's mandatory items of the restriction decision letter (as test/e2e/support/restrictionLetterInBrowser.ts writes them). */
const RESTRICTION_LETTER: ReadonlyArray<readonly [RegExp, string]> = [
  [/The behaviour that caused concern/, 'Eleven emails in an hour, one threatening to follow the officer home, on 3 November 2026.'],
  [/Why we made this decision/, 'The monitoring letter did not change the behaviour.'],
  [/What we are doing and how the person can contact us now/, 'Contact only through your single point of contact, by email.'],
  [/Where the restriction applies/, 'The Housing service.'],
  [/How long it lasts/, 'Six months from the start date.'],
  [/When we made the decision and when we will review it/, 'Decided on 28 November 2026; we will review it within three months.'],
  [/How to challenge or appeal the decision/, 'Write to the Head of Customer Services within 10 working days.'],
  [/Right to complain to the Local Government and Social Care Ombudsman/, 'You may complain to the Ombudsman if you remain unhappy.']
];

const RESTRICTION = CARA_RHODES_AS_SINGLE_POINT_OF_CONTACT;

/** Each action of the journeys: fill (not measured), then press and outcome (measured). */
export class ActionSteps {
  public constructor(private readonly session: HostPageSession) {}

  public async fillIncident(customer: Customer): Promise<Page> {
    const staff = await this.session.openAs('sam.staff');
    await staff.getByRole('button', { name: 'Open Record an incident' }).click();
    await staff.getByRole('heading', { name: 'Record an incident' }).waitFor();
    await staff.getByRole('button', { name: 'Add a new customer' }).click();
    await staff.getByRole('textbox', { name: 'First name' }).fill(customer.given);
    await staff.getByRole('textbox', { name: 'Last name' }).fill(customer.family);
    await staff.getByRole('combobox', { name: /Service/ }).selectOption('Housing');
    await staff.getByRole('combobox', { name: /How the contact happened/ }).selectOption('phone');
    await staff.getByLabel('Unreasonable demands').check();
    await staff.getByRole('textbox', { name: /What happened/ }).fill(customer.narrative);
    await staff.getByRole('combobox', { name: /Immediate protective action/ }).selectOption('endedCall');
    return staff;
  }
  public submitIncident(staff: Page): PressAndOutcome {
    return {
      press: () => staff.getByRole('button', { name: 'Send report to my line manager' }).click(),
      outcome: () => staff.getByText(/Your report has been sent to your line manager/).waitFor()
    };
  }

  public async fillEscalation(customer: Customer): Promise<Page> {
    const manager = await this.session.openAs('lena.manager');
    await manager.getByRole('button', { name: 'Open Triage referrals' }).click();
    const card = manager.getByRole('group', { name: fullName(customer) });
    await card.waitFor();
    await card.getByRole('radio', { name: /Escalate to the head of service/ }).check();
    await card.getByRole('textbox', { name: /Reasons/ }).fill('Threat to come to the office: escalate under the policy.');
    return manager;
  }
  public submitEscalation(manager: Page, customer: Customer): PressAndOutcome {
    return {
      press: () =>
        manager
          .getByRole('group', { name: fullName(customer) })
          .getByRole('button', { name: /Record decision for/ })
          .click(),
      outcome: () =>
        manager
          .getByRole('status')
          .filter({ hasText: `is open for ${fullName(customer)}` })
          .waitFor()
    };
  }
  public openCaseFromConfirmation(manager: Page, customer: Customer): PressAndOutcome {
    return {
      press: () =>
        manager
          .getByRole('status')
          .filter({ hasText: `is open for ${fullName(customer)}` })
          .getByRole('button', { name: 'Open the case' })
          .click(),
      outcome: () => manager.getByRole('heading', { name: 'Next steps' }).waitFor()
    };
  }

  public async fillChecklist(officer: Page): Promise<void> {
    await officer.getByRole('button', { name: 'Complete the checklist' }).click();
    await officer.getByRole('button', { name: 'Save checklist' }).waitFor();
    const items = officer.locator('form fieldset');
    const count = await items.count();
    for (let index = 0; index < count; index += 1) {
      const item = items.nth(index);
      await item.getByRole('radio', { name: 'Answer with evidence' }).check();
      await item.getByRole('textbox', { name: /^Answer/ }).fill(`Considered for item ${index + 1}.`);
      await item.getByRole('textbox', { name: /^Evidence/ }).fill(`Case notes of 28 November 2026, item ${index + 1}.`);
    }
  }
  public saveChecklist(officer: Page): PressAndOutcome {
    return {
      press: () => officer.getByRole('button', { name: 'Save checklist' }).click(),
      outcome: () => officer.getByText('Checklist saved and complete.').waitFor()
    };
  }

  public async fillPanelDecision(officer: Page): Promise<void> {
    await officer.getByRole('button', { name: 'Record the panel decision' }).click();
    await officer.getByRole('button', { name: 'Record the decision' }).waitFor();
    await officer.getByRole('combobox', { name: /head of service/i }).selectOption(`headOfService|${oid('hugh.head')}`);
    await officer.getByRole('combobox', { name: /Executive Director/i }).selectOption(`executiveDirector|${oid('ed.director')}`);
    await officer
      .getByRole('combobox', { name: /Customer Relations Officer/i })
      .selectOption(`customerRelationsOfficer|${oid('cara.cro')}`);
    await officer.getByRole('combobox', { name: /^Decision/ }).selectOption('Invoke');
    await officer
      .getByRole('textbox', { name: /Reasons for the decision/ })
      .fill('A threat to attend and harm staff, after an earlier informal warning.');
  }
  public savePanelDecision(officer: Page): PressAndOutcome {
    return {
      press: () => officer.getByRole('button', { name: 'Record the decision' }).click(),
      outcome: () => officer.getByRole('button', { name: 'Monitoring letter and contact log' }).waitFor()
    };
  }

  public async fillMonitoringLetter(officer: Page): Promise<void> {
    await officer.getByRole('button', { name: 'Monitoring letter and contact log' }).click();
    const letter = officer.locator('form').filter({ has: officer.getByRole('button', { name: 'Record the letter as sent' }) });
    await letter.waitFor();
    const parts = letter.getByRole('textbox');
    const partCount = await parts.count();
    for (let index = 0; index < partCount; index += 1) {
      if ((await parts.nth(index).getAttribute('type')) === 'date') continue;
      await parts.nth(index).fill(`Letter part ${index + 1}: written plainly for the customer.`);
    }
  }
  public saveMonitoringLetter(officer: Page): PressAndOutcome {
    return {
      press: () => officer.getByRole('button', { name: 'Record the letter as sent' }).click(),
      outcome: () =>
        officer
          .getByRole('button', { name: 'Log contact' })
          .or(officer.getByRole('table', { name: 'Contact log' }))
          .first()
          .waitFor()
    };
  }

  public async fillProposal(officer: Page): Promise<void> {
    await officer.getByRole('button', { name: 'Propose a sanction' }).click();
    await officer.getByRole('button', { name: 'Request approval' }).waitFor();
    await officer.getByRole('checkbox', { name: /^R01:/ }).check();
    await officer.getByRole('textbox', { name: /Single point of contact \(name\)/ }).fill(RESTRICTION.officer);
    await officer.getByRole('textbox', { name: /Who covers when they are away/ }).fill(RESTRICTION.cover);
    await officer.getByRole('textbox', { name: /How necessary contact will still happen/ }).fill(RESTRICTION.necessaryContact);
    await officer.getByRole('textbox', { name: /minimum needed/ }).fill(RESTRICTION.proportionality);
    const earlyBreach = officer.getByRole('textbox', { name: /Serious breach that ends monitoring early/ });
    if (await earlyBreach.count()) await earlyBreach.fill('A further threat to attend the office on 27 November 2026, during monitoring.');
  }
  public requestApproval(officer: Page): PressAndOutcome {
    return {
      press: () => officer.getByRole('button', { name: 'Request approval' }).click(),
      outcome: () => officer.getByText('Pending approval').waitFor()
    };
  }

  public async fillInboxApproval(customer: Customer, caseReference: string): Promise<Page> {
    const director = await this.session.openAs('ed.director');
    await director.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Approvals', exact: true }).click();
    const approval = director
      .getByRole('listitem')
      .filter({ has: director.getByRole('heading', { name: `${fullName(customer)}: ${caseReference}` }) });
    await approval.waitFor();
    await approval.getByRole('button', { name: 'Approve', exact: true }).click();
    await approval.getByRole('textbox', { name: /^Comment/ }).fill('Proportionate: one officer, every matter can still be raised.');
    return director;
  }
  public sendInboxApproval(director: Page): PressAndOutcome {
    return {
      press: () => director.getByRole('button', { name: 'Send decision: Approve' }).click(),
      outcome: () => director.getByText('You approved this sanction.', { exact: false }).waitFor()
    };
  }

  public async fillRestrictionLetter(customer: Customer, caseId: string): Promise<Page> {
    const sender = await this.session.openAs('cara.cro', { case: caseId });
    await sender.getByRole('button', { name: 'Send the restriction letter' }).click();
    await sender.getByRole('heading', { name: 'Letters', level: 2 }).waitFor();
    await sender.getByRole('combobox', { name: 'Type of letter' }).selectOption('RestrictionDecision');
    await sender.getByRole('textbox', { name: /Their name/ }).fill(fullName(customer));
    await sender.getByRole('textbox', { name: /Their job title/ }).fill('Customer Relations Officer');
    for (const [label, text] of RESTRICTION_LETTER) await sender.getByRole('textbox', { name: label }).fill(text);
    return sender;
  }
  public produceLetter(sender: Page): PressAndOutcome {
    return {
      press: () => sender.getByRole('button', { name: 'Produce the Word document' }).click(),
      outcome: async () => {
        await sender.getByText('The letter is ready').waitFor();
        await sender.getByRole('button', { name: 'Record as sent to the customer' }).waitFor();
      }
    };
  }
  public recordLetterSent(sender: Page): PressAndOutcome {
    return {
      press: () => sender.getByRole('button', { name: 'Record as sent to the customer' }).click(),
      outcome: () => sender.getByRole('status').filter({ hasText: 'The restriction is now active' }).waitFor()
    };
  }

  public async fillReview(caseId: string): Promise<Page> {
    const reviewing = await this.session.openAs('cara.cro', { case: caseId });
    await reviewing.getByRole('button', { name: 'Record a review' }).click();
    await reviewing.getByRole('button', { name: 'Start the review' }).click();
    await reviewing.getByRole('button', { name: 'Record the review' }).waitFor();
    await reviewing.getByRole('combobox', { name: /^Outcome/ }).selectOption('Lift');
    await reviewing.getByRole('textbox', { name: /^Reasons/ }).fill('Six weeks without incident; the restriction is no longer needed.');
    await reviewing
      .getByRole('textbox', { name: /Anything else the outcome letter says/ })
      .fill('You may contact any council service in the usual way from today.');
    return reviewing;
  }
  public recordReview(reviewing: Page): PressAndOutcome {
    return {
      press: () => reviewing.getByRole('button', { name: 'Record the review' }).click(),
      outcome: async () => {
        await reviewing
          .getByRole('status')
          .filter({ hasText: 'Review recorded' })
          .or(reviewing.getByRole('alert').filter({ hasText: 'Not saved' }))
          .first()
          .waitFor();
        await notRefused(reviewing);
      }
    };
  }

  public async fillAppeal(caseId: string): Promise<Page> {
    const officer = await this.session.openAs('cara.cro', { case: caseId });
    await officer.getByRole('button', { name: 'Record an appeal' }).click();
    const reviewer = officer.getByRole('combobox', { name: /^Appeal reviewer/ });
    await reviewer.waitFor();
    const deepa = (await reviewer.locator('option').allInnerTexts())
      .map((text) => text.trim())
      .filter((text) => text.startsWith('Deepa Rao'));
    await officer
      .getByRole('group', { name: /^Grounds of appeal/ })
      .getByRole('checkbox', { name: 'The restriction is disproportionate' })
      .check();
    await officer.getByRole('textbox', { name: /^The person's appeal/ }).fill('One officer cannot cover both planning and council tax.');
    await reviewer.selectOption({ label: deepa[0] });
    return officer;
  }
  public recordAppeal(officer: Page): PressAndOutcome {
    return {
      press: () => officer.getByRole('button', { name: 'Record the appeal' }).click(),
      // Once recorded, the screen turns to the reviewer's decision (the case is under appeal).
      outcome: async () => {
        await officer
          .getByRole('button', { name: 'Record the decision' })
          .or(officer.getByRole('alert').filter({ hasText: 'Not saved' }))
          .first()
          .waitFor();
        await notRefused(officer);
      }
    };
  }

  public async fillAppealDecision(caseId: string): Promise<Page> {
    const reviewing = await this.session.openAs('dee.deputy', { case: caseId });
    await reviewing.getByRole('button', { name: 'Decide the appeal' }).click();
    await reviewing.getByRole('combobox', { name: /^Decision/ }).selectOption('Quash');
    await reviewing
      .getByRole('textbox', { name: /^Reasons/ })
      .fill('A single point of contact for every service was more than the incident called for; the warning is enough.');
    return reviewing;
  }
  public recordAppealDecision(reviewing: Page): PressAndOutcome {
    return {
      press: () => reviewing.getByRole('button', { name: 'Record the decision' }).click(),
      // The button is disabled while saving; enabled again once the case is saved (and shown).
      outcome: async () => {
        await savedBy(reviewing, 'Record the decision');
        await notRefused(reviewing);
      }
    };
  }
}
