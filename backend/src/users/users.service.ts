import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { Locale, Role, ROLES, LOCALES, type UserRecord } from '@kompass/shared';
import { AppConfig } from '../config/app-config';
import { ConflictException, ForbiddenException, BadRequestException } from '../common/errors/domain.exception';
import {
  boolFilter,
  enumFilter,
  intFilter,
  ListPage,
  ListSpec,
  queryPage,
  RawListQuery,
  stringFilter,
  textSearchFilter,
} from '../common/list';
import type { AuthUser } from '../auth/auth-user';
import { foundInTenant, isAdmin, scopeToTenant, tenantForWrite } from '../auth/tenant';
import { assertPasswordPolicy, hashPassword } from '../auth/password';
import { Department } from '../departments/department.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { LoginFailure } from '../auth/login-failure.entity';
import { User } from './user.entity';
import { UserMoves } from './user-moves';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { TransactionRunner } from '../database/transaction-runner';

const LIST_SPEC: ListSpec = {
  filters: {
    id: intFilter(),
    municipalityId: intFilter(),
    departmentId: intFilter(),
    role: enumFilter(ROLES),
    locale: enumFilter(LOCALES),
    active: boolFilter(),
    email: stringFilter(),
    q: textSearchFilter('name', 'email'),
  },
  sortable: ['id', 'name', 'email', 'role', 'municipalityId', 'departmentId', 'active', 'createdAt', 'updatedAt'],
  defaultSort: ['name', 'ASC'],
};

