import type { SameKeys } from './types';
import type { profileSv } from './profile.sv';

/** English for `kompass.profile`: exactly the Swedish keys. */
export const profileEn = {
  profile: {
    title: 'My profile',
    who: '%{name} (%{email}), %{role}.',
    language_heading: 'Language',
    language_help: 'The language is saved on your profile, so Kompass opens in it the next time you sign in.',
    password_heading: 'Change password',
    current_password: 'Current password',
    new_password: 'New password',
    repeat_password: 'Repeat the new password',
    password_help: 'At least %{min} characters.',
    password_too_short: 'The password needs at least %{min} characters.',
    password_mismatch: 'The passwords differ.',
    password_wrong: 'The current password is wrong.',
    change_password: 'Change password',
    password_changed: 'The password is changed. You are signed in with the new one; other sessions have ended.',
    calendar_heading: 'Calendar link',
    calendar_intro:
      'Subscribe to your actions’ deadlines in Outlook, Google Calendar or Apple Calendar with this link. The link is personal: do not share it.',
    calendar_url: 'Your calendar link',
    calendar_copy: 'Copy the link',
    calendar_copied: 'The link is copied.',
    calendar_copy_manually: 'The link is selected: copy it with Ctrl+C.',
    calendar_rotate: 'Make a new link',
    calendar_rotate_warning: 'The old link stops working, and calendars that use it need the new one.',
    calendar_rotate_confirm: 'Make a new link',
    calendar_rotated: 'A new calendar link is made; the old one no longer works.',
  },
} satisfies SameKeys<typeof profileSv>;
