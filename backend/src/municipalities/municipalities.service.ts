import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { MunicipalityRecord } from '@kompass/shared';
import { ConflictException, NotFoundException } from '../common/errors/domain.exception';
import { intFilter, ListPage, ListSpec, queryPage, RawListQuery, stringFilter, textSearchFilter } from '../common/list';
import type { AuthUser } from '../auth/auth-user';
import { assertInTenant, scopeToTenant } from '../auth/tenant';
import { Municipality } from './municipality.entity';
import { CreateMunicipalityDto } from './dto/create-municipality.dto';
import { UpdateMunicipalityDto } from './dto/update-municipality.dto';
import { TransactionRunner } from '../database/transaction-runner';

const LIST_SPEC: ListSpec = {
  filters: { id: intFilter(), code: stringFilter(), q: textSearchFilter('name', 'code') },
  sortable: ['id', 'name', 'code', 'createdAt', 'updatedAt'],
  defaultSort: ['name', 'ASC'],
};

function toRecord(m: Municipality): MunicipalityRecord {
  return {
    id: m.id,
    name: m.name,
    code: m.code,
    organisationNumber: m.organisationNumber,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

@Injectable()
export class MunicipalitiesService {
  constructor(
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, raw: RawListQuery): Promise<ListPage<MunicipalityRecord>> {
    const qb = scopeToTenant(this.municipalities.createQueryBuilder('m'), 'm', actor, 'id');
    return (await queryPage(qb, 'm', raw, LIST_SPEC)).map(toRecord);
  }

  async get(actor: AuthUser, id: number): Promise<MunicipalityRecord> {
    return toRecord(await this.find(actor, id));
  }

  async create(dto: CreateMunicipalityDto): Promise<MunicipalityRecord> {
    await this.assertCodeFree(dto.code);
    const saved = await this.tx.write(() =>
      this.municipalities.save(
        this.municipalities.create({
          name: dto.name,
          code: dto.code,
          organisationNumber: dto.organisationNumber || null,
        }),
      ),
    );
    return toRecord(saved);
  }

  async update(actor: AuthUser, id: number, dto: UpdateMunicipalityDto): Promise<MunicipalityRecord> {
    const municipality = await this.find(actor, id);
    if (dto.code && dto.code !== municipality.code) await this.assertCodeFree(dto.code);
    municipality.name = dto.name ?? municipality.name;
    municipality.code = dto.code ?? municipality.code;
    if (dto.organisationNumber !== undefined) municipality.organisationNumber = dto.organisationNumber || null;
    return toRecord(await this.tx.write(() => this.municipalities.save(municipality)));
  }

  /** Refused with 409 while departments or users still belong to it (foreign keys restrict). */
  async remove(actor: AuthUser, id: number): Promise<MunicipalityRecord> {
    const municipality = await this.find(actor, id);
    const record = toRecord(municipality);
    await this.tx.write(() => this.municipalities.remove(municipality));
    return record;
  }

  private async find(actor: AuthUser, id: number): Promise<Municipality> {
    const municipality = await this.municipalities.findOneBy({ id });
    if (!municipality) throw new NotFoundException('Municipality', id);
    assertInTenant(actor, municipality.id, 'Municipality', id);
    return municipality;
  }

  private async assertCodeFree(code: string): Promise<void> {
    if (await this.municipalities.existsBy({ code }))
      throw new ConflictException(`A municipality with kommunkod ${code} already exists`).withCode('duplicate_record');
  }
}
