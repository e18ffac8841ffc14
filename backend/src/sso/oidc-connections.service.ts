import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { existsSync, readFileSync } from 'node:fs';
import { Repository } from 'typeorm';
import { Role, type OidcConnectionRecord, type OidcRoleMapping } from '@kompass/shared';
import { AppConfig } from '../config/app-config';
import { isLoopback } from '../config/oidc-config';
import { BadRequestException, ConflictException, NotFoundException } from '../common/errors/domain.exception';
import { Department } from '../departments/department.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { OidcConnection } from './oidc-connection.entity';
import { UpdateOidcConnectionDto, type CreateOidcConnectionDto } from './dto/oidc-connection.dto';
import { TransactionRunner } from '../database/transaction-runner';

/** A municipality's provider settings, from its row or from the OIDC_* variables, ready for a login. */
export interface ResolvedConnection {
  municipalityId: number;
  municipalityCode: string;
  municipalityName: string;
  displayName: string;
  issuer: string;
  clientId: string;
  /** Null when the variable or file it points at is missing. */
  clientSecret: () => string | null;
  allowedDomains: string[];
  roleClaim: string;
  roleMap: OidcRoleMapping[];
  passwordLoginAllowed: boolean;
  fromEnvironment: boolean;
}

/** The id the server-wide default answers to in the admin API: it has no row. */
export const ENV_CONNECTION_ID = 0;

export function readSecretRef(ref: string): string | null {
  if (ref.startsWith('env:')) return process.env[ref.slice(4)]?.trim() || null;
  if (ref.startsWith('file:')) {
    const path = ref.slice(5);
    return existsSync(path) ? readFileSync(path, 'utf8').trim() || null : null;
  }
  return null;
}

@Injectable()
export class OidcConnectionsService {
  constructor(
    @InjectRepository(OidcConnection) private readonly connections: Repository<OidcConnection>,
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
  ) {}

  async list(): Promise<OidcConnectionRecord[]> {
    const rows = await this.connections.find({ order: { id: 'ASC' } });
    const records = rows.map(toRecord);
    const env = await this.envDefault();
    if (env && !rows.some((r) => r.municipalityId === env.municipalityId)) records.unshift(envRecord(env));
    return records;
  }

  async get(id: number): Promise<OidcConnectionRecord> {
    if (id === ENV_CONNECTION_ID) {
      const env = await this.envDefault();
      if (env) return envRecord(env);
    }
    return toRecord(await this.find(id));
  }

  async create(dto: CreateOidcConnectionDto): Promise<OidcConnectionRecord> {
    if (!(await this.municipalities.existsBy({ id: dto.municipalityId })))
      throw new NotFoundException('Municipality', dto.municipalityId);
    if (await this.connections.existsBy({ municipalityId: dto.municipalityId }))
      throw new ConflictException('This municipality already has a sign-in connection; edit it instead').withCode(
        'duplicate_record',
      );
    const connection = this.connections.create({ municipalityId: dto.municipalityId });
    await this.apply(connection, dto);
    return toRecord(await this.tx.write(() => this.connections.save(connection)));
  }

  async update(id: number, dto: UpdateOidcConnectionDto): Promise<OidcConnectionRecord> {
    const connection = await this.find(id);
    await this.apply(connection, dto);
    return toRecord(await this.tx.write(() => this.connections.save(connection)));
  }

  async remove(id: number): Promise<OidcConnectionRecord> {
    const connection = await this.find(id);
    const record = toRecord(connection);
    await this.tx.write(() => this.connections.remove(connection));
    return { ...record, id };
  }

  /** Every municipality that can sign in with a provider (the login page's buttons). */
  async resolveAll(): Promise<ResolvedConnection[]> {
    const rows = await this.connections.find({ relations: { municipality: true }, order: { id: 'ASC' } });
    const resolved = rows.map((row) => resolveRow(row, row.municipality!));
    const env = await this.envDefault();
    if (env && !resolved.some((r) => r.municipalityId === env.municipalityId)) resolved.push(env);
    return resolved;
  }

  async resolveByCode(code: string): Promise<ResolvedConnection | null> {
    return (await this.resolveAll()).find((c) => c.municipalityCode === code) ?? null;
  }

  /** The OIDC_* default, when set and its municipality exists. */
  private async envDefault(): Promise<ResolvedConnection | null> {
    const env = this.config.oidcDefault;
    if (!env) return null;
    const municipality = await this.municipalities.findOneBy({ code: env.municipalityCode });
    if (!municipality) return null;
    return {
      municipalityId: municipality.id,
      municipalityCode: municipality.code,
      municipalityName: municipality.name,
      displayName: env.displayName ?? municipality.name,
      issuer: env.issuer,
      clientId: env.clientId,
      clientSecret: () => env.clientSecret,
      allowedDomains: env.allowedDomains,
      roleClaim: env.roleClaim,
      roleMap: env.roleMap,
      passwordLoginAllowed: env.passwordLoginAllowed,
      fromEnvironment: true,
    };
  }

