import { describe, expect, it } from 'vitest';
import { parseQuery, distinctWords, formatQuery } from '../../../src/core/ideas/query-terms.js';
import { FACETS } from '../../../src/core/ideas/search-params.js';
import { headPages } from '../../../src/node/store/candidate-cap.js';
import { expansionQuery } from '../../../src/node/store/expansion-query.js';
import { facetCounts } from '../../../src/node/store/search-facets.js';
import { RANK_WINDOW } from '../../../src/node/store/search-page.js';
import { searchQuery } from '../../../src/node/store/search-query.js';
import { anyConceptShare, anyLabelShare, anyLexemeShare } from '../../../src/node/store/search-concepts.js';
import {
  expandWord,
  MAX_VOCABULARY,
  swappedForms,
  typoBudget,
  type WordExpansion,
  vocabularyKey,
} from '../../../src/core/ideas/term-expansion.js';
import { anyOf, buildSearchPlan, quoteLexeme, type SearchPlan } from '../../../src/node/store/tsquery.js';
import { createAnalyzer } from '../../../src/core/ideas/analyzer/analyzer.js';
import { isLiteralWeight, TIER_WEIGHTS } from '../../../src/core/ideas/search-weights.js';

const noFilters = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Record<
  (typeof FACETS)[number],
  string[]
>;

describe('query parsing', () => {
  it('splits words, keeps quoted phrases and hyphenated words together, and reads a leading minus', () => {
    // One quoted word is marked quoted: strict, as a phrase (isPhrase).
    expect(parseQuery('"rooster" rooster')).toEqual([
      { words: ['rooster'], negated: false, quoted: true },
      { words: ['rooster'], negated: false },
    ]);
    expect(parseQuery('Patiënten  "minder regels" -ziekenhuis zorg-app')).toEqual([
      { words: ['patiënten'], negated: false },
      { words: ['minder', 'regels'], negated: false, quoted: true },
      { words: ['ziekenhuis'], negated: true },
      { words: ['zorg', 'app'], negated: false, joined: 'zorgapp', typed: 'zorg-app' },
    ]);
  });

  it('reads an unquoted hyphenated or apostrophe word as loose (joined form too), a quoted one as a phrase', () => {
    const terms = parseQuery(`burn-out zzp'ers "e-health" -zorg-app`);
    expect(terms).toEqual([
      { words: ['burn', 'out'], negated: false, joined: 'burnout', typed: 'burn-out' },
      { words: ['zzp', 'ers'], negated: false, joined: 'zzpers', typed: "zzp'ers" },
      { words: ['e', 'health'], negated: false, quoted: true },
      { words: ['zorg', 'app'], negated: true },
    ]);
    expect(parseQuery('24-uurs zorg')).toEqual([
      { words: ['24', 'uurs'], negated: false, joined: '24uurs', typed: '24-uurs' },
      { words: ['zorg'], negated: false },
    ]);
    expect(distinctWords(terms)).toEqual([
      'burn',
      'out',
      'burnout',
      'zzp',
      'ers',
      'zzpers',
      'e',
      'health',
      'zorg',
      'app',
    ]);
    expect(formatQuery(terms, new Map([['ers', 'er']]))).toBe(`burn-out zzp-er "e health" -"zorg app"`);
  });

  it('turns everything that is not a letter or digit into a separator', () => {
    const terms = parseQuery("'); DROP TABLE ideas; -- a:* & b | !c");
    expect(distinctWords(terms)).toEqual(['drop', 'table', 'ideas', 'a', 'b', 'c']);
  });

  it('ignores an empty query', () => {
    expect(parseQuery('  " " - ')).toEqual([]);
  });
});

