/**
 * A small hand-made ideas file for the store tests (constructed text, voorbeelddata). The facet counts
 * in the tests are counted by hand from this table.
 */
export const FIXTURE_CSV = `id;tekst;thema;soort;branche;provincie;beroep
f1;Het teamoverleg duurt elke week te lang.;werkdruk;knelpunt;GGZ;Utrecht;Verpleegkundigen psychiatrie, ggz
f2;Korter overleggen met een vaste agenda.;"Werkdruk; samenwerken";voorstel;ggz;utrecht;Gedragsdeskundigen
f3;Overleg met de huisarts over medicatie kan digitaal.;Samenwerking;voorstel;Huisartsen en gezondheidscentra;Zeeland;Huisarts
f4;Minder administratie bij elke overdracht.;administratie;wens;VVT;Utrecht;Wijkverpleegkundige
f5;Het overleg met de familie kost veel tijd.;brede blik;knelpunt;VVT;Zeeland;Wijkverpleegkundigen
f6;De planningen van de roosters komen steeds te laat.;werkdruk;knelpunt;Ziekenhuizen;Limburg;OK-assistent
r1;Wij willen meer tijd voor onze patiënten en hun naasten.;brede blik;wens;UMC's;Gelderland;Medisch specialisten
r2;De planning van de diensten moet eerlijker.;werkdruk;wens;VVT;Gelderland;Verzorgende IG
r3;Minder administratieve lasten voor verpleegkundigen in de wijk.;administratie;voorstel;VVT;Drenthe;Wijkverpleegkundigen
r4;Het ziekenhuis kan cliënten beter informeren over wachttijden.;samenwerking;kans;Ziekenhuizen;Limburg;Medisch specialisten
r5;Collega's steunen elkaar na agressie van bezoekers.;veiligheid;kans;Gehandicaptenzorg;Overijssel;Persoonlijk begeleiders
r6;Roosters moeten zes weken vooruit bekend zijn.;werkdruk;wens;Kinderopvang;Noord-Holland;Pedagogisch medewerker
r7;Een vaste invalpool voorkomt onderbezetting in de zomer.;werkdruk;voorstel;Jeugdzorg;Zuid-Holland;Jeugdzorgwerker
`;

export const FIXTURE_IDS = ['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'];