  private async find(id: number): Promise<OidcConnection> {
    const connection = await this.connections.findOneBy({ id });
    if (!connection) throw new NotFoundException('OidcConnection', id);
    return connection;
  }

  /** Departments must be the municipality's own; a domain may belong to one municipality only. */
  private async apply(connection: OidcConnection, dto: UpdateOidcConnectionDto): Promise<void> {
    const issuer = new URL(dto.issuer);
    if (issuer.protocol !== 'https:' && !isLoopback(issuer.hostname))
      throw new BadRequestException('issuer must use https://', [
        { field: 'issuer', message: 'must use https://', code: 'invalid_value' },
      ]).withCode('sso_connection_invalid');
    const domains = [...new Set(dto.allowedDomains.map((d) => d.trim().toLowerCase()))];
    const others = await this.connections.find({ select: { id: true, municipalityId: true, allowedDomains: true } });
    const envDomains =
      this.config.oidcDefault && (await this.envDefault())?.municipalityId !== connection.municipalityId
        ? this.config.oidcDefault.allowedDomains
        : [];
    const taken = domains.find(
      (d) =>
        envDomains.includes(d) ||
        others.some((o) => o.municipalityId !== connection.municipalityId && o.allowedDomains.includes(d)),
    );
    if (taken)
      throw new ConflictException(
        `The e-mail domain ${taken} already belongs to another municipality's sign-in`,
      ).withCode('duplicate_record');
    const roleMap: OidcRoleMapping[] = [];
    for (const [index, entry] of dto.roleMap.entries()) {
      const departmentId = entry.role === Role.DepartmentHead ? (entry.departmentId ?? null) : null;
      if (entry.role === Role.DepartmentHead) {
        const field = `roleMap.${index}.departmentId`;
        if (departmentId === null)
          throw new BadRequestException(`${field} is required for department heads`, [
            { field, message: 'is required', code: 'required' },
          ]);
        const department = await this.connections.manager.findOneBy(Department, { id: departmentId });
        if (!department || department.municipalityId !== connection.municipalityId)
          throw new BadRequestException(`${field}: no department ${departmentId} in this municipality`, [
            { field, message: 'is not a department of this municipality', code: 'invalid_value' },
          ]);
      }
      roleMap.push({ value: entry.value.trim(), role: entry.role, departmentId });
    }
    connection.displayName = dto.displayName.trim();
    connection.issuer = dto.issuer.trim();
    connection.clientId = dto.clientId.trim();
    connection.clientSecretRef = dto.clientSecretRef.trim();
    connection.allowedDomains = domains;
    connection.roleClaim = dto.roleClaim?.trim() || 'roles';
    connection.roleMap = roleMap;
    connection.passwordLoginAllowed = dto.passwordLoginAllowed ?? true;
  }
}

function resolveRow(row: OidcConnection, municipality: Municipality): ResolvedConnection {
  return {
    municipalityId: municipality.id,
    municipalityCode: municipality.code,
    municipalityName: municipality.name,
    displayName: row.displayName,
    issuer: row.issuer,
    clientId: row.clientId,
    clientSecret: () => readSecretRef(row.clientSecretRef),
    allowedDomains: row.allowedDomains,
    roleClaim: row.roleClaim,
    roleMap: row.roleMap,
    passwordLoginAllowed: row.passwordLoginAllowed,
    fromEnvironment: false,
  };
}

function toRecord(row: OidcConnection): OidcConnectionRecord {
  return {
    id: row.id,
    municipalityId: row.municipalityId,
    displayName: row.displayName,
    issuer: row.issuer,
    clientId: row.clientId,
    clientSecretRef: row.clientSecretRef,
    clientSecretAvailable: readSecretRef(row.clientSecretRef) !== null,
    allowedDomains: row.allowedDomains,
    roleClaim: row.roleClaim,
    roleMap: row.roleMap,
    passwordLoginAllowed: row.passwordLoginAllowed,
    fromEnvironment: false,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function envRecord(env: ResolvedConnection): OidcConnectionRecord {
  return {
    id: ENV_CONNECTION_ID,
    municipalityId: env.municipalityId,
    displayName: env.displayName,
    issuer: env.issuer,
    clientId: env.clientId,
    clientSecretRef: 'env:OIDC_CLIENT_SECRET',
    clientSecretAvailable: true,
    allowedDomains: env.allowedDomains,
    roleClaim: env.roleClaim,
    roleMap: env.roleMap,
    passwordLoginAllowed: env.passwordLoginAllowed,
    fromEnvironment: true,
    createdAt: null,
    updatedAt: null,
  };
}
