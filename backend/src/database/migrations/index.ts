import { SingleSignOn1796410582218 } from './1796410582218-single-sign-on';
import { PublicPages1796398504344 } from './1796398504344-public-pages';
import { LoginFailures1796398525264 } from './1796398525264-login-failures';
import { Crosswalks1796398546096 } from './1796398546096-crosswalks';
import { QuestionCodesOverride1796398577940 } from './1796398577940-question-codes-override';
import { ActionJudgement1796403335572 } from './1796403335572-action-judgement';
import { ReadRevision1795777257211 } from './1795777257211-read-revision';
import { RenderAtSend1795769285702 } from './1795769285702-render-at-send';
import { Reminders1795752111039 } from './1795752111039-reminders';
import { LoginLockout1795751629812 } from './1795751629812-login-lockout';
import { ActionPlans1795751185552 } from './1795751185552-action-plans';
import { Evaluations1795750791959 } from './1795750791959-evaluations';
import { Foundation1795749961682 } from './1795749961682-foundation';
import { DigestPause1796410463155 } from './1796410463155-digest-pause';
import type { MigrationInterface } from 'typeorm';

/** In order. `npm run migration:generate -- <Name>` appends here. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Foundation1795749961682,
  Evaluations1795750791959,
  ActionPlans1795751185552,
  LoginLockout1795751629812,
  Reminders1795752111039,
  RenderAtSend1795769285702,
  ReadRevision1795777257211,
  PublicPages1796398504344,
  LoginFailures1796398525264,
  Crosswalks1796398546096,
  QuestionCodesOverride1796398577940,
  ActionJudgement1796403335572,
  DigestPause1796410463155,
  SingleSignOn1796410582218,
];
