import type { appSv } from './app.sv';
import type { SameKeys } from './types';

/** Kompass's own strings, English. Same keys as the Swedish original. */
export const appEn = {
  kompass: {
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
    login: {
      heading: 'Sign in to Kompass',
      email: 'Email address',
      password: 'Password',
      submit: 'Sign in',
      signing_in: 'Signing in…',
      invalid_credentials: 'Wrong email address or password.',
      throttled: 'Too many sign-in attempts. Wait a moment and try again.',
    },
    user_menu: {
      language: 'Language',
    },
    dashboard: {
      welcome: 'Welcome to Kompass',
      intro:
        "Kompass helps the municipality turn its Kommunkompassen results into an action plan with actions, owners and deadlines.",
      signed_in_as: 'You are signed in as %{name}, %{role}.',
      empty_title: 'No evaluations yet',
      empty_text:
        "Once the municipality's Kommunkompassen evaluation is imported, its areas, strengths and improvements show here.",
      next_steps: 'Next steps',
      step_import: "Import the municipality's Kommunkompassen evaluation (coming in a later version).",
      step_departments: "Add the municipality's departments, committees and companies.",
      step_users: 'Add users: quality coordinators, department heads and municipal leadership.',
      step_frameworks: 'Get to know the framework: areas, questions and max points.',
      go_departments: 'Go to departments',
      go_users: 'Go to users',
      go_frameworks: 'Go to frameworks',
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
    },
    users: {
      password_help: 'A first password. The user can change it after signing in.',
      municipality_help: 'Leave empty for administrators.',
      no_department: 'No department',
    },
    validation: {
      municipality_code: 'The municipality code is four digits, for example 1081.',
      organisation_number: 'Write the organisation number as NNNNNN-NNNN, for example 212000-1082.',
    },
    errors: {
      error_id: '(error id: %{id})',
    },
  },
} satisfies SameKeys<typeof appSv>;
