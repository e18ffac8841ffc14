import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DEPARTMENT_KINDS, DepartmentKind, type DepartmentRecord } from '@kompass/shared';
import { BadRequestException, ConflictException } from '../common/errors/domain.exception';
import { enumFilter, intFilter, ListPage, ListSpec, queryPage, RawListQuery, textSearchFilter } from '../common/list';
import type { AuthUser } from '../auth/auth-user';
import { foundInTenant, scopeToTenant, tenantForWrite } from '../auth/tenant';
import { Municipality } from '../municipalities/municipality.entity';
import { Department } from './department.entity';
import { CreateDepartmentDto } from './dto/create-department.dto';
import { UpdateDepartmentDto } from './dto/update-department.dto';
import { TransactionRunner } from '../database/transaction-runner';

const LIST_SPEC: ListSpec = {
  filters: {
    id: intFilter(),
    municipalityId: intFilter(),
    kind: enumFilter(DEPARTMENT_KINDS),
    q: textSearchFilter('name'),
  },
  sortable: ['id', 'name', 'kind', 'municipalityId', 'createdAt', 'updatedAt'],
  defaultSort: ['name', 'ASC'],
};

function toRecord(d: Department): DepartmentRecord {
  return {
    id: d.id,
    municipalityId: d.municipalityId,
    name: d.name,
    kind: d.kind,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

@Injectable()
export class DepartmentsService {
  constructor(
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, raw: RawListQuery): Promise<ListPage<DepartmentRecord>> {
    const qb = scopeToTenant(this.departments.createQueryBuilder('d'), 'd', actor);
    return (await queryPage(qb, 'd', raw, LIST_SPEC)).map(toRecord);
  }

  async get(actor: AuthUser, id: number): Promise<DepartmentRecord> {
    return toRecord(await this.find(actor, id));
  }

  async create(actor: AuthUser, dto: CreateDepartmentDto): Promise<DepartmentRecord> {
    const municipalityId = tenantForWrite(actor, dto.municipalityId);
    if (!(await this.municipalities.existsBy({ id: municipalityId })))
      throw new BadRequestException(`municipalityId ${municipalityId} is not a municipality`, [
        { field: 'municipalityId', message: 'unknown municipality' },
      ]);
    await this.assertNameFree(municipalityId, dto.name);
    const saved = await this.tx.write(() =>
      this.departments.save(
        this.departments.create({ municipalityId, name: dto.name, kind: dto.kind ?? DepartmentKind.Administration }),
      ),
    );
    return toRecord(saved);
  }

  async update(actor: AuthUser, id: number, dto: UpdateDepartmentDto): Promise<DepartmentRecord> {
    const department = await this.find(actor, id);
    if (dto.name && dto.name !== department.name) await this.assertNameFree(department.municipalityId, dto.name);
    department.name = dto.name ?? department.name;
    department.kind = dto.kind ?? department.kind;
    return toRecord(await this.tx.write(() => this.departments.save(department)));
  }

  async remove(actor: AuthUser, id: number): Promise<DepartmentRecord> {
    const department = await this.find(actor, id);
    const record = toRecord(department);
    await this.tx.write(() => this.departments.remove(department));
    return record;
  }

  private async find(actor: AuthUser, id: number): Promise<Department> {
    return foundInTenant(actor, await this.departments.findOneBy({ id }), 'Department', id);
  }

  private async assertNameFree(municipalityId: number, name: string): Promise<void> {
    if (await this.departments.existsBy({ municipalityId, name }))
      throw new ConflictException(`The municipality already has a department named "${name}"`).withCode(
        'duplicate_record',
      );
  }
}
