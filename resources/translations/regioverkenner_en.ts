<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>Application</name>
    <message>
        <source>De regio&apos;s in %1 kunnen niet worden geladen:
%2</source>
        <translation>The regions in %1 cannot be loaded:
%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--year en --include-ended gaan niet samen: met een peiljaar tellen de verbanden die er toen waren</source>
        <translation>--year and --include-ended do not go together: with a reference year, the partnerships that existed at that time are counted</translation>
    </message>
</context>
<context>
    <name>MapColouring</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 gemeenten</source>
        <translation>%1 municipalities</translation>
    </message>
    <message>
        <source>%1 %2 · buren hebben verschillende kleuren</source>
        <translation>%1 %2 · neighbours have different colours</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Toets&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Wat&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Key&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;What&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>register: %1</source>
        <translation>register: %1</translation>
    </message>
    <message>
        <source>zonder titel</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>Aantal samenwerkingsverbanden per gemeente</source>
        <translation>Number of partnerships per municipality</translation>
    </message>
    <message>
        <source>geen verband</source>
        <translation>no partnership</translation>
    </message>
    <message>
        <source> verbanden</source>
        <translation> partnerships</translation>
    </message>
    <message>
        <source>Incl. landelijke en beëindigde</source>
        <translation>Incl. national and ended</translation>
    </message>
    <message>
        <source>Incl. landelijke, excl. beëindigde</source>
        <translation>Incl. national, excl. ended</translation>
    </message>
    <message>
        <source>Dekking van de driehoek economie–onderwijs–arbeidsmarkt</source>
        <translation>Coverage of the economy–education–labour market triangle</translation>
    </message>
    <message>
        <source>geen hoek gedekt</source>
        <translation>no corner covered</translation>
    </message>
    <message>
        <source>1 hoek</source>
        <translation>1 corner</translation>
    </message>
    <message>
        <source>2 hoeken</source>
        <translation>2 corners</translation>
    </message>
    <message>
        <source>3 hoeken, verdeeld over verbanden</source>
        <translation>3 corners, spread over partnerships</translation>
    </message>
    <message>
        <source>3 hoeken, één verband integraal</source>
        <translation>3 corners, one integral partnership</translation>
    </message>
    <message>
        <source>Regionale verbanden (landelijke niet meegeteld)</source>
        <translation>Regional partnerships (national ones not counted)</translation>
    </message>
    <message>
        <source>Incl. landelijke verbanden</source>
        <translation>Incl. national partnerships</translation>
    </message>
    <message>
        <source>%1 per gemeente</source>
        <translation>%1 per municipality</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2 of meer: overlap</source>
        <translation>2 or more: overlap</translation>
    </message>
    <message>
        <source>Excl. landelijke en beëindigde</source>
        <translation>Excl. national and ended</translation>
    </message>
    <message>
        <source>gebied van het verband</source>
        <translation>area of the partnership</translation>
    </message>
    <message>
        <source>Gekozen verbanden: vink verbanden aan in de lijst</source>
        <translation>Chosen partnerships: tick partnerships in the list</translation>
    </message>
    <message>
        <source>%1 gekozen verbanden</source>
        <translation>%1 chosen partnerships</translation>
    </message>
    <message>
        <source>gebied van één gekozen verband</source>
        <translation>area of one chosen partnership</translation>
    </message>
    <message>
        <source>2 of meer gekozen verbanden: overlap</source>
        <translation>2 or more chosen partnerships: overlap</translation>
    </message>
    <message>
        <source>geen van de gekozen verbanden</source>
        <translation>none of the chosen partnerships</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;LQ in %1: %2&lt;br&gt;Inbedding: %3 (drempel %4)&lt;br&gt;SWOT: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;br&gt;LQ in %1: %2&lt;br&gt;Embeddedness: %3 (threshold %4)&lt;br&gt;SWOT: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — peiljaar %1</source>
        <translation> — reference year %1</translation>
    </message>
    <message>
        <source>Betrouwbaarheid %1</source>
        <translation>Confidence %1</translation>
    </message>
    <message>
        <source>stand %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>excl. beëindigde</source>
        <translation>excl. ended</translation>
    </message>
    <message>
        <source>Incl. landelijke; %1</source>
        <translation>Incl. national; %1</translation>
    </message>
    <message>
        <source>; vestigingsplaatsen tellen niet</source>
        <translation>; sites do not count</translation>
    </message>
    <message>
        <source>Excl. landelijke; %1</source>
        <translation>Excl. national; %1</translation>
    </message>
    <message>
        <source>Democratische verantwoording</source>
        <translation>Democratic accountability</translation>
    </message>
    <message>
        <source>geen samenwerkingsverband</source>
        <translation>no partnership</translation>
    </message>
    <message>
        <source>%1 onder een gekozen raad, %2 niet, %3 onbekend (van %4 verband)</source>
        <translation>%1 under an elected council, %2 not, %3 unknown (of %4 partnership)</translation>
    </message>
    <message>
        <source>%1 onder een gekozen raad, %2 niet, %3 onbekend (van %4 verbanden)</source>
        <translation>%1 under an elected council, %2 not, %3 unknown (of %4 partnerships)</translation>
    </message>
    <message>
        <source>alle bekende verbanden onder een gekozen raad</source>
        <translation>all known partnerships under an elected council</translation>
    </message>
    <message>
        <source>deels onder een gekozen raad, deels niet</source>
        <translation>partly under an elected council, partly not</translation>
    </message>
    <message>
        <source>geen van de bekende verbanden onder een gekozen raad</source>
        <translation>none of the known partnerships under an elected council</translation>
    </message>
    <message>
        <source>toezicht van alle verbanden onbekend</source>
        <translation>oversight of all partnerships unknown</translation>
    </message>
    <message>
        <source>Gekozen raad: gemeenteraden of Provinciale Staten; onbekend telt niet in de kleur</source>
        <translation>Elected council: municipal councils or Provincial Council; unknown does not count in the colour</translation>
    </message>
    <message>
        <source>vestigingsplaatsen van het verband (geen werkgebied)</source>
        <translation>sites of the partnership (no area of operation)</translation>
    </message>
    <message>
        <source> — niet op de kaart: %1</source>
        <translation> — not on the map: %1</translation>
    </message>
    <message>
        <source>Bron: %1; betrouwbaarheid %2</source>
        <translation>Source: %1; confidence %2</translation>
    </message>
</context>
<context>
    <name>regio::agenda</name>
    <message>
        <source>overheid (triple helix)</source>
        <translation>government (triple helix)</translation>
    </message>
    <message>
        <source>bedrijfsleven (triple helix)</source>
        <translation>business (triple helix)</translation>
    </message>
    <message>
        <source>kennisinstellingen (triple helix)</source>
        <translation>knowledge institutions (triple helix)</translation>
    </message>
    <message>
        <source>onderwijsinstellingen (kennisintensieve sector: opgeleide mensen)</source>
        <translation>educational institutions (knowledge-intensive sector: skilled people)</translation>
    </message>
    <message>
        <source>onderwijsinstellingen (het aanbod)</source>
        <translation>educational institutions (the supply)</translation>
    </message>
    <message>
        <source>bedrijfsleven (de vraag)</source>
        <translation>business (the demand)</translation>
    </message>
    <message>
        <source>gemeenten (werk en inkomen)</source>
        <translation>municipalities (work and income)</translation>
    </message>
    <message>
        <source>UWV (werkzoekenden, arbeidsmarktinformatie)</source>
        <translation>UWV (jobseekers, labour market information)</translation>
    </message>
    <message>
        <source>werkgeversorganisaties (sociale partners)</source>
        <translation>employers&apos; organisations (social partners)</translation>
    </message>
    <message>
        <source>werknemersorganisaties (sociale partners)</source>
        <translation>trade unions (social partners)</translation>
    </message>
    <message>
        <source>past</source>
        <translation>fits</translation>
    </message>
    <message>
        <source>te klein / deels</source>
        <translation>too small / partial</translation>
    </message>
    <message>
        <source>veel groter</source>
        <translation>much larger</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Bron: onbekend</source>
        <translation>Source: unknown</translation>
    </message>
    <message>
        <source>Verwantschap: nabijheid φ (Hidalgo e.a. 2007) uit de specialisaties (LQ &gt; 1) van de COROP-gebieden in %1, zelfde tabel</source>
        <translation>Relatedness: proximity φ (Hidalgo et al. 2007) from the specialisations (LQ &gt; 1) of the COROP regions in %1, same table</translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden: %1</source>
        <translation>Partnerships: %1</translation>
    </message>
    <message>
        <source>onbekend gebied &apos;%1&apos;</source>
        <translation>unknown area &apos;%1&apos;</translation>
    </message>
    <message>
        <source>gebied &apos;%1&apos; heeft geen economische gegevens</source>
        <translation>area &apos;%1&apos; has no economic data</translation>
    </message>
    <message>
        <source>onbekend samenwerkingsverband &apos;%1&apos;</source>
        <translation>unknown partnership &apos;%1&apos;</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>1 gemeente</source>
        <translation>1 municipality</translation>
    </message>
    <message>
        <source>%1 gemeenten</source>
        <translation>%1 municipalities</translation>
    </message>
    <message>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <source>%1 (dichtheid %2)</source>
        <translation>%1 (density %2)</translation>
    </message>
    <message>
        <source>Sterk in %1; geen samenwerkingsverband op economie dat heel %2 dekt</source>
        <translation>Strong in %1; no partnership on the economy that covers all of %2</translation>
    </message>
    <message>
        <source>Sterk in %1; geen samenwerkingsverband met onderwijsinstellingen dat heel %2 dekt</source>
        <translation>Strong in %1; no partnership with educational institutions that covers all of %2</translation>
    </message>
    <message>
        <source>Kansen in %1 (mediaan %2); geen samenwerkingsverband op economie dat heel %3 dekt</source>
        <translation>Opportunities in %1 (median %2); no partnership on the economy that covers all of %3</translation>
    </message>
    <message>
        <source>%1 (LQ %2) groeide %3–%4 minder dan landelijk: %5 tegen %6 in Nederland</source>
        <translation>%1 (LQ %2) grew less than nationally in %3–%4: %5 against %6 in the Netherlands</translation>
    </message>
    <message>
        <source>Bij %1 (%2) ontbreken aan tafel</source>
        <translation>At %1 (%2) missing at the table</translation>
    </message>
    <message>
        <source>; voor %1 ook %2</source>
        <translation>; for %1 also %2</translation>
    </message>
    <message>
        <source>%1 voor %2: %3</source>
        <translation>%1 for %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2 van %3 gemeenten)</source>
        <translation>%1 (%2 of %3 municipalities)</translation>
    </message>
    <message>
        <source>Geen samenwerkingsverband op %1 in %2</source>
        <translation>No partnership on %1 in %2</translation>
    </message>
    <message>
        <source>Op %1 dekt geen samenwerkingsverband heel %2: %3</source>
        <translation>On %1 no partnership covers all of %2: %3</translation>
    </message>
    <message>
        <source>Op %1 dekken alleen verbanden die veel groter zijn dan %2 (%3) het hele gebied: %4</source>
        <translation>On %1 only partnerships much larger than %2 (%3) cover the whole area: %4</translation>
    </message>
    <message>
        <source>samenwerkingsverband &apos;%1&apos; ligt niet in een bekende Nederlandse gemeente (%2): geen agenda mogelijk</source>
        <translation>partnership &apos;%1&apos; does not lie in a known Dutch municipality (%2): no agenda possible</translation>
    </message>
</context>
<context>
    <name>regio::agenda::AgendaTable</name>
    <message>
        <source>sterkte</source>
        <translation>strength</translation>
    </message>
    <message>
        <source>bedreiging</source>
        <translation>threat</translation>
    </message>
    <message>
        <source>kans</source>
        <translation>opportunity</translation>
    </message>
    <message>
        <source>Agenda — %1</source>
        <translation>Agenda — %1</translation>
    </message>
    <message>
        <source>Gebied: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <source>Sterkte: LQ &gt; 1; bedreiging: een sterkte die langzamer groeit dan de sector in Nederland; kans: een niet-gespecialiseerde sector met een hoge verwantschapsdichtheid.</source>
        <translation>Strength: LQ &gt; 1; threat: a strength growing more slowly than the sector in the Netherlands; opportunity: a non-specialised sector with a high relatedness density.</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sectie</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Banen %1</source>
        <translation>Jobs %1</translation>
    </message>
    <message>
        <source>Verandering</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Groei</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Groei Nederland</source>
        <translation>Growth Netherlands</translation>
    </message>
    <message>
        <source>LQ %1</source>
        <translation>LQ %1</translation>
    </message>
    <message>
        <source>Dichtheid (0–100)</source>
        <translation>Density (0–100)</translation>
    </message>
    <message>
        <source>Kennisintensief</source>
        <translation>Knowledge-intensive</translation>
    </message>
    <message>
        <source>Verbanden die kunnen handelen</source>
        <translation>Bodies that can act</translation>
    </message>
    <message>
        <source>onbekend: geheim (door CBS onderdrukt) of niet te berekenen, niet 0</source>
        <translation>unknown: confidential (suppressed by CBS) or not computable, not 0</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Lacunes — %1</source>
        <translation>Gaps — %1</translation>
    </message>
    <message>
        <source>Lacune</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Secties</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Verbanden</source>
        <translation>Bodies</translation>
    </message>
</context>
<context>
    <name>regio::cli</name>
    <message>
        <source>--lang moet nl of en zijn, niet &apos;%1&apos;</source>
        <translation>--lang must be nl or en, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Gebruik: regio &lt;opdracht&gt; [opties]

Regioverkenner op de opdrachtregel: regio&apos;s, samenwerkingsverbanden, dekking van de
driehoek economie-onderwijs-arbeidsmarkt en verwantschap tussen sectoren.

Opdrachten:
</source>
        <translation>Usage: regio &lt;command&gt; [options]

Regioverkenner on the command line: regions, partnerships, coverage of the
economy-education-labour market triangle and relatedness between sectors.

Commands:
</translation>
    </message>
    <message>
        <source>Zie &apos;regio %1 --help&apos;.</source>
        <translation>See &apos;regio %1 --help&apos;.</translation>
    </message>
    <message>
        <source>onbekende opdracht &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>kan de standaarduitvoer niet schrijven: </source>
        <translation>cannot write the standard output: </translation>
    </message>
    <message>
        <source>schrijven mislukt</source>
        <translation>writing failed</translation>
    </message>
    <message>
        <source>Toon deze hulp.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Gebruik: regio </source>
        <translation>Usage: regio </translation>
    </message>
    <message>
        <source>[opties]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Opties:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Argumenten:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>onverwacht argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--format moet een van %1 zijn, niet &apos;%2&apos;</source>
        <translation>--format must be one of %1, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Gebied (CBS-code: GM…, PV…, CR…, AM…).</source>
        <translation>Area (CBS code: GM…, PV…, CR…, AM…).</translation>
    </message>
    <message>
        <source>Maak een profiel voor elk gebied van dit niveau: gemeente, provincie, corop of arbeidsmarktregio.</source>
        <translation>Make a profile for every area of this level: gemeente, provincie, corop or arbeidsmarktregio.</translation>
    </message>
    <message>
        <source>Uitvoerbestand (.pdf) bij --region.</source>
        <translation>Output file (.pdf) with --region.</translation>
    </message>
    <message>
        <source>Uitvoermap bij --all (wordt aangemaakt); één &lt;code&gt;.pdf per gebied.</source>
        <translation>Output folder with --all (created if needed); one &lt;code&gt;.pdf per area.</translation>
    </message>
    <message>
        <source>Schrijft een regioprofiel (PDF, A4 liggend, meerdere pagina&apos;s): het gebied op de
kaart; de samenwerkingsverbanden en de driehoek met lacunes in woorden; de tabel van
verbanden met bronnen; SWOT en locatiequotiënten; het sectornetwerk; bronnen en methode.
Zonder --employment/--flows worden de ingebouwde demonstratiegegevens gebruikt; het
profiel vermeldt dan &apos;Demonstratiedata — geen officiële statistiek&apos;.
Met --all: voortgang op stderr, een melding per gebied dat mislukt; de andere worden
wel gemaakt (afsluitcode 1 als er één mislukte).</source>
        <translation>Writes a region profile (PDF, A4 landscape, several pages): the area on the
map; the partnerships and the triangle with gaps in words; the table of
partnerships with sources; SWOT and location quotients; the sector network; sources and method.
Without --employment/--flows the built-in demonstration data are used; the
profile then says &apos;Demonstration data — not official statistics&apos;.
With --all: progress on stderr, a message for each area that fails; the others are
still made (exit code 1 if one failed).</translation>
    </message>
    <message>
        <source>geef precies één van --region en --all</source>
        <translation>give exactly one of --region and --all</translation>
    </message>
    <message>
        <source>--out ontbreekt</source>
        <translation>--out is missing</translation>
    </message>
    <message>
        <source>onbekende regiocode &apos;%1&apos;</source>
        <translation>unknown region code &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 (%2 pagina&apos;s)</source>
        <translation>%1 (%2 pages)</translation>
    </message>
    <message>
        <source>--all moet gemeente, provincie, corop of arbeidsmarktregio zijn, niet &apos;%1&apos;</source>
        <translation>--all must be gemeente, provincie, corop or arbeidsmarktregio, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--out-dir ontbreekt</source>
        <translation>--out-dir is missing</translation>
    </message>
    <message>
        <source>de map kan niet worden aangemaakt</source>
        <translation>the folder cannot be created</translation>
    </message>
    <message>
        <source>report: %1 profielen in %2 s, %3 mislukt
</source>
        <translation>report: %1 profiles in %2 s, %3 failed
</translation>
    </message>
    <message>
        <source>gemeenten en indelingen met oppervlakte en lidmaatschappen</source>
        <translation>municipalities and divisions with area and memberships</translation>
    </message>
    <message>
        <source>samenwerkingsverbanden uit het register, per regio of type</source>
        <translation>partnerships from the register, per region or type</translation>
    </message>
    <message>
        <source>dekking van de driehoek economie-onderwijs-arbeidsmarkt in een regio</source>
        <translation>coverage of the economy-education-labour market triangle in a region</translation>
    </message>
    <message>
        <source>zet CBS-gebiedsindelingen (TopoJSON) om naar het ingebouwde formaat</source>
        <translation>converts CBS area divisions (TopoJSON) to the built-in format</translation>
    </message>
    <message>
        <source>echte sectorstructuur van een gebied (CBS): banen, aandelen, LQ</source>
        <translation>real sector structure of an area (CBS): jobs, shares, LQ</translation>
    </message>
    <message>
        <source>verandering per sector tussen twee jaren: shift-share, in- en uittrede</source>
        <translation>change per sector between two years: shift-share, entries and exits</translation>
    </message>
    <message>
        <source>structuurmaten: Krugman, Herfindahl, entropie, (on)verwante variëteit</source>
        <translation>structure measures: Krugman, Herfindahl, entropy, (un)related variety</translation>
    </message>
    <message>
        <source>regionale agenda: sterktes, kansen, bedreigingen, wie kan handelen, buren, schaal</source>
        <translation>regional agenda: strengths, opportunities, threats, who can act, neighbours, scale</translation>
    </message>
    <message>
        <source>lees een CBS StatLine-export zoals hij komt</source>
        <translation>reads a CBS StatLine export as it comes</translation>
    </message>
    <message>
        <source>locatiequotiënten per regio en sector (specialisatie)</source>
        <translation>location quotients per region and sector (specialisation)</translation>
    </message>
    <message>
        <source>verwantschap tussen sectoren (baanwisselingen of co-occurrence)</source>
        <translation>relatedness between sectors (job switches or co-occurrence)</translation>
    </message>
    <message>
        <source>verwantschapsdichtheid per regio en sector (0-100)</source>
        <translation>relatedness density per region and sector (0-100)</translation>
    </message>
    <message>
        <source>sterkte, zwakte, kans en bedreiging per sector van een regio</source>
        <translation>strength, weakness, opportunity and threat per sector of a region</translation>
    </message>
    <message>
        <source>schrijf de synthetische demonstratie-economie als CSV</source>
        <translation>writes the synthetic demonstration economy as CSV</translation>
    </message>
    <message>
        <source>sectornetwerk: ruggengraat, layout, gemeenschappen, centraliteit (JSON/GraphML)</source>
        <translation>sector network: backbone, layout, communities, centrality (JSON/GraphML)</translation>
    </message>
    <message>
        <source>regioprofiel als PDF, voor één gebied of alle gebieden van een niveau</source>
        <translation>region profile as PDF, for one area or all areas of a level</translation>
    </message>
    <message>
        <source>Register van samenwerkingsverbanden (JSON); standaard het ingebouwde.</source>
        <translation>Register of partnerships (JSON); by default the built-in one.</translation>
    </message>
    <message>
        <source>Werkgelegenheid per COROP-gebied en sector (CSV); standaard demonstratiedata.</source>
        <translation>Employment per COROP region and sector (CSV); by default demonstration data.</translation>
    </message>
    <message>
        <source>Baanwisselaars tussen sectoren (CSV); standaard demonstratiedata.</source>
        <translation>Job switchers between sectors (CSV); by default demonstration data.</translation>
    </message>
    <message>
        <source>register: %1</source>
        <translation>register: %1</translation>
    </message>
    <message>
        <source>zonder titel</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>hele gebied</source>
        <translation>whole area</translation>
    </message>
    <message>
        <source>%1 van %2 gemeenten</source>
        <translation>%1 of %2 municipalities</translation>
    </message>
    <message>
        <source>  %1 — LQ %2; %3 banen (%4%5, %6; Nederland %7)%8
</source>
        <translation>  %1 — LQ %2; %3 jobs (%4%5, %6; Netherlands %7)%8
</translation>
    </message>
    <message>
        <source>Wie kan handelen op de sterktes en kansen (dekking; rol; ontbrekende actoren):
</source>
        <translation>Who can act on the strengths and opportunities (coverage; role; missing actors):
</translation>
    </message>
    <message>
        <source>  geen samenwerkingsverband
</source>
        <translation>  no partnership
</translation>
    </message>
    <message>
        <source>      bij kennisintensieve secties (%1) ook: %2
</source>
        <translation>      for knowledge-intensive sections (%1) also: %2
</translation>
    </message>
    <message>
        <source>Regionale agenda: %1%2%3; %4 %5</source>
        <translation>Regional agenda: %1%2%3; %4 %5</translation>
    </message>
    <message>
        <source>Periode: %1–%2; economie: %3</source>
        <translation>Period: %1–%2; economy: %3</translation>
    </message>
    <message>
        <source>Sterktes (LQ &gt; 1; banen %1, verandering sinds %2):</source>
        <translation>Strengths (LQ &gt; 1; jobs %1, change since %2):</translation>
    </message>
    <message>
        <source>Bedreigingen (sterktes die minder groeiden dan landelijk):</source>
        <translation>Threats (strengths that grew less than nationally):</translation>
    </message>
    <message>
        <source>Kansen (LQ ≤ 1, verwantschapsdichtheid boven de mediaan %1):</source>
        <translation>Opportunities (LQ ≤ 1, relatedness density above the median %1):</translation>
    </message>
    <message>
        <source>Buurregio&apos;s (LQ gebied / LQ buur):</source>
        <translation>Neighbouring regions (LQ area / LQ neighbour):</translation>
    </message>
    <message>
        <source>%1 (%2 van %3 gemeenten; gebied %4)</source>
        <translation>%1 (%2 of %3 municipalities; area %4)</translation>
    </message>
    <message>
        <source>Specialisaties (LQ &gt; 1) per %1: zonder samenwerkingsverband op economie dat het hele gebied dekt; zonder zo&apos;n verband met de volledige tafel (docs/agenda.md)
</source>
        <translation>Specialisations (LQ &gt; 1) per %1: without a partnership on the economy that covers the whole area; without such a partnership with the full table (docs/agenda.md)
</translation>
    </message>
    <message>
        <source>  %1 %2: %3 specialisaties; zonder verband %4%5; zonder volledige tafel %6%7
</source>
        <translation>  %1 %2: %3 specialisations; without partnership %4%5; without full table %6%7
</translation>
    </message>
    <message>
        <source>Beginjaar (standaard het eerste, 2010).</source>
        <translation>Start year (default the first, 2010).</translation>
    </message>
    <message>
        <source>Eindjaar (standaard het laatste, 2024).</source>
        <translation>End year (default the last, 2024).</translation>
    </message>
    <message>
        <source>Tel ook beëindigde samenwerkingsverbanden mee.</source>
        <translation>Also count ended partnerships.</translation>
    </message>
    <message>
        <source>Tel ook landelijke samenwerkingsverbanden mee.</source>
        <translation>Also count national partnerships.</translation>
    </message>
    <message>
        <source>In plaats van --region: het landelijke kaartthema voor alle gebieden van een niveau (corop of arbeidsmarktregio): per gebied de specialisaties zonder samenwerkingsverband op economie dat het hele gebied dekt.</source>
        <translation>Instead of --region: the national map theme for all areas of a level (corop or arbeidsmarktregio): per area the specialisations without a partnership on the economy that covers the whole area.</translation>
    </message>
    <message>
        <source>--all en --region sluiten elkaar uit</source>
        <translation>--all and --region exclude each other</translation>
    </message>
    <message>
        <source>--all: onbekend niveau &apos;%1&apos; (gemeente, provincie, corop of arbeidsmarktregio)</source>
        <translation>--all: unknown level &apos;%1&apos; (gemeente, provincie, corop or arbeidsmarktregio)</translation>
    </message>
    <message>
        <source>--from (%1) moet vóór --to (%2) liggen</source>
        <translation>--from (%1) must come before --to (%2)</translation>
    </message>
    <message>
        <source>Alleen verbanden in deze regio (GM-, PV-, CR- of AM-code).</source>
        <translation>Only partnerships in this region (GM, PV, CR or AM code).</translation>
    </message>
    <message>
        <source>Alleen verbanden van dit type.</source>
        <translation>Only partnerships of this type.</translation>
    </message>
    <message>
        <source>Uitvoerformaat: csv (standaard) of json.</source>
        <translation>Output format: csv (default) or json.</translation>
    </message>
    <message>
        <source>Schrijf naar dit bestand in plaats van stdout.</source>
        <translation>Write to this file instead of stdout.</translation>
    </message>
    <message>
        <source>onbekend type &apos;%1&apos;; kies uit %2</source>
        <translation>unknown type &apos;%1&apos;; choose from %2</translation>
    </message>
    <message>
        <source>onbekende regiocode &apos;%1&apos; (verwacht een gemeente-, provincie-, COROP- of arbeidsmarktregiocode van %2, zoals GM0772 of CR36)</source>
        <translation>unknown region code &apos;%1&apos; (expected a municipality, province, COROP or labour market region code of %2, such as GM0772 or CR36)</translation>
    </message>
    <message>
        <source>Map met gemeente_&lt;jaar&gt;.topojson, provincie_…, coropgebied_… en arbeidsmarktregio_….</source>
        <translation>Folder with gemeente_&lt;year&gt;.topojson, provincie_…, coropgebied_… and arbeidsmarktregio_….</translation>
    </message>
    <message>
        <source>Bestand met gemeentegrenzen (TopoJSON/GeoJSON).</source>
        <translation>File with municipal boundaries (TopoJSON/GeoJSON).</translation>
    </message>
    <message>
        <source>Bestand met provinciegrenzen.</source>
        <translation>File with provincial boundaries.</translation>
    </message>
    <message>
        <source>Bestand met COROP-gebieden.</source>
        <translation>File with COROP regions.</translation>
    </message>
    <message>
        <source>Bestand met arbeidsmarktregio&apos;s.</source>
        <translation>File with labour market regions.</translation>
    </message>
    <message>
        <source>Jaar van de indeling (standaard 2025).</source>
        <translation>Year of the division (default 2025).</translation>
    </message>
    <message>
        <source>Bronvermelding die de app toont.</source>
        <translation>Source line the app shows.</translation>
    </message>
    <message>
        <source>Uitvoerbestand (.rvg).</source>
        <translation>Output file (.rvg).</translation>
    </message>
    <message>
        <source>Zet CBS-gebiedsindelingen om naar het eigen regioformaat van Regioverkenner.
Lidmaatschappen worden ruimtelijk afgeleid (een binnenpunt van elke gemeente
in de indelingspolygonen); indelingen worden opgebouwd door de gemeenten samen
te voegen, zodat grenzen precies samenvallen.</source>
        <translation>Converts CBS area divisions to Regioverkenner&apos;s own region format.
Memberships are derived spatially (an interior point of each municipality
in the division polygons); divisions are built by merging the municipalities,
so that boundaries coincide exactly.</translation>
    </message>
    <message>
        <source>--year moet een jaartal zijn, niet &apos;%1&apos;</source>
        <translation>--year must be a year, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>geef --from-dir of --%1</source>
        <translation>give --from-dir or --%1</translation>
    </message>
    <message>
        <source>geen enkele gemeente uit %1 ligt in een van de %2 indelingen; zijn de bestanden van hetzelfde jaar en gebied?</source>
        <translation>not a single municipality from %1 lies in one of the %2 divisions; are the files of the same year and area?</translation>
    </message>
    <message>
        <source>hele regio</source>
        <translation>whole region</translation>
    </message>
    <message>
        <source>Dekking van de driehoek economie-onderwijs-arbeidsmarkt</source>
        <translation>Coverage of the economy-education-labour market triangle</translation>
    </message>
    <message>
        <source>Hoeken (verbanden die op het domein werken):</source>
        <translation>Corners (partnerships working on the domain):</translation>
    </message>
    <message>
        <source>Zijden (verbanden op precies twee domeinen):</source>
        <translation>Sides (partnerships on exactly two domains):</translation>
    </message>
    <message>
        <source>Integraal (alle drie domeinen): %1</source>
        <translation>Integral (all three domains): %1</translation>
    </message>
    <message>
        <source>Actoren aanwezig: %1</source>
        <translation>Actors present: %1</translation>
    </message>
    <message>
        <source>Actoren ontbrekend: %1</source>
        <translation>Actors missing: %1</translation>
    </message>
    <message>
        <source>Aantal samenwerkingsverbanden (drukte): %1</source>
        <translation>Number of partnerships (crowding): %1</translation>
    </message>
    <message>
        <source>Overlap van hetzelfde type:%1</source>
        <translation>Overlap of the same type:%1</translation>
    </message>
    <message>
        <source>      Bron: %1 (betrouwbaarheid %2)</source>
        <translation>      Source: %1 (confidence %2)</translation>
    </message>
    <message>
        <source>De gemeente of regio (GM-, PV-, CR- of AM-code); verplicht.</source>
        <translation>The municipality or region (GM, PV, CR or AM code); required.</translation>
    </message>
    <message>
        <source>--region ontbreekt (bijvoorbeeld --region GM0772)</source>
        <translation>--region is missing (for example --region GM0772)</translation>
    </message>
    <message>
        <source>Zonder --relatedness: bereken de verwantschap zelf met deze methode (flows, proximity, prob, association, cosine of jaccard; standaard prob).</source>
        <translation>Without --relatedness: compute the relatedness with this method (flows, proximity, prob, association, cosine or jaccard; default prob).</translation>
    </message>
    <message>
        <source>Werkgelegenheid per regio en sector (CSV, breed of lang). Zonder deze optie: de ingebouwde demonstratie-economie.</source>
        <translation>Employment per region and sector (CSV, wide or long). Without this option: the built-in demonstration economy.</translation>
    </message>
    <message>
        <source>Berekent de verwantschapsdichtheid per regio en sector (0–100):
  RD[r,i] = 100 · Σ_j M[r,j]·w[i,j] / Σ_j w[i,j]   (j ≠ i, w ≥ 0),
met M[r,j] = 1 als de regio in sector j gespecialiseerd is (LQ &gt; 1) en w de
verwantschap; 0 als een sector geen verwante sectoren heeft.
Uitvoer: CSV met kop &apos;region,&lt;sectorcodes…&gt;&apos;. Met de ingebouwde demonstratiedata
begint de uitvoer met de regel &apos;# Demonstratiedata — geen officiële statistiek&apos;.</source>
        <translation>Computes the relatedness density per region and sector (0–100):
  RD[r,i] = 100 · Σ_j M[r,j]·w[i,j] / Σ_j w[i,j]   (j ≠ i, w ≥ 0),
with M[r,j] = 1 if the region is specialised in sector j (LQ &gt; 1) and w the
relatedness; 0 if a sector has no related sectors.
Output: CSV with header &apos;region,&lt;sector codes…&gt;&apos;. With the built-in demonstration data
the output starts with the line &apos;# Demonstratiedata — geen officiële statistiek&apos;.</translation>
    </message>
    <message>
        <source>--relatedness gaat niet samen met --method of --flows</source>
        <translation>--relatedness cannot be combined with --method or --flows</translation>
    </message>
    <message>
        <source>Gebieden: een COROP-gebied is exact; een provincie en Nederland (NL01) zijn exacte sommen van
COROP-gebieden; een arbeidsmarktregio of gemeente wordt benaderd door de COROP-gebieden die haar
het best dekken (de uitvoer noemt welke, en hoeveel gemeenten daarin liggen).
Geheime (onderdrukte) cellen van CBS blijven leeg: onbekend, nooit 0.
De CSV-uitvoer begint met de regels &apos;# Bron: …&apos; en &apos;# Gebied: …&apos;.</source>
        <translation>Areas: a COROP region is exact; a province and the Netherlands (NL01) are exact sums of
COROP regions; a labour market region or municipality is approximated by the COROP regions that
cover it best (the output says which, and how many municipalities lie in them).
Confidential (suppressed) CBS cells stay empty: unknown, never 0.
The CSV output starts with the lines &apos;# Bron: …&apos; and &apos;# Gebied: …&apos;.</translation>
    </message>
    <message>
        <source>Jaar (standaard het laatste, 2024).</source>
        <translation>Year (default the last, 2024).</translation>
    </message>
    <message>
        <source>De sectorstructuur van een gebied: per SBI-sectie de banen van werknemers, het aandeel
in het gebied (E[r,i]/E[r,T]), het aandeel in Nederland, en de locatiequotiënt
LQ = aandeel / aandeel NL (gespecialiseerd als LQ &gt; 1).
Kolommen: sector,name,jobs,share,share_nl,lq,status (status: ok, onderdrukt of benadering).
</source>
        <translation>The sector structure of an area: per SBI section the employee jobs, the share
in the area (E[r,i]/E[r,T]), the share in the Netherlands, and the location quotient
LQ = share / share NL (specialised if LQ &gt; 1).
Columns: sector,name,jobs,share,share_nl,lq,status (status: ok, onderdrukt or benadering).
</translation>
    </message>
    <message>
        <source>Jaar: %1; banen van werknemers in december, totaal %2</source>
        <translation>Year: %1; employee jobs in December, total %2</translation>
    </message>
    <message>
        <source>De verandering van de banen per SBI-sectie tussen twee jaren, ontleed met de klassieke
