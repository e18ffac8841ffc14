import type { SameKeys } from './types';
import type { dashboardSv } from './dashboard.sv';

/** English for `kompass.dashboard`: exactly the Swedish keys. */
export const dashboardEn = {
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
} satisfies SameKeys<typeof dashboardSv>;
