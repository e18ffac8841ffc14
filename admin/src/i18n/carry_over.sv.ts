/** Swedish for `kompass.carry_over`. */
export const carryOverSv = {
  carry_over: {
    button: 'Flytta öppna åtgärder',
    title: 'Flytta öppna åtgärder till nästa plan',
    intro:
      'Åtgärder som inte är klara eller avbrutna flyttas till en aktiv plan på omvärderingen, med sina lägesrapporter och sin historik. Görs omvärderingen på en annan version av Kommunkompassen kopplas de till den nya versionens områden enligt nyckeln.',
    no_plan: 'Det finns ingen aktiv plan på omvärderingen ännu.',
    create_plan: 'Skapa plan',
    confirm: 'Flytta åtgärderna',
    done: 'Ingen åtgärd behövde flyttas. |||| %{smart_count} åtgärder flyttades.',
  },
};
