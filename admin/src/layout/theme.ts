import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * Kompass's theme: react-admin's default with colours that meet WCAG 2.1 AA (text ≥ 4.5:1,
 * input borders and focus rings ≥ 3:1) and a focus ring that is always visible.
 */
const navy = '#163d6b'; // app bar; white on it 11:1
const blue = '#1d5591'; // primary; white on it 7.6:1, on the page background 7.1:1
const amber = '#f2b33d'; // focus ring on navy, 5.9:1

const focusRing = (color: string) => ({ outline: `3px solid ${color}`, outlineOffset: 2 });

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    mode: 'light',
    primary: { main: blue, dark: '#133b66', light: '#4f7fbf', contrastText: '#fff' },
    secondary: { main: navy, dark: '#0e2a4b', light: '#3f6596', contrastText: '#fff' },
    error: { main: '#c62828', contrastText: '#fff' },
    warning: { main: '#a15c00', contrastText: '#fff' },
    info: { main: '#01579b', contrastText: '#fff' },
    success: { main: '#2e7d32', contrastText: '#fff' },
    background: { default: '#f6f7f9', paper: '#fff' },
    text: { primary: 'rgba(0, 0, 0, 0.87)', secondary: 'rgba(0, 0, 0, 0.64)' },
  },
  shape: { borderRadius: 6 },
  components: {
    ...defaultLightTheme.components,
    MuiButtonBase: {
      styleOverrides: { root: { '&.Mui-focusVisible': focusRing(blue) } },
    },
    MuiLink: {
      styleOverrides: { root: { '&:focus-visible': focusRing(blue) } },
    },
    MuiAppBar: {
      styleOverrides: {
        root: { '& .Mui-focusVisible, & a:focus-visible, & button:focus-visible': focusRing(amber) },
      },
    },
    MuiFilledInput: {
      styleOverrides: {
        root: {
          backgroundColor: 'rgba(0, 0, 0, 0.04)',
          // the resting underline is the field's only border: keep it at 3:1 or better
          '&::before': { borderBottomColor: 'rgba(0, 0, 0, 0.6)' },
        },
      },
    },
    MuiFormLabel: {
      styleOverrides: { root: { color: 'rgba(0, 0, 0, 0.7)' } },
    },
    RaToolbar: {
      styleOverrides: { root: { backgroundColor: '#eef0f3' } },
    },
    // react-admin draws the skip link white on the page background (1.05:1); navy gives 11:1
    RaSkipNavigationButton: {
      styleOverrides: {
        root: {
          backgroundColor: navy,
          color: '#fff',
          '&:hover, &:focus': { backgroundColor: navy, opacity: 1 },
          '&:focus': focusRing(amber),
        },
      },
    },
  },
};