shift-share (Dunn 1960): met g de groei van alle banen in Nederland, g_i die van
sector i in Nederland en g_ri die in het gebied:
  national     = E0[r,i]·g            (had de sector als Nederland als geheel gegroeid)
  industry_mix = E0[r,i]·(g_i − g)     (de sector groeide landelijk sneller of trager)
  regional     = E0[r,i]·(g_ri − g_i)  (het gebied deed het beter of slechter)
Samen gelijk aan change. specialisation: intrede (LQ ≤ 1 → &gt; 1), uittrede (&gt; 1 → ≤ 1),
blijft, geen of onbekend.
Kolommen: sector,name,jobs_from,jobs_to,change,national,industry_mix,regional,lq_from,lq_to,specialisation,status.
Let op: COROP-grenzen volgen de indeling van elk jaar (gemeentelijke herindelingen).
</source>
        <translation>The change in jobs per SBI section between two years, decomposed with the classic
shift-share (Dunn 1960): with g the growth of all jobs in the Netherlands, g_i that of
sector i in the Netherlands and g_ri that in the area:
  national     = E0[r,i]·g            (had the sector grown like the Netherlands as a whole)
  industry_mix = E0[r,i]·(g_i − g)     (the sector grew faster or more slowly nationally)
  regional     = E0[r,i]·(g_ri − g_i)  (the area did better or worse)
Together equal to change. specialisation: entry (LQ ≤ 1 → &gt; 1), exit (&gt; 1 → ≤ 1),
stays, none or unknown.
Columns: sector,name,jobs_from,jobs_to,change,national,industry_mix,regional,lq_from,lq_to,specialisation,status.
Note: COROP boundaries follow the division of each year (municipal mergers).
</translation>
    </message>
    <message>
        <source>Van %1 tot %2; groei van alle banen in Nederland %3</source>
        <translation>From %1 to %2; growth of all jobs in the Netherlands %3</translation>
    </message>
    <message>
        <source>Structuurmaten van een gebied, met p[r,i] = het aandeel van sectie i in de banen van
de gepubliceerde secties van het gebied:
  krugman            Σ|p[r,i] − p[NL,i]|: verschil met Nederland (0 = gelijk, 2 = niets gemeen)
  herfindahl         Σ p²: concentratie (1 = één sector)
  entropy            Σ p·log2(1/p): spreiding, in bits
  related_variety    spreiding binnen de groepen A, B-E, F, G-I, J, K, L, M-N, O-Q, R-U
  unrelated_variety  spreiding over die groepen (Frenken, Van Oort &amp; Verburg 2007);
                     related + unrelated = entropy.
Kolommen: krugman,herfindahl,entropy,related_variety,unrelated_variety,sections_used,sections_unknown.
</source>
        <translation>Structure measures of an area, with p[r,i] = the share of section i in the jobs of
the published sections of the area:
  krugman            Σ|p[r,i] − p[NL,i]|: difference from the Netherlands (0 = equal, 2 = nothing in common)
  herfindahl         Σ p²: concentration (1 = one sector)
  entropy            Σ p·log2(1/p): spread, in bits
  related_variety    spread within the groups A, B-E, F, G-I, J, K, L, M-N, O-Q, R-U
  unrelated_variety  spread over those groups (Frenken, Van Oort &amp; Verburg 2007);
                     related + unrelated = entropy.
Columns: krugman,herfindahl,entropy,related_variety,unrelated_variety,sections_used,sections_unknown.
</translation>
    </message>
    <message>
        <source>Jaar: %1; %2 secties gepubliceerd, %3 geheim</source>
        <translation>Year: %1; %2 sections published, %3 confidential</translation>
    </message>
    <message>
        <source>Map waarin de bestanden komen (verplicht; wordt zo nodig aangemaakt).</source>
        <translation>Folder for the files (required; created if needed).</translation>
    </message>
    <message>
        <source>Startwaarde van de toevalsgenerator (standaard %1, die van de ingebouwde bestanden).</source>
        <translation>Seed of the random generator (default %1, that of the built-in files).</translation>
    </message>
    <message>
        <source>Schrijft de synthetische demonstratie-economie (SBI 2008-afdelingen × 40
COROP-gebieden) als CSV: demo-employment.csv, demo-flows.csv, demo-sectors.csv
en demo-regions.csv. De cijfers komen uit een gedocumenteerd model met een vaste
startwaarde (docs/economy.md) en zijn op elk platform gelijk. Elk bestand begint
met &apos;# Demonstratiedata — geen officiële statistiek&apos;. Met de standaardwaarde
ontstaan precies de bestanden in resources/data/.</source>
        <translation>Writes the synthetic demonstration economy (SBI 2008 divisions × 40
COROP regions) as CSV: demo-employment.csv, demo-flows.csv, demo-sectors.csv
and demo-regions.csv. The figures come from a documented model with a fixed
seed (docs/economy.md) and are the same on every platform. Every file starts
with &apos;# Demonstratiedata — geen officiële statistiek&apos;. With the default value
exactly the files in resources/data/ are produced.</translation>
    </message>
    <message>
        <source>--seed moet een geheel getal ≥ 0 zijn, niet &apos;%1&apos;</source>
        <translation>--seed must be an integer ≥ 0, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Verwantschap: flows (skill-relatedness uit baanwisselingen, standaard), proximity, prob, association, cosine of jaccard (co-occurrence van specialisaties).</source>
        <translation>Relatedness: flows (skill relatedness from job switches, default), proximity, prob, association, cosine or jaccard (co-occurrence of specialisations).</translation>
    </message>
    <message>
        <source>Verwant als de verwantschap groter is dan deze drempel (&gt;= 0; standaard 0).</source>
        <translation>Related if the relatedness is greater than this threshold (&gt;= 0; default 0).</translation>
    </message>
    <message>
        <source>Ruggengraat: maximale opspannende boom plus de k sterkste verbindingen per sector (standaard 3).</source>
        <translation>Backbone: maximum spanning tree plus the k strongest links per sector (default 3).</translation>
    </message>
    <message>
        <source>Welke verbindingen: all (alle verwante paren, standaard) of backbone.</source>
        <translation>Which links: all (all related pairs, default) or backbone.</translation>
    </message>
    <message>
        <source>Uitvoerformaat: json of graphml (standaard: volgens de extensie van --out, anders json).</source>
        <translation>Output format: json or graphml (default: from the extension of --out, else json).</translation>
    </message>
    <message>
        <source>Schrijf naar dit bestand (.json of .graphml) in plaats van stdout.</source>
        <translation>Write to this file (.json or .graphml) instead of stdout.</translation>
    </message>
    <message>
        <source>Het sectornetwerk: sectoren zijn knopen (grootte = landelijke werkgelegenheid,
kleur = SBI-sectie), verwante sectoren zijn verbonden. Met ruggengraat,
vaste (reproduceerbare) layout, Louvain-gemeenschappen en centraliteit.
Uitvoer: JSON of GraphML (schema in docs/graph.md).</source>
        <translation>The sector network: sectors are nodes (size = national employment,
colour = SBI section), related sectors are connected. With backbone,
fixed (reproducible) layout, Louvain communities and centrality.
Output: JSON or GraphML (schema in docs/graph.md).</translation>
    </message>
    <message>
        <source>--threshold moet een getal &gt;= 0 zijn, niet &apos;%1&apos;</source>
        <translation>--threshold must be a number &gt;= 0, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--backbone-k moet een geheel getal &gt;= 0 zijn, niet &apos;%1&apos;</source>
        <translation>--backbone-k must be an integer &gt;= 0, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--edges moet all of backbone zijn, niet &apos;%1&apos;</source>
        <translation>--edges must be all or backbone, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>kan het formaat niet afleiden uit &apos;%1&apos;: gebruik .json of .graphml, of --format</source>
        <translation>cannot derive the format from &apos;%1&apos;: use .json or .graphml, or --format</translation>
    </message>
    <message>
        <source>Bron: CBS StatLine, export %1 (maat %2)</source>
        <translation>Source: CBS StatLine, export %1 (measure %2)</translation>
    </message>
    <message>
        <source># %1
# %2, %3; lege velden: geheim (onderdrukt), onbekend — niet 0
</source>
        <translation># %1
# %2, %3; empty fields: confidential (suppressed), unknown — not 0
</translation>
    </message>
    <message>
        <source>De maat: de kolomnaam (TypedDataSet) of Measure-code (Observations.csv). Nodig als het bestand er meer dan één heeft.</source>
        <translation>The measure: the column name (TypedDataSet) or Measure code (Observations.csv). Needed if the file has more than one.</translation>
    </message>
    <message>
        <source>Het jaar (2024 of 2024JJ00) voor de werkgelegenheids-CSV; standaard het laatste jaar.</source>
        <translation>The year (2024 or 2024JJ00) for the employment CSV; default the last year.</translation>
    </message>
    <message>
        <source>Vermenigvuldig de waarden hiermee (bijv. 1000 voor &apos;x 1 000&apos;). Standaard: bekend van de maat (banen in 83582NED: 1000), anders 1.</source>
        <translation>Multiply the values by this (e.g. 1000 for &apos;x 1 000&apos;). Default: known from the measure (jobs in 83582NED: 1000), otherwise 1.</translation>
    </message>
    <message>
        <source>Sectorindeling (CSV &apos;key,title,sbi_letters,level,parent&apos;); standaard die van 83582NED.</source>
        <translation>Sector classification (CSV &apos;key,title,sbi_letters,level,parent&apos;); default that of 83582NED.</translation>
    </message>
    <message>
        <source>Schrijf alle jaren in het panelformaat van Regioverkenner (zoals de ingebouwde CBS-gegevens) in plaats van één jaar als werkgelegenheids-CSV.</source>
        <translation>Write all years in Regioverkenner&apos;s panel format (like the built-in CBS data) instead of one year as employment CSV.</translation>
    </message>
    <message>
        <source>Schrijf ook de sectorindeling naar dit bestand (bij --panel).</source>
        <translation>Also write the sector classification to this file (with --panel).</translation>
    </message>
    <message>
        <source>Accepteer regiocodes die niet in de indeling van 2025 voorkomen.</source>
        <translation>Accept region codes that do not occur in the 2025 division.</translation>
    </message>
    <message>
        <source>Schrijf naar dit bestand (verplicht).</source>
        <translation>Write to this file (required).</translation>
    </message>
    <message>
        <source>De StatLine-export, zoals CBS hem levert.</source>
        <translation>The StatLine export, as CBS delivers it.</translation>
    </message>
    <message>
        <source>Leest een export van CBS StatLine zoals CBS hem levert: de TypedDataSet-CSV van
opendata.cbs.nl (&apos;,&apos; als scheidingsteken, sleutels met spaties, perioden 2024JJ00) of
Observations.csv van datasets.cbs.nl (&apos;;&apos;, decimale komma, kolom Measure).
De regiokolom en de sectorkolom worden herkend aan hun codes. Lege waarden zijn geheim
(onderdrukt) en blijven onbekend, nooit 0; hun aantal wordt gemeld. Alleen jaarcijfers.
Uitvoer: de werkgelegenheids-CSV &apos;region,&lt;secties…&gt;&apos; voor één jaar, klaar voor
--employment, of met --panel alle jaren.
Voorbeeld (de ingebouwde gegevens opnieuw maken):
  regio import-statline ../shared/data/cbs-83582NED/83582NED_corop.csv --panel \
    --keys ../shared/data/cbs-83582NED/sbi_keys.csv --out resources/data/cbs-83582NED.csv \
    --keys-out resources/data/cbs-sbi-keys.csv</source>
        <translation>Reads a CBS StatLine export as CBS delivers it: the TypedDataSet CSV from
opendata.cbs.nl (&apos;,&apos; as separator, keys with spaces, periods 2024JJ00) or
Observations.csv from datasets.cbs.nl (&apos;;&apos;, decimal comma, Measure column).
The region column and the sector column are recognised by their codes. Empty values are confidential
(suppressed) and stay unknown, never 0; their number is reported. Annual figures only.
Output: the employment CSV &apos;region,&lt;sections…&gt;&apos; for one year, ready for
--employment, or with --panel all years.
Example (rebuilding the built-in data):
  regio import-statline ../shared/data/cbs-83582NED/83582NED_corop.csv --panel \
    --keys ../shared/data/cbs-83582NED/sbi_keys.csv --out resources/data/cbs-83582NED.csv \
    --keys-out resources/data/cbs-sbi-keys.csv</translation>
    </message>
    <message>
        <source>geef precies één StatLine-bestand</source>
        <translation>give exactly one StatLine file</translation>
    </message>
    <message>
        <source>--scale moet een positief getal zijn, niet &apos;%1&apos;</source>
        <translation>--scale must be a positive number, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--period moet een jaar zijn (2024 of 2024JJ00), niet &apos;%1&apos;</source>
        <translation>--period must be a year (2024 or 2024JJ00), not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>jaar %1 komt niet voor in %2</source>
        <translation>year %1 does not occur in %2</translation>
    </message>
    <message>
        <source>Schrijf 1 (gespecialiseerd, LQ &gt; 1) of 0 in plaats van het quotiënt.</source>
        <translation>Write 1 (specialised, LQ &gt; 1) or 0 instead of the quotient.</translation>
    </message>
    <message>
        <source>Berekent de locatiequotiënt (LQ) per regio en sector:
  LQ[r,i] = (E[r,i] / E[r,·]) / (E[·,i] / E[·,·]),
met E de werkgelegenheid; een regio is gespecialiseerd in een sector als LQ &gt; 1.
Uitvoer: CSV in het brede formaat van de invoer, kop &apos;region,&lt;sectorcodes…&gt;&apos;.
Met de ingebouwde demonstratiedata begint de uitvoer met de regel
&apos;# Demonstratiedata — geen officiële statistiek&apos;.</source>
        <translation>Computes the location quotient (LQ) per region and sector:
  LQ[r,i] = (E[r,i] / E[r,·]) / (E[·,i] / E[·,·]),
with E the employment; a region is specialised in a sector if LQ &gt; 1.
Output: CSV in the wide format of the input, header &apos;region,&lt;sector codes…&gt;&apos;.
With the built-in demonstration data the output starts with the line
&apos;# Demonstratiedata — geen officiële statistiek&apos;.</translation>
    </message>
    <message>
        <source>Niveau: gemeente, provincie, corop of arbeidsmarktregio (standaard gemeente).</source>
        <translation>Level: gemeente, provincie, corop or arbeidsmarktregio (default gemeente).</translation>
    </message>
    <message>
        <source>Toont de regio&apos;s van één niveau uit de ingebouwde CBS-gebiedsindeling 2025:
code, naam en oppervlakte in km²; voor gemeenten ook de codes van provincie,
COROP-gebied en arbeidsmarktregio, voor indelingen het aantal gemeenten.
Bron: CBS/Kadaster (CC BY 4.0).</source>
        <translation>Shows the regions of one level from the built-in CBS area division 2025:
code, name and area in km²; for municipalities also the codes of province,
COROP region and labour market region, for divisions the number of municipalities.
Source: CBS/Kadaster (CC BY 4.0).</translation>
    </message>
    <message>
        <source>--level moet gemeente, provincie, corop of arbeidsmarktregio zijn, niet &apos;%1&apos;</source>
        <translation>--level must be gemeente, provincie, corop or arbeidsmarktregio, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Methode: flows (standaard), proximity, prob, association, cosine of jaccard.</source>
        <translation>Method: flows (default), proximity, prob, association, cosine or jaccard.</translation>
    </message>
    <message>
        <source>Baanwisselaars tussen sectoren (CSV, breed &apos;from,&lt;sectoren…&gt;&apos; of lang &apos;from,to,value&apos;), voor --method flows. Zonder deze optie: de ingebouwde demonstratie-economie.</source>
        <translation>Job switchers between sectors (CSV, wide &apos;from,&lt;sectors…&gt;&apos; or long &apos;from,to,value&apos;), for --method flows. Without this option: the built-in demonstration economy.</translation>
    </message>
    <message>
        <source>Berekent de verwantschap tussen sectoren als vierkante matrix (diagonaal 0):
  flows        vaardigheidsverwantschap uit baanwisselingen (Neffke &amp; Henning 2013),
               genormaliseerd naar [-1, 1) en symmetrisch gemaakt;
  proximity    Hidalgo et al. (2007): C[i,j] / max(C[i,i], C[j,j]);
  prob, association, cosine, jaccard
               de normalisaties van EconGeo relatedness() (Balland).
C = Mᵀ·M telt de regio&apos;s die in beide sectoren gespecialiseerd zijn (LQ &gt; 1).
Uitvoer: CSV met kop &apos;sector,&lt;sectorcodes…&gt;&apos;. Met de ingebouwde demonstratiedata
begint de uitvoer met de regel &apos;# Demonstratiedata — geen officiële statistiek&apos;.</source>
        <translation>Computes the relatedness between sectors as a square matrix (diagonal 0):
  flows        skill relatedness from job switches (Neffke &amp; Henning 2013),
               normalised to [-1, 1) and made symmetric;
  proximity    Hidalgo et al. (2007): C[i,j] / max(C[i,i], C[j,j]);
  prob, association, cosine, jaccard
               the normalisations of EconGeo relatedness() (Balland).
C = Mᵀ·M counts the regions specialised in both sectors (LQ &gt; 1).
Output: CSV with header &apos;sector,&lt;sector codes…&gt;&apos;. With the built-in demonstration data
the output starts with the line &apos;# Demonstratiedata — geen officiële statistiek&apos;.</translation>
    </message>
    <message>
        <source>--employment wordt bij --method flows niet gebruikt; geef --flows of kies een methode op basis van gezamenlijke specialisatie</source>
        <translation>--employment is not used with --method flows; give --flows or choose a method based on joint specialisation</translation>
    </message>
    <message>
        <source>Code van de regio (verplicht), zoals in de werkgelegenheid; bij de demonstratiedata een COROP-code CR01..CR40.</source>
        <translation>Code of the region (required), as in the employment table; with the demonstration data a COROP code CR01..CR40.</translation>
    </message>
    <message>
        <source>Drempel voor &apos;goed ingebed&apos; (0–100). Standaard: de mediaan van de inbedding over de sectoren van de regio.</source>
        <translation>Threshold for &apos;well embedded&apos; (0–100). Default: the median of the embeddedness over the sectors of the region.</translation>
    </message>
    <message>
        <source>Baanwisselaars tussen sectoren (CSV, breed of lang), met dezelfde sectorcodes. Zonder deze optie: de ingebouwde demonstratie-economie.</source>
        <translation>Job switchers between sectors (CSV, wide or long), with the same sector codes. Without this option: the built-in demonstration economy.</translation>
    </message>
    <message>
        <source>Deelt de sectoren van een regio in naar specialisatie en inbedding (van Oort et al.
2016; SER 2017, fig. B.7):
  Sterkte     gespecialiseerd (LQ &gt; 1) en goed ingebed
  Bedreiging  gespecialiseerd, maar slecht ingebed
  Kans        niet gespecialiseerd, maar goed ingebed
  Zwakte      niet gespecialiseerd en slecht ingebed
Inbedding = verwantschapsdichtheid (0–100) met de vaardigheidsverwantschap uit
baanwisselingen; &apos;goed ingebed&apos; = boven de drempel.
Uitvoer: CSV met kolommen sector, lq, embeddedness, quadrant. Met de ingebouwde
demonstratiedata begint de uitvoer met de regel
&apos;# Demonstratiedata — geen officiële statistiek&apos;.</source>
        <translation>Classifies the sectors of a region by specialisation and embeddedness (van Oort et al.
2016; SER 2017, fig. B.7):
  Strength     specialised (LQ &gt; 1) and well embedded
  Threat       specialised, but poorly embedded
  Opportunity  not specialised, but well embedded
  Weakness     not specialised and poorly embedded
Embeddedness = relatedness density (0–100) with the skill relatedness from
job switches; &apos;well embedded&apos; = above the threshold.
Output: CSV with columns sector, lq, embeddedness, quadrant. With the built-in
demonstration data the output starts with the line
&apos;# Demonstratiedata — geen officiële statistiek&apos;.</translation>
    </message>
    <message>
        <source>--region ontbreekt</source>
        <translation>--region is missing</translation>
    </message>
    <message>
        <source>--threshold moet een getal van 0 tot en met 100 zijn, niet &apos;%1&apos;</source>
        <translation>--threshold must be a number from 0 to 100, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>onbekende regio &apos;%1&apos;</source>
        <translation>unknown region &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--data moet demo of cbs zijn, niet &apos;%1&apos;</source>
        <translation>--data must be demo or cbs, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--year hoort bij --data cbs</source>
        <translation>--year goes with --data cbs</translation>
    </message>
    <message>
        <source>--data cbs en --employment sluiten elkaar uit</source>
        <translation>--data cbs and --employment exclude each other</translation>
    </message>
    <message>
        <source>--year: jaar &apos;%1&apos; niet beschikbaar (%2–%3)</source>
        <translation>--year: year &apos;%1&apos; not available (%2–%3)</translation>
    </message>
    <message>
        <source>de CBS-gegevens hebben geen baanwisselingen tussen sectoren: kies --method proximity, prob, association, cosine of jaccard, of geef --flows met SBI-secties (A..S)</source>
        <translation>the CBS data have no job switches between sectors: choose --method proximity, prob, association, cosine or jaccard, or give --flows with SBI sections (A..S)</translation>
    </message>
    <message>
        <source>--method moet een van %1 zijn, niet &apos;%2&apos;</source>
        <translation>--method must be one of %1, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Bron: eigen bestand %1</source>
        <translation>Source: own file %1</translation>
    </message>
    <message>
        <source>onbekend gebied &apos;%1&apos; (verwacht een CBS-code zoals CR23, PV27, AM18, GM0363 of NL01)</source>
        <translation>unknown area &apos;%1&apos; (expected a CBS code such as CR23, PV27, AM18, GM0363 or NL01)</translation>
    </message>
    <message>
        <source>--%1: jaar &apos;%2&apos; niet beschikbaar (%3–%4)</source>
        <translation>--%1: year &apos;%2&apos; not available (%3–%4)</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>gemeenten</source>
        <translation>municipalities</translation>
    </message>
    <message>
        <source>Regio: %1 (%2), %3; %4 %5</source>
        <translation>Region: %1 (%2), %3; %4 %5</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>
&apos;regio &lt;opdracht&gt; --help&apos; toont de opties van een opdracht.
Uitvoer: CSV of JSON op stdout of in --out; de tabellen van bodies, coverage, lq, economy,
growth en agenda ook voor Excel (--format xlsx of excel-csv, --decimal-comma).
Afsluitcode 0 = gelukt, 2 = verkeerd gebruik,
3 = ongeldige invoer (met één regel &apos;regio: &lt;bestand&gt;:&lt;regel&gt;: &lt;reden&gt;&apos; op stderr),
4 = schrijven mislukt (met &apos;regio: kan &lt;bestand&gt; niet schrijven: &lt;reden&gt;&apos;; een bestaand
bestand blijft dan ongewijzigd).
Bij elke opdracht: --regions BESTAND.rvg gebruikt de gemeenten en indelingen van een ander jaar
(gemaakt met &apos;regio convert-regions&apos;) in plaats van de ingebouwde van 2025.
Taal van meldingen en rapporten: --lang nl of --lang en (standaard de taal van het systeem).
</source>
        <translation>
&apos;regio &lt;command&gt; --help&apos; shows the options of a command.
Output: CSV or JSON on stdout or in --out; the tables of bodies, coverage, lq, economy,
growth and agenda also for Excel (--format xlsx or excel-csv, --decimal-comma).
Exit code 0 = success, 2 = incorrect usage,
3 = invalid input (with one line &apos;regio: &lt;file&gt;:&lt;line&gt;: &lt;reason&gt;&apos; on stderr),
4 = writing failed (with &apos;regio: cannot write &lt;file&gt;: &lt;reason&gt;&apos;; an existing
file then remains unchanged).
With every command: --regions FILE.rvg uses the municipalities and divisions of another year
(made with &apos;regio convert-regions&apos;) instead of the built-in ones of 2025.
Language of messages and reports: --lang nl or --lang en (default: the system language).
</translation>
    </message>
    <message>
        <source>Peiljaar: alleen de verbanden die er in dat jaar waren (%1 tot nu).</source>
        <translation>Reference year: only the partnerships that existed in that year (%1 to now).</translation>
    </message>
    <message>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <source>--year: peiljaar &apos;%1&apos; moet een jaartal van %2 tot en met %3 zijn</source>
        <translation>--year: reference year &apos;%1&apos; must be a year from %2 to %3 inclusive</translation>
    </message>
    <message>
        <source>Uitvoerformaat: text (standaard), json, xlsx (Excel, met --out: de sectoren en de lacunes) of excel-csv (de sectoren); xlsx en excel-csv alleen met --region.</source>
        <translation>Output format: text (default), json, xlsx (Excel, with --out: the sectors and the gaps) or excel-csv (the sectors); xlsx and excel-csv only with --region.</translation>
    </message>
    <message>
        <source>Lees dit registerbestand in plaats van het ingebouwde (JSON, of een XLSX/ODS-rekenblad met één verband per rij).</source>
        <translation>Read this register file instead of the built-in one (JSON, or an XLSX/ODS spreadsheet with one partnership per row).</translation>
    </message>
    <message>
        <source>Uitvoerformaat: csv (standaard), json, xlsx (Excel, met --out) of excel-csv.</source>
        <translation>Output format: csv (default), json, xlsx (Excel, with --out) or excel-csv.</translation>
    </message>
    <message>
        <source>Eén bestand met alle vier de indelingen als lagen: de GeoPackage van CBS/PDOK, of elk ander
kaartformaat dat GDAL leest. Zonder --year geldt het jaar uit &apos;jrstatcode&apos; of de bestandsnaam.</source>
        <translation>One file with all four divisions as layers: the GeoPackage from CBS/PDOK, or any other
map format that GDAL reads. Without --year, the year from &apos;jrstatcode&apos; or the file name applies.</translation>
    </message>
    <message>
        <source>Laag met gemeenten in --from (standaard gemeente_gegeneraliseerd).</source>
        <translation>Layer with municipalities in --from (default gemeente_gegeneraliseerd).</translation>
    </message>
    <message>
        <source>Laag met provincies in --from (standaard provincie_gegeneraliseerd).</source>
        <translation>Layer with provinces in --from (default provincie_gegeneraliseerd).</translation>
    </message>
    <message>
        <source>Laag met COROP-gebieden in --from (standaard coropgebied_gegeneraliseerd).</source>
        <translation>Layer with COROP regions in --from (default coropgebied_gegeneraliseerd).</translation>
    </message>
    <message>
        <source>Laag met arbeidsmarktregio&apos;s in --from (standaard arbeidsmarktregio_gegeneraliseerd).</source>
        <translation>Layer with labour market regions in --from (default arbeidsmarktregio_gegeneraliseerd).</translation>
    </message>
    <message>
        <source>Veld met de CBS-code (standaard statcode).</source>
        <translation>Field with the CBS code (default statcode).</translation>
    </message>
    <message>
        <source>Veld met de naam (standaard statnaam).</source>
        <translation>Field with the name (default statnaam).</translation>
    </message>
    <message>
        <source>Peiljaar: %1</source>
        <translation>Reference year: %1</translation>
    </message>
    <message>
        <source>Peiljaar: huidige situatie</source>
        <translation>Reference year: current situation</translation>
    </message>
    <message>
        <source>      Rechtsvorm: %1</source>
        <translation>      Legal form: %1</translation>
    </message>
    <message>
        <source>      Toezicht door gekozen raad: %1</source>
        <translation>      Oversight by elected council: %1</translation>
    </message>
    <message>
        <source>      Geldbronnen: %1</source>
        <translation>      Funding sources: %1</translation>
    </message>
    <message>
        <source>Betrouwbaarheid %1.</source>
        <translation>Confidence %1.</translation>
    </message>
    <message>
        <source>Vestigingen (tellen niet als dekking):</source>
        <translation>Sites (do not count as coverage):</translation>
    </message>
    <message>
        <source>  - %1 [%2] — %3</source>
        <translation>  - %1 [%2] — %3</translation>
    </message>
    <message>
        <source>Uitvoerformaat: text (standaard), json, csv, xlsx (Excel, met --out) of excel-csv.</source>
        <translation>Output format: text (default), json, csv, xlsx (Excel, with --out) or excel-csv.</translation>
    </message>
    <message>
        <source>Werkgelegenheid per regio en sector (CSV of XLSX/ODS-rekenblad, breed of lang). Zonder deze optie: de ingebouwde demonstratie-economie.</source>
        <translation>Employment per region and sector (CSV or XLSX/ODS spreadsheet, wide or long). Without this option: the built-in demonstration economy.</translation>
    </message>
    <message>
        <source>Werkgelegenheid regio × sector (CSV of XLSX/ODS-rekenblad, breed of lang). Zonder --employment en --flows: de ingebouwde demonstratie-economie.</source>
        <translation>Employment region × sector (CSV or XLSX/ODS spreadsheet, wide or long). Without --employment and --flows: the built-in demonstration economy.</translation>
    </message>
    <message>
        <source>Baanwisselaars sector × sector (CSV of XLSX/ODS), nodig voor --method flows.</source>
        <translation>Job switchers sector × sector (CSV or XLSX/ODS), needed for --method flows.</translation>
    </message>
</context>
<context>
    <name>regio::coverage</name>
    <message>
        <source>Geen enkel samenwerkingsverband</source>
        <translation>No partnership at all</translation>
    </message>
    <message>
        <source>%1 niet vertegenwoordigd</source>
        <translation>%1 not represented</translation>
    </message>
    <message>
        <source>%1 alleen in een deel van de regio vertegenwoordigd</source>
        <translation>%1 represented in only part of the region</translation>
    </message>
    <message>
        <source>Geen samenwerkingsverband dat de hele driehoek afdekt</source>
        <translation>No partnership that covers the whole triangle</translation>
    </message>
    <message>
        <source>Economie–Onderwijs</source>
        <translation>Economy–Education</translation>
    </message>
    <message>
        <source>Onderwijs–Arbeidsmarkt</source>
        <translation>Education–Labour market</translation>
    </message>
    <message>
        <source>Economie–Arbeidsmarkt</source>
        <translation>Economy–Labour market</translation>
    </message>
    <message>
        <source>peiljaar %1</source>
        <translation>reference year %1</translation>
    </message>
    <message>
        <source>huidige situatie</source>
        <translation>current situation</translation>
    </message>
</context>
<context>
    <name>regio::coverage::CoverageTable</name>
    <message>
        <source>Samenwerkingsverbanden — %1</source>
        <translation>Partnerships — %1</translation>
    </message>
    <message>
        <source>%1 gemeenten in het gebied; &apos;Gemeenten in gebied&apos; telt de gemeenten van het gebied die het verband dekt.</source>
        <translation>%1 municipalities in the area; &apos;Municipalities in area&apos; counts the area&apos;s municipalities the body covers.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Domeinen</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Actoren</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Schaal</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Hele gebied</source>
        <translation>Whole area</translation>
    </message>
    <message>
        <source>Gemeenten in gebied</source>
        <translation>Municipalities in area</translation>
    </message>
    <message>
        <source>Dekking</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Betrouwbaarheid</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>gebied zonder gemeenten</source>
        <translation>area without municipalities</translation>
    </message>
    <message>
        <source>geen bron vermeld</source>
        <translation>no source given</translation>
    </message>
    <message>
        <source>Driehoek — %1</source>
        <translation>Triangle — %1</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Hoek: %1</source>
        <translation>Corner: %1</translation>
    </message>
    <message>
        <source>Zijde: %1</source>
        <translation>Side: %1</translation>
    </message>
    <message>
        <source>Integraal (alle drie domeinen)</source>
        <translation>Integral (all three domains)</translation>
    </message>
    <message>
        <source>Actoren aanwezig</source>
        <translation>Actors present</translation>
    </message>
    <message>
        <source>Actoren ontbrekend</source>
        <translation>Actors missing</translation>
    </message>
    <message>
        <source>Aantal samenwerkingsverbanden (drukte)</source>
        <translation>Number of partnerships (crowdedness)</translation>
    </message>
    <message>
        <source>Lacune</source>
        <translation>Gap</translation>
    </message>
</context>
<context>
    <name>regio::economy</name>
    <message>
        <source>Demonstratiedata — geen officiële statistiek</source>
        <translation>Demonstration data — not official statistics</translation>
    </message>
    <message>
        <source>ingebouwde demonstratiedata ontbreekt</source>
        <translation>built-in demonstration data are missing</translation>
    </message>
    <message>
        <source>COROP-gebied %1</source>
        <translation>COROP region %1</translation>
    </message>
    <message>
        <source>COROP-gebied %1, waarin de gemeente ligt</source>
        <translation>COROP region %1, in which the municipality lies</translation>
    </message>
    <message>
        <source>(vallen precies samen met het gebied)</source>
        <translation>(coincide exactly with the area)</translation>
    </message>
    <message>
        <source>met het grootste deel van hun gemeenten in het gebied (benadering)</source>
        <translation>with most of their municipalities in the area (approximation)</translation>
    </message>
    <message>
        <source>1 gemeente</source>
        <translation>1 municipality</translation>
    </message>
    <message>
        <source>%1 gemeenten</source>
        <translation>%1 municipalities</translation>
    </message>
    <message>
        <source>geen gegevens voor %1</source>
        <translation>no data for %1</translation>
    </message>
    <message>
        <source>COROP-gebied </source>
        <translation>COROP region </translation>
    </message>
    <message>
        <source>COROP-gebieden </source>
        <translation>COROP regions </translation>
    </message>
    <message>
        <source>som van de %1</source>
        <translation>sum of the %1</translation>
    </message>
    <message>
        <source>%1; %2 van %3 gemeenten van het gebied liggen daarin</source>
        <translation>%1; %2 of %3 municipalities of the area lie in them</translation>
    </message>
    <message>
        <source>, plus %1 daarbuiten</source>
        <translation>, plus %1 outside it</translation>
    </message>
    <message>
        <source>benadering: </source>
        <translation>approximation: </translation>
    </message>
    <message>
        <source>som van de %1 COROP-gebieden</source>
        <translation>sum of the %1 COROP regions</translation>
    </message>
    <message>
        <source>. Synthetisch: SBI 2008-afdelingen × COROP-gebieden 2025, gegenereerd met &apos;regio generate-demo --seed %1&apos; (zie docs/economy.md).</source>
        <translation>. Synthetic: SBI 2008 divisions × COROP regions 2025, generated with &apos;regio generate-demo --seed %1&apos; (see docs/economy.md).</translation>
    </message>
    <message>
        <source>Werkgelegenheid (banen) per COROP-gebied en SBI-afdeling.</source>
        <translation>Employment (jobs) per COROP region and SBI division.</translation>
    </message>
    <message>
        <source>Baanwisselaars van sector (rij) naar sector (kolom).</source>
        <translation>Job switchers from sector (row) to sector (column).</translation>
    </message>
    <message>
        <source> Gebiedsnamen: Bron: CBS/Kadaster.
