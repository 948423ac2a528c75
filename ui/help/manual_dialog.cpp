#include "ui/help/manual_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QMap>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace regio::ui {

QString shortcutTableHtml(const QList<QAction*>& actions)
{
    // One row per key; an action in a menu and on the window is listed once.
    QMap<QString, QString> rows;
    for (const QAction* a : actions) {
        if (!a || a->shortcuts().isEmpty())
            continue;
        QString text = a->text();
        text.remove(QLatin1Char('&'));
        text.remove(QStringLiteral("…"));
        if (text.isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        rows.insert(text, keys.join(QStringLiteral(", ")));
    }
    QString html = QStringLiteral("<table cellpadding='4' cellspacing='0' border='1' style='border-collapse:collapse'>");
    html += QObject::tr("<tr><th align='left'>Toets</th><th align='left'>Wat</th></tr>");
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(it.value().toHtmlEscaped(), it.key().toHtmlEscaped());
    html += QStringLiteral("</table>");
    return html;
}

ManualDialog::ManualDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Handleiding — Regioverkenner"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("manualText"));
    m_browser->setOpenExternalLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
    setActions({});
}

QString ManualDialog::html() const
{
    return m_browser->toHtml();
}

void ManualDialog::showSection(const QString& anchor)
{
    m_browser->scrollToAnchor(anchor);
}

