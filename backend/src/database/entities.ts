import { Municipality } from '../municipalities/municipality.entity';
import { Department } from '../departments/department.entity';
import { User } from '../users/user.entity';
import { Framework } from '../frameworks/framework.entity';
import { FrameworkArea } from '../frameworks/framework-area.entity';
import { FrameworkQuestion } from '../frameworks/framework-question.entity';
import { FrameworkCrosswalk } from '../frameworks/framework-crosswalk.entity';
import { Evaluation } from '../evaluations/evaluation.entity';
import { EvaluationScore } from '../evaluations/evaluation-score.entity';
import { EvaluationAreaTotal } from '../evaluations/evaluation-area-total.entity';
import { Finding } from '../evaluations/finding.entity';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { Action } from '../actions/action.entity';
import { ActionFinding } from '../actions/action-finding.entity';
import { ActionUpdate } from '../actions/action-update.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Notification } from '../mail/notification.entity';
import { ReminderSettings } from '../reminders/reminder-settings.entity';
import { ReadRevision } from '../read-cache/read-revision.entity';
import { LoginFailure } from '../auth/login-failure.entity';
import { PublicProfile } from '../public-pages/public-profile.entity';
import { PlanPublication } from '../public-pages/plan-publication.entity';
import { ActionPublication } from '../public-pages/action-publication.entity';
import { OidcConnection } from '../sso/oidc-connection.entity';

/** Every entity, listed once: the data source, the migration generator and the schema-drift test use it. */
export const ENTITIES = [
  Municipality,
  Department,
  User,
  Framework,
  FrameworkArea,
  FrameworkQuestion,
  FrameworkCrosswalk,
  Evaluation,
  EvaluationScore,
  EvaluationAreaTotal,
  Finding,
  ActionPlan,
  Action,
  ActionFinding,
  ActionUpdate,
  AuditEvent,
  Notification,
  ReminderSettings,
  ReadRevision,
  PublicProfile,
  PlanPublication,
  ActionPublication,
  LoginFailure,
  OidcConnection,
];
