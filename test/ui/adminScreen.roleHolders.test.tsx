/** @jest-environment jsdom */
// Issue 18, role holders: the administrator names people by the people picker, sees the
// separation-of-duties consequence of each choice before saving, and saves under the setting's
// etag with an audit entry; another administrator's save is never overwritten.
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './harness';
import { USERS } from '../../local/seed/demoRecords';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';
import type { RoleAssignments } from '../../src/domain';

/** The only appeal reviewer is the only approver on both routes: no appeal can ever be heard. */
const ONE_PERSON_DECIDES: RoleAssignments = {
  customerRelationsOfficer: [USERS.caseOfficer.id],
  executiveDirector: [USERS.director.id],
  appealReviewer: [USERS.director.id],
  lineManager: [USERS.manager.id]
};

function storeWith(roleAssignments: unknown): MemoryStore {
  const store = createMemoryStore();
  store.settingValues.set('roleAssignments', roleAssignments);
  return store;
}

async function openRoleHolders(store: MemoryStore): Promise<void> {
  renderApp(USERS.admin, { store });
  fireEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Administration' }));
  await screen.findByRole('tab', { name: 'Role holders' });
  await screen.findByRole('button', { name: 'Save the role holders' });
}

/** A role's group, found by its heading (queries by role over this long form are slow in jsdom). */
function role(name: string): HTMLElement {
  return screen.getByText(name, { selector: 'h4' }).closest('[role="group"]') as HTMLElement;
}

async function choose(roleName: string, typed: string, person: string): Promise<void> {
  const group = role(roleName);
  fireEvent.change(within(group).getByLabelText(`Add a person as ${roleName}`), { target: { value: typed } });
  fireEvent.click(await screen.findByText(person, { selector: '[role="option"]' }));
  fireEvent.click(within(group).getByRole('button', { name: `Add as ${roleName}` }));
}

