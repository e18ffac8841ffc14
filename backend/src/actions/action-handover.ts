import { Injectable, OnModuleInit } from '@nestjs/common';
import { Not, type EntityManager } from 'typeorm';
import { Role } from '@kompass/shared';
import { UserMoves } from '../users/user-moves';
import { User } from '../users/user.entity';
import { Action } from './action.entity';
import { openActionStatus } from './action-status';

/**
 * When a user moves to another municipality, their open actions in the old one go to the head of each action's
 * department (no owner when the department has none, so reminders reach the coordinators). Saved through the entity,
 * so every handover lands in the audit trail, in the move's transaction.
 */
@Injectable()
export class ActionHandover implements OnModuleInit {
  constructor(private readonly moves: UserMoves) {}

  onModuleInit(): void {
    this.moves.register((manager, user, from) => this.handOver(manager, user, from));
  }

  private async handOver(manager: EntityManager, user: User, fromMunicipalityId: number): Promise<void> {
    const open = await manager.find(Action, {
      where: { ownerId: user.id, municipalityId: fromMunicipalityId, status: openActionStatus() },
      order: { id: 'ASC' },
    });
    const heads = new Map<number, number | null>();
    for (const action of open) {
      const departmentId = action.departmentId;
      if (departmentId !== null && !heads.has(departmentId)) {
        const head = await manager.findOne(User, {
          where: {
            role: Role.DepartmentHead,
            departmentId,
            municipalityId: fromMunicipalityId,
            active: true,
            id: Not(user.id),
          },
          order: { id: 'ASC' },
          select: { id: true },
        });
        heads.set(departmentId, head?.id ?? null);
      }
      action.ownerId = departmentId === null ? null : (heads.get(departmentId) ?? null);
      action.version += 1;
      await manager.save(action);
    }
  }
}
