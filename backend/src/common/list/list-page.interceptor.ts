import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, Observable } from 'rxjs';
import { ListPage } from './list-page';

/** Global: any handler that returns a ListPage answers with a bare array and `Content-Range: <resource> a-b/total`. */
@Injectable()
export class ListPageInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((result) => {
        if (!(result instanceof ListPage)) return result;
        const http = context.switchToHttp();
        const resource = resourceName(http.getRequest<Request>().path);
        http.getResponse<Response>().setHeader('Content-Range', result.contentRange(resource));
        return result.data;
      }),
    );
  }
}

/** `/api/action-plans` → `action-plans`; the last path segment that is not an id. */
export function resourceName(path: string): string {
  const segments = path.split('/').filter((s) => s && !/^\d+$/.test(s));
  return segments[segments.length - 1] ?? 'items';
}
