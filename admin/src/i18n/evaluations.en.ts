import type { SameKeys } from './types';
import type { evaluationsSv } from './evaluations.sv';

/** English for `kompass.evaluations`: exactly the Swedish keys. */
export const evaluationsEn = {
  evaluations: {
    import: 'Import evaluation',
    import_first: 'Import your first evaluation',
    empty_title: 'No evaluations yet',
    empty_text_import:
      "Start by importing the municipality's Kommunkompassen report: as a PDF, as text or as the filled-in Excel template. You review scores, warnings and findings before anything is saved.",
    empty_text_wait:
      "Once the quality coordinator has imported the municipality's Kommunkompassen evaluation, its scores, strengths and improvements show here.",
    page_title: 'Evaluation: %{label}',
    report_municipality: 'Municipality according to the report',
    pasted_text: 'Pasted text',
    download_source: 'Download the source file',
    finding_counts: '%{strengths} strengths, %{improvements} improvements',
    delete_title: 'Delete the evaluation %{label}?',
    delete_content: 'The evaluation is deleted with its scores and findings. This cannot be undone.',
  },
} satisfies SameKeys<typeof evaluationsSv>;