describe('word expansion', () => {
  const vocabulary = [
    { word: 'teamoverleg', lexeme: 'teamoverleg' },
    { word: 'overleggen', lexeme: 'overlegg' },
    { word: 'overleg', lexeme: 'overleg' },
    { word: 'planning', lexeme: 'planning' },
    { word: 'planningen', lexeme: 'planning' },
    { word: 'planten', lexeme: 'plant' },
    { word: 'ziekenhuis', lexeme: 'ziekenhuis' },
    { word: 'altijd', lexeme: 'altijd' },
  ];

  it('lists the family as exact stems and adds compounds that contain the word', () => {
    expect(expandWord('overleg', ['overleg'], vocabulary)).toEqual({
      normalised: 'overleg',
      stems: ['overleg'],
      prefixes: [],
      exact: ['overleg', 'overlegg'],
      related: ['teamoverleg'],
    });
  });

  it('keeps its own stem when the vocabulary does not have the word', () => {
    expect(expandWord('wachtlijst', ['wachtlijst'], [])).toMatchObject({
      exact: ['wachtlijst'],
      related: [],
    });
  });

  it('looks for the shortest form of at least 3 letters inside vocabulary words', () => {
    expect(vocabularyKey('overleggen', ['overlegg'])).toBe('overlegg');
    expect(vocabularyKey('ic', ['ic'])).toBeNull();
  });

  it('falls back to prefix matching when the vocabulary list was cut', () => {
    const family = Array.from({ length: MAX_VOCABULARY + 1 }, (_, i) => ({
      word: `zorg${i}`,
      lexeme: `zorg${i}`,
    }));
    expect(expandWord('zorg', ['zorg'], family)).toMatchObject({
      prefixes: ['zorg'],
      exact: ['zorg'],
      related: [],
    });
  });

  it('adds a one-letter typo for words of 5 letters or more, not unrelated words', () => {
    expect(expandWord('planing', ['planing'], vocabulary).related).toEqual(['planning']);
    expect(typoBudget(4)).toBe(0);
    expect(typoBudget(5)).toBe(1);
    expect(typoBudget(10)).toBe(2);
  });

  it('joins word-family stems the stemmer keeps apart', () => {
    // overleggen → overlegg; overleg → overleg. ziekenhuizen → ziekenhuiz; ziekenhuis → ziekenhuis.
    // (A compound ending in the family member is a kind of it: `teamoverleg` is an `overleg`.)
    expect(expandWord('overleggen', ['overlegg'], vocabulary).related).toEqual(['overleg', 'teamoverleg']);
    expect(expandWord('ziekenhuizen', ['ziekenhuiz'], vocabulary).related).toEqual(['ziekenhuis']);
  });

  it('adds a compound that ends in a form of the word, not one that only starts with one', () => {
    const words = [
      { word: 'formulier', lexeme: 'formulier' },
      { word: 'meldformulier', lexeme: 'meldformulier' },
      { word: 'systeem', lexeme: 'systeem' },
      { word: 'medicatiesysteem', lexeme: 'medicatiesysteem' },
      { word: 'contact', lexeme: 'contact' },
      { word: 'contactpersoon', lexeme: 'contactperson' },
      { word: 'ondersteuning', lexeme: 'ondersteun' },
      { word: 'praktijkondersteuner', lexeme: 'praktijkondersteuner' },
    ];
    // `formulieren` (stem `formulier`) did not find `meldformulier`, which does not hold `formulieren`.
    expect(expandWord('formulieren', ['formulier'], words).related).toEqual(['meldformulier']);
    // Through a family member the stemmer keeps apart (`system` / `systeem`).
    expect(expandWord('systemen', ['system'], words).related).toContain('medicatiesysteem');
    // A typo's compounds are not the word's: `contactpersoon` is no `contract`.
    expect(expandWord('contract', ['contract'], words).related).toEqual(['contact']);
    // `praktijkondersteuner` ends in no form of `ondersteunen` that the vocabulary holds.
    expect(expandWord('ondersteunen', ['ondersteun'], words).related).toEqual([]);
  });

  it('matches words shorter than 3 letters exactly and never as a compound part', () => {
    expect(expandWord('ic', ['ic'], [{ word: 'ict', lexeme: 'ict' }])).toMatchObject({
      prefixes: [],
      exact: ['ic'],
      related: [],
    });
  });
});

