import * as React from 'react';
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow
} from '@fluentui/react-components';
import { dateOfInstant, formatLongDate } from '../../../domain';
import type { ProvisioningChangeKind, ProvisioningReport } from '../../../data/ports';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { useFormStyles } from '../../components/ScreenLayout';
import { useAdminSiteSetup, type SiteSetupState } from './useAdminSiteSetup';

const KIND_WORDS: Readonly<Record<ProvisioningChangeKind, string>> = {
  permissionLevelCreated: 'Permission level created',
  permissionLevelUpdated: 'Permission level corrected',
  groupCreated: 'Group created',
  listCreated: 'List created',
  listSettingsUpdated: 'List settings corrected',
  fieldAdded: 'Column added',
  fieldIndexed: 'Column indexed',
  fieldWidened: 'Column widened',
  fieldMadeUnique: 'Column made unique',
  choicesExtended: 'Choices added',
  inheritanceBroken: 'Own permissions given',
  roleAssigned: 'Access granted',
  guidanceSeeded: 'Default guidance added',
  settingSeeded: 'Default setting added'
};

function ChangeTable({ report, caption }: { report: ProvisioningReport; caption: string }): React.ReactElement {
  return (
    <Table aria-label={caption} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{report.dryRun ? 'Needed' : 'Done'}</TableHeaderCell>
          <TableHeaderCell>Where</TableHeaderCell>
          <TableHeaderCell>Detail</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {report.changes.map((change, index) => (
          <TableRow key={`${change.kind}-${change.target}-${index}`}>
            <TableCell>{KIND_WORDS[change.kind]}</TableCell>
            <TableCell>{change.target}</TableCell>
            <TableCell>{change.detail ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Warnings({ report }: { report: ProvisioningReport }): React.ReactElement {
  if (report.warnings.length === 0) return <></>;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>For a person to decide</MessageBarTitle>
        Provisioning never deletes or converts anything, so these are left as they are:
        <ul>
          {report.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function Status({ report }: { report: ProvisioningReport }): React.ReactElement {
  return report.changes.length === 0 ? (
    <MessageBar intent="success" role="status" layout="multiline">
      <MessageBarBody>The site has everything schema version {report.schemaVersion} needs.</MessageBarBody>
    </MessageBar>
  ) : (
    <>
      <MessageBar intent="warning" role="status" layout="multiline">
        <MessageBarBody>
          The site lacks {report.changes.length} thing{report.changes.length === 1 ? '' : 's'} schema version {report.schemaVersion} needs.
          Upgrading adds and corrects them; it never deletes lists, columns, items or groups.
        </MessageBarBody>
      </MessageBar>
      <ChangeTable report={report} caption="What the upgrade would do" />
    </>
  );
}

function Result({ state }: { state: SiteSetupState }): React.ReactElement {
  switch (state.status) {
    case 'idle':
      return <></>;
    case 'checking':
      return <LoadingState label="Checking the site against the schema…" />;
    case 'upgrading':
      return <LoadingState label="Upgrading the site…" />;
    case 'failed':
      return (
        <ErrorMessage
          error={state.error}
          title={state.during === 'check' ? 'The site could not be checked' : 'The site could not be upgraded'}
        />
      );
    case 'checked':
      return (
        <>
          <Status report={state.report} />
          <Warnings report={state.report} />
        </>
      );
    case 'upgraded':
      return (
        <>
          <MessageBar intent={state.auditWritten ? 'success' : 'warning'} role="status" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Upgraded on {formatLongDate(dateOfInstant(state.at))}</MessageBarTitle>
              {state.report.changes.length === 0
                ? 'Nothing needed changing.'
                : `${state.report.changes.length} change(s) made, listed below.`}
              {state.auditWritten ? '' : ' The audit log entry for the upgrade could not be written: tell the auditor.'}
            </MessageBarBody>
          </MessageBar>
          {state.report.changes.length > 0 ? <ChangeTable report={state.report} caption="What the upgrade did" /> : null}
          <Warnings report={state.report} />
          {state.after ? <Status report={state.after} /> : null}
        </>
      );
  }
}

/** Provisioning status and the upgrade, run with the administrator's own SharePoint permissions. */
export function SiteSetupPanel(): React.ReactElement {
  const setup = useAdminSiteSetup();
  const form = useFormStyles();
  if (!setup.available) {
    return <Body1 as="p">Checking and upgrading the site is not available here: this page has no SharePoint site behind it.</Body1>;
  }
  const busy = setup.state.status === 'checking' || setup.state.status === 'upgrading';
  const needsUpgrade = setup.state.status === 'checked' && setup.state.report.changes.length > 0;
  return (
    <div className={form.form}>
      <Body1 as="p">
        The check compares the site’s lists, columns, groups and permissions with what this version of Customer Case Management needs, and
        changes nothing. The upgrade runs as you, with your own SharePoint permissions: it needs the site owner’s rights.
      </Body1>
      <div className={form.actions}>
        <Button onClick={() => setup.check().catch(() => undefined)} disabled={busy}>
          Check the site
        </Button>
        {needsUpgrade ? (
          <Button appearance="primary" onClick={() => setup.upgrade().catch(() => undefined)} disabled={busy}>
            Upgrade the site
          </Button>
        ) : null}
      </div>
      <Result state={setup.state} />
    </div>
  );
}
