import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserMoves } from '../users/user-moves';
import type { User } from '../users/user.entity';
import { ActionsRepository } from './actions.repository';

/**
 * When a user moves to another municipality, their open actions in the old one go to the head of each action's
 * department (no owner when the department has none, so reminders reach the coordinators). Saved through the entity,
 * so every handover lands in the audit trail, in the move's transaction.
 */
@Injectable()
export class ActionHandover implements OnModuleInit {
  constructor(
    private readonly moves: UserMoves,
    private readonly repository: ActionsRepository,
  ) {}

  onModuleInit(): void {
    this.moves.register((manager, user, from) => this.handOver(manager, user, from));
  }

  private async handOver(manager: EntityManager, user: User, fromMunicipalityId: number): Promise<void> {
    const open = await this.repository.openOwnedIn(manager, user.id, fromMunicipalityId);
    const heads = new Map<number, number | null>();
    for (const action of open) {
      const departmentId = action.departmentId;
      if (departmentId !== null && !heads.has(departmentId)) {
        heads.set(
          departmentId,
          await this.repository.departmentHead(manager, fromMunicipalityId, departmentId, user.id),
        );
      }
      action.ownerId = departmentId === null ? null : (heads.get(departmentId) ?? null);
      action.version += 1;
      await this.repository.save(manager, action);
    }
  }
}
