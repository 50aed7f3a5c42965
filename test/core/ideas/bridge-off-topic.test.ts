import { describe, expect, it } from 'vitest';
import { BRIDGE } from '../../../src/core/contract/bridge-config.js';
import { tokenize } from '../../../src/core/ideas/analyzer/analyzer.js';
import { analyseIdea, bridgeAnalyzer, conceptMatcher } from '../../../src/core/ideas/bridge-relevance.js';

// Review 1 finding 5: the thesaurus groups and widened terms listed ideas off the component's CBS
// indicator. Each case carries the component's own theme where that is what made it match, so the
// exclusion alone decides it; the on-topic twin shows the exclusion did not cost the component its sense.
function relevant(component: string, text: string, themes: string[]): boolean {
  const concept = BRIDGE.concepts[component as keyof typeof BRIDGE.concepts];
  if (!concept) throw new Error(component);
  const analyzer = bridgeAnalyzer(new Set(tokenize(text)), Object.values(BRIDGE.concepts));
  return conceptMatcher(concept).relevance({ text, themes }, analyseIdea(text, analyzer)) !== null;
}

describe('the bridge leaves off-topic wording out', () => {
  it('reads "te zeggen" as a say over the work only in "te zeggen hebben/krijgen"', () => {
    const theme = ['Leiderschap en steun'];
    expect(
      relevant('invloed_inhoud', 'In ons team wordt gepest en niemand durft er iets van te zeggen.', theme),
    ).toBe(false);
    expect(relevant('invloed_inhoud', 'Wij hebben niets te zeggen over het nieuwe werkrooster.', theme)).toBe(
      true,
    );
  });

  it('does not list a manager who intimidates, or a threatening fire, under aggression by clients', () => {
    const theme = ['Veiligheid en agressie'];
    expect(
      relevant(
        'agressie_extern',
        'Mijn leidinggevende intimideert me en dreigt met een slechte beoordeling.',
        theme,
      ),
    ).toBe(false);
    expect(relevant('agressie_extern', 'De oude kachel is gevaarlijk; er dreigt brand.', theme)).toBe(false);
    expect(relevant('agressie_extern', 'Een cliënt dreigde mij te slaan.', theme)).toBe(true);
  });

  it('does not read flu, volunteers or clients in a hurry as workload', () => {
    const theme = ['Werkdruk en roosters'];
    expect(
      relevant('werkdruk', 'Het ziekteverzuim is hoog door de griep; bied een griepprik aan.', theme),
    ).toBe(false);
    expect(relevant('werkdruk', 'Het verzuim door rugklachten is hoog; koop betere tilliften.', theme)).toBe(
      false,
    );
    expect(relevant('werkdruk', 'Start een campagne voor de werving van vrijwilligers.', theme)).toBe(false);
    expect(
      relevant('werkdruk', 'Cliënten hebben haast en ergeren zich aan de drukte in de wachtkamer.', [
        'Samenwerking',
      ]),
    ).toBe(false);
    expect(relevant('werkdruk', 'Door het personeelstekort hebben we nooit pauze.', ['Samenwerking'])).toBe(
      true,
    );
  });

  it('does not read client data kept safe as registration time (gegevens)', () => {
    const theme = ['Technologie en hulpmiddelen'];
    expect(
      relevant(
        'tijd_registratie',
        'De beveiliging van onze laptops moet beter, want er staan cliëntgegevens op.',
        theme,
      ),
    ).toBe(false);
    expect(relevant('tijd_registratie', 'Deel persoonsgegevens nooit via de groepsapp.', theme)).toBe(false);
    // Entering the same data again is registration: the verb, or the data written twice, says so.
    expect(
      relevant('tijd_registratie', 'Ik vul dezelfde gegevens in voor de gemeente en het ECD.', theme),
    ).toBe(true);
    expect(
      relevant('tijd_registratie', 'Twee systemen voor dezelfde cliënt, met andere gegevens.', theme),
    ).toBe(true);
  });

  it('does not read every kind of writing as reporting time', () => {
    const theme = ['Technologie en hulpmiddelen'];
    expect(relevant('tijd_verslaglegging', 'Bewoners willen zelf schrijven in hun dagboek.', theme)).toBe(
      false,
    );
    expect(
      relevant('tijd_verslaglegging', 'Laat ons de rapportage inspreken in plaats van typen.', theme),
    ).toBe(true);
  });

  // Audit 7 finding 6: the block's note sends pay wishes to arbeidsvoorwaarden, and listed two of them.
  it('does not list a pay wish under loopbaanperspectief, even one about experience', () => {
    const both = ['Waardering en arbeidsvoorwaarden', 'Ontwikkeling en loopbaan'];
    expect(
      relevant(
        'loopbaanperspectief',
        'Ik wil dat mijn ervaring meetelt in mijn salaris, ook als ik geen hbo-diploma haal.',
        both,
      ),
    ).toBe(false);
    expect(
      relevant(
        'loopbaanperspectief',
        'Ik werk al twaalf jaar op dezelfde woning en verdien nauwelijks meer dan een nieuwe collega. Wat is ervaring hier waard?',
        ['Waardering en arbeidsvoorwaarden'],
      ),
    ).toBe(false);
    // A pay word inside a compound (loonschaal) makes the sentence one about pay too.
    expect(relevant('loopbaanperspectief', 'Bij een promotie hoort ook een hogere loonschaal.', both)).toBe(
      false,
    );
    expect(
      relevant(
        'loopbaanperspectief',
        'Ik wil dat mijn ervaring meetelt als ik solliciteer op een seniorfunctie.',
        ['Ontwikkeling en loopbaan'],
      ),
    ).toBe(true);
    // `verdient` as often means "deserves": not a pay word (review 2 of session 25).
    expect(
      relevant(
        'loopbaanperspectief',
        'Wie tien jaar ervaring heeft, verdient een kans om door te groeien naar een seniorfunctie.',
        ['Ontwikkeling en loopbaan'],
      ),
    ).toBe(true);
  });

  // Session 26: the workload words of how workers tell a day (pace, breath, no moment, work left,
  // covering for the sick, alone on a shift, interruptions). Work that "blijft liggen" is the manager's
  // problems in idee-0166 (support, not workload), and "dan komen we weer toe aan echte zorg" says what
  // a proposal would bring, not that there is no time: neither is a term.
  it('reads how workers tell a busy day as workload, not problems left lying or care to come', () => {
    const theme = ['Werkdruk en roosters'];
    expect(
      relevant(
        'werkdruk',
        'Onze leidinggevende heeft geen tijd voor het team. Problemen blijven liggen tot het misgaat.',
        ['Leiderschap en steun'],
      ),
    ).toBe(false);
    expect(
      relevant(
        'werkdruk',
        'Sinds de reorganisatie is er geen tijd voor scholing. Dan komen we weer toe aan echte zorg.',
        ['Ontwikkeling en loopbaan'],
      ),
    ).toBe(false);
    expect(
      relevant('werkdruk', 'We hollen en vliegen, en aan de bewoners zelf komen we niet toe.', theme),
    ).toBe(true);
    expect(
      relevant('werkdruk', 'In het weekend sta ik in mijn eentje op de woning met negen cliënten.', []),
    ).toBe(true);
    expect(relevant('werkdruk', 'Bij het uitzetten van medicatie word ik steeds onderbroken.', theme)).toBe(
      true,
    );
    expect(
      relevant('werkdruk', 'Voor een zieke collega invallen is hier elke week aan de orde.', theme),
    ).toBe(true);
  });
});
