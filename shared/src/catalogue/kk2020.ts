import { FrameworkDefinition } from './framework-definition';

/**
 * Kommunkompassen, the 2020 revision (made with KS in Norway, used from 2020): 8 areas of 100 points.
 * SKR publishes its sub-questions only inside the reports, so it ships at area level; the first
 * confirmed import of a 2020-model report teaches Kompass its sub-question catalogue.
 */
export const KK2020: FrameworkDefinition = {
  code: 'KK2020',
  name: 'Kommunkompassen 2020–',
  validFrom: 2020,
  areas: [
    {
      number: 1,
      name: 'Samspel mellan förtroendevalda och medborgare',
      aliases: ['Samspel mellan förtroendevalda och invånare', 'Samspel förtroendevalda och medborgare'],
      maxPoints: 100,
      questions: [],
    },
    {
      number: 2,
      name: 'Samhällsutveckling',
      aliases: ['Kommunen som samhällsutvecklare'],
      maxPoints: 100,
      questions: [],
    },
    { number: 3, name: 'Styrning och kontroll', aliases: ['Styrning och uppföljning'], maxPoints: 100, questions: [] },
    { number: 4, name: 'Effektivitet', aliases: ['Effektivitet och resultat'], maxPoints: 100, questions: [] },
    {
      number: 5,
      name: 'Brukarens fokus',
      aliases: ['Brukarfokus', 'Brukarens i fokus'],
      maxPoints: 100,
      questions: [],
    },
    { number: 6, name: 'Kvalitetsutveckling', aliases: ['Kvalitet och utveckling'], maxPoints: 100, questions: [] },
    {
      number: 7,
      name: 'Arbetsliv',
      aliases: ['Kommunen som arbetsgivare och arbetsliv'],
      maxPoints: 100,
      questions: [],
    },
    {
      number: 8,
      name: 'Chefs- och ledarskap samt medarbetarskap',
      aliases: ['Chefs- och ledarskap och medarbetarskap', 'Ledarskap och medarbetarskap'],
      maxPoints: 100,
      questions: [],
    },
  ],
};
