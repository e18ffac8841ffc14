import { actionStatusesEn } from './action_statuses.en';
import { prioritiesEn } from './priorities.en';
import { planStatusesEn } from './plan_statuses.en';
import { verdictsEn } from './verdicts.en';
import { countsEn } from './counts.en';
import { notificationStatusesEn } from './notification_statuses.en';
import { notificationKindsEn } from './notification_kinds.en';
import { plansEn } from './plans.en';
import { actionsEn } from './actions.en';
import { conflictEn } from './conflict.en';
import { updatesEn } from './updates.en';
import { judgementsEn } from './judgements.en';
import { judgementEn } from './judgement.en';
import { actionImportEn } from './action_import.en';
import { bulkEditEn } from './bulk_edit.en';
import { myActionsEn } from './my_actions.en';
import { homeEn } from './home.en';
import { reportEn } from './report.en';
import { readinessEn } from './readiness.en';
import { crosswalksEn } from './crosswalks.en';
import { carryOverEn } from './carry_over.en';
import { outboxEn } from './outbox.en';
import { auditEn } from './audit.en';
import { profileEn } from './profile.en';
import { publicPageEn } from './public_page.en';
import { trendsEn } from './trends.en';
import { departmentsRollupEn } from './departments_rollup.en';
import { attentionEn } from './attention.en';
import { briefingEn } from './briefing.en';
import { remindersEn } from './reminders.en';
import { mailEn } from './mail.en';
import { pauseEn } from './pause.en';
import { rolesEn } from './roles.en';
import { departmentKindsEn } from './department_kinds.en';
import { localesEn } from './locales.en';
import { findingKindsEn } from './finding_kinds.en';
import { findingKindsPluralEn } from './finding_kinds_plural.en';
import { loginEn } from './login.en';
import { ssoEn } from './sso.en';
import { userMenuEn } from './user_menu.en';
import { dashboardEn } from './dashboard.en';
import { evaluationsEn } from './evaluations.en';
import { importEn } from './import.en';
import { scoresEn } from './scores.en';
import { warningsEn } from './warnings.en';
import { findingsEn } from './findings.en';
import { actionsDialogEn } from './actions_dialog.en';
import { frameworksEn } from './frameworks.en';
import { usersEn } from './users.en';
import { validationEn } from './validation.en';
import { errorsEn } from './errors.en';
import { apiErrorsEn } from './api_errors.en';
import { apiFieldsEn } from './api_fields.en';
import type { SameKeys } from './types';
import type { kompassSv } from './kompass.sv';

/** Kompass's own strings, English: `kompass.<namespace>` comes from <namespace>.en.ts. */
export const kompassEn = {
  kompass: {
    title: 'Kompass',
    tagline: 'From Kommunkompassen to action plan',
    ...actionStatusesEn,
    ...prioritiesEn,
    ...planStatusesEn,
    ...verdictsEn,
    ...countsEn,
    ...notificationStatusesEn,
    ...notificationKindsEn,
    ...plansEn,
    ...actionsEn,
    ...conflictEn,
    ...updatesEn,
    ...judgementsEn,
    ...judgementEn,
    ...actionImportEn,
    ...bulkEditEn,
    ...myActionsEn,
    ...homeEn,
    ...reportEn,
    ...readinessEn,
    ...crosswalksEn,
    ...carryOverEn,
    ...outboxEn,
    ...auditEn,
    ...profileEn,
    ...publicPageEn,
    ...trendsEn,
    ...departmentsRollupEn,
    ...attentionEn,
    ...briefingEn,
    ...remindersEn,
    ...mailEn,
    ...pauseEn,
    ...rolesEn,
    ...departmentKindsEn,
    ...localesEn,
    ...findingKindsEn,
    ...findingKindsPluralEn,
    ...loginEn,
    ...ssoEn,
    ...userMenuEn,
    ...dashboardEn,
    ...evaluationsEn,
    ...importEn,
    ...scoresEn,
    ...warningsEn,
    ...findingsEn,
    ...actionsDialogEn,
    ...frameworksEn,
    ...usersEn,
    ...validationEn,
    ...errorsEn,
    api_errors: apiErrorsEn,
    api_fields: apiFieldsEn,
  },
} satisfies SameKeys<typeof kompassSv>;
