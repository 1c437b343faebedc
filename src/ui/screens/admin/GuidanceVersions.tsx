import * as React from 'react';
import { Button, Subtitle2 } from '@fluentui/react-components';
import { formatLongDate } from '../../../domain';
import type { AdminGuidance } from './useAdminGuidance';
import { useGuidanceAdminStyles } from './useGuidanceAdminStyles';

/** Every version of the chosen passage, which is shown today, and bringing back an earlier wording. */
export function GuidanceVersions({ guidance }: { guidance: AdminGuidance }): React.ReactElement {
  const styles = useGuidanceAdminStyles();
  const latest = guidance.versions[guidance.versions.length - 1];
  return (
    <section aria-labelledby="guidance-versions">
      <Subtitle2 as="h4" id="guidance-versions">
        Versions of this passage
      </Subtitle2>
      <ul>
        {guidance.versions.map((version) => (
          <li key={version.version} className={styles.version}>
            <span>
              Version {version.version}, from {formatLongDate(version.effectiveFrom)}: “{version.title}”
              {guidance.inForce?.version === version.version ? ' (shown today)' : ''}
            </span>
            {version.version !== latest?.version ? (
              <Button
                size="small"
                onClick={() => guidance.revertTo(version)}
                aria-label={`Use the wording of version ${version.version} again`}
              >
                Use this wording again
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
