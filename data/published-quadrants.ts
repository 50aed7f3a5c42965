/** The published quadrant membership of the AZW longread (domain brief), for the example data and its test. */
export const PUBLISHED_QUADRANTS: Readonly<Record<1 | 2 | 3 | 4, readonly string[]>> = {
  1: [
    'Fysiotherapeuten',
    'Huishoudelijke hulpen',
    'OK-assistenten',
    'Tandartsassistenten en mondhygiënisten',
    'Teamleiders en medewerkers kinderopvang',
    'Verzorgenden thuis- en kraamzorg',
  ],
  2: [
    'Basisverpleegkundige niveau 4',
    'Doktersassistenten',
    'Gespecialiseerd verpleegkundigen en verpleegkundig coördinatoren',
    'Groeps- en woonbegeleiders',
    'Verzorgenden intramuraal',
  ],
  3: [
    'Maatschappelijk werkers en specialistische sociale hulpverleners',
    'Managers zorginstellingen',
    'Praktijkondersteuners',
    'Sociaal werkers',
    'Wijkverpleegkundigen',
  ],
  4: [
    'Gedragsdeskundigen (wo)',
    'Huisartsen',
    'Jeugdzorgwerkers',
    'Medisch specialisten',
    'Persoonlijk begeleiders',
    'Thuisbegeleiders',
    'Verpleegkundigen psychiatrie, ggz',
  ],
};
