#include "economy/classification.h"

#include <QCoreApplication>

namespace regio::economy {

namespace {

struct Section {
    const char* letter;
    const char* name;
};

// SBI 2008 sections (CBS, Standaard Bedrijfsindeling 2008).
constexpr Section kSections[] = {
    {"A", QT_TRANSLATE_NOOP("regio::economy::sbi", "Landbouw, bosbouw en visserij")},
    {"B", QT_TRANSLATE_NOOP("regio::economy::sbi", "Winning van delfstoffen")},
    {"C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Industrie")},
    {"D", QT_TRANSLATE_NOOP("regio::economy::sbi", "Productie en distributie van en handel in elektriciteit, aardgas, stoom en gekoelde lucht")},
    {"E", QT_TRANSLATE_NOOP("regio::economy::sbi", "Winning en distributie van water; afval- en afvalwaterbeheer en sanering")},
    {"F", QT_TRANSLATE_NOOP("regio::economy::sbi", "Bouwnijverheid")},
    {"G", QT_TRANSLATE_NOOP("regio::economy::sbi", "Groot- en detailhandel; reparatie van auto's")},
    {"H", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervoer en opslag")},
    {"I", QT_TRANSLATE_NOOP("regio::economy::sbi", "Logies-, maaltijd- en drankverstrekking")},
    {"J", QT_TRANSLATE_NOOP("regio::economy::sbi", "Informatie en communicatie")},
    {"K", QT_TRANSLATE_NOOP("regio::economy::sbi", "Financiële instellingen")},
    {"L", QT_TRANSLATE_NOOP("regio::economy::sbi", "Verhuur van en handel in onroerend goed")},
    {"M", QT_TRANSLATE_NOOP("regio::economy::sbi", "Advisering, onderzoek en overige specialistische zakelijke dienstverlening")},
    {"N", QT_TRANSLATE_NOOP("regio::economy::sbi", "Verhuur van roerende goederen en overige zakelijke dienstverlening")},
    {"O", QT_TRANSLATE_NOOP("regio::economy::sbi", "Openbaar bestuur, overheidsdiensten en verplichte sociale verzekeringen")},
    {"P", QT_TRANSLATE_NOOP("regio::economy::sbi", "Onderwijs")},
    {"Q", QT_TRANSLATE_NOOP("regio::economy::sbi", "Gezondheids- en welzijnszorg")},
    {"R", QT_TRANSLATE_NOOP("regio::economy::sbi", "Cultuur, sport en recreatie")},
    {"S", QT_TRANSLATE_NOOP("regio::economy::sbi", "Overige dienstverlening")},
    {"T", QT_TRANSLATE_NOOP("regio::economy::sbi", "Huishoudens als werkgever; niet-gedifferentieerde productie van goederen en diensten door "
          "huishoudens voor eigen gebruik")},
    {"U", QT_TRANSLATE_NOOP("regio::economy::sbi", "Extraterritoriale organisaties en lichamen")},
};

struct Division {
    const char* code;
    const char* section;
    const char* name;
};

// SBI 2008 divisions (afdelingen). SBI 2008 has no divisions 04, 05, 07 (no such activity in NL).
constexpr Division kDivisions[] = {
    {"01", "A", QT_TRANSLATE_NOOP("regio::economy::sbi", "Landbouw, jacht en dienstverlening voor de landbouw en jacht")},
    {"02", "A", QT_TRANSLATE_NOOP("regio::economy::sbi", "Bosbouw, exploitatie van bossen en dienstverlening voor de bosbouw")},
    {"03", "A", QT_TRANSLATE_NOOP("regio::economy::sbi", "Visserij en kweken van vis en schaaldieren")},
    {"06", "B", QT_TRANSLATE_NOOP("regio::economy::sbi", "Winning van aardolie en aardgas")},
    {"08", "B", QT_TRANSLATE_NOOP("regio::economy::sbi", "Winning van delfstoffen (geen olie en gas)")},
    {"09", "B", QT_TRANSLATE_NOOP("regio::economy::sbi", "Dienstverlening voor de winning van delfstoffen")},
    {"10", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van voedingsmiddelen")},
    {"11", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van dranken")},
    {"12", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van tabaksproducten")},
    {"13", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van textiel")},
    {"14", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van kleding")},
    {"15", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van leer, lederwaren en schoenen")},
    {"16", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Primaire houtbewerking en vervaardiging van artikelen van hout, kurk, riet en vlechtwerk (geen meubels)")},
    {"17", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van papier, karton en papier- en kartonwaren")},
    {"18", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Drukkerijen, reproductie van opgenomen media")},
    {"19", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van cokesovenproducten en aardolieverwerking")},
    {"20", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van chemische producten")},
    {"21", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van farmaceutische grondstoffen en producten")},
    {"22", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van producten van rubber en kunststof")},
    {"23", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van overige niet-metaalhoudende minerale producten")},
    {"24", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van metalen in primaire vorm")},
    {"25", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van producten van metaal (geen machines en apparaten)")},
    {"26", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van computers en van elektronische en optische apparatuur")},
    {"27", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van elektrische apparatuur")},
    {"28", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van overige machines en apparaten")},
    {"29", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van auto's, aanhangwagens en opleggers")},
    {"30", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van overige transportmiddelen")},
    {"31", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van meubels")},
    {"32", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervaardiging van overige goederen")},
    {"33", "C", QT_TRANSLATE_NOOP("regio::economy::sbi", "Reparatie en installatie van machines en apparaten")},
    {"35", "D", QT_TRANSLATE_NOOP("regio::economy::sbi", "Productie en distributie van en handel in elektriciteit, aardgas, stoom en gekoelde lucht")},
    {"36", "E", QT_TRANSLATE_NOOP("regio::economy::sbi", "Winning en distributie van water")},
    {"37", "E", QT_TRANSLATE_NOOP("regio::economy::sbi", "Afvalwaterinzameling en -behandeling")},
    {"38", "E", QT_TRANSLATE_NOOP("regio::economy::sbi", "Afvalinzameling en -behandeling; voorbereiding tot recycling")},
    {"39", "E", QT_TRANSLATE_NOOP("regio::economy::sbi", "Sanering en overig afvalbeheer")},
    {"41", "F", QT_TRANSLATE_NOOP("regio::economy::sbi", "Algemene burgerlijke en utiliteitsbouw en projectontwikkeling")},
    {"42", "F", QT_TRANSLATE_NOOP("regio::economy::sbi", "Grond-, water- en wegenbouw (geen grondverzet)")},
    {"43", "F", QT_TRANSLATE_NOOP("regio::economy::sbi", "Gespecialiseerde werkzaamheden in de bouw")},
    {"45", "G", QT_TRANSLATE_NOOP("regio::economy::sbi", "Handel in en reparatie van auto's, motorfietsen en aanhangers")},
    {"46", "G", QT_TRANSLATE_NOOP("regio::economy::sbi", "Groothandel en handelsbemiddeling (niet in auto's en motorfietsen)")},
    {"47", "G", QT_TRANSLATE_NOOP("regio::economy::sbi", "Detailhandel (niet in auto's)")},
    {"49", "H", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervoer over land")},
    {"50", "H", QT_TRANSLATE_NOOP("regio::economy::sbi", "Vervoer over water")},
    {"51", "H", QT_TRANSLATE_NOOP("regio::economy::sbi", "Luchtvaart")},
    {"52", "H", QT_TRANSLATE_NOOP("regio::economy::sbi", "Opslag en dienstverlening voor vervoer")},
    {"53", "H", QT_TRANSLATE_NOOP("regio::economy::sbi", "Post en koeriers")},
    {"55", "I", QT_TRANSLATE_NOOP("regio::economy::sbi", "Logiesverstrekking")},
    {"56", "I", QT_TRANSLATE_NOOP("regio::economy::sbi", "Eet- en drinkgelegenheden")},
    {"58", "J", QT_TRANSLATE_NOOP("regio::economy::sbi", "Uitgeverijen")},
    {"59", "J", QT_TRANSLATE_NOOP("regio::economy::sbi", "Productie en distributie van films en televisieprogramma's; maken en uitgeven van geluidsopnamen")},
    {"60", "J", QT_TRANSLATE_NOOP("regio::economy::sbi", "Verzorgen en uitzenden van radio- en televisieprogramma's")},
    {"61", "J", QT_TRANSLATE_NOOP("regio::economy::sbi", "Telecommunicatie")},
    {"62", "J", QT_TRANSLATE_NOOP("regio::economy::sbi", "Dienstverlenende activiteiten op het gebied van informatietechnologie")},
    {"63", "J", QT_TRANSLATE_NOOP("regio::economy::sbi", "Dienstverlenende activiteiten op het gebied van informatie")},
    {"64", "K", QT_TRANSLATE_NOOP("regio::economy::sbi", "Financiële instellingen (geen verzekeringen en pensioenfondsen)")},
    {"65", "K", QT_TRANSLATE_NOOP("regio::economy::sbi", "Verzekeringen en pensioenfondsen (geen verplichte sociale verzekeringen)")},
    {"66", "K", QT_TRANSLATE_NOOP("regio::economy::sbi", "Overige financiële dienstverlening")},
    {"68", "L", QT_TRANSLATE_NOOP("regio::economy::sbi", "Verhuur van en handel in onroerend goed")},
    {"69", "M", QT_TRANSLATE_NOOP("regio::economy::sbi", "Rechtskundige dienstverlening, accountancy, belastingadvisering en administratie")},
    {"70", "M", QT_TRANSLATE_NOOP("regio::economy::sbi", "Holdings (geen financiële), concerndiensten binnen eigen concern en managementadvisering")},
    {"71", "M", QT_TRANSLATE_NOOP("regio::economy::sbi", "Architecten, ingenieurs en technisch ontwerp en advies; keuring en controle")},
    {"72", "M", QT_TRANSLATE_NOOP("regio::economy::sbi", "Speur- en ontwikkelingswerk")},
    {"73", "M", QT_TRANSLATE_NOOP("regio::economy::sbi", "Reclame en marktonderzoek")},
    {"74", "M", QT_TRANSLATE_NOOP("regio::economy::sbi", "Industrieel ontwerp en vormgeving, fotografie, vertaling en overige consultancy")},
    {"75", "M", QT_TRANSLATE_NOOP("regio::economy::sbi", "Veterinaire dienstverlening")},
    {"77", "N", QT_TRANSLATE_NOOP("regio::economy::sbi", "Verhuur en lease van auto's, consumentenartikelen, machines en overige roerende goederen")},
    {"78", "N", QT_TRANSLATE_NOOP("regio::economy::sbi", "Arbeidsbemiddeling, uitzendbureaus en personeelsbeheer")},
    {"79", "N", QT_TRANSLATE_NOOP("regio::economy::sbi", "Reisbemiddeling, reisorganisatie, toeristische informatie en reserveringsbureaus")},
    {"80", "N", QT_TRANSLATE_NOOP("regio::economy::sbi", "Beveiliging en opsporing")},
    {"81", "N", QT_TRANSLATE_NOOP("regio::economy::sbi", "Facility management, reiniging en landschapsverzorging")},
    {"82", "N", QT_TRANSLATE_NOOP("regio::economy::sbi", "Overige zakelijke dienstverlening")},
    {"84", "O", QT_TRANSLATE_NOOP("regio::economy::sbi", "Openbaar bestuur, overheidsdiensten en verplichte sociale verzekeringen")},
    {"85", "P", QT_TRANSLATE_NOOP("regio::economy::sbi", "Onderwijs")},
    {"86", "Q", QT_TRANSLATE_NOOP("regio::economy::sbi", "Gezondheidszorg")},
    {"87", "Q", QT_TRANSLATE_NOOP("regio::economy::sbi", "Verpleging, verzorging en begeleiding met overnachting")},
    {"88", "Q", QT_TRANSLATE_NOOP("regio::economy::sbi", "Maatschappelijke dienstverlening zonder overnachting")},
    {"90", "R", QT_TRANSLATE_NOOP("regio::economy::sbi", "Kunst")},
    {"91", "R", QT_TRANSLATE_NOOP("regio::economy::sbi", "Culturele uitleencentra, openbare archieven, musea, dieren- en plantentuinen, natuurbehoud")},
    {"92", "R", QT_TRANSLATE_NOOP("regio::economy::sbi", "Loterijen en kansspelen")},
    {"93", "R", QT_TRANSLATE_NOOP("regio::economy::sbi", "Sport en recreatie")},
    {"94", "S", QT_TRANSLATE_NOOP("regio::economy::sbi", "Levensbeschouwelijke en politieke organisaties, belangen- en ideële organisaties, hobbyclubs")},
    {"95", "S", QT_TRANSLATE_NOOP("regio::economy::sbi", "Reparatie van computers en consumentenartikelen")},
    {"96", "S", QT_TRANSLATE_NOOP("regio::economy::sbi", "Wellness en overige dienstverlening; uitvaartbranche")},
    {"97", "T", QT_TRANSLATE_NOOP("regio::economy::sbi", "Huishoudens als werkgever van huishoudelijk personeel")},
    {"98", "T", QT_TRANSLATE_NOOP("regio::economy::sbi", "Niet-gespecificeerde productie van goederen en diensten door particuliere huishoudens voor eigen gebruik")},
    {"99", "U", QT_TRANSLATE_NOOP("regio::economy::sbi", "Extraterritoriale organisaties en lichamen")},
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
