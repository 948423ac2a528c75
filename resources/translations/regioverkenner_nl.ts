<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name>Application</name>
    <message>
        <source>De regio&apos;s in %1 kunnen niet worden geladen:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--year en --include-ended gaan niet samen: met een peiljaar tellen de verbanden die er toen waren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapColouring</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · buren hebben verschillende kleuren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Toets&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Wat&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zonder titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal samenwerkingsverbanden per gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen verband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> verbanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. landelijke en beëindigde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. landelijke, excl. beëindigde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dekking van de driehoek economie–onderwijs–arbeidsmarkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen hoek gedekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 hoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 hoeken, verdeeld over verbanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 hoeken, één verband integraal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regionale verbanden (landelijke niet meegeteld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. landelijke verbanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 of meer: overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excl. landelijke en beëindigde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gebied van het verband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen verbanden: vink verbanden aan in de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gekozen verbanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gebied van één gekozen verband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 of meer gekozen verbanden: overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen van de gekozen verbanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;LQ in %1: %2&lt;br&gt;Inbedding: %3 (drempel %4)&lt;br&gt;SWOT: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — peiljaar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrouwbaarheid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excl. beëindigde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. landelijke; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; vestigingsplaatsen tellen niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excl. landelijke; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democratische verantwoording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen samenwerkingsverband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 onder een gekozen raad, %2 niet, %3 onbekend (van %4 verband)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 onder een gekozen raad, %2 niet, %3 onbekend (van %4 verbanden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle bekende verbanden onder een gekozen raad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deels onder een gekozen raad, deels niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen van de bekende verbanden onder een gekozen raad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toezicht van alle verbanden onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen raad: gemeenteraden of Provinciale Staten; onbekend telt niet in de kleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vestigingsplaatsen van het verband (geen werkgebied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — niet op de kaart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron: %1; betrouwbaarheid %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::agenda</name>
    <message>
        <source>overheid (triple helix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bedrijfsleven (triple helix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kennisinstellingen (triple helix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderwijsinstellingen (kennisintensieve sector: opgeleide mensen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderwijsinstellingen (het aanbod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bedrijfsleven (de vraag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemeenten (werk en inkomen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UWV (werkzoekenden, arbeidsmarktinformatie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkgeversorganisaties (sociale partners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werknemersorganisaties (sociale partners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te klein / deels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veel groter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron: onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwantschap: nabijheid φ (Hidalgo e.a. 2007) uit de specialisaties (LQ &gt; 1) van de COROP-gebieden in %1, zelfde tabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend gebied &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gebied &apos;%1&apos; heeft geen economische gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend samenwerkingsverband &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> en </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (dichtheid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterk in %1; geen samenwerkingsverband op economie dat heel %2 dekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterk in %1; geen samenwerkingsverband met onderwijsinstellingen dat heel %2 dekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kansen in %1 (mediaan %2); geen samenwerkingsverband op economie dat heel %3 dekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (LQ %2) groeide %3–%4 minder dan landelijk: %5 tegen %6 in Nederland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij %1 (%2) ontbreken aan tafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; voor %1 ook %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voor %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 van %3 gemeenten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen samenwerkingsverband op %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op %1 dekt geen samenwerkingsverband heel %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op %1 dekken alleen verbanden die veel groter zijn dan %2 (%3) het hele gebied: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samenwerkingsverband &apos;%1&apos; ligt niet in een bekende Nederlandse gemeente (%2): geen agenda mogelijk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::agenda::AgendaTable</name>
    <message>
        <source>sterkte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bedreiging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterkte: LQ &gt; 1; bedreiging: een sterkte die langzamer groeit dan de sector in Nederland; kans: een niet-gespecialiseerde sector met een hoge verwantschapsdichtheid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verandering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groei Nederland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LQ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dichtheid (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennisintensief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbanden die kunnen handelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend: geheim (door CBS onderdrukt) of niet te berekenen, niet 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacunes — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbanden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::cli</name>
    <message>
        <source>--lang moet nl of en zijn, niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruik: regio &lt;opdracht&gt; [opties]

Regioverkenner op de opdrachtregel: regio&apos;s, samenwerkingsverbanden, dekking van de
driehoek economie-onderwijs-arbeidsmarkt en verwantschap tussen sectoren.

Opdrachten:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zie &apos;regio %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende opdracht &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kan de standaarduitvoer niet schrijven: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schrijven mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toon deze hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruik: regio </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[opties]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argumenten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onverwacht argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format moet een van %1 zijn, niet &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebied (CBS-code: GM…, PV…, CR…, AM…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak een profiel voor elk gebied van dit niveau: gemeente, provincie, corop of arbeidsmarktregio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitvoerbestand (.pdf) bij --region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitvoermap bij --all (wordt aangemaakt); één &lt;code&gt;.pdf per gebied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijft een regioprofiel (PDF, A4 liggend, meerdere pagina&apos;s): het gebied op de
kaart; de samenwerkingsverbanden en de driehoek met lacunes in woorden; de tabel van
verbanden met bronnen; SWOT en locatiequotiënten; het sectornetwerk; bronnen en methode.
Zonder --employment/--flows worden de ingebouwde demonstratiegegevens gebruikt; het
profiel vermeldt dan &apos;Demonstratiedata — geen officiële statistiek&apos;.
Met --all: voortgang op stderr, een melding per gebied dat mislukt; de andere worden
wel gemaakt (afsluitcode 1 als er één mislukte).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geef precies één van --region en --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende regiocode &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 pagina&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all moet gemeente, provincie, corop of arbeidsmarktregio zijn, niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out-dir ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de map kan niet worden aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: %1 profielen in %2 s, %3 mislukt
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemeenten en indelingen met oppervlakte en lidmaatschappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samenwerkingsverbanden uit het register, per regio of type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dekking van de driehoek economie-onderwijs-arbeidsmarkt in een regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zet CBS-gebiedsindelingen (TopoJSON) om naar het ingebouwde formaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>echte sectorstructuur van een gebied (CBS): banen, aandelen, LQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verandering per sector tussen twee jaren: shift-share, in- en uittrede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structuurmaten: Krugman, Herfindahl, entropie, (on)verwante variëteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regionale agenda: sterktes, kansen, bedreigingen, wie kan handelen, buren, schaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lees een CBS StatLine-export zoals hij komt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locatiequotiënten per regio en sector (specialisatie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwantschap tussen sectoren (baanwisselingen of co-occurrence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwantschapsdichtheid per regio en sector (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sterkte, zwakte, kans en bedreiging per sector van een regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schrijf de synthetische demonstratie-economie als CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sectornetwerk: ruggengraat, layout, gemeenschappen, centraliteit (JSON/GraphML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regioprofiel als PDF, voor één gebied of alle gebieden van een niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register van samenwerkingsverbanden (JSON); standaard het ingebouwde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgelegenheid per COROP-gebied en sector (CSV); standaard demonstratiedata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baanwisselaars tussen sectoren (CSV); standaard demonstratiedata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zonder titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hele gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 van %2 gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 — LQ %2; %3 banen (%4%5, %6; Nederland %7)%8
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie kan handelen op de sterktes en kansen (dekking; rol; ontbrekende actoren):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  geen samenwerkingsverband
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      bij kennisintensieve secties (%1) ook: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regionale agenda: %1%2%3; %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode: %1–%2; economie: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterktes (LQ &gt; 1; banen %1, verandering sinds %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedreigingen (sterktes die minder groeiden dan landelijk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kansen (LQ ≤ 1, verwantschapsdichtheid boven de mediaan %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurregio&apos;s (LQ gebied / LQ buur):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 van %3 gemeenten; gebied %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialisaties (LQ &gt; 1) per %1: zonder samenwerkingsverband op economie dat het hele gebied dekt; zonder zo&apos;n verband met de volledige tafel (docs/agenda.md)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: %3 specialisaties; zonder verband %4%5; zonder volledige tafel %6%7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginjaar (standaard het eerste, 2010).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eindjaar (standaard het laatste, 2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tel ook beëindigde samenwerkingsverbanden mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tel ook landelijke samenwerkingsverbanden mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In plaats van --region: het landelijke kaartthema voor alle gebieden van een niveau (corop of arbeidsmarktregio): per gebied de specialisaties zonder samenwerkingsverband op economie dat het hele gebied dekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all en --region sluiten elkaar uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all: onbekend niveau &apos;%1&apos; (gemeente, provincie, corop of arbeidsmarktregio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from (%1) moet vóór --to (%2) liggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen verbanden in deze regio (GM-, PV-, CR- of AM-code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen verbanden van dit type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitvoerformaat: csv (standaard) of json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf naar dit bestand in plaats van stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend type &apos;%1&apos;; kies uit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende regiocode &apos;%1&apos; (verwacht een gemeente-, provincie-, COROP- of arbeidsmarktregiocode van %2, zoals GM0772 of CR36)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map met gemeente_&lt;jaar&gt;.topojson, provincie_…, coropgebied_… en arbeidsmarktregio_….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand met gemeentegrenzen (TopoJSON/GeoJSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand met provinciegrenzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand met COROP-gebieden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand met arbeidsmarktregio&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaar van de indeling (standaard 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronvermelding die de app toont.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitvoerbestand (.rvg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zet CBS-gebiedsindelingen om naar het eigen regioformaat van Regioverkenner.
Lidmaatschappen worden ruimtelijk afgeleid (een binnenpunt van elke gemeente
in de indelingspolygonen); indelingen worden opgebouwd door de gemeenten samen
te voegen, zodat grenzen precies samenvallen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year moet een jaartal zijn, niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geef --from-dir of --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen enkele gemeente uit %1 ligt in een van de %2 indelingen; zijn de bestanden van hetzelfde jaar en gebied?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hele regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dekking van de driehoek economie-onderwijs-arbeidsmarkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoeken (verbanden die op het domein werken):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zijden (verbanden op precies twee domeinen):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integraal (alle drie domeinen): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actoren aanwezig: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actoren ontbrekend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal samenwerkingsverbanden (drukte): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap van hetzelfde type:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      Bron: %1 (betrouwbaarheid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gemeente of regio (GM-, PV-, CR- of AM-code); verplicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region ontbreekt (bijvoorbeeld --region GM0772)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zonder --relatedness: bereken de verwantschap zelf met deze methode (flows, proximity, prob, association, cosine of jaccard; standaard prob).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgelegenheid per regio en sector (CSV, breed of lang). Zonder deze optie: de ingebouwde demonstratie-economie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berekent de verwantschapsdichtheid per regio en sector (0–100):
  RD[r,i] = 100 · Σ_j M[r,j]·w[i,j] / Σ_j w[i,j]   (j ≠ i, w ≥ 0),
met M[r,j] = 1 als de regio in sector j gespecialiseerd is (LQ &gt; 1) en w de
verwantschap; 0 als een sector geen verwante sectoren heeft.
Uitvoer: CSV met kop &apos;region,&lt;sectorcodes…&gt;&apos;. Met de ingebouwde demonstratiedata
begint de uitvoer met de regel &apos;# Demonstratiedata — geen officiële statistiek&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--relatedness gaat niet samen met --method of --flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebieden: een COROP-gebied is exact; een provincie en Nederland (NL01) zijn exacte sommen van
COROP-gebieden; een arbeidsmarktregio of gemeente wordt benaderd door de COROP-gebieden die haar
het best dekken (de uitvoer noemt welke, en hoeveel gemeenten daarin liggen).
Geheime (onderdrukte) cellen van CBS blijven leeg: onbekend, nooit 0.
De CSV-uitvoer begint met de regels &apos;# Bron: …&apos; en &apos;# Gebied: …&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaar (standaard het laatste, 2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sectorstructuur van een gebied: per SBI-sectie de banen van werknemers, het aandeel
in het gebied (E[r,i]/E[r,T]), het aandeel in Nederland, en de locatiequotiënt
LQ = aandeel / aandeel NL (gespecialiseerd als LQ &gt; 1).
Kolommen: sector,name,jobs,share,share_nl,lq,status (status: ok, onderdrukt of benadering).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaar: %1; banen van werknemers in december, totaal %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van %1 tot %2; groei van alle banen in Nederland %3</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaar: %1; %2 secties gepubliceerd, %3 geheim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map waarin de bestanden komen (verplicht; wordt zo nodig aangemaakt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startwaarde van de toevalsgenerator (standaard %1, die van de ingebouwde bestanden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijft de synthetische demonstratie-economie (SBI 2008-afdelingen × 40
COROP-gebieden) als CSV: demo-employment.csv, demo-flows.csv, demo-sectors.csv
en demo-regions.csv. De cijfers komen uit een gedocumenteerd model met een vaste
startwaarde (docs/economy.md) en zijn op elk platform gelijk. Elk bestand begint
met &apos;# Demonstratiedata — geen officiële statistiek&apos;. Met de standaardwaarde
ontstaan precies de bestanden in resources/data/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed moet een geheel getal ≥ 0 zijn, niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwantschap: flows (skill-relatedness uit baanwisselingen, standaard), proximity, prob, association, cosine of jaccard (co-occurrence van specialisaties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwant als de verwantschap groter is dan deze drempel (&gt;= 0; standaard 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruggengraat: maximale opspannende boom plus de k sterkste verbindingen per sector (standaard 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke verbindingen: all (alle verwante paren, standaard) of backbone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitvoerformaat: json of graphml (standaard: volgens de extensie van --out, anders json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf naar dit bestand (.json of .graphml) in plaats van stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het sectornetwerk: sectoren zijn knopen (grootte = landelijke werkgelegenheid,
kleur = SBI-sectie), verwante sectoren zijn verbonden. Met ruggengraat,
vaste (reproduceerbare) layout, Louvain-gemeenschappen en centraliteit.
Uitvoer: JSON of GraphML (schema in docs/graph.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold moet een getal &gt;= 0 zijn, niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backbone-k moet een geheel getal &gt;= 0 zijn, niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--edges moet all of backbone zijn, niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kan het formaat niet afleiden uit &apos;%1&apos;: gebruik .json of .graphml, of --format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron: CBS StatLine, export %1 (maat %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># %1
# %2, %3; lege velden: geheim (onderdrukt), onbekend — niet 0
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De maat: de kolomnaam (TypedDataSet) of Measure-code (Observations.csv). Nodig als het bestand er meer dan één heeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het jaar (2024 of 2024JJ00) voor de werkgelegenheids-CSV; standaard het laatste jaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermenigvuldig de waarden hiermee (bijv. 1000 voor &apos;x 1 000&apos;). Standaard: bekend van de maat (banen in 83582NED: 1000), anders 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectorindeling (CSV &apos;key,title,sbi_letters,level,parent&apos;); standaard die van 83582NED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf alle jaren in het panelformaat van Regioverkenner (zoals de ingebouwde CBS-gegevens) in plaats van één jaar als werkgelegenheids-CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf ook de sectorindeling naar dit bestand (bij --panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepteer regiocodes die niet in de indeling van 2025 voorkomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf naar dit bestand (verplicht).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De StatLine-export, zoals CBS hem levert.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geef precies één StatLine-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale moet een positief getal zijn, niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period moet een jaar zijn (2024 of 2024JJ00), niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jaar %1 komt niet voor in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf 1 (gespecialiseerd, LQ &gt; 1) of 0 in plaats van het quotiënt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berekent de locatiequotiënt (LQ) per regio en sector:
  LQ[r,i] = (E[r,i] / E[r,·]) / (E[·,i] / E[·,·]),
met E de werkgelegenheid; een regio is gespecialiseerd in een sector als LQ &gt; 1.
Uitvoer: CSV in het brede formaat van de invoer, kop &apos;region,&lt;sectorcodes…&gt;&apos;.
Met de ingebouwde demonstratiedata begint de uitvoer met de regel
&apos;# Demonstratiedata — geen officiële statistiek&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau: gemeente, provincie, corop of arbeidsmarktregio (standaard gemeente).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toont de regio&apos;s van één niveau uit de ingebouwde CBS-gebiedsindeling 2025:
code, naam en oppervlakte in km²; voor gemeenten ook de codes van provincie,
COROP-gebied en arbeidsmarktregio, voor indelingen het aantal gemeenten.
Bron: CBS/Kadaster (CC BY 4.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level moet gemeente, provincie, corop of arbeidsmarktregio zijn, niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methode: flows (standaard), proximity, prob, association, cosine of jaccard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baanwisselaars tussen sectoren (CSV, breed &apos;from,&lt;sectoren…&gt;&apos; of lang &apos;from,to,value&apos;), voor --method flows. Zonder deze optie: de ingebouwde demonstratie-economie.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--employment wordt bij --method flows niet gebruikt; geef --flows of kies een methode op basis van gezamenlijke specialisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code van de regio (verplicht), zoals in de werkgelegenheid; bij de demonstratiedata een COROP-code CR01..CR40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drempel voor &apos;goed ingebed&apos; (0–100). Standaard: de mediaan van de inbedding over de sectoren van de regio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baanwisselaars tussen sectoren (CSV, breed of lang), met dezelfde sectorcodes. Zonder deze optie: de ingebouwde demonstratie-economie.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold moet een getal van 0 tot en met 100 zijn, niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende regio &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data moet demo of cbs zijn, niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year hoort bij --data cbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data cbs en --employment sluiten elkaar uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year: jaar &apos;%1&apos; niet beschikbaar (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de CBS-gegevens hebben geen baanwisselingen tussen sectoren: kies --method proximity, prob, association, cosine of jaccard, of geef --flows met SBI-secties (A..S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method moet een van %1 zijn, niet &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron: eigen bestand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend gebied &apos;%1&apos; (verwacht een CBS-code zoals CR23, PV27, AM18, GM0363 of NL01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: jaar &apos;%2&apos; niet beschikbaar (%3–%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regio: %1 (%2), %3; %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peiljaar: alleen de verbanden die er in dat jaar waren (%1 tot nu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year: peiljaar &apos;%1&apos; moet een jaartal van %2 tot en met %3 zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitvoerformaat: text (standaard), json, xlsx (Excel, met --out: de sectoren en de lacunes) of excel-csv (de sectoren); xlsx en excel-csv alleen met --region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lees dit registerbestand in plaats van het ingebouwde (JSON, of een XLSX/ODS-rekenblad met één verband per rij).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitvoerformaat: csv (standaard), json, xlsx (Excel, met --out) of excel-csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eén bestand met alle vier de indelingen als lagen: de GeoPackage van CBS/PDOK, of elk ander
kaartformaat dat GDAL leest. Zonder --year geldt het jaar uit &apos;jrstatcode&apos; of de bestandsnaam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laag met gemeenten in --from (standaard gemeente_gegeneraliseerd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laag met provincies in --from (standaard provincie_gegeneraliseerd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laag met COROP-gebieden in --from (standaard coropgebied_gegeneraliseerd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laag met arbeidsmarktregio&apos;s in --from (standaard arbeidsmarktregio_gegeneraliseerd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veld met de CBS-code (standaard statcode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veld met de naam (standaard statnaam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peiljaar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peiljaar: huidige situatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      Rechtsvorm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      Toezicht door gekozen raad: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      Geldbronnen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrouwbaarheid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vestigingen (tellen niet als dekking):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  - %1 [%2] — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitvoerformaat: text (standaard), json, csv, xlsx (Excel, met --out) of excel-csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgelegenheid per regio en sector (CSV of XLSX/ODS-rekenblad, breed of lang). Zonder deze optie: de ingebouwde demonstratie-economie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgelegenheid regio × sector (CSV of XLSX/ODS-rekenblad, breed of lang). Zonder --employment en --flows: de ingebouwde demonstratie-economie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baanwisselaars sector × sector (CSV of XLSX/ODS), nodig voor --method flows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::coverage</name>
    <message>
        <source>Geen enkel samenwerkingsverband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 niet vertegenwoordigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alleen in een deel van de regio vertegenwoordigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen samenwerkingsverband dat de hele driehoek afdekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economie–Onderwijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijs–Arbeidsmarkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economie–Arbeidsmarkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peiljaar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>huidige situatie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::coverage::CoverageTable</name>
    <message>
        <source>Samenwerkingsverbanden — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gemeenten in het gebied; &apos;Gemeenten in gebied&apos; telt de gemeenten van het gebied die het verband dekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actoren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeenten in gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dekking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrouwbaarheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gebied zonder gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen bron vermeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driehoek — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoek: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zijde: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integraal (alle drie domeinen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actoren aanwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actoren ontbrekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal samenwerkingsverbanden (drukte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacune</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::economy</name>
    <message>
        <source>Demonstratiedata — geen officiële statistiek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingebouwde demonstratiedata ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COROP-gebied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COROP-gebied %1, waarin de gemeente ligt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vallen precies samen met het gebied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met het grootste deel van hun gemeenten in het gebied (benadering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen gegevens voor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COROP-gebied </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COROP-gebieden </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>som van de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 van %3 gemeenten van het gebied liggen daarin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, plus %1 daarbuiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benadering: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>som van de %1 COROP-gebieden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Synthetisch: SBI 2008-afdelingen × COROP-gebieden 2025, gegenereerd met &apos;regio generate-demo --seed %1&apos; (zie docs/economy.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgelegenheid (banen) per COROP-gebied en SBI-afdeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baanwisselaars van sector (rij) naar sector (kolom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Gebiedsnamen: Bron: CBS/Kadaster.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kan niet lezen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand is %1 MB; de grens voor economische gegevens is %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leeg bestand: kopregel en gegevens ontbreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen gegevens na de kopregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regel heeft %1 velden, de kopregel %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voor %1 %2 in %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige %1 &apos;%2&apos; %3 (geen getal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onwaarschijnlijk grote %1 %2 %3 (grens 10^15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lege sectorcode in kolom %1 van de kopregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector %1 staat twee keer in de kopregel (kolom %2 en %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kopregel bevat geen sectorcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kopregel heeft %1 sectorcodes; de grens is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lege %1code in kolom &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 komt twee keer voor (ook op regel %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende sector %1 in kolom &apos;%2&apos;: staat niet in de kopregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te veel regels: meer dan %1 codes of %2 cellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meer dan %1 verschillende codes in kolom &apos;%2&apos;: dat is vermoedelijk een fout in het bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 codes geeft een tabel van %3 cellen; de grens is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lege code in kolom &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>combinatie %1 %2 / sector %3 komt twee keer voor (ook op regel %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 codes geeft %3 cellen voor maar %4 gegevensregels; controleer de codes in de eerste twee kolommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kopregel moet beginnen met &apos;region&apos; (breed: region,&lt;sectorcodes…&gt;; lang: region,sector,value), niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kopregel moet beginnen met &apos;from&apos; (breed: from,&lt;sectorcodes…&gt;; lang: from,to,value), niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kopregel moet beginnen met &apos;sector&apos; (sector,&lt;sectorcodes…&gt;), niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kopregel moet &apos;code,name,section,section_name&apos; zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lege sectorcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector %1 komt twee keer voor (ook op regel %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kopregel moet &apos;code,name&apos; zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lege regiocode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regio %1 komt twee keer voor (ook op regel %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen werkgelegenheidspanel van Regioverkenner (eerste regel &apos;# %1&apos; ontbreekt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kopregel moet beginnen met &apos;region,year,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende sectorsleutel &apos;%1&apos; in de kopregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldig jaar &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regio %1 en jaar %2 komen twee keer voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige waarde &apos;%1&apos; voor sector %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Lege velden: onbekend (door de bron geheimgehouden), niet 0.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COROP-gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COROP-gebieden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sectorsleutel %1 komt twee keer voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het totaal %1 heeft een bovenliggende sleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector %1 verwijst naar onbekende bovenliggende sleutel &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kringverwijzing bij sector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leeg bestand: de sectorindeling ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kopregel moet &apos;key,title,sbi_letters,level,parent&apos; zijn, niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meer dan 10.000 sectorsleutels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regel heeft %1 velden, de kopregel 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend niveau &apos;%1&apos; (verwacht totaal, hoofdgroep, groep of sectie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lege sectorsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periode &apos;%1&apos; is geen StatLine-periode (verwacht bijvoorbeeld 2024JJ00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waarde &apos;%1&apos; heeft een punt; dit bestand gebruikt een decimale komma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige waarde &apos;%1&apos; (geen getal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negatieve waarde %1 (aantallen banen zijn nooit negatief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen regiocode van CBS (verwacht bijvoorbeeld CR23, PV27 of GM0363)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende regio &apos;%1&apos; (niet in de regio-indeling van 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende sectorsleutel &apos;%1&apos; (niet in de SBI-indeling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meer dan %1 verschillende regio&apos;s; dit is geen regionale tabel die Regioverkenner kan lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regio %1, sector %2, jaar %3 staat er al op regel %4 (een extra dimensie of een dubbele regel?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meer dan %1 verschillende jaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen jaarcijfers (JJ00): alleen kwartalen of maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen gegevens gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de tabel is te dun gevuld (%1 waarden voor %2 regio&apos;s × %3 jaren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waarde te groot na vermenigvuldiging met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waarden zijn geheim (onderdrukt) en blijven onbekend, niet 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 regels met kwartaal- of maandcijfers overgeslagen; alleen jaarcijfers worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgeslagen: %1 (restcategorie van CBS, geen COROP-gebied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarden vermenigvuldigd met %1 (de tabel telt in duizendtallen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leeg bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; ontbreekt; is dit een Observations.csv van CBS?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolom &apos;Perioden&apos; staat vóór &apos;Measure&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen kolom met regiocodes (zoals CR23 of GM0363) tussen &apos;Measure&apos; en &apos;Perioden&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen kolom met sectorsleutels van de SBI-indeling tussen &apos;Measure&apos; en &apos;Perioden&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meerdere maten in het bestand (&apos;%1&apos; op regel %2, &apos;%3&apos; hier): kies er een met --measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; heeft meer dan één waarde (&apos;%2&apos; en &apos;%3&apos;); exporteer één waarde van die dimensie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maat &apos;%1&apos; komt niet voor (wel: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand is groter dan 512 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banen van werknemers in december</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolom &apos;Perioden&apos; ontbreekt; is dit een StatLine-export (TypedDataSet)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen kolom met regiocodes (zoals CR23 of GM0363) gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen kolom met sectorsleutels van de SBI-indeling gevonden (zoals T001081 of 307500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maat &apos;%1&apos; ontbreekt in de kopregel (wel: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen kolom met waarden (maat) in de kopregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meerdere maten (%1): kies er een met --measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterkte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedreiging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::economy::EconomyTable</name>
    <message>
        <source>nieuw (intrede)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verloren (uittrede)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blijft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialisaties (LQ &gt; 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatiequotiënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron: eigen werkgelegenheidsbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LQ = (banen in de sector in de regio / banen in de regio) / (banen in de sector in totaal / alle banen); gespecialiseerd als LQ &gt; 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend: geheim of ontbrekend in de bron, niet 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economische structuur — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandeel Nederland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verandering %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationale groei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectorstructuur (mix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regionaal effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialisatie %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift-share (Dunn 1960): verandering = nationale groei + sectorstructuur + regionaal effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geheim: door CBS onderdrukt, onbekend (niet 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 of %2 geheim: onbekend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::economy::sbi</name>
    <message>
        <source>A-U Alle economische activiteiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Landbouw, bosbouw en visserij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-F Nijverheid en energie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-E Nijverheid (geen bouw) en energie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B Delfstoffenwinning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C Industrie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D Energievoorziening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E Waterbedrijven en afvalbeheer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F Bouwnijverheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G-N Commerciële dienstverlening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G-I Handel, vervoer en horeca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G Handel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H Vervoer en opslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I Horeca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J Informatie en communicatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K Financiële dienstverlening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L Verhuur en handel van onroerend goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M-N Zakelijke dienstverlening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M Specialistische zakelijke diensten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N Verhuur en overige zakelijke diensten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O-U Niet-commerciële dienstverlening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O-Q Overheid en zorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O Openbaar bestuur en overheidsdiensten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P Onderwijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q Gezondheids- en welzijnszorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R-U Cultuur, recreatie, overige diensten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R Cultuur, sport en recreatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S Overige dienstverlening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landbouw, bosbouw en visserij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winning van delfstoffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productie en distributie van en handel in elektriciteit, aardgas, stoom en gekoelde lucht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winning en distributie van water; afval- en afvalwaterbeheer en sanering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bouwnijverheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groot- en detailhandel; reparatie van auto&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervoer en opslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logies-, maaltijd- en drankverstrekking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informatie en communicatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financiële instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verhuur van en handel in onroerend goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisering, onderzoek en overige specialistische zakelijke dienstverlening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verhuur van roerende goederen en overige zakelijke dienstverlening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openbaar bestuur, overheidsdiensten en verplichte sociale verzekeringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezondheids- en welzijnszorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultuur, sport en recreatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overige dienstverlening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishoudens als werkgever; niet-gedifferentieerde productie van goederen en diensten door huishoudens voor eigen gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraterritoriale organisaties en lichamen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landbouw, jacht en dienstverlening voor de landbouw en jacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bosbouw, exploitatie van bossen en dienstverlening voor de bosbouw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visserij en kweken van vis en schaaldieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winning van aardolie en aardgas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winning van delfstoffen (geen olie en gas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dienstverlening voor de winning van delfstoffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van voedingsmiddelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van dranken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van tabaksproducten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van textiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van kleding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van leer, lederwaren en schoenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primaire houtbewerking en vervaardiging van artikelen van hout, kurk, riet en vlechtwerk (geen meubels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van papier, karton en papier- en kartonwaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drukkerijen, reproductie van opgenomen media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van cokesovenproducten en aardolieverwerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van chemische producten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van farmaceutische grondstoffen en producten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van producten van rubber en kunststof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van overige niet-metaalhoudende minerale producten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van metalen in primaire vorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van producten van metaal (geen machines en apparaten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van computers en van elektronische en optische apparatuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van elektrische apparatuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van overige machines en apparaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van auto&apos;s, aanhangwagens en opleggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van overige transportmiddelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van meubels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaardiging van overige goederen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reparatie en installatie van machines en apparaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winning en distributie van water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afvalwaterinzameling en -behandeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afvalinzameling en -behandeling; voorbereiding tot recycling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanering en overig afvalbeheer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algemene burgerlijke en utiliteitsbouw en projectontwikkeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grond-, water- en wegenbouw (geen grondverzet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespecialiseerde werkzaamheden in de bouw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handel in en reparatie van auto&apos;s, motorfietsen en aanhangers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groothandel en handelsbemiddeling (niet in auto&apos;s en motorfietsen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailhandel (niet in auto&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervoer over land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervoer over water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luchtvaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslag en dienstverlening voor vervoer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post en koeriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logiesverstrekking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eet- en drinkgelegenheden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgeverijen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productie en distributie van films en televisieprogramma&apos;s; maken en uitgeven van geluidsopnamen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzorgen en uitzenden van radio- en televisieprogramma&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telecommunicatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dienstverlenende activiteiten op het gebied van informatietechnologie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dienstverlenende activiteiten op het gebied van informatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financiële instellingen (geen verzekeringen en pensioenfondsen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzekeringen en pensioenfondsen (geen verplichte sociale verzekeringen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overige financiële dienstverlening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechtskundige dienstverlening, accountancy, belastingadvisering en administratie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdings (geen financiële), concerndiensten binnen eigen concern en managementadvisering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecten, ingenieurs en technisch ontwerp en advies; keuring en controle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speur- en ontwikkelingswerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reclame en marktonderzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrieel ontwerp en vormgeving, fotografie, vertaling en overige consultancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veterinaire dienstverlening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verhuur en lease van auto&apos;s, consumentenartikelen, machines en overige roerende goederen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidsbemiddeling, uitzendbureaus en personeelsbeheer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reisbemiddeling, reisorganisatie, toeristische informatie en reserveringsbureaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beveiliging en opsporing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility management, reiniging en landschapsverzorging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overige zakelijke dienstverlening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezondheidszorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verpleging, verzorging en begeleiding met overnachting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maatschappelijke dienstverlening zonder overnachting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culturele uitleencentra, openbare archieven, musea, dieren- en plantentuinen, natuurbehoud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loterijen en kansspelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sport en recreatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levensbeschouwelijke en politieke organisaties, belangen- en ideële organisaties, hobbyclubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reparatie van computers en consumentenartikelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellness en overige dienstverlening; uitvaartbranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishoudens als werkgever van huishoudelijk personeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet-gespecificeerde productie van goederen en diensten door particuliere huishoudens voor eigen gebruik</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::geo</name>
    <message>
        <source>ring is geen lijst van posities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positie moet twee getallen hebben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen GeoJSON: het document is geen object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;features&apos; ontbreekt of is geen lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen GeoJSON: &apos;type&apos; is niet &quot;FeatureCollection&quot; of &quot;Feature&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature is geen object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;arcs&apos; ontbreekt of is geen lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;transform&apos; moet &apos;scale&apos; en &apos;translate&apos; met elk twee getallen hebben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;transform&apos; is geen object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boog is geen lijst van posities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring is geen lijst van boogindexen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boogindex is geen geheel getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwijzing naar boog %1, maar het bestand heeft %2 bogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen TopoJSON: het document is geen object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen TopoJSON: &apos;type&apos; is niet &quot;Topology&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TopoJSON zonder objecten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object &apos;%1&apos; ontbreekt (wel: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geometrie is geen object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand bestaat niet of is geen bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen kaartbestand dat GDAL kan lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen kaartbestand dat GDAL kan lezen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bevat geen kaartlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laag &apos;%1&apos; ontbreekt; wel aanwezig: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laag heeft geen geometrie; verwacht vlakken (Polygon of MultiPolygon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laag heeft geometrie van type %1; verwacht vlakken (Polygon of MultiPolygon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veld &apos;%1&apos; ontbreekt; wel aanwezig: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen velden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coördinaten in %1 kunnen niet naar RD New (EPSG:28992) worden omgerekend (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, object %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veld &apos;%1&apos; is leeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object zonder geometrie%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geometrie van type %1%2; verwacht vlakken (Polygon of MultiPolygon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>omrekenen naar RD New (EPSG:28992) mislukt%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geometrie%1 is niet om te zetten naar vlakken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::graph</name>
    <message>
        <source>Synthetische sector %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::io</name>
    <message>
        <source>bestand is UTF-16 of bevat nul-tekens; sla op als UTF-8 of als CSV (gescheiden door lijstscheidingsteken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige tekens: het bestand is geen UTF-8 en geen Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aanhalingsteken wordt niet gesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekst na een afsluitend aanhalingsteken in veld %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kan niet lezen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object wordt niet afgesloten met &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:&apos; ontbreekt na een naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lijst wordt niet afgesloten met &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; ontbreekt tussen waarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand houdt op midden in een getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldig getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige escape-reeks in tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige tekens: geen UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekst wordt niet afgesloten met &apos;&quot;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waarde ontbreekt na een komma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te diep genest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document te groot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekst na het einde van het document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand bestaat niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kan bestand niet openen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand is %1 MB; de grens is %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand is leeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand is UTF-16; sla op als UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON houdt onverwacht op (bestand afgekapt?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige JSON bij byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kan niet schrijven: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kan %1 niet schrijven: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schijf vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schijfquotum overschreden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen toegang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen-lezen bestandssysteem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map bestaat niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een deel van het pad is geen map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is een map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoer-/uitvoerfout van het apparaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand te groot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestandsnaam te lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>na het opslaan is het bestand %1 bytes in plaats van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand bestaat niet of is geen bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen rekenblad: alleen .xlsx en .ods worden als rekenblad gelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen geldig %1-rekenblad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen geldig %1-rekenblad (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meer dan %1 rijen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkblad &apos;%1&apos; ontbreekt; wel aanwezig: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen werkbladen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle werkbladen zijn leeg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::io::Table</name>
    <message>
        <source>Lege cel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkmap vol of niet schrijfbaar (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-bestand opmaken mislukt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-bestand kan niet worden aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkblad &apos;%1&apos; kan niet worden aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkblad kan niet worden aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen tijdelijke map in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tijdelijk Excel-bestand niet leesbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tijdelijk Excel-bestand onvolledig (schijf vol?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::regions</name>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COROP-gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidsmarktregio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COROP-gebieden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidsmarktregio&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 is geen tekst of geheel getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code ontbreekt (eigenschap &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam ontbreekt (eigenschap &apos;%1&apos;) bij %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 komt twee keer voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen geldig regiobestand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kenmerk &apos;RVG1&apos; ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formaatversie %1 wordt niet ondersteund (verwacht %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gegevens zijn afgekapt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onmogelijke uitgepakte grootte %1 bytes voor %2 bytes gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gegevens zijn beschadigd (uitpakken mislukt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onwaarschijnlijk aantal gemeenten %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afgekapt of beschadigd bij de gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afgekapt of beschadigd bij %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron: CBS/Kadaster (CC BY 4.0), bewerking cartomap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laag &apos;%1&apos; voor de %2 ontbreekt; kies een laag met %3 (aanwezig: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laag bevat geen vlakken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende code &apos;%1&apos; voor de %2: die beginnen met %3 (kies de juiste laag met %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::registry</name>
    <message>
        <source>Economie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidsmarkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen gemeenten betrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincie niet betrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rijk niet betrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UWV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UWV niet betrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedrijfsleven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedrijfsleven niet betrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennisinstellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen kennisinstellingen betrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijsinstellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen onderwijsinstellingen betrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgeversorganisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen werkgeversorganisaties betrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werknemersorganisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen werknemersorganisaties betrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maatschappelijke organisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen maatschappelijke organisaties betrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviserend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenderend/coördinerend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitvoerend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financierend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beëindigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespecialiseerde board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gespecialiseerde boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategische agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategische agenda&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regionale ontwikkelingsmaatschappij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regionale ontwikkelingsmaatschappijen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinciale SER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provinciale SER&apos;en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regionaal werkbedrijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regionale werkbedrijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijssamenwerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderwijssamenwerkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metropoolregio / regionaal bestuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metropoolregio&apos;s / regionale besturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proeftuin Maak Verschil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proeftuinen Maak Verschil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grensoverschrijdende samenwerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grensoverschrijdende samenwerkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programma&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subregio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landsdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grensoverschrijdend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object niet afgesloten met &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:&apos; ontbreekt na een sleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lijst niet afgesloten met &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; ontbreekt tussen waarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand eindigt midden in een getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldig getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige escape-reeks in tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige UTF-8 in tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekst niet afgesloten met &apos;&quot;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object verwacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te diep genest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document te groot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onverwachte tekst na het einde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende sleutel &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verplichte sleutel &apos;%1&apos; ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een tekst zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een lijst van teksten zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een lijst zijn (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dubbele waarde &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een geheel getal of null zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een getal of null zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet true of false zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een object zijn met national, municipalities, divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend domein &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende actor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende rol &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende schaal &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende betrouwbaarheid &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen registerbestand: verwacht &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een getal zijn (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het register gebruikt de gemeentelijke indeling van %1, dit programma die van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leeg bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige JSON: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een lijst van samenwerkingsverbanden zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een object zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand bestaat niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kan niet lezen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand te groot (%1 MB; hooguit %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen eindig getal; kan niet als JSON worden opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende provinciecode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende COROP-code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende arbeidsmarktregiocode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is geen gemeentecode; zet indelingen onder territory.divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende gemeentecode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dubbele gemeentecode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen code van een provincie (PV), COROP-gebied (CR) of arbeidsmarktregio (AM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is een gemeente; zet die onder territory.municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dubbele code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lege naam van een buitenlands gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leeg gebied: geen gemeenten, geen indelingen en niet national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lege id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &apos;%1&apos; mag alleen kleine letters a-z, cijfers en &apos;-&apos; bevatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lege naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ten minste één domein nodig (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ten minste één actor nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ten minste één rol nodig (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijdrage per inwoner moet een getal ≥ 0 zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onwaarschijnlijk oprichtingsjaar %1 (verwacht %2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gebied in woorden ontbreekt: beschrijf het werkgebied, en zeg of het benaderd is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lege bron: elke vermelding noemt haar bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dubbele id &apos;%1&apos; (ook in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standaardregister samenwerkingsverbanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeenschappelijke regeling (Wgr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vereniging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besloten vennootschap (bv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naamloze vennootschap (nv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelfstandig bestuursorgaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europese groepering voor territoriale samenwerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informeel netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeenteraden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinciale Staten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen gekozen raad direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU-fonds EFRO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU-fonds ESF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedrijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen vestigingsplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (bron: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoog: naam, deelnemers en gebied staan zo in de genoemde bron of bij het verband zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middel: de bron noemt het verband, maar het gebied of een deel van de gegevens is afgeleid of bij benadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laag: het gebied of de gegevens zijn een ruwe benadering of niet in een bron teruggevonden; gebruik met voorzichtigheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleutel &apos;%1&apos; hoort bij registerversie 2; dit bestand zegt versie %2 (zet &quot;version&quot;: 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lege lijst; laat de sleutel weg of zet null als het onbekend is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende soort gebied &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende geldbron &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende rechtsvorm &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend toezicht &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versie %1 wordt niet ondersteund; dit programma leest versie %2 tot en met %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende waarde &apos;%1&apos; (toegestaan: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat twee keer in de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen ja of nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leeg werkblad: kopregel en samenwerkingsverbanden ontbreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kopregel heeft %1 kolommen; de grens is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende kolom &apos;%1&apos; (toegestaan: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; staat twee keer in de kopregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verplichte kolom &apos;%1&apos; ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen samenwerkingsverbanden na de kopregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waarde &apos;%1&apos; in kolom %2 zonder kopje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen jaartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leeg; deze kolom is verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos;: dubbele id &apos;%2&apos; (ook op rij %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen buitenland: dat kan pas in registerversie 2 (zet &quot;version&quot;: 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onwaarschijnlijk eindjaar %1 (verwacht %2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eindjaar %1 ligt vóór het oprichtingsjaar %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eindjaar %1 gegeven, maar de status is niet &apos;beëindigd&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bron ontbreekt: een ingevulde waarde noemt haar bron (of laat de waarde leeg: onbekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lege lijst; laat leeg als het onbekend is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;geen&apos; (geen gekozen raad direct) gaat niet samen met gemeenteraden of Provinciale Staten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::registry::RegistryTable</name>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron: register &apos;%1&apos;; de bron van elk verband staat in de kolom Bron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meerdere waarden in één cel zijn met &apos;;&apos; gescheiden, zoals in het registerbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financiering per inwoner: euro per inwoner per jaar. Gemeenten en Indelingen: CBS-codes (GM, PV, CR, AM). Gebiedsbasis: het gebied in woorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet bekend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::ActorGrid</name>
    <message>
        <source>Bedrijfs-
leven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennis-
instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijs-
instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgevers-
organisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werknemers-
organisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maatsch.
organisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROM (ontwikkelingsmij.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metropoolregio / regiobestuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grensoverschrijdend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie zit aan tafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bij geen enkel verband van deze vorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 van %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie zit aan tafel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vormen van samenwerking × thema&apos;s × partijen aan tafel (naar SER 2017, tabel 2.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aan tafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle verbanden van deze vorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een deel ervan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontbreekt: geen enkel verband hier brengt deze partij of dit thema aan tafel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::AgendaView</name>
    <message>
        <source>LQ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 banen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; Nederland %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sinds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verandering sinds %1 onbekend (geheim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwantschapsdichtheid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen samenwerkingsverband in het register dat hierop kan handelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heel het gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 van het gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontbreekt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennisintensieve sector: onderwijsinstellingen horen aan tafel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterk in (%1): specialisaties, LQ &gt; 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen specialisaties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedreigd (%1): specialisaties die harder krimpen of trager groeien dan landelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen: elke specialisatie groeit minstens zo snel als landelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kansen (%1): niet gespecialiseerd, wel verwant aan de specialisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwantschapsdichtheid boven de mediaan van het gebied (%1), met verwantschap uit gezamenlijke specialisatie van de COROP-gebieden (Hidalgo e.a. 2007).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schaal per domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen buren van hetzelfde niveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samen sterk in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vult aan met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen gedeelde of aanvullende specialisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen over het hele gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 deels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en %1 meer (zie de tab Agenda of regio agenda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verandering %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbanden die kunnen handelen (heel gebied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij geen ervan aan tafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sterk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bedreigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schaal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samen sterk in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vult aan met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda van het gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Buren&lt;/b&gt; (klik om te kiezen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gebied (blauw) en zijn buren: oranje = deelt een specialisatie, groen = heeft een specialisatie die het gebied mist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; gebied &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;■&lt;/span&gt; deelt een specialisatie &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; vult aan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landelijke kaart: specialisaties zonder economisch verband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kleur op de kaart, per gebied van dit niveau, hoeveel specialisaties geen samenwerkingsverband op economie hebben dat het hele gebied dekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda — %1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een gebied op de kaart of met Zoeken (Ctrl+F): de agenda toont waar het gebied sterk in is en in kan groeien, wie daarop kan handelen en wie er aan tafel ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen register geladen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor %1 zijn geen economische gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economie: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economie als benadering: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 en buren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialisaties zonder volledige economische tafel over het hele gebied (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen: elke specialisatie heeft zo&apos;n verband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 specialisatie zonder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 specialisaties zonder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 of meer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elke specialisatie heeft wel een verband op economie over het hele gebied. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 specialisaties hebben geen enkel verband op economie over het hele gebied. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::Application</name>
    <message>
        <source>Regioverkenner — verkenner van regionale samenwerking in Nederland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teken het hoofdvenster buiten beeld, sla het op als PNG en sluit af.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selecteer bij de start dit gebied (CBS-code, bv. GM0363, CR23).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indeling op de kaart: gemeente, provincie, corop of arbeidsmarktregio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabblad bij de start: kaart, driehoek, economie, agenda of verwantschap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venstergrootte voor --screenshot, BxH (standaard 1600x1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in presentatiemodus (volledig scherm, grote letters; Esc verlaat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal van de interface: nl of en (standaard: de taal van het systeem of de keuze in het menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layer moet gemeente, provincie, corop of arbeidsmarktregio zijn, niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ingebouwde regio&apos;s kunnen niet worden geladen:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende regiocode &apos;%1&apos; bij --select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend tabblad &apos;%1&apos; bij --tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size moet BxH zijn, bv. 1920x1080, niet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kan schermafdruk niet opslaan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeenten en indelingen van een ander jaar: een .rvg van &apos;regio convert-regions&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::BodyForm</name>
    <message>
        <source>Vaste, unieke sleutel: kleine letters, cijfers en streepjes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volledige naam zoals de bron die schrijft (verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korte naam voor kaarten en grafieken (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorm van samenwerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijvoorbeeld ‘RIF mbo’ of ‘Centre of Expertise’ (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korte naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domeinen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoeken van de driehoek waarop het verband werkt (minstens één)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actoren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soorten actoren aan tafel (minstens één)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat het verband doet (minstens één)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financieringsmodel in woorden (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euro per inwoner per jaar, waar bekend; leeg = onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oprichtingsjaar (1800–2100); leeg = onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beëindigde verbanden tellen niet mee in de dekking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financiering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>€ per inwoner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgericht:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landelijk (alle gemeenten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De geselecteerde regels uit de lijst halen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeenten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeenten die het verband omvat; ook aan te wijzen op de kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indelingen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincies, COROP-gebieden en arbeidsmarktregio’s: al hun gemeenten horen erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indeling toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buitenland, gescheiden door ‘;’ (bv. Duitsland; België)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buitenlandse delen van een grensoverschrijdend verband (niet op de kaart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gebied in woorden, en of het bij benadering is (verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schaal waarop het verband werkt (‘schakelen op schalen’)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar de gegevens vandaan komen, bv. ‘SER 2017, fig. B.2 nr. 12’ (verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe zeker de gegevens zijn, het gebied inbegrepen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opmerkingen (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebied in woorden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schaal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bron:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrouwbaarheid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opmerkingen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (onbekende code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen getal: ‘%1’ (bv. 12,50; leeg = onbekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen jaartal: ‘%1’ (leeg = onbekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dubbele id ‘%1’: een ander verband heeft die al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaar waarin het verband is opgeheven (alleen bij status Beëindigd); leeg = onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeheven in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechtsvorm van het verband; ‘Onbekend’ als geen bron het zegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar de rechtsvorm vandaan komt (verplicht als die is ingevuld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechtsvorm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron rechtsvorm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezicht door gekozen raad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke gekozen raden direct toezicht houden. Niets aangevinkt = onbekend; ‘Geen gekozen raad direct’ gaat niet samen met de andere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar het toezicht vandaan komt (verplicht als dat is ingevuld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron toezicht:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldbronnen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar het geld vandaan komt. Niets aangevinkt = onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar de geldbronnen vandaan komen (verplicht als die zijn ingevuld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron geldbronnen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgebied: het verband werkt voor het hele gebied. Alleen vestigingsplaatsen: het gebied noemt alleen waar het verband zit, en telt niet als dekking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::BodyLayerPanel</name>
    <message>
        <source>&amp;Kaartthema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vink verbanden aan om hun gebied te kleuren (thema ‘Gekozen verbanden’); het geselecteerde verband wordt op de kaart omlijnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal samenwerkingsverbanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dekking van de driehoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap per type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen verbanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat de kaart kleurt: de indeling, het aantal verbanden per gemeente, de dekking van de driehoek, de democratische verantwoording (hoeveel verbanden onder een gekozen raad vallen), de overlap van één type verband, of de aangevinkte verbanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peiljaar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toon de verbanden die er in dat jaar waren, op de kaart, in de driehoek en in het regioprofiel. Een onbekend oprichtingsjaar telt als al bestaand; een beëindigd verband zonder eindjaar telt niet mee. ‘Huidig’: alle verbanden die niet beëindigd zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verloop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafiek: het aantal verbanden per type per jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekend oprichtingsjaar telt als al bestaand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democratische verantwoording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vestigingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buitenland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vestigingsplaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Bron: %2
Betrouwbaarheid %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligt alleen over de grens of noemt geen gemeente: staat niet op de kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Bron: %2&lt;br&gt;Betrouwbaarheid %3&lt;br&gt;Gebied: %4&lt;br&gt;Rechtsvorm: %5&lt;br&gt;Toezicht door gekozen raad: %6&lt;br&gt;Geldbronnen: %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::EconomyView</name>
    <message>
        <source>nieuw (intrede)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verloren (uittrede)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blijft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het jaar van de sectorstructuur en het eindjaar van de verandering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basisjaar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het beginjaar van de verandering (shift-share, in- en uittrede) en van de index in de grafiek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectorstructuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandeel van elke sector in de banen van het gebied en van Nederland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banen, aandelen, locatiequotiënt, verandering met shift-share, in- en uittrede per sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sector waarvan de grafiek de ontwikkeling toont, naast alle banen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontwikkeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banen als index (basisjaar = 100), gebied en Nederland, voor alle banen en één sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structuurmaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschil met Nederland, concentratie, spreiding en (on)verwante variëteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandeel
NL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verandering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationale
groei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectormix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regionaal
effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SBI-sectie (CBS-indeling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banen van werknemers in december</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandeel van de sector in alle banen van het gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandeel van de sector in alle banen van Nederland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatiequotiënt: aandeel / aandeel NL; boven 1 = gespecialiseerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verandering van het aantal banen tussen basisjaar en jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift-share: de groei als de sector net zo hard was gegroeid als alle banen in Nederland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift-share: het effect van de sector die landelijk sneller of trager groeide dan gemiddeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift-share: wat het gebied beter of slechter deed dan de sector landelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intrede: LQ van ≤ 1 naar &gt; 1; uittrede: van &gt; 1 naar ≤ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectoren van het gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(alleen alle banen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigen bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2. Geheime (onderdrukte) cellen zijn onbekend, niet 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkgelegenheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economische structuur — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economische structuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een gebied op de kaart of met Zoeken (Ctrl+F): een gemeente, COROP-gebied, provincie of arbeidsmarktregio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor %1 zijn geen economische gegevens: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Benadering.&lt;/b&gt; De CBS-cijfers zijn per COROP-gebied; dit gebied valt daar niet precies mee samen. Getoond: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geheim: door CBS onderdrukt (onbetrouwbaar of herleidbaar); onbekend, niet 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geheim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benadering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespecialiseerd: het aandeel is %1 keer dat van Nederland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 of %2 geheim (door CBS onderdrukt): de verandering is onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LQ %1: %2 → %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verandering
%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krugman-index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschil met de sectorstructuur van Nederland: 0 = gelijk, 2 = niets gemeen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herfindahl-index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concentratie: de som van de kwadraten van de aandelen; 1 = alle banen in één sector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreiding over de sectoren, in bits: hoger = meer gespreid (hoogstens log₂ van het aantal sectoren).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwante variëteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreiding binnen verwante groepen (zoals B-E, G-I, M-N, O-Q): kansen voor kennisoverloop (Frenken e.a. 2007).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onverwante variëteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreiding over de tien hoofdgroepen: een buffer tegen schokken in één sector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandelen over de %1 gepubliceerde secties van het gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 secties zijn geheim en tellen niet mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontwikkeling van de banen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 jaren geheim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, alle banen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nederland, alle banen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nederland, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index, %1 = 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontwikkeling van de banen (kies hierboven een sector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontwikkeling van de banen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::ExportDialog</name>
    <message>
        <source>Exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand (.pdf, .svg of .png):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paginaformaat (PDF, SVG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afmetingen (PNG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De map %1 bestaat niet en kan niet worden gemaakt. Kies een andere map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren mislukt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren naar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG-afbeelding (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 liggend (297 × 210 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 staand (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A3 liggend (420 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dia 16:9 (338,7 × 190,5 mm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::LandscapeChartDialog</name>
    <message>
        <source>Verloop: samenwerkingsverbanden per type per jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▸%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aantal verbanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden per type per jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bron: %1. Een verband telt in een jaar als het toen was opgericht en nog niet was opgeheven. %n verband(en) zonder bekend oprichtingsjaar tellen in elk jaar mee; een beëindigd verband zonder eindjaar telt in geen enkel jaar mee. Vestigingsplaatsen en verbanden over de grens tellen mee.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regio::ui::MainWindow</name>
    <message>
        <source>Regioverkenner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeenten en indelingen van Nederland (CBS 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driehoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke verbanden de driehoek economie – onderwijs – arbeidsmarkt afdekken, wie aan tafel zit, lacunes en overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwantschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwante sectoren, specialisaties en SWOT per COROP-gebied (SER 2017, fig. B.7–B.9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RD %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regioverkenner — %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register op&amp;slaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register opslaan &amp;als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recente registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nog geen eigen registers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standaardregister herstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exporteren (PDF, SVG, PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De huidige weergave als vector-PDF, SVG of PNG, met titel, legenda, bron en datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grafiek exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWOT-kwadranten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoogste locatiequotiënten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kansen (inbedding)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteer &amp;regioprofiel (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een PDF van meerdere pagina&apos;s over het geselecteerde gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopiëren als afbeelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopieer de huidige weergave naar het klembord, voor presentatiesoftware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Indeling: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke indeling de kaart toont (Ctrl+1 … Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;zoomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzoomen (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uitzoomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitzoomen (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heel Nederland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom naar heel Nederland (Ctrl+0, of Home op de kaart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom naar &amp;selectie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Werkgebied van verband wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haal de omlijning van het werkgebied van een samenwerkingsverband van de kaart (Esc op de kaart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentatiemodus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volledig scherm met grote letters en sterk contrast (F11; Esc verlaat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toon of verberg de editor van het register van samenwerkingsverbanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentatiemodus verlaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgend gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorig gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende weergave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige weergave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over Regioverkenner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over &amp;Qt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek gemeente, regio of samenwerkingsverband…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ een deel van de naam of de CBS-code (GM0363, CR23, AM18, PV27), of de naam van een samenwerkingsverband; Enter kiest de bovenste (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek een gemeente, regio of samenwerkingsverband (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen gebied of samenwerkingsverband gevonden voor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De economie is per COROP-gebied; %1 is een %2. Hier staat nog %3. Kies een gemeente of COROP-gebied van %1 om de sectoren daarvan te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgebied van %1: %2 gemeenten (Esc op de kaart of Beeld → Werkgebied van verband wissen haalt het weg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;span style=&apos;font-weight:normal&apos;&gt;— %2 · %3&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nederland &lt;span style=&apos;font-weight:normal&apos;&gt;— %1 · PageDown kiest het eerste gebied&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over Regioverkenner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regioverkenner %1&lt;/h3&gt;&lt;p&gt;Verkenner van regionale samenwerking in Nederland: welke samenwerkingsverbanden de driehoek economie – onderwijs – arbeidsmarkt afdekken, en hoe sectoren verwant zijn.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gegevensbronnen&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Gemeenten, provincies, COROP-gebieden en arbeidsmarktregio&apos;s %2: %3. Gegeneraliseerde grenzen (cartomap/nl, uit PDOK); lidmaatschappen afgeleid door Regioverkenner.&lt;/li&gt;&lt;li&gt;Samenwerkingsverbanden: register samengesteld uit het SER-advies &lt;i&gt;Regionaal samenwerken: leren van praktijken&lt;/i&gt; (2017) en openbare bronnen; bron en betrouwbaarheid per verband.&lt;/li&gt;&lt;li&gt;Economie (tab Economie, regioprofiel): CBS StatLine, tabel 83582NED &lt;i&gt;Banen van werknemers in december; SBI2008, regio&lt;/i&gt;, 2010–2024 (CC BY 4.0), per COROP-gebied en SBI-sectie; geheime cellen blijven onbekend.&lt;/li&gt;&lt;li&gt;Verwantschap tussen sectoren (tab Verwantschap): een synthetische demonstratie-economie (SBI 2008-afdelingen × COROP, met baanwisselingen) — &lt;b&gt;Demonstratiedata, geen officiële statistiek&lt;/b&gt; — tenzij eigen CSV-tabellen zijn ingelezen; baanwisselingen tussen sectoren zijn niet openbaar.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het register %1 is niet geopend; het huidige register blijft staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register niet geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welkom. Ctrl+F zoekt een gemeente, regio of samenwerkingsverband; F1 opent de handleiding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar het gebied sterk in is en in kan groeien, welke samenwerkingsverbanden daarop kunnen handelen, wie er aan tafel ontbreekt, met welke buren en op welke schaal (SER 2017, 3.2–3.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart: specialisaties zonder volledige economische tafel over het hele gebied, per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; register: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De echte economie van het gebied (CBS): sectorstructuur, specialisaties, verandering sinds 2010 en structuurmaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBS StatLine-export &amp;importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een tabel van CBS StatLine zoals CBS hem levert (TypedDataSet-CSV of Observations.csv) in de tab Economie tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar de ingebouwde CBS-gegevens (83582NED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De tab Economie toont weer de banen van werknemers per COROP-gebied, CBS-tabel 83582NED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economie: weer de ingebouwde CBS-tabel 83582NED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBS StatLine-export importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StatLine-export importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand heeft %1 maten. Welke wilt u zien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importeren mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is niet ingelezen; de getoonde gegevens zijn niet veranderd.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2 regio&apos;s, %3 sectorsleutels, jaren %4–%5, maat %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Deze gegevens in de tab Economie tonen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron: CBS StatLine, eigen export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economie: %1 ingelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selectie: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register: %1 (%2); %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectornetwerk: %1 en %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectornetwerk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwantschap uit arbeidsstromen (skill-relatedness, Neffke &amp; Henning 2013); gekleurd: specialisaties (LQ &gt; 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regioprofiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selecteer eerst een gemeente of regio op de kaart of via Zoeken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regioprofiel-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regioprofiel opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regioprofiel opgeslagen: %1 (%2 pagina&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWOT: specialisatie en inbedding — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoogste locatiequotiënten — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kansen: niet-gespecialiseerde sectoren naar inbedding — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weergave gekopieerd naar het klembord (1920 × 1080)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu herstarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tabel exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabel van dit tabblad naar &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De tabel van het huidige tabblad als Excel-werkmap; op de kaart: het register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabel van dit tabblad als &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register naar Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register als C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV met decimale komma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verloop van de verbanden per &amp;jaar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ligt niet in een Nederlandse gemeente die bekend is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron: register &apos;%1&apos; (%2); de bron van elk verband staat in de kolom Bron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles selecteren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::ManualDialog</name>
    <message>
        <source>Handleiding — Regioverkenner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Handleiding Regioverkenner&lt;/h2&gt;&lt;p&gt;Regioverkenner laat zien welke samenwerkingsverbanden de driehoek economie – onderwijs – arbeidsmarkt afdekken in een gemeente of regio, wie aan tafel zit, en hoe sectoren verwant zijn. Alles werkt met muis of alleen met het toetsenbord.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;#zoeken&apos;&gt;Een gebied vinden&lt;/a&gt; · &lt;a href=&apos;#driehoek&apos;&gt;De driehoek lezen&lt;/a&gt; · &lt;a href=&apos;#economie&apos;&gt;De economie van een gebied&lt;/a&gt; · &lt;a href=&apos;#agenda&apos;&gt;De agenda&lt;/a&gt; · &lt;a href=&apos;#vergelijken&apos;&gt;Regio&apos;s vergelijken&lt;/a&gt; · &lt;a href=&apos;#presenteren&apos;&gt;Presenteren&lt;/a&gt; · &lt;a href=&apos;#exporteren&apos;&gt;Exporteren&lt;/a&gt; · &lt;a href=&apos;#register&apos;&gt;Het register bewerken&lt;/a&gt; · &lt;a href=&apos;#importeren&apos;&gt;Eigen gegevens inlezen&lt;/a&gt; · &lt;a href=&apos;#sneltoetsen&apos;&gt;Sneltoetsen&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;zoeken&apos;&gt;&lt;/a&gt;Een gebied vinden&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Druk op &lt;b&gt;Ctrl+F&lt;/b&gt; (of Bewerken → Zoeken). Het zoekveld staat altijd links in de werkbalk.&lt;/li&gt;&lt;li&gt;Typ het begin van de naam (&lt;i&gt;Harde&lt;/i&gt;) of de CBS-code (&lt;i&gt;GM0160&lt;/i&gt;, &lt;i&gt;CR23&lt;/i&gt;, &lt;i&gt;AM18&lt;/i&gt;, &lt;i&gt;PV27&lt;/i&gt;). Namen die met uw tekst beginnen staan bovenaan, daarna namen met een woord dat ermee begint, daarna de rest.&lt;/li&gt;&lt;li&gt;Kies met de pijltjes en &lt;b&gt;Enter&lt;/b&gt;; Enter zonder keuze neemt de bovenste.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Het zoekveld vindt ook samenwerkingsverbanden: kiest u er een, dan ziet u het werkgebied omlijnd op de kaart. &lt;b&gt;Esc&lt;/b&gt; op de kaart of Beeld → &lt;i&gt;Werkgebied van verband wissen&lt;/i&gt; haalt de omlijning weg.&lt;/p&gt;&lt;p&gt;Op de kaart: klik om te selecteren, scrollwiel of &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;-&lt;/b&gt; om te zoomen, pijltjes om te schuiven, &lt;b&gt;Home&lt;/b&gt; voor heel Nederland. &lt;b&gt;Ctrl+1&lt;/b&gt; … &lt;b&gt;Ctrl+4&lt;/b&gt; kiezen de indeling (gemeenten, provincies, COROP-gebieden, arbeidsmarktregio&apos;s). Het paneel &lt;i&gt;Details&lt;/i&gt; toont de lidmaatschappen van de selectie en de samenwerkingsverbanden die haar dekken, van kleine naar grote schaal, als koppelingen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;economie&apos;&gt;&lt;/a&gt;De economie van een gebied&lt;/h3&gt;&lt;p&gt;Het tabblad &lt;i&gt;Economie&lt;/i&gt; toont de echte economie van de selectie: banen van werknemers per sector, CBS-tabel 83582NED, 2010–2024. Een COROP-gebied is exact; een provincie en Nederland zijn sommen van COROP-gebieden; een arbeidsmarktregio of gemeente wordt benaderd met de COROP-gebieden die haar het best dekken, en dat staat erbij. Kies bovenaan het &lt;b&gt;jaar&lt;/b&gt; en het &lt;b&gt;basisjaar&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;Sectorstructuur&lt;/i&gt;: het aandeel van elke sector in het gebied naast dat in Nederland; LQ (locatiequotiënt) boven 1 = gespecialiseerd.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Tabel&lt;/i&gt;: banen, aandelen, LQ en de verandering sinds het basisjaar, ontleed in nationale groei, sectormix en regionaal effect (shift-share), en nieuwe of verloren specialisaties. Klik op een kop om te sorteren.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Ontwikkeling&lt;/i&gt;: de banen als index (basisjaar = 100), gebied en Nederland, voor alle banen en een sector die u kiest.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Structuurmaten&lt;/i&gt;: verschil met Nederland, concentratie en (on)verwante variëteit, elk met een uitleg.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;i&gt;geheim&lt;/i&gt; betekent dat CBS het getal niet publiceert: het is onbekend, niet 0. Bestand → &lt;i&gt;CBS StatLine-export importeren&lt;/i&gt; toont een eigen StatLine-tabel; Bestand → &lt;i&gt;Terug naar de ingebouwde CBS-gegevens&lt;/i&gt; keert terug.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;agenda&apos;&gt;&lt;/a&gt;De agenda&lt;/h3&gt;&lt;p&gt;Het tabblad &lt;i&gt;Agenda&lt;/i&gt; verbindt de twee helften (SER 2017, 3.2–3.4): waar het gebied sterk in is (LQ boven 1), welke sterktes bedreigd zijn (trager gegroeid dan de sector landelijk) en waar het in kan groeien (niet gespecialiseerd, wel verwant aan de specialisaties). Bij elk: de samenwerkingsverbanden die erop kunnen handelen, welk deel van het gebied zij dekken en wie er &lt;b&gt;aan tafel ontbreekt&lt;/b&gt;. Bovenaan staat wat ontbreekt in woorden, onderaan de schaal per domein en de buren die specialisaties delen of aanvullen, ook op het kaartje.&lt;/p&gt;&lt;p&gt;Namen zijn koppelingen (klik, of Tab en Enter): een verband toont zijn werkgebied op de kaart, een buurgebied wordt de selectie. De knop &lt;i&gt;Landelijke kaart&lt;/i&gt; kleurt de kaart naar specialisaties zonder volledige economische tafel over het hele gebied. Het regioprofiel bevat dezelfde agenda op één pagina.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;vergelijken&apos;&gt;&lt;/a&gt;Regio&apos;s vergelijken&lt;/h3&gt;&lt;p&gt;Het tabblad &lt;i&gt;Verwantschap&lt;/i&gt; toont het landelijke sectornetwerk; de specialisaties van het geselecteerde COROP-gebied (locatiequotiënt boven 1) zijn gekleurd. De economie is per COROP-gebied: een gemeente toont het COROP-gebied waarin zij ligt. Kies een tweede regio om beide netwerken naast elkaar te zien (zoals SER fig. B.9 voor Groot-Amsterdam en Groot-Rijnmond). De grafieken tonen de SWOT-indeling, de hoogste locatiequotiënten en de kansen. Met de schuif stelt u de drempel voor verwantschap in.&lt;/p&gt;&lt;p&gt;Zonder eigen gegevens zijn dit &lt;b&gt;demonstratiedata, geen officiële statistiek&lt;/b&gt;; dat staat bij elke grafiek en export.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;presenteren&apos;&gt;&lt;/a&gt;Presenteren&lt;/h3&gt;&lt;p&gt;&lt;b&gt;F11&lt;/b&gt; (of Beeld → Presentatiemodus) vult het scherm met de weergave, in grote letters en met sterk contrast; de naam van het gebied staat groot bovenaan, werkbalk, zoekveld, tabbladen en panelen verdwijnen. Met de presenter of het toetsenbord:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;PageDown&lt;/b&gt; / &lt;b&gt;PageUp&lt;/b&gt;: volgend / vorig gebied van de indeling (alfabetisch)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+PageDown&lt;/b&gt; / &lt;b&gt;Ctrl+PageUp&lt;/b&gt;: volgende / vorige weergave (Kaart, Driehoek, Economie, Agenda, Verwantschap)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Esc&lt;/b&gt;: terug naar het venster zoals het was&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;importeren&apos;&gt;&lt;/a&gt;Eigen gegevens inlezen&lt;/h3&gt;&lt;p&gt;Bestand → &lt;i&gt;Werkgelegenheid importeren (CSV)&lt;/i&gt; leest werkgelegenheid per regio en sector (breed of lang formaat); Bestand → &lt;i&gt;Arbeidsstromen importeren (CSV)&lt;/i&gt; leest baanwisselaars tussen sectoren. Een bestand met fouten wordt geweigerd met de regel en de reden; er gaat niets verloren. Na het inlezen ziet u wat er is ingelezen; de melding bij de grafieken zegt welk deel uw eigen bestand is en welk deel demonstratiedata. Bestand → &lt;i&gt;Terug naar de demonstratie-economie&lt;/i&gt; keert terug. Het formaat staat in docs/economy.md.&lt;/p&gt;&lt;p&gt;Bestand → &lt;i&gt;CBS StatLine-export importeren&lt;/i&gt; leest een tabel van CBS StatLine zoals CBS hem levert (de CSV van opendata.cbs.nl of Observations.csv van datasets.cbs.nl) voor het tabblad Economie; heeft het bestand meer maten, dan kiest u er een.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;sneltoetsen&apos;&gt;&lt;/a&gt;Sneltoetsen&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Daarnaast op de kaart: pijltjes schuiven, &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;-&lt;/b&gt; zoomen, &lt;b&gt;Home&lt;/b&gt; heel Nederland, &lt;b&gt;Esc&lt;/b&gt; wist de omlijning van een werkgebied.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;driehoek&apos;&gt;&lt;/a&gt;De driehoek lezen&lt;/h3&gt;&lt;p&gt;Het tabblad &lt;i&gt;Driehoek&lt;/i&gt; toont voor de selectie de drie hoeken &lt;b&gt;Economie&lt;/b&gt;, &lt;b&gt;Onderwijs&lt;/b&gt; en &lt;b&gt;Arbeidsmarkt&lt;/b&gt; (SER 2017). Een verband dat één domein bestrijkt staat bij de hoek, een verband van twee domeinen op de zijde ertussen, een verband van alle drie in het midden (&lt;i&gt;integraal&lt;/i&gt;). Een grijze hoek betekent dat geen verband dat domein afdekt.&lt;/p&gt;&lt;p&gt;Naast de driehoek staan de lacunes en de overlap in woorden; is er te weinig ruimte, klik dan op die tekst voor de volledige lijst. Daaronder:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;Aan tafel&lt;/i&gt;: welke partijen (gemeenten, provincie, UWV, bedrijfsleven, onderwijs, werkgevers- en werknemersorganisaties …) in welk verband zitten, en wie ontbreekt.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Schakelen op schalen&lt;/i&gt;: voor een gemeente, op welke schaal zij per domein samenwerkt.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Samenwerkingsverbanden&lt;/i&gt;: de lijst met bron en betrouwbaarheid van elk verband.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Een lange naam staat op twee regels. Wat dan nog niet past, en de verbanden achter &lt;i&gt;+n&lt;/i&gt; of &lt;i&gt;+n meer&lt;/i&gt;, leest u in zijn geheel door op het vakje of op &lt;i&gt;+n&lt;/i&gt; te klikken: u krijgt de lijst van dat vak; kies een naam om het werkgebied op de kaart te zien. Met het toetsenbord: Tab naar de driehoek en &lt;b&gt;Enter&lt;/b&gt; geeft alle vakken als menu. Voor een provincie of regio kiest u bij &lt;i&gt;Schakelen op schalen&lt;/i&gt; een van haar gemeenten.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;exporteren&apos;&gt;&lt;/a&gt;Exporteren&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+E&lt;/b&gt; (Bestand → Exporteren) bewaart de huidige weergave als vector-PDF, SVG of PNG, met titel, legenda, bron en datum. Bestaat de map nog niet, dan wordt zij gemaakt; lukt schrijven niet, dan blijft het venster open met de reden.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+P&lt;/b&gt; (Bestand → Exporteer regioprofiel) maakt een PDF van meerdere pagina&apos;s over het geselecteerde gebied.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt; kopieert de weergave naar het klembord, voor presentatiesoftware.&lt;/li&gt;&lt;li&gt;Bestand → Grafiek exporteren bewaart één grafiek van Verwantschap.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tabellen naar Excel of CSV&lt;/b&gt;: klik met de rechtermuisknop op een tabel (de verbanden in Driehoek, de tabel en de staafjes van Economie, de agenda, de locatiequotiënten van Verwantschap, het register) en kies &lt;i&gt;Exporteren naar Excel…&lt;/i&gt; of &lt;i&gt;Exporteren als CSV…&lt;/i&gt;; of Bestand → &lt;i&gt;Tabel exporteren&lt;/i&gt; voor het huidige tabblad of het hele register. Getallen blijven getallen, de bron staat onder de tabel, en onbekende of geheime waarden blijven leeg (nooit 0). &lt;i&gt;CSV met decimale komma&lt;/i&gt; schrijft 1,5 in plaats van 1.5, zoals Nederlandse Excel het leest.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&apos;register&apos;&gt;&lt;/a&gt;Het register bewerken&lt;/h3&gt;&lt;p&gt;Beeld → &lt;i&gt;Register bewerken&lt;/i&gt; opent de lijst van samenwerkingsverbanden met een formulier. Kies een verband in de tabel, wijzig de velden en pas toe; meldingen staan naast de velden en, altijd in beeld, bovenaan het formulier (klik op de veldnaam om erheen te gaan). Op een laptop staan tabel en formulier naast elkaar; de rand boven het register sleept u omhoog voor meer ruimte. Het werkgebied wijst u aan door gemeenten op de kaart aan te klikken of door indelingen te kiezen. &lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Y&lt;/b&gt; maken ongedaan en opnieuw. Bewaar met &lt;b&gt;Ctrl+S&lt;/b&gt; of Bestand → Register opslaan als; bij afsluiten vraagt het programma wat er met niet-bewaarde wijzigingen moet gebeuren. Bestand → Standaardregister herstellen gaat terug naar het meegeleverde register. Uw eigen register gaat bij de volgende start vanzelf weer open; Bestand → Recente registers toont de vorige.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::MapWidget</name>
    <message>
        <source>Gemeentegrens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selectie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgebied van verband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart van Nederland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;%4 km²</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::NetworkView</name>
    <message>
        <source>Sectornetwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectornetwerk van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kleur: SBI-sectie (naam bij aanwijzen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gespecialiseerd (LQ &gt; 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet gespecialiseerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwant met aangewezen sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grootte: banen in Nederland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;SBI-sectie %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Banen in Nederland: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;LQ in %1: &lt;b&gt;%2&lt;/b&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (gespecialiseerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Inbedding: %1 (drempel %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;SWOT: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Verwante sectoren (SR~ &gt; %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 van %2 sectoren gespecialiseerd (LQ &gt; 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lijnen: SR~ &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::RankingChartView</name>
    <message>
        <source>Hoogste locatiequotiënten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kansen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (top %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LQ (1 = landelijk gemiddelde)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbedding (0–100; drempel %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (goed ingebed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inbedding boven drempel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (zwak ingebed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inbedding niet boven drempel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::RegionDetails</name>
    <message>
        <source>&lt;h3&gt;Samenwerkingsverbanden (%1)&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Geen samenwerkingsverband in het register dekt dit gebied.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Landelijk (%1):&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#5a6570&quot;&gt;Klik op een verband om zijn werkgebied op de kaart te zien (Esc op de kaart wist het).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Geen selectie&lt;/h2&gt;&lt;p&gt;Klik op de kaart of zoek een gemeente, provincie, COROP-gebied of arbeidsmarktregio op naam of CBS-code.&lt;/p&gt;&lt;p style=&quot;color:#5a6570&quot;&gt;Muis: slepen = verschuiven, wiel = zoomen, dubbelklik = inzoomen op gebied.&lt;br&gt;Toetsen: pijlen = verschuiven, +/− = zoomen, Home = heel Nederland.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Oppervlakte&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1 km²&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Gemeenten&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gemeenten&lt;/h3&gt;&lt;p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Samenwerkingsverbanden (%1, %2)&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Vestigingen (%1, tellen niet als dekking):&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::RegionProfile</name>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;geen&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (economische gegevens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende regiocode &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regioprofiel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regioverkenner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 gemeente(n) · %4 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Niveau&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;CBS-code&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Oppervlakte&lt;/td&gt;&lt;td&gt;%1 km²&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Gemeenten&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Samenwerkingsverbanden&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Hoeken van de driehoek&lt;/td&gt;&lt;td&gt;%1 van 3 (%2)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Integraal verband&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Lacunes&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driehoek economie – onderwijs – arbeidsmarkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Per hoek&lt;/h2&gt;&lt;table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Integraal&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Aan tafel&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Ontbreekt: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niemand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Overlap (bestuurlijke drukte)&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heel gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden en bronnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden en bronnen (vervolg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economische structuur %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigen bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;%1 — %2. %3 Geheime (onderdrukte) cellen zijn onbekend, niet 0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebied: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Voor dit gebied zijn geen CBS-gegevens per COROP-gebied beschikbaar.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geheim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table width=&quot;100%&quot; cellspacing=&quot;0&quot; border=&quot;0.5&quot;&gt;&lt;tr&gt;&lt;th&gt;Sector&lt;/th&gt;&lt;th&gt;Banen %1&lt;/th&gt;&lt;th&gt;LQ&lt;/th&gt;&lt;th&gt;Verandering %2–%1&lt;/th&gt;&lt;th&gt;Regionaal effect&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (LQ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Specialisaties (LQ &amp;gt; 1):&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nieuw sinds %1:&lt;/b&gt; %2. &lt;b&gt;Verloren:&lt;/b&gt; %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Structuur %1:&lt;/b&gt; Krugman %2 (verschil met NL), Herfindahl %3 (concentratie), entropie %4, verwante variëteit %5, onverwante variëteit %6.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Regionaal effect: de verandering min wat landelijke groei en sectormix verklaren (shift-share, Dunn 1960). COROP-grenzen volgen de indeling van elk jaar.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda (vervolg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Voor dit gebied zijn geen economische gegevens voor een agenda.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economische sterkte: SWOT en specialisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Economische gegevens: %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Voor dit gebied zijn geen economische gegevens per COROP-gebied beschikbaar.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Drempel goed ingebed: mediaan %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectornetwerk: verwantschap en specialisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronnen en methode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Bronnen&lt;/h2&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Gebiedsindeling %1: %2. Lidmaatschappen van gemeenten afgeleid door Regioverkenner; indelingen samengevoegd uit gemeenten.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Samenwerkingsverbanden: %1. Per verband staan bron en betrouwbaarheid in de tabel; benaderde gebieden zijn in het register als zodanig aangemerkt.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Economische structuur: %1 (banen van werknemers in december, per COROP-gebied).&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1.&lt;/b&gt; De economische gegevens zijn een synthetische demonstratie-economie (SBI 2008-afdelingen × COROP-gebieden), geen CBS-cijfers.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Economische gegevens voor SWOT en netwerk: door de gebruiker ingelezen bestanden.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;/ul&gt;&lt;h2&gt;Methode&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Driehoek&lt;/b&gt;: een verband dekt een gemeente als die in zijn werkgebied ligt. De gedekte hoeken zijn de domeinen (economie, onderwijs, arbeidsmarkt) van alle verbanden samen; &lt;i&gt;integraal&lt;/i&gt; is een verband dat alle drie dekt. Drukte is het aantal verbanden; overlap zijn twee of meer verbanden van hetzelfde type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Locatiequotiënt&lt;/b&gt;: het aandeel van een sector in de werkgelegenheid van de regio gedeeld door het landelijke aandeel; boven 1 is de regio gespecialiseerd.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Shift-share&lt;/b&gt; (Dunn 1960): de verandering van de banen in een sector = landelijke groei + sectormix (de sector groeide landelijk sneller of trager) + regionaal effect (het gebied deed het beter of slechter).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Agenda&lt;/b&gt; (SER 2017, 3.2–3.4): sterk = LQ &amp;gt; 1; bedreigd = sterk maar trager gegroeid dan de sector landelijk; kans = niet gespecialiseerd maar verwantschapsdichtheid boven de mediaan van het gebied (verwantschap uit gezamenlijke specialisatie van de COROP-gebieden); wie kan handelen = verbanden die (een deel van) het gebied dekken met het passende domein; wie ontbreekt = partijen die die rol nodig heeft (docs/agenda.md).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Structuurmaten&lt;/b&gt;: Krugman-index (verschil met Nederland), Herfindahl (concentratie), entropie, verwante en onverwante variëteit (Frenken, Van Oort &amp;amp; Verburg 2007).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Skill-relatedness&lt;/b&gt; (Neffke &amp;amp; Henning 2013): het aantal baanwisselaars tussen twee sectoren vergeleken met wat bij toeval te verwachten is, geschaald naar −1 … 1; verwant boven 0.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Inbedding&lt;/b&gt; (van Oort e.a. 2016): het gewogen aandeel van de verwante sectoren waarin de regio gespecialiseerd is (0–100).&lt;/li&gt;&lt;li&gt;&lt;b&gt;SWOT&lt;/b&gt;: Sterkte = gespecialiseerd en goed ingebed; Bedreiging = gespecialiseerd maar slecht ingebed; Kans = niet gespecialiseerd maar goed ingebed; Zwakte = geen van beide. Goed ingebed = boven de mediaan van de regio.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sectornetwerk&lt;/b&gt;: sectoren verbonden bij verwantschap boven de drempel; ruggengraat = maximale opspannende boom plus de sterkste verbindingen per sector; vaste layout, dezelfde voor elke regio.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · pagina %2 van %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · peiljaar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechtsvorm: %1&lt;br&gt;Toezicht: %2&lt;br&gt;Geld: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen vestiging; telt niet als dekking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrouwbaarheid — %1. Onbekend: geen bron gevonden; niets is geraden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dekking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrouwbaarheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechtsvorm, toezicht, geld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechtsvorm, toezicht en geldbronnen: de bronnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron rechtsvorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron toezicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron geldbronnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Verbanden: de huidige verbanden, niet de peiljaar %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;%1. Economie: %2.%3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::RegistryDocument</name>
    <message>
        <source>Ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De laatste wijziging in het register ongedaan maken (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ongedaan gemaakte wijziging opnieuw uitvoeren (Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standaardregister (ingebouwd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het ingebouwde standaardregister is alleen-lezen: kies ‘Opslaan als…’ om het als eigen bestand te bewaren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: hier kan niet worden opgeslagen; kies een bestand op schijf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen bestandsnaam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verband ‘%1’ toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verband ‘%1’ verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verband ‘%1’ wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebied van ‘%1’ wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uit gebied van ‘%2’ halen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 aan gebied van ‘%2’ toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het ingebouwde register gebruikt de gemeentelijke indeling van 2025; de regio&apos;s van %1 zijn geladen. Open een register van %1 (Bestand › Register openen…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is een rekenblad; het register wordt als JSON-bestand bewaard: kies ‘Opslaan als…’.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::RegistryEditor</name>
    <message>
        <source>Register (*.json);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
… en nog %1 meldingen (zie details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigingen met fouten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het formulier van ‘%1’ bevat wijzigingen met fouten (in rood) die niet in het register staan. Die wijzigingen weggooien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mijn-register.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register opslaan als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het register is niet opgeslagen; er is niets verloren of overschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het register is niet opgeslagen; het bestand op schijf is onveranderd. Kies eventueel ‘Opslaan als…’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register niet geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is niet geopend; het huidige register blijft staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het register ‘%1’ heeft wijzigingen die nog niet zijn opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilt u de wijzigingen opslaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen verbanden van dit type tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle typen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken op naam, id of bron…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toont alleen verbanden waarvan naam, korte naam, id of bron deze tekst bevat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een nieuw samenwerkingsverband invullen; het komt in het register bij ‘Toepassen’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het geselecteerde verband uit het register verwijderen (Del); ongedaan te maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrouwbaarheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebied aanwijzen op de &amp;kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aan: een klik op een gemeente in de kaart voegt die toe aan het gebied van dit verband, of haalt haar eruit. Daarna ‘Toepassen’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Herstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wijzigingen in het formulier weggooien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toepassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wijzigingen in het register zetten (ongedaan te maken met Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 van %2 verbanden getoond. Del verwijdert het geselecteerde verband.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het formulier van ‘%1’ bevat wijzigingen met fouten (in rood). Die wijzigingen weggooien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen verband gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet toegepaste wijzigingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Niet toegepast: herstel eerst de %n melding(en) in rood.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Toegepast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw samenwerkingsverband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw verband (nog niet in het register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de velden in en kies ‘Toepassen’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verband verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘%1’ uit het register verwijderen?
Dit is ongedaan te maken met Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of rekenblad (*.json *.xlsx *.ods);;Register (*.json);;Rekenblad met verbanden (*.xlsx *.ods);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is een register van versie %2. Bij opslaan wordt het versie %3: dezelfde inhoud, met rechtsvorm, toezicht en geldbronnen als ‘onbekend’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n melding(en) — eerst herstellen, dan ‘Toepassen’:&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regio::ui::Relatedness</name>
    <message>
        <source>Landbouw en visserij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delfstoffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water en afval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bouw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervoer en opslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horeca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICT en media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financiële diensten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgoed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies en onderzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zakelijke diensten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openbaar bestuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zorg en welzijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultuur en recreatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overige diensten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishoudens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraterritoriaal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::RelatednessModel</name>
    <message>
        <source>de werkgelegenheid is overal 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen werkgelegenheid (%1); arbeidsstromen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen arbeidsstromen (%1); werkgelegenheid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (synthetische demonstratie-economie, Regioverkenner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economische gegevens: ingelezen bestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eigen bestand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgelegenheid: %1; arbeidsstromen: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::RelatednessView</name>
    <message>
        <source>Verwantschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectorgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialisatie (LQ) tegen inbedding: Sterkte, Zwakte, Kans, Bedreiging (Van Oort e.a. 2016)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoogste LQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sectoren met het hoogste locatiequotiënt (tot %1, zoveel als er leesbaar passen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kansen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet-gespecialiseerde sectoren die goed zijn ingebed: kansen om te diversifiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgelegenheid importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidsstromen importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar de demonstratie-economie (Verwantschap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De tab Verwantschap toont weer de ingebouwde demonstratie-economie in plaats van eigen bestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COROP-gebied waarvan de specialisaties worden uitgelicht (of klik een COROP-gebied op de kaart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naast elkaar met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twee regio&apos;s naast elkaar op hetzelfde netwerk (zoals SER 2017, figuur B.9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De regio in het rechter netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwant als SR~ &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drempel voor skill-verwantschap (genormaliseerd, −1 tot 1): hoger = alleen sterk verwante sectoren verbonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbedding goed boven:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWOT-drempel voor inbedding (0–100); &apos;mediaan&apos; = de mediaan over de sectoren van de regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetische demonstratie-economie (SBI 2008 × COROP), geen cijfers van CBS. Importeer echte tabellen via Bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is niet ingelezen; de vorige gegevens blijven in gebruik.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingelezen uit %1: %2 regio&apos;s × %3 sectoren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingelezen uit %1: baanwisselingen tussen %2 sectoren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Let op: %1 van de %2 regio&apos;s zijn geen COROP-gebieden (bijvoorbeeld %3 %4). De kaart en de vergelijking naast elkaar werken per COROP-gebied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;td&gt;&lt;span style=&quot;color:%4&quot;&gt;&amp;#9632;&lt;/span&gt; %5&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sector&lt;/h3&gt;&lt;p&gt;Wijs een sector in het netwerk aan, of klik erop, om de verwante sectoren, het locatiequotiënt (LQ) en de inbedding in de regio te zien.&lt;/p&gt;&lt;p&gt;&lt;b&gt;LQ&lt;/b&gt; &amp;gt; 1: de regio is in de sector gespecialiseerd (relatief meer banen dan landelijk).&lt;br&gt;&lt;b&gt;Inbedding&lt;/b&gt; (0–100): het aandeel van de skill-verwante sectoren waarin de regio gespecialiseerd is, gewogen met de verwantschap.&lt;br&gt;&lt;b&gt;SWOT&lt;/b&gt;: Sterkte = gespecialiseerd en goed ingebed; Bedreiging = gespecialiseerd, zwak ingebed; Kans = niet gespecialiseerd, goed ingebed; Zwakte = geen van beide.&lt;/p&gt;&lt;p&gt;Toetsen: ←/→ kiest de vorige/volgende sector in het netwerk, Esc wist de keuze.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;span style=&quot;color:%1&quot;&gt;&amp;#9679;&lt;/span&gt; SBI-sectie %2: %3&lt;br&gt;Banen in Nederland: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;Regio&lt;/th&gt;&lt;th&gt;LQ&lt;/th&gt;&lt;th&gt;Inbedding&lt;/th&gt;&lt;th align=left&gt;SWOT&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Verwante sectoren (SR~ &amp;gt; %1): %2&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;margin:0 0 4px 0&quot;&gt;&lt;a href=&quot;sector:%1&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt; %2&lt;br&gt;&lt;span style=&quot;color:%3&quot;&gt;SR~ %4 · LQ %5 %6%7&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (gespecialiseerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgelegenheid importeren (CSV, XLSX, ODS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgelegenheid per regio en sector inlezen (CSV of het eerste gevulde werkblad van een XLSX/ODS-rekenblad; breed of lang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidsstromen importeren (CSV, XLSX, ODS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baanwisselaars van sector naar sector inlezen (CSV, XLSX of ODS); codes moeten sectoren van de werkgelegenheid zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabellen (*.csv *.txt *.xlsx *.ods);;CSV-bestanden (*.csv *.txt);;Rekenbladen (*.xlsx *.ods);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::ScalesView</name>
    <message>
        <source>Schakelen op schalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schakelen op schalen — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met wie %1 samenwerkt, per thema en per schaal, van klein naar groot (SER 2017, par. 3.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landelijk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Landelijke programma&apos;s en netwerken&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen samenwerkingsverbanden in het register voor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grens-
overschrijdend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schaal: klein → groot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 meer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::SectorBarsWidget</name>
    <message>
        <source>Sectorstructuur: aandeel in de banen, gebied en Nederland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: geheim (door CBS onderdrukt, onbekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3 van de banen
Nederland: %4
Locatiequotiënt: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nederland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geheim (onbekend)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::SwotChartView</name>
    <message>
        <source>SWOT-diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWOT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatiequotiënt (log-schaal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::TableExport</name>
    <message>
        <source>Tabel exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen tabel om te exporteren: kies eerst een gemeente of regio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren naar Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren als CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV voor Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De tabel is niet opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren naar Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren als CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV met decimale komma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1,5 in plaats van 1.5: zo leest Nederlandse Excel getallen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::TriangleDiagram</name>
    <message>
        <source>Driehoek economie, onderwijs en arbeidsmarkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driehoek economie – onderwijs – arbeidsmarkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — 1 samenwerkingsverband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 samenwerkingsverbanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 regionaal, %3 landelijk · hoeken afgedekt: %4 van 3 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen samenwerkingsverband dat de hele driehoek afdekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integraal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landelijk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landelijke programma&apos;s en netwerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Details per verband in de tabel Samenwerkingsverbanden.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integraal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landelijk (N): landelijke programma&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle hoeken en partijen zijn vertegenwoordigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestuurlijke drukte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen overlap tussen verbanden van hetzelfde type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gestreepte rand, ◐: dekt een deel van de regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toon het werkgebied op de kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — kies om het werkgebied te tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen samenwerkingsverbanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat ontbreekt en bestuurlijke drukte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integraal: alle drie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet vertegenwoordigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen in een deel van de regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen via zijden of midden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen integraal verband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 meer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ook hier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Klik voor de hele lijst.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidsmarkt (00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <comment>beginletter van Economie</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <comment>beginletter van Onderwijs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <comment>beginletter van Arbeidsmarkt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regio::ui::TriangleView</name>
    <message>
        <source>Economic Board / agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontwikkelingsmaatschappij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinciale SER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regionaal werkbedrijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijssamenwerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metropoolregio / regiobestuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City Deal / proeftuin / programma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grensoverschrijdend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driehoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dekking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrouwbaarheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden met bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aan tafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schakelen op schalen is per gemeente: kies een gemeente van deze regio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schakelen op schalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driehoek economie–onderwijs–arbeidsmarkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driehoek economie – onderwijs – arbeidsmarkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen register met samenwerkingsverbanden geladen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een gemeente of regio op de kaart of via het zoekveld. Dan ziet u hier welke samenwerkingsverbanden er werken aan economie, onderwijs en arbeidsmarkt, wie er aan tafel zit en wat er ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende regiocode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 van %2 gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— kies een gemeente van %1 —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schakelen op schalen — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze weergave is per gemeente: kies hierboven een van de %1 gemeenten van %2 om te zien op welke schaal zij per thema samenwerkt — gemeente, subregio, regio, provincie, landsdeel, nationaal of over de grens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hele gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen bron vermeld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hele gebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deel (%1 van %2 gemeenten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet vermeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechtsvorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toezicht door gekozen raad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldbronnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sinds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe zeker de gegevens van het verband zijn:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechtsvorm, met bron; ‘onbekend’ als geen bron het zegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke gekozen raden (gemeenteraden, Provinciale Staten) direct toezicht houden, met bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar het geld vandaan komt, met bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (peiljaar %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · peiljaar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen vestiging; telt niet als dekking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrouwbaarheid %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
