import type { EvaluationRecord, SuggestedQuestionCode } from '@kompass/shared';
import { BadRequestException } from '../common/errors/domain.exception';
import { FileStore } from '../files/file-store.service';
import { ImportEvaluationDto } from './dto/import-evaluation.dto';
import type { ImportFormat } from './import/import-result';

/** The report as received: a multipart file, base64 content or plain text. */
export interface UploadedReport {
  bytes?: Buffer;
  text?: string;
  fileName: string | null;
  mediaType: string;
  size: number;
  checksum: string;
}

export interface MulterFile {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
  size: number;
}

const BASE64 = /^[A-Za-z0-9+/\r\n]+={0,2}\s*$/;
const BINARY_MAGIC = [Buffer.from('%PDF-'), Buffer.from([0x50, 0x4b, 0x03, 0x04])];

export function resolveUpload(dto: ImportEvaluationDto, file?: MulterFile): UploadedReport {
  if (file) {
    return {
      bytes: file.buffer,
      fileName: file.originalname || null,
      mediaType: file.mimetype || 'application/octet-stream',
      size: file.buffer.length,
      checksum: FileStore.checksum(file.buffer),
    };
  }
  const content = dto.content;
  if (content === undefined || content.trim() === '')
    throw new BadRequestException('Send the report as a multipart "file", or as "content" (text, or base64 for PDF/XLSX)', [
      { field: 'content', message: 'is empty' },
    ]).withCode(content === undefined ? 'import_no_upload' : 'import_empty');
  const wantsBase64 = dto.contentEncoding === 'base64' || (dto.contentEncoding === undefined && (dto.format === 'pdf' || dto.format === 'xlsx'));
  const looksBase64 = dto.contentEncoding === undefined && content.length >= 8 && BASE64.test(content.slice(0, 4096));
  if (wantsBase64 || looksBase64) {
    const bytes = Buffer.from(content, 'base64');
    const binary = BINARY_MAGIC.some((magic) => bytes.subarray(0, magic.length).equals(magic));
    if (wantsBase64 && (!BASE64.test(content) || bytes.length === 0))
      throw new BadRequestException('content is not valid base64', [{ field: 'content', message: 'not valid base64' }]).withCode('import_bad_base64');
    if (wantsBase64 || binary)
      return {
        bytes,
        fileName: dto.fileName ?? null,
        mediaType: bytes.subarray(0, 4).equals(BINARY_MAGIC[0].subarray(0, 4)) ? 'application/pdf' : 'application/octet-stream',
        size: bytes.length,
        checksum: FileStore.checksum(bytes),
      };
  }
  const utf8 = Buffer.from(content, 'utf8');
  return { text: content, fileName: dto.fileName ?? null, mediaType: 'text/plain; charset=utf-8', size: utf8.length, checksum: FileStore.checksum(utf8) };
}

export function describeSource(upload: UploadedReport, format: ImportFormat): NonNullable<EvaluationRecord['source']> {
  const mediaTypes: Record<ImportFormat, string> = {
    pdf: 'application/pdf',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    csv: 'text/csv; charset=utf-8',
    'report-text': 'text/plain; charset=utf-8',
  };
  return { fileName: upload.fileName, mediaType: mediaTypes[format] ?? upload.mediaType, size: upload.size, checksum: upload.checksum, format };
}

/** The best suggestion becomes the finding's sub-question when it is clearly ahead; the coordinator can change it. */
export function adoptSuggestion(suggested: SuggestedQuestionCode[]): string[] {
  const [best, second] = suggested;
  if (!best || best.confidence < 0.1) return [];
  if (second && best.confidence - second.confidence < 0.02 && second.confidence >= 0.1) return [best.code, second.code];
  return [best.code];
}

const normaliseName = (name: string) =>
  name
    .toLowerCase()
    .replace(/\b(kommun|stad|kommunen|staden)\b/g, '')
    .replace(/[^a-zåäöéü]/g, '');

export function municipalityNameDiffers(reported: string, stored: string): boolean {
  const a = normaliseName(reported);
  const b = normaliseName(stored);
  return a.length > 0 && b.length > 0 && !a.includes(b) && !b.includes(a);
}
