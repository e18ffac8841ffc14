import { Municipality } from '../municipalities/municipality.entity';
import { Department } from '../departments/department.entity';
import { User } from '../users/user.entity';
import { Framework } from '../frameworks/framework.entity';
import { FrameworkArea } from '../frameworks/framework-area.entity';
import { FrameworkQuestion } from '../frameworks/framework-question.entity';

/** Every entity, listed once: the data source, the migration generator and the schema-drift test use it. */
export const ENTITIES = [Municipality, Department, User, Framework, FrameworkArea, FrameworkQuestion];