</source>
        <translation> Area names: Source: CBS/Kadaster.
</translation>
    </message>
    <message>
        <source>kan niet lezen: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>bestand is %1 MB; de grens voor economische gegevens is %2 MB</source>
        <translation>file is %1 MB; the limit for economic data is %2 MB</translation>
    </message>
    <message>
        <source>leeg bestand: kopregel en gegevens ontbreken</source>
        <translation>empty file: header and data are missing</translation>
    </message>
    <message>
        <source>geen gegevens na de kopregel</source>
        <translation>no data after the header</translation>
    </message>
    <message>
        <source>regel heeft %1 velden, de kopregel %2</source>
        <translation>line has %1 fields, the header %2</translation>
    </message>
    <message>
        <source>voor %1 %2 in %3 %4</source>
        <translation>for %1 %2 in %3 %4</translation>
    </message>
    <message>
        <source>ongeldige %1 &apos;%2&apos; %3 (geen getal)</source>
        <translation>invalid %1 &apos;%2&apos; %3 (not a number)</translation>
    </message>
    <message>
        <source>onwaarschijnlijk grote %1 %2 %3 (grens 10^15)</source>
        <translation>implausibly large %1 %2 %3 (limit 10^15)</translation>
    </message>
    <message>
        <source>lege sectorcode in kolom %1 van de kopregel</source>
        <translation>empty sector code in column %1 of the header</translation>
    </message>
    <message>
        <source>sector %1 staat twee keer in de kopregel (kolom %2 en %3)</source>
        <translation>sector %1 appears twice in the header (columns %2 and %3)</translation>
    </message>
    <message>
        <source>kopregel bevat geen sectorcodes</source>
        <translation>header contains no sector codes</translation>
    </message>
    <message>
        <source>kopregel heeft %1 sectorcodes; de grens is %2</source>
        <translation>header has %1 sector codes; the limit is %2</translation>
    </message>
    <message>
        <source>lege %1code in kolom &apos;%2&apos;</source>
        <translation>empty %1 code in column &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 %2 komt twee keer voor (ook op regel %3)</source>
        <translation>%1 %2 appears twice (also on line %3)</translation>
    </message>
    <message>
        <source>onbekende sector %1 in kolom &apos;%2&apos;: staat niet in de kopregel</source>
        <translation>unknown sector %1 in column &apos;%2&apos;: not in the header</translation>
    </message>
    <message>
        <source>te veel regels: meer dan %1 codes of %2 cellen</source>
        <translation>too many lines: more than %1 codes or %2 cells</translation>
    </message>
    <message>
        <source>meer dan %1 verschillende codes in kolom &apos;%2&apos;: dat is vermoedelijk een fout in het bestand</source>
        <translation>more than %1 different codes in column &apos;%2&apos;: probably an error in the file</translation>
    </message>
    <message>
        <source>%1 × %2 codes geeft een tabel van %3 cellen; de grens is %4</source>
        <translation>%1 × %2 codes gives a table of %3 cells; the limit is %4</translation>
    </message>
    <message>
        <source>lege code in kolom &apos;%1&apos;</source>
        <translation>empty code in column &apos;%1&apos;</translation>
    </message>
    <message>
        <source>combinatie %1 %2 / sector %3 komt twee keer voor (ook op regel %4)</source>
        <translation>combination %1 %2 / sector %3 appears twice (also on line %4)</translation>
    </message>
    <message>
        <source>%1 × %2 codes geeft %3 cellen voor maar %4 gegevensregels; controleer de codes in de eerste twee kolommen</source>
        <translation>%1 × %2 codes gives %3 cells but only %4 data lines; check the codes in the first two columns</translation>
    </message>
    <message>
        <source>kopregel moet beginnen met &apos;region&apos; (breed: region,&lt;sectorcodes…&gt;; lang: region,sector,value), niet &apos;%1&apos;</source>
        <translation>header must start with &apos;region&apos; (wide: region,&lt;sector codes…&gt;; long: region,sector,value), not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>kopregel moet beginnen met &apos;from&apos; (breed: from,&lt;sectorcodes…&gt;; lang: from,to,value), niet &apos;%1&apos;</source>
        <translation>header must start with &apos;from&apos; (wide: from,&lt;sector codes…&gt;; long: from,to,value), not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>kopregel moet beginnen met &apos;sector&apos; (sector,&lt;sectorcodes…&gt;), niet &apos;%1&apos;</source>
        <translation>header must start with &apos;sector&apos; (sector,&lt;sector codes…&gt;), not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>kopregel moet &apos;code,name,section,section_name&apos; zijn</source>
        <translation>header must be &apos;code,name,section,section_name&apos;</translation>
    </message>
    <message>
        <source>lege sectorcode</source>
        <translation>empty sector code</translation>
    </message>
    <message>
        <source>sector %1 komt twee keer voor (ook op regel %2)</source>
        <translation>sector %1 appears twice (also on line %2)</translation>
    </message>
    <message>
        <source>kopregel moet &apos;code,name&apos; zijn</source>
        <translation>header must be &apos;code,name&apos;</translation>
    </message>
    <message>
        <source>lege regiocode</source>
        <translation>empty region code</translation>
    </message>
    <message>
        <source>regio %1 komt twee keer voor (ook op regel %2)</source>
        <translation>region %1 appears twice (also on line %2)</translation>
    </message>
    <message>
        <source>Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)</source>
        <translation>Source: CBS StatLine, table 83582NED (CC BY 4.0)</translation>
    </message>
    <message>
        <source>geen werkgelegenheidspanel van Regioverkenner (eerste regel &apos;# %1&apos; ontbreekt)</source>
        <translation>not a Regioverkenner employment panel (first line &apos;# %1&apos; is missing)</translation>
    </message>
    <message>
        <source>kopregel moet beginnen met &apos;region,year,&apos;</source>
        <translation>header must start with &apos;region,year,&apos;</translation>
    </message>
    <message>
        <source>onbekende sectorsleutel &apos;%1&apos; in de kopregel</source>
        <translation>unknown sector key &apos;%1&apos; in the header</translation>
    </message>
    <message>
        <source>ongeldig jaar &apos;%1&apos;</source>
        <translation>invalid year &apos;%1&apos;</translation>
    </message>
    <message>
        <source>regio %1 en jaar %2 komen twee keer voor</source>
        <translation>region %1 and year %2 appear twice</translation>
    </message>
    <message>
        <source>ongeldige waarde &apos;%1&apos; voor sector %2</source>
        <translation>invalid value &apos;%1&apos; for sector %2</translation>
    </message>
    <message>
        <source># Lege velden: onbekend (door de bron geheimgehouden), niet 0.
</source>
        <translation># Empty fields: unknown (kept confidential by the source), not 0.
</translation>
    </message>
    <message>
        <source>COROP-gebied</source>
        <translation>COROP region</translation>
    </message>
    <message>
        <source>COROP-gebieden</source>
        <translation>COROP regions</translation>
    </message>
    <message>
        <source>sectorsleutel %1 komt twee keer voor</source>
        <translation>sector key %1 appears twice</translation>
    </message>
    <message>
        <source>het totaal %1 heeft een bovenliggende sleutel</source>
        <translation>the total %1 has a parent key</translation>
    </message>
    <message>
        <source>sector %1 verwijst naar onbekende bovenliggende sleutel &apos;%2&apos;</source>
        <translation>sector %1 refers to unknown parent key &apos;%2&apos;</translation>
    </message>
    <message>
        <source>kringverwijzing bij sector %1</source>
        <translation>circular reference at sector %1</translation>
    </message>
    <message>
        <source>leeg bestand: de sectorindeling ontbreekt</source>
        <translation>empty file: the sector classification is missing</translation>
    </message>
    <message>
        <source>kopregel moet &apos;key,title,sbi_letters,level,parent&apos; zijn, niet &apos;%1&apos;</source>
        <translation>header must be &apos;key,title,sbi_letters,level,parent&apos;, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>meer dan 10.000 sectorsleutels</source>
        <translation>more than 10,000 sector keys</translation>
    </message>
    <message>
        <source>regel heeft %1 velden, de kopregel 5</source>
        <translation>line has %1 fields, the header 5</translation>
    </message>
    <message>
        <source>onbekend niveau &apos;%1&apos; (verwacht totaal, hoofdgroep, groep of sectie)</source>
        <translation>unknown level &apos;%1&apos; (expected totaal, hoofdgroep, groep or sectie)</translation>
    </message>
    <message>
        <source>lege sectorsleutel</source>
        <translation>empty sector key</translation>
    </message>
    <message>
        <source>periode &apos;%1&apos; is geen StatLine-periode (verwacht bijvoorbeeld 2024JJ00)</source>
        <translation>period &apos;%1&apos; is not a StatLine period (expected e.g. 2024JJ00)</translation>
    </message>
    <message>
        <source>waarde &apos;%1&apos; heeft een punt; dit bestand gebruikt een decimale komma</source>
        <translation>value &apos;%1&apos; has a point; this file uses a decimal comma</translation>
    </message>
    <message>
        <source>ongeldige waarde &apos;%1&apos; (geen getal)</source>
        <translation>invalid value &apos;%1&apos; (not a number)</translation>
    </message>
    <message>
        <source>negatieve waarde %1 (aantallen banen zijn nooit negatief)</source>
        <translation>negative value %1 (numbers of jobs are never negative)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen regiocode van CBS (verwacht bijvoorbeeld CR23, PV27 of GM0363)</source>
        <translation>&apos;%1&apos; is not a CBS region code (expected e.g. CR23, PV27 or GM0363)</translation>
    </message>
    <message>
        <source>onbekende regio &apos;%1&apos; (niet in de regio-indeling van 2025)</source>
        <translation>unknown region &apos;%1&apos; (not in the 2025 regional division)</translation>
    </message>
    <message>
        <source>onbekende sectorsleutel &apos;%1&apos; (niet in de SBI-indeling)</source>
        <translation>unknown sector key &apos;%1&apos; (not in the SBI classification)</translation>
    </message>
    <message>
        <source>meer dan %1 verschillende regio&apos;s; dit is geen regionale tabel die Regioverkenner kan lezen</source>
        <translation>more than %1 different regions; this is not a regional table Regioverkenner can read</translation>
    </message>
    <message>
        <source>regio %1, sector %2, jaar %3 staat er al op regel %4 (een extra dimensie of een dubbele regel?)</source>
        <translation>region %1, sector %2, year %3 is already on line %4 (an extra dimension or a duplicate line?)</translation>
    </message>
    <message>
        <source>meer dan %1 verschillende jaren</source>
        <translation>more than %1 different years</translation>
    </message>
    <message>
        <source>geen jaarcijfers (JJ00): alleen kwartalen of maanden</source>
        <translation>no annual figures (JJ00): only quarters or months</translation>
    </message>
    <message>
        <source>geen gegevens gevonden</source>
        <translation>no data found</translation>
    </message>
    <message>
        <source>de tabel is te dun gevuld (%1 waarden voor %2 regio&apos;s × %3 jaren)</source>
        <translation>the table is too sparsely filled (%1 values for %2 regions × %3 years)</translation>
    </message>
    <message>
        <source>waarde te groot na vermenigvuldiging met %1</source>
        <translation>value too large after multiplying by %1</translation>
    </message>
    <message>
        <source>%1 waarden zijn geheim (onderdrukt) en blijven onbekend, niet 0.</source>
        <translation>%1 values are confidential (suppressed) and stay unknown, not 0.</translation>
    </message>
    <message>
        <source>%1 regels met kwartaal- of maandcijfers overgeslagen; alleen jaarcijfers worden gelezen.</source>
        <translation>%1 lines with quarterly or monthly figures skipped; only annual figures are read.</translation>
    </message>
    <message>
        <source>Overgeslagen: %1 (restcategorie van CBS, geen COROP-gebied).</source>
        <translation>Skipped: %1 (residual category of CBS, not a COROP region).</translation>
    </message>
    <message>
        <source>Waarden vermenigvuldigd met %1 (de tabel telt in duizendtallen).</source>
        <translation>Values multiplied by %1 (the table counts in thousands).</translation>
    </message>
    <message>
        <source>leeg bestand</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; ontbreekt; is dit een Observations.csv van CBS?</source>
        <translation>column &apos;%1&apos; is missing; is this an Observations.csv from CBS?</translation>
    </message>
    <message>
        <source>kolom &apos;Perioden&apos; staat vóór &apos;Measure&apos;</source>
        <translation>column &apos;Perioden&apos; comes before &apos;Measure&apos;</translation>
    </message>
    <message>
        <source>geen kolom met regiocodes (zoals CR23 of GM0363) tussen &apos;Measure&apos; en &apos;Perioden&apos;</source>
        <translation>no column with region codes (such as CR23 or GM0363) between &apos;Measure&apos; and &apos;Perioden&apos;</translation>
    </message>
    <message>
        <source>geen kolom met sectorsleutels van de SBI-indeling tussen &apos;Measure&apos; en &apos;Perioden&apos;</source>
        <translation>no column with sector keys of the SBI classification between &apos;Measure&apos; and &apos;Perioden&apos;</translation>
    </message>
    <message>
        <source>meerdere maten in het bestand (&apos;%1&apos; op regel %2, &apos;%3&apos; hier): kies er een met --measure</source>
        <translation>several measures in the file (&apos;%1&apos; on line %2, &apos;%3&apos; here): choose one with --measure</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; heeft meer dan één waarde (&apos;%2&apos; en &apos;%3&apos;); exporteer één waarde van die dimensie</source>
        <translation>column &apos;%1&apos; has more than one value (&apos;%2&apos; and &apos;%3&apos;); export one value of that dimension</translation>
    </message>
    <message>
        <source>maat &apos;%1&apos; komt niet voor (wel: %2)</source>
        <translation>measure &apos;%1&apos; does not occur (present: %2)</translation>
    </message>
    <message>
        <source>bestand is groter dan 512 MB</source>
        <translation>file is larger than 512 MB</translation>
    </message>
    <message>
        <source>Banen van werknemers in december</source>
        <translation>Employee jobs in December</translation>
    </message>
    <message>
        <source>kolom &apos;Perioden&apos; ontbreekt; is dit een StatLine-export (TypedDataSet)?</source>
        <translation>column &apos;Perioden&apos; is missing; is this a StatLine export (TypedDataSet)?</translation>
    </message>
    <message>
        <source>geen kolom met regiocodes (zoals CR23 of GM0363) gevonden</source>
        <translation>no column with region codes (such as CR23 or GM0363) found</translation>
    </message>
    <message>
        <source>geen kolom met sectorsleutels van de SBI-indeling gevonden (zoals T001081 of 307500)</source>
        <translation>no column with sector keys of the SBI classification found (such as T001081 or 307500)</translation>
    </message>
    <message>
        <source>maat &apos;%1&apos; ontbreekt in de kopregel (wel: %2)</source>
        <translation>measure &apos;%1&apos; is missing in the header (present: %2)</translation>
    </message>
    <message>
        <source>geen kolom met waarden (maat) in de kopregel</source>
        <translation>no column with values (measure) in the header</translation>
    </message>
    <message>
        <source>meerdere maten (%1): kies er een met --measure</source>
        <translation>several measures (%1): choose one with --measure</translation>
    </message>
    <message>
        <source>Sterkte</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Zwakte</source>
        <translation>Weakness</translation>
    </message>
    <message>
        <source>Kans</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Bedreiging</source>
        <translation>Threat</translation>
    </message>
</context>
<context>
    <name>regio::economy::EconomyTable</name>
    <message>
        <source>nieuw (intrede)</source>
        <translation>new (entry)</translation>
    </message>
    <message>
        <source>verloren (uittrede)</source>
        <translation>lost (exit)</translation>
    </message>
    <message>
        <source>blijft</source>
        <translation>stays</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Specialisaties (LQ &gt; 1)</source>
        <translation>Specialisations (LQ &gt; 1)</translation>
    </message>
    <message>
        <source>Locatiequotiënten</source>
        <translation>Location quotients</translation>
    </message>
    <message>
        <source>Bron: eigen werkgelegenheidsbestand</source>
        <translation>Source: own employment file</translation>
    </message>
    <message>
        <source>LQ = (banen in de sector in de regio / banen in de regio) / (banen in de sector in totaal / alle banen); gespecialiseerd als LQ &gt; 1.</source>
        <translation>LQ = (jobs in the sector in the region / jobs in the region) / (jobs in the sector in total / all jobs); specialised when LQ &gt; 1.</translation>
    </message>
    <message>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>onbekend: geheim of ontbrekend in de bron, niet 0</source>
        <translation>unknown: confidential or missing in the source, not 0</translation>
    </message>
    <message>
        <source>Economische structuur — %1, %2</source>
        <translation>Economic structure — %1, %2</translation>
    </message>
    <message>
        <source>Gebied: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <source>Sectie</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Banen %1</source>
        <translation>Jobs %1</translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Aandeel Nederland</source>
        <translation>Share Netherlands</translation>
    </message>
    <message>
        <source>LQ</source>
        <translation>LQ</translation>
    </message>
    <message>
        <source>Verandering %1–%2</source>
        <translation>Change %1–%2</translation>
    </message>
    <message>
        <source>Nationale groei</source>
        <translation>National growth</translation>
    </message>
    <message>
        <source>Sectorstructuur (mix)</source>
        <translation>Industry mix</translation>
    </message>
    <message>
        <source>Regionaal effect</source>
        <translation>Regional effect</translation>
    </message>
    <message>
        <source>Specialisatie %1–%2</source>
        <translation>Specialisation %1–%2</translation>
    </message>
    <message>
        <source>Shift-share (Dunn 1960): verandering = nationale groei + sectorstructuur + regionaal effect.</source>
        <translation>Shift-share (Dunn 1960): change = national growth + industry mix + regional effect.</translation>
    </message>
    <message>
        <source>geheim: door CBS onderdrukt, onbekend (niet 0)</source>
        <translation>confidential: suppressed by CBS, unknown (not 0)</translation>
    </message>
    <message>
        <source>in %1 of %2 geheim: onbekend</source>
        <translation>confidential in %1 or %2: unknown</translation>
    </message>
</context>
<context>
    <name>regio::economy::sbi</name>
    <message>
        <source>A-U Alle economische activiteiten</source>
        <translation>A-U All economic activities</translation>
    </message>
    <message>
        <source>A Landbouw, bosbouw en visserij</source>
        <translation>A Agriculture, forestry and fishing</translation>
    </message>
    <message>
        <source>B-F Nijverheid en energie</source>
        <translation>B-F Industry and energy</translation>
    </message>
    <message>
        <source>B-E Nijverheid (geen bouw) en energie</source>
        <translation>B-E Industry (excl. construction) and energy</translation>
    </message>
    <message>
        <source>B Delfstoffenwinning</source>
        <translation>B Mining and quarrying</translation>
    </message>
    <message>
        <source>C Industrie</source>
        <translation>C Manufacturing</translation>
    </message>
    <message>
        <source>D Energievoorziening</source>
        <translation>D Energy supply</translation>
    </message>
    <message>
        <source>E Waterbedrijven en afvalbeheer</source>
        <translation>E Water supply and waste management</translation>
    </message>
    <message>
        <source>F Bouwnijverheid</source>
        <translation>F Construction</translation>
    </message>
    <message>
        <source>G-N Commerciële dienstverlening</source>
        <translation>G-N Commercial services</translation>
    </message>
    <message>
        <source>G-I Handel, vervoer en horeca</source>
        <translation>G-I Trade, transport and hospitality</translation>
    </message>
    <message>
        <source>G Handel</source>
        <translation>G Trade</translation>
    </message>
    <message>
        <source>H Vervoer en opslag</source>
        <translation>H Transportation and storage</translation>
    </message>
    <message>
        <source>I Horeca</source>
        <translation>I Accommodation and food services</translation>
    </message>
    <message>
        <source>J Informatie en communicatie</source>
        <translation>J Information and communication</translation>
    </message>
    <message>
        <source>K Financiële dienstverlening</source>
        <translation>K Financial services</translation>
    </message>
    <message>
        <source>L Verhuur en handel van onroerend goed</source>
        <translation>L Renting, buying and selling of real estate</translation>
    </message>
    <message>
        <source>M-N Zakelijke dienstverlening</source>
        <translation>M-N Business services</translation>
    </message>
    <message>
        <source>M Specialistische zakelijke diensten</source>
        <translation>M Specialised business services</translation>
    </message>
    <message>
        <source>N Verhuur en overige zakelijke diensten</source>
        <translation>N Renting and other business support</translation>
    </message>
    <message>
        <source>O-U Niet-commerciële dienstverlening</source>
        <translation>O-U Non-commercial services</translation>
    </message>
    <message>
        <source>O-Q Overheid en zorg</source>
        <translation>O-Q Government and care</translation>
    </message>
    <message>
        <source>O Openbaar bestuur en overheidsdiensten</source>
        <translation>O Public administration and services</translation>
    </message>
    <message>
        <source>P Onderwijs</source>
        <translation>P Education</translation>
    </message>
    <message>
        <source>Q Gezondheids- en welzijnszorg</source>
        <translation>Q Human health and social work</translation>
    </message>
    <message>
        <source>R-U Cultuur, recreatie, overige diensten</source>
        <translation>R-U Culture, recreation, other services</translation>
    </message>
    <message>
        <source>R Cultuur, sport en recreatie</source>
        <translation>R Culture, sports and recreation</translation>
    </message>
    <message>
        <source>S Overige dienstverlening</source>
        <translation>S Other service activities</translation>
    </message>
    <message>
        <source>Landbouw, bosbouw en visserij</source>
        <translation>Agriculture, forestry and fishing</translation>
    </message>
    <message>
        <source>Winning van delfstoffen</source>
        <translation>Mining and quarrying</translation>
    </message>
    <message>
        <source>Industrie</source>
        <translation>Manufacturing</translation>
    </message>
    <message>
        <source>Productie en distributie van en handel in elektriciteit, aardgas, stoom en gekoelde lucht</source>
        <translation>Electricity, gas, steam and air conditioning supply</translation>
    </message>
    <message>
        <source>Winning en distributie van water; afval- en afvalwaterbeheer en sanering</source>
        <translation>Water supply; sewerage, waste management and remediation</translation>
    </message>
    <message>
        <source>Bouwnijverheid</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Groot- en detailhandel; reparatie van auto&apos;s</source>
        <translation>Wholesale and retail trade; repair of motor vehicles</translation>
    </message>
    <message>
        <source>Vervoer en opslag</source>
        <translation>Transportation and storage</translation>
    </message>
    <message>
        <source>Logies-, maaltijd- en drankverstrekking</source>
        <translation>Accommodation and food service activities</translation>
    </message>
    <message>
        <source>Informatie en communicatie</source>
        <translation>Information and communication</translation>
    </message>
    <message>
        <source>Financiële instellingen</source>
        <translation>Financial institutions</translation>
    </message>
    <message>
        <source>Verhuur van en handel in onroerend goed</source>
        <translation>Renting, buying and selling of real estate</translation>
    </message>
    <message>
        <source>Advisering, onderzoek en overige specialistische zakelijke dienstverlening</source>
        <translation>Consultancy, research and other specialised business services</translation>
    </message>
    <message>
        <source>Verhuur van roerende goederen en overige zakelijke dienstverlening</source>
        <translation>Renting and leasing of tangible goods and other business support services</translation>
    </message>
    <message>
        <source>Openbaar bestuur, overheidsdiensten en verplichte sociale verzekeringen</source>
        <translation>Public administration, public services and compulsory social security</translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Gezondheids- en welzijnszorg</source>
        <translation>Human health and social work activities</translation>
    </message>
    <message>
        <source>Cultuur, sport en recreatie</source>
        <translation>Culture, sports and recreation</translation>
    </message>
    <message>
        <source>Overige dienstverlening</source>
        <translation>Other service activities</translation>
    </message>
    <message>
        <source>Huishoudens als werkgever; niet-gedifferentieerde productie van goederen en diensten door huishoudens voor eigen gebruik</source>
        <translation>Households as employers; undifferentiated production of goods and services by households for own use</translation>
    </message>
    <message>
        <source>Extraterritoriale organisaties en lichamen</source>
        <translation>Extraterritorial organisations and bodies</translation>
    </message>
    <message>
        <source>Landbouw, jacht en dienstverlening voor de landbouw en jacht</source>
        <translation>Crop and animal production, hunting and related service activities</translation>
    </message>
    <message>
        <source>Bosbouw, exploitatie van bossen en dienstverlening voor de bosbouw</source>
        <translation>Forestry, logging and related service activities</translation>
    </message>
    <message>
        <source>Visserij en kweken van vis en schaaldieren</source>
        <translation>Fishing and aquaculture</translation>
    </message>
    <message>
        <source>Winning van aardolie en aardgas</source>
        <translation>Extraction of crude petroleum and natural gas</translation>
    </message>
    <message>
        <source>Winning van delfstoffen (geen olie en gas)</source>
        <translation>Mining and quarrying (no oil and gas)</translation>
    </message>
    <message>
        <source>Dienstverlening voor de winning van delfstoffen</source>
        <translation>Mining support service activities</translation>
    </message>
    <message>
        <source>Vervaardiging van voedingsmiddelen</source>
        <translation>Manufacture of food products</translation>
    </message>
    <message>
        <source>Vervaardiging van dranken</source>
        <translation>Manufacture of beverages</translation>
    </message>
    <message>
        <source>Vervaardiging van tabaksproducten</source>
        <translation>Manufacture of tobacco products</translation>
    </message>
    <message>
        <source>Vervaardiging van textiel</source>
        <translation>Manufacture of textiles</translation>
    </message>
    <message>
        <source>Vervaardiging van kleding</source>
        <translation>Manufacture of wearing apparel</translation>
    </message>
    <message>
        <source>Vervaardiging van leer, lederwaren en schoenen</source>
        <translation>Manufacture of leather, leather products and footwear</translation>
    </message>
    <message>
        <source>Primaire houtbewerking en vervaardiging van artikelen van hout, kurk, riet en vlechtwerk (geen meubels)</source>
        <translation>Manufacture of wood and of products of wood, cork, straw and plaiting materials (no furniture)</translation>
    </message>
    <message>
        <source>Vervaardiging van papier, karton en papier- en kartonwaren</source>
        <translation>Manufacture of paper, paperboard and articles of paper and paperboard</translation>
    </message>
    <message>
        <source>Drukkerijen, reproductie van opgenomen media</source>
        <translation>Printing and reproduction of recorded media</translation>
    </message>
    <message>
        <source>Vervaardiging van cokesovenproducten en aardolieverwerking</source>
        <translation>Manufacture of coke and refined petroleum products</translation>
    </message>
    <message>
        <source>Vervaardiging van chemische producten</source>
        <translation>Manufacture of chemicals and chemical products</translation>
    </message>
    <message>
        <source>Vervaardiging van farmaceutische grondstoffen en producten</source>
        <translation>Manufacture of basic pharmaceutical products and preparations</translation>
    </message>
    <message>
        <source>Vervaardiging van producten van rubber en kunststof</source>
        <translation>Manufacture of rubber and plastic products</translation>
    </message>
    <message>
        <source>Vervaardiging van overige niet-metaalhoudende minerale producten</source>
        <translation>Manufacture of other non-metallic mineral products</translation>
    </message>
    <message>
        <source>Vervaardiging van metalen in primaire vorm</source>
        <translation>Manufacture of basic metals</translation>
    </message>
    <message>
        <source>Vervaardiging van producten van metaal (geen machines en apparaten)</source>
        <translation>Manufacture of fabricated metal products (no machinery and equipment)</translation>
    </message>
    <message>
        <source>Vervaardiging van computers en van elektronische en optische apparatuur</source>
        <translation>Manufacture of computer, electronic and optical products</translation>
    </message>
    <message>
        <source>Vervaardiging van elektrische apparatuur</source>
        <translation>Manufacture of electrical equipment</translation>
    </message>
    <message>
        <source>Vervaardiging van overige machines en apparaten</source>
        <translation>Manufacture of other machinery and equipment</translation>
    </message>
    <message>
        <source>Vervaardiging van auto&apos;s, aanhangwagens en opleggers</source>
        <translation>Manufacture of motor vehicles, trailers and semi-trailers</translation>
    </message>
    <message>
        <source>Vervaardiging van overige transportmiddelen</source>
        <translation>Manufacture of other transport equipment</translation>
    </message>
    <message>
        <source>Vervaardiging van meubels</source>
        <translation>Manufacture of furniture</translation>
    </message>
    <message>
        <source>Vervaardiging van overige goederen</source>
        <translation>Other manufacturing</translation>
    </message>
    <message>
        <source>Reparatie en installatie van machines en apparaten</source>
        <translation>Repair and installation of machinery and equipment</translation>
    </message>
    <message>
        <source>Winning en distributie van water</source>
        <translation>Water collection, treatment and supply</translation>
    </message>
    <message>
        <source>Afvalwaterinzameling en -behandeling</source>
        <translation>Sewerage</translation>
    </message>
    <message>
        <source>Afvalinzameling en -behandeling; voorbereiding tot recycling</source>
        <translation>Waste collection, treatment and disposal; materials recovery</translation>
    </message>
    <message>
        <source>Sanering en overig afvalbeheer</source>
        <translation>Remediation and other waste management</translation>
    </message>
    <message>
        <source>Algemene burgerlijke en utiliteitsbouw en projectontwikkeling</source>
        <translation>General construction of buildings and project development</translation>
    </message>
    <message>
        <source>Grond-, water- en wegenbouw (geen grondverzet)</source>
        <translation>Civil engineering (no earthmoving)</translation>
    </message>
    <message>
        <source>Gespecialiseerde werkzaamheden in de bouw</source>
        <translation>Specialised construction activities</translation>
    </message>
    <message>
        <source>Handel in en reparatie van auto&apos;s, motorfietsen en aanhangers</source>
        <translation>Trade in and repair of motor vehicles, motorcycles and trailers</translation>
    </message>
    <message>
        <source>Groothandel en handelsbemiddeling (niet in auto&apos;s en motorfietsen)</source>
        <translation>Wholesale trade and commission trade (not in motor vehicles and motorcycles)</translation>
    </message>
    <message>
        <source>Detailhandel (niet in auto&apos;s)</source>
        <translation>Retail trade (not in motor vehicles)</translation>
    </message>
    <message>
        <source>Vervoer over land</source>
        <translation>Land transport</translation>
    </message>
    <message>
        <source>Vervoer over water</source>
        <translation>Water transport</translation>
    </message>
    <message>
        <source>Luchtvaart</source>
        <translation>Air transport</translation>
    </message>
    <message>
        <source>Opslag en dienstverlening voor vervoer</source>
        <translation>Warehousing and support activities for transportation</translation>
    </message>
    <message>
        <source>Post en koeriers</source>
        <translation>Postal and courier activities</translation>
    </message>
    <message>
        <source>Logiesverstrekking</source>
        <translation>Accommodation</translation>
    </message>
    <message>
        <source>Eet- en drinkgelegenheden</source>
        <translation>Food and beverage service activities</translation>
    </message>
    <message>
        <source>Uitgeverijen</source>
        <translation>Publishing activities</translation>
    </message>
    <message>
        <source>Productie en distributie van films en televisieprogramma&apos;s; maken en uitgeven van geluidsopnamen</source>
        <translation>Motion picture and television programme production and distribution; sound recording and music publishing</translation>
    </message>
    <message>
        <source>Verzorgen en uitzenden van radio- en televisieprogramma&apos;s</source>
        <translation>Programming and broadcasting activities</translation>
    </message>
    <message>
        <source>Telecommunicatie</source>
        <translation>Telecommunications</translation>
    </message>
    <message>
        <source>Dienstverlenende activiteiten op het gebied van informatietechnologie</source>
        <translation>Information technology service activities</translation>
    </message>
    <message>
        <source>Dienstverlenende activiteiten op het gebied van informatie</source>
        <translation>Information service activities</translation>
    </message>
    <message>
        <source>Financiële instellingen (geen verzekeringen en pensioenfondsen)</source>
        <translation>Financial institutions (no insurance and pension funding)</translation>
    </message>
    <message>
        <source>Verzekeringen en pensioenfondsen (geen verplichte sociale verzekeringen)</source>
        <translation>Insurance and pension funding (no compulsory social security)</translation>
    </message>
    <message>
        <source>Overige financiële dienstverlening</source>
        <translation>Other financial services</translation>
    </message>
    <message>
        <source>Rechtskundige dienstverlening, accountancy, belastingadvisering en administratie</source>
        <translation>Legal, accounting, tax consultancy and administration activities</translation>
    </message>
    <message>
        <source>Holdings (geen financiële), concerndiensten binnen eigen concern en managementadvisering</source>
        <translation>Holdings (non-financial), head offices within the group and management consultancy</translation>
    </message>
    <message>
        <source>Architecten, ingenieurs en technisch ontwerp en advies; keuring en controle</source>
        <translation>Architectural and engineering activities and related technical consultancy; testing and analysis</translation>
    </message>
    <message>
        <source>Speur- en ontwikkelingswerk</source>
        <translation>Scientific research and development</translation>
    </message>
    <message>
        <source>Reclame en marktonderzoek</source>
        <translation>Advertising and market research</translation>
    </message>
    <message>
        <source>Industrieel ontwerp en vormgeving, fotografie, vertaling en overige consultancy</source>
        <translation>Industrial design, photography, translation and other consultancy</translation>
    </message>
    <message>
        <source>Veterinaire dienstverlening</source>
        <translation>Veterinary activities</translation>
    </message>
    <message>
        <source>Verhuur en lease van auto&apos;s, consumentenartikelen, machines en overige roerende goederen</source>
        <translation>Rental and leasing of motor vehicles, consumer goods, machinery and other tangible goods</translation>
    </message>
    <message>
        <source>Arbeidsbemiddeling, uitzendbureaus en personeelsbeheer</source>
        <translation>Employment activities: placement, temporary employment agencies and personnel management</translation>
    </message>
    <message>
        <source>Reisbemiddeling, reisorganisatie, toeristische informatie en reserveringsbureaus</source>
        <translation>Travel agency, tour operator, tourist information and reservation activities</translation>
    </message>
    <message>
        <source>Beveiliging en opsporing</source>
        <translation>Security and investigation activities</translation>
    </message>
    <message>
        <source>Facility management, reiniging en landschapsverzorging</source>
        <translation>Facility management, cleaning and landscape service activities</translation>
    </message>
    <message>
        <source>Overige zakelijke dienstverlening</source>
        <translation>Other business support activities</translation>
    </message>
    <message>
        <source>Gezondheidszorg</source>
        <translation>Human health activities</translation>
    </message>
    <message>
        <source>Verpleging, verzorging en begeleiding met overnachting</source>
        <translation>Residential care activities</translation>
    </message>
    <message>
        <source>Maatschappelijke dienstverlening zonder overnachting</source>
        <translation>Social work activities without accommodation</translation>
    </message>
    <message>
        <source>Kunst</source>
        <translation>Arts</translation>
    </message>
    <message>
        <source>Culturele uitleencentra, openbare archieven, musea, dieren- en plantentuinen, natuurbehoud</source>
        <translation>Lending libraries, public archives, museums, zoological and botanical gardens, nature conservation</translation>
    </message>
    <message>
        <source>Loterijen en kansspelen</source>
        <translation>Gambling and betting activities</translation>
    </message>
    <message>
        <source>Sport en recreatie</source>
        <translation>Sports and recreation</translation>
    </message>
    <message>
        <source>Levensbeschouwelijke en politieke organisaties, belangen- en ideële organisaties, hobbyclubs</source>
        <translation>Religious and political organisations, interest and ideological organisations, hobby clubs</translation>
    </message>
    <message>
        <source>Reparatie van computers en consumentenartikelen</source>
        <translation>Repair of computers and consumer goods</translation>
    </message>
    <message>
        <source>Wellness en overige dienstverlening; uitvaartbranche</source>
        <translation>Wellness and other personal service activities; funeral activities</translation>
    </message>
    <message>
        <source>Huishoudens als werkgever van huishoudelijk personeel</source>
        <translation>Activities of households as employers of domestic personnel</translation>
    </message>
    <message>
        <source>Niet-gespecificeerde productie van goederen en diensten door particuliere huishoudens voor eigen gebruik</source>
        <translation>Undifferentiated production of goods and services by private households for own use</translation>
    </message>
</context>
<context>
    <name>regio::geo</name>
    <message>
        <source>ring is geen lijst van posities</source>
        <translation>ring is not a list of positions</translation>
    </message>
    <message>
        <source>positie moet twee getallen hebben</source>
        <translation>position must have two numbers</translation>
    </message>
    <message>
        <source>geen GeoJSON: het document is geen object</source>
        <translation>not GeoJSON: the document is not an object</translation>
    </message>
    <message>
        <source>&apos;features&apos; ontbreekt of is geen lijst</source>
        <translation>&apos;features&apos; is missing or not a list</translation>
    </message>
    <message>
        <source>geen GeoJSON: &apos;type&apos; is niet &quot;FeatureCollection&quot; of &quot;Feature&quot;</source>
        <translation>not GeoJSON: &apos;type&apos; is not &quot;FeatureCollection&quot; or &quot;Feature&quot;</translation>
    </message>
    <message>
        <source>feature is geen object</source>
        <translation>feature is not an object</translation>
    </message>
    <message>
        <source>&apos;arcs&apos; ontbreekt of is geen lijst</source>
        <translation>&apos;arcs&apos; is missing or not a list</translation>
    </message>
    <message>
        <source>&apos;transform&apos; moet &apos;scale&apos; en &apos;translate&apos; met elk twee getallen hebben</source>
        <translation>&apos;transform&apos; must have &apos;scale&apos; and &apos;translate&apos; with two numbers each</translation>
    </message>
    <message>
        <source>&apos;transform&apos; is geen object</source>
        <translation>&apos;transform&apos; is not an object</translation>
    </message>
    <message>
        <source>boog is geen lijst van posities</source>
        <translation>arc is not a list of positions</translation>
    </message>
    <message>
        <source>ring is geen lijst van boogindexen</source>
        <translation>ring is not a list of arc indices</translation>
    </message>
    <message>
        <source>boogindex is geen geheel getal</source>
        <translation>arc index is not an integer</translation>
    </message>
    <message>
        <source>verwijzing naar boog %1, maar het bestand heeft %2 bogen</source>
        <translation>reference to arc %1, but the file has %2 arcs</translation>
    </message>
    <message>
        <source>geen TopoJSON: het document is geen object</source>
        <translation>not TopoJSON: the document is not an object</translation>
    </message>
    <message>
        <source>geen TopoJSON: &apos;type&apos; is niet &quot;Topology&quot;</source>
        <translation>not TopoJSON: &apos;type&apos; is not &quot;Topology&quot;</translation>
    </message>
    <message>
        <source>TopoJSON zonder objecten</source>
        <translation>TopoJSON without objects</translation>
    </message>
    <message>
        <source>object &apos;%1&apos; ontbreekt (wel: %2)</source>
        <translation>object &apos;%1&apos; is missing (present: %2)</translation>
    </message>
    <message>
        <source>geometrie is geen object</source>
        <translation>geometry is not an object</translation>
    </message>
    <message>
        <source>bestand bestaat niet of is geen bestand</source>
        <translation>file does not exist or is not a file</translation>
    </message>
    <message>
        <source>geen kaartbestand dat GDAL kan lezen</source>
        <translation>not a map file that GDAL can read</translation>
    </message>
    <message>
        <source>geen kaartbestand dat GDAL kan lezen (%1)</source>
        <translation>not a map file that GDAL can read (%1)</translation>
    </message>
    <message>
        <source>bevat geen kaartlagen</source>
        <translation>contains no map layers</translation>
    </message>
    <message>
        <source>laag &apos;%1&apos;</source>
        <translation>layer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>laag &apos;%1&apos; ontbreekt; wel aanwezig: %2</source>
        <translation>layer &apos;%1&apos; is missing; present: %2</translation>
    </message>
    <message>
        <source>laag heeft geen geometrie; verwacht vlakken (Polygon of MultiPolygon)</source>
        <translation>layer has no geometry; expected polygons (Polygon or MultiPolygon)</translation>
    </message>
    <message>
        <source>laag heeft geometrie van type %1; verwacht vlakken (Polygon of MultiPolygon)</source>
        <translation>layer has geometry of type %1; expected polygons (Polygon or MultiPolygon)</translation>
    </message>
    <message>
        <source>veld &apos;%1&apos; ontbreekt; wel aanwezig: %2</source>
        <translation>field &apos;%1&apos; is missing; present: %2</translation>
    </message>
    <message>
        <source>geen velden</source>
        <translation>no fields</translation>
    </message>
    <message>
        <source>coördinaten in %1 kunnen niet naar RD New (EPSG:28992) worden omgerekend (%2)</source>
        <translation>coordinates in %1 cannot be converted to RD New (EPSG:28992) (%2)</translation>
    </message>
    <message>
        <source>%1, object %2</source>
        <translation>%1, feature %2</translation>
    </message>
    <message>
        <source>veld &apos;%1&apos; is leeg</source>
        <translation>field &apos;%1&apos; is empty</translation>
    </message>
    <message>
        <source>object zonder geometrie%1</source>
        <translation>feature without geometry%1</translation>
    </message>
    <message>
        <source>geometrie van type %1%2; verwacht vlakken (Polygon of MultiPolygon)</source>
        <translation>geometry of type %1%2; expected polygons (Polygon or MultiPolygon)</translation>
    </message>
    <message>
        <source>omrekenen naar RD New (EPSG:28992) mislukt%1</source>
        <translation>conversion to RD New (EPSG:28992) failed%1</translation>
    </message>
    <message>
        <source>geometrie%1 is niet om te zetten naar vlakken</source>
        <translation>geometry%1 cannot be converted to polygons</translation>
    </message>
</context>
<context>
    <name>regio::graph</name>
    <message>
        <source>Synthetische sector %1</source>
        <translation>Synthetic sector %1</translation>
    </message>
</context>
<context>
    <name>regio::io</name>
    <message>
        <source>bestand is UTF-16 of bevat nul-tekens; sla op als UTF-8 of als CSV (gescheiden door lijstscheidingsteken)</source>
        <translation>file is UTF-16 or contains null characters; save as UTF-8 or as CSV (separated by list separator)</translation>
    </message>
    <message>
        <source>ongeldige tekens: het bestand is geen UTF-8 en geen Windows-1252</source>
        <translation>invalid characters: the file is neither UTF-8 nor Windows-1252</translation>
    </message>
    <message>
        <source>aanhalingsteken wordt niet gesloten</source>
        <translation>quotation mark is not closed</translation>
    </message>
    <message>
        <source>tekst na een afsluitend aanhalingsteken in veld %1</source>
        <translation>text after a closing quotation mark in field %1</translation>
    </message>
    <message>
        <source>kan niet lezen: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>object wordt niet afgesloten met &apos;}&apos;</source>
        <translation>object is not closed with &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;:&apos; ontbreekt na een naam</source>
        <translation>&apos;:&apos; is missing after a name</translation>
    </message>
    <message>
        <source>lijst wordt niet afgesloten met &apos;]&apos;</source>
        <translation>list is not closed with &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; ontbreekt tussen waarden</source>
        <translation>&apos;,&apos; is missing between values</translation>
    </message>
    <message>
        <source>ongeldige waarde</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <source>bestand houdt op midden in een getal</source>
        <translation>file ends in the middle of a number</translation>
    </message>
    <message>
        <source>ongeldig getal</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>ongeldige escape-reeks in tekst</source>
        <translation>invalid escape sequence in text</translation>
    </message>
    <message>
        <source>ongeldige tekens: geen UTF-8</source>
        <translation>invalid characters: not UTF-8</translation>
    </message>
    <message>
        <source>tekst wordt niet afgesloten met &apos;&quot;&apos;</source>
        <translation>text is not closed with &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>waarde ontbreekt na een komma</source>
        <translation>value missing after a comma</translation>
    </message>
    <message>
        <source>te diep genest</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <source>document te groot</source>
        <translation>document too large</translation>
    </message>
    <message>
        <source>tekst na het einde van het document</source>
        <translation>text after the end of the document</translation>
    </message>
    <message>
        <source>onbekende fout</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>bestand bestaat niet</source>
        <translation>file does not exist</translation>
    </message>
    <message>
        <source>kan bestand niet openen: %1</source>
        <translation>cannot open file: %1</translation>
    </message>
    <message>
        <source>bestand is %1 MB; de grens is %2 MB</source>
        <translation>file is %1 MB; the limit is %2 MB</translation>
    </message>
    <message>
        <source>bestand is leeg</source>
        <translation>file is empty</translation>
    </message>
    <message>
        <source>bestand is UTF-16; sla op als UTF-8</source>
        <translation>file is UTF-16; save as UTF-8</translation>
    </message>
    <message>
        <source>JSON houdt onverwacht op (bestand afgekapt?)</source>
        <translation>JSON ends unexpectedly (file truncated?)</translation>
    </message>
    <message>
        <source>ongeldige JSON bij byte %1: %2</source>
        <translation>invalid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>kan niet schrijven: %1</source>
        <translation>cannot write: %1</translation>
    </message>
    <message>
        <source>kan %1 niet schrijven: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>schijf vol</source>
        <translation>disk full</translation>
    </message>
    <message>
        <source>schijfquotum overschreden</source>
        <translation>disk quota exceeded</translation>
    </message>
    <message>
        <source>geen toegang</source>
        <translation>no access</translation>
    </message>
    <message>
        <source>alleen-lezen bestandssysteem</source>
        <translation>read-only file system</translation>
    </message>
    <message>
        <source>map bestaat niet</source>
        <translation>folder does not exist</translation>
    </message>
    <message>
        <source>een deel van het pad is geen map</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>is een map</source>
        <translation>is a folder</translation>
    </message>
    <message>
        <source>invoer-/uitvoerfout van het apparaat</source>
        <translation>input/output error of the device</translation>
    </message>
    <message>
        <source>bestand te groot</source>
        <translation>file too large</translation>
    </message>
    <message>
        <source>bestandsnaam te lang</source>
        <translation>file name too long</translation>
    </message>
    <message>
        <source>na het opslaan is het bestand %1 bytes in plaats van %2</source>
        <translation>after saving, the file is %1 bytes instead of %2</translation>
    </message>
    <message>
        <source>bestand bestaat niet of is geen bestand</source>
        <translation>file does not exist or is not a file</translation>
    </message>
    <message>
        <source>geen rekenblad: alleen .xlsx en .ods worden als rekenblad gelezen</source>
        <translation>not a spreadsheet: only .xlsx and .ods are read as spreadsheets</translation>
    </message>
    <message>
        <source>geen geldig %1-rekenblad</source>
        <translation>not a valid %1 spreadsheet</translation>
    </message>
    <message>
        <source>geen geldig %1-rekenblad (%2)</source>
        <translation>not a valid %1 spreadsheet (%2)</translation>
    </message>
    <message>
        <source>meer dan %1 rijen</source>
        <translation>more than %1 rows</translation>
    </message>
    <message>
        <source>werkblad &apos;%1&apos; ontbreekt; wel aanwezig: %2</source>
        <translation>sheet &apos;%1&apos; is missing; present: %2</translation>
    </message>
    <message>
        <source>geen werkbladen</source>
        <translation>no sheets</translation>
    </message>
    <message>
        <source>alle werkbladen zijn leeg</source>
        <translation>all sheets are empty</translation>
    </message>
