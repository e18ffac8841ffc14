import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntitySubscriberInterface, RemoveEvent, UpdateEvent } from 'typeorm';
import { Finding } from '../evaluations/finding.entity';
import { ActionFinding } from './action-finding.entity';
import { ActionsService } from './actions.service';

async function linkedActionIds(em: EntityManager, findingId: number): Promise<number[]> {
  return (await em.findBy(ActionFinding, { findingId })).map((l) => l.actionId);
}

/**
 * An improvement item is the source of truth for its actions' sub-questions: when the coordinator corrects
 * its codes (or deletes it), the actions that follow it change with it, in the same transaction. A TypeORM
 * subscriber, as for the audit trail, because findings sit below actions and may not call them.
 */
@Injectable()
export class FindingCodesSubscriber implements EntitySubscriberInterface<Finding> {
  constructor(@InjectDataSource() dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  listenTo() {
    return Finding;
  }

  async afterUpdate(event: UpdateEvent<Finding>): Promise<void> {
    const before = event.databaseEntity;
    const after = event.entity as Finding | undefined;
    if (!before || !after) return;
    if (JSON.stringify(before.questionCodes) === JSON.stringify(after.questionCodes) && before.area === after.area)
      return;
    await ActionsService.followFindings(event.manager, await linkedActionIds(event.manager, before.id));
  }

  async beforeRemove(event: RemoveEvent<Finding>): Promise<void> {
    const id = event.databaseEntity?.id ?? event.entity?.id;
    if (id === undefined) return;
    await ActionsService.followFindings(event.manager, await linkedActionIds(event.manager, id), id);
  }
}
