import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { User } from './user.entity';

/** Runs inside the transaction that moves `user` out of `fromMunicipalityId`. */
export type UserMoveHandler = (manager: EntityManager, user: User, fromMunicipalityId: number) => Promise<void>;

/**
 * What must happen when a user moves to another municipality, registered by the domains above users (actions hand
 * the user's open work back), so that users need not import them.
 */
@Injectable()
export class UserMoves {
  private readonly handlers: UserMoveHandler[] = [];

  register(handler: UserMoveHandler): void {
    this.handlers.push(handler);
  }

  async run(manager: EntityManager, user: User, fromMunicipalityId: number): Promise<void> {
    for (const handler of this.handlers) await handler(manager, user, fromMunicipalityId);
  }
}
