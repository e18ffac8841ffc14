/**
 * Swedish text fragments for the generated dataset. Realistic lengths matter more than meaning: titles and
 * comments are what the list, the summary and the digests carry, so their size shapes the JSON and the mails.
 */
export const DEPARTMENTS: { name: string; kind: 'administration' | 'committee' | 'company' }[] = [
  { name: 'Kommunledningsförvaltningen', kind: 'administration' },
  { name: 'Utbildningsförvaltningen', kind: 'administration' },
  { name: 'Socialförvaltningen', kind: 'administration' },
  { name: 'Vård- och omsorgsförvaltningen', kind: 'administration' },
  { name: 'Samhällsbyggnadsförvaltningen', kind: 'administration' },
  { name: 'Kultur- och fritidsförvaltningen', kind: 'administration' },
  { name: 'Kommunstyrelsen', kind: 'committee' },
  { name: 'Kommunala bostadsbolaget AB', kind: 'company' },
];

export const FIRST_NAMES = [
  'Anna',
  'Erik',
  'Maria',
  'Lars',
  'Karin',
  'Johan',
  'Sara',
  'Anders',
  'Eva',
  'Per',
  'Lena',
  'Mikael',
  'Sofia',
  'Fredrik',
  'Emma',
  'Jonas',
  'Ida',
  'Magnus',
  'Linnéa',
  'Åsa',
  'Björn',
  'Elin',
  'Henrik',
  'Maja',
];
export const LAST_NAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Jansson',
  'Hansson',
  'Bengtsson',
  'Jönsson',
  'Lindberg',
  'Jakobsson',
  'Magnusson',
  'Öberg',
];

const PLACE_PARTS = [
  'Sjö',
  'Berg',
  'Ås',
  'Dal',
  'Vik',
  'Holm',
  'Ljung',
  'Gran',
  'Björk',
  'Ek',
  'Strand',
  'Hav',
  'Älv',
  'Mo',
  'Fors',
];
const PLACE_ENDS = ['by', 'köping', 'stad', 'hamn', 'sund', 'torp', 'vik', 'ås', 'berga', 'fors', 'lunda', 'näs'];

/** "Sjököping 017": unique per index, so the 290 municipalities never clash on name. */
export function municipalityName(index: number): string {
  const a = PLACE_PARTS[index % PLACE_PARTS.length];
  const b = PLACE_ENDS[Math.floor(index / PLACE_PARTS.length) % PLACE_ENDS.length];
  return `${a}${b} ${String(index).padStart(3, '0')}`;
}

export const ACTION_VERBS = [
  'Ta fram',
  'Införa',
  'Utveckla',
  'Genomföra',
  'Revidera',
  'Följa upp',
  'Samordna',
  'Kartlägga',
  'Förankra',
  'Digitalisera',
];
export const ACTION_OBJECTS = [
  'en kommunövergripande plan för medborgardialog',
  'rutiner för synpunkts- och klagomålshantering',
  'servicedeklarationer för förskola och hemtjänst',
  'en gemensam modell för mål- och resultatstyrning',
  'brukarundersökningar i äldreomsorgen',
  'jämförelser i nyckeltalsportalen (Kolada)',
  'en kompetensförsörjningsplan för hela organisationen',
  'chefsutbildning i medarbetarsamtal och lönesättning',
  'systematiskt förbättringsarbete med dokumenterade lärdomar',
  'resultatinformation till invånarna på webben',
  'en policy för etik och förtroendefrågor',
  'samverkan med civilsamhället och näringslivet',
  'intern kontroll och uppföljning av ekonomin',
  'e-tjänster för bygglov och försörjningsstöd',
  'en strategi för innovation och omvärldsbevakning',
  'budgetprocess kopplad till verksamhetsmål',
];
export const ACTION_SUFFIXES = [
  '',
  '',
  ' i samtliga förvaltningar',
  ' inför omvärderingen',
  ' med stöd av SKR:s nätverk',
  ' under mandatperioden',
  ' i dialog med nämnderna',
];

export const FINDING_IMPROVEMENTS = [
  'Kommunen saknar en samlad plan för hur invånarna informeras om resultat och jämförelser.',
  'Det finns inga tydliga åtaganden gentemot brukarna i form av servicedeklarationer.',
  'Uppföljningen av verksamhetens resultat sker inte systematiskt i alla nämnder.',
  'Medarbetarsamtal genomförs men kopplas sällan till verksamhetens mål.',
  'Synpunkter och klagomål sammanställs inte och används inte i förbättringsarbetet.',
  'Det saknas en kommunövergripande strategi för kompetensförsörjning.',
  'Samverkan med andra kommuner och aktörer är inte dokumenterad eller utvärderad.',
  'Kommunen jämför sig sällan med andra för att hitta goda exempel.',
  'Politiken efterfrågar inte analyser av kvalitet och kostnader i budgetprocessen.',
  'Den interna kontrollen omfattar inte verksamhetens kvalitet, bara ekonomin.',
];
export const FINDING_STRENGTHS = [
  'Kommunen har en väl fungerande webbplats med aktuell information om politiska beslut.',
  'Chefer upplever ett tydligt stöd från HR i frågor om rekrytering och introduktion.',
  'Det finns ett etablerat samarbete med föreningslivet inom kultur och fritid.',
  'Budgetprocessen är känd och uppskattad av förtroendevalda och tjänstemän.',
];

export const UPDATE_COMMENTS = [
  'Arbetsgruppen har träffats och tagit fram ett första utkast.',
  'Utkastet är på remiss hos förvaltningarna till slutet av månaden.',
  'Avstämning med kommunledningen genomförd; fortsätter enligt plan.',
  'Försenat på grund av vakans, ny handläggare börjar nästa månad.',
  'Presenterat för kommunstyrelsens arbetsutskott.',
  'Pilot genomförd i en förvaltning med goda erfarenheter.',
  'Väntar på beslut om finansiering i budgetberedningen.',
];
export const DONE_COMMENTS = [
  'Beslutat i kommunstyrelsen och publicerat på intranätet.',
  'Genomfört i samtliga förvaltningar och redovisat i delårsrapporten.',
  'Införd rutin som följs upp i den årliga internkontrollen.',
];
export const CANCEL_COMMENTS = [
  'Ersätts av en regional satsning.',
  'Prioriteras bort efter budgetbeslut; frågan hanteras i nästa plan.',
];
export const EXPECTED_EFFECTS = [
  'Invånarna får bättre insyn i verksamhetens resultat.',
  'Högre nöjdhet i brukarundersökningen.',
  'Tydligare styrning och uppföljning i nämnderna.',
  'Minskad personalomsättning bland chefer.',
];
