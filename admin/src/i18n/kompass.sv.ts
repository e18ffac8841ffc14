import { actionStatusesSv } from './action_statuses.sv';
import { prioritiesSv } from './priorities.sv';
import { planStatusesSv } from './plan_statuses.sv';
import { verdictsSv } from './verdicts.sv';
import { countsSv } from './counts.sv';
import { notificationStatusesSv } from './notification_statuses.sv';
import { notificationKindsSv } from './notification_kinds.sv';
import { plansSv } from './plans.sv';
import { actionsSv } from './actions.sv';
import { conflictSv } from './conflict.sv';
import { updatesSv } from './updates.sv';
import { judgementsSv } from './judgements.sv';
import { judgementSv } from './judgement.sv';
import { actionImportSv } from './action_import.sv';
import { bulkEditSv } from './bulk_edit.sv';
import { myActionsSv } from './my_actions.sv';
import { homeSv } from './home.sv';
import { reportSv } from './report.sv';
import { readinessSv } from './readiness.sv';
import { crosswalksSv } from './crosswalks.sv';
import { carryOverSv } from './carry_over.sv';
import { outboxSv } from './outbox.sv';
import { auditSv } from './audit.sv';
import { profileSv } from './profile.sv';
import { publicPageSv } from './public_page.sv';
import { trendsSv } from './trends.sv';
import { departmentsRollupSv } from './departments_rollup.sv';
import { attentionSv } from './attention.sv';
import { briefingSv } from './briefing.sv';
import { remindersSv } from './reminders.sv';
import { mailSv } from './mail.sv';
import { pauseSv } from './pause.sv';
import { rolesSv } from './roles.sv';
import { departmentKindsSv } from './department_kinds.sv';
import { localesSv } from './locales.sv';
import { findingKindsSv } from './finding_kinds.sv';
import { findingKindsPluralSv } from './finding_kinds_plural.sv';
import { loginSv } from './login.sv';
import { ssoSv } from './sso.sv';
import { userMenuSv } from './user_menu.sv';
import { dashboardSv } from './dashboard.sv';
import { evaluationsSv } from './evaluations.sv';
import { importSv } from './import.sv';
import { scoresSv } from './scores.sv';
import { warningsSv } from './warnings.sv';
import { findingsSv } from './findings.sv';
import { actionsDialogSv } from './actions_dialog.sv';
import { frameworksSv } from './frameworks.sv';
import { usersSv } from './users.sv';
import { validationSv } from './validation.sv';
import { errorsSv } from './errors.sv';
import { apiErrorsSv } from './api_errors.sv';
import { apiFieldsSv } from './api_fields.sv';

/** Kompass's own strings, Swedish: `kompass.<namespace>` comes from <namespace>.sv.ts. */
export const kompassSv = {
  kompass: {
    title: 'Kompass',
    tagline: 'Från Kommunkompassen till handlingsplan',
    ...actionStatusesSv,
    ...prioritiesSv,
    ...planStatusesSv,
    ...verdictsSv,
    ...countsSv,
    ...notificationStatusesSv,
    ...notificationKindsSv,
    ...plansSv,
    ...actionsSv,
    ...conflictSv,
    ...updatesSv,
    ...judgementsSv,
    ...judgementSv,
    ...actionImportSv,
    ...bulkEditSv,
    ...myActionsSv,
    ...homeSv,
    ...reportSv,
    ...readinessSv,
    ...crosswalksSv,
    ...carryOverSv,
    ...outboxSv,
    ...auditSv,
    ...profileSv,
    ...publicPageSv,
    ...trendsSv,
    ...departmentsRollupSv,
    ...attentionSv,
    ...briefingSv,
    ...remindersSv,
    ...mailSv,
    ...pauseSv,
    ...rolesSv,
    ...departmentKindsSv,
    ...localesSv,
    ...findingKindsSv,
    ...findingKindsPluralSv,
    ...loginSv,
    ...ssoSv,
    ...userMenuSv,
    ...dashboardSv,
    ...evaluationsSv,
    ...importSv,
    ...scoresSv,
    ...warningsSv,
    ...findingsSv,
    ...actionsDialogSv,
    ...frameworksSv,
    ...usersSv,
    ...validationSv,
    ...errorsSv,
    api_errors: apiErrorsSv,
    api_fields: apiFieldsSv,
  },
};
