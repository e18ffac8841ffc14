/**
 * Mails sent at once per worker process: the send job's concurrency and the SMTP pool's connection count, so each
 * running job has a connection. The bench (bench/run.ts) gives raw BullMQ the same number. Dependency-free so
 * the bench can import it.
 */
export const MAIL_CONCURRENCY = 8;
