import { workEn } from './work.en';
import { insightsEn } from './insights.en';
import { remindersEn } from './reminders.en';
import { apiErrorsEn, apiFieldsEn } from './errors.en';
import type { appSv } from './app.sv';
import type { SameKeys } from './types';

/** Kompass's own strings, English. Same keys as the Swedish original. */
export const appEn = {
  kompass: {
    ...workEn,
    ...insightsEn,
    ...remindersEn,
    title: 'Kompass',
    tagline: 'From Kommunkompassen to action plan',
    roles: {
      admin: 'Administrator',
      coordinator: 'Quality coordinator',
      department_head: 'Department head',
      leadership: 'Municipal leadership',
    },
    department_kinds: {
      administration: 'Department',
      committee: 'Committee',
      company: 'Company',
    },
    locales: {
      sv: 'Svenska',
      en: 'English',
    },
    finding_kinds: {
      strength: 'Strength',
      improvement: 'Improvement',
    },
    finding_kinds_plural: {
      strength: 'Strengths',
      improvement: 'Improvements',
    },
    login: {
      heading: 'Sign in to Kompass',
      email: 'Email address',
      password: 'Password',
      submit: 'Sign in',
      signing_in: 'Signing in…',
      invalid_credentials: 'Wrong email address or password.',
      throttled: 'Too many sign-in attempts. Wait a moment and try again.',
      busy: 'The server is busy right now. Try again in a second.',
      sso_button: 'Sign in with %{name}',
      or: 'or with a password',
      password_for_admins: 'Sign in with a password (administrators)',
      signing_in_sso: 'Signing in…',
      end_provider_session: "Also sign out of %{name}'s account",
      password_login_disabled:
        "Password sign-in is turned off for your municipality: use the municipality's account button.",
    },
    sso: {
      errors: {
        sso_not_configured: "Signing in with the municipality's account is not set up for that municipality.",
        sso_flow_expired: 'The sign-in took too long or was started in another browser. Try again.',
        sso_state_mismatch: 'The sign-in answer did not belong to your sign-in and was refused. Try again.',
        sso_provider_refused:
          "The municipality's sign-in service declined. Try again or contact the municipality's IT support.",
        sso_token_invalid:
          "The proof of sign-in from the municipality's service was invalid (wrong audience, issuer, or too old).",
        sso_email_missing:
          "The municipality's account has no e-mail address. Ask the municipality's IT support to add it.",
        sso_email_unverified:
          "The sign-in service does not vouch for the e-mail address, so it cannot be linked to your Kompass account. Contact the municipality's Kompass coordinator.",
        sso_wrong_domain: 'Your account belongs to another municipality. Sign in through your own municipality.',
        sso_unmapped:
          "You have no role in Kompass for %{kommun}. Ask the municipality's Kompass coordinator or administrator to add you to the right group.",
        sso_inactive: "Your Kompass account is deactivated. Contact the municipality's Kompass coordinator.",
        sso_admin_account: 'Administrators sign in with their password.',
        sso_failed: 'The sign-in failed. Try again.',
      },
      test_title: 'Test sign-in: result',
      test_ok: 'The sign-in would succeed with the role %{role}.',
      test_refused: 'The sign-in would be refused:',
      test_claims: 'Claims from the sign-in service',
      test_button: 'Test sign-in',
      test_save_first: 'Save first, then test.',
      from_environment: 'From the OIDC_* environment variables (cannot be changed here)',
    },
    user_menu: {
      language: 'Language',
    },
    dashboard: {
      welcome: 'Welcome to Kompass',
      intro:
        'Kompass helps the municipality turn its Kommunkompassen results into an action plan with actions, owners and deadlines.',
      signed_in_as: 'You are signed in as %{name}, %{role}.',
      signed_in_as_role: 'You are signed in as %{role}.',
      latest_heading: 'Latest evaluation',
      open_latest: 'Open the evaluation',
      all_evaluations: 'All evaluations (%{smart_count})',
      next_steps: 'Next steps',
      step_import: "Import the municipality's Kommunkompassen evaluation (PDF, text or the filled-in Excel template).",
      step_departments: "Add the municipality's departments, committees and companies.",
      step_users: 'Add users: quality coordinators, department heads and municipal leadership.',
      step_frameworks: 'Get to know the framework: areas, questions and max points.',
      go_import: 'Go to the import',
      go_departments: 'Go to departments',
      go_users: 'Go to users',
      go_frameworks: 'Go to frameworks',
    },
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
      framework_max: 'Max',
      framework_confirm: "The sub-questions are right; store them as %{code}'s sub-questions",
    },
    scores: {
      heading: 'Scores by area',
      overview: 'Overview',
      area: 'Area',
      area_heading: 'Area %{number}: %{name}',
      code: 'No.',
      question: 'Sub-question',
      points: 'Points',
      share: 'Share',
      total: 'Total',
      percent: '%{percent}%',
      points_of: '%{achieved} of %{max} points',
      points_for: 'Points for %{code}',
      points_invalid: 'Whole points from 0 to %{max}.',
      stated_total_short: 'The report states %{stated}',
      stated_total_differs:
        'The report states a total of %{stated}, but the sub-questions add up to %{sum}. The sub-question scores are used.',
      area_level_only: 'The evaluation has totals per area only, no scores per sub-question.',
      correct: 'Correct scores',
      correct_help:
        'Enter the right points for the sub-questions that are wrong. An empty field removes the score of the sub-question.',
      save_corrections: 'Save the corrections',
      corrected:
        'The score of one sub-question was corrected. |||| The scores of %{smart_count} sub-questions were corrected.',
    },
    warnings: {
      title: 'One warning |||| %{smart_count} warnings',
      count: '1 warning |||| %{smart_count} warnings',
      at_line: '(line %{line})',
      at_row: '(row %{line})',
      'area-total-mismatch':
        "Area %{area}: the report's total for the area does not match the sum of its sub-questions. The sub-question scores are used.",
      'area-total-mismatch_numbers':
        'Area %{area}: the report states a total of %{stated}, but the sub-questions add up to %{sum}. The sub-question scores are used.',
      'area-total-conflict':
        'Area %{area}: the report states different totals for the area in two places. The total in the score table is used.',
      'percent-mismatch_question':
        'Sub-question %{code}: %{achieved} of %{max} points is %{percent}%, but the report states %{stated}%.',
      'percent-mismatch_question_plain':
        'Sub-question %{code}: the percentage in the report does not match the points.',
      'percent-mismatch_area': "Area %{area}: the percentage in the report does not match the area's total.",
      'missing-question': 'Sub-question %{code} has no score.',
      'missing-area': 'Area %{area} (%{areaName}) has neither scores nor a total.',
      'area-level-only':
        'The evaluation has totals per area only, no scores per sub-question. Comparisons can only be made per area.',
      'municipality-mismatch': 'The report seems to be about another municipality than the one it is imported into.',
      'municipality-mismatch_named':
        'The report is about %{name}, another municipality than the one it is imported into.',
      'duplicate-source': 'The same file has already been imported for the municipality.',
      'unknown-area': 'Strengths and improvements for area %{area}, which the framework does not have, were skipped.',
      'unknown-area_before_heading': 'Strengths and improvements before the first "Område N" heading were skipped.',
      'outside-framework-period':
        "The evaluation was made outside the years the revision applies to. The scores are still read against this revision's sub-questions and maximum points and may be wrong if the report follows another revision. Check that the right revision is chosen.",
      'outside-framework-period_years':
        "The evaluation is from %{year}, but %{framework} applies to %{from}–%{to}. The scores are still read against this revision's sub-questions and maximum points and may be wrong if the report follows another revision. Check that the right revision is chosen.",
      'catalogue-row-differs':
        "Sub-question %{code} is worded differently in the report than in the revision's stored sub-questions. The stored ones are kept.",
      'hand-made-framework': 'The revision was made by hand and does not ship with Kompass.',
    },
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
    actions_dialog: {
      open: 'Create actions',
      title: 'Create actions from improvements',
      intro:
        'An action is created for the selected improvement. Owner, department and deadline can be changed afterwards. |||| An action is created for each of the %{smart_count} selected improvements. Owner, department and deadline apply to all of them and can be changed per action afterwards.',
      plan: 'Action plan',
      existing_plan: 'Add to an existing action plan',
      new_plan: 'Create a new action plan',
      plan_title: 'Name of the action plan',
      default_title: 'Action plan after %{label}',
      re_evaluation_date: 'Planned re-evaluation',
      re_evaluation_help: 'When the municipality plans to be evaluated again.',
      owner: 'Owner',
      department: 'Department',
      no_department: 'No department',
      deadline: 'Deadline',
      optional: 'Optional',
      submit: 'Create one action |||| Create %{smart_count} actions',
      created: 'One action was created in %{plan}. |||| %{smart_count} actions were created in %{plan}.',
      skipped_note:
        'One improvement already had an action there. |||| %{smart_count} improvements already had actions there.',
      deadline_help: 'Optional. When empty: 30 days before the planned re-evaluation.',
      failed: 'The actions could not be created: %{message}',
    },
    frameworks: {
      areas_heading: 'Areas and questions',
      area_heading: 'Area %{number}: %{name}',
      area_max_points: 'Max points for the area: %{points}',
      area_also_known_as: 'Also known as: %{names}',
      question_code: 'No.',
      question_text: 'Question',
      question_max_points: 'Max points',
      no_areas: 'The framework has no areas.',
      origin: {
        catalogue: 'Ships with Kompass',
        learned: 'Ships with Kompass, sub-questions from a report',
        manual: 'Made by hand',
      },
      no_questions:
        'The revision has no sub-questions yet. They are read from the first report imported and confirmed.',
    },
    users: {
      password_help: 'A first password. The user can change it after signing in.',
      municipality_help: 'Leave empty for administrators.',
      no_department: 'No department',
    },
    validation: {
      municipality_code: 'The municipality code is four digits, for example 1081.',
      organisation_number: 'Write the organisation number as NNNNNN-NNNN, for example 212000-1082.',
      date_format: 'YYYY-MM-DD',
      date: 'Write the date as YYYY-MM-DD, for example 2026-03-31.',
    },
    errors: {
      error_id: '(error id: %{id})',
    },
    api_errors: apiErrorsEn,
    api_fields: apiFieldsEn,
  },
} satisfies SameKeys<typeof appSv>;
