import { Body, Controller, Get, HttpCode, Ip, Post, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AnyRole, Public } from './access.decorators';
import type { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import { LoginDto } from './dto/login.dto';
import { UpdateMeDto } from './dto/update-me.dto';
import { LoginThrottlerGuard } from './login-throttler.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(LoginThrottlerGuard)
  login(@Body() dto: LoginDto, @Ip() address: string) {
    return this.auth.login(dto.email, dto.password, address);
  }

  @Get('me')
  @AnyRole()
  @ApiBearerAuth()
  me(@CurrentUser() actor: AuthUser) {
    return this.auth.me(actor);
  }

  @Get('me/calendar')
  @AnyRole()
  @ApiBearerAuth()
  calendar(@CurrentUser() actor: AuthUser) {
    return this.auth.calendarLink(actor, false);
  }

  /** A new secret URL; the old one stops working (e.g. after sharing it by mistake). */
  @Post('me/calendar')
  @HttpCode(200)
  @AnyRole()
  @ApiBearerAuth()
  rotateCalendar(@CurrentUser() actor: AuthUser) {
    return this.auth.calendarLink(actor, true);
  }

  @Put('me')
  @AnyRole()
  @ApiBearerAuth()
  updateMe(@CurrentUser() actor: AuthUser, @Body() dto: UpdateMeDto, @Ip() address: string) {
    return this.auth.updateMe(actor, dto, address);
  }
}