describe('tsquery text', () => {
  it('quotes lexemes so that no input is read as tsquery syntax', () => {
    expect(quoteLexeme("it's")).toBe("'it''s'");
    expect(quoteLexeme('a\\b')).toBe("'a\\\\b'");
  });

  const overleg = {
    normalised: 'overleg',
    stems: ['overleg'],
    prefixes: [],
    exact: ['overleg', 'overlegg'],
    related: ['teamoverleg'],
  };
  const expansions = new Map<string, WordExpansion>([
    ['overleg', overleg],
    ['de', { normalised: 'de', stems: [], prefixes: [], exact: [], related: [] }],
    [
      'planning',
      {
        normalised: 'planning',
        stems: ['planning'],
        prefixes: ['planning'],
        exact: ['planning'],
        related: [],
      },
    ],
    ['rooster', { normalised: 'rooster', stems: ['rooster'], prefixes: [], exact: ['rooster'], related: [] }],
    ['minder', { normalised: 'minder', stems: ['minder'], prefixes: [], exact: ['minder'], related: [] }],
  ]);
  const analyzer = createAnalyzer();
  const plan = (query: string, synonyms = new Map<string, string[]>()) => {
    const terms = parseQuery(query);
    return buildSearchPlan({
      terms,
      expansions,
      analyzed: new Map(distinctWords(terms).map((w) => [w, analyzer.analyzeWord(w)])),
      synonyms,
      synonymStems: new Map([
        ['vergadering', ['vergader']],
        ['afstemmen', ['afstemm']],
      ]),
    });
  };

  it('makes each word a concept in tiers, a phrase a strict required concept, and negations an exclusion', () => {
    const result = plan(
      'overleg -rooster "planning de overleg" de',
      new Map([['overleg', ['vergadering', 'afstemmen']]]),
    );
    expect(result.concepts).toEqual([
      {
        label: 'overleg',
        exact: "('overleg' | 'overlegg')",
        related: "'teamoverleg'",
        parts: null,
        literal: "('overleg' | 'overlegg' | 'teamoverleg')",
        synonyms: "('vergader' | 'afstemm')",
        broader: null,
        synonymConcepts: [],
        broaderConcepts: [],
        themes: ['Samenwerking'],
        branches: [],
        required: false,
      },
      {
        label: 'planning de overleg',
        // Strict: each word by its own stems, not its family (`'overlegg'`) or a prefix.
        exact: "('planning' <2> 'overleg')",
        related: null,
        parts: null,
        literal: "('planning' <2> 'overleg')",
        synonyms: null,
        broader: null,
        synonymConcepts: [],
        broaderConcepts: [],
        themes: [],
        branches: [],
        required: true,
        // Its stop word in its place: the text must hold `planning de overleg`, forms of both words.
        pattern: '\\mplanning[[:alnum:]]*[^[:alnum:]]+de[^[:alnum:]]+overleg[[:alnum:]]*',
      },
    ]);
    expect(result.exclude).toBe("'rooster'");
    expect(anyOf(result)).toContain("'teamoverleg'");
  });

  it('lets weak words only rank, unless the query has nothing else', () => {
    expect(plan('minder overleg').boost).toBe("'minder'");
    expect(plan('minder overleg').concepts.map((c) => c.label)).toEqual(['overleg']);
    expect(plan('minder').concepts.map((c) => c.label)).toEqual(['minder']);
  });

  it('has no concept when every word is a stop word', () => {
    expect(plan('de').concepts).toEqual([]);
  });

  const own = (word: string): WordExpansion => ({
    normalised: word,
    stems: [word],
    prefixes: [],
    exact: [word],
    related: [],
  });
  const loosePlan = (query: string) => {
    const terms = parseQuery(query);
    // `burn` and `out` are words of the databank: `burnout` splits into them.
    const split = createAnalyzer({ isWord: (w) => w === 'burn' || w === 'out' });
    return buildSearchPlan({
      terms,
      expansions: new Map(['burn', 'out', 'burnout', 'health', 'ehealth'].map((w) => [w, own(w)])),
      analyzed: new Map(distinctWords(terms).map((w) => [w, split.analyzeWord(w)])),
      synonyms: new Map(),
      synonymStems: new Map(),
    });
  };

  it('matches an unquoted hyphenated word as its joined form, its parts as a phrase, and (related) each part', () => {
    expect(loosePlan('burn-out').concepts).toEqual([
      {
        label: 'burn-out',
        exact: "('burnout' | ('burn' <-> 'out'))",
        related: "('burn' | 'out')",
        parts: null,
        // For the index: the phrase is left out, each of its words alone matches already.
        literal: "('burnout' | 'burn' | 'out')",
        synonyms: null,
        broader: null,
        synonymConcepts: [],
        broaderConcepts: [],
        // `burnout` is a term of the thesaurus' workload group.
        themes: ['Werkdruk en roosters'],
        branches: [],
        required: false,
      },
    ]);
    // Quoted, it stays a strict phrase every result must match.
    expect(loosePlan('"burn-out"').concepts).toMatchObject([
      { label: 'burn out', exact: "('burn' <1> 'out')", required: true },
    ]);
  });

  it('matches a compound also as its parts written apart (`burnout` finds `burn-out` and `burn out`)', () => {
    // Its parts are too short to match alone (MIN_PART_ALTERNATIVE): the phrase stays in the index's OR.
    expect(loosePlan('burnout').concepts).toMatchObject([
      {
        label: 'burnout',
        exact: "('burnout' | ('burn' <-> 'out'))",
        literal: "('burnout' | ('burn' <-> 'out'))",
        required: false,
      },
    ]);
  });
});

