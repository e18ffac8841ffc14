import {
  BadRequestException,
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  HttpException,
  NestInterceptor,
  PayloadTooLargeException,
  UseInterceptors,
} from '@nestjs/common';
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import type { MulterFile } from '../../files/multer-file';
import { drainRequest } from './body-limits';

export interface UploadLimits {
  /** Largest file in bytes. */
  fileSize: number;
  /** Files in the whole request (any field); more is a 400. */
  files?: number;
  /** Text fields in the request; more is a 400. */
  fields?: number;
}

/** Parts (fields and files) of one request, as @fastify/multipart and Nest's multer defaults allow. */
const MAX_PARTS = 1000;

/** Where the files wait for the handler (not `file`/`files`: @fastify/multipart's methods have those names). */
const UPLOADED = Symbol('kompass.uploadedFiles');
type UploadRequest = FastifyRequest & { [UPLOADED]?: MulterFile[] };

/**
 * Reads a multipart request into memory before the handler runs: the text fields become the body (for the DTO),
 * the files of `field` become `@UploadedFile()` (one) or `@UploadedFiles()` (several), the decorators below. Each file streams into a
 * buffer that stops at `fileSize`. Any other request passes through untouched, so a route takes JSON as well.
 * Answers as Nest's multer FileInterceptor did: 413 for a file too large, 400 for an unexpected file field,
 * too many files or fields, and malformed multipart.
 */
class UploadInterceptor implements NestInterceptor {
  constructor(
    private readonly field: string,
    private readonly maxCount: number,
    private readonly limits: UploadLimits,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<UploadRequest>();
    if (!request.isMultipart()) return next.handle();
    const body: Record<string, string | string[]> = {};
    const files: MulterFile[] = [];
    try {
      const parts = request.parts({
        limits: {
          fileSize: this.limits.fileSize,
          files: this.limits.files,
          fields: this.limits.fields,
          parts: MAX_PARTS,
        },
      });
      for await (const part of parts) {
        if (part.type === 'file') {
          if (part.fieldname !== this.field || files.length >= this.maxCount)
            throw new BadRequestException(`Unexpected field - ${part.fieldname}`);
          const buffer = await part.toBuffer();
          files.push({ buffer, originalname: part.filename, mimetype: part.mimetype, size: buffer.length });
        } else {
          if (part.fieldnameTruncated) throw new BadRequestException(`Field name too long - ${part.fieldname}`);
          if (part.valueTruncated) throw new BadRequestException(`Field value too long - ${part.fieldname}`);
          append(body, part.fieldname, String(part.value));
        }
      }
    } catch (error) {
      // The rest of the upload is read off before the answer, as multer did, so the connection stays usable.
      await drainRequest(request.raw);
      throw uploadError(error);
    }
    request.body = body;
    request[UPLOADED] = files;
    return next.handle();
  }
}

function append(body: Record<string, string | string[]>, name: string, value: string): void {
  const previous = body[name];
  body[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
}

const LIMIT_MESSAGES: Record<string, string> = {
  FST_FILES_LIMIT: 'Too many files',
  FST_FIELDS_LIMIT: 'Too many fields',
  FST_PARTS_LIMIT: 'Too many parts',
};

function uploadError(error: unknown): unknown {
  if (error instanceof HttpException) return error;
  const { code, message } = error as { code?: string; message?: string };
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new PayloadTooLargeException('File too large');
  if (code && LIMIT_MESSAGES[code]) return new BadRequestException(LIMIT_MESSAGES[code]);
  // busboy's and the plugin's complaints about the stream itself: the sender's fault
  return new BadRequestException(`Multipart: ${message ?? 'malformed request'}`);
}

/** One file in `field` (at most one file in the whole request unless `limits.files` says otherwise). */
export const FileUpload = (field: string, limits: UploadLimits) =>
  UseInterceptors(new UploadInterceptor(field, 1, limits));

/** Up to `maxCount` files in `field`. */
export const FilesUpload = (field: string, maxCount: number, limits: UploadLimits) =>
  UseInterceptors(new UploadInterceptor(field, maxCount, limits));

/** The file of a @FileUpload route, undefined when none was sent (or the body was JSON). */
export const UploadedFile = createParamDecorator(
  (_data: unknown, context: ExecutionContext): MulterFile | undefined =>
    context.switchToHttp().getRequest<UploadRequest>()[UPLOADED]?.[0],
);

/** The files of a @FilesUpload route, an empty list when none were sent. */
export const UploadedFiles = createParamDecorator(
  (_data: unknown, context: ExecutionContext): MulterFile[] =>
    context.switchToHttp().getRequest<UploadRequest>()[UPLOADED] ?? [],
);
