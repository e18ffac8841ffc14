import { Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ExecutionContext } from '@nestjs/common';
import type { JwtService } from '@nestjs/jwt';
import type { Repository } from 'typeorm';
import { ForbiddenException } from '../common/errors/domain.exception';
import type { AppConfig } from '../config/app-config';
import type { User } from '../users/user.entity';
import { Public } from './access.decorators';
import { AccessGuard } from './access.guard';

/** Fail closed: a route that someone forgot to classify answers 403 to everyone, logged in or not. */
describe('AccessGuard', () => {
  class Controller {
    forgotten() {}
    @Public()
    open() {}
  }
  const contextFor = (handler: () => void, authorization?: string) =>
    ({
      getType: () => 'http',
      getHandler: () => handler,
      getClass: () => Controller,
      switchToHttp: () => ({ getRequest: () => ({ headers: authorization ? { authorization } : {} }) }),
    }) as unknown as ExecutionContext;
  const guard = new AccessGuard(
    new Reflector(),
    {} as JwtService,
    {} as Repository<User>,
    { sessionMaxAgeSeconds: 7 * 86400 } as AppConfig,
  );
  beforeAll(() => Logger.overrideLogger(false));

  it('refuses a route without @Public, @Roles or @AnyRole, with or without a token', async () => {
    await expect(guard.canActivate(contextFor(Controller.prototype.forgotten))).rejects.toThrow(ForbiddenException);
    await expect(guard.canActivate(contextFor(Controller.prototype.forgotten, 'Bearer x.y.z'))).rejects.toThrow(
      'This route is not open to anyone',
    );
  });

  it('lets a public route through without a token', async () => {
    await expect(guard.canActivate(contextFor(Controller.prototype.open))).resolves.toBe(true);
  });
});
