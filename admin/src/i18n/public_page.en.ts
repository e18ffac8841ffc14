import type { SameKeys } from './types';
import type { publicPageSv } from './public_page.sv';

/** English for `kompass.public_page`: exactly the Swedish keys. */
export const publicPageEn = {
  public_page: {
    title: 'Public report: %{title}',
    open_button: 'Public report',
    intro:
      'Residents see published plans and actions at %{url}, without logging in. Names, e-mail addresses, comments and attachments are never shown.',
    plan_heading: 'The plan',
    published: 'Published for residents',
    default_published: 'New actions are published by default',
    published_at: 'Published %{date}',
    not_published: 'Not published: nothing of the plan is visible to residents.',
    open_public: 'Open the public page',
    actions_heading: 'Actions',
    action_published: 'Publish %{title}',
    public_summary: 'Summary for residents',
    public_summary_help: 'Shown on the public page. Write nothing that is internal only.',
    follows_default: "Follows the plan's default",
    save_action: 'Save the action',
    profile_heading: "The municipality's settings",
    logo_url: 'Logo (https address)',
    frame_ancestors: 'Websites allowed to embed the page',
    frame_ancestors_help:
      'One address per line, for example https://www.kommun.se. Leave empty if the page must not be embedded.',
    licence: 'Licence of the open data',
    show_departments: 'Show the responsible department',
    save_profile: 'Save the settings',
    preview_heading: 'Preview',
    preview_help: 'Exactly what residents see once the plan is published.',
    preview_refresh: 'Refresh the preview',
    preview_frame: 'Preview of the public page',
    saved: 'Saved',
  },
} satisfies SameKeys<typeof publicPageSv>;