</context>
<context>
    <name>regio::io::Table</name>
    <message>
        <source>Lege cel: %1</source>
        <translation>Empty cell: %1</translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>werkmap vol of niet schrijfbaar (%1)</source>
        <translation>working folder full or not writable (%1)</translation>
    </message>
    <message>
        <source>Excel-bestand opmaken mislukt (%1)</source>
        <translation>building the Excel file failed (%1)</translation>
    </message>
    <message>
        <source>Excel-bestand kan niet worden aangemaakt</source>
        <translation>the Excel file cannot be created</translation>
    </message>
    <message>
        <source>werkblad &apos;%1&apos; kan niet worden aangemaakt</source>
        <translation>sheet &apos;%1&apos; cannot be created</translation>
    </message>
    <message>
        <source>Toelichting %1</source>
        <translation>Notes %1</translation>
    </message>
    <message>
        <source>werkblad kan niet worden aangemaakt</source>
        <translation>sheet cannot be created</translation>
    </message>
    <message>
        <source>Excel-bestand</source>
        <translation>Excel file</translation>
    </message>
    <message>
        <source>geen tijdelijke map in %1</source>
        <translation>no temporary folder in %1</translation>
    </message>
    <message>
        <source>tijdelijk Excel-bestand niet leesbaar</source>
        <translation>temporary Excel file not readable</translation>
    </message>
    <message>
        <source>tijdelijk Excel-bestand onvolledig (schijf vol?)</source>
        <translation>temporary Excel file incomplete (disk full?)</translation>
    </message>