describe('the index query of a compound', () => {
  /** The concept of a one-word query whose compound splits into `parts` ([word, stem] each). */
  const compoundConcept = (word: string, wordStem: string, parts: readonly [string, string][]) => {
    const terms = parseQuery(word);
    const split = createAnalyzer({ isWord: (w) => parts.some(([part]) => part === w) });
    const expansion = (normalised: string, stems: string[]): WordExpansion => ({
      normalised,
      stems,
      prefixes: [],
      exact: stems,
      related: [],
    });
    return buildSearchPlan({
      terms,
      expansions: new Map([
        [word, expansion(word, [wordStem])],
        ...parts.map(([part, stem]): [string, WordExpansion] => [part, expansion(part, [stem])]),
      ]),
      analyzed: new Map(distinctWords(terms).map((w) => [w, split.analyzeWord(w)])),
      synonyms: new Map(),
      synonymStems: new Map(),
    }).concepts[0]!;
  };

  it('matches the parts of a compound together, as one AND in the parts tier and the index OR', () => {
    const concept = compoundConcept('thuiswerken', 'thuiswerk', [
      ['thuis', 'thuis'],
      ['werken', 'werk'],
    ]);
    // Was `('thuis' | 'werk')`: every idea about care at home matched `thuiswerken` through `thuis`.
    expect(concept.parts).toBe("('thuis' & 'werk')");
    // The phrase stays in the index's OR: neither part stands alone there now.
    expect(concept.literal).toBe("('thuiswerk' | ('thuis' <-> 'werk') | ('thuis' & 'werk'))");
  });

  it('leaves a phrase of its parts out of the OR when a part matches alone, and keeps it in the exact tier', () => {
    const concept = compoundConcept('registratiedruk', 'registratiedruk', [
      ['registratie', 'registratie'],
      ['druk', 'druk'],
    ]);
    expect(concept.exact).toBe("('registratiedruk' | ('registratie' <-> 'druk'))");
    // The part is a tier of its own, below the word inside a compound or misspelt.
    expect(concept.related).toBeNull();
    expect(concept.parts).toBe("'registratie'");
    // Every idea with the phrase holds `registratie`: the OR matches the same ideas without reading `druk`.
    expect(concept.literal).toBe("('registratiedruk' | 'registratie')");
    const { params } = searchQuery({
      plan: { concepts: [concept], exclude: null, boost: null },
      filters: noFilters,
      limit: 20,
      offset: 0,
      audience: 'public',
    });
    expect(params).toContain("('registratiedruk' | 'registratie')");
    // Ties are ranked, and snippets marked, by the tiers as written: the phrase stays there.
    expect(params).toContain("(('registratiedruk' | ('registratie' <-> 'druk')) | 'registratie')");
  });
});

describe('which words matched', () => {
  it('counts a concept by its tier, not by weight order: a compound part is never the word', () => {
    // Every tier weighs differently, so a weight names its tier.
    expect(new Set(Object.values(TIER_WEIGHTS)).size).toBe(Object.keys(TIER_WEIGHTS).length);
    for (const [tier, weight] of Object.entries(TIER_WEIGHTS))
      expect(isLiteralWeight(weight), tier).toBe(tier === 'exact' || tier === 'related');
    const concept = {
      label: 'thuiswerken',
      exact: "'thuiswerk'",
      related: null,
      parts: "'thuis' | 'werk'",
      literal: "'thuiswerk'",
      synonyms: null,
      broader: null,
      synonymConcepts: [],
      broaderConcepts: [],
      themes: [],
      branches: [],
      required: false,
    };
    const { text } = searchQuery({
      plan: { concepts: [concept], exclude: null, boost: null },
      filters: noFilters,
      limit: 20,
      offset: 0,
      audience: 'public',
    });
    // Was `c0 >= 0.7`: the parts tier (0.69) counted as soon as it were tuned up by a hundredth.
    expect(text).toContain('c0 IN (1::float8, 0.7::float8)');
    expect(text).not.toMatch(/c0 >= /);
  });
});

