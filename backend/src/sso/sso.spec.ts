import { Role } from '@kompass/shared';
import { cookie, readCookie, SignedValues } from './signed-cookie';
import { mappedRole } from './sso-provisioning.service';
import { safeReturnTo } from './sso.service';

describe('single sign-on helpers', () => {
  it('signs flow values per purpose and refuses forged, foreign or expired ones', () => {
    const signed = new SignedValues('x'.repeat(40));
    const value = signed.sign('flow', { state: 's1' }, 60);
    expect(signed.verify<{ state: string }>('flow', value)?.state).toBe('s1');
    expect(signed.verify('handoff', value)).toBeNull();
    expect(new SignedValues('y'.repeat(40)).verify('flow', value)).toBeNull();
    const [body, mac] = value.split('.');
    const forged = Buffer.from(JSON.stringify({ state: 'evil', exp: 9e9 })).toString('base64url');
    expect(signed.verify('flow', `${forged}.${mac}`)).toBeNull();
    expect(signed.verify('flow', body)).toBeNull();
    expect(signed.verify('flow', signed.sign('flow', { state: 's1' }, -1))).toBeNull();
  });

  it('reads its cookie among others and writes httpOnly, SameSite=Lax ones', () => {
    expect(readCookie('a=1; kompass_oidc_flow=abc.def; b=2', 'kompass_oidc_flow')).toBe('abc.def');
    expect(readCookie(undefined, 'x')).toBeUndefined();
    expect(cookie('n', 'v', '/api/auth/oidc', 600, true)).toBe(
      'n=v; Path=/api/auth/oidc; Max-Age=600; HttpOnly; SameSite=Lax; Secure',
    );
  });

  it('keeps the deep link inside the admin', () => {
    expect(safeReturnTo('/actions/5?x=1')).toBe('/actions/5?x=1');
    expect(safeReturnTo('#/actions/5')).toBe('/actions/5');
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil', 'javascript:alert(1)', ''])
      expect(safeReturnTo(bad)).toBe('/');
  });

  it('maps claim values to the widest role, and nothing unmapped', () => {
    const connection = {
      roleClaim: 'roles',
      roleMap: [
        { value: 'Head', role: Role.DepartmentHead, departmentId: 4 },
        { value: 'Coord', role: Role.Coordinator, departmentId: null },
      ],
    };
    expect(mappedRole(connection, { roles: ['Head', 'Coord'] })?.role).toBe(Role.Coordinator);
    expect(mappedRole(connection, { roles: 'Head' })).toEqual({
      value: 'Head',
      role: Role.DepartmentHead,
      departmentId: 4,
    });
    expect(mappedRole(connection, { roles: ['Other'] })).toBeNull();
    expect(mappedRole(connection, {})).toBeNull();
  });
});
