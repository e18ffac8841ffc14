import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import type { JobDefinition } from './job-definition';
import { JobOptions, QueueDriver, QueuedJob, RepeatSpec } from './queue-driver';

/**
 * The jobs of this codebase on top of the driver: who handles which job, and whether this process runs them.
 * The API process runs them too unless WORKER=off; `worker.js` always does.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobsService.name);
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private processing = false;

  constructor(
    readonly driver: QueueDriver,
    private readonly config: AppConfig,
  ) {}

  define<T extends object>(job: JobDefinition<T>): void {
    const key = `${job.queue}/${job.name}`;
    if (this.definitions.has(key)) throw new Error(`Job ${key} is defined twice`);
    this.definitions.set(key, job);
  }

  /** Names of the queues that have jobs, e.g. for Bull Board. */
  queueNames(): string[] {
    return [...new Set([...this.definitions.values()].map((d) => d.queue))].sort();
  }

  enqueue<T extends object>(job: JobDefinition<T>, data: T, options: JobOptions = {}): Promise<string> {
    return this.driver.add(job.queue, job.name, data, { ...job.defaults?.(), ...options });
  }

  /** Many jobs of one definition in one round trip; each item's options override the definition's defaults. */
  enqueueMany<T extends object>(job: JobDefinition<T>, items: { data: T; options?: JobOptions }[]): Promise<string[]> {
    if (!items.length) return Promise.resolve([]);
    const defaults = job.defaults?.();
    return this.driver.addBulk(
      job.queue,
      items.map((item) => ({ name: job.name, data: item.data, options: { ...defaults, ...item.options } })),
    );
  }

  schedule<T extends object>(schedulerId: string, job: JobDefinition<T>, repeat: RepeatSpec, data: T): Promise<void> {
    return this.driver.schedule(job.queue, schedulerId, repeat, { name: job.name, data });
  }

  /** True when this process consumes the queues (worker.js, or the API with WORKER=on). */
  get runsJobs(): boolean {
    return this.config.worker;
  }

  onApplicationBootstrap(): void {
    if (!this.config.worker) {
      if (this.driver.name === 'inline')
        this.logger.warn(
          'WORKER=off without REDIS_URL: no process runs background jobs; mails stay queued in the outbox',
        );
      return;
    }
    for (const queue of this.queueNames()) {
      const jobs = [...this.definitions.values()].filter((d) => d.queue === queue);
      const concurrency = Math.max(1, ...jobs.map((d) => d.concurrency ?? 1));
      this.driver.process(queue, (job) => this.dispatch(queue, job), concurrency);
    }
    this.processing = true;
    this.logger.log(`Running jobs of ${this.queueNames().join(', ')} on the ${this.driver.name} queue`);
  }

  /** Before the database closes: finish running jobs, take no new ones. */
  async onModuleDestroy(): Promise<void> {
    if (this.processing) await this.driver.stopProcessing();
    this.processing = false;
  }

  private async dispatch(queue: string, job: QueuedJob): Promise<unknown> {
    const definition = this.definitions.get(`${queue}/${job.name}`);
    if (!definition) throw new Error(`No handler for job ${queue}/${job.name}`);
    return definition.run(job.data, job);
  }
}