describe('Administration: role holders', () => {
  test('shows each holder and the consequence of the choice: no appeal can be heard when every reviewer approved the sanction', async () => {
    const store = storeWith(ONE_PERSON_DECIDES);
    await openRoleHolders(store);
    const reviewers = role('Appeal reviewer');
    expect(within(reviewers).getByRole('list', { name: 'Who holds the role: Appeal reviewer' })).toHaveTextContent('Ed Director');
    expect(
      within(reviewers).getByText(
        'No appeal can be heard on the customers’ route: every reviewer approved the sanction, because the only reviewer is the only approver. (BR-11)'
      )
    ).toBeInTheDocument();
    // Nobody on the councillors' panel and no health and safety adviser: said beside those roles.
    expect(
      within(role('Customer and ICT Services Business Manager')).getByText(
        /No invocation decision can be recorded on the councillors’ route: nobody holds Customer and ICT Services Business Manager/
      )
    ).toBeInTheDocument();
    expect(within(role('Health and safety adviser')).getByText(/No warning marker can be approved/)).toBeInTheDocument();
    // What the role lets its holder do, from the permission matrix.
    expect(
      within(role('Executive Director, Resources and Support Services')).getByText(
        /Approves sanctions on the customers’ route and the councillors’ route \(BR-01\)/
      )
    ).toBeInTheDocument();
  });

  test('adding an independent reviewer by name and removing the approver changes the consequence at once; saving records it with its audit entry', async () => {
    const store = storeWith(ONE_PERSON_DECIDES);
    await openRoleHolders(store);
    await choose('Appeal reviewer', 'Mona', 'Mona Hughes');
    fireEvent.click(within(role('Appeal reviewer')).getByRole('button', { name: 'Remove Ed Director as Appeal reviewer' }));
    await waitFor(() => expect(within(role('Appeal reviewer')).queryByText(/No appeal can be heard/)).not.toBeInTheDocument());
    expect(within(role('Appeal reviewer')).getByRole('list', { name: 'Who holds the role: Appeal reviewer' })).toHaveTextContent(
      'Mona Hughes'
    );

    fireEvent.click(screen.getByText('Save the role holders'));
    expect(await screen.findByText(/now apply to everyone who opens Customer Case Management/)).toBeInTheDocument();
    expect(store.settingValues.get('roleAssignments')).toEqual({
      ...ONE_PERSON_DECIDES,
      appealReviewer: [USERS.monitoringOfficer.id]
    });
    const audit = store.audit.map((entry) => entry.event);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'setting.changed',
      actorId: USERS.admin.id,
      entity: { type: 'Setting', id: 'roleAssignments' },
      after: { roleHolders: [{ role: 'appealReviewer', added: [USERS.monitoringOfficer.id], removed: [USERS.director.id] }] }
    });
  });

  test('text typed but not chosen from the list is not added', async () => {
    await openRoleHolders(storeWith(ONE_PERSON_DECIDES));
    const group = role('Monitoring Officer');
    fireEvent.change(within(group).getByLabelText('Add a person as Monitoring Officer'), { target: { value: 'Somebody' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Add as Monitoring Officer' }));
    expect(within(group).getByText('Type two or more letters of the person’s name, then choose them from the list.')).toBeInTheDocument();
    expect(within(group).getByText('Nobody holds this role.')).toBeInTheDocument();
  });

  test('another administrator saved first: nothing is overwritten, and their version can be loaded', async () => {
    const store = storeWith(ONE_PERSON_DECIDES);
    await openRoleHolders(store);
    fireEvent.click(within(role('Customer Relations Officer')).getByText('Remove'));
    // Meanwhile someone else names a health and safety adviser.
    const theirs = { ...ONE_PERSON_DECIDES, healthSafetyAdviser: [USERS.foi.id] };
    await store.settings.set('roleAssignments', theirs);

    fireEvent.click(screen.getByText('Save the role holders'));
    expect(await screen.findByText('Someone else saved first')).toBeInTheDocument();
    expect(store.settingValues.get('roleAssignments')).toEqual(theirs);
    expect(store.audit).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Load the latest version' }));
    await waitFor(() =>
      expect(within(role('Health and safety adviser')).getByRole('list', { name: /Who holds the role/ })).toHaveTextContent('Fay FOI')
    );
    expect(within(role('Customer Relations Officer')).getByRole('list', { name: /Who holds the role/ })).toHaveTextContent('Cora Officer');
  });

  test('a value edited by hand in the list is reported, and a holder the domain refuses must be removed before saving', async () => {
    const store = storeWith({ ...ONE_PERSON_DECIDES, customerRelationsOfficer: ['Cara Rhodes'], chiefWizard: [USERS.staff.id] });
    await openRoleHolders(store);
    expect(screen.getByText('The role holders saved in SharePoint have problems')).toBeInTheDocument();
    expect(screen.getByText('“chiefWizard” is not a role this system knows.')).toBeInTheDocument();

    fireEvent.click(screen.getByText('Save the role holders'));
    const refusal = (await screen.findByText('Not saved')).closest('[role="alert"]') as HTMLElement;
    expect(within(refusal).getByText(/“Cara Rhodes” is not a person the directory knows/)).toBeInTheDocument();
    expect(store.settingValues.get('roleAssignments')).toMatchObject({ customerRelationsOfficer: ['Cara Rhodes'] });

    fireEvent.click(
      within(role('Customer Relations Officer')).getByRole('button', { name: 'Remove Cara Rhodes as Customer Relations Officer' })
    );
    fireEvent.click(screen.getByText('Save the role holders'));
    expect(await screen.findByText(/now apply to everyone/)).toBeInTheDocument();
    expect(store.settingValues.get('roleAssignments')).toEqual({
      executiveDirector: [USERS.director.id],
      appealReviewer: [USERS.director.id],
      lineManager: [USERS.manager.id]
    });
  });
});
