import { FrameworkDefinition } from './framework-definition';

/**
 * Kommunkompassen, the 2016 revision (used 2016–2019): 8 areas, 45 sub-questions, 100 points per area.
 * Question texts and max points as printed in section 4 of SKR's reports (e.g. Ronneby 2017).
 */
export const KK2016: FrameworkDefinition = {
  code: 'KK2016',
  name: 'Kommunkompassen 2016–2019',
  validFrom: 2016,
  validTo: 2019,
  areas: [
    {
      number: 1,
      name: 'Offentlighet och demokrati',
      maxPoints: 100,
      questions: [
        { code: '1.1', text: 'Finns en plan/strategi för demokratiutveckling och information?', maxPoints: 15 },
        { code: '1.2', text: 'Informerar invånarna om aktuella frågor i politiken?', maxPoints: 20 },
        { code: '1.3', text: 'Informerar invånare om resultat?', maxPoints: 25 },
        { code: '1.4', text: 'Främjas invånardialog och deltagande?', maxPoints: 30 },
        { code: '1.5', text: 'Etik - Hur skapas tillit genom hög etisk standard?', maxPoints: 10 },
      ],
    },
    {
      number: 2,
      name: 'Tillgänglighet och brukarorientering',
      aliases: ['Brukarfokus, tillgänglighet och bemötande'],
      maxPoints: 100,
      questions: [
        { code: '2.1', text: 'Finns det en kommunövergripande strategi för brukarfokus?', maxPoints: 15 },
        { code: '2.2', text: 'Hur arbetar kommunen med tillgänglighet och bemötande?', maxPoints: 25 },
        { code: '2.3', text: 'Hur informerar kommunen om service och tjänster?', maxPoints: 20 },
        { code: '2.4', text: 'Hur arbetar kommunen med brukarundersökningar?', maxPoints: 20 },
        {
          code: '2.5',
          text: 'Hur arbetar kommunen med att förtydliga tjänsternas innehåll samt synpunkts- och klagomålshantering för medborgare/brukare?',
          maxPoints: 20,
        },
      ],
    },
    {
      number: 3,
      name: 'Politisk styrning och kontroll',
      maxPoints: 100,
      questions: [
        {
          code: '3.1',
          text: 'Genomsyras hela organisationen av ett helhetstänkande avseende styrning/uppföljning?',
          maxPoints: 15,
        },
        { code: '3.2', text: 'Styrs kommunen av tydliga politiska mål?', maxPoints: 25 },
        {
          code: '3.3',
          text: 'Rapporterar förvaltningen till den politiska nivån och har politikerna möjlighet att utöva tillsyn över förvaltningen?',
          maxPoints: 25,
        },
        {
          code: '3.4',
          text: 'Finns det en tydlig delegation och ansvarsfördelning mellan politisk och tjänstemannanivå?',
          maxPoints: 20,
        },
        {
          code: '3.5',
          text: 'Finns det en ömsesidig förståelse av uppgifter, roller och spelregler mellan politiker och tjänstemän?',
          maxPoints: 15,
        },
      ],
    },
    {
      number: 4,
      name: 'Ledarskap, ansvar och delegation',
      maxPoints: 100,
      questions: [
        { code: '4.1', text: 'Finns kommunövergripande strategi för ledarskap, ansvar och delegation?', maxPoints: 15 },
        {
          code: '4.2',
          text: 'Vilket ansvar har resultatenheterna för budget, personal och organisation?',
          maxPoints: 10,
        },
        { code: '4.3', text: 'Beskrivs inriktning och ansvar för tvärsektoriellt samarbete?', maxPoints: 20 },
        { code: '4.4', text: 'Tydliggörs det personliga uppdraget för alla chefer i organisationen?', maxPoints: 15 },
        { code: '4.5', text: 'Sker central ledning för underställda avdelningar/enheter?', maxPoints: 20 },
        { code: '4.6', text: 'Bedriver kommunen ledarutveckling?', maxPoints: 20 },
      ],
    },
    {
      number: 5,
      name: 'Resultat och effektivitet',
      maxPoints: 100,
      questions: [
        { code: '5.1', text: 'Finns en strategi för resultatstyrning och effektivitetsutveckling?', maxPoints: 15 },
        {
          code: '5.2',
          text: 'Tydliggör kommunen sambandet mellan kostnader och resultat i budgetprocessen?',
          maxPoints: 20,
        },
        { code: '5.3', text: 'Arbetar kommunen med utveckling, uppföljning och kontroll?', maxPoints: 20 },
        {
          code: '5.4',
          text: 'Kommuniceras och förs strategiska diskussioner kring resurser och resultat?',
          maxPoints: 15,
        },
        {
          code: '5.5',
          text: 'Används jämförelser aktivt som ett led i serviceutveckling och effektivisering?',
          maxPoints: 20,
        },
        {
          code: '5.6',
          text: 'Sker extern samverkan för att stärka serviceutbudet och öka effektivitet?',
          maxPoints: 10,
        },
      ],
    },
    {
      number: 6,
      name: 'Kommunen som arbetsgivare - personalpolitik',
      maxPoints: 100,
      questions: [
        { code: '6.1', text: 'Finns en kommunövergripande personalstrategi?', maxPoints: 15 },
        {
          code: '6.2',
          text: 'Tillvaratas befintliga och hur rekryteras nya medarbetare? Kommunen som "attraktiv arbetsgivare".',
          maxPoints: 20,
        },
        { code: '6.3', text: 'Läggs stor vikt på kompetens- och medarbetarutveckling?', maxPoints: 25 },
        { code: '6.4', text: 'Sker individuell lönesättning och belöning av goda prestationer?', maxPoints: 15 },
        { code: '6.5', text: 'Arbetar kommunen med medarbetarundersökningar?', maxPoints: 15 },
        { code: '6.6', text: 'Arbetar kommunen med mångfald, (etnicitet, kulturellt och kön)?', maxPoints: 10 },
      ],
    },
    {
      number: 7,
      name: 'Ständiga förbättringar',
      aliases: ['Verksamhetsutveckling'],
      maxPoints: 100,
      questions: [
        { code: '7.1', text: 'Finns en strategi för ständiga förbättringar?', maxPoints: 15 },
        { code: '7.2', text: 'Arbetar verksamheterna med analys av avvikelser, brister och problem?', maxPoints: 25 },
        {
          code: '7.3',
          text: 'Sker extern omvärldsspaning och samverkan för att förbättra kvaliteten på tjänsterna?',
          maxPoints: 20,
        },
        { code: '7.4', text: 'Finns metoder för att förbättra kvaliteten på tjänsterna?', maxPoints: 20 },
        { code: '7.5', text: 'Arbetar kommunen med kreativitet och förbättringar?', maxPoints: 20 },
      ],
    },
    {
      number: 8,
      name: 'Kommunen som samhällsbyggare',
      maxPoints: 100,
      questions: [
        { code: '8.1', text: 'Finns övergripande planer/strategier för samhällsbyggande?', maxPoints: 15 },
        {
          code: '8.2',
          text: 'Samverkar kommunen med aktörer inom civilsamhället kring utveckling av lokalsamhället?',
          maxPoints: 15,
        },
        { code: '8.3', text: 'Samverkar kommunen med kulturlivet?', maxPoints: 15 },
        { code: '8.4', text: 'Vilken är kommunens roll i utveckling av näringslivet?', maxPoints: 15 },
        { code: '8.5', text: 'Arbetar kommunen med internationella kontakter?', maxPoints: 10 },
        { code: '8.6', text: 'Arbetar kommunen med miljöfrågor?', maxPoints: 15 },
        { code: '8.7', text: 'Hur främjas social hållbarhet?', maxPoints: 15 },
      ],
    },
  ],
};
