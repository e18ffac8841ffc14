import { useEffect } from 'react';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  Logout,
  MenuItemLink,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useLocaleState,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { Divider, ListItemIcon, ListItemText, ListSubheader, MenuItem, type Theme, useMediaQuery } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import ProfileIcon from '@mui/icons-material/ManageAccountsOutlined';
import type { Locale } from '@kompass/shared';
import { saveProfileLocale } from '../authProvider';
import { LOCALES } from '../i18n';

/** The language choices, as radio items in the user menu. The choice is saved on the user's profile. */
const LanguageMenuItems = () => {
  const translate = useTranslate();
  const [current, setLocale] = useLocaleState();
  const userMenu = useUserMenu();

  const choose = (locale: Locale) => {
    userMenu?.onClose();
    if (locale === current) return;
    setLocale(locale);
    void saveProfileLocale(locale);
  };

  return [
    <ListSubheader key="heading" aria-hidden="true" sx={{ lineHeight: '2.5em' }}>
      {translate('kompass.user_menu.language')}
    </ListSubheader>,
    ...LOCALES.map(({ locale, name }) => (
      <MenuItem
        key={locale}
        role="menuitemradio"
        aria-checked={locale === current}
        lang={locale}
        onClick={() => choose(locale)}
      >
        <ListItemIcon>{locale === current ? <CheckIcon fontSize="small" /> : null}</ListItemIcon>
        <ListItemText>{name}</ListItemText>
      </MenuItem>
    )),
  ];
};

/** "Min profil": language, password and the calendar link. */
const ProfileMenuItem = () => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItemLink
      to="/profile"
      primaryText={translate('kompass.profile.title')}
      leftIcon={<ProfileIcon />}
      onClick={() => userMenu?.onClose()}
    />
  );
};

/** The user menu: profile, language, then log out. Its button names the user and says what it is. */
const KompassUserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  // Like UserMenu: from `sm` up, the button shows the user's name, which its accessible name
  // must then contain (WCAG 2.5.3); below, it is an icon button called "Profil".
  const showsName = useMediaQuery<Theme>((theme) => theme.breakpoints.up('sm')) && !!identity?.fullName;
  const label = showsName ? `${identity?.fullName} (${translate('ra.auth.user_menu')})` : 'ra.auth.user_menu';
  return (
    <UserMenu label={label}>
      <ProfileMenuItem />
      <Divider />
      <LanguageMenuItems />
      <Divider />
      <Logout />
    </UserMenu>
  );
};

/** Keeps the browser tab's title in step with the page title react-admin shows in the app bar. */
function useDocumentTitle(appTitle: string) {
  useEffect(() => {
    const element = document.getElementById('react-admin-title');
    if (!element) return;
    const update = () => {
      const pageTitle = element.textContent?.trim();
      document.title = pageTitle && pageTitle !== appTitle ? `${pageTitle} – ${appTitle}` : appTitle;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [appTitle]);
}

export const AppBar = () => {
  const translate = useTranslate();
  useDocumentTitle(translate('kompass.title'));
  return (
    <RaAppBar userMenu={<KompassUserMenu />} toolbar={<LoadingIndicator />}>
      <TitlePortal />
    </RaAppBar>
  );
};
