import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { map, type Observable } from 'rxjs';

/**
 * A POST whose answer says `dryRun: true` created nothing: 200 instead of the route's 201. Nest sets the route's
 * status before the handler runs and keeps it when sending, so the interceptor only corrects it for a preview.
 */
@Injectable()
export class DryRunStatusInterceptor implements NestInterceptor {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((result: unknown) => {
        if ((result as { dryRun?: unknown } | null)?.dryRun === true)
          this.adapterHost.httpAdapter.status(context.switchToHttp().getResponse(), HttpStatus.OK);
        return result;
      }),
    );
  }
}
