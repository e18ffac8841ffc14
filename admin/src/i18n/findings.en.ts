import type { SameKeys } from './types';
import type { findingsSv } from './findings.sv';

/** English for `kompass.findings`: exactly the Swedish keys. */
export const findingsEn = {
  findings: {
    heading: 'Strengths and improvements',
    question_codes: 'Sub-questions',
    suggestion: 'Suggested, confidence %{percent}%',
    code_with_confidence: '%{code} (%{percent}%)',
    no_questions: 'No more sub-questions in the area',
    no_question_codes: 'No sub-question chosen',
    none_short: 'None',
    saved: 'The sub-questions were saved.',
    show_kind: 'Show',
    all: 'All (%{smart_count})',
    intro_edit: 'Link each finding to the sub-questions it is about. Changes are saved at once.',
    intro_read: "The report's findings, with the sub-questions they are about.",
    open_list: 'Show as a list',
    select_all_improvements: 'Select all improvements',
    selected: 'One selected |||| %{smart_count} selected',
    none_for_evaluation: 'The evaluation has no strengths or improvements.',
    empty_title: 'No findings yet',
    empty_text:
      'Strengths and improvements are read from the report when an evaluation is imported. Import an evaluation first.',
  },
} satisfies SameKeys<typeof findingsSv>;