describe('search SQL', () => {
  it('passes every value as a parameter', () => {
    const evil = "x'); DROP TABLE ideas; --";
    const evilPlan: SearchPlan = {
      concepts: [
        {
          label: 'a',
          exact: "'a':*",
          related: null,
          parts: null,
          literal: "'a':*",
          synonyms: null,
          broader: null,
          synonymConcepts: [],
          broaderConcepts: [],
          themes: [evil],
          branches: [evil],
          required: false,
        },
      ],
      exclude: null,
      boost: null,
    };
    const { text, params } = searchQuery({
      plan: evilPlan,
      filters: { ...noFilters, branche: [evil], thema: [evil] },
      limit: 20,
      offset: 40,
      audience: 'public',
    });
    expect(text).not.toContain('DROP');
    expect(params).toContain("'a':*");
    expect(params).toContainEqual([evil]);
    expect(params).toContain(20);
    expect(params).toContain(40);
    expect(expansionQuery([evil]).text).not.toContain('DROP');
  });

  it('asks the swapped forms of the words of five or six letters only, folded, each once', () => {
    const query = expansionQuery(
      ['Zogren', 'agenda', 'zorg', 'roosetr', 'de'],
      [true, true, true, true, false],
    );
    expect(query.params[2]).toEqual([
      'ozgren',
      'zgoren',
      'zorgen',
      'zogern',
      'zogrne',
      'gaenda',
      'aegnda',
      'agneda',
      'agedna',
      'agenad',
    ]);
    expect(swappedForms('zorg')).toEqual([]);
    expect(swappedForms('rooster')).toEqual([]);
    expect(swappedForms('hallo')).toEqual(['ahllo', 'hlalo', 'halol']);
  });

  it('folds each word once behind a fence only when asked (PGlite), with the same parameters', () => {
    const plain = expansionQuery(['agresie', 'de'], [true, false], ['team']);
    const fenced = expansionQuery(['agresie', 'de'], [true, false], ['team'], { foldOnce: true });
    expect(plain.text).not.toContain('MATERIALIZED');
    expect(fenced.text).toContain('k AS MATERIALIZED (');
    expect(fenced.text.replace('MATERIALIZED ', '')).toBe(plain.text);
    expect(fenced.params).toEqual(plain.params);
  });

  it('hides hidden ideas and reads the k-anonymous columns for the public, not for curators', () => {
    const base = { plan: null, filters: noFilters, limit: 20, offset: 0 } as const;
    const pub = searchQuery({ ...base, audience: 'public' }).text;
    const cur = searchQuery({ ...base, audience: 'curator' }).text;
    expect(pub).toContain('NOT i.hidden');
    expect(pub).toContain('public_profession');
    expect(cur).not.toContain('NOT i.hidden');
    expect(cur).not.toContain('public_profession');
  });

  it('drops matches failing two filters only when two or more filters are active', () => {
    const one = searchQuery({
      plan: null,
      filters: { ...noFilters, soort: ['wens'] },
      limit: 1,
      offset: 0,
      audience: 'public',
    });
    const two = searchQuery({
      plan: null,
      filters: { ...noFilters, soort: ['wens'], beroep: ['x'] },
      limit: 1,
      offset: 0,
      audience: 'public',
    });
    expect(one.text).not.toContain('s.misses & (s.misses - 1) = 0');
    expect(two.text).toContain('s.misses & (s.misses - 1) = 0');
  });
});

