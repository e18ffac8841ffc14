import { FindingKind, MAX_IMPORT_BYTES, type EvaluationRecord, type SuggestedQuestionCode } from '@kompass/shared';
import { BadRequestException } from '../common/errors/domain.exception';
import { FileStore } from '../files/file-store.service';
import { cleanFileName } from '../files/upload-safety';
import type { MulterFile } from '../files/multer-file';
import { ImportEvaluationDto } from './dto/import-evaluation.dto';
import type { ImportFormat } from './import/import-result';
import { importFormatDriver } from './import/formats';

/** A JSON import carries the largest file as base64 (4 bytes per 3) plus the confirmed findings. */
export const IMPORT_JSON_BODY_LIMIT_BYTES = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 1024 * 1024;

/** The report as received: a multipart file, base64 content or plain text. */
export interface UploadedReport {
  bytes?: Buffer;
  text?: string;
  fileName: string | null;
  mediaType: string;
  size: number;
  checksum: string;
}

const BASE64 = /^[A-Za-z0-9+/\r\n]+={0,2}\s*$/;
const BINARY_MAGIC = [Buffer.from('%PDF-'), Buffer.from([0x50, 0x4b, 0x03, 0x04])];

export function resolveUpload(dto: ImportEvaluationDto, file?: MulterFile): UploadedReport {
  if (file) {
    return {
      bytes: file.buffer,
      fileName: file.originalname ? cleanFileName(file.originalname, 'utvardering') : null,
      mediaType: file.mimetype || 'application/octet-stream',
      size: file.buffer.length,
      checksum: FileStore.checksum(file.buffer),
    };
  }
  const content = dto.content;
  if (content === undefined || content.trim() === '')
    throw new BadRequestException(
      'Send the report as a multipart "file", or as "content" (text, or base64 for PDF/XLSX)',
      [{ field: 'content', message: 'is empty' }],
    ).withCode(content === undefined ? 'import_no_upload' : 'import_empty');
  const wantsBase64 =
    dto.contentEncoding === 'base64' ||
    (dto.contentEncoding === undefined && (dto.format === 'pdf' || dto.format === 'xlsx'));
  const looksBase64 = dto.contentEncoding === undefined && content.length >= 8 && BASE64.test(content.slice(0, 4096));
  if (wantsBase64 || looksBase64) {
    const bytes = Buffer.from(content, 'base64');
    const binary = BINARY_MAGIC.some((magic) => bytes.subarray(0, magic.length).equals(magic));
    if (wantsBase64 && (!BASE64.test(content) || bytes.length === 0))
      throw new BadRequestException('content is not valid base64', [
        { field: 'content', message: 'not valid base64' },
      ]).withCode('import_bad_base64');
    if (wantsBase64 || binary)
      return {
        bytes,
        fileName: dto.fileName ? cleanFileName(dto.fileName, 'utvardering') : null,
        mediaType: bytes.subarray(0, 4).equals(BINARY_MAGIC[0].subarray(0, 4))
          ? 'application/pdf'
          : 'application/octet-stream',
        size: bytes.length,
        checksum: FileStore.checksum(bytes),
      };
  }
  const utf8 = Buffer.from(content, 'utf8');
  return {
    text: content,
    fileName: dto.fileName ? cleanFileName(dto.fileName, 'utvardering') : null,
    mediaType: 'text/plain; charset=utf-8',
    size: utf8.length,
    checksum: FileStore.checksum(utf8),
  };
}

export function describeSource(upload: UploadedReport, format: ImportFormat): NonNullable<EvaluationRecord['source']> {
  return {
    fileName: upload.fileName,
    mediaType: importFormatDriver(format)?.mediaType ?? upload.mediaType,
    size: upload.size,
    checksum: upload.checksum,
    format,
  };
}

/**
 * The best suggestion becomes the finding's sub-question when it is clearly ahead; the coordinator can change it.
 * An improvement item always takes its best one, however weak (it is then marked for confirmation): actions are
 * drafted from improvement items, and an action without a sub-question drops out of every per-sub-question report.
 */
export function adoptSuggestion(suggested: SuggestedQuestionCode[], kind?: `${FindingKind}`): string[] {
  const [best, second] = suggested;
  if (!best) return [];
  if (best.confidence < 0.1) return kind === FindingKind.Improvement ? [best.code] : [];
  if (second && best.confidence - second.confidence < 0.02 && second.confidence >= 0.1) return [best.code, second.code];
  return [best.code];
}

/** The adopted sub-questions rest on a low-confidence suggestion: the preview lists the finding for confirmation. */
export function needsConfirmation(suggested: SuggestedQuestionCode[], adopted: string[]): boolean {
  return adopted.some((code) => suggested.find((s) => s.code === code)?.lowConfidence === true);
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
