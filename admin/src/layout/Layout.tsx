import { Layout as RaLayout, type LayoutProps } from 'react-admin';
import { AppBar } from './AppBar';

/** react-admin's layout (skip link, sidebar menu, notifications) with Kompass's app bar. */
export const Layout = ({ children }: LayoutProps) => <RaLayout appBar={AppBar}>{children}</RaLayout>;
