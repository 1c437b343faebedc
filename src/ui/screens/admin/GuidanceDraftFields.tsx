import * as React from 'react';
import { errorFor, TextAreaField, TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import type { AdminGuidance } from './useAdminGuidance';

/** The next version's heading, text, sources and the day it applies from. */
export function GuidanceDraftFields({ guidance }: { guidance: AdminGuidance }): React.ReactElement {
  const form = useFormStyles();
  const { draft, errors } = guidance;
  return (
    <div className={form.form}>
      <TextField
        label="Heading"
        required
        value={draft.title}
        onChange={(title) => guidance.change({ title })}
        error={errorFor(errors, 'title')}
      />
      <TextAreaField
        label="Guidance text"
        hint="Paragraphs separated by a blank line; a line starting with a hyphen and a space is a bullet."
        required
        rows={12}
        value={draft.body}
        onChange={(body) => guidance.change({ body })}
        error={errorFor(errors, 'bodyMarkdown')}
      />
      <TextAreaField
        label="Sources (optional)"
        hint="One per line, for example N6 or BR-05."
        rows={3}
        value={draft.sources}
        onChange={(sources) => guidance.change({ sources })}
        error={errorFor(errors, 'sourceRefs')}
      />
      <TextField
        label="Applies from"
        type="date"
        required
        value={draft.effectiveFrom}
        onChange={(effectiveFrom) => guidance.change({ effectiveFrom })}
        error={errorFor(errors, 'effectiveFrom')}
      />
    </div>
  );
}
