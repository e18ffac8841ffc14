import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { Municipality } from '../municipalities/municipality.entity';
import { User } from '../users/user.entity';
import { OidcConnection } from './oidc-connection.entity';
import { OidcConnectionsController } from './oidc-connections.controller';
import { OidcConnectionsService } from './oidc-connections.service';
import { OidcFlowService } from './oidc-flow.service';
import { SsoController } from './sso.controller';
import { SsoProvisioningService } from './sso-provisioning.service';
import { SsoService } from './sso.service';

@Module({
  imports: [TypeOrmModule.forFeature([OidcConnection, Municipality, User]), AuthModule],
  controllers: [SsoController, OidcConnectionsController],
  providers: [OidcConnectionsService, OidcFlowService, SsoProvisioningService, SsoService],
})
export class SsoModule {}
