import type { SameKeys } from './types';
import type { actionImportSv } from './action_import.sv';

/** English for `kompass.action_import`: exactly the Swedish keys. */
export const actionImportEn = {
  action_import: {
    open: 'Import from Excel',
    title: 'Import actions from Excel',
    intro:
      'Export the action plan to Excel, change owner, department, deadline, priority or status and upload the file here. You see the changes row by row before anything is saved. Leave the Id and Version columns as they are.',
    choose_file: 'Choose Excel file',
    no_file: 'No file chosen',
    preview: 'Preview',
    apply: 'Apply the change to one action |||| Apply the changes to %{smart_count} actions',
    applied: 'One action changed. |||| %{smart_count} actions changed.',
    summary:
      'One row changes its action, %{unchanged} unchanged. |||| %{smart_count} rows change their actions, %{unchanged} unchanged.',
    stale: 'changed in Kompass after the export',
    stale_warning:
      'One action changed in Kompass since the file was exported, so the file cannot be imported. Export again and redo the change. |||| %{smart_count} actions changed in Kompass since the file was exported, so the file cannot be imported. Export again and redo the changes.',
    table_label: 'Changes per row',
    row: 'Row',
    action: 'Action',
    field: 'Column',
    before: 'Before',
    after: 'After',
    empty: '(empty)',
  },
} satisfies SameKeys<typeof actionImportSv>;
