import { Injectable } from '@nestjs/common';
import type { ActionRecord, ActionUpdateRecord } from '@kompass/shared';
import { NotFoundException, UnprocessableException } from '../common/errors/domain.exception';
import { intFilter, ListPage, listPage, ListSpec, RawListQuery } from '../common/list';
import type { AuthUser } from '../auth/auth-user';
import { foundInTenant } from '../auth/tenant';
import { FileStore } from '../files/file-store.service';
import type { MulterFile } from '../files/multer-file';
import { ActionUpdate, EvidenceAttachment } from './action-update.entity';
import { assertMayReport } from './action-rules';
import { ActionsRepository } from './actions.repository';
import { ActionsService } from './actions.service';
import { recordProgress } from './progress-report';
import { CreateActionUpdateDto } from './dto/create-action-update.dto';
import { cleanFileName, servableMediaType } from '../files/upload-safety';
import { TransactionRunner } from '../database/transaction-runner';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

const LIST_SPEC: ListSpec = {
  filters: { id: intFilter(), actionId: intFilter(), authorId: intFilter(), municipalityId: intFilter() },
  sortable: ['id', 'createdAt', 'actionId'],
  defaultSort: ['createdAt', 'DESC'],
};

export function toUpdateRecord(u: ActionUpdate): ActionUpdateRecord {
  return {
    id: u.id,
    actionId: u.actionId,
    municipalityId: u.municipalityId,
    authorId: u.authorId,
    authorName: u.author?.name ?? null,
    comment: u.comment,
    statusFrom: u.statusFrom,
    statusTo: u.statusTo,
    progressFrom: u.progressFrom,
    progressTo: u.progressTo,
    judgement: u.judgement,
    links: u.links,
    attachments: u.attachments.map((a, i) => ({
      fileName: a.fileName,
      mediaType: a.mediaType,
      size: a.size,
      url: `/api/action-updates/${u.id}/attachments/${i + 1}`,
    })),
    createdAt: u.createdAt.toISOString(),
  };
}

/** Progress reports (lägesrapporter): a status/progress change, comment and evidence, applied in one transaction. */
@Injectable()
export class ActionUpdatesService {
  constructor(
    private readonly repository: ActionsRepository,
    private readonly actions: ActionsService,
    private readonly files: FileStore,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, raw: RawListQuery): Promise<ListPage<ActionUpdateRecord>> {
    const page = await listPage(raw, LIST_SPEC, (query) => this.repository.updatesPage(actor, query, LIST_SPEC));
    return page.map(toUpdateRecord);
  }

  async get(actor: AuthUser, id: number): Promise<ActionUpdateRecord> {
    return toUpdateRecord(await this.find(actor, id));
  }

  async attachment(
    actor: AuthUser,
    id: number,
    index: number,
  ): Promise<{ bytes: Buffer; fileName: string; mediaType: string }> {
    const update = await this.find(actor, id);
    const meta = update.attachments[index];
    const bytes = meta ? await this.files.get(meta.checksum) : null;
    if (!meta || !bytes) throw new NotFoundException(`Attachment ${index} of progress report`, id);
    return { bytes, fileName: meta.fileName, mediaType: meta.mediaType };
  }

  async record(
    actor: AuthUser,
    actionId: number,
    dto: CreateActionUpdateDto,
    files: MulterFile[] = [],
  ): Promise<{ update: ActionUpdateRecord; action: ActionRecord }> {
    const current = await this.actions.find(actor, actionId);
    assertMayReport(actor, current);
    await this.actions.assertPlanOpenFor(actor, current);
    if (
      !dto.comment?.trim() &&
      dto.status === undefined &&
      dto.progress === undefined &&
      !dto.judgement &&
      !dto.links?.length &&
      !files.length
    )
      throw new UnprocessableException('A progress report needs a comment, a status or progress change, or evidence', [
        { field: 'comment', message: 'is empty and nothing else changes' },
      ]).withCode('progress_report_empty');
    if (files.length > MAX_ATTACHMENTS)
      throw new UnprocessableException(`At most ${MAX_ATTACHMENTS} attachments per report`).withCode(
        'too_many_attachments',
        { limit: MAX_ATTACHMENTS },
      );
    const attachments: EvidenceAttachment[] = [];
    for (const file of files)
      attachments.push({
        fileName: cleanFileName(file.originalname, 'bilaga'),
        mediaType: servableMediaType(file.mimetype),
        size: file.size,
        checksum: await this.files.put(file.buffer),
      });

    return this.tx.transaction(async (em) => {
      const action = await this.actions.claimVersion(em, actor, actionId, dto.version ?? current.version);
      const links = (dto.links ?? []).map((l) => ({ label: l.label, url: l.url }));
      const change = {
        status: dto.status,
        progress: dto.progress,
        comment: dto.comment,
        judgement: dto.judgement,
        links,
        attachments,
      };
      const update = (await recordProgress(em, actor, action, change, true))!;
      const saved = await this.repository.save(em, action);
      return {
        update: { ...toUpdateRecord(update), authorName: actor.name },
        action: (await this.actions.toRecords([saved], em))[0],
      };
    });
  }

  private async find(actor: AuthUser, id: number): Promise<ActionUpdate> {
    return foundInTenant(actor, await this.repository.updateById(id), 'Progress report', id);
  }
}
