import type { CallHandler, ExecutionContext } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { lastValueFrom, of } from 'rxjs';
import { DryRunStatusInterceptor } from './dry-run-status.interceptor';

describe('DryRunStatusInterceptor', () => {
  const statuses: number[] = [];
  const response = {};
  const host = {
    httpAdapter: { status: (res: unknown, code: number) => res === response && statuses.push(code) },
  } as unknown as HttpAdapterHost;
  const context = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ExecutionContext;
  const answer = (result: unknown) =>
    lastValueFrom(new DryRunStatusInterceptor(host).intercept(context, { handle: () => of(result) } as CallHandler));

  beforeEach(() => statuses.splice(0));

  it('answers a preview with 200 and passes the result on unchanged', async () => {
    const result = { dryRun: true, rows: [] };
    expect(await answer(result)).toBe(result);
    expect(statuses).toEqual([200]);
  });

  it("leaves the route's status for an applied import and for answers without dryRun", async () => {
    await answer({ dryRun: false, rows: [] });
    await answer(null);
    await answer('text');
    expect(statuses).toEqual([]);
  });
});
