import { fireEvent, screen } from '@testing-library/react';

/**
 * Fills Record an incident for the demo's Siân O'Brien (found by name search): housing, by
 * phone, unreasonable demands, what happened and the call ended. Leaves it unsent.
 */
export async function fillIncidentForSianOBrien(): Promise<void> {
  fireEvent.change(await screen.findByRole('searchbox', { name: /Customer's last name/ }), { target: { value: 'Sian O’Brien' } });
  fireEvent.click(screen.getByRole('button', { name: 'Search' }));
  fireEvent.click(await screen.findByRole('radio', { name: /Siân O'Brien/ }));
  fireEvent.change(screen.getByRole('combobox', { name: /Service/ }), { target: { value: 'Housing' } });
  fireEvent.change(screen.getByRole('combobox', { name: /How the contact happened/ }), { target: { value: 'phone' } });
  fireEvent.click(screen.getByLabelText('Unreasonable demands'));
  fireEvent.change(screen.getByRole('textbox', { name: /What happened/ }), {
    target: { value: 'Said "you will regret this" three times.' }
  });
  fireEvent.change(screen.getByRole('combobox', { name: /Immediate protective action/ }), { target: { value: 'endedCall' } });
}
