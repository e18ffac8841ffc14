/** A file of a multipart upload as Multer gives it (the import's report, a progress report's evidence). */
export interface MulterFile {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
  size: number;
}
