import type { SameKeys } from './types';
import type { bulkEditSv } from './bulk_edit.sv';

/** English for `kompass.bulk_edit`: exactly the Swedish keys. */
export const bulkEditEn = {
  bulk_edit: {
    open_count: 'Edit selected (1) |||| Edit selected (%{smart_count})',
    select_row: 'Select %{title}',
    title: 'Edit one action |||| Edit %{smart_count} actions',
    intro: 'What you fill in is set on every selected action. Fields left empty are not changed.',
    owner: 'Owner',
    department: 'Department',
    deadline: 'Deadline',
    priority: 'Priority',
    status: 'Status',
    comment: 'Comment',
    unchanged: 'Unchanged',
    submit: 'Save on one action |||| Save on %{smart_count} actions',
    saved: 'One action was changed. |||| %{smart_count} actions were changed.',
    stale:
      'Nothing was saved: one action was changed by someone else since the list was read (%{titles}). The list is reloaded; apply the change again. |||| Nothing was saved: %{smart_count} actions were changed by someone else since the list was read (%{titles}). The list is reloaded; apply the change again.',
  },
} satisfies SameKeys<typeof bulkEditSv>;
