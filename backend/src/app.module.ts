import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { TransactionModule } from './database/transaction-runner';
import { DataSource } from 'typeorm';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { QueueModule } from './queue/queue.module';
import { AuthModule } from './auth/auth.module';
import { SsoModule } from './sso/sso.module';
import { UsersModule } from './users/users.module';
import { MunicipalitiesModule } from './municipalities/municipalities.module';
import { DepartmentsModule } from './departments/departments.module';
import { FrameworksModule } from './frameworks/frameworks.module';
import { HealthModule } from './health/health.module';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { FindingsModule } from './findings/findings.module';
import { AuditModule } from './audit/audit.module';
import { ActionPlansModule } from './action-plans/action-plans.module';
import { ActionsModule } from './actions/actions.module';
import { ReportsModule } from './reports/reports.module';
import { RemindersModule } from './reminders/reminders.module';
import { PublicPagesModule } from './public-pages/public-pages.module';

/** Request bodies, headers and query strings that may hold secrets never reach the log. */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.accessToken',
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          // Nest 11's path syntax; nestjs-pino's default '*' makes Nest warn and convert it on every boot.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            redact: { paths: REDACT, censor: '[redacted]' },
            customProps: () => ({ service: 'kompass-api' }),
            autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url.replace(/\/calendar\/[^/?]+/, '/calendar/[token]'),
              }),
            },
          },
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(config.database),
          dataSourceFactory: (options) => new DataSource(options!).initialize(),
        }),
        TransactionModule,
        QueueModule,
        AuthModule,
        UsersModule,
        MunicipalitiesModule,
        DepartmentsModule,
        FrameworksModule,
        HealthModule,
        EvaluationsModule,
        FindingsModule,
        AuditModule,
        ActionPlansModule,
        ActionsModule,
        ReportsModule,
        RemindersModule,
        PublicPagesModule,
        SsoModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
    };
  }
}
