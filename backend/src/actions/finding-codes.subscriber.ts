import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntitySubscriberInterface, RemoveEvent, UpdateEvent } from 'typeorm';
import { Finding } from '../evaluations/finding.entity';
import { ActionChanges } from './action-changes';
import { ActionsRepository } from './actions.repository';

/**
 * An improvement item is the source of truth for its actions' sub-questions: when the coordinator corrects
 * its codes (or deletes it), the actions that follow it change with it, in the same transaction. A TypeORM
 * subscriber, as for the audit trail, because findings sit below actions and may not call them.
 */
@Injectable()
export class FindingCodesSubscriber implements EntitySubscriberInterface<Finding> {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly repository: ActionsRepository,
    private readonly changes: ActionChanges,
  ) {
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
    const linked = await this.repository.actionIdsOfFinding(event.manager, before.id);
    await this.changes.followFindings(event.manager, linked);
  }

  async beforeRemove(event: RemoveEvent<Finding>): Promise<void> {
    const id = event.databaseEntity?.id ?? event.entity?.id;
    if (id === undefined) return;
    await this.changes.followFindings(event.manager, await this.repository.actionIdsOfFinding(event.manager, id), id);
  }
}
