import * as React from 'react';
import { defaultOmbudsmanSignposting, isUkNation, type CouncilDetails, type ValidationError } from '../../../domain';
import { COUNCIL_DETAILS_SETTING, type CouncilDetailsDraft } from './councilDetailsDraft';
import { useSettingEditor, type SettingEditor } from './useSettingEditor';

export interface AdminCouncilDetails {
  editor: SettingEditor<CouncilDetails, CouncilDetailsDraft>;
  change(patch: Partial<CouncilDetailsDraft>): void;
  /** The standard Ombudsman wording for the nation and landlord choice in the form. */
  standardSignposting: string | undefined;
  applyStandardSignposting(): void;
}

/** What each part of the council details form is given: the draft, the domain's messages and a way to change it. */
export interface CouncilDetailsFormPart {
  draft: CouncilDetailsDraft;
  errors: readonly ValidationError[];
  change(patch: Partial<CouncilDetailsDraft>): void;
}

/** The council details tab: the letter head, signatory, Ombudsman signposting and services, under the setting's etag. */
export function useAdminCouncilDetails(): AdminCouncilDetails {
  const editor = useSettingEditor(COUNCIL_DETAILS_SETTING);
  const { setDraft, draft } = editor;
  const change = React.useCallback(
    (patch: Partial<CouncilDetailsDraft>) => setDraft((previous) => ({ ...previous, ...patch })),
    [setDraft]
  );
  const standardSignposting = isUkNation(draft.nation) ? defaultOmbudsmanSignposting(draft.nation, draft.landlord) : undefined;
  const applyStandardSignposting = (): void => {
    if (standardSignposting !== undefined) change({ ombudsmanSignposting: standardSignposting });
  };
  return { editor, change, standardSignposting, applyStandardSignposting };
}
