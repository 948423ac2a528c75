#include "ui/application.h"

#include "io/safe_write.h"

#include "i18n/language.h"
#include "io/input_error.h"
#include "regions/region_model.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace regio::ui {

namespace {

bool wantsScreenshot(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    return false;
}

// The value of --lang (also --lang=xx), read before the parser exists: the parser's own help
// texts are translated. Empty when not given.
QString langArgument(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

int fail(const QString& message)
{
    std::fprintf(stderr, "regioverkenner: %s\n", qPrintable(message));
    return 2;
}

QString languageSettingsKey()
{
    return QStringLiteral("ui/language");
}

i18n::Language startLanguage(const QString& langOption, bool useSettings)
{
    if (const auto chosen = i18n::languageFromCode(langOption))
        return *chosen;
    if (useSettings)
        if (const auto saved = i18n::languageFromCode(QSettings().value(languageSettingsKey()).toString()))
            return *saved;
    return i18n::systemLanguage();
}

} // namespace

bool installQtDutchTranslations()
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral("qtbase_nl"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

int runApplication(int argc, char** argv)
{
    // Screenshots are taken without a display unless the caller chose a platform.
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Regioverkenner"));
    QApplication::setOrganizationName(QStringLiteral("Regioverkenner"));
    QApplication::setApplicationVersion(QStringLiteral(REGIO_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/regioverkenner.svg")));
    // Language: --lang, else the choice made in the menu (Beeld → Taal), else the system locale.
    // Without Qt's translation files the app still works, with English system buttons.
    const QString langOption = langArgument(argc, argv);
    if (!langOption.isEmpty() && !i18n::languageFromCode(langOption))
        return fail(QStringLiteral("--lang moet nl of en zijn, niet '%1' / --lang must be nl or en").arg(langOption));
    i18n::setLanguage(startLanguage(langOption, !wantsScreenshot(argc, argv)));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("regio::ui::Application", "Regioverkenner — verkenner van regionale samenwerking in Nederland."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("regio::ui::Application", "Teken het hoofdvenster buiten beeld, sla het op als PNG en sluit af."), QCoreApplication::translate("regio::ui::Application", "bestand"));
    const QCommandLineOption select(QStringLiteral("select"),
        QCoreApplication::translate("regio::ui::Application", "Selecteer bij de start dit gebied (CBS-code, bv. GM0363, CR23)."), QCoreApplication::translate("regio::ui::Application", "code"));
    const QCommandLineOption layer(QStringLiteral("layer"),
        QCoreApplication::translate("regio::ui::Application", "Indeling op de kaart: gemeente, provincie, corop of arbeidsmarktregio."), QCoreApplication::translate("regio::ui::Application", "niveau"));
    const QCommandLineOption tab(QStringLiteral("tab"), QCoreApplication::translate("regio::ui::Application", "Tabblad bij de start: kaart, driehoek, economie, agenda of verwantschap."), QCoreApplication::translate("regio::ui::Application", "tab"));
    const QCommandLineOption size(QStringLiteral("size"),
        QCoreApplication::translate("regio::ui::Application", "Venstergrootte voor --screenshot, BxH (standaard 1600x1000)."), QCoreApplication::translate("regio::ui::Application", "BxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption presentation(QStringLiteral("presentation"),
        QCoreApplication::translate("regio::ui::Application", "Start in presentatiemodus (volledig scherm, grote letters; Esc verlaat)."));
    const QCommandLineOption regions(QStringLiteral("regions"),
        QCoreApplication::translate("regio::ui::Application", "Gemeenten en indelingen van een ander jaar: een .rvg van 'regio convert-regions'."), QStringLiteral("bestand"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("regio::ui::Application", "Taal van de interface: nl of en (standaard: de taal van het systeem of de keuze in het menu)."),
        QStringLiteral("nl|en"));
    parser.addOptions({screenshot, select, layer, tab, size, presentation, regions, lang});
    parser.process(app);

    StartOptions options;
    options.select = parser.value(select);
    options.layer = parser.value(layer);
    options.tab = parser.value(tab);
    if (!options.layer.isEmpty() && !levelFromKey(options.layer))
        return fail(QCoreApplication::translate("regio::ui::Application", "--layer moet gemeente, provincie, corop of arbeidsmarktregio zijn, niet '%1'").arg(options.layer));
    const bool screenshotMode = parser.isSet(screenshot);
    // A screenshot shows exactly what the options ask for, not what the last session left.
    options.restoreSettings = !screenshotMode;

    const RegionModel* model = nullptr;
    if (parser.isSet(regions)) {
        try {
            RegionModel::useRegions(RegionModel::load(parser.value(regions)));
        } catch (const InputError& e) {
            if (!screenshotMode)
                QMessageBox::critical(nullptr, QStringLiteral("Regioverkenner"),
                                      QCoreApplication::translate("Application", "De regio's in %1 kunnen niet worden geladen:\n%2")
                                          .arg(parser.value(regions), e.message()));
            return fail(e.message());
        }
    }
    try {
        model = &RegionModel::embedded();
    } catch (const InputError& e) {
        if (!screenshotMode)
            QMessageBox::critical(nullptr, QStringLiteral("Regioverkenner"),
                                  QCoreApplication::translate("regio::ui::Application", "De ingebouwde regio's kunnen niet worden geladen:\n%1").arg(e.message()));
        return fail(e.message());
    }

    MainWindow window(*model, options);
    if (!options.select.isEmpty() && !model->region(options.select.toUpper()))
        return fail(QCoreApplication::translate("regio::ui::Application", "onbekende regiocode '%1' bij --select").arg(options.select));
    if (!options.tab.isEmpty() && !window.showTab(options.tab))
        return fail(QCoreApplication::translate("regio::ui::Application", "onbekend tabblad '%1' bij --tab").arg(options.tab));

    if (screenshotMode) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
        const auto match = sizePattern.match(parser.value(size));
        if (!match.hasMatch())
            return fail(QCoreApplication::translate("regio::ui::Application", "--size moet BxH zijn, bv. 1920x1080, niet '%1'").arg(parser.value(size)));
        window.show();
        if (parser.isSet(presentation)) {
            // The presentation look at the requested size (offscreen has no real full screen).
            window.setPresentationMode(true);
            window.showNormal();
        }
        window.resize(match.captured(1).toInt(), match.captured(2).toInt());
        QApplication::processEvents();
        if (!options.select.isEmpty())
            window.selectRegion(options.select, true); // zoom once the final size is known
        QApplication::processEvents();
        // Items QtCharts removed with deleteLater (old axes after a restyle) go only when the
        // event loop runs, which a screenshot never starts: delete them before grabbing.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QApplication::processEvents();
        const QImage image = window.grab().toImage();
        const QString path = parser.value(screenshot);
        // Checked to the end like every other write: a full disk never leaves a truncated PNG.
        try {
            io::writeFileAtomically(path, [&image](QIODevice& device) { return image.save(&device, "PNG"); });
        } catch (const InputError& e) {
            return fail(QCoreApplication::translate("regio::ui::Application", "kan schermafdruk niet opslaan: %1").arg(e.message()));
        }
        return 0;
    }

    window.show();
    if (parser.isSet(presentation))
        window.setPresentationMode(true);
    return app.exec();
}

} // namespace regio::ui
