/**
 * A file of a multipart upload, in the shape Multer gave it (the import's report, a progress report's evidence);
 * common/http/uploads.ts reads it now.
 */
export interface MulterFile {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
  size: number;
}