describe('search SQL: bounded work per query', () => {
  const concept = (word: string) => ({
    label: word,
    exact: `'${word}'`,
    related: null,
    parts: null,
    literal: `'${word}'`,
    synonyms: `'${word}syn'`,
    broader: null,
    synonymConcepts: [],
    broaderConcepts: [],
    themes: [],
    branches: [],
    required: false,
  });
  const plan = (...words: string[]): SearchPlan => ({
    concepts: words.map(concept),
    exclude: null,
    boost: null,
  });
  const sql = (p: SearchPlan, filters = noFilters) =>
    searchQuery({ plan: p, filters, limit: 20, offset: 0, audience: 'public' });

  it('fetches ideas holding every concept first when the query has two or more', () => {
    const two = sql(plan('planning', 'team'));
    expect(two.params).toContain("'planning' & 'team'");
    expect(two.text.indexOf('AND NOT (i.search_vector @@ $')).toBeGreaterThan(-1);
    expect(sql(plan('planning')).params.some((p) => typeof p === 'string' && p.includes(' & '))).toBe(false);
  });

  it('reads the candidates of a phrase with its stop words in place by its posting, the text as a recheck', () => {
    const geenTijd = {
      ...concept('tijd'),
      label: 'geen tijd',
      pattern: '\\mgeen[^[:alnum:]]+tijd[[:alnum:]]*',
      posting: -3,
    };
    const withPosting = sql({ concepts: [geenTijd, concept('pauze')], exclude: null, boost: null });
    const n = withPosting.params.findIndex((p) => Array.isArray(p) && p[0] === -3) + 1;
    expect(n).toBeGreaterThan(0);
    // Every test of the phrase's words (all words, some words, the NOT tests) starts with its posting,
    // and its words are tested so that no index serves them: the posting alone reads the index.
    const writes = new RegExp(
      String.raw`i\.concepts && \$${n}::int\[\] AND coalesce\(i\.search_vector, ''::tsvector\) @@ \$\d+::tsquery AND lower\(werkbalans_unaccent\(i\.text\)\) ~`,
      'g',
    );
    expect(withPosting.text.match(writes)?.length).toBeGreaterThanOrEqual(3);
    expect(withPosting.text).not.toMatch(
      /\(i\.search_vector @@ \$\d+::tsquery AND lower\(werkbalans_unaccent/,
    );
    expect(withPosting.text).toMatch(
      /WHERE NOT i\.hidden AND coalesce\(i\.search_vector, ''::tsvector\) @@ \$\d+::tsquery AND \(i\.concepts && /,
    );
    // Its exact tier reads what the branch that found the candidate says, never the text again.
    expect(withPosting.text).toMatch(/WHEN i\.p0 THEN/);
    expect(withPosting.text).toContain(', true AS p0 FROM ideas i');
    expect(withPosting.text).toContain(', false AS p0 FROM ideas i');
    expect(withPosting.text).not.toContain('FROM ideas x WHERE x.id = i.id');
    // Without a posting (another thesaurus) the text test alone, as before.
    const { posting: _, ...without } = geenTijd;
    const plain = sql({ concepts: [without, concept('pauze')], exclude: null, boost: null });
    expect(plain.text).not.toContain('i.concepts && $');
    expect(plain.text).toMatch(
      /\(i\.search_vector @@ \$\d+::tsquery AND lower\(werkbalans_unaccent\(i\.text\)\) ~/,
    );
    // Queries without such a phrase carry no flags.
    expect(sql(plan('planning', 'team')).text).not.toContain(' AS p0');
  });

  it('does not fetch candidates that fail two filters when a text query has two or more filters', () => {
    const two = sql(plan('planning'), { ...noFilters, soort: ['wens'], provincie: ['Utrecht'] });
    expect(two.text).toMatch(
      /\(\(i\.kind = ANY\(\$\d+::text\[\]\)\)::int \+ \(i\.public_province = ANY\(\$\d+::text\[\]\)\)::int\) >= 1/,
    );
    const one = sql(plan('planning'), { ...noFilters, soort: ['wens'] });
    expect(one.text).not.toContain('::int) >=');
  });

  it('reads common synonyms from the head of the table first, the rest through the index', () => {
    const withHead = sql({ ...plan('planning'), synonymHead: 12 });
    expect(withHead.params).toContain('(12,0)');
    expect(withHead.text).toMatch(/WHERE NOT i\.hidden AND i\.ctid < \$\d+::tid AND \(/);
    // Written so that the planner cannot turn it into a range scan of the rest of the table.
    expect(withHead.text).toMatch(/\(i\.ctid < \$\d+::tid\) IS NOT TRUE AND \(/);
    expect(sql(plan('planning')).text).not.toContain('ctid');
    // In the head no index can serve the synonym test, so that a generic plan reads the head in order
    // (a bitmap of the concept index holds every idea of the group before its first row); the rest
    // keeps the indexable test.
    const branch = (text: string, marker: string) => text.split('\n').find((line) => line.includes(marker));
    expect(branch(withHead.text, 'i.ctid < $')).toMatch(
      /AND \(coalesce\(i\.search_vector, ''::tsvector\) @@ \$\d+::tsquery\) AND NOT/,
    );
    expect(branch(withHead.text, 'IS NOT TRUE')).toMatch(
      /IS NOT TRUE AND \(i\.search_vector @@ \$\d+::tsquery\) AND NOT/,
    );
    // The same for synonyms matched by the ideas' stored concepts.
    const byConcepts = sql({
      ...plan('planning'),
      concepts: plan('planning').concepts.map((c) => ({ ...c, synonymConcepts: [3] })),
      synonymHead: 12,
    });
    expect(branch(byConcepts.text, 'i.ctid < $')).toMatch(
      /AND \(coalesce\(i\.concepts, '\{\}'::int\[\]\) && \$\d+::int\[\]\) AND NOT/,
    );
    expect(branch(byConcepts.text, 'IS NOT TRUE')).toMatch(
      /IS NOT TRUE AND \(i\.concepts && \$\d+::int\[\]\) AND NOT/,
    );
  });

  it('reads the ideas holding common words from the head of the table first, the rest through the index', () => {
    const branch = (text: string, marker: string) => text.split('\n').filter((line) => line.includes(marker));
    for (const words of [plan('planning'), plan('planning', 'team')]) {
      const withHead = sql({ ...words, literalHead: 7 });
      expect(withHead.params).toContain('(7,0)');
      const [head, ...moreHeads] = branch(withHead.text, 'i.ctid < $').filter(
        (line) => !line.includes('IS NOT TRUE'),
      );
      expect(moreHeads).toEqual([]);
      // No index can serve the head's test; the rest keeps the indexable one.
      expect(head).toMatch(/AND coalesce\(i\.search_vector, ''::tsvector\) @@ \$\d+::tsquery/);
      expect(branch(withHead.text, 'IS NOT TRUE')[0]).toMatch(
        /IS NOT TRUE AND i\.search_vector @@ \$\d+::tsquery/,
      );
      expect(sql(words).text).not.toContain('ctid');
    }
    // With two words the ideas holding both come first, from the index, and neither part takes them again.
    const two = sql({ ...plan('planning', 'team'), literalHead: 7 }).text;
    expect(two.indexOf('LIMIT 500)')).toBeLessThan(two.indexOf('i.ctid < $'));
    expect(
      branch(two, 'ctid').every((line) => /AND NOT \(i\.search_vector @@ \$\d+::tsquery\)/.test(line)),
    ).toBe(true);
  });

  it('sizes the head to fill the cap twice at the synonyms’ share, or reads the index alone', () => {
    // 10 ideas per page, a third of them holding a synonym: 300 pages give 1 000 candidates.
    expect(headPages(1 / 3, 10_000, 100_000)).toBe(300);
    expect(headPages(0.25, 10_000, 100_000)).toBe(400);
    // A rare share, more than half the table, an unknown share or an empty table: the index alone.
    expect(headPages(0.05, 10_000, 100_000)).toBe(0);
    expect(headPages(0.25, 700, 7_000)).toBe(0);
    expect(headPages(0, 10_000, 100_000)).toBe(0);
    expect(headPages(0.5, 0, 0)).toBe(0);
    expect(
      anyConceptShare(
        [1, 2],
        new Map([
          [1, 0.5],
          [2, 0.5],
        ]),
      ),
    ).toBeCloseTo(0.75);
    expect(anyConceptShare([3], new Map([[1, 0.5]]))).toBe(0);
  });

  it('reads the ideas found by their themes or branch alone from the head first, when asked', () => {
    const themed = {
      ...plan('wachtlijst'),
      concepts: plan('wachtlijst').concepts.map((c) => ({
        ...c,
        themes: ['Werkdruk en roosters'],
        branches: ['VVT'],
      })),
    };
    const branch = (text: string, marker: string) => text.split('\n').find((line) => line.includes(marker));
    const withHead = sql({ ...themed, metadataHead: 9 });
    expect(withHead.params).toContain('(9,0)');
    expect(branch(withHead.text, 'i.ctid < $')).toMatch(
      /AND \(coalesce\(i\.public_themes, '\{\}'::text\[\]\) && \$\d+::text\[\] OR coalesce\(i\.public_branch, ''\) = ANY\(\$\d+::text\[\]\)\) AND NOT/,
    );
    expect(branch(withHead.text, 'IS NOT TRUE')).toMatch(
      /IS NOT TRUE AND \(i\.public_themes && \$\d+::text\[\] OR i\.public_branch = ANY\(\$\d+::text\[\]\)\) AND NOT/,
    );
    expect(sql(themed).text).not.toContain('ctid');
    // No themes or branch named: nothing to read.
    expect(sql({ ...plan('wachtlijst'), metadataHead: 9 }).text).not.toContain('ctid');
    expect(
      anyLabelShare(
        ['Werkdruk en roosters', 'VVT', 'Onbekend'],
        new Map([
          ['Werkdruk en roosters', 0.2],
          ['VVT', 0.5],
        ]),
      ),
    ).toBeCloseTo(0.6);
  });

  it('estimates the share of ideas holding some of the words from the common lexemes', () => {
    const shares = new Map([
      ['client', 0.3],
      ['zorg', 0.5],
      ['zorgverlener', 0.1],
      ["it's", 0.2],
    ]);
    // Alternatives independent of each other; a lexeme the statistics do not hold is rare.
    expect(anyLexemeShare("'client' | ('zorg' | 'koffie')", shares)).toBeCloseTo(1 - 0.7 * 0.5);
    // A prefix counts every common lexeme it begins; a quote inside a lexeme is doubled.
    expect(anyLexemeShare("'zorg':*", shares)).toBeCloseTo(0.6);
    expect(anyLexemeShare("'it''s'", shares)).toBeCloseTo(0.2);
    expect(anyLexemeShare("'koffie'", shares)).toBe(0);
    // Words that must all hold no more often than the rarest of them; a phrase's words as independent.
    expect(anyLexemeShare("'client' <-> 'zorg'", shares)).toBeCloseTo(0.3 * 0.5);
    expect(anyLexemeShare("'client' <1> 'zorg' <2> 'it''s'", shares)).toBeCloseTo(0.3 * 0.5 * 0.2);
    expect(anyLexemeShare("'client' & ('zorg' <-> 'zorgverlener')", shares)).toBeCloseTo(0.5 * 0.1);
    expect(anyLexemeShare("'client' & ('zorg' | 'zorgverlener')", shares)).toBeCloseTo(0.3);
    expect(anyLexemeShare("'zorgverlener' | ('client' & 'zorg')", shares)).toBeCloseTo(1 - 0.9 * 0.7);
    // A lexeme written twice counts once (a compound's parts: `nachtdiensten`, synthetic shares).
    const night = new Map([
      ['nachtdienst', 0.101],
      ['dienst', 0.03],
      ['nachtelijk', 0.014],
      ['avonddienst', 0.018],
    ]);
    expect(
      anyLexemeShare(
        "('nachtdienst' | ('nacht' <-> 'dienst') | (('nacht' | 'nachtdienst' | 'nachtelijk') & ('dienst' | 'avonddienst' | 'nachtdienst')))",
        night,
      ),
    ).toBeCloseTo(1 - 0.899 * 0.97 * 0.986 * 0.982);
    expect(anyLexemeShare("'zorg' | 'zorg'", shares)).toBeCloseTo(0.5);
    // Words beside a negated part: the negation bounds nothing; what does not parse: alternatives only.
    expect(anyLexemeShare("'client' & !'zorg'", shares)).toBeCloseTo(0.3);
    expect(anyLexemeShare("('client' & 'zorg'", shares)).toBeCloseTo(1 - 0.7 * 0.5);
  });

  it('counts the facets of a text query in one pass with GROUPING SETS unless asked otherwise', () => {
    expect(sql(plan('planning')).text).toContain('GROUP BY GROUPING SETS');
    const perFacet = searchQuery({
      plan: plan('planning'),
      filters: noFilters,
      limit: 20,
      offset: 0,
      audience: 'public',
      facetStrategy: 'per-facet',
    });
    expect(perFacet.text).not.toContain('GROUPING SETS');
  });

  it('computes the finer rank only for ideas tied with another at or above the page end', () => {
    const { text } = sql(plan('planning'));
    expect(text).toContain('count(*) OVER (PARTITION BY t.coverage, t.weight) AS ties FROM top t');
    expect(text).toMatch(
      /CASE WHEN \(t\.coverage, t\.weight\) < \(c\.coverage, c\.weight\) THEN -1\s+WHEN t\.ties > 1 THEN ts_rank_cd\(/,
    );
  });

  it('ranks within a fixed window whatever the page, and orders every match before paging', () => {
    const { text } = sql(plan('planning'));
    expect(text).toContain(`LIMIT ${RANK_WINDOW}\n)`);
    expect(text).not.toContain('greatest(');
    // The ideas after the window: every candidate after its last idea, ranked -1.
    expect(text).toContain('SELECT s.id, s.coverage, s.weight, -1, 0 FROM scored s, last l');
    expect(text).toContain('ORDER BY p.coverage DESC, p.weight DESC, p.rank DESC, p.near DESC, p.id');
  });

  it('orders ties by the near synonyms the idea holds (one test per concept with some), then by id', () => {
    const nearPlan = plan('planning');
    const withNear = { ...nearPlan, concepts: nearPlan.concepts.map((c) => ({ ...c, near: "'rooster'" })) };
    const { text, params } = sql(withNear);
    expect(text).toMatch(
      /WHEN t\.ties > 1 THEN \(SELECT \(x\.search_vector @@ \$\d+::tsquery\)::int FROM ideas x/,
    );
    expect(params).toContain("'rooster'");
    // Without near synonyms no lookup: every tie counts 0.
    expect(sql(nearPlan).text).not.toContain('(x.search_vector @@');
  });

  it('joins no two sets of candidates (the planner takes each for a row or two)', () => {
    const { text } = sql(plan('planning team'));
    expect(text).not.toMatch(/JOIN (near|scored|top|ranked)\b/);
  });
});

describe('facet counts', () => {
  it('counts for each facet the matches that fail no filter or only its own', () => {
    // bits: thema 1, soort 2, branche 4, provincie 8, beroep 16
    const counts = facetCounts([
      ['soort', 'wens', 0, 3],
      ['soort', 'wens', 2, 4],
      ['soort', 'kans', 2, 1],
      ['soort', 'kans', 4, 9],
      ['branche', 'Jeugdzorg', 0, 3],
      ['branche', 'Kinderopvang', 4, 2],
      ['branche', null, 4, 5],
      ['thema', 'Samenwerking', 1, 2],
    ]);
    expect(counts.soort).toEqual({ wens: 7, kans: 1 });
    expect(counts.branche).toEqual({ Jeugdzorg: 3, Kinderopvang: 2 });
    expect(counts.thema).toEqual({ Samenwerking: 2 });
    expect(Object.keys(counts)).toEqual(['thema', 'soort', 'branche', 'provincie', 'beroep']);
  });

  it('orders values by count, then alphabetically', () => {
    const counts = facetCounts([
      ['soort', 'wens', 0, 2],
      ['soort', 'kans', 0, 2],
      ['soort', 'voorstel', 0, 5],
    ]);
    expect(Object.keys(counts.soort)).toEqual(['voorstel', 'kans', 'wens']);
  });
});
