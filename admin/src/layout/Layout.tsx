import { Layout as RaLayout, type LayoutProps } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/** react-admin's layout (skip link, sidebar menu, notifications) with Kompass's app bar and menu. */
export const Layout = ({ children }: LayoutProps) => (
  <RaLayout appBar={AppBar} menu={Menu}>
    {children}
  </RaLayout>
);