export function toUserRecord(user: User): UserRecord {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    municipalityId: user.municipalityId,
    departmentId: user.departmentId,
    locale: user.locale,
    active: user.active,
    pausedFrom: user.pausedFrom ?? null,
    pausedUntil: user.pausedUntil ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    private readonly config: AppConfig,
    private readonly moves: UserMoves,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, raw: RawListQuery): Promise<ListPage<UserRecord>> {
    const qb = scopeToTenant(this.users.createQueryBuilder('user'), 'user', actor);
    return (await queryPage(qb, 'user', raw, LIST_SPEC)).map(toUserRecord);
  }

  async get(actor: AuthUser, id: number): Promise<UserRecord> {
    return toUserRecord(await this.findInTenant(actor, id));
  }

  async create(actor: AuthUser, dto: CreateUserDto): Promise<UserRecord> {
    const role = dto.role;
    if (role === Role.Admin && !isAdmin(actor)) throw new ForbiddenException('Only an admin can create admins');
    const municipalityId = role === Role.Admin ? null : tenantForWrite(actor, dto.municipalityId);
    await this.assertPlacement(role, municipalityId, dto.departmentId ?? null);
    assertPasswordPolicy(dto.password, 'password', dto.email, await this.municipalityWords(municipalityId));
    await this.assertEmailFree(dto.email);
    const user = this.users.create({
      email: dto.email,
      name: dto.name,
      role,
      municipalityId,
      departmentId: dto.departmentId ?? null,
      locale: dto.locale ?? Locale.Sv,
      active: dto.active ?? true,
      passwordHash: await hashPassword(dto.password),
    });
    return toUserRecord(await this.tx.write(() => this.users.save(user)));
  }

  async update(actor: AuthUser, id: number, dto: UpdateUserDto): Promise<UserRecord> {
    const user = await this.findInTenant(actor, id);
    const role = dto.role ?? user.role;
    if ((role === Role.Admin || user.role === Role.Admin) && !isAdmin(actor))
      throw new ForbiddenException('Only an admin can change admins');
    if (user.id === actor.id && (dto.active === false || (dto.role && dto.role !== user.role)))
      throw new ForbiddenException('You cannot deactivate yourself or change your own role');
    const municipalityId =
      role === Role.Admin
        ? null
        : dto.municipalityId !== undefined
          ? tenantForWrite(actor, dto.municipalityId)
          : user.municipalityId;
    const departmentId = dto.departmentId !== undefined ? dto.departmentId : user.departmentId;
    await this.assertPlacement(role, municipalityId, departmentId);
    if (dto.email && dto.email !== user.email) await this.assertEmailFree(dto.email);

    let invalidateTokens = false;
    if (dto.password !== undefined) {
      assertPasswordPolicy(
        dto.password,
        'password',
        dto.email ?? user.email,
        await this.municipalityWords(municipalityId),
      );
      user.passwordHash = await hashPassword(dto.password);
      invalidateTokens = true;
    }
    if (dto.active === false && user.active) invalidateTokens = true;
    // A move: the old municipality's deadlines leave the calendar URL with it, and its open actions stay behind.
    const movedFrom =
      user.municipalityId !== null && municipalityId !== user.municipalityId ? user.municipalityId : null;
    if (dto.password !== undefined || movedFrom !== null) user.calendarToken = null;
    const previousEmail = user.email;
    Object.assign(user, {
      email: dto.email ?? user.email,
      name: dto.name ?? user.name,
      role,
      municipalityId,
      departmentId,
      locale: dto.locale ?? user.locale,
      active: dto.active ?? user.active,
    });
    if (invalidateTokens) user.tokenVersion += 1;
    const saved = await this.tx.transaction(async (manager) => {
      const stored = await manager.save(user);
      // A new password set by an admin ends the login delay (README: "an admin unlocks it by setting a new password").
      if (dto.password !== undefined) await manager.delete(LoginFailure, { email: In([previousEmail, stored.email]) });
      if (movedFrom !== null) await this.moves.run(manager, stored, movedFrom);
      return stored;
    });
    return toUserRecord(saved);
  }

  /** The municipality's name, refused inside passwords of its staff. */
  private async municipalityWords(municipalityId: number | null): Promise<string[]> {
    if (municipalityId === null) return [];
    const municipality = await this.municipalities.findOne({
      where: { id: municipalityId },
      select: { id: true, name: true },
    });
    return municipality ? [municipality.name] : [];
  }

  async remove(actor: AuthUser, id: number): Promise<UserRecord> {
    const user = await this.findInTenant(actor, id);
    if (user.id === actor.id) throw new ForbiddenException('You cannot delete yourself');
    if (user.role === Role.Admin && !isAdmin(actor)) throw new ForbiddenException('Only an admin can delete admins');
    const record = toUserRecord(user);
    await this.tx.write(() => this.users.remove(user));
    return record;
  }

  /** First start with no users: the admin from ADMIN_EMAIL/ADMIN_PASSWORD, or a generated password printed once. */
  async ensureInitialAdmin(): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const generated = this.config.adminPassword === null;
    const password = this.config.adminPassword ?? randomBytes(12).toString('base64url');
    await this.tx.write(async () =>
      this.users.save(
        this.users.create({
          email: this.config.adminEmail,
          name: 'Administratör',
          role: Role.Admin,
          municipalityId: null,
          departmentId: null,
          locale: Locale.Sv,
          active: true,
          passwordHash: await hashPassword(password),
        }),
      ),
    );
    this.logger.log(`Created the first admin, ${this.config.adminEmail}`);
    // Printed straight to the terminal, once, and never through the log pipeline.
    if (generated)
      process.stdout.write(
        `\n  First start: log in as ${this.config.adminEmail} with the password ${password}\n` +
          `  (shown only this once; set ADMIN_EMAIL and ADMIN_PASSWORD to choose your own)\n\n`,
      );
  }

  private async findInTenant(actor: AuthUser, id: number): Promise<User> {
    return foundInTenant(actor, await this.users.findOne({ where: { id } }), 'User', id);
  }

  private async assertPlacement(role: Role, municipalityId: number | null, departmentId: number | null): Promise<void> {
    if (role === Role.Admin) {
      if (departmentId !== null)
        throw new BadRequestException('An admin belongs to no department', [
          { field: 'departmentId', message: 'must be empty for admins' },
        ]);
      return;
    }
    if (municipalityId === null || !(await this.municipalities.existsBy({ id: municipalityId })))
      throw new BadRequestException(`municipalityId ${municipalityId} is not a municipality`, [
        { field: 'municipalityId', message: 'unknown municipality' },
      ]);
    if (departmentId !== null) {
      const department = await this.departments.findOneBy({ id: departmentId });
      if (!department || department.municipalityId !== municipalityId)
        throw new BadRequestException(`departmentId ${departmentId} is not a department of that municipality`, [
          { field: 'departmentId', message: 'unknown department in this municipality' },
        ]);
    }
  }

  private async assertEmailFree(email: string): Promise<void> {
    if (await this.users.existsBy({ email }))
      throw new ConflictException(`The e-mail address ${email} is already in use`).withCode('duplicate_record');
  }
}
