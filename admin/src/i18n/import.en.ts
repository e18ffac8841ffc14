import type { SameKeys } from './types';
import type { importSv } from './import.sv';

/** English for `kompass.import`: exactly the Swedish keys. */
export const importEn = {
  import: {
    title: 'Import evaluation',
    steps: 'Import steps',
    step_source: 'Choose the report',
    step_review: 'Review and confirm',
    heading_source: 'Import evaluation: choose the report',
    heading_review: 'Import evaluation: review and confirm',
    intro_source:
      "Upload the municipality's Kommunkompassen report (PDF or text) or a filled-in Excel template, or paste the report's text. Nothing is saved until you have reviewed and confirmed.",
    intro_review:
      'This is how the report reads. Check the scores and warnings, and which sub-questions each finding is about. Nothing is saved yet.',
    mode_label: 'How do you want to provide the report?',
    mode_file: 'Upload a file',
    mode_text: 'Paste text',
    drop_here: 'Drop the file here, or',
    choose_file: 'Choose file',
    file_types: 'PDF, text (.txt, .md), Excel (.xlsx) or CSV, at most 20 MB.',
    chosen_file: 'Chosen file: %{name} (%{size})',
    file_required: 'Choose a file to import.',
    text_label: "The report's text",
    text_help: 'Copy the whole report, with the score table and the sections on strengths and improvements.',
    text_required: "Paste the report's text.",
    evaluated_at: 'Month of evaluation',
    evaluated_at_help: 'Leave empty to read the month from the report.',
    evaluated_at_invalid: 'Write the month as YYYY-MM, for example 2017-09.',
    month_placeholder: 'YYYY-MM',
    label_help: 'For example Kommunkompassen 2017. Leave empty to read it from the report.',
    template_heading: "Don't have the report as a file?",
    template_text: 'Download the Excel template, fill in the points per sub-question and upload it here.',
    template_download: 'Excel template for %{name}',
    preview: 'Preview',
    reading: 'Reading the report…',
    confirm: 'Import',
    saving: 'Importing…',
    back: 'Back',
    low_confidence_title: 'Weak link to confirm: one finding |||| Weak links to confirm: %{smart_count} findings',
    low_confidence_intro:
      'The import found no clear sub-question for these improvements and suggests the nearest one in the area. Check the sub-question of each marked finding before importing.',
    low_confidence_chip: 'Weak link – confirm',
    no_findings: 'The report has no strengths or improvements.',
    findings_intro:
      'One finding. The sub-questions are suggestions from the import (with their confidence); change them where needed. |||| %{smart_count} findings. The sub-questions are suggestions from the import (with their confidence); change them where needed.',
    done: 'The evaluation %{label} was imported with one finding. |||| The evaluation %{label} was imported with %{smart_count} findings.',
    too_large: 'The file is too large (max 20 MB).',
    problems_title: 'The report could not be imported',
    invalid_title: 'Some information is missing',
    failed_title: 'The import failed',
    problems_intro:
      'Nothing was imported. Fix this and try again: |||| Nothing was imported. Fix these %{smart_count} problems and try again:',
    problem_line: 'Line %{line}',
    problem_row: 'Row %{line}',
    framework_heading: 'Model revision',
    framework_chosen: 'The report is read as %{name} (%{code}).',
    framework_reason: {
      explicit: 'You chose it.',
      'sub-questions': "The report's sub-questions and maxima are those of %{code}.",
      'area-names': "The report's area names are those of %{code}.",
      'evaluation-year': 'The report fits several revisions; %{code} was chosen by the year of the evaluation.',
      'no-match': 'The report fits no known revision; it is read as %{code} to show what differs.',
    },
    framework_hand_made:
      '%{code} was made by hand and does not ship with Kompass. Check that the report was made on that revision.',
    framework_pick: 'Read the report as',
    framework_pick_help: 'Pick another revision if Kompass chose the wrong one.',
    framework_option_fits: '%{name} (%{code}), fits the report',
    framework_option_misfits: '%{name} (%{code}), does not fit the report',
    framework_learn:
      '%{code} has no sub-questions yet. The report teaches Kompass one sub-question (%{total} points). Check it and confirm. |||| %{code} has no sub-questions yet. The report teaches Kompass %{smart_count} sub-questions worth %{total} points in all. Check them and confirm; later reports on %{code} are compared with them.',
    framework_confirm: "The sub-questions are right; store them as %{code}'s sub-questions",
  },
} satisfies SameKeys<typeof importSv>;
