import { describe, expect, it } from 'vitest';
import { isFirstName } from '../../../src/core/ideas/first-names.js';
import { maskPersonalData } from '../../../src/core/ideas/mask.js';

const masked = (text: string) => maskPersonalData(text).text;

describe('listed first names without a frame (session 29)', () => {
  it.each([
    [
      'Gisteren heeft Sanne de hele nacht alleen gestaan.',
      'Gisteren heeft [naam] de hele nacht alleen gestaan.',
    ],
    ['Volgens Karin moet het rooster eerder klaar.', 'Volgens [naam] moet het rooster eerder klaar.'],
    ['Ik heb het met Joyce en Mehmet besproken.', 'Ik heb het met [naam] en [naam] besproken.'],
    ['De overdracht met Noa ging goed.', 'De overdracht met [naam] ging goed.'],
    ['Zonder Piotr hadden we het niet gered.', 'Zonder [naam] hadden we het niet gered.'],
    ['Het idee van Anne-Marie is goed.', 'Het idee van [naam] is goed.'],
    ['Ik werkte met Fatima-Zahra, zij weet alles.', 'Ik werkte met [naam], zij weet alles.'],
    ['Dit is voor Kemal Yıldız van de late dienst.', 'Dit is voor [naam] van de late dienst.'],
    ['Oma Truus wil elke dag wandelen.', 'Oma [naam] wil elke dag wandelen.'],
    ['Saïd en Ayse hebben de tuin opgeknapt.', '[naam] en [naam] hebben de tuin opgeknapt.'],
    ['Vraag het aan Wendy van de receptie.', 'Vraag het aan [naam] van de receptie.'],
    ['Sinds Gerrit met pensioen is, weet niemand het.', 'Sinds [naam] met pensioen is, weet niemand het.'],
    // At the start of a sentence or a line, with the surname after it.
    ['Mehmet Yilmaz van de avonddienst belt.', '[naam] van de avonddienst belt.'],
    ['Het kan beter.\nThijs de Boer heeft een plan.', 'Het kan beter.\n[naam] heeft een plan.'],
    // A name listed after it, listed or not; a capitalised name just before it with `en`.
    ['Giovanni en Zoraida doen de sport.', '[naam] en [naam] doen de sport.'],
    ['Zoraida en Giovanni doen de sport.', '[naam] en [naam] doen de sport.'],
    ['Kwabena en mevrouw Owusu hebben een moestuin.', '[naam] en mevrouw [naam] hebben een moestuin.'],
  ])('masks %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it.each([
    // A name that is also a word at the start of a sentence: with a person's verb or another name.
    ['Roos heeft bedacht om de wensen te delen.', '[naam] heeft bedacht om de wensen te delen.'],
    [
      'Kim heeft een lijst voor de nachtdienst gemaakt.',
      '[naam] heeft een lijst voor de nachtdienst gemaakt.',
    ],
    ['Bas zei dat het zo niet kan.', '[naam] zei dat het zo niet kan.'],
    ['Iris en Bas doen de BHV.', '[naam] en [naam] doen de BHV.'],
    ['Roos en ik regelen het.', '[naam] en ik regelen het.'],
    // Inside a sentence a capital says enough.
    ['Maar dan wil Roos meer uren.', 'Maar dan wil [naam] meer uren.'],
    ['Met Roos en Kim gaat het goed.', 'Met [naam] en [naam] gaat het goed.'],
    ['tante Roos komt elke week.', 'tante [naam] komt elke week.'],
  ])('masks a name that is also a word: %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it.each([
    ['zoals emre al zei', 'zoals [naam] al zei'],
    ['zeynep is na een week afgehaakt', '[naam] is na een week afgehaakt'],
    ['samen met fatima heb ik het gemaakt', 'samen met [naam] heb ik het gemaakt'],
  ])('masks a listed name in lower case that is no word: %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it('reads a name with other accents or none as the listed one', () => {
    expect(isFirstName('saïd')).toBe(true);
    expect(isFirstName('ayse')).toBe(true);
    expect(isFirstName('ayşe')).toBe(true);
    expect(isFirstName('zoe')).toBe(true);
    expect(isFirstName('marie-louise')).toBe(true);
    expect(isFirstName('zorg')).toBe(false);
  });
});