</context>
<context>
    <name>regio::regions</name>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>COROP-gebied</source>
        <translation>COROP region</translation>
    </message>
    <message>
        <source>Arbeidsmarktregio</source>
        <translation>Labour market region</translation>
    </message>
    <message>
        <source>Gemeenten</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Provincies</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <source>COROP-gebieden</source>
        <translation>COROP regions</translation>
    </message>
    <message>
        <source>Arbeidsmarktregio&apos;s</source>
        <translation>Labour market regions</translation>
    </message>
    <message>
        <source>code %1 is geen tekst of geheel getal</source>
        <translation>code %1 is not text or an integer</translation>
    </message>
    <message>
        <source>code ontbreekt (eigenschap &apos;%1&apos;)</source>
        <translation>code is missing (property &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>naam ontbreekt (eigenschap &apos;%1&apos;) bij %2</source>
        <translation>name is missing (property &apos;%1&apos;) at %2</translation>
    </message>
    <message>
        <source>code %1 komt twee keer voor</source>
        <translation>code %1 appears twice</translation>
    </message>
    <message>
        <source>geen geldig regiobestand: %1</source>
        <translation>not a valid region file: %1</translation>
    </message>
    <message>
        <source>kenmerk &apos;RVG1&apos; ontbreekt</source>
        <translation>marker &apos;RVG1&apos; is missing</translation>
    </message>
    <message>
        <source>formaatversie %1 wordt niet ondersteund (verwacht %2)</source>
        <translation>format version %1 is not supported (expected %2)</translation>
    </message>
    <message>
        <source>gegevens zijn afgekapt</source>
        <translation>data are truncated</translation>
    </message>
    <message>
        <source>onmogelijke uitgepakte grootte %1 bytes voor %2 bytes gegevens</source>
        <translation>impossible unpacked size %1 bytes for %2 bytes of data</translation>
    </message>
    <message>
        <source>gegevens zijn beschadigd (uitpakken mislukt)</source>
        <translation>data are damaged (unpacking failed)</translation>
    </message>
    <message>
        <source>onwaarschijnlijk aantal gemeenten %1</source>
        <translation>implausible number of municipalities %1</translation>
    </message>
    <message>
        <source>afgekapt of beschadigd bij de gemeenten</source>
        <translation>truncated or damaged at the municipalities</translation>
    </message>
    <message>
        <source>afgekapt of beschadigd bij %1</source>
        <translation>truncated or damaged at %1</translation>
    </message>
    <message>
        <source>Bron: CBS/Kadaster (CC BY 4.0), bewerking cartomap</source>
        <translation>Source: CBS/Kadaster (CC BY 4.0), processed by cartomap</translation>
    </message>
    <message>
        <source>laag &apos;%1&apos; voor de %2 ontbreekt; kies een laag met %3 (aanwezig: %4)</source>
        <translation>layer &apos;%1&apos; for the %2 is missing; choose a layer with %3 (present: %4)</translation>
    </message>
    <message>
        <source>laag &apos;%1&apos;</source>
        <translation>layer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>laag bevat geen vlakken</source>
        <translation>layer contains no polygons</translation>
    </message>
    <message>
        <source>onbekende code &apos;%1&apos; voor de %2: die beginnen met %3 (kies de juiste laag met %4)</source>
        <translation>unknown code &apos;%1&apos; for the %2: those start with %3 (choose the right layer with %4)</translation>
    </message>
</context>
<context>
    <name>regio::registry</name>
    <message>
        <source>Economie</source>
        <translation>Economy</translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Arbeidsmarkt</source>
        <translation>Labour market</translation>
    </message>
    <message>
        <source>Gemeenten</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Geen gemeenten betrokken</source>
        <translation>No municipalities involved</translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Provincie niet betrokken</source>
        <translation>Province not involved</translation>
    </message>
    <message>
        <source>Rijk</source>
        <translation>Central government</translation>
    </message>
    <message>
        <source>Rijk niet betrokken</source>
        <translation>Central government not involved</translation>
    </message>
    <message>
        <source>UWV</source>
        <translation>UWV</translation>
    </message>
    <message>
        <source>UWV niet betrokken</source>
        <translation>UWV not involved</translation>
    </message>
    <message>
        <source>Bedrijfsleven</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Bedrijfsleven niet betrokken</source>
        <translation>Business not involved</translation>
    </message>
    <message>
        <source>Kennisinstellingen</source>
        <translation>Knowledge institutions</translation>
    </message>
    <message>
        <source>Geen kennisinstellingen betrokken</source>
        <translation>No knowledge institutions involved</translation>
    </message>
    <message>
        <source>Onderwijsinstellingen</source>
        <translation>Educational institutions</translation>
    </message>
    <message>
        <source>Geen onderwijsinstellingen betrokken</source>
        <translation>No educational institutions involved</translation>
    </message>
    <message>
        <source>Werkgeversorganisaties</source>
        <translation>Employers&apos; organisations</translation>
    </message>
    <message>
        <source>Geen werkgeversorganisaties betrokken</source>
        <translation>No employers&apos; organisations involved</translation>
    </message>
    <message>
        <source>Werknemersorganisaties</source>
        <translation>Trade unions</translation>
    </message>
    <message>
        <source>Geen werknemersorganisaties betrokken</source>
        <translation>No trade unions involved</translation>
    </message>
    <message>
        <source>Maatschappelijke organisaties</source>
        <translation>Civil society organisations</translation>
    </message>
    <message>
        <source>Geen maatschappelijke organisaties betrokken</source>
        <translation>No civil society organisations involved</translation>
    </message>
    <message>
        <source>Adviserend</source>
        <translation>Advisory</translation>
    </message>
    <message>
        <source>Agenderend/coördinerend</source>
        <translation>Agenda-setting/coordinating</translation>
    </message>
    <message>
        <source>Uitvoerend</source>
        <translation>Executive</translation>
    </message>
    <message>
        <source>Financierend</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Hoog</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Middel</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Laag</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Beëindigd</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Economic Board</source>
        <translation>Economic Board</translation>
    </message>
    <message>
        <source>Economic Boards</source>
        <translation>Economic Boards</translation>
    </message>
    <message>
        <source>Gespecialiseerde board</source>
        <translation>Specialised board</translation>
    </message>
    <message>
        <source>gespecialiseerde boards</source>
        <translation>specialised boards</translation>
    </message>
    <message>
        <source>Strategische agenda</source>
        <translation>Strategic agenda</translation>
    </message>
    <message>
        <source>strategische agenda&apos;s</source>
        <translation>strategic agendas</translation>
    </message>
    <message>
        <source>Regionale ontwikkelingsmaatschappij</source>
        <translation>Regional development agency (ROM)</translation>
    </message>
    <message>
        <source>regionale ontwikkelingsmaatschappijen</source>
        <translation>regional development agencies</translation>
    </message>
    <message>
        <source>Provinciale SER</source>
        <translation>Provincial SER</translation>
    </message>
    <message>
        <source>provinciale SER&apos;en</source>
        <translation>provincial SERs</translation>
    </message>
    <message>
        <source>Regionaal werkbedrijf</source>
        <translation>Regional employment partnership (Regionaal Werkbedrijf)</translation>
    </message>
    <message>
        <source>regionale werkbedrijven</source>
        <translation>regional employment partnerships</translation>
    </message>
    <message>
        <source>Onderwijssamenwerking</source>
        <translation>Education partnership</translation>
    </message>
    <message>
        <source>onderwijssamenwerkingen</source>
        <translation>education partnerships</translation>
    </message>
    <message>
        <source>Metropoolregio / regionaal bestuur</source>
        <translation>Metropolitan region / regional authority</translation>
    </message>
    <message>
        <source>metropoolregio&apos;s / regionale besturen</source>
        <translation>metropolitan regions / regional authorities</translation>
    </message>
    <message>
        <source>City Deal</source>
        <translation>City Deal</translation>
    </message>
    <message>
        <source>City Deals</source>
        <translation>City Deals</translation>
    </message>
    <message>
        <source>Proeftuin Maak Verschil</source>
        <translation>Maak Verschil pilot (Proeftuin)</translation>
    </message>
    <message>
        <source>proeftuinen Maak Verschil</source>
        <translation>Maak Verschil pilots</translation>
    </message>
    <message>
        <source>Grensoverschrijdende samenwerking</source>
        <translation>Cross-border cooperation</translation>
    </message>
    <message>
        <source>grensoverschrijdende samenwerkingen</source>
        <translation>cross-border cooperations</translation>
    </message>
    <message>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>programma&apos;s</source>
        <translation>programmes</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Subregio</source>
        <translation>Subregion</translation>
    </message>
    <message>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Landsdeel</source>
        <translation>Part of the country</translation>
    </message>
    <message>
        <source>Nationaal</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Grensoverschrijdend</source>
        <translation>Cross-border</translation>
    </message>
    <message>
        <source>object niet afgesloten met &apos;}&apos;</source>
        <translation>object not closed with &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;:&apos; ontbreekt na een sleutel</source>
        <translation>&apos;:&apos; is missing after a key</translation>
    </message>
    <message>
        <source>lijst niet afgesloten met &apos;]&apos;</source>
        <translation>list not closed with &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; ontbreekt tussen waarden</source>
        <translation>&apos;,&apos; is missing between values</translation>
    </message>
    <message>
        <source>ongeldige waarde</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <source>bestand eindigt midden in een getal</source>
        <translation>file ends in the middle of a number</translation>
    </message>
    <message>
        <source>ongeldig getal</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>ongeldige escape-reeks in tekst</source>
        <translation>invalid escape sequence in text</translation>
    </message>
    <message>
        <source>ongeldige UTF-8 in tekst</source>
        <translation>invalid UTF-8 in text</translation>
    </message>
    <message>
        <source>tekst niet afgesloten met &apos;&quot;&apos;</source>
        <translation>text not closed with &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>object verwacht</source>
        <translation>object expected</translation>
    </message>
    <message>
        <source>te diep genest</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <source>document te groot</source>
        <translation>document too large</translation>
    </message>
    <message>
        <source>onverwachte tekst na het einde</source>
        <translation>unexpected text after the end</translation>
    </message>
    <message>
        <source>ongeldige JSON</source>
        <translation>invalid JSON</translation>
    </message>
    <message>
        <source>onbekende sleutel &apos;%1&apos;</source>
        <translation>unknown key &apos;%1&apos;</translation>
    </message>
    <message>
        <source>verplichte sleutel &apos;%1&apos; ontbreekt</source>
        <translation>required key &apos;%1&apos; is missing</translation>
    </message>
    <message>
        <source>moet een tekst zijn</source>
        <translation>must be a text</translation>
    </message>
    <message>
        <source>moet een lijst van teksten zijn</source>
        <translation>must be a list of texts</translation>
    </message>
    <message>
        <source>moet een lijst zijn (%1)</source>
        <translation>must be a list (%1)</translation>
    </message>
    <message>
        <source>dubbele waarde &apos;%1&apos;</source>
        <translation>duplicate value &apos;%1&apos;</translation>
    </message>
    <message>
        <source>moet een geheel getal of null zijn</source>
        <translation>must be an integer or null</translation>
    </message>
    <message>
        <source>moet een getal of null zijn</source>
        <translation>must be a number or null</translation>
    </message>
    <message>
        <source>moet true of false zijn</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>moet een object zijn met national, municipalities, divisions</source>
        <translation>must be an object with national, municipalities, divisions</translation>
    </message>
    <message>
        <source>onbekend type &apos;%1&apos;</source>
        <translation>unknown type &apos;%1&apos;</translation>
    </message>
    <message>
        <source>onbekend domein &apos;%1&apos;</source>
        <translation>unknown domain &apos;%1&apos;</translation>
    </message>
    <message>
        <source>onbekende actor &apos;%1&apos;</source>
        <translation>unknown actor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>onbekende rol &apos;%1&apos;</source>
        <translation>unknown role &apos;%1&apos;</translation>
    </message>
    <message>
        <source>onbekende status &apos;%1&apos;</source>
        <translation>unknown status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>onbekende schaal &apos;%1&apos;</source>
        <translation>unknown scale &apos;%1&apos;</translation>
    </message>
    <message>
        <source>onbekende betrouwbaarheid &apos;%1&apos;</source>
        <translation>unknown confidence &apos;%1&apos;</translation>
    </message>
    <message>
        <source>geen registerbestand: verwacht &quot;%1&quot;</source>
        <translation>not a register file: expected &quot;%1&quot;</translation>
    </message>
    <message>
        <source>moet een getal zijn (%1)</source>
        <translation>must be a number (%1)</translation>
    </message>
    <message>
        <source>het register gebruikt de gemeentelijke indeling van %1, dit programma die van %2</source>
        <translation>the register uses the municipal division of %1, this program that of %2</translation>
    </message>
    <message>
        <source>leeg bestand</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>ongeldige JSON: </source>
        <translation>invalid JSON: </translation>
    </message>
    <message>
        <source>moet een lijst van samenwerkingsverbanden zijn</source>
        <translation>must be a list of partnerships</translation>
    </message>
    <message>
        <source>moet een object zijn</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>bestand bestaat niet</source>
        <translation>file does not exist</translation>
    </message>
    <message>
        <source>kan niet lezen: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>bestand te groot (%1 MB; hooguit %2 MB)</source>
        <translation>file too large (%1 MB; at most %2 MB)</translation>
    </message>
    <message>
        <source>geen eindig getal; kan niet als JSON worden opgeslagen</source>
        <translation>not a finite number; cannot be saved as JSON</translation>
    </message>
    <message>
        <source>onbekende provinciecode %1</source>
        <translation>unknown province code %1</translation>
    </message>
    <message>
        <source>onbekende COROP-code %1</source>
        <translation>unknown COROP code %1</translation>
    </message>
    <message>
        <source>onbekende arbeidsmarktregiocode %1</source>
        <translation>unknown labour market region code %1</translation>
    </message>
    <message>
        <source>onbekende code %1</source>
        <translation>unknown code %1</translation>
    </message>
    <message>
        <source>%1 is geen gemeentecode; zet indelingen onder territory.divisions</source>
        <translation>%1 is not a municipality code; put divisions under territory.divisions</translation>
    </message>
    <message>
        <source>onbekende gemeentecode %1</source>
        <translation>unknown municipality code %1</translation>
    </message>
    <message>
        <source>dubbele gemeentecode %1</source>
        <translation>duplicate municipality code %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen code van een provincie (PV), COROP-gebied (CR) of arbeidsmarktregio (AM)</source>
        <translation>&apos;%1&apos; is not a code of a province (PV), COROP region (CR) or labour market region (AM)</translation>
    </message>
    <message>
        <source>%1 is een gemeente; zet die onder territory.municipalities</source>
        <translation>%1 is a municipality; put it under territory.municipalities</translation>
    </message>
    <message>
        <source>dubbele code %1</source>
        <translation>duplicate code %1</translation>
    </message>
    <message>
        <source>lege naam van een buitenlands gebied</source>
        <translation>empty name of a foreign area</translation>
    </message>
    <message>
        <source>leeg gebied: geen gemeenten, geen indelingen en niet national</source>
        <translation>empty area: no municipalities, no divisions and not national</translation>
    </message>
    <message>
        <source>lege id</source>
        <translation>empty id</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; mag alleen kleine letters a-z, cijfers en &apos;-&apos; bevatten</source>
        <translation>id &apos;%1&apos; may only contain lower-case letters a-z, digits and &apos;-&apos;</translation>
    </message>
    <message>
        <source>lege naam</source>
        <translation>empty name</translation>
    </message>
    <message>
        <source>ten minste één domein nodig (%1)</source>
        <translation>at least one domain needed (%1)</translation>
    </message>
    <message>
        <source>ten minste één actor nodig</source>
        <translation>at least one actor needed</translation>
    </message>
    <message>
        <source>ten minste één rol nodig (%1)</source>
        <translation>at least one role needed (%1)</translation>
    </message>
    <message>
        <source>bijdrage per inwoner moet een getal ≥ 0 zijn</source>
        <translation>contribution per inhabitant must be a number ≥ 0</translation>
    </message>
    <message>
        <source>onwaarschijnlijk oprichtingsjaar %1 (verwacht %2–%3)</source>
        <translation>implausible founding year %1 (expected %2–%3)</translation>
    </message>
    <message>
        <source>gebied in woorden ontbreekt: beschrijf het werkgebied, en zeg of het benaderd is</source>
        <translation>area in words is missing: describe the area, and say whether it is approximate</translation>
    </message>
    <message>
        <source>lege bron: elke vermelding noemt haar bron</source>
        <translation>empty source: every entry names its source</translation>
    </message>
    <message>
        <source>dubbele id &apos;%1&apos; (ook in %2)</source>
        <translation>duplicate id &apos;%1&apos; (also in %2)</translation>
    </message>
    <message>
        <source>Standaardregister samenwerkingsverbanden</source>
        <translation>Default register of partnerships</translation>
    </message>
    <message>
        <source>Gemeenschappelijke regeling (Wgr)</source>
        <translation>Joint arrangement (Wgr)</translation>
    </message>
    <message>
        <source>Stichting</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <source>Vereniging</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Besloten vennootschap (bv)</source>
        <translation>Private limited company (bv)</translation>
    </message>
    <message>
        <source>Naamloze vennootschap (nv)</source>
        <translation>Public limited company (nv)</translation>
    </message>
    <message>
        <source>Zelfstandig bestuursorgaan</source>
        <translation>Independent administrative body</translation>
    </message>
    <message>
        <source>Europese groepering voor territoriale samenwerking</source>
        <translation>European grouping of territorial cooperation</translation>
    </message>
    <message>
        <source>Convenant</source>
        <translation>Covenant</translation>
    </message>
    <message>
        <source>Informeel netwerk</source>
        <translation>Informal network</translation>
    </message>
    <message>
        <source>Gemeenteraden</source>
        <translation>Municipal councils</translation>
    </message>
    <message>
        <source>Provinciale Staten</source>
        <translation>Provincial Council</translation>
    </message>
    <message>
        <source>Geen gekozen raad direct</source>
        <translation>No elected council directly</translation>
    </message>
    <message>
        <source>EU-fonds EFRO</source>
        <translation>EU fund ERDF</translation>
    </message>
    <message>
        <source>EU-fonds ESF</source>
        <translation>EU fund ESF</translation>
    </message>
    <message>
        <source>Bedrijven</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Werkgebied</source>
        <translation>Area of operation</translation>
    </message>
    <message>
        <source>Alleen vestigingsplaatsen</source>
        <translation>Sites only</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (bron: %2)</source>
        <translation>%1 (source: %2)</translation>
    </message>
    <message>
        <source>hoog: naam, deelnemers en gebied staan zo in de genoemde bron of bij het verband zelf</source>
        <translation>high: name, participants and area are stated as such in the cited source or by the partnership itself</translation>
    </message>
    <message>
        <source>middel: de bron noemt het verband, maar het gebied of een deel van de gegevens is afgeleid of bij benadering</source>
        <translation>medium: the source names the partnership, but the area or part of the data is derived or an approximation</translation>
    </message>
    <message>
        <source>laag: het gebied of de gegevens zijn een ruwe benadering of niet in een bron teruggevonden; gebruik met voorzichtigheid</source>
        <translation>low: the area or the data are a rough approximation or were not found in a source; use with caution</translation>
    </message>
    <message>
        <source>sleutel &apos;%1&apos; hoort bij registerversie 2; dit bestand zegt versie %2 (zet &quot;version&quot;: 2)</source>
        <translation>key &apos;%1&apos; belongs to register version 2; this file says version %2 (set &quot;version&quot;: 2)</translation>
    </message>
    <message>
        <source>lege lijst; laat de sleutel weg of zet null als het onbekend is</source>
        <translation>empty list; omit the key or set null if it is unknown</translation>
    </message>
    <message>
        <source>onbekende soort gebied &apos;%1&apos;</source>
        <translation>unknown area kind &apos;%1&apos;</translation>
    </message>
    <message>
        <source>onbekende geldbron &apos;%1&apos;</source>
        <translation>unknown funding source &apos;%1&apos;</translation>
    </message>
    <message>
        <source>onbekende rechtsvorm &apos;%1&apos;</source>
        <translation>unknown legal form &apos;%1&apos;</translation>
    </message>
    <message>
        <source>onbekend toezicht &apos;%1&apos;</source>
        <translation>unknown oversight &apos;%1&apos;</translation>
    </message>
    <message>
        <source>versie %1 wordt niet ondersteund; dit programma leest versie %2 tot en met %3</source>
        <translation>version %1 is not supported; this program reads versions %2 to %3 inclusive</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos;: %2</source>
        <translation>column &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>onbekende waarde &apos;%1&apos; (toegestaan: %2)</source>
        <translation>unknown value &apos;%1&apos; (allowed: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat twee keer in de lijst</source>
        <translation>&apos;%1&apos; appears twice in the list</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen getal</source>
        <translation>&apos;%1&apos; is not a number</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen ja of nee</source>
        <translation>&apos;%1&apos; is not yes or no (ja/nee)</translation>
    </message>
    <message>
        <source>leeg werkblad: kopregel en samenwerkingsverbanden ontbreken</source>
        <translation>empty sheet: header and partnerships are missing</translation>
    </message>
    <message>
        <source>kopregel heeft %1 kolommen; de grens is %2</source>
        <translation>header has %1 columns; the limit is %2</translation>
    </message>
    <message>
        <source>onbekende kolom &apos;%1&apos; (toegestaan: %2)</source>
        <translation>unknown column &apos;%1&apos; (allowed: %2)</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; staat twee keer in de kopregel</source>
        <translation>column &apos;%1&apos; appears twice in the header</translation>
    </message>
    <message>
        <source>verplichte kolom &apos;%1&apos; ontbreekt</source>
        <translation>required column &apos;%1&apos; is missing</translation>
    </message>
    <message>
        <source>geen samenwerkingsverbanden na de kopregel</source>
        <translation>no partnerships after the header</translation>
    </message>
    <message>
        <source>waarde &apos;%1&apos; in kolom %2 zonder kopje</source>
        <translation>value &apos;%1&apos; in column %2 without a heading</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen jaartal</source>
        <translation>&apos;%1&apos; is not a year</translation>
    </message>
    <message>
        <source>leeg; deze kolom is verplicht</source>
        <translation>empty; this column is required</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos;: </source>
        <translation>column &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos;: dubbele id &apos;%2&apos; (ook op rij %3)</source>
        <translation>column &apos;%1&apos;: duplicate id &apos;%2&apos; (also on row %3)</translation>
    </message>
    <message>
        <source>alleen buitenland: dat kan pas in registerversie 2 (zet &quot;version&quot;: 2)</source>
        <translation>abroad only: that is only possible from register version 2 (set &quot;version&quot;: 2)</translation>
    </message>
    <message>
        <source>onwaarschijnlijk eindjaar %1 (verwacht %2–%3)</source>
        <translation>implausible end year %1 (expected %2–%3)</translation>
    </message>
    <message>
        <source>eindjaar %1 ligt vóór het oprichtingsjaar %2</source>
        <translation>end year %1 is before the founding year %2</translation>
    </message>
    <message>
        <source>eindjaar %1 gegeven, maar de status is niet &apos;beëindigd&apos;</source>
        <translation>end year %1 given, but the status is not &apos;beëindigd&apos; (ended)</translation>
    </message>
    <message>
        <source>bron ontbreekt: een ingevulde waarde noemt haar bron (of laat de waarde leeg: onbekend)</source>
        <translation>source missing: a filled-in value names its source (or leave the value empty: unknown)</translation>
    </message>
    <message>
        <source>lege lijst; laat leeg als het onbekend is</source>
        <translation>empty list; leave empty if it is unknown</translation>
    </message>
    <message>
        <source>&apos;geen&apos; (geen gekozen raad direct) gaat niet samen met gemeenteraden of Provinciale Staten</source>
        <translation>&apos;geen&apos; (no elected council directly) does not go together with municipal councils or Provincial Council</translation>
    </message>
</context>
<context>
    <name>regio::registry::RegistryTable</name>
    <message>
        <source>Register</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Bron: register &apos;%1&apos;; de bron van elk verband staat in de kolom Bron.</source>
        <translation>Source: registry &apos;%1&apos;; the source of each body is in the Bron column.</translation>
    </message>
    <message>
        <source>Meerdere waarden in één cel zijn met &apos;;&apos; gescheiden, zoals in het registerbestand.</source>
        <translation>Several values in one cell are separated by &apos;;&apos;, as in the registry file.</translation>
    </message>
    <message>
        <source>Financiering per inwoner: euro per inwoner per jaar. Gemeenten en Indelingen: CBS-codes (GM, PV, CR, AM). Gebiedsbasis: het gebied in woorden.</source>
        <translation>Financiering per inwoner: euro per inhabitant per year. Gemeenten and Indelingen: CBS codes (GM, PV, CR, AM). Gebiedsbasis: the territory in words.</translation>
    </message>
    <message>
        <source>niet bekend</source>
        <translation>not known</translation>
    </message>
</context>
<context>
    <name>regio::ui::ActorGrid</name>
    <message>
        <source>Bedrijfs-
leven</source>
        <translation>Busi-
ness</translation>
    </message>
    <message>
        <source>Kennis-
instellingen</source>
        <translation>Knowledge
institutions</translation>
    </message>
    <message>
        <source>Onderwijs-
instellingen</source>
        <translation>Educational
institutions</translation>
    </message>
    <message>
        <source>Werkgevers-
organisaties</source>
        <translation>Employers&apos;
organisations</translation>
    </message>
    <message>
        <source>Werknemers-
organisaties</source>
        <translation>Trade
unions</translation>
    </message>
    <message>
        <source>Maatsch.
organisaties</source>
        <translation>Civil society
organisations</translation>
    </message>
    <message>
        <source>ROM (ontwikkelingsmij.)</source>
        <translation>ROM (development agency)</translation>
    </message>
    <message>
        <source>Metropoolregio / regiobestuur</source>
        <translation>Metropolitan region / regional authority</translation>
    </message>
    <message>
        <source>Grensoverschrijdend</source>
        <translation>Cross-border</translation>
    </message>
    <message>
        <source>Wie zit aan tafel</source>
        <translation>Who is at the table</translation>
    </message>
    <message>
        <source>%1: bij geen enkel verband van deze vorm</source>
        <translation>%1: at no partnership of this form</translation>
    </message>
    <message>
        <source>%1: %2 van %3 — %4</source>
        <translation>%1: %2 of %3 — %4</translation>
    </message>
    <message>
        <source>Wie zit aan tafel?</source>
        <translation>Who is at the table?</translation>
    </message>
    <message>
        <source>Vormen van samenwerking × thema&apos;s × partijen aan tafel (naar SER 2017, tabel 2.1)</source>
        <translation>Forms of cooperation × themes × parties at the table (after SER 2017, table 2.1)</translation>
    </message>
    <message>
        <source>Aan tafel</source>
        <translation>At the table</translation>
    </message>
    <message>
        <source>ontbreekt</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>✗</source>
        <translation>✗</translation>
    </message>
    <message>
        <source>alle verbanden van deze vorm</source>
        <translation>all partnerships of this form</translation>
    </message>
    <message>
        <source>een deel ervan</source>
        <translation>some of them</translation>
    </message>
    <message>
        <source>ontbreekt: geen enkel verband hier brengt deze partij of dit thema aan tafel</source>
        <translation>missing: no partnership here brings this party or this theme to the table</translation>
    </message>
</context>
<context>
    <name>regio::ui::AgendaView</name>
    <message>
        <source>LQ %1</source>
        <translation>LQ %1</translation>
    </message>
    <message>
        <source>%1 banen</source>
        <translation>%1 jobs</translation>
    </message>
    <message>
        <source>; Nederland %1</source>
        <translation>; Netherlands %1</translation>
    </message>
    <message>
        <source>%1 sinds %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>verandering sinds %1 onbekend (geheim)</source>
        <translation>change since %1 unknown (confidential)</translation>
    </message>
    <message>
        <source>verwantschapsdichtheid %1</source>
        <translation>relatedness density %1</translation>
    </message>
    <message>
        <source>Geen samenwerkingsverband in het register dat hierop kan handelen.</source>
        <translation>No partnership in the register that can act on this.</translation>
    </message>
    <message>
        <source>heel het gebied</source>
        <translation>the whole area</translation>
    </message>
    <message>
        <source>%1 van het gebied</source>
        <translation>%1 of the area</translation>
    </message>
    <message>
        <source>ontbreekt: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message>
        <source>Kennisintensieve sector: onderwijsinstellingen horen aan tafel.</source>
        <translation>Knowledge-intensive sector: educational institutions belong at the table.</translation>
    </message>
    <message>
        <source>Wat ontbreekt</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>Sterk in (%1): specialisaties, LQ &gt; 1</source>
        <translation>Strong in (%1): specialisations, LQ &gt; 1</translation>
    </message>
    <message>
        <source>Geen specialisaties.</source>
        <translation>No specialisations.</translation>
    </message>
    <message>
        <source>Bedreigd (%1): specialisaties die harder krimpen of trager groeien dan landelijk</source>
        <translation>Threatened (%1): specialisations that shrink faster or grow more slowly than nationally</translation>
    </message>
    <message>
        <source>Geen: elke specialisatie groeit minstens zo snel als landelijk.</source>
        <translation>None: every specialisation grows at least as fast as nationally.</translation>
    </message>
    <message>
        <source>Kansen (%1): niet gespecialiseerd, wel verwant aan de specialisaties</source>
        <translation>Opportunities (%1): not specialised, but related to the specialisations</translation>
    </message>
    <message>
        <source>Verwantschapsdichtheid boven de mediaan van het gebied (%1), met verwantschap uit gezamenlijke specialisatie van de COROP-gebieden (Hidalgo e.a. 2007).</source>
        <translation>Relatedness density above the median of the area (%1), with relatedness from joint specialisation of the COROP regions (Hidalgo et al. 2007).</translation>
    </message>
    <message>
        <source>Geen.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Schaal per domein</source>
        <translation>Scale per domain</translation>
    </message>
    <message>
        <source>Buren</source>
        <translation>Neighbours</translation>
    </message>
    <message>
        <source>Geen buren van hetzelfde niveau.</source>
        <translation>No neighbours of the same level.</translation>
    </message>
    <message>
        <source>samen sterk in</source>
        <translation>jointly strong in</translation>
    </message>
    <message>
        <source>vult aan met</source>
        <translation>complements with</translation>
    </message>
    <message>
        <source>geen gedeelde of aanvullende specialisaties</source>
        <translation>no shared or complementary specialisations</translation>
    </message>
    <message>
        <source>geen over het hele gebied</source>
        <translation>none over the whole area</translation>
    </message>
    <message>
        <source>; %1 deels</source>
        <translation>; %1 partly</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>en %1 meer (zie de tab Agenda of regio agenda)</source>
        <translation>and %1 more (see the Agenda tab or regio agenda)</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Verandering %1–%2</source>
        <translation>Change %1–%2</translation>
    </message>
    <message>
        <source>Verbanden die kunnen handelen (heel gebied)</source>
        <translation>Partnerships that can act (whole area)</translation>
    </message>
    <message>
        <source>Bij geen ervan aan tafel</source>
        <translation>At the table of none of them</translation>
    </message>
    <message>
        <source>sterk</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>bedreigd</source>
        <translation>threatened</translation>
    </message>
    <message>
        <source>kans</source>
        <translation>opportunity</translation>
    </message>
    <message>
        <source>Schaal:</source>
        <translation>Scale:</translation>
    </message>
    <message>
        <source>samen sterk in %1</source>
        <translation>jointly strong in %1</translation>
    </message>
    <message>
        <source>vult aan met %1</source>
        <translation>complements with %1</translation>
    </message>
    <message>
        <source>Buren:</source>
        <translation>Neighbours:</translation>
    </message>
    <message>
        <source>Agenda van het gebied</source>
        <translation>Agenda of the area</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buren&lt;/b&gt; (klik om te kiezen)</source>
        <translation>&lt;b&gt;Neighbours&lt;/b&gt; (click to choose)</translation>
    </message>
    <message>
        <source>Het gebied (blauw) en zijn buren: oranje = deelt een specialisatie, groen = heeft een specialisatie die het gebied mist</source>
        <translation>The area (blue) and its neighbours: orange = shares a specialisation, green = has a specialisation the area lacks</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; gebied &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; deelt een specialisatie &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; vult aan</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; area &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; shares a specialisation &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; complements</translation>
    </message>
    <message>
        <source>&amp;Landelijke kaart: specialisaties zonder economisch verband</source>
        <translation>&amp;National map: specialisations without an economic partnership</translation>
    </message>
    <message>
        <source>Kleur op de kaart, per gebied van dit niveau, hoeveel specialisaties geen samenwerkingsverband op economie hebben dat het hele gebied dekt</source>
        <translation>Colour the map, per area of this level, by how many specialisations have no partnership on the economy that covers the whole area</translation>
    </message>
    <message>
        <source>Agenda — %1, %2–%3</source>
        <translation>Agenda — %1, %2–%3</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Kies een gebied op de kaart of met Zoeken (Ctrl+F): de agenda toont waar het gebied sterk in is en in kan groeien, wie daarop kan handelen en wie er aan tafel ontbreekt.</source>
        <translation>Choose an area on the map or with Search (Ctrl+F): the agenda shows what the area is strong in and can grow in, who can act on it and who is missing at the table.</translation>
    </message>
    <message>
        <source>Geen register geladen.</source>
        <translation>No register loaded.</translation>
    </message>
    <message>
        <source>Voor %1 zijn geen economische gegevens.</source>
        <translation>There are no economic data for %1.</translation>
    </message>
    <message>
        <source>Economie: %1.</source>
        <translation>Economy: %1.</translation>
    </message>
    <message>
        <source>Economie als benadering: %1.</source>
        <translation>Economy as an approximation: %1.</translation>
    </message>
    <message>
        <source>%1 en buren</source>
        <translation>%1 and neighbours</translation>
    </message>
    <message>
        <source>Specialisaties zonder volledige economische tafel over het hele gebied (%1)</source>
        <translation>Specialisations without a full economic table over the whole area (%1)</translation>
    </message>
    <message>
        <source>geen: elke specialisatie heeft zo&apos;n verband</source>
        <translation>none: every specialisation has such a partnership</translation>
    </message>
    <message>
        <source>1 specialisatie zonder</source>
        <translation>1 specialisation without</translation>
    </message>
    <message>
        <source>2 specialisaties zonder</source>
        <translation>2 specialisations without</translation>
    </message>
    <message>
        <source>3 of meer</source>
        <translation>3 or more</translation>
    </message>
    <message>
        <source>Elke specialisatie heeft wel een verband op economie over het hele gebied. %1</source>
        <translation>Every specialisation has a partnership on the economy over the whole area. %1</translation>
    </message>
    <message>
        <source>%1 specialisaties hebben geen enkel verband op economie over het hele gebied. %2</source>
        <translation>%1 specialisations have no partnership at all on the economy over the whole area. %2</translation>
    </message>
</context>
<context>
    <name>regio::ui::Application</name>
    <message>
        <source>Regioverkenner — verkenner van regionale samenwerking in Nederland.</source>
        <translation>Regioverkenner — explorer of regional cooperation in the Netherlands.</translation>
    </message>
    <message>
        <source>Teken het hoofdvenster buiten beeld, sla het op als PNG en sluit af.</source>
        <translation>Draw the main window off screen, save it as PNG and quit.</translation>
    </message>
    <message>
        <source>bestand</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Selecteer bij de start dit gebied (CBS-code, bv. GM0363, CR23).</source>
        <translation>Select this area at start (CBS code, e.g. GM0363, CR23).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Indeling op de kaart: gemeente, provincie, corop of arbeidsmarktregio.</source>
        <translation>Division on the map: gemeente, provincie, corop or arbeidsmarktregio.</translation>
    </message>
    <message>
        <source>niveau</source>
        <translation>level</translation>
    </message>
    <message>
        <source>Tabblad bij de start: kaart, driehoek, economie, agenda of verwantschap.</source>
        <translation>Tab at start: kaart, driehoek, economie, agenda or verwantschap.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Venstergrootte voor --screenshot, BxH (standaard 1600x1000).</source>
        <translation>Window size for --screenshot, WxH (default 1600x1000).</translation>
    </message>
    <message>
        <source>BxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Start in presentatiemodus (volledig scherm, grote letters; Esc verlaat).</source>
        <translation>Start in presentation mode (full screen, large type; Esc leaves).</translation>
    </message>
    <message>
        <source>Taal van de interface: nl of en (standaard: de taal van het systeem of de keuze in het menu).</source>
        <translation>Interface language: nl or en (default: the system language or the choice in the menu).</translation>
    </message>
    <message>
        <source>--layer moet gemeente, provincie, corop of arbeidsmarktregio zijn, niet &apos;%1&apos;</source>
        <translation>--layer must be gemeente, provincie, corop or arbeidsmarktregio, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>De ingebouwde regio&apos;s kunnen niet worden geladen:
%1</source>
        <translation>The built-in regions cannot be loaded:
%1</translation>
    </message>
    <message>
        <source>onbekende regiocode &apos;%1&apos; bij --select</source>
        <translation>unknown region code &apos;%1&apos; with --select</translation>
    </message>
    <message>
        <source>onbekend tabblad &apos;%1&apos; bij --tab</source>
        <translation>unknown tab &apos;%1&apos; with --tab</translation>
    </message>
    <message>
        <source>--size moet BxH zijn, bv. 1920x1080, niet &apos;%1&apos;</source>
        <translation>--size must be WxH, e.g. 1920x1080, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>kan schermafdruk niet opslaan: %1</source>
        <translation>cannot save screenshot: %1</translation>
    </message>
    <message>
        <source>Gemeenten en indelingen van een ander jaar: een .rvg van &apos;regio convert-regions&apos;.</source>
        <translation>Municipalities and divisions of another year: an .rvg from &apos;regio convert-regions&apos;.</translation>
    </message>
</context>
<context>
    <name>regio::ui::BodyForm</name>
    <message>
        <source>Vaste, unieke sleutel: kleine letters, cijfers en streepjes</source>
        <translation>Fixed, unique key: lower-case letters, digits and hyphens</translation>
    </message>
    <message>
        <source>Volledige naam zoals de bron die schrijft (verplicht)</source>
        <translation>Full name as the source writes it (required)</translation>
    </message>
    <message>
        <source>Korte naam voor kaarten en grafieken (optioneel)</source>
        <translation>Short name for maps and charts (optional)</translation>
    </message>
    <message>
        <source>Vorm van samenwerking</source>
        <translation>Form of cooperation</translation>
    </message>
    <message>
        <source>Bijvoorbeeld ‘RIF mbo’ of ‘Centre of Expertise’ (optioneel)</source>
        <translation>For example ‘RIF mbo’ or ‘Centre of Expertise’ (optional)</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Korte naam:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Subtype:</source>
        <translation>Subtype:</translation>
    </message>
    <message>
        <source>Domeinen:</source>
        <translation>Domains:</translation>
    </message>
    <message>
        <source>Hoeken van de driehoek waarop het verband werkt (minstens één)</source>
        <translation>Corners of the triangle the partnership works on (at least one)</translation>
    </message>
    <message>
        <source>Actoren:</source>
        <translation>Actors:</translation>
    </message>
    <message>
        <source>Soorten actoren aan tafel (minstens één)</source>
        <translation>Kinds of actors at the table (at least one)</translation>
    </message>
    <message>
        <source>Rollen:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Wat het verband doet (minstens één)</source>
        <translation>What the partnership does (at least one)</translation>
    </message>
    <message>
        <source>Financieringsmodel in woorden (optioneel)</source>
        <translation>Funding model in words (optional)</translation>
    </message>
    <message>
        <source>Euro per inwoner per jaar, waar bekend; leeg = onbekend</source>
        <translation>Euro per inhabitant per year, where known; empty = unknown</translation>
    </message>
    <message>
        <source>Oprichtingsjaar (1800–2100); leeg = onbekend</source>
        <translation>Year founded (1800–2100); empty = unknown</translation>
    </message>
    <message>
        <source>Beëindigde verbanden tellen niet mee in de dekking</source>
        <translation>Ended partnerships do not count in the coverage</translation>
    </message>
    <message>
        <source>Financiering:</source>
        <translation>Funding:</translation>
    </message>
    <message>
        <source>€ per inwoner:</source>
        <translation>€ per inhabitant:</translation>
    </message>
    <message>
        <source>Opgericht:</source>
        <translation>Founded:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Landelijk (alle gemeenten)</source>
        <translation>National (all municipalities)</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>De geselecteerde regels uit de lijst halen</source>
        <translation>Remove the selected lines from the list</translation>
    </message>
    <message>
        <source>Gemeenten:</source>
        <translation>Municipalities:</translation>
    </message>
    <message>
        <source>Gemeenten die het verband omvat; ook aan te wijzen op de kaart</source>
        <translation>Municipalities the partnership covers; can also be pointed out on the map</translation>
    </message>
    <message>
        <source>Indelingen:</source>
        <translation>Divisions:</translation>
    </message>
    <message>
        <source>Provincies, COROP-gebieden en arbeidsmarktregio’s: al hun gemeenten horen erbij</source>
        <translation>Provinces, COROP regions and labour market regions: all their municipalities belong to it</translation>
    </message>
    <message>
        <source>Gemeente toevoegen…</source>
        <translation>Add municipality…</translation>
    </message>
    <message>
        <source>Indeling toevoegen…</source>
        <translation>Add division…</translation>
    </message>
    <message>
        <source>Buitenland, gescheiden door ‘;’ (bv. Duitsland; België)</source>
        <translation>Abroad, separated by ‘;’ (e.g. Duitsland; België)</translation>
    </message>
    <message>
        <source>Buitenlandse delen van een grensoverschrijdend verband (niet op de kaart)</source>
        <translation>Foreign parts of a cross-border partnership (not on the map)</translation>
    </message>
    <message>
        <source>Gebied:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Het gebied in woorden, en of het bij benadering is (verplicht)</source>
        <translation>The area in words, and whether it is approximate (required)</translation>
    </message>
    <message>
        <source>Schaal waarop het verband werkt (‘schakelen op schalen’)</source>
        <translation>Scale at which the partnership works (‘switching between scales’)</translation>
    </message>
    <message>
        <source>Waar de gegevens vandaan komen, bv. ‘SER 2017, fig. B.2 nr. 12’ (verplicht)</source>
        <translation>Where the data come from, e.g. ‘SER 2017, fig. B.2 no. 12’ (required)</translation>
    </message>
    <message>
        <source>Hoe zeker de gegevens zijn, het gebied inbegrepen</source>
        <translation>How certain the data are, the area included</translation>
    </message>
    <message>
        <source>Website (optioneel)</source>
        <translation>Website (optional)</translation>
    </message>
    <message>
        <source>Opmerkingen (optioneel)</source>
        <translation>Remarks (optional)</translation>
    </message>
    <message>
        <source>Gebied in woorden:</source>
        <translation>Area in words:</translation>
    </message>
    <message>
        <source>Schaal:</source>
        <translation>Scale:</translation>
    </message>
    <message>
        <source>&amp;Bron:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Betrouwbaarheid:</source>
        <translation>Confidence:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Opmerkingen:</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <source>%1 (onbekende code)</source>
        <translation>%1 (unknown code)</translation>
    </message>
    <message>
        <source>geen getal: ‘%1’ (bv. 12,50; leeg = onbekend)</source>
        <translation>not a number: ‘%1’ (e.g. 12,50; empty = unknown)</translation>
    </message>
    <message>
        <source>geen jaartal: ‘%1’ (leeg = onbekend)</source>
        <translation>not a year: ‘%1’ (empty = unknown)</translation>
    </message>
    <message>
        <source>dubbele id ‘%1’: een ander verband heeft die al</source>
        <translation>duplicate id ‘%1’: another partnership already has it</translation>
    </message>
    <message>
        <source>Jaar waarin het verband is opgeheven (alleen bij status Beëindigd); leeg = onbekend</source>
        <translation>Year in which the partnership was dissolved (only with status Ended); empty = unknown</translation>
    </message>
    <message>
        <source>Opgeheven in:</source>
        <translation>Dissolved in:</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Rechtsvorm van het verband; ‘Onbekend’ als geen bron het zegt</source>
        <translation>Legal form of the partnership; ‘Unknown’ if no source states it</translation>
    </message>
    <message>
        <source>Waar de rechtsvorm vandaan komt (verplicht als die is ingevuld)</source>
        <translation>Where the legal form comes from (required if it is filled in)</translation>
    </message>
    <message>
        <source>Rechtsvorm:</source>
        <translation>Legal form:</translation>
    </message>
    <message>
        <source>Bron rechtsvorm:</source>
        <translation>Legal form source:</translation>
    </message>
    <message>
        <source>Toezicht door gekozen raad:</source>
        <translation>Oversight by elected council:</translation>
    </message>
    <message>
        <source>Welke gekozen raden direct toezicht houden. Niets aangevinkt = onbekend; ‘Geen gekozen raad direct’ gaat niet samen met de andere</source>
        <translation>Which elected councils exercise direct oversight. Nothing ticked = unknown; ‘No elected council directly’ does not go together with the others</translation>
    </message>
    <message>
        <source>Waar het toezicht vandaan komt (verplicht als dat is ingevuld)</source>
        <translation>Where the oversight information comes from (required if it is filled in)</translation>
    </message>
    <message>
        <source>Bron toezicht:</source>
        <translation>Oversight source:</translation>
    </message>
    <message>
        <source>Geldbronnen:</source>
        <translation>Funding sources:</translation>
    </message>
    <message>
        <source>Waar het geld vandaan komt. Niets aangevinkt = onbekend</source>
        <translation>Where the money comes from. Nothing ticked = unknown</translation>
    </message>
    <message>
        <source>Waar de geldbronnen vandaan komen (verplicht als die zijn ingevuld)</source>
        <translation>Where the funding sources information comes from (required if it is filled in)</translation>
    </message>
    <message>
        <source>Bron geldbronnen:</source>
        <translation>Funding sources source:</translation>
    </message>
    <message>
        <source>Werkgebied: het verband werkt voor het hele gebied. Alleen vestigingsplaatsen: het gebied noemt alleen waar het verband zit, en telt niet als dekking</source>
        <translation>Area of operation: the partnership works for the whole area. Sites only: the area only names where the partnership is located, and does not count as coverage</translation>
    </message>
</context>
<context>
    <name>regio::ui::BodyLayerPanel</name>
    <message>
        <source>&amp;Kaartthema:</source>
        <translation>&amp;Map theme:</translation>
    </message>
    <message>
        <source>Verband</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Gemeenten</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Vink verbanden aan om hun gebied te kleuren (thema ‘Gekozen verbanden’); het geselecteerde verband wordt op de kaart omlijnd</source>
        <translation>Tick partnerships to colour their area (theme ‘Chosen partnerships’); the selected partnership is outlined on the map</translation>
    </message>
    <message>
        <source>Indeling</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>Aantal samenwerkingsverbanden</source>
        <translation>Number of partnerships</translation>
    </message>
    <message>
        <source>Dekking van de driehoek</source>
        <translation>Coverage of the triangle</translation>
    </message>
    <message>
        <source>Overlap per type: %1</source>
        <translation>Overlap per type: %1</translation>
    </message>
    <message>
        <source>Gekozen verbanden</source>
        <translation>Chosen partnerships</translation>
    </message>
    <message>
        <source>landelijk</source>
        <translation>national</translation>
    </message>
    <message>
        <source>Wat de kaart kleurt: de indeling, het aantal verbanden per gemeente, de dekking van de driehoek, de democratische verantwoording (hoeveel verbanden onder een gekozen raad vallen), de overlap van één type verband, of de aangevinkte verbanden</source>
        <translation>What the map colours: the division, the number of partnerships per municipality, the coverage of the triangle, democratic accountability (how many partnerships fall under an elected council), the overlap of one type of partnership, or the ticked partnerships</translation>
    </message>
    <message>
        <source>&amp;Peiljaar:</source>
        <translation>&amp;Reference year:</translation>
    </message>
    <message>
        <source>Huidig</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Toon de verbanden die er in dat jaar waren, op de kaart, in de driehoek en in het regioprofiel. Een onbekend oprichtingsjaar telt als al bestaand; een beëindigd verband zonder eindjaar telt niet mee. ‘Huidig’: alle verbanden die niet beëindigd zijn.</source>
        <translation>Show the partnerships that existed in that year, on the map, in the triangle and in the region profile. An unknown founding year counts as already existing; an ended partnership without an end year does not count. ‘Current’: all partnerships that have not ended.</translation>
    </message>
    <message>
        <source>Verloop…</source>
        <translation>Trend…</translation>
    </message>
    <message>
        <source>Grafiek: het aantal verbanden per type per jaar</source>
        <translation>Chart: the number of partnerships per type per year</translation>
    </message>
    <message>
        <source>Onbekend oprichtingsjaar telt als al bestaand.</source>
        <translation>An unknown founding year counts as already existing.</translation>
    </message>
    <message>
        <source>Democratische verantwoording</source>
        <translation>Democratic accountability</translation>
    </message>
    <message>
        <source>vestigingen</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>buitenland</source>
        <translation>abroad</translation>
    </message>
    <message>
        <source>%1 vestigingsplaatsen</source>
        <translation>%1 sites</translation>
    </message>
    <message>
        <source>%1
Bron: %2
Betrouwbaarheid %3</source>
        <translation>%1
Source: %2
Confidence %3</translation>
    </message>
    <message>
        <source>Ligt alleen over de grens of noemt geen gemeente: staat niet op de kaart</source>
        <translation>Lies only across the border or names no municipality: not on the map</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Bron: %2&lt;br&gt;Betrouwbaarheid %3&lt;br&gt;Gebied: %4&lt;br&gt;Rechtsvorm: %5&lt;br&gt;Toezicht door gekozen raad: %6&lt;br&gt;Geldbronnen: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Source: %2&lt;br&gt;Confidence %3&lt;br&gt;Area: %4&lt;br&gt;Legal form: %5&lt;br&gt;Oversight by elected council: %6&lt;br&gt;Funding sources: %7</translation>
    </message>
</context>
<context>
    <name>regio::ui::EconomyView</name>
    <message>
        <source>nieuw (intrede)</source>
        <translation>new (entry)</translation>
    </message>
    <message>
        <source>verloren (uittrede)</source>
        <translation>lost (exit)</translation>
    </message>
    <message>
        <source>blijft</source>
        <translation>stays</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Het jaar van de sectorstructuur en het eindjaar van de verandering</source>
        <translation>The year of the sector structure and the end year of the change</translation>
    </message>
    <message>
        <source>&amp;Basisjaar:</source>
        <translation>&amp;Base year:</translation>
    </message>
    <message>
        <source>Het beginjaar van de verandering (shift-share, in- en uittrede) en van de index in de grafiek</source>
        <translation>The start year of the change (shift-share, entries and exits) and of the index in the chart</translation>
    </message>
    <message>
        <source>Sectorstructuur</source>
        <translation>Sector structure</translation>
    </message>
    <message>
        <source>Aandeel van elke sector in de banen van het gebied en van Nederland</source>
        <translation>Share of each sector in the jobs of the area and of the Netherlands</translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Banen, aandelen, locatiequotiënt, verandering met shift-share, in- en uittrede per sector</source>
        <translation>Jobs, shares, location quotient, change with shift-share, entry and exit per sector</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>De sector waarvan de grafiek de ontwikkeling toont, naast alle banen</source>
        <translation>The sector whose development the chart shows, next to all jobs</translation>
    </message>
    <message>
        <source>Ontwikkeling</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Banen als index (basisjaar = 100), gebied en Nederland, voor alle banen en één sector</source>
        <translation>Jobs as an index (base year = 100), area and the Netherlands, for all jobs and one sector</translation>
    </message>
    <message>
        <source>Structuurmaten</source>
        <translation>Structure measures</translation>
    </message>
    <message>
        <source>Verschil met Nederland, concentratie, spreiding en (on)verwante variëteit</source>
        <translation>Difference from the Netherlands, concentration, spread and (un)related variety</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Banen</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Aandeel
NL</source>
        <translation>Share
NL</translation>
    </message>
    <message>
        <source>LQ</source>
        <translation>LQ</translation>
    </message>
    <message>
        <source>Verandering</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Nationale
groei</source>
        <translation>National
growth</translation>
    </message>
    <message>
        <source>Sectormix</source>
        <translation>Sector mix</translation>
    </message>
    <message>
        <source>Regionaal
effect</source>
        <translation>Regional
effect</translation>
    </message>
    <message>
        <source>Specialisatie</source>
        <translation>Specialisation</translation>
    </message>
    <message>
        <source>SBI-sectie (CBS-indeling)</source>
        <translation>SBI section (CBS classification)</translation>
    </message>
    <message>
        <source>Banen van werknemers in december</source>
        <translation>Employee jobs in December</translation>
    </message>
    <message>
        <source>Aandeel van de sector in alle banen van het gebied</source>
        <translation>Share of the sector in all jobs of the area</translation>
    </message>
    <message>
        <source>Aandeel van de sector in alle banen van Nederland</source>
        <translation>Share of the sector in all jobs of the Netherlands</translation>
    </message>
    <message>
        <source>Locatiequotiënt: aandeel / aandeel NL; boven 1 = gespecialiseerd</source>
        <translation>Location quotient: share / share NL; above 1 = specialised</translation>
    </message>
    <message>
        <source>Verandering van het aantal banen tussen basisjaar en jaar</source>
        <translation>Change in the number of jobs between base year and year</translation>
    </message>
    <message>
        <source>Shift-share: de groei als de sector net zo hard was gegroeid als alle banen in Nederland</source>
        <translation>Shift-share: the growth if the sector had grown as fast as all jobs in the Netherlands</translation>
    </message>
    <message>
        <source>Shift-share: het effect van de sector die landelijk sneller of trager groeide dan gemiddeld</source>
        <translation>Shift-share: the effect of the sector growing faster or more slowly nationally than average</translation>
    </message>
    <message>
        <source>Shift-share: wat het gebied beter of slechter deed dan de sector landelijk</source>
        <translation>Shift-share: how much better or worse the area did than the sector nationally</translation>
    </message>
    <message>
        <source>Intrede: LQ van ≤ 1 naar &gt; 1; uittrede: van &gt; 1 naar ≤ 1</source>
        <translation>Entry: LQ from ≤ 1 to &gt; 1; exit: from &gt; 1 to ≤ 1</translation>
    </message>
    <message>
        <source>Sectoren van het gebied</source>
        <translation>Sectors of the area</translation>
    </message>
    <message>
        <source>(alleen alle banen)</source>
        <translation>(all jobs only)</translation>
    </message>
    <message>
        <source>eigen bestand</source>
        <translation>own file</translation>
    </message>
    <message>
        <source>%1 — %2. Geheime (onderdrukte) cellen zijn onbekend, niet 0.</source>
        <translation>%1 — %2. Confidential (suppressed) cells are unknown, not 0.</translation>
    </message>
    <message>
        <source>werkgelegenheid</source>
        <translation>employment</translation>
    </message>
    <message>
        <source>Economische structuur — %1, %2</source>
        <translation>Economic structure — %1, %2</translation>
    </message>
    <message>
        <source>Economische structuur</source>
        <translation>Economic structure</translation>
    </message>
    <message>
        <source>Kies een gebied op de kaart of met Zoeken (Ctrl+F): een gemeente, COROP-gebied, provincie of arbeidsmarktregio.</source>
        <translation>Choose an area on the map or with Search (Ctrl+F): a municipality, COROP region, province or labour market region.</translation>
    </message>
    <message>
        <source>Voor %1 zijn geen economische gegevens: %2</source>
        <translation>There are no economic data for %1: %2</translation>
    </message>
    <message>
        <source>onbekend gebied</source>
        <translation>unknown area</translation>
    </message>
    <message>
        <source>Gebied: %1.</source>
        <translation>Area: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Benadering.&lt;/b&gt; De CBS-cijfers zijn per COROP-gebied; dit gebied valt daar niet precies mee samen. Getoond: %1.</source>
        <translation>&lt;b&gt;Approximation.&lt;/b&gt; The CBS figures are per COROP region; this area does not coincide with them exactly. Shown: %1.</translation>
    </message>
    <message>
        <source>Geheim: door CBS onderdrukt (onbetrouwbaar of herleidbaar); onbekend, niet 0</source>
        <translation>Confidential: suppressed by CBS (unreliable or traceable); unknown, not 0</translation>
    </message>
    <message>
        <source>geheim</source>
        <translation>confidential</translation>
    </message>
    <message>
        <source>Benadering: %1</source>
        <translation>Approximation: %1</translation>
    </message>
    <message>
        <source>Gespecialiseerd: het aandeel is %1 keer dat van Nederland</source>
        <translation>Specialised: the share is %1 times that of the Netherlands</translation>
    </message>
    <message>
        <source>In %1 of %2 geheim (door CBS onderdrukt): de verandering is onbekend</source>
        <translation>Confidential in %1 or %2 (suppressed by CBS): the change is unknown</translation>
    </message>
    <message>
        <source>LQ %1: %2 → %3: %4</source>
        <translation>LQ %1: %2 → %3: %4</translation>
    </message>
    <message>
        <source>Verandering
%1–%2</source>
        <translation>Change
%1–%2</translation>
    </message>
    <message>
        <source>Krugman-index</source>
        <translation>Krugman index</translation>
    </message>
    <message>
        <source>Verschil met de sectorstructuur van Nederland: 0 = gelijk, 2 = niets gemeen.</source>
        <translation>Difference from the sector structure of the Netherlands: 0 = equal, 2 = nothing in common.</translation>
    </message>
    <message>
        <source>Herfindahl-index</source>
        <translation>Herfindahl index</translation>
    </message>
    <message>
        <source>Concentratie: de som van de kwadraten van de aandelen; 1 = alle banen in één sector.</source>
        <translation>Concentration: the sum of the squares of the shares; 1 = all jobs in one sector.</translation>
    </message>
    <message>
        <source>Entropie</source>
        <translation>Entropy</translation>
    </message>
    <message>
        <source>Spreiding over de sectoren, in bits: hoger = meer gespreid (hoogstens log₂ van het aantal sectoren).</source>
        <translation>Spread over the sectors, in bits: higher = more spread (at most log₂ of the number of sectors).</translation>
    </message>
    <message>
        <source>Verwante variëteit</source>
        <translation>Related variety</translation>
    </message>
    <message>
        <source>Spreiding binnen verwante groepen (zoals B-E, G-I, M-N, O-Q): kansen voor kennisoverloop (Frenken e.a. 2007).</source>
        <translation>Spread within related groups (such as B-E, G-I, M-N, O-Q): opportunities for knowledge spillovers (Frenken et al. 2007).</translation>
    </message>
    <message>
        <source>Onverwante variëteit</source>
        <translation>Unrelated variety</translation>
    </message>
    <message>
        <source>Spreiding over de tien hoofdgroepen: een buffer tegen schokken in één sector.</source>
        <translation>Spread over the ten main groups: a buffer against shocks in one sector.</translation>
    </message>
    <message>
        <source>Aandelen over de %1 gepubliceerde secties van het gebied</source>
        <translation>Shares over the %1 published sections of the area</translation>
    </message>
    <message>
        <source>; %1 secties zijn geheim en tellen niet mee</source>
        <translation>; %1 sections are confidential and do not count</translation>
    </message>
    <message>
        <source>Ontwikkeling van de banen</source>
        <translation>Development of jobs</translation>
    </message>
    <message>
        <source>%1 (%2 jaren geheim)</source>
        <translation>%1 (%2 years confidential)</translation>
    </message>
    <message>
        <source>%1, alle banen</source>
        <translation>%1, all jobs</translation>
    </message>
    <message>
        <source>Nederland, alle banen</source>
        <translation>Netherlands, all jobs</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nederland, %1</source>
        <translation>Netherlands, %1</translation>
    </message>
    <message>
        <source>index, %1 = 100</source>
        <translation>index, %1 = 100</translation>
    </message>
    <message>
        <source>Ontwikkeling van de banen (kies hierboven een sector)</source>
        <translation>Development of jobs (choose a sector above)</translation>
    </message>
    <message>
        <source>Ontwikkeling van de banen: %1</source>
        <translation>Development of jobs: %1</translation>
    </message>
</context>
<context>
    <name>regio::ui::ExportDialog</name>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Bestand (.pdf, .svg of .png):</source>
        <translation>File (.pdf, .svg or .png):</translation>
    </message>
    <message>
        <source>Paginaformaat (PDF, SVG):</source>
        <translation>Page size (PDF, SVG):</translation>
    </message>
    <message>
        <source>Afmetingen (PNG):</source>
        <translation>Dimensions (PNG):</translation>
    </message>
    <message>
        <source>Resolutie:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <source>De map %1 bestaat niet en kan niet worden gemaakt. Kies een andere map.</source>
        <translation>The folder %1 does not exist and cannot be created. Choose another folder.</translation>
    </message>
    <message>
        <source>Exporteren mislukt: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Exporteren naar</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG-afbeelding (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</translation>
    </message>
    <message>
        <source>A4 liggend (297 × 210 mm)</source>
        <translation>A4 landscape (297 × 210 mm)</translation>
    </message>
    <message>
        <source>A4 staand (210 × 297 mm)</source>
        <translation>A4 portrait (210 × 297 mm)</translation>
    </message>
    <message>
        <source>A3 liggend (420 × 297 mm)</source>
        <translation>A3 landscape (420 × 297 mm)</translation>
    </message>
    <message>
        <source>Dia 16:9 (338,7 × 190,5 mm)</source>
        <translation>Slide 16:9 (338.7 × 190.5 mm)</translation>
    </message>
</context>
<context>
    <name>regio::ui::LandscapeChartDialog</name>
    <message>
        <source>Verloop: samenwerkingsverbanden per type per jaar</source>
        <translation>Trend: partnerships per type per year</translation>
    </message>
    <message>
        <source>▸%1</source>
        <translation>▸%1</translation>
    </message>
    <message>
        <source>aantal verbanden</source>
        <translation>number of partnerships</translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden per type per jaar</source>
        <translation>Partnerships per type per year</translation>
    </message>
    <message numerus="yes">
        <source>Bron: %1. Een verband telt in een jaar als het toen was opgericht en nog niet was opgeheven. %n verband(en) zonder bekend oprichtingsjaar tellen in elk jaar mee; een beëindigd verband zonder eindjaar telt in geen enkel jaar mee. Vestigingsplaatsen en verbanden over de grens tellen mee.</source>
        <translation>
            <numerusform>Source: %1. A partnership counts in a year if it had been founded by then and had not yet been dissolved. %n partnership without a known founding year counts in every year; an ended partnership without an end year counts in no year. Sites and partnerships across the border are counted.</numerusform>
            <numerusform>Source: %1. A partnership counts in a year if it had been founded by then and had not yet been dissolved. %n partnerships without a known founding year count in every year; an ended partnership without an end year counts in no year. Sites and partnerships across the border are counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regio::ui::MainWindow</name>
    <message>
        <source>Regioverkenner</source>
        <translation>Regioverkenner</translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Gemeenten en indelingen van Nederland (CBS 2025)</source>
        <translation>Municipalities and divisions of the Netherlands (CBS 2025)</translation>
    </message>
    <message>
        <source>Driehoek</source>
        <translation>Triangle</translation>
    </message>
    <message>
        <source>Welke verbanden de driehoek economie – onderwijs – arbeidsmarkt afdekken, wie aan tafel zit, lacunes en overlap</source>
        <translation>Which partnerships cover the economy – education – labour market triangle, who is at the table, gaps and overlap</translation>
    </message>
    <message>
        <source>Verwantschap</source>
        <translation>Relatedness</translation>
    </message>
    <message>
        <source>Verwante sectoren, specialisaties en SWOT per COROP-gebied (SER 2017, fig. B.7–B.9)</source>
        <translation>Related sectors, specialisations and SWOT per COROP region (SER 2017, fig. B.7–B.9)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>RD %1, %2</source>
        <translation>RD %1, %2</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Lagen</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Regioverkenner — %1[*]</source>
        <translation>Regioverkenner — %1[*]</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Register &amp;openen…</source>
        <translation>&amp;Open register…</translation>
    </message>
    <message>
        <source>Register op&amp;slaan</source>
        <translation>&amp;Save register</translation>
    </message>
    <message>
        <source>Register opslaan &amp;als…</source>
        <translation>Save register &amp;as…</translation>
    </message>
    <message>
        <source>&amp;Recente registers</source>
        <translation>&amp;Recent registers</translation>
    </message>
    <message>
        <source>(nog geen eigen registers)</source>
        <translation>(no registers of your own yet)</translation>
    </message>
    <message>
        <source>Standaardregister herstellen</source>
        <translation>Restore default register</translation>
    </message>
    <message>
        <source>&amp;Exporteren (PDF, SVG, PNG)…</source>
        <translation>&amp;Export (PDF, SVG, PNG)…</translation>
    </message>
    <message>
        <source>De huidige weergave als vector-PDF, SVG of PNG, met titel, legenda, bron en datum</source>
        <translation>The current view as vector PDF, SVG or PNG, with title, legend, source and date</translation>
    </message>
    <message>
        <source>&amp;Grafiek exporteren</source>
        <translation>Export &amp;chart</translation>
    </message>
    <message>
        <source>SWOT-kwadranten…</source>
        <translation>SWOT quadrants…</translation>
    </message>
    <message>
        <source>Hoogste locatiequotiënten…</source>
        <translation>Highest location quotients…</translation>
    </message>
    <message>
        <source>Kansen (inbedding)…</source>
        <translation>Opportunities (embeddedness)…</translation>
    </message>
    <message>
        <source>Exporteer &amp;regioprofiel (PDF)…</source>
        <translation>Export &amp;region profile (PDF)…</translation>
    </message>
    <message>
        <source>Een PDF van meerdere pagina&apos;s over het geselecteerde gebied</source>
        <translation>A PDF of several pages about the selected area</translation>
    </message>
    <message>
        <source>&amp;Kopiëren als afbeelding</source>
        <translation>&amp;Copy as image</translation>
    </message>
    <message>
        <source>Kopieer de huidige weergave naar het klembord, voor presentatiesoftware</source>
        <translation>Copy the current view to the clipboard, for presentation software</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source> Indeling: </source>
        <translation> Division: </translation>
    </message>
    <message>
        <source>Welke indeling de kaart toont (Ctrl+1 … Ctrl+4)</source>
        <translation>Which division the map shows (Ctrl+1 … Ctrl+4)</translation>
    </message>
    <message>
        <source>&amp;Indeling</source>
        <translation>&amp;Division</translation>
    </message>
    <message>
        <source>In&amp;zoomen</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Inzoomen (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>&amp;Uitzoomen</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Uitzoomen (Ctrl+−)</source>
        <translation>Zoom out (Ctrl+−)</translation>
    </message>
    <message>
        <source>&amp;Heel Nederland</source>
        <translation>&amp;Whole Netherlands</translation>
    </message>
    <message>
        <source>Zoom naar heel Nederland (Ctrl+0, of Home op de kaart)</source>
        <translation>Zoom to the whole Netherlands (Ctrl+0, or Home on the map)</translation>
    </message>
    <message>
        <source>Zoom naar &amp;selectie</source>
        <translation>Zoom to &amp;selection</translation>
    </message>
    <message>
        <source>&amp;Werkgebied van verband wissen</source>
        <translation>C&amp;lear partnership area</translation>
    </message>
    <message>
        <source>Haal de omlijning van het werkgebied van een samenwerkingsverband van de kaart (Esc op de kaart)</source>
        <translation>Remove the outline of a partnership&apos;s area from the map (Esc on the map)</translation>
    </message>
    <message>
        <source>&amp;Presentatiemodus</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>Volledig scherm met grote letters en sterk contrast (F11; Esc verlaat)</source>
        <translation>Full screen with large type and strong contrast (F11; Esc leaves)</translation>
    </message>
    <message>
        <source>Register bewerken</source>
        <translation>Edit register</translation>
    </message>
    <message>
        <source>Toon of verberg de editor van het register van samenwerkingsverbanden</source>
        <translation>Show or hide the editor of the register of partnerships</translation>
    </message>
    <message>
        <source>Presentatiemodus verlaten</source>
        <translation>Leave presentation mode</translation>
    </message>
    <message>
        <source>Volgend gebied</source>
        <translation>Next area</translation>
    </message>
    <message>
        <source>Vorig gebied</source>
        <translation>Previous area</translation>
    </message>
    <message>
        <source>Volgende weergave</source>
        <translation>Next view</translation>
    </message>
    <message>
        <source>Vorige weergave</source>
        <translation>Previous view</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Over Regioverkenner…</source>
        <translation>&amp;About Regioverkenner…</translation>
    </message>
    <message>
        <source>Over &amp;Qt…</source>
        <translation>About &amp;Qt…</translation>
    </message>
    <message>
        <source>Zoek gemeente, regio of samenwerkingsverband…</source>
        <translation>Search municipality, region or partnership…</translation>
    </message>
    <message>
        <source>Typ een deel van de naam of de CBS-code (GM0363, CR23, AM18, PV27), of de naam van een samenwerkingsverband; Enter kiest de bovenste (Ctrl+F)</source>
        <translation>Type part of the name or the CBS code (GM0363, CR23, AM18, PV27), or the name of a partnership; Enter picks the top one (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Zoeken…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>Zoek een gemeente, regio of samenwerkingsverband (Ctrl+F)</source>
        <translation>Search for a municipality, region or partnership (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1%2 — %3</source>
        <translation>%1%2 — %3</translation>
    </message>
    <message>
        <source>Geen gebied of samenwerkingsverband gevonden voor &apos;%1&apos;</source>
        <translation>No area or partnership found for &apos;%1&apos;</translation>
    </message>
    <message>
        <source>De economie is per COROP-gebied; %1 is een %2. Hier staat nog %3. Kies een gemeente of COROP-gebied van %1 om de sectoren daarvan te zien.</source>
        <translation>The economy is per COROP region; %1 is a %2. This still shows %3. Choose a municipality or COROP region of %1 to see its sectors.</translation>
    </message>
    <message>
        <source>Werkgebied van %1: %2 gemeenten (Esc op de kaart of Beeld → Werkgebied van verband wissen haalt het weg)</source>
        <translation>Area of %1: %2 municipalities (Esc on the map or View → Clear partnership area removes it)</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&apos;font-weight:normal&apos;&gt;— %2 · %3&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&apos;font-weight:normal&apos;&gt;— %2 · %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Nederland &lt;span style=&apos;font-weight:normal&apos;&gt;— %1 · PageDown kiest het eerste gebied&lt;/span&gt;</source>
        <translation>Netherlands &lt;span style=&apos;font-weight:normal&apos;&gt;— %1 · PageDown chooses the first area&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Over Regioverkenner</source>
        <translation>About Regioverkenner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regioverkenner %1&lt;/h3&gt;&lt;p&gt;Verkenner van regionale samenwerking in Nederland: welke samenwerkingsverbanden de driehoek economie – onderwijs – arbeidsmarkt afdekken, en hoe sectoren verwant zijn.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gegevensbronnen&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Gemeenten, provincies, COROP-gebieden en arbeidsmarktregio&apos;s %2: %3. Gegeneraliseerde grenzen (cartomap/nl, uit PDOK); lidmaatschappen afgeleid door Regioverkenner.&lt;/li&gt;&lt;li&gt;Samenwerkingsverbanden: register samengesteld uit het SER-advies &lt;i&gt;Regionaal samenwerken: leren van praktijken&lt;/i&gt; (2017) en openbare bronnen; bron en betrouwbaarheid per verband.&lt;/li&gt;&lt;li&gt;Economie (tab Economie, regioprofiel): CBS StatLine, tabel 83582NED &lt;i&gt;Banen van werknemers in december; SBI2008, regio&lt;/i&gt;, 2010–2024 (CC BY 4.0), per COROP-gebied en SBI-sectie; geheime cellen blijven onbekend.&lt;/li&gt;&lt;li&gt;Verwantschap tussen sectoren (tab Verwantschap): een synthetische demonstratie-economie (SBI 2008-afdelingen × COROP, met baanwisselingen) — &lt;b&gt;Demonstratiedata, geen officiële statistiek&lt;/b&gt; — tenzij eigen CSV-tabellen zijn ingelezen; baanwisselingen tussen sectoren zijn niet openbaar.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Regioverkenner %1&lt;/h3&gt;&lt;p&gt;Explorer of regional cooperation in the Netherlands: which partnerships cover the economy – education – labour market triangle, and how sectors are related.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Municipalities (gemeenten), provinces, COROP regions and labour market regions (arbeidsmarktregio&apos;s) %2: %3. Generalised boundaries (cartomap/nl, from PDOK); memberships derived by Regioverkenner.&lt;/li&gt;&lt;li&gt;Partnerships: register compiled from the SER advisory report &lt;i&gt;Regionaal samenwerken: leren van praktijken&lt;/i&gt; (2017) and public sources; source and confidence per partnership.&lt;/li&gt;&lt;li&gt;Economy (Economy tab, region profile): CBS StatLine, table 83582NED &lt;i&gt;Banen van werknemers in december; SBI2008, regio&lt;/i&gt; (employee jobs in December), 2010–2024 (CC BY 4.0), per COROP region and SBI section; confidential cells stay unknown.&lt;/li&gt;&lt;li&gt;Relatedness between sectors (Relatedness tab): a synthetic demonstration economy (SBI 2008 divisions × COROP, with job switches) — &lt;b&gt;Demonstration data, not official statistics&lt;/b&gt; — unless your own CSV tables have been imported; job switches between sectors are not public.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Het register %1 is niet geopend; het huidige register blijft staan.</source>
        <translation>The register %1 has not been opened; the current register stays.</translation>
    </message>
    <message>
        <source>Register niet geopend</source>
        <translation>Register not opened</translation>
    </message>
    <message>
        <source>Welkom. Ctrl+F zoekt een gemeente, regio of samenwerkingsverband; F1 opent de handleiding.</source>
        <translation>Welcome. Ctrl+F searches for a municipality, region or partnership; F1 opens the manual.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Waar het gebied sterk in is en in kan groeien, welke samenwerkingsverbanden daarop kunnen handelen, wie er aan tafel ontbreekt, met welke buren en op welke schaal (SER 2017, 3.2–3.4)</source>
        <translation>What the area is strong in and can grow in, which partnerships can act on it, who is missing at the table, with which neighbours and at what scale (SER 2017, 3.2–3.4)</translation>
    </message>
    <message>
        <source>Kaart: specialisaties zonder volledige economische tafel over het hele gebied, per %1</source>
        <translation>Map: specialisations without a full economic table over the whole area, per %1</translation>
    </message>
    <message>
        <source>%1; register: %2</source>
        <translation>%1; register: %2</translation>
    </message>
    <message>
        <source>Economie</source>
        <translation>Economy</translation>
    </message>
    <message>
        <source>De echte economie van het gebied (CBS): sectorstructuur, specialisaties, verandering sinds 2010 en structuurmaten</source>
        <translation>The real economy of the area (CBS): sector structure, specialisations, change since 2010 and structure measures</translation>
    </message>
    <message>
        <source>CBS StatLine-export &amp;importeren…</source>
        <translation>&amp;Import CBS StatLine export…</translation>
    </message>
    <message>
        <source>Een tabel van CBS StatLine zoals CBS hem levert (TypedDataSet-CSV of Observations.csv) in de tab Economie tonen</source>
        <translation>Show a CBS StatLine table as CBS delivers it (TypedDataSet CSV or Observations.csv) in the Economy tab</translation>
    </message>
    <message>
        <source>Terug naar de ingebouwde CBS-gegevens (83582NED)</source>
        <translation>Back to the built-in CBS data (83582NED)</translation>
    </message>
    <message>
        <source>De tab Economie toont weer de banen van werknemers per COROP-gebied, CBS-tabel 83582NED</source>
        <translation>The Economy tab shows the employee jobs per COROP region again, CBS table 83582NED</translation>
    </message>
    <message>
        <source>Economie: weer de ingebouwde CBS-tabel 83582NED</source>
        <translation>Economy: the built-in CBS table 83582NED again</translation>
    </message>
    <message>
        <source>CBS StatLine-export importeren</source>
        <translation>Import CBS StatLine export</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>StatLine-export importeren</source>
        <translation>Import StatLine export</translation>
    </message>
    <message>
        <source>Dit bestand heeft %1 maten. Welke wilt u zien?</source>
        <translation>This file has %1 measures. Which one do you want to see?</translation>
    </message>
    <message>
        <source>Importeren mislukt</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Het bestand is niet ingelezen; de getoonde gegevens zijn niet veranderd.

%1</source>
        <translation>The file has not been read; the data shown have not changed.

%1</translation>
    </message>
    <message>
        <source>%1

%2 regio&apos;s, %3 sectorsleutels, jaren %4–%5, maat %6.</source>
        <translation>%1

%2 regions, %3 sector keys, years %4–%5, measure %6.</translation>
    </message>
    <message>
        <source>

Deze gegevens in de tab Economie tonen?</source>
        <translation>

Show these data in the Economy tab?</translation>
    </message>
    <message>
        <source>Bron: CBS StatLine, eigen export %1</source>
        <translation>Source: CBS StatLine, own export %1</translation>
    </message>
    <message>
        <source>Economie: %1 ingelezen</source>
        <translation>Economy: %1 imported</translation>
    </message>
    <message>
        <source>Selectie: %1 (%2, %3)</source>
        <translation>Selection: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Register: %1 (%2); %3</source>
        <translation>Register: %1 (%2); %3</translation>
    </message>
    <message>
        <source>Sectornetwerk: %1 en %2</source>
        <translation>Sector network: %1 and %2</translation>
    </message>
    <message>
        <source>Sectornetwerk: %1</source>
        <translation>Sector network: %1</translation>
    </message>
    <message>
        <source>Verwantschap uit arbeidsstromen (skill-relatedness, Neffke &amp; Henning 2013); gekleurd: specialisaties (LQ &gt; 1)</source>
        <translation>Relatedness from labour flows (skill relatedness, Neffke &amp; Henning 2013); coloured: specialisations (LQ &gt; 1)</translation>
    </message>
    <message>
        <source>Regioprofiel</source>
        <translation>Region profile</translation>
    </message>
    <message>
        <source>Selecteer eerst een gemeente of regio op de kaart of via Zoeken.</source>
        <translation>First select a municipality or region on the map or via Search.</translation>
    </message>
    <message>
        <source>regioprofiel-%1.pdf</source>
        <translation>region-profile-%1.pdf</translation>
    </message>
    <message>
        <source>Regioprofiel opslaan</source>
        <translation>Save region profile</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>register: %1 (%2)</source>
        <translation>register: %1 (%2)</translation>
    </message>
    <message>
        <source>Regioprofiel opgeslagen: %1 (%2 pagina&apos;s)</source>
        <translation>Region profile saved: %1 (%2 pages)</translation>
    </message>
    <message>
        <source>SWOT: specialisatie en inbedding — %1</source>
        <translation>SWOT: specialisation and embeddedness — %1</translation>
    </message>
    <message>
        <source>Hoogste locatiequotiënten — %1</source>
        <translation>Highest location quotients — %1</translation>
    </message>
    <message>
        <source>Kansen: niet-gespecialiseerde sectoren naar inbedding — %1</source>
        <translation>Opportunities: non-specialised sectors by embeddedness — %1</translation>
    </message>
    <message>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Weergave gekopieerd naar het klembord (1920 × 1080)</source>
        <translation>View copied to the clipboard (1920 × 1080)</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Nu herstarten</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>&amp;Tabel exporteren</source>
        <translation>Export &amp;table</translation>
    </message>
    <message>
        <source>Tabel van dit tabblad naar &amp;Excel…</source>
        <translation>Table of this tab to &amp;Excel…</translation>
    </message>
    <message>
        <source>De tabel van het huidige tabblad als Excel-werkmap; op de kaart: het register</source>
        <translation>The table of the current tab as an Excel workbook; on the map: the registry</translation>
    </message>
    <message>
        <source>Tabel van dit tabblad als &amp;CSV…</source>
        <translation>Table of this tab as &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Register naar Excel…</source>
        <translation>&amp;Registry to Excel…</translation>
    </message>
    <message>
        <source>Register als C&amp;SV…</source>
        <translation>Registry as C&amp;SV…</translation>
    </message>
    <message>
        <source>CSV met decimale komma</source>
        <translation>CSV with decimal comma</translation>
    </message>
    <message>
        <source>Verloop van de verbanden per &amp;jaar…</source>
        <translation>Trend of the partnerships per &amp;year…</translation>
    </message>
    <message>
        <source>%1 ligt niet in een Nederlandse gemeente die bekend is: %2</source>
        <translation>%1 does not lie in a known Dutch municipality: %2</translation>
    </message>
    <message>
        <source>Bron: register &apos;%1&apos; (%2); de bron van elk verband staat in de kolom Bron.</source>
        <translation>Source: registry &apos;%1&apos; (%2); the source of each body is in the Source column.</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Alles selecteren</source>
        <translation>Select all</translation>
    </message>
</context>
<context>
    <name>regio::ui::ManualDialog</name>
    <message>
        <source>Handleiding — Regioverkenner</source>
        <translation>Manual — Regioverkenner</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Handleiding Regioverkenner&lt;/h2&gt;&lt;p&gt;Regioverkenner laat zien welke samenwerkingsverbanden de driehoek economie – onderwijs – arbeidsmarkt afdekken in een gemeente of regio, wie aan tafel zit, en hoe sectoren verwant zijn. Alles werkt met muis of alleen met het toetsenbord.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;#zoeken&apos;&gt;Een gebied vinden&lt;/a&gt; · &lt;a href=&apos;#driehoek&apos;&gt;De driehoek lezen&lt;/a&gt; · &lt;a href=&apos;#economie&apos;&gt;De economie van een gebied&lt;/a&gt; · &lt;a href=&apos;#agenda&apos;&gt;De agenda&lt;/a&gt; · &lt;a href=&apos;#vergelijken&apos;&gt;Regio&apos;s vergelijken&lt;/a&gt; · &lt;a href=&apos;#presenteren&apos;&gt;Presenteren&lt;/a&gt; · &lt;a href=&apos;#exporteren&apos;&gt;Exporteren&lt;/a&gt; · &lt;a href=&apos;#register&apos;&gt;Het register bewerken&lt;/a&gt; · &lt;a href=&apos;#importeren&apos;&gt;Eigen gegevens inlezen&lt;/a&gt; · &lt;a href=&apos;#sneltoetsen&apos;&gt;Sneltoetsen&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Regioverkenner manual&lt;/h2&gt;&lt;p&gt;Regioverkenner shows which partnerships cover the economy – education – labour market triangle in a municipality or region, who is at the table, and how sectors are related. Everything works with the mouse or with the keyboard alone.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;#zoeken&apos;&gt;Finding an area&lt;/a&gt; · &lt;a href=&apos;#driehoek&apos;&gt;Reading the triangle&lt;/a&gt; · &lt;a href=&apos;#economie&apos;&gt;The economy of an area&lt;/a&gt; · &lt;a href=&apos;#agenda&apos;&gt;The agenda&lt;/a&gt; · &lt;a href=&apos;#vergelijken&apos;&gt;Comparing regions&lt;/a&gt; · &lt;a href=&apos;#presenteren&apos;&gt;Presenting&lt;/a&gt; · &lt;a href=&apos;#exporteren&apos;&gt;Exporting&lt;/a&gt; · &lt;a href=&apos;#register&apos;&gt;Editing the register&lt;/a&gt; · &lt;a href=&apos;#importeren&apos;&gt;Importing your own data&lt;/a&gt; · &lt;a href=&apos;#sneltoetsen&apos;&gt;Keyboard shortcuts&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;zoeken&apos;&gt;&lt;/a&gt;Een gebied vinden&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Druk op &lt;b&gt;Ctrl+F&lt;/b&gt; (of Bewerken → Zoeken). Het zoekveld staat altijd links in de werkbalk.&lt;/li&gt;&lt;li&gt;Typ het begin van de naam (&lt;i&gt;Harde&lt;/i&gt;) of de CBS-code (&lt;i&gt;GM0160&lt;/i&gt;, &lt;i&gt;CR23&lt;/i&gt;, &lt;i&gt;AM18&lt;/i&gt;, &lt;i&gt;PV27&lt;/i&gt;). Namen die met uw tekst beginnen staan bovenaan, daarna namen met een woord dat ermee begint, daarna de rest.&lt;/li&gt;&lt;li&gt;Kies met de pijltjes en &lt;b&gt;Enter&lt;/b&gt;; Enter zonder keuze neemt de bovenste.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Het zoekveld vindt ook samenwerkingsverbanden: kiest u er een, dan ziet u het werkgebied omlijnd op de kaart. &lt;b&gt;Esc&lt;/b&gt; op de kaart of Beeld → &lt;i&gt;Werkgebied van verband wissen&lt;/i&gt; haalt de omlijning weg.&lt;/p&gt;&lt;p&gt;Op de kaart: klik om te selecteren, scrollwiel of &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;-&lt;/b&gt; om te zoomen, pijltjes om te schuiven, &lt;b&gt;Home&lt;/b&gt; voor heel Nederland. &lt;b&gt;Ctrl+1&lt;/b&gt; … &lt;b&gt;Ctrl+4&lt;/b&gt; kiezen de indeling (gemeenten, provincies, COROP-gebieden, arbeidsmarktregio&apos;s). Het paneel &lt;i&gt;Details&lt;/i&gt; toont de lidmaatschappen van de selectie en de samenwerkingsverbanden die haar dekken, van kleine naar grote schaal, als koppelingen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&apos;zoeken&apos;&gt;&lt;/a&gt;Finding an area&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Press &lt;b&gt;Ctrl+F&lt;/b&gt; (or Edit → Search). The search field is always on the left of the toolbar.&lt;/li&gt;&lt;li&gt;Type the start of the name (&lt;i&gt;Harde&lt;/i&gt;) or the CBS code (&lt;i&gt;GM0160&lt;/i&gt;, &lt;i&gt;CR23&lt;/i&gt;, &lt;i&gt;AM18&lt;/i&gt;, &lt;i&gt;PV27&lt;/i&gt;). Names that start with your text come first, then names with a word that starts with it, then the rest.&lt;/li&gt;&lt;li&gt;Choose with the arrow keys and &lt;b&gt;Enter&lt;/b&gt;; Enter without a choice takes the top one.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The search field also finds partnerships: choose one and you see its area outlined on the map. &lt;b&gt;Esc&lt;/b&gt; on the map or View → &lt;i&gt;Clear partnership area&lt;/i&gt; removes the outline.&lt;/p&gt;&lt;p&gt;On the map: click to select, scroll wheel or &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;-&lt;/b&gt; to zoom, arrow keys to pan, &lt;b&gt;Home&lt;/b&gt; for the whole Netherlands. &lt;b&gt;Ctrl+1&lt;/b&gt; … &lt;b&gt;Ctrl+4&lt;/b&gt; choose the division (municipalities, provinces, COROP regions, labour market regions). The &lt;i&gt;Details&lt;/i&gt; panel shows the memberships of the selection and the partnerships that cover it, from small to large scale, as links.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;economie&apos;&gt;&lt;/a&gt;De economie van een gebied&lt;/h3&gt;&lt;p&gt;Het tabblad &lt;i&gt;Economie&lt;/i&gt; toont de echte economie van de selectie: banen van werknemers per sector, CBS-tabel 83582NED, 2010–2024. Een COROP-gebied is exact; een provincie en Nederland zijn sommen van COROP-gebieden; een arbeidsmarktregio of gemeente wordt benaderd met de COROP-gebieden die haar het best dekken, en dat staat erbij. Kies bovenaan het &lt;b&gt;jaar&lt;/b&gt; en het &lt;b&gt;basisjaar&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;Sectorstructuur&lt;/i&gt;: het aandeel van elke sector in het gebied naast dat in Nederland; LQ (locatiequotiënt) boven 1 = gespecialiseerd.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Tabel&lt;/i&gt;: banen, aandelen, LQ en de verandering sinds het basisjaar, ontleed in nationale groei, sectormix en regionaal effect (shift-share), en nieuwe of verloren specialisaties. Klik op een kop om te sorteren.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Ontwikkeling&lt;/i&gt;: de banen als index (basisjaar = 100), gebied en Nederland, voor alle banen en een sector die u kiest.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Structuurmaten&lt;/i&gt;: verschil met Nederland, concentratie en (on)verwante variëteit, elk met een uitleg.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;i&gt;geheim&lt;/i&gt; betekent dat CBS het getal niet publiceert: het is onbekend, niet 0. Bestand → &lt;i&gt;CBS StatLine-export importeren&lt;/i&gt; toont een eigen StatLine-tabel; Bestand → &lt;i&gt;Terug naar de ingebouwde CBS-gegevens&lt;/i&gt; keert terug.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&apos;economie&apos;&gt;&lt;/a&gt;The economy of an area&lt;/h3&gt;&lt;p&gt;The &lt;i&gt;Economy&lt;/i&gt; tab shows the real economy of the selection: employee jobs per sector, CBS table 83582NED, 2010–2024. A COROP region is exact; a province and the Netherlands are sums of COROP regions; a labour market region or municipality is approximated by the COROP regions that cover it best, and that is stated. Choose the &lt;b&gt;year&lt;/b&gt; and the &lt;b&gt;base year&lt;/b&gt; at the top.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;Sector structure&lt;/i&gt;: the share of each sector in the area next to that in the Netherlands; LQ (location quotient) above 1 = specialised.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Table&lt;/i&gt;: jobs, shares, LQ and the change since the base year, broken down into national growth, sector mix and regional effect (shift-share), and new or lost specialisations. Click a header to sort.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Development&lt;/i&gt;: jobs as an index (base year = 100), area and the Netherlands, for all jobs and a sector you choose.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Structure measures&lt;/i&gt;: difference from the Netherlands, concentration and (un)related variety, each with an explanation.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;i&gt;confidential&lt;/i&gt; means that CBS does not publish the figure: it is unknown, not 0. File → &lt;i&gt;Import CBS StatLine export&lt;/i&gt; shows a StatLine table of your own; File → &lt;i&gt;Back to the built-in CBS data&lt;/i&gt; returns.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;agenda&apos;&gt;&lt;/a&gt;De agenda&lt;/h3&gt;&lt;p&gt;Het tabblad &lt;i&gt;Agenda&lt;/i&gt; verbindt de twee helften (SER 2017, 3.2–3.4): waar het gebied sterk in is (LQ boven 1), welke sterktes bedreigd zijn (trager gegroeid dan de sector landelijk) en waar het in kan groeien (niet gespecialiseerd, wel verwant aan de specialisaties). Bij elk: de samenwerkingsverbanden die erop kunnen handelen, welk deel van het gebied zij dekken en wie er &lt;b&gt;aan tafel ontbreekt&lt;/b&gt;. Bovenaan staat wat ontbreekt in woorden, onderaan de schaal per domein en de buren die specialisaties delen of aanvullen, ook op het kaartje.&lt;/p&gt;&lt;p&gt;Namen zijn koppelingen (klik, of Tab en Enter): een verband toont zijn werkgebied op de kaart, een buurgebied wordt de selectie. De knop &lt;i&gt;Landelijke kaart&lt;/i&gt; kleurt de kaart naar specialisaties zonder volledige economische tafel over het hele gebied. Het regioprofiel bevat dezelfde agenda op één pagina.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&apos;agenda&apos;&gt;&lt;/a&gt;The agenda&lt;/h3&gt;&lt;p&gt;The &lt;i&gt;Agenda&lt;/i&gt; tab connects the two halves (SER 2017, 3.2–3.4): what the area is strong in (LQ above 1), which strengths are threatened (grew more slowly than the sector nationally) and where it can grow (not specialised, but related to the specialisations). For each: the partnerships that can act on it, which part of the area they cover and who is &lt;b&gt;missing at the table&lt;/b&gt;. At the top, what is missing in words; at the bottom, the scale per domain and the neighbours that share or complement specialisations, also on the small map.&lt;/p&gt;&lt;p&gt;Names are links (click, or Tab and Enter): a partnership shows its area on the map, a neighbouring area becomes the selection. The &lt;i&gt;National map&lt;/i&gt; button colours the map by specialisations without a full economic table over the whole area. The region profile contains the same agenda on one page.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;vergelijken&apos;&gt;&lt;/a&gt;Regio&apos;s vergelijken&lt;/h3&gt;&lt;p&gt;Het tabblad &lt;i&gt;Verwantschap&lt;/i&gt; toont het landelijke sectornetwerk; de specialisaties van het geselecteerde COROP-gebied (locatiequotiënt boven 1) zijn gekleurd. De economie is per COROP-gebied: een gemeente toont het COROP-gebied waarin zij ligt. Kies een tweede regio om beide netwerken naast elkaar te zien (zoals SER fig. B.9 voor Groot-Amsterdam en Groot-Rijnmond). De grafieken tonen de SWOT-indeling, de hoogste locatiequotiënten en de kansen. Met de schuif stelt u de drempel voor verwantschap in.&lt;/p&gt;&lt;p&gt;Zonder eigen gegevens zijn dit &lt;b&gt;demonstratiedata, geen officiële statistiek&lt;/b&gt;; dat staat bij elke grafiek en export.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&apos;vergelijken&apos;&gt;&lt;/a&gt;Comparing regions&lt;/h3&gt;&lt;p&gt;The &lt;i&gt;Relatedness&lt;/i&gt; tab shows the national sector network; the specialisations of the selected COROP region (location quotient above 1) are coloured. The economy is per COROP region: a municipality shows the COROP region it lies in. Choose a second region to see both networks side by side (like SER fig. B.9 for Groot-Amsterdam and Groot-Rijnmond). The charts show the SWOT classification, the highest location quotients and the opportunities. The slider sets the threshold for relatedness.&lt;/p&gt;&lt;p&gt;Without your own data these are &lt;b&gt;demonstration data, not official statistics&lt;/b&gt;; this is stated with every chart and export.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;presenteren&apos;&gt;&lt;/a&gt;Presenteren&lt;/h3&gt;&lt;p&gt;&lt;b&gt;F11&lt;/b&gt; (of Beeld → Presentatiemodus) vult het scherm met de weergave, in grote letters en met sterk contrast; de naam van het gebied staat groot bovenaan, werkbalk, zoekveld, tabbladen en panelen verdwijnen. Met de presenter of het toetsenbord:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;PageDown&lt;/b&gt; / &lt;b&gt;PageUp&lt;/b&gt;: volgend / vorig gebied van de indeling (alfabetisch)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+PageDown&lt;/b&gt; / &lt;b&gt;Ctrl+PageUp&lt;/b&gt;: volgende / vorige weergave (Kaart, Driehoek, Economie, Agenda, Verwantschap)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Esc&lt;/b&gt;: terug naar het venster zoals het was&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&apos;presenteren&apos;&gt;&lt;/a&gt;Presenting&lt;/h3&gt;&lt;p&gt;&lt;b&gt;F11&lt;/b&gt; (or View → Presentation mode) fills the screen with the view, in large type and with strong contrast; the name of the area is shown large at the top, and the toolbar, search field, tabs and panels disappear. With a presenter or the keyboard:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;PageDown&lt;/b&gt; / &lt;b&gt;PageUp&lt;/b&gt;: next / previous area of the division (alphabetical)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+PageDown&lt;/b&gt; / &lt;b&gt;Ctrl+PageUp&lt;/b&gt;: next / previous view (Map, Triangle, Economy, Agenda, Relatedness)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Esc&lt;/b&gt;: back to the window as it was&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;importeren&apos;&gt;&lt;/a&gt;Eigen gegevens inlezen&lt;/h3&gt;&lt;p&gt;Bestand → &lt;i&gt;Werkgelegenheid importeren (CSV)&lt;/i&gt; leest werkgelegenheid per regio en sector (breed of lang formaat); Bestand → &lt;i&gt;Arbeidsstromen importeren (CSV)&lt;/i&gt; leest baanwisselaars tussen sectoren. Een bestand met fouten wordt geweigerd met de regel en de reden; er gaat niets verloren. Na het inlezen ziet u wat er is ingelezen; de melding bij de grafieken zegt welk deel uw eigen bestand is en welk deel demonstratiedata. Bestand → &lt;i&gt;Terug naar de demonstratie-economie&lt;/i&gt; keert terug. Het formaat staat in docs/economy.md.&lt;/p&gt;&lt;p&gt;Bestand → &lt;i&gt;CBS StatLine-export importeren&lt;/i&gt; leest een tabel van CBS StatLine zoals CBS hem levert (de CSV van opendata.cbs.nl of Observations.csv van datasets.cbs.nl) voor het tabblad Economie; heeft het bestand meer maten, dan kiest u er een.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&apos;importeren&apos;&gt;&lt;/a&gt;Importing your own data&lt;/h3&gt;&lt;p&gt;File → &lt;i&gt;Import employment (CSV)&lt;/i&gt; reads employment per region and sector (wide or long format); File → &lt;i&gt;Import labour flows (CSV)&lt;/i&gt; reads job switchers between sectors. A file with errors is refused with the line and the reason; nothing is lost. After importing you see what was read; the notice with the charts says which part is your own file and which part is demonstration data. File → &lt;i&gt;Back to the demonstration economy&lt;/i&gt; returns. The format is described in docs/economy.md.&lt;/p&gt;&lt;p&gt;File → &lt;i&gt;Import CBS StatLine export&lt;/i&gt; reads a CBS StatLine table as CBS delivers it (the CSV from opendata.cbs.nl or Observations.csv from datasets.cbs.nl) for the Economy tab; if the file has several measures, you choose one.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;sneltoetsen&apos;&gt;&lt;/a&gt;Sneltoetsen&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&apos;sneltoetsen&apos;&gt;&lt;/a&gt;Keyboard shortcuts&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Daarnaast op de kaart: pijltjes schuiven, &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;-&lt;/b&gt; zoomen, &lt;b&gt;Home&lt;/b&gt; heel Nederland, &lt;b&gt;Esc&lt;/b&gt; wist de omlijning van een werkgebied.&lt;/p&gt;</source>
        <translation>&lt;p&gt;On the map as well: arrow keys pan, &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;-&lt;/b&gt; zoom, &lt;b&gt;Home&lt;/b&gt; the whole Netherlands, &lt;b&gt;Esc&lt;/b&gt; clears the outline of an area.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;driehoek&apos;&gt;&lt;/a&gt;De driehoek lezen&lt;/h3&gt;&lt;p&gt;Het tabblad &lt;i&gt;Driehoek&lt;/i&gt; toont voor de selectie de drie hoeken &lt;b&gt;Economie&lt;/b&gt;, &lt;b&gt;Onderwijs&lt;/b&gt; en &lt;b&gt;Arbeidsmarkt&lt;/b&gt; (SER 2017). Een verband dat één domein bestrijkt staat bij de hoek, een verband van twee domeinen op de zijde ertussen, een verband van alle drie in het midden (&lt;i&gt;integraal&lt;/i&gt;). Een grijze hoek betekent dat geen verband dat domein afdekt.&lt;/p&gt;&lt;p&gt;Naast de driehoek staan de lacunes en de overlap in woorden; is er te weinig ruimte, klik dan op die tekst voor de volledige lijst. Daaronder:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;Aan tafel&lt;/i&gt;: welke partijen (gemeenten, provincie, UWV, bedrijfsleven, onderwijs, werkgevers- en werknemersorganisaties …) in welk verband zitten, en wie ontbreekt.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Schakelen op schalen&lt;/i&gt;: voor een gemeente, op welke schaal zij per domein samenwerkt.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Samenwerkingsverbanden&lt;/i&gt;: de lijst met bron en betrouwbaarheid van elk verband.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Een lange naam staat op twee regels. Wat dan nog niet past, en de verbanden achter &lt;i&gt;+n&lt;/i&gt; of &lt;i&gt;+n meer&lt;/i&gt;, leest u in zijn geheel door op het vakje of op &lt;i&gt;+n&lt;/i&gt; te klikken: u krijgt de lijst van dat vak; kies een naam om het werkgebied op de kaart te zien. Met het toetsenbord: Tab naar de driehoek en &lt;b&gt;Enter&lt;/b&gt; geeft alle vakken als menu. Voor een provincie of regio kiest u bij &lt;i&gt;Schakelen op schalen&lt;/i&gt; een van haar gemeenten.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&apos;driehoek&apos;&gt;&lt;/a&gt;Reading the triangle&lt;/h3&gt;&lt;p&gt;For the selection, the &lt;i&gt;Triangle&lt;/i&gt; tab shows the three corners &lt;b&gt;Economy&lt;/b&gt;, &lt;b&gt;Education&lt;/b&gt; and &lt;b&gt;Labour market&lt;/b&gt; (SER 2017). A partnership that covers one domain sits at the corner, a partnership of two domains on the side between them, a partnership of all three in the middle (&lt;i&gt;integral&lt;/i&gt;). A grey corner means that no partnership covers that domain.&lt;/p&gt;&lt;p&gt;Next to the triangle, the gaps and the overlap are described in words; if there is too little space, click that text for the full list. Below it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;At the table&lt;/i&gt;: which parties (municipalities, province, UWV, business, education, employers&apos; and employees&apos; organisations …) sit in which partnership, and who is missing.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Switching between scales&lt;/i&gt;: for a municipality, at which scale it cooperates per domain.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Partnerships&lt;/i&gt;: the list with the source and confidence of each partnership.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A long name is shown on two lines. Whatever still does not fit, and the partnerships behind &lt;i&gt;+n&lt;/i&gt; or &lt;i&gt;+n more&lt;/i&gt;, you can read in full by clicking the box or &lt;i&gt;+n&lt;/i&gt;: you get the list for that box; choose a name to see the area of operation on the map. With the keyboard: Tab to the triangle and &lt;b&gt;Enter&lt;/b&gt; gives all boxes as a menu. For a province or region, choose one of its municipalities under &lt;i&gt;Switching between scales&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;exporteren&apos;&gt;&lt;/a&gt;Exporteren&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+E&lt;/b&gt; (Bestand → Exporteren) bewaart de huidige weergave als vector-PDF, SVG of PNG, met titel, legenda, bron en datum. Bestaat de map nog niet, dan wordt zij gemaakt; lukt schrijven niet, dan blijft het venster open met de reden.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+P&lt;/b&gt; (Bestand → Exporteer regioprofiel) maakt een PDF van meerdere pagina&apos;s over het geselecteerde gebied.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt; kopieert de weergave naar het klembord, voor presentatiesoftware.&lt;/li&gt;&lt;li&gt;Bestand → Grafiek exporteren bewaart één grafiek van Verwantschap.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tabellen naar Excel of CSV&lt;/b&gt;: klik met de rechtermuisknop op een tabel (de verbanden in Driehoek, de tabel en de staafjes van Economie, de agenda, de locatiequotiënten van Verwantschap, het register) en kies &lt;i&gt;Exporteren naar Excel…&lt;/i&gt; of &lt;i&gt;Exporteren als CSV…&lt;/i&gt;; of Bestand → &lt;i&gt;Tabel exporteren&lt;/i&gt; voor het huidige tabblad of het hele register. Getallen blijven getallen, de bron staat onder de tabel, en onbekende of geheime waarden blijven leeg (nooit 0). &lt;i&gt;CSV met decimale komma&lt;/i&gt; schrijft 1,5 in plaats van 1.5, zoals Nederlandse Excel het leest.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&apos;exporteren&apos;&gt;&lt;/a&gt;Exporting&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+E&lt;/b&gt; (File → Export) saves the current view as vector PDF, SVG or PNG, with title, legend, source and date. A folder that does not exist yet is created; if writing fails, the window stays open with the reason.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+P&lt;/b&gt; (File → Export region profile) makes a PDF of several pages about the selected area.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt; copies the view to the clipboard, for presentation software.&lt;/li&gt;&lt;li&gt;File → Export chart saves one chart of Relatedness.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tables to Excel or CSV&lt;/b&gt;: right-click a table (the bodies in Triangle, the table and the bars of Economy, the agenda, the location quotients of Relatedness, the registry) and choose &lt;i&gt;Export to Excel…&lt;/i&gt; or &lt;i&gt;Export as CSV…&lt;/i&gt;; or File → &lt;i&gt;Export table&lt;/i&gt; for the current tab or the whole registry. Numbers stay numbers, the source is under the table, and unknown or confidential values stay empty (never 0). &lt;i&gt;CSV with decimal comma&lt;/i&gt; writes 1,5 instead of 1.5, as Dutch Excel reads it.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;register&apos;&gt;&lt;/a&gt;Het register bewerken&lt;/h3&gt;&lt;p&gt;Beeld → &lt;i&gt;Register bewerken&lt;/i&gt; opent de lijst van samenwerkingsverbanden met een formulier. Kies een verband in de tabel, wijzig de velden en pas toe; meldingen staan naast de velden en, altijd in beeld, bovenaan het formulier (klik op de veldnaam om erheen te gaan). Op een laptop staan tabel en formulier naast elkaar; de rand boven het register sleept u omhoog voor meer ruimte. Het werkgebied wijst u aan door gemeenten op de kaart aan te klikken of door indelingen te kiezen. &lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Y&lt;/b&gt; maken ongedaan en opnieuw. Bewaar met &lt;b&gt;Ctrl+S&lt;/b&gt; of Bestand → Register opslaan als; bij afsluiten vraagt het programma wat er met niet-bewaarde wijzigingen moet gebeuren. Bestand → Standaardregister herstellen gaat terug naar het meegeleverde register. Uw eigen register gaat bij de volgende start vanzelf weer open; Bestand → Recente registers toont de vorige.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&apos;register&apos;&gt;&lt;/a&gt;Editing the register&lt;/h3&gt;&lt;p&gt;View → &lt;i&gt;Edit register&lt;/i&gt; opens the list of partnerships with a form. Choose a partnership in the table, change the fields and apply; messages appear next to the fields and, always in view, at the top of the form (click the field name to go there). On a laptop, the table and form are side by side; drag the edge above the register upwards for more space. You indicate the area of operation by clicking municipalities on the map or by choosing divisions. &lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Y&lt;/b&gt; undo and redo. Save with &lt;b&gt;Ctrl+S&lt;/b&gt; or File → Save register as; when you quit, the program asks what to do with unsaved changes. File → Restore default register goes back to the register supplied with the program. Your own register opens again automatically at the next start; File → Recent registers shows the previous ones.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>regio::ui::MapWidget</name>
    <message>
        <source>Gemeentegrens</source>
        <translation>Municipal boundary</translation>
    </message>
    <message>
        <source>Grens %1</source>
        <translation>Boundary %1</translation>
    </message>
    <message>
        <source>Selectie</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Werkgebied van verband</source>
        <translation>Partnership area</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Kaart van Nederland</source>
        <translation>Map of the Netherlands</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;%4 km²</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;%4 km²</translation>
    </message>
</context>
<context>
    <name>regio::ui::NetworkView</name>
    <message>
        <source>Sectornetwerk</source>
        <translation>Sector network</translation>
    </message>
    <message>
        <source>Sectornetwerk van %1</source>
        <translation>Sector network of %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>kleur: SBI-sectie (naam bij aanwijzen)</source>
        <translation>colour: SBI section (name on hover)</translation>
    </message>
    <message>
        <source>gespecialiseerd (LQ &gt; 1)</source>
        <translation>specialised (LQ &gt; 1)</translation>
    </message>
    <message>
        <source>niet gespecialiseerd</source>
        <translation>not specialised</translation>
    </message>
    <message>
        <source>verwant met aangewezen sector</source>
        <translation>related to the sector pointed at</translation>
    </message>
    <message>
        <source>grootte: banen in Nederland</source>
        <translation>size: jobs in the Netherlands</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;SBI-sectie %1: %2</source>
        <translation>&lt;br&gt;SBI section %1: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Banen in Nederland: %1</source>
        <translation>&lt;br&gt;Jobs in the Netherlands: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;LQ in %1: &lt;b&gt;%2&lt;/b&gt;%3</source>
        <translation>&lt;br&gt;LQ in %1: &lt;b&gt;%2&lt;/b&gt;%3</translation>
    </message>
    <message>
        <source> (gespecialiseerd)</source>
        <translation> (specialised)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Inbedding: %1 (drempel %2)</source>
        <translation>&lt;br&gt;Embeddedness: %1 (threshold %2)</translation>
    </message>
    <message>
        <source>&lt;br&gt;SWOT: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;br&gt;SWOT: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Verwante sectoren (SR~ &gt; %1): %2</source>
        <translation>&lt;br&gt;Related sectors (SR~ &gt; %1): %2</translation>
    </message>
    <message>
        <source>%1 van %2 sectoren gespecialiseerd (LQ &gt; 1)</source>
        <translation>%1 of %2 sectors specialised (LQ &gt; 1)</translation>
    </message>
    <message>
        <source>lijnen: SR~ &gt; %1</source>
        <translation>lines: SR~ &gt; %1</translation>
    </message>
</context>
<context>
    <name>regio::ui::RankingChartView</name>
    <message>
        <source>Hoogste locatiequotiënten</source>
        <translation>Highest location quotients</translation>
    </message>
    <message>
        <source>Kansen</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>%1 (top %2)</source>
        <translation>%1 (top %2)</translation>
    </message>
    <message>
        <source>LQ (1 = landelijk gemiddelde)</source>
        <translation>LQ (1 = national average)</translation>
    </message>
    <message>
        <source>Inbedding (0–100; drempel %1)</source>
        <translation>Embeddedness (0–100; threshold %1)</translation>
    </message>
    <message>
        <source> (goed ingebed)</source>
        <translation> (well embedded)</translation>
    </message>
    <message>
        <source> (inbedding boven drempel)</source>
        <translation> (embeddedness above threshold)</translation>
    </message>
    <message>
        <source> (zwak ingebed)</source>
        <translation> (weakly embedded)</translation>
    </message>
    <message>
        <source> (inbedding niet boven drempel)</source>
        <translation> (embeddedness not above threshold)</translation>
    </message>
</context>
<context>
    <name>regio::ui::RegionDetails</name>
    <message>
        <source>&lt;h3&gt;Samenwerkingsverbanden (%1)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Partnerships (%1)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Geen samenwerkingsverband in het register dekt dit gebied.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No partnership in the register covers this area.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Landelijk (%1):&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;National (%1):&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#5a6570&quot;&gt;Klik op een verband om zijn werkgebied op de kaart te zien (Esc op de kaart wist het).&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#5a6570&quot;&gt;Click a partnership to see its area on the map (Esc on the map clears it).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Geen selectie&lt;/h2&gt;&lt;p&gt;Klik op de kaart of zoek een gemeente, provincie, COROP-gebied of arbeidsmarktregio op naam of CBS-code.&lt;/p&gt;&lt;p style=&quot;color:#5a6570&quot;&gt;Muis: slepen = verschuiven, wiel = zoomen, dubbelklik = inzoomen op gebied.&lt;br&gt;Toetsen: pijlen = verschuiven, +/− = zoomen, Home = heel Nederland.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No selection&lt;/h2&gt;&lt;p&gt;Click the map or search for a municipality, province, COROP region or labour market region by name or CBS code.&lt;/p&gt;&lt;p style=&quot;color:#5a6570&quot;&gt;Mouse: drag = pan, wheel = zoom, double-click = zoom in on area.&lt;br&gt;Keys: arrows = pan, +/− = zoom, Home = whole Netherlands.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Oppervlakte&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1 km²&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Area&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1 km²&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Gemeenten&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Municipalities&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gemeenten&lt;/h3&gt;&lt;p&gt;</source>
        <translation>&lt;h3&gt;Municipalities&lt;/h3&gt;&lt;p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Samenwerkingsverbanden (%1, %2)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Partnerships (%1, %2)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Vestigingen (%1, tellen niet als dekking):&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sites (%1, do not count as coverage):&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>regio::ui::RegionProfile</name>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;geen&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;none&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (economische gegevens)</source>
        <translation> (economic data)</translation>
    </message>
    <message>
        <source>onbekende regiocode &apos;%1&apos;</source>
        <translation>unknown region code &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Regioprofiel %1</source>
        <translation>Region profile %1</translation>
    </message>
    <message>
        <source>Regioverkenner</source>
        <translation>Regioverkenner</translation>
    </message>
    <message>
        <source>%1 %2 · %3 gemeente(n) · %4 km²</source>
        <translation>%1 %2 · %3 municipalities · %4 km²</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Niveau&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Level&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;CBS-code&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;CBS code&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Oppervlakte&lt;/td&gt;&lt;td&gt;%1 km²&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Area&lt;/td&gt;&lt;td&gt;%1 km²&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Gemeenten&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Municipalities&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Samenwerkingsverbanden&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Partnerships&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Hoeken van de driehoek&lt;/td&gt;&lt;td&gt;%1 van 3 (%2)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Corners of the triangle&lt;/td&gt;&lt;td&gt;%1 of 3 (%2)&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Integraal verband&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Integral partnership&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Lacunes&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Gaps&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Driehoek economie – onderwijs – arbeidsmarkt</source>
        <translation>Economy – education – labour market triangle</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Per hoek&lt;/h2&gt;&lt;table&gt;</source>
        <translation>&lt;h2&gt;Per corner&lt;/h2&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Integraal&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Integral&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Aan tafel&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;At the table&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Ontbreekt: %1&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Missing: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Overlap (bestuurlijke drukte)&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Overlap (administrative crowding)&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>heel gebied</source>
        <translation>whole area</translation>
    </message>
    <message>
        <source>deel</source>
        <translation>part</translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden en bronnen</source>
        <translation>Partnerships and sources</translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden en bronnen (vervolg)</source>
        <translation>Partnerships and sources (continued)</translation>
    </message>
    <message>
        <source>Economische structuur %1</source>
        <translation>Economic structure %1</translation>
    </message>
    <message>
        <source>eigen bestand</source>
        <translation>own file</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;%1 — %2. %3 Geheime (onderdrukte) cellen zijn onbekend, niet 0.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;%1 — %2. %3 Confidential (suppressed) cells are unknown, not 0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gebied: </source>
        <translation>Area: </translation>
    </message>
    <message>
        <source>Let op, </source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>&lt;p&gt;Voor dit gebied zijn geen CBS-gegevens per COROP-gebied beschikbaar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No CBS data per COROP region are available for this area.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>geheim</source>
        <translation>confidential</translation>
    </message>
    <message>
        <source>&lt;table width=&quot;100%&quot; cellspacing=&quot;0&quot; border=&quot;0.5&quot;&gt;&lt;tr&gt;&lt;th&gt;Sector&lt;/th&gt;&lt;th&gt;Banen %1&lt;/th&gt;&lt;th&gt;LQ&lt;/th&gt;&lt;th&gt;Verandering %2–%1&lt;/th&gt;&lt;th&gt;Regionaal effect&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table width=&quot;100%&quot; cellspacing=&quot;0&quot; border=&quot;0.5&quot;&gt;&lt;tr&gt;&lt;th&gt;Sector&lt;/th&gt;&lt;th&gt;Jobs %1&lt;/th&gt;&lt;th&gt;LQ&lt;/th&gt;&lt;th&gt;Change %2–%1&lt;/th&gt;&lt;th&gt;Regional effect&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>%1 (LQ %2)</source>
        <translation>%1 (LQ %2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Specialisaties (LQ &amp;gt; 1):&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Specialisations (LQ &amp;gt; 1):&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nieuw sinds %1:&lt;/b&gt; %2. &lt;b&gt;Verloren:&lt;/b&gt; %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;New since %1:&lt;/b&gt; %2. &lt;b&gt;Lost:&lt;/b&gt; %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Structuur %1:&lt;/b&gt; Krugman %2 (verschil met NL), Herfindahl %3 (concentratie), entropie %4, verwante variëteit %5, onverwante variëteit %6.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Structure %1:&lt;/b&gt; Krugman %2 (difference from NL), Herfindahl %3 (concentration), entropy %4, related variety %5, unrelated variety %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Regionaal effect: de verandering min wat landelijke groei en sectormix verklaren (shift-share, Dunn 1960). COROP-grenzen volgen de indeling van elk jaar.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Regional effect: the change minus what national growth and sector mix explain (shift-share, Dunn 1960). COROP boundaries follow the division of each year.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda %1–%2</source>
        <translation>Agenda %1–%2</translation>
    </message>
    <message>
        <source>Agenda (vervolg)</source>
        <translation>Agenda (continued)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Voor dit gebied zijn geen economische gegevens voor een agenda.&lt;/p&gt;</source>
        <translation>&lt;p&gt;There are no economic data for an agenda for this area.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Economische sterkte: SWOT en specialisaties</source>
        <translation>Economic strength: SWOT and specialisations</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Economische gegevens: %1.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Economic data: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Voor dit gebied zijn geen economische gegevens per COROP-gebied beschikbaar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No economic data per COROP region are available for this area.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Drempel goed ingebed: mediaan %1.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Threshold for well embedded: median %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sectornetwerk: verwantschap en specialisaties</source>
        <translation>Sector network: relatedness and specialisations</translation>
    </message>
    <message>
        <source>Bronnen en methode</source>
        <translation>Sources and method</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Bronnen&lt;/h2&gt;&lt;ul&gt;</source>
        <translation>&lt;h2&gt;Sources&lt;/h2&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Gebiedsindeling %1: %2. Lidmaatschappen van gemeenten afgeleid door Regioverkenner; indelingen samengevoegd uit gemeenten.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Area division %1: %2. Memberships of municipalities derived by Regioverkenner; divisions merged from municipalities.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Samenwerkingsverbanden: %1. Per verband staan bron en betrouwbaarheid in de tabel; benaderde gebieden zijn in het register als zodanig aangemerkt.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Partnerships: %1. The source and confidence of each partnership are in the table; approximated areas are marked as such in the register.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Economische structuur: %1 (banen van werknemers in december, per COROP-gebied).&lt;/li&gt;</source>
        <translation>&lt;li&gt;Economic structure: %1 (employee jobs in December, per COROP region).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1.&lt;/b&gt; De economische gegevens zijn een synthetische demonstratie-economie (SBI 2008-afdelingen × COROP-gebieden), geen CBS-cijfers.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1.&lt;/b&gt; The economic data are a synthetic demonstration economy (SBI 2008 divisions × COROP regions), not CBS figures.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Economische gegevens voor SWOT en netwerk: door de gebruiker ingelezen bestanden.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Economic data for SWOT and network: files imported by the user.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;/ul&gt;&lt;h2&gt;Methode&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Driehoek&lt;/b&gt;: een verband dekt een gemeente als die in zijn werkgebied ligt. De gedekte hoeken zijn de domeinen (economie, onderwijs, arbeidsmarkt) van alle verbanden samen; &lt;i&gt;integraal&lt;/i&gt; is een verband dat alle drie dekt. Drukte is het aantal verbanden; overlap zijn twee of meer verbanden van hetzelfde type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Locatiequotiënt&lt;/b&gt;: het aandeel van een sector in de werkgelegenheid van de regio gedeeld door het landelijke aandeel; boven 1 is de regio gespecialiseerd.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Shift-share&lt;/b&gt; (Dunn 1960): de verandering van de banen in een sector = landelijke groei + sectormix (de sector groeide landelijk sneller of trager) + regionaal effect (het gebied deed het beter of slechter).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Agenda&lt;/b&gt; (SER 2017, 3.2–3.4): sterk = LQ &amp;gt; 1; bedreigd = sterk maar trager gegroeid dan de sector landelijk; kans = niet gespecialiseerd maar verwantschapsdichtheid boven de mediaan van het gebied (verwantschap uit gezamenlijke specialisatie van de COROP-gebieden); wie kan handelen = verbanden die (een deel van) het gebied dekken met het passende domein; wie ontbreekt = partijen die die rol nodig heeft (docs/agenda.md).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Structuurmaten&lt;/b&gt;: Krugman-index (verschil met Nederland), Herfindahl (concentratie), entropie, verwante en onverwante variëteit (Frenken, Van Oort &amp;amp; Verburg 2007).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Skill-relatedness&lt;/b&gt; (Neffke &amp;amp; Henning 2013): het aantal baanwisselaars tussen twee sectoren vergeleken met wat bij toeval te verwachten is, geschaald naar −1 … 1; verwant boven 0.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Inbedding&lt;/b&gt; (van Oort e.a. 2016): het gewogen aandeel van de verwante sectoren waarin de regio gespecialiseerd is (0–100).&lt;/li&gt;&lt;li&gt;&lt;b&gt;SWOT&lt;/b&gt;: Sterkte = gespecialiseerd en goed ingebed; Bedreiging = gespecialiseerd maar slecht ingebed; Kans = niet gespecialiseerd maar goed ingebed; Zwakte = geen van beide. Goed ingebed = boven de mediaan van de regio.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sectornetwerk&lt;/b&gt;: sectoren verbonden bij verwantschap boven de drempel; ruggengraat = maximale opspannende boom plus de sterkste verbindingen per sector; vaste layout, dezelfde voor elke regio.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;/ul&gt;&lt;h2&gt;Method&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Triangle&lt;/b&gt;: a partnership covers a municipality if it lies in its area. The covered corners are the domains (economy, education, labour market) of all partnerships together; &lt;i&gt;integral&lt;/i&gt; is a partnership that covers all three. Crowding is the number of partnerships; overlap is two or more partnerships of the same type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Location quotient&lt;/b&gt;: the share of a sector in the employment of the region divided by the national share; above 1 the region is specialised.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Shift-share&lt;/b&gt; (Dunn 1960): the change in jobs in a sector = national growth + sector mix (the sector grew faster or more slowly nationally) + regional effect (the area did better or worse).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Agenda&lt;/b&gt; (SER 2017, 3.2–3.4): strong = LQ &amp;gt; 1; threatened = strong but grown more slowly than the sector nationally; opportunity = not specialised but relatedness density above the median of the area (relatedness from joint specialisation of the COROP regions); who can act = partnerships that cover (part of) the area with the matching domain; who is missing = parties that role needs (docs/agenda.md).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Structure measures&lt;/b&gt;: Krugman index (difference from the Netherlands), Herfindahl (concentration), entropy, related and unrelated variety (Frenken, Van Oort &amp;amp; Verburg 2007).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Skill relatedness&lt;/b&gt; (Neffke &amp;amp; Henning 2013): the number of job switchers between two sectors compared with what chance would give, scaled to −1 … 1; related above 0.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Embeddedness&lt;/b&gt; (van Oort et al. 2016): the weighted share of the related sectors in which the region is specialised (0–100).&lt;/li&gt;&lt;li&gt;&lt;b&gt;SWOT&lt;/b&gt;: Strength = specialised and well embedded; Threat = specialised but poorly embedded; Opportunity = not specialised but well embedded; Weakness = neither. Well embedded = above the median of the region.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sector network&lt;/b&gt;: sectors connected where relatedness is above the threshold; backbone = maximum spanning tree plus the strongest links per sector; fixed layout, the same for every region.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>%1 · pagina %2 van %3</source>
        <translation>%1 · page %2 of %3</translation>
    </message>
    <message>
        <source> · peiljaar %1</source>
        <translation> · reference year %1</translation>
    </message>
    <message>
        <source>Rechtsvorm: %1&lt;br&gt;Toezicht: %2&lt;br&gt;Geld: %3</source>
        <translation>Legal form: %1&lt;br&gt;Oversight: %2&lt;br&gt;Funding: %3</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>alleen vestiging; telt niet als dekking</source>
        <translation>site only; does not count as coverage</translation>
    </message>
    <message>
        <source>Betrouwbaarheid — %1. Onbekend: geen bron gevonden; niets is geraden.</source>
        <translation>Confidence — %1. Unknown: no source found; nothing has been guessed.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Domeinen</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Schaal</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Dekking</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Betrouwbaarheid</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Rechtsvorm, toezicht, geld</source>
        <translation>Legal form, oversight, funding</translation>
    </message>
    <message>
        <source>Rechtsvorm, toezicht en geldbronnen: de bronnen</source>
        <translation>Legal form, oversight and funding sources: the sources</translation>
    </message>
    <message>
        <source>Bron rechtsvorm</source>
        <translation>Legal form source</translation>
    </message>
    <message>
        <source>Bron toezicht</source>
        <translation>Oversight source</translation>
    </message>
    <message>
        <source>Bron geldbronnen</source>
        <translation>Funding sources source</translation>
    </message>
    <message>
        <source> Verbanden: de huidige verbanden, niet de peiljaar %1.</source>
        <translation> Partnerships: the current ones, not those of reference year %1.</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;%1. Economie: %2.%3&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;%1. Economy: %2.%3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>regio::ui::RegistryDocument</name>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>De laatste wijziging in het register ongedaan maken (Ctrl+Z)</source>
        <translation>Undo the last change to the register (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>De ongedaan gemaakte wijziging opnieuw uitvoeren (Ctrl+Y)</source>
        <translation>Redo the undone change (Ctrl+Y)</translation>
    </message>
    <message>
        <source>standaardregister (ingebouwd)</source>
        <translation>default register (built in)</translation>
    </message>
    <message>
        <source>Het ingebouwde standaardregister is alleen-lezen: kies ‘Opslaan als…’ om het als eigen bestand te bewaren.</source>
        <translation>The built-in default register is read-only: choose ‘Save as…’ to keep it as a file of your own.</translation>
    </message>
    <message>
        <source>%1: hier kan niet worden opgeslagen; kies een bestand op schijf.</source>
        <translation>%1: cannot be saved here; choose a file on disk.</translation>
    </message>
    <message>
        <source>(geen bestandsnaam)</source>
        <translation>(no file name)</translation>
    </message>
    <message>
        <source>Verband ‘%1’ toevoegen</source>
        <translation>Add partnership ‘%1’</translation>
    </message>
    <message>
        <source>Verband ‘%1’ verwijderen</source>
        <translation>Remove partnership ‘%1’</translation>
    </message>
    <message>
        <source>Verband ‘%1’ wijzigen</source>
        <translation>Change partnership ‘%1’</translation>
    </message>
    <message>
        <source>Gebied van ‘%1’ wijzigen</source>
        <translation>Change area of ‘%1’</translation>
    </message>
    <message>
        <source>%1 uit gebied van ‘%2’ halen</source>
        <translation>Remove %1 from the area of ‘%2’</translation>
    </message>
    <message>
        <source>%1 aan gebied van ‘%2’ toevoegen</source>
        <translation>Add %1 to the area of ‘%2’</translation>
    </message>
    <message>
        <source>Het ingebouwde register gebruikt de gemeentelijke indeling van 2025; de regio&apos;s van %1 zijn geladen. Open een register van %1 (Bestand › Register openen…).</source>
        <translation>The built-in register uses the 2025 municipal division; the regions of %1 are loaded. Open a register of %1 (File › Open register…).</translation>
    </message>
    <message>
        <source>%1 is een rekenblad; het register wordt als JSON-bestand bewaard: kies ‘Opslaan als…’.</source>
        <translation>%1 is a spreadsheet; the register is saved as a JSON file: choose ‘Save as…’.</translation>
    </message>
</context>
<context>
    <name>regio::ui::RegistryEditor</name>
    <message>
        <source>Register (*.json);;Alle bestanden (*)</source>
        <translation>Register (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>
… en nog %1 meldingen (zie details)</source>
        <translation>
… and %1 more messages (see details)</translation>
    </message>
    <message>
        <source>Wijzigingen met fouten</source>
        <translation>Changes with errors</translation>
    </message>
    <message>
        <source>Het formulier van ‘%1’ bevat wijzigingen met fouten (in rood) die niet in het register staan. Die wijzigingen weggooien?</source>
        <translation>The form of ‘%1’ contains changes with errors (in red) that are not in the register. Discard those changes?</translation>
    </message>
    <message>
        <source>mijn-register.json</source>
        <translation>my-register.json</translation>
    </message>
    <message>
        <source>Register opslaan als</source>
        <translation>Save register as</translation>
    </message>
    <message>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Het register is niet opgeslagen; er is niets verloren of overschreven.</source>
        <translation>The register has not been saved; nothing has been lost or overwritten.</translation>
    </message>
    <message>
        <source>Het register is niet opgeslagen; het bestand op schijf is onveranderd. Kies eventueel ‘Opslaan als…’.</source>
        <translation>The register has not been saved; the file on disk is unchanged. You may choose ‘Save as…’.</translation>
    </message>
    <message>
        <source>Register openen</source>
        <translation>Open register</translation>
    </message>
    <message>
        <source>Register niet geopend</source>
        <translation>Register not opened</translation>
    </message>
    <message>
        <source>%1 is niet geopend; het huidige register blijft staan.</source>
        <translation>%1 has not been opened; the current register stays.</translation>
    </message>
    <message>
        <source>Register niet opgeslagen</source>
        <translation>Register not saved</translation>
    </message>
    <message>
        <source>Het register ‘%1’ heeft wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>The register ‘%1’ has changes that have not been saved yet.</translation>
    </message>
    <message>
        <source>Wilt u de wijzigingen opslaan?</source>
        <translation>Do you want to save the changes?</translation>
    </message>
    <message>
        <source>Opslaan…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Alleen verbanden van dit type tonen</source>
        <translation>Show only partnerships of this type</translation>
    </message>
    <message>
        <source>Alle typen</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Zoeken op naam, id of bron…</source>
        <translation>Search by name, id or source…</translation>
    </message>
    <message>
        <source>Toont alleen verbanden waarvan naam, korte naam, id of bron deze tekst bevat</source>
        <translation>Shows only partnerships whose name, short name, id or source contains this text</translation>
    </message>
    <message>
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Een nieuw samenwerkingsverband invullen; het komt in het register bij ‘Toepassen’</source>
        <translation>Fill in a new partnership; it enters the register on ‘Apply’</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Het geselecteerde verband uit het register verwijderen (Del); ongedaan te maken</source>
        <translation>Remove the selected partnership from the register (Del); can be undone</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Domeinen</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Schaal</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Betrouwbaarheid</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Gebied aanwijzen op de &amp;kaart</source>
        <translation>Point out the area on the &amp;map</translation>
    </message>
    <message>
        <source>Aan: een klik op een gemeente in de kaart voegt die toe aan het gebied van dit verband, of haalt haar eruit. Daarna ‘Toepassen’.</source>
        <translation>On: a click on a municipality on the map adds it to the area of this partnership, or removes it. Then ‘Apply’.</translation>
    </message>
    <message>
        <source>&amp;Herstellen</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>De wijzigingen in het formulier weggooien</source>
        <translation>Discard the changes in the form</translation>
    </message>
    <message>
        <source>&amp;Toepassen</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>De wijzigingen in het register zetten (ongedaan te maken met Ctrl+Z)</source>
        <translation>Put the changes into the register (can be undone with Ctrl+Z)</translation>
    </message>
    <message>
        <source>%1 van %2 verbanden getoond. Del verwijdert het geselecteerde verband.</source>
        <translation>%1 of %2 partnerships shown. Del removes the selected partnership.</translation>
    </message>
    <message>
        <source>Het formulier van ‘%1’ bevat wijzigingen met fouten (in rood). Die wijzigingen weggooien?</source>
        <translation>The form of ‘%1’ contains changes with errors (in red). Discard those changes?</translation>
    </message>
    <message>
        <source>Geen verband gekozen</source>
        <translation>No partnership chosen</translation>
    </message>
    <message>
        <source>Niet toegepaste wijzigingen</source>
        <translation>Changes not applied</translation>
    </message>
    <message numerus="yes">
        <source>Niet toegepast: herstel eerst de %n melding(en) in rood.</source>
        <translation>
            <numerusform>Not applied: first fix the %n message in red.</numerusform>
            <numerusform>Not applied: first fix the %n messages in red.</numerusform>
        </translation>
    </message>
    <message>
        <source>Toegepast</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Nieuw samenwerkingsverband</source>
        <translation>New partnership</translation>
    </message>
    <message>
        <source>Nieuw verband (nog niet in het register)</source>
        <translation>New partnership (not yet in the register)</translation>
    </message>
    <message>
        <source>Vul de velden in en kies ‘Toepassen’</source>
        <translation>Fill in the fields and choose ‘Apply’</translation>
    </message>
    <message>
        <source>Verband verwijderen</source>
        <translation>Remove partnership</translation>
    </message>
    <message>
        <source>‘%1’ uit het register verwijderen?
Dit is ongedaan te maken met Ctrl+Z.</source>
        <translation>Remove ‘%1’ from the register?
This can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Register of rekenblad (*.json *.xlsx *.ods);;Register (*.json);;Rekenblad met verbanden (*.xlsx *.ods);;Alle bestanden (*)</source>
        <translation>Register or spreadsheet (*.json *.xlsx *.ods);;Register (*.json);;Spreadsheet with partnerships (*.xlsx *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>%1 is een register van versie %2. Bij opslaan wordt het versie %3: dezelfde inhoud, met rechtsvorm, toezicht en geldbronnen als ‘onbekend’.</source>
        <translation>%1 is a register of version %2. When saved, it becomes version %3: the same content, with legal form, oversight and funding sources as ‘unknown’.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n melding(en) — eerst herstellen, dan ‘Toepassen’:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n message — fix it first, then ‘Apply’:&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n messages — fix them first, then ‘Apply’:&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regio::ui::Relatedness</name>
    <message>
        <source>Landbouw en visserij</source>
        <translation>Agriculture and fishing</translation>
    </message>
    <message>
        <source>Delfstoffen</source>
        <translation>Mining and quarrying</translation>
    </message>
    <message>
        <source>Industrie</source>
        <translation>Manufacturing</translation>
    </message>
    <message>
        <source>Energie</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Water en afval</source>
        <translation>Water and waste</translation>
    </message>
    <message>
        <source>Bouw</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Handel</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>Vervoer en opslag</source>
        <translation>Transport and storage</translation>
    </message>
    <message>
        <source>Horeca</source>
        <translation>Hospitality</translation>
    </message>
    <message>
        <source>ICT en media</source>
        <translation>ICT and media</translation>
    </message>
    <message>
        <source>Financiële diensten</source>
        <translation>Financial services</translation>
    </message>
    <message>
        <source>Vastgoed</source>
        <translation>Real estate</translation>
    </message>
    <message>
        <source>Advies en onderzoek</source>
        <translation>Consultancy and research</translation>
    </message>
    <message>
        <source>Zakelijke diensten</source>
        <translation>Business services</translation>
    </message>
    <message>
        <source>Openbaar bestuur</source>
        <translation>Public administration</translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Zorg en welzijn</source>
        <translation>Health and social care</translation>
    </message>
    <message>
        <source>Cultuur en recreatie</source>
        <translation>Culture and recreation</translation>
    </message>
    <message>
        <source>Overige diensten</source>
        <translation>Other services</translation>
    </message>
    <message>
        <source>Huishoudens</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Extraterritoriaal</source>
        <translation>Extraterritorial</translation>
    </message>
</context>
<context>
    <name>regio::ui::RelatednessModel</name>
    <message>
        <source>de werkgelegenheid is overal 0</source>
        <translation>employment is 0 everywhere</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Eigen werkgelegenheid (%1); arbeidsstromen: %2</source>
        <translation>Own employment (%1); labour flows: %2</translation>
    </message>
    <message>
        <source>Eigen arbeidsstromen (%1); werkgelegenheid: %2</source>
        <translation>Own labour flows (%1); employment: %2</translation>
    </message>
    <message>
        <source> (synthetische demonstratie-economie, Regioverkenner)</source>
        <translation> (synthetic demonstration economy, Regioverkenner)</translation>
    </message>
    <message>
        <source>Economische gegevens: ingelezen bestanden</source>
        <translation>Economic data: imported files</translation>
    </message>
    <message>
        <source>eigen bestand %1</source>
        <translation>own file %1</translation>
    </message>
    <message>
        <source>Werkgelegenheid: %1; arbeidsstromen: %2</source>
        <translation>Employment: %1; labour flows: %2</translation>
    </message>
</context>
<context>
    <name>regio::ui::RelatednessView</name>
    <message>
        <source>Verwantschap</source>
        <translation>Relatedness</translation>
    </message>
    <message>
        <source>Sectorgegevens</source>
        <translation>Sector data</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Specialisatie (LQ) tegen inbedding: Sterkte, Zwakte, Kans, Bedreiging (Van Oort e.a. 2016)</source>
        <translation>Specialisation (LQ) against embeddedness: Strength, Weakness, Opportunity, Threat (Van Oort et al. 2016)</translation>
    </message>
    <message>
        <source>Hoogste LQ</source>
        <translation>Highest LQ</translation>
    </message>
    <message>
        <source>De sectoren met het hoogste locatiequotiënt (tot %1, zoveel als er leesbaar passen)</source>
        <translation>The sectors with the highest location quotient (up to %1, as many as fit legibly)</translation>
    </message>
    <message>
        <source>Kansen</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Niet-gespecialiseerde sectoren die goed zijn ingebed: kansen om te diversifiëren</source>
        <translation>Non-specialised sectors that are well embedded: opportunities to diversify</translation>
    </message>
    <message>
        <source>Werkgelegenheid importeren</source>
        <translation>Import employment</translation>
    </message>
    <message>
        <source>Arbeidsstromen importeren</source>
        <translation>Import labour flows</translation>
    </message>
    <message>
        <source>Terug naar de demonstratie-economie (Verwantschap)</source>
        <translation>Back to the demonstration economy (Relatedness)</translation>
    </message>
    <message>
        <source>De tab Verwantschap toont weer de ingebouwde demonstratie-economie in plaats van eigen bestanden</source>
        <translation>The Relatedness tab shows the built-in demonstration economy again instead of your own files</translation>
    </message>
    <message>
        <source>&amp;Regio:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>COROP-gebied waarvan de specialisaties worden uitgelicht (of klik een COROP-gebied op de kaart)</source>
        <translation>COROP region whose specialisations are highlighted (or click a COROP region on the map)</translation>
    </message>
    <message>
        <source>&amp;Naast elkaar met:</source>
        <translation>&amp;Side by side with:</translation>
    </message>
    <message>
        <source>Twee regio&apos;s naast elkaar op hetzelfde netwerk (zoals SER 2017, figuur B.9)</source>
        <translation>Two regions side by side on the same network (like SER 2017, figure B.9)</translation>
    </message>
    <message>
        <source>De regio in het rechter netwerk</source>
        <translation>The region in the right-hand network</translation>
    </message>
    <message>
        <source>&amp;Verwant als SR~ &gt;</source>
        <translation>&amp;Related if SR~ &gt;</translation>
    </message>
    <message>
        <source>Drempel voor skill-verwantschap (genormaliseerd, −1 tot 1): hoger = alleen sterk verwante sectoren verbonden</source>
        <translation>Threshold for skill relatedness (normalised, −1 to 1): higher = only strongly related sectors connected</translation>
    </message>
    <message>
        <source>&amp;Inbedding goed boven:</source>
        <translation>&amp;Embeddedness good above:</translation>
    </message>
    <message>
        <source>mediaan</source>
        <translation>median</translation>
    </message>
    <message>
        <source>SWOT-drempel voor inbedding (0–100); &apos;mediaan&apos; = de mediaan over de sectoren van de regio</source>
        <translation>SWOT threshold for embeddedness (0–100); &apos;median&apos; = the median over the sectors of the region</translation>
    </message>
    <message>
        <source>Synthetische demonstratie-economie (SBI 2008 × COROP), geen cijfers van CBS. Importeer echte tabellen via Bestand.</source>
        <translation>Synthetic demonstration economy (SBI 2008 × COROP), not CBS figures. Import real tables via File.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Het bestand is niet ingelezen; de vorige gegevens blijven in gebruik.

%1</source>
        <translation>The file has not been read; the previous data stay in use.

%1</translation>
    </message>
    <message>
        <source>Ingelezen uit %1: %2 regio&apos;s × %3 sectoren.</source>
        <translation>Read from %1: %2 regions × %3 sectors.</translation>
    </message>
    <message>
        <source>Ingelezen uit %1: baanwisselingen tussen %2 sectoren.</source>
        <translation>Read from %1: job switches between %2 sectors.</translation>
    </message>
    <message>
        <source>

Let op: %1 van de %2 regio&apos;s zijn geen COROP-gebieden (bijvoorbeeld %3 %4). De kaart en de vergelijking naast elkaar werken per COROP-gebied.</source>
        <translation>

Note: %1 of the %2 regions are not COROP regions (for example %3 %4). The map and the side-by-side comparison work per COROP region.</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;td&gt;&lt;span style=&quot;color:%4&quot;&gt;&amp;#9632;&lt;/span&gt; %5&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;td&gt;&lt;span style=&quot;color:%4&quot;&gt;&amp;#9632;&lt;/span&gt; %5&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sector&lt;/h3&gt;&lt;p&gt;Wijs een sector in het netwerk aan, of klik erop, om de verwante sectoren, het locatiequotiënt (LQ) en de inbedding in de regio te zien.&lt;/p&gt;&lt;p&gt;&lt;b&gt;LQ&lt;/b&gt; &amp;gt; 1: de regio is in de sector gespecialiseerd (relatief meer banen dan landelijk).&lt;br&gt;&lt;b&gt;Inbedding&lt;/b&gt; (0–100): het aandeel van de skill-verwante sectoren waarin de regio gespecialiseerd is, gewogen met de verwantschap.&lt;br&gt;&lt;b&gt;SWOT&lt;/b&gt;: Sterkte = gespecialiseerd en goed ingebed; Bedreiging = gespecialiseerd, zwak ingebed; Kans = niet gespecialiseerd, goed ingebed; Zwakte = geen van beide.&lt;/p&gt;&lt;p&gt;Toetsen: ←/→ kiest de vorige/volgende sector in het netwerk, Esc wist de keuze.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sector&lt;/h3&gt;&lt;p&gt;Point at a sector in the network, or click it, to see the related sectors, the location quotient (LQ) and the embeddedness in the region.&lt;/p&gt;&lt;p&gt;&lt;b&gt;LQ&lt;/b&gt; &amp;gt; 1: the region is specialised in the sector (relatively more jobs than nationally).&lt;br&gt;&lt;b&gt;Embeddedness&lt;/b&gt; (0–100): the share of the skill-related sectors in which the region is specialised, weighted by relatedness.&lt;br&gt;&lt;b&gt;SWOT&lt;/b&gt;: Strength = specialised and well embedded; Threat = specialised, weakly embedded; Opportunity = not specialised, well embedded; Weakness = neither.&lt;/p&gt;&lt;p&gt;Keys: ←/→ choose the previous/next sector in the network, Esc clears the choice.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;span style=&quot;color:%1&quot;&gt;&amp;#9679;&lt;/span&gt; SBI-sectie %2: %3&lt;br&gt;Banen in Nederland: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&quot;color:%1&quot;&gt;&amp;#9679;&lt;/span&gt; SBI section %2: %3&lt;br&gt;Jobs in the Netherlands: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;Regio&lt;/th&gt;&lt;th&gt;LQ&lt;/th&gt;&lt;th&gt;Inbedding&lt;/th&gt;&lt;th align=left&gt;SWOT&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;Region&lt;/th&gt;&lt;th&gt;LQ&lt;/th&gt;&lt;th&gt;Embeddedness&lt;/th&gt;&lt;th align=left&gt;SWOT&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Verwante sectoren (SR~ &amp;gt; %1): %2&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Related sectors (SR~ &amp;gt; %1): %2&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;margin:0 0 4px 0&quot;&gt;&lt;a href=&quot;sector:%1&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt; %2&lt;br&gt;&lt;span style=&quot;color:%3&quot;&gt;SR~ %4 · LQ %5 %6%7&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;margin:0 0 4px 0&quot;&gt;&lt;a href=&quot;sector:%1&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt; %2&lt;br&gt;&lt;span style=&quot;color:%3&quot;&gt;SR~ %4 · LQ %5 %6%7&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (gespecialiseerd)</source>
        <translation> (specialised)</translation>
    </message>
    <message>
        <source>Werkgelegenheid importeren (CSV, XLSX, ODS)…</source>
        <translation>Import employment (CSV, XLSX, ODS)…</translation>
    </message>
    <message>
        <source>Werkgelegenheid per regio en sector inlezen (CSV of het eerste gevulde werkblad van een XLSX/ODS-rekenblad; breed of lang)</source>
        <translation>Read employment per region and sector (CSV or the first filled sheet of an XLSX/ODS spreadsheet; wide or long)</translation>
    </message>
    <message>
        <source>Arbeidsstromen importeren (CSV, XLSX, ODS)…</source>
        <translation>Import labour flows (CSV, XLSX, ODS)…</translation>
    </message>
    <message>
        <source>Baanwisselaars van sector naar sector inlezen (CSV, XLSX of ODS); codes moeten sectoren van de werkgelegenheid zijn</source>
        <translation>Read job switchers from sector to sector (CSV, XLSX or ODS); codes must be sectors of the employment data</translation>
    </message>
    <message>
        <source>Tabellen (*.csv *.txt *.xlsx *.ods);;CSV-bestanden (*.csv *.txt);;Rekenbladen (*.xlsx *.ods);;Alle bestanden (*)</source>
        <translation>Tables (*.csv *.txt *.xlsx *.ods);;CSV files (*.csv *.txt);;Spreadsheets (*.xlsx *.ods);;All files (*)</translation>
    </message>
</context>
<context>
    <name>regio::ui::ScalesView</name>
    <message>
        <source>Schakelen op schalen</source>
        <translation>Switching between scales</translation>
    </message>
    <message>
        <source>Schakelen op schalen — %1</source>
        <translation>Switching between scales — %1</translation>
    </message>
    <message>
        <source>Met wie %1 samenwerkt, per thema en per schaal, van klein naar groot (SER 2017, par. 3.3)</source>
        <translation>Who %1 cooperates with, per theme and per scale, from small to large (SER 2017, sec. 3.3)</translation>
    </message>
    <message>
        <source>Landelijk (%1)</source>
        <translation>National (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Landelijke programma&apos;s en netwerken&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;National programmes and networks&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Geen samenwerkingsverbanden in het register voor %1.</source>
        <translation>No partnerships in the register for %1.</translation>
    </message>
    <message>
        <source>Grens-
overschrijdend</source>
        <translation>Cross-
border</translation>
    </message>
    <message>
        <source>schaal: klein → groot</source>
        <translation>scale: small → large</translation>
    </message>
    <message>
        <source>+%1 meer</source>
        <translation>+%1 more</translation>
    </message>
</context>
<context>
    <name>regio::ui::SectorBarsWidget</name>
    <message>
        <source>Sectorstructuur: aandeel in de banen, gebied en Nederland</source>
        <translation>Sector structure: share of jobs, area and the Netherlands</translation>
    </message>
    <message>
        <source>%1: geheim (door CBS onderdrukt, onbekend)</source>
        <translation>%1: confidential (suppressed by CBS, unknown)</translation>
    </message>
    <message>
        <source>%1
%2: %3 van de banen
Nederland: %4
Locatiequotiënt: %5</source>
        <translation>%1
%2: %3 of the jobs
Netherlands: %4
Location quotient: %5</translation>
    </message>
    <message>
        <source>Nederland</source>
        <translation>Netherlands</translation>
    </message>
    <message>
        <source>geheim (onbekend)</source>
        <translation>confidential (unknown)</translation>
    </message>
</context>
<context>
    <name>regio::ui::SwotChartView</name>
    <message>
        <source>SWOT-diagram</source>
        <translation>SWOT diagram</translation>
    </message>
    <message>
        <source>SWOT %1</source>
        <translation>SWOT %1</translation>
    </message>
    <message>
        <source>Locatiequotiënt (log-schaal)</source>
        <translation>Location quotient (log scale)</translation>
    </message>
    <message>
        <source>Inbedding</source>
        <translation>Embeddedness</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>regio::ui::TableExport</name>
    <message>
        <source>Tabel exporteren</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>Er is nog geen tabel om te exporteren: kies eerst een gemeente of regio.</source>
        <translation>There is no table to export yet: first choose a municipality or region.</translation>
    </message>
    <message>
        <source>Exporteren naar Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Exporteren als CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV voor Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>De tabel is niet opgeslagen: %1</source>
        <translation>The table was not saved: %1</translation>
    </message>
    <message>
        <source>Exporteren naar Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Exporteren als CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>CSV met decimale komma</source>
        <translation>CSV with decimal comma</translation>
    </message>
    <message>
        <source>1,5 in plaats van 1.5: zo leest Nederlandse Excel getallen</source>
        <translation>1,5 instead of 1.5: how Dutch Excel reads numbers</translation>
    </message>
</context>
<context>
    <name>regio::ui::TriangleDiagram</name>
    <message>
        <source>Driehoek economie, onderwijs en arbeidsmarkt</source>
        <translation>Economy, education and labour market triangle</translation>
    </message>
    <message>
        <source>Driehoek economie – onderwijs – arbeidsmarkt</source>
        <translation>Economy – education – labour market triangle</translation>
    </message>
    <message>
        <source>%1 — 1 samenwerkingsverband</source>
        <translation>%1 — 1 partnership</translation>
    </message>
    <message>
        <source>%1 — %2 samenwerkingsverbanden</source>
        <translation>%1 — %2 partnerships</translation>
    </message>
    <message>
        <source>%1 · %2 regionaal, %3 landelijk · hoeken afgedekt: %4 van 3 · %5</source>
        <translation>%1 · %2 regional, %3 national · corners covered: %4 of 3 · %5</translation>
    </message>
    <message>
        <source>geen samenwerkingsverband dat de hele driehoek afdekt</source>
        <translation>no partnership that covers the whole triangle</translation>
    </message>
    <message>
        <source>integraal: %1</source>
        <translation>integral: %1</translation>
    </message>
    <message>
        <source>Landelijk (%1)</source>
        <translation>National (%1)</translation>
    </message>
    <message>
        <source>Landelijke programma&apos;s en netwerken</source>
        <translation>National programmes and networks</translation>
    </message>
    <message>
        <source>&lt;i&gt;Details per verband in de tabel Samenwerkingsverbanden.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Details per partnership in the Partnerships table.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Integraal</source>
        <translation>Integral</translation>
    </message>
    <message>
        <source>Kies een gebied</source>
        <translation>Choose an area</translation>
    </message>
    <message>
        <source>Landelijk (N): landelijke programma&apos;s</source>
        <translation>National (N): national programmes</translation>
    </message>
    <message>
        <source>Wat ontbreekt</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>Alle hoeken en partijen zijn vertegenwoordigd</source>
        <translation>All corners and parties are represented</translation>
    </message>
    <message>
        <source>Bestuurlijke drukte</source>
        <translation>Administrative crowding</translation>
    </message>
    <message>
        <source>Geen overlap tussen verbanden van hetzelfde type</source>
        <translation>No overlap between partnerships of the same type</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>gestreepte rand, ◐: dekt een deel van de regio</source>
        <translation>dashed border, ◐: covers part of the region</translation>
    </message>
    <message>
        <source>Landelijk</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Toon het werkgebied op de kaart</source>
        <translation>Show the area on the map</translation>
    </message>
    <message>
        <source>%1 (%2) — kies om het werkgebied te tonen</source>
        <translation>%1 (%2) — choose to show the area</translation>
    </message>
    <message>
        <source>niets</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Geen samenwerkingsverbanden</source>
        <translation>No partnerships</translation>
    </message>
    <message>
        <source>Wat ontbreekt en bestuurlijke drukte</source>
        <translation>What is missing and administrative crowding</translation>
    </message>
    <message>
        <source>Integraal: alle drie</source>
        <translation>Integral: all three</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>niet vertegenwoordigd</source>
        <translation>not represented</translation>
    </message>
    <message>
        <source>alleen in een deel van de regio</source>
        <translation>only in part of the region</translation>
    </message>
    <message>
        <source>alleen via zijden of midden</source>
        <translation>only via sides or middle</translation>
    </message>
    <message>
        <source>geen integraal verband</source>
        <translation>no integral partnership</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>+%1 meer</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <source>Ook hier</source>
        <translation>Also here</translation>
    </message>
    <message>
        <source>&lt;i&gt;Klik voor de hele lijst.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Click for the whole list.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Arbeidsmarkt (00)</source>
        <translation>Labour market (00)</translation>
    </message>
    <message>
        <source> (00)</source>
        <translation> (00)</translation>
    </message>
    <message>
        <source>E</source>
        <comment>beginletter van Economie</comment>
        <translation>Ec</translation>
    </message>
    <message>
        <source>O</source>
        <comment>beginletter van Onderwijs</comment>
        <translation>Ed</translation>
    </message>
    <message>
        <source>A</source>
        <comment>beginletter van Arbeidsmarkt</comment>
        <translation>LM</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>regio::ui::TriangleView</name>
    <message>
        <source>Economic Board / agenda</source>
        <translation>Economic Board / agenda</translation>
    </message>
    <message>
        <source>Ontwikkelingsmaatschappij</source>
        <translation>Development agency</translation>
    </message>
    <message>
        <source>Provinciale SER</source>
        <translation>Provincial SER</translation>
    </message>
    <message>
        <source>Regionaal werkbedrijf</source>
        <translation>Regional employment partnership</translation>
    </message>
    <message>
        <source>Onderwijssamenwerking</source>
        <translation>Education partnership</translation>
    </message>
    <message>
        <source>Metropoolregio / regiobestuur</source>
        <translation>Metropolitan region / regional authority</translation>
    </message>
    <message>
        <source>City Deal / proeftuin / programma</source>
        <translation>City Deal / pilot / programme</translation>
    </message>
    <message>
        <source>Grensoverschrijdend</source>
        <translation>Cross-border</translation>
    </message>
    <message>
        <source>Driehoek</source>
        <translation>Triangle</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Domeinen</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Schaal</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Dekking</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Betrouwbaarheid</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden met bron</source>
        <translation>Partnerships with source</translation>
    </message>
    <message>
        <source>Aan tafel</source>
        <translation>At the table</translation>
    </message>
    <message>
        <source>Gemeente:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Schakelen op schalen is per gemeente: kies een gemeente van deze regio</source>
        <translation>Switching between scales is per municipality: choose a municipality of this region</translation>
    </message>
    <message>
        <source>Schakelen op schalen</source>
        <translation>Switching between scales</translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Driehoek economie–onderwijs–arbeidsmarkt</source>
        <translation>Economy–education–labour market triangle</translation>
    </message>
    <message>
        <source>Driehoek economie – onderwijs – arbeidsmarkt</source>
        <translation>Economy – education – labour market triangle</translation>
    </message>
    <message>
        <source>Er is geen register met samenwerkingsverbanden geladen.</source>
        <translation>No register of partnerships has been loaded.</translation>
    </message>
    <message>
        <source>Kies een gemeente of regio op de kaart of via het zoekveld. Dan ziet u hier welke samenwerkingsverbanden er werken aan economie, onderwijs en arbeidsmarkt, wie er aan tafel zit en wat er ontbreekt.</source>
        <translation>Choose a municipality or region on the map or via the search field. You then see here which partnerships work on the economy, education and the labour market, who is at the table and what is missing.</translation>
    </message>
    <message>
        <source>Onbekende regiocode %1.</source>
        <translation>Unknown region code %1.</translation>
    </message>
    <message>
        <source>%1 van %2 gemeenten</source>
        <translation>%1 of %2 municipalities</translation>
    </message>
    <message>
        <source>— kies een gemeente van %1 —</source>
        <translation>— choose a municipality of %1 —</translation>
    </message>
    <message>
        <source>Schakelen op schalen — %1</source>
        <translation>Switching between scales — %1</translation>
    </message>
    <message>
        <source>Deze weergave is per gemeente: kies hierboven een van de %1 gemeenten van %2 om te zien op welke schaal zij per thema samenwerkt — gemeente, subregio, regio, provincie, landsdeel, nationaal of over de grens.</source>
        <translation>This view is per municipality: choose one of the %1 municipalities of %2 above to see at what scale it cooperates per theme — municipality, subregion, region, province, part of the country, national or cross-border.</translation>
    </message>
    <message>
        <source>hele gemeente</source>
        <translation>whole municipality</translation>
    </message>
    <message>
        <source>(geen bron vermeld)</source>
        <translation>(no source given)</translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden (%1)</source>
        <translation>Partnerships (%1)</translation>
    </message>
    <message>
        <source>hele gebied</source>
        <translation>whole area</translation>
    </message>
    <message>
        <source>deel (%1 van %2 gemeenten)</source>
        <translation>part (%1 of %2 municipalities)</translation>
    </message>
    <message>
        <source>niet vermeld</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Rechtsvorm</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Toezicht door gekozen raad</source>
        <translation>Oversight by elected council</translation>
    </message>
    <message>
        <source>Geldbronnen</source>
        <translation>Funding sources</translation>
    </message>
    <message>
        <source>Bestaat</source>
        <translation>Exists</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>sinds %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Hoe zeker de gegevens van het verband zijn:
%1</source>
        <translation>How certain the data of the partnership are:
%1</translation>
    </message>
    <message>
        <source>Rechtsvorm, met bron; ‘onbekend’ als geen bron het zegt</source>
        <translation>Legal form, with source; ‘unknown’ if no source states it</translation>
    </message>
    <message>
        <source>Welke gekozen raden (gemeenteraden, Provinciale Staten) direct toezicht houden, met bron</source>
        <translation>Which elected councils (municipal councils, Provincial Council) exercise direct oversight, with source</translation>
    </message>
    <message>
        <source>Waar het geld vandaan komt, met bron</source>
        <translation>Where the money comes from, with source</translation>
    </message>
    <message>
        <source> (peiljaar %1)</source>
        <translation> (reference year %1)</translation>
    </message>
    <message>
        <source> · peiljaar %1</source>
        <translation> · reference year %1</translation>
    </message>
    <message>
        <source>alleen vestiging; telt niet als dekking</source>
        <translation>site only; does not count as coverage</translation>
    </message>
    <message>
        <source>Betrouwbaarheid %1</source>
        <translation>Confidence %1</translation>
    </message>
</context>
</TS>
