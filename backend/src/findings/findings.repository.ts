import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { FindingKind } from '@kompass/shared';
import type { AuthUser } from '../auth/auth-user';
import { scopeToTenant } from '../auth/tenant';
import {
  applyListQuery,
  enumFilter,
  intFilter,
  jsonArrayContainsFilter,
  type ListQuery,
  type ListSpec,
  textSearchFilter,
} from '../common/list';
import { Finding } from '../evaluations/finding.entity';

export const FINDING_LIST_SPEC: ListSpec = {
  filters: {
    id: intFilter(),
    evaluationId: intFilter(),
    municipalityId: intFilter(),
    area: intFilter(),
    kind: enumFilter(Object.values(FindingKind)),
    questionCode: jsonArrayContainsFilter('code', 'questionCodes'),
    q: textSearchFilter('text'),
  },
  sortable: ['id', 'area', 'kind', 'order', 'evaluationId', 'createdAt'],
  defaultSort: ['area', 'ASC'],
};

/** The SQL of findings edited one by one (an import writes its findings with the evaluation). */
@Injectable()
export class FindingsRepository {
  constructor(@InjectRepository(Finding) private readonly findings: Repository<Finding>) {}

  /** A page of the actor's municipality's findings; sorted by area, then by kind and order within it. */
  page(actor: AuthUser, query: ListQuery): Promise<[Finding[], number]> {
    const qb = scopeToTenant(this.findings.createQueryBuilder('f'), 'f', actor);
    if (query.sort[0] === 'area') qb.addOrderBy('f.kind', 'ASC').addOrderBy('f.order', 'ASC');
    return applyListQuery(qb, 'f', query, FINDING_LIST_SPEC).getManyAndCount();
  }

  findById(id: number): Promise<Finding | null> {
    return this.findings.findOneBy({ id });
  }

  /** How many findings of that kind the evaluation has in the area: the next one's order follows. */
  countInPlace(evaluationId: number, area: number, kind: FindingKind): Promise<number> {
    return this.findings.countBy({ evaluationId, area, kind });
  }

  create(fields: Omit<Finding, 'id' | 'createdAt' | 'updatedAt' | 'evaluation'>): Promise<Finding> {
    return this.findings.save(this.findings.create(fields));
  }

  save(finding: Finding): Promise<Finding> {
    return this.findings.save(finding);
  }

  remove(finding: Finding): Promise<Finding> {
    return this.findings.remove(finding);
  }
}