describe('words and names that are no person without a frame (session 29, look-alikes)', () => {
  it.each([
    // First names that are words, at the start of a sentence or in lower case.
    'Roos op de hoofdhuid komt veel voor bij een droge huid.',
    'Roos en eczeem komen veel voor bij bewoners.',
    'Ben je ook zo moe na drie nachten?',
    'Ben ik de enige die het rooster te laat vindt?',
    'Job coaching helpt mensen terug naar werk.',
    'Mark de medicatie af in het systeem.',
    'Wat meer fleur op de afdeling, een roos in een vaas, iris in de tuin.',
    'de merel zingt in de tuin',
    'een ton per jaar aan inhuur is te veel',
    'max 3 diensten achter elkaar',
    'Max. 3 bezoekers per kamer.',
    'co-ouderschap en nachtdiensten gaan slecht samen',
    'Vanaf 1 Jan 2025 gaat de cao in.',
    'In het Frans en het Engels; Frans spreken meer collega’s.',
    // Wards, places and teams named after a flower or a person.
    'Op afdeling Margriet eten de bewoners samen, op de Margriet ook.',
    'Woonafdeling Iris en woonafdeling Roos draaien samen de nacht.',
    'Team Roos en team Jasmijn delen de invallers.',
    'Locatie Anna en huize Maria zoeken vrijwilligers.',
    'Zorgcentrum Iris heeft een nieuwe tuin.',
    'Ik werk op Margriet en zij op Iris.',
    'Bij De Roos werkt het goed.',
    'In Milaan en in Orlando werken ze anders.',
    'Onze vestiging in Hendrik-Ido-Ambacht heeft te weinig personeel.',
    // Shops, hospitals, saints and royals.
    'Boodschappen halen we bij de Albert Heijn, of bij Albert Heijn in het dorp.',
    'Het Jeroen Bosch Ziekenhuis belt laat, net als het Jeroen Bosch in Den Bosch.',
    'Patiënten uit het Reinier de Graaf hebben geen overzicht; bij Reinier de Graaf wel.',
    'Het Emma Kinderziekenhuis en het Wilhelmina Kinderziekenhuis werken samen.',
    'Het Albert Schweitzer ziekenhuis heeft een goede geriatrie.',
    'Het Maria Middelares in Gent werkt met vaste teams.',
    'Met Sint Maarten komen de kinderen langs.',
    'Koningin Beatrix en Koning Willem-Alexander bezochten het huis.',
    'De discussie over Zwarte Piet komt elk jaar terug.',
    'De profeet Mohammed wordt geëerd tijdens de ramadan.',
    'Het Ronald McDonald Huis is een uitkomst voor ouders.',
    'Koffie van Max Havelaar in de huiskamer graag.',
    // Idioms, eponyms and streets.
    'Nu mag Jan en alleman in het dossier kijken.',
    'Jan, Piet en Klaas weten het wachtwoord.',
    'Het rooster is gemaakt voor Jan Modaal.',
    'Klaas Vaak komt laat langs op de groep.',
    'Hans en Grietje lezen we voor.',
    'Het Peter Pan-syndroom zie je ook bij jongeren.',
    'Bewoners met Alzheimer, Parkinson of Korsakov en kinderen met Down.',
    'De Anne Frankstraat is afgesloten, neem de Julianalaan.',
    'Een Tiny House voor mantelzorgers zou mooi zijn.',
    'Een Amber Alert delen we ook op intranet.',
    'Het is hier een huishouden van Jan Steen.',
    'Schrijf de brief in Jip en Janneke taal, dat begrijpt iedereen.',
    'Het St. Anna ziekenhuis en het St. Anna in Geldrop.',
    'Veel bewoners spreken alleen Berber of Tarifit.',
    'Ijs van Ben & Jerry’s als toetje op zondag.',
    'Minister Hugo de Jonge beloofde meer geld, net als Fleur Agema.',
    'Volgens Jos de Blok moeten teams zelfsturend zijn.',
    'De methode van Naomi Feil werkt goed bij dementie.',
    'Kinderen kijken graag naar Bob de Bouwer; Bert en Ernie hangen in de speelhoek.',
    'Afdelingen:\n- Roos\n- Iris\n- Margriet',
    'Bas en drums bij de muziektherapie.',
    'Floor manager is een rol die we missen.',
  ])('leaves %j', (text) => {
    expect(maskPersonalData(text)).toEqual({ text, masked: {} });
  });
});
