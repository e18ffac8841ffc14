import type { SameKeys } from './types';
import type { updatesSv } from './updates.sv';

/** English for `kompass.updates`: exactly the Swedish keys. */
export const updatesEn = {
  updates: {
    heading: 'Progress reports',
    form_heading: 'New progress report',
    none: 'No progress reports yet.',
    more: 'and one older |||| and %{smart_count} older',
    system: 'The system',
    to: 'to',
    progress_change: 'Progress: %{from}% → %{to}%',
    comment: 'Comment',
    comment_help: 'What has happened since the last report? What remains?',
    evidence: 'Evidence',
    add_link: 'Add a link',
    link_label: 'Link text %{number}',
    link_url: 'Address %{number}',
    remove_link: 'Remove link %{number}',
    attach: 'Attach files',
    file_limits: 'At most %{max} files of 10 MB each.',
    remove_file: 'Remove %{name}',
    too_many_files: 'At most %{max} files per progress report.',
    file_too_large: 'A file is larger than 10 MB.',
    download_attachment: '%{name} (%{size})',
    submit: 'Send the progress report',
    sent: 'The progress report is saved.',
    empty_report: 'Write a comment or change the status or progress.',
    conflict:
      'Someone else changed the action while you were writing. The page now shows the new version; check it and send again.',
    conflict_named:
      '%{name} changed the action while you were writing. The page now shows the new version; check it and send again.',
    conflict_self:
      'You changed the action in another window while you were writing. The page now shows the new version; check it and send again.',
  },
} satisfies SameKeys<typeof updatesSv>;