void ManualDialog::setActions(const QList<QAction*>& actions)
{
    QString html;
    html += tr("<h2>Handleiding Regioverkenner</h2>"
               "<p>Regioverkenner laat zien welke samenwerkingsverbanden de driehoek economie – onderwijs – "
               "arbeidsmarkt afdekken in een gemeente of regio, wie aan tafel zit, en hoe sectoren verwant zijn. "
               "Alles werkt met muis of alleen met het toetsenbord.</p>"
               "<p><a href='#zoeken'>Een gebied vinden</a> · <a href='#driehoek'>De driehoek lezen</a> · "
               "<a href='#economie'>De economie van een gebied</a> · <a href='#agenda'>De agenda</a> · "
               "<a href='#vergelijken'>Regio's vergelijken</a> · <a href='#presenteren'>Presenteren</a> · "
               "<a href='#exporteren'>Exporteren</a> · <a href='#register'>Het register bewerken</a> · "
               "<a href='#importeren'>Eigen gegevens inlezen</a> · <a href='#sneltoetsen'>Sneltoetsen</a></p>");
    html += tr("<h3><a name='zoeken'></a>Een gebied vinden</h3>"
               "<ol><li>Druk op <b>Ctrl+F</b> (of Bewerken → Zoeken). Het zoekveld staat altijd links in de werkbalk.</li>"
               "<li>Typ het begin van de naam (<i>Harde</i>) of de CBS-code (<i>GM0160</i>, <i>CR23</i>, <i>AM18</i>, "
               "<i>PV27</i>). Namen die met uw tekst beginnen staan bovenaan, daarna namen met een woord dat ermee "
               "begint, daarna de rest.</li>"
               "<li>Kies met de pijltjes en <b>Enter</b>; Enter zonder keuze neemt de bovenste.</li></ol>"
               "<p>Het zoekveld vindt ook samenwerkingsverbanden: kiest u er een, dan ziet u het werkgebied omlijnd op "
               "de kaart. <b>Esc</b> op de kaart of Beeld → <i>Werkgebied van verband wissen</i> haalt de omlijning weg.</p>"
               "<p>Op de kaart: klik om te selecteren, scrollwiel of <b>+</b>/<b>-</b> om te zoomen, pijltjes om te "
               "schuiven, <b>Home</b> voor heel Nederland. <b>Ctrl+1</b> … <b>Ctrl+4</b> kiezen de indeling "
               "(gemeenten, provincies, COROP-gebieden, arbeidsmarktregio's). Het paneel <i>Details</i> toont de "
               "lidmaatschappen van de selectie en de samenwerkingsverbanden die haar dekken, van kleine naar grote "
               "schaal, als koppelingen.</p>");
    html += tr("<h3><a name='driehoek'></a>De driehoek lezen</h3>"
               "<p>Het tabblad <i>Driehoek</i> toont voor de selectie de drie hoeken <b>Economie</b>, <b>Onderwijs</b> "
               "en <b>Arbeidsmarkt</b> (SER 2017). Een verband dat één domein bestrijkt staat bij de hoek, een verband "
               "van twee domeinen op de zijde ertussen, een verband van alle drie in het midden (<i>integraal</i>). "
               "Een grijze hoek betekent dat geen verband dat domein afdekt.</p>"
               "<p>Naast de driehoek staan de lacunes en de overlap in woorden; is er te weinig ruimte, klik dan op "
               "die tekst voor de volledige lijst. Daaronder:</p>"
               "<ul><li><i>Aan tafel</i>: welke partijen (gemeenten, provincie, UWV, bedrijfsleven, onderwijs, "
               "werkgevers- en werknemersorganisaties …) in welk verband zitten, en wie ontbreekt.</li>"
               "<li><i>Schakelen op schalen</i>: voor een gemeente, op welke schaal zij per domein samenwerkt.</li>"
               "<li><i>Samenwerkingsverbanden</i>: de lijst met bron en betrouwbaarheid van elk verband.</li></ul>"
               "<p>Een lange naam staat op twee regels. Wat dan nog niet past, en de verbanden achter "
               "<i>+n</i> of <i>+n meer</i>, leest u in zijn geheel door op het vakje of op "
               "<i>+n</i> te klikken: u krijgt de lijst van dat vak; kies een naam om het werkgebied op de "
               "kaart te zien. Met het toetsenbord: Tab naar de driehoek en <b>Enter</b> geeft alle vakken als menu. "
               "Voor een provincie of regio kiest u bij <i>Schakelen op schalen</i> een van haar gemeenten.</p>");
    html += tr("<h3><a name='economie'></a>De economie van een gebied</h3>"
               "<p>Het tabblad <i>Economie</i> toont de echte economie van de selectie: banen van werknemers per "
               "sector, CBS-tabel 83582NED, 2010–2024. Een COROP-gebied is exact; een provincie en Nederland zijn "
               "sommen van COROP-gebieden; een arbeidsmarktregio of gemeente wordt benaderd met de COROP-gebieden "
               "die haar het best dekken, en dat staat erbij. Kies bovenaan het <b>jaar</b> en het <b>basisjaar</b>.</p>"
               "<ul><li><i>Sectorstructuur</i>: het aandeel van elke sector in het gebied naast dat in Nederland; "
               "LQ (locatiequotiënt) boven 1 = gespecialiseerd.</li>"
               "<li><i>Tabel</i>: banen, aandelen, LQ en de verandering sinds het basisjaar, ontleed in nationale groei, "
               "sectormix en regionaal effect (shift-share), en nieuwe of verloren specialisaties. Klik op een kop om te "
               "sorteren.</li>"
               "<li><i>Ontwikkeling</i>: de banen als index (basisjaar = 100), gebied en Nederland, voor alle banen en "
               "een sector die u kiest.</li>"
               "<li><i>Structuurmaten</i>: verschil met Nederland, concentratie en (on)verwante variëteit, elk met "
               "een uitleg.</li></ul>"
               "<p><i>geheim</i> betekent dat CBS het getal niet publiceert: het is onbekend, niet 0. Bestand → "
               "<i>CBS StatLine-export importeren</i> toont een eigen StatLine-tabel; Bestand → <i>Terug naar de "
               "ingebouwde CBS-gegevens</i> keert terug.</p>");
    html += tr("<h3><a name='agenda'></a>De agenda</h3>"
               "<p>Het tabblad <i>Agenda</i> verbindt de twee helften (SER 2017, 3.2–3.4): waar het gebied sterk in is "
               "(LQ boven 1), welke sterktes bedreigd zijn (trager gegroeid dan de sector landelijk) en waar het in kan "
               "groeien (niet gespecialiseerd, wel verwant aan de specialisaties). Bij elk: de samenwerkingsverbanden die "
               "erop kunnen handelen, welk deel van het gebied zij dekken en wie er <b>aan tafel ontbreekt</b>. "
               "Bovenaan staat wat ontbreekt in woorden, onderaan de schaal per domein en de buren die specialisaties "
               "delen of aanvullen, ook op het kaartje.</p>"
               "<p>Namen zijn koppelingen (klik, of Tab en Enter): een verband toont zijn werkgebied op de kaart, een "
               "buurgebied wordt de selectie. De knop <i>Landelijke kaart</i> kleurt de kaart naar specialisaties zonder "
               "volledige economische tafel over het hele gebied. Het regioprofiel bevat dezelfde agenda op één pagina.</p>");
    html += tr("<h3><a name='vergelijken'></a>Regio's vergelijken</h3>"
               "<p>Het tabblad <i>Verwantschap</i> toont het landelijke sectornetwerk; de specialisaties van het "
               "geselecteerde COROP-gebied (locatiequotiënt boven 1) zijn gekleurd. De economie is per COROP-gebied: "
               "een gemeente toont het COROP-gebied waarin zij ligt. Kies een tweede regio om beide netwerken naast "
               "elkaar te zien (zoals SER fig. B.9 voor Groot-Amsterdam en Groot-Rijnmond). De grafieken tonen de "
               "SWOT-indeling, de hoogste locatiequotiënten en de kansen. Met de schuif stelt u de drempel voor "
               "verwantschap in.</p>"
               "<p>Zonder eigen gegevens zijn dit <b>demonstratiedata, geen officiële statistiek</b>; dat staat bij "
               "elke grafiek en export.</p>");
    html += tr("<h3><a name='presenteren'></a>Presenteren</h3>"
               "<p><b>F11</b> (of Beeld → Presentatiemodus) vult het scherm met de weergave, in grote letters en met "
               "sterk contrast; de naam van het gebied staat groot bovenaan, werkbalk, zoekveld, tabbladen en panelen "
               "verdwijnen. Met de presenter of het toetsenbord:</p>"
               "<ul><li><b>PageDown</b> / <b>PageUp</b>: volgend / vorig gebied van de indeling (alfabetisch)</li>"
               "<li><b>Ctrl+PageDown</b> / <b>Ctrl+PageUp</b>: volgende / vorige weergave (Kaart, Driehoek, "
               "Economie, Agenda, Verwantschap)</li>"
               "<li><b>Esc</b>: terug naar het venster zoals het was</li></ul>");
    html += tr("<h3><a name='exporteren'></a>Exporteren</h3>"
               "<ul><li><b>Ctrl+Shift+E</b> (Bestand → Exporteren) bewaart de huidige weergave als vector-PDF, SVG "
               "of PNG, met titel, legenda, bron en datum. Bestaat de map nog niet, dan wordt zij gemaakt; lukt "
               "schrijven niet, dan blijft het venster open met de reden.</li>"
               "<li><b>Ctrl+P</b> (Bestand → Exporteer regioprofiel) maakt een PDF van meerdere pagina's over het "
               "geselecteerde gebied.</li>"
               "<li><b>Ctrl+Shift+C</b> kopieert de weergave naar het klembord, voor presentatiesoftware.</li>"
               "<li>Bestand → Grafiek exporteren bewaart één grafiek van Verwantschap.</li>"
               "<li><b>Tabellen naar Excel of CSV</b>: klik met de rechtermuisknop op een tabel (de verbanden in "
               "Driehoek, de tabel en de staafjes van Economie, de agenda, de locatiequotiënten van Verwantschap, "
               "het register) en kies <i>Exporteren naar Excel…</i> of <i>Exporteren als CSV…</i>; of Bestand → "
               "<i>Tabel exporteren</i> voor het huidige tabblad of het hele register. Getallen blijven getallen, "
               "de bron staat onder de tabel, en onbekende of geheime waarden blijven leeg (nooit 0). "
               "<i>CSV met decimale komma</i> schrijft 1,5 in plaats van 1.5, zoals Nederlandse Excel het leest.</li></ul>");
    html += tr("<h3><a name='register'></a>Het register bewerken</h3>"
               "<p>Beeld → <i>Register bewerken</i> opent de lijst van samenwerkingsverbanden met een formulier. "
               "Kies een verband in de tabel, wijzig de velden en pas toe; meldingen staan naast de velden en, "
               "altijd in beeld, bovenaan het formulier (klik op de veldnaam om erheen te gaan). Op een laptop "
               "staan tabel en formulier naast elkaar; de rand boven het register sleept u omhoog voor meer ruimte. Het "
               "werkgebied wijst u aan door gemeenten op de kaart aan te klikken of door indelingen te kiezen. "
               "<b>Ctrl+Z</b> / <b>Ctrl+Y</b> maken ongedaan en opnieuw. Bewaar met <b>Ctrl+S</b> of Bestand → "
               "Register opslaan als; bij afsluiten vraagt het programma wat er met niet-bewaarde wijzigingen moet "
               "gebeuren. Bestand → Standaardregister herstellen gaat terug naar het meegeleverde register. Uw eigen "
               "register gaat bij de volgende start vanzelf weer open; Bestand → Recente registers toont de vorige.</p>");
    html += tr("<h3><a name='importeren'></a>Eigen gegevens inlezen</h3>"
               "<p>Bestand → <i>Werkgelegenheid importeren (CSV)</i> leest werkgelegenheid per regio en sector (breed "
               "of lang formaat); Bestand → <i>Arbeidsstromen importeren (CSV)</i> leest baanwisselaars tussen sectoren. "
               "Een bestand met fouten wordt geweigerd met de regel en de reden; er gaat niets verloren. Na het inlezen "
               "ziet u wat er is ingelezen; de melding bij de grafieken zegt welk deel uw eigen bestand is en welk deel "
               "demonstratiedata. Bestand → <i>Terug naar de demonstratie-economie</i> keert terug. Het formaat "
               "staat in docs/economy.md.</p>"
               "<p>Bestand → <i>CBS StatLine-export importeren</i> leest een tabel van CBS StatLine zoals CBS hem "
               "levert (de CSV van opendata.cbs.nl of Observations.csv van datasets.cbs.nl) voor het tabblad "
               "Economie; heeft het bestand meer maten, dan kiest u er een.</p>");
    html += tr("<h3><a name='sneltoetsen'></a>Sneltoetsen</h3>");
    html += shortcutTableHtml(actions);
    html += tr("<p>Daarnaast op de kaart: pijltjes schuiven, <b>+</b>/<b>-</b> zoomen, <b>Home</b> heel Nederland, "
               "<b>Esc</b> wist de omlijning van een werkgebied.</p>");
    m_browser->setHtml(html);
}

} // namespace regio::ui
