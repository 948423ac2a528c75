#include "economy/classification.h"

namespace regio::economy {

namespace {

struct Section {
    const char* letter;
    const char* name;
};

// SBI 2008 sections (CBS, Standaard Bedrijfsindeling 2008).
constexpr Section kSections[] = {
    {"A", "Landbouw, bosbouw en visserij"},
    {"B", "Winning van delfstoffen"},
    {"C", "Industrie"},
    {"D", "Productie en distributie van en handel in elektriciteit, aardgas, stoom en gekoelde lucht"},
    {"E", "Winning en distributie van water; afval- en afvalwaterbeheer en sanering"},
    {"F", "Bouwnijverheid"},
    {"G", "Groot- en detailhandel; reparatie van auto's"},
    {"H", "Vervoer en opslag"},
    {"I", "Logies-, maaltijd- en drankverstrekking"},
    {"J", "Informatie en communicatie"},
    {"K", "Financiële instellingen"},
    {"L", "Verhuur van en handel in onroerend goed"},
    {"M", "Advisering, onderzoek en overige specialistische zakelijke dienstverlening"},
    {"N", "Verhuur van roerende goederen en overige zakelijke dienstverlening"},
    {"O", "Openbaar bestuur, overheidsdiensten en verplichte sociale verzekeringen"},
    {"P", "Onderwijs"},
    {"Q", "Gezondheids- en welzijnszorg"},
    {"R", "Cultuur, sport en recreatie"},
    {"S", "Overige dienstverlening"},
    {"T", "Huishoudens als werkgever; niet-gedifferentieerde productie van goederen en diensten door "
          "huishoudens voor eigen gebruik"},
    {"U", "Extraterritoriale organisaties en lichamen"},
};

struct Division {
    const char* code;
    const char* section;
    const char* name;
};

// SBI 2008 divisions (afdelingen). SBI 2008 has no divisions 04, 05, 07 (no such activity in NL).
constexpr Division kDivisions[] = {
    {"01", "A", "Landbouw, jacht en dienstverlening voor de landbouw en jacht"},
    {"02", "A", "Bosbouw, exploitatie van bossen en dienstverlening voor de bosbouw"},
    {"03", "A", "Visserij en kweken van vis en schaaldieren"},
    {"06", "B", "Winning van aardolie en aardgas"},
    {"08", "B", "Winning van delfstoffen (geen olie en gas)"},
    {"09", "B", "Dienstverlening voor de winning van delfstoffen"},
    {"10", "C", "Vervaardiging van voedingsmiddelen"},
    {"11", "C", "Vervaardiging van dranken"},
    {"12", "C", "Vervaardiging van tabaksproducten"},
    {"13", "C", "Vervaardiging van textiel"},
    {"14", "C", "Vervaardiging van kleding"},
    {"15", "C", "Vervaardiging van leer, lederwaren en schoenen"},
    {"16", "C", "Primaire houtbewerking en vervaardiging van artikelen van hout, kurk, riet en vlechtwerk (geen meubels)"},
    {"17", "C", "Vervaardiging van papier, karton en papier- en kartonwaren"},
    {"18", "C", "Drukkerijen, reproductie van opgenomen media"},
    {"19", "C", "Vervaardiging van cokesovenproducten en aardolieverwerking"},
    {"20", "C", "Vervaardiging van chemische producten"},
    {"21", "C", "Vervaardiging van farmaceutische grondstoffen en producten"},
    {"22", "C", "Vervaardiging van producten van rubber en kunststof"},
    {"23", "C", "Vervaardiging van overige niet-metaalhoudende minerale producten"},
    {"24", "C", "Vervaardiging van metalen in primaire vorm"},
    {"25", "C", "Vervaardiging van producten van metaal (geen machines en apparaten)"},
    {"26", "C", "Vervaardiging van computers en van elektronische en optische apparatuur"},
    {"27", "C", "Vervaardiging van elektrische apparatuur"},
    {"28", "C", "Vervaardiging van overige machines en apparaten"},
    {"29", "C", "Vervaardiging van auto's, aanhangwagens en opleggers"},
    {"30", "C", "Vervaardiging van overige transportmiddelen"},
    {"31", "C", "Vervaardiging van meubels"},
    {"32", "C", "Vervaardiging van overige goederen"},
    {"33", "C", "Reparatie en installatie van machines en apparaten"},
    {"35", "D", "Productie en distributie van en handel in elektriciteit, aardgas, stoom en gekoelde lucht"},
    {"36", "E", "Winning en distributie van water"},
    {"37", "E", "Afvalwaterinzameling en -behandeling"},
    {"38", "E", "Afvalinzameling en -behandeling; voorbereiding tot recycling"},
    {"39", "E", "Sanering en overig afvalbeheer"},
    {"41", "F", "Algemene burgerlijke en utiliteitsbouw en projectontwikkeling"},
    {"42", "F", "Grond-, water- en wegenbouw (geen grondverzet)"},
    {"43", "F", "Gespecialiseerde werkzaamheden in de bouw"},
    {"45", "G", "Handel in en reparatie van auto's, motorfietsen en aanhangers"},
    {"46", "G", "Groothandel en handelsbemiddeling (niet in auto's en motorfietsen)"},
    {"47", "G", "Detailhandel (niet in auto's)"},
    {"49", "H", "Vervoer over land"},
    {"50", "H", "Vervoer over water"},
    {"51", "H", "Luchtvaart"},
    {"52", "H", "Opslag en dienstverlening voor vervoer"},
    {"53", "H", "Post en koeriers"},
    {"55", "I", "Logiesverstrekking"},
    {"56", "I", "Eet- en drinkgelegenheden"},
    {"58", "J", "Uitgeverijen"},
    {"59", "J", "Productie en distributie van films en televisieprogramma's; maken en uitgeven van geluidsopnamen"},
    {"60", "J", "Verzorgen en uitzenden van radio- en televisieprogramma's"},
    {"61", "J", "Telecommunicatie"},
    {"62", "J", "Dienstverlenende activiteiten op het gebied van informatietechnologie"},
    {"63", "J", "Dienstverlenende activiteiten op het gebied van informatie"},
    {"64", "K", "Financiële instellingen (geen verzekeringen en pensioenfondsen)"},
    {"65", "K", "Verzekeringen en pensioenfondsen (geen verplichte sociale verzekeringen)"},
    {"66", "K", "Overige financiële dienstverlening"},
    {"68", "L", "Verhuur van en handel in onroerend goed"},
    {"69", "M", "Rechtskundige dienstverlening, accountancy, belastingadvisering en administratie"},
    {"70", "M", "Holdings (geen financiële), concerndiensten binnen eigen concern en managementadvisering"},
    {"71", "M", "Architecten, ingenieurs en technisch ontwerp en advies; keuring en controle"},
    {"72", "M", "Speur- en ontwikkelingswerk"},
    {"73", "M", "Reclame en marktonderzoek"},
    {"74", "M", "Industrieel ontwerp en vormgeving, fotografie, vertaling en overige consultancy"},
    {"75", "M", "Veterinaire dienstverlening"},
    {"77", "N", "Verhuur en lease van auto's, consumentenartikelen, machines en overige roerende goederen"},
    {"78", "N", "Arbeidsbemiddeling, uitzendbureaus en personeelsbeheer"},
    {"79", "N", "Reisbemiddeling, reisorganisatie, toeristische informatie en reserveringsbureaus"},
    {"80", "N", "Beveiliging en opsporing"},
    {"81", "N", "Facility management, reiniging en landschapsverzorging"},
    {"82", "N", "Overige zakelijke dienstverlening"},
    {"84", "O", "Openbaar bestuur, overheidsdiensten en verplichte sociale verzekeringen"},
    {"85", "P", "Onderwijs"},
    {"86", "Q", "Gezondheidszorg"},
    {"87", "Q", "Verpleging, verzorging en begeleiding met overnachting"},
    {"88", "Q", "Maatschappelijke dienstverlening zonder overnachting"},
    {"90", "R", "Kunst"},
    {"91", "R", "Culturele uitleencentra, openbare archieven, musea, dieren- en plantentuinen, natuurbehoud"},
    {"92", "R", "Loterijen en kansspelen"},
    {"93", "R", "Sport en recreatie"},
    {"94", "S", "Levensbeschouwelijke en politieke organisaties, belangen- en ideële organisaties, hobbyclubs"},
    {"95", "S", "Reparatie van computers en consumentenartikelen"},
    {"96", "S", "Wellness en overige dienstverlening; uitvaartbranche"},
    {"97", "T", "Huishoudens als werkgever van huishoudelijk personeel"},
    {"98", "T", "Niet-gespecificeerde productie van goederen en diensten door particuliere huishoudens voor eigen gebruik"},
    {"99", "U", "Extraterritoriale organisaties en lichamen"},
};

// COROP areas 2025: statcode and statnaam of CBS/Kadaster coropgebied_2025 (Bron: CBS/Kadaster).
constexpr const char* kCorop[][2] = {
    {"CR01", "Oost-Groningen"},
    {"CR02", "Delfzijl en omgeving"},
    {"CR03", "Overig Groningen"},
    {"CR04", "Noord-Friesland"},
    {"CR05", "Zuidwest-Friesland"},
    {"CR06", "Zuidoost-Friesland"},
    {"CR07", "Noord-Drenthe"},
    {"CR08", "Zuidoost-Drenthe"},
    {"CR09", "Zuidwest-Drenthe"},
    {"CR10", "Noord-Overijssel"},
    {"CR11", "Zuidwest-Overijssel"},
    {"CR12", "Twente"},
    {"CR13", "Veluwe"},
    {"CR14", "Achterhoek"},
    {"CR15", "Arnhem/Nijmegen"},
    {"CR16", "Zuidwest-Gelderland"},
    {"CR17", "Utrecht"},
    {"CR18", "Kop van Noord-Holland"},
    {"CR19", "Alkmaar en omgeving"},
    {"CR20", "IJmond"},
    {"CR21", "Agglomeratie Haarlem"},
    {"CR22", "Zaanstreek"},
    {"CR23", "Groot-Amsterdam"},
    {"CR24", "Het Gooi en Vechtstreek"},
    {"CR25", "Agglomeratie Leiden en Bollenstreek"},
    {"CR26", "Agglomeratie 's-Gravenhage"},
    {"CR27", "Delft en Westland"},
    {"CR28", "Oost-Zuid-Holland"},
    {"CR29", "Groot-Rijnmond"},
    {"CR30", "Zuidoost-Zuid-Holland"},
    {"CR31", "Zeeuwsch-Vlaanderen"},
    {"CR32", "Overig Zeeland"},
    {"CR33", "West-Noord-Brabant"},
    {"CR34", "Midden-Noord-Brabant"},
    {"CR35", "Noordoost-Noord-Brabant"},
    {"CR36", "Zuidoost-Noord-Brabant"},
    {"CR37", "Noord-Limburg"},
    {"CR38", "Midden-Limburg"},
    {"CR39", "Zuid-Limburg"},
    {"CR40", "Flevoland"},
};

} // namespace

QString sbiSectionName(const QString& letter)
{
    for (const Section& s : kSections)
        if (letter == QLatin1String(s.letter))
            return QString::fromUtf8(s.name);
    return QString();
}

const std::vector<SectorInfo>& sbiDivisions()
{
    static const std::vector<SectorInfo> table = [] {
        std::vector<SectorInfo> t;
        for (const Division& d : kDivisions) {
            const QString section = QString::fromUtf8(d.section);
            t.push_back({QString::fromUtf8(d.code), QString::fromUtf8(d.name), section, sbiSectionName(section)});
        }
        return t;
    }();
    return table;
}

const std::vector<RegionInfo>& coropAreas()
{
    static const std::vector<RegionInfo> table = [] {
        std::vector<RegionInfo> t;
        for (const auto& r : kCorop)
            t.push_back({QString::fromUtf8(r[0]), QString::fromUtf8(r[1])});
        return t;
    }();
    return table;
}

} // namespace regio::economy
