// The interface language (issue 12): the main window in English and in Dutch — menus, tabs,
// docks, every menu action, Qt's own buttons and core sentences follow i18n::setLanguage.
#include <doctest/doctest.h>

#include "coverage/coverage.h"
#include "i18n/language.h"
#include "regions/region_model.h"
#include "registry/body.h"
#include "ui/main_window.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>

#include <set>

using namespace regio;
using namespace regio::ui;

namespace {

struct WindowTexts {
    QStringList menus;   // menu bar titles
    QStringList tabs;    // the main tabs
    QStringList docks;   // dock titles
    QStringList actions; // every action of every menu, depth first, separators left out
};

void collect(const QMenu* menu, QStringList& out)
{
    for (const QAction* a : menu->actions()) {
        if (a->isSeparator())
            continue;
        out << a->text();
        if (a->menu())
            collect(a->menu(), out);
    }
}

WindowTexts textsOf(i18n::Language language)
{
    REQUIRE(i18n::setLanguage(language));
    StartOptions options;
    options.restoreSettings = false;
    MainWindow window(RegionModel::embedded(), options);
    WindowTexts t;
    for (const QAction* a : window.menuBar()->actions()) {
        t.menus << a->text();
        if (a->menu())
            collect(a->menu(), t.actions);
    }
    QTabWidget* tabs = nullptr;
    for (QTabWidget* w : window.findChildren<QTabWidget*>())
        if (!tabs || w->count() > tabs->count())
            tabs = w;
    REQUIRE(tabs != nullptr);
    for (int i = 0; i < tabs->count(); ++i)
        t.tabs << tabs->tabText(i);
    for (const QDockWidget* d : window.findChildren<QDockWidget*>())
        t.docks << d->windowTitle();
    return t;
}

} // namespace

TEST_CASE("The main window in English: menus, tabs, docks and menu actions are English")
{
    const WindowTexts en = textsOf(i18n::Language::English);
    const WindowTexts nl = textsOf(i18n::Language::Dutch);
    i18n::setLanguage(i18n::Language::Dutch); // the other tests expect the source language

    CHECK(en.menus == QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Help")});
    CHECK(nl.menus == QStringList{QStringLiteral("&Bestand"), QStringLiteral("Be&werken"), QStringLiteral("Beel&d"), QStringLiteral("&Help")});
    CHECK(en.tabs.contains(QStringLiteral("Map")));
    CHECK(en.tabs.contains(QStringLiteral("Triangle")));
    CHECK(en.tabs.contains(QStringLiteral("Economy")));
    CHECK(en.tabs.contains(QStringLiteral("Agenda")));
    CHECK(en.tabs.contains(QStringLiteral("Relatedness")));
    CHECK(nl.tabs.contains(QStringLiteral("Kaart")));
    CHECK(nl.tabs.contains(QStringLiteral("Verwantschap")));
    CHECK(nl.tabs.contains(QStringLiteral("Economie")));
    CHECK(std::set<QString>(en.docks.begin(), en.docks.end()) == std::set<QString>{QStringLiteral("Details"), QStringLiteral("Register"), QStringLiteral("Layers")});
    CHECK(nl.docks.contains(QStringLiteral("Lagen")));

    // Every menu action differs between the languages, except the words both languages share
    // and the language names themselves.
    REQUIRE(en.actions.size() == nl.actions.size());
    REQUIRE(en.actions.size() > 30);
    const std::set<QString> same{QStringLiteral("&Help"), QStringLiteral("Nederlands"), QStringLiteral("English"),
                                 QStringLiteral("Register"), QStringLiteral("Details")};
    for (qsizetype i = 0; i < en.actions.size(); ++i) {
        if (same.count(en.actions[i]) || en.actions[i].isEmpty())
            continue;
        // Data-driven items (recent files, levels as CBS names) are allowed to be equal.
        if (en.actions[i] == nl.actions[i] && !en.actions[i].contains(QLatin1Char('/')))
            FAIL_CHECK("menu action not translated: " << en.actions[i].toStdString());
    }
    CHECK(en.actions.contains(QStringLiteral("&Quit")));
    CHECK(en.actions.contains(QStringLiteral("&Language")));
    CHECK(nl.actions.contains(QStringLiteral("&Taal")));
}

TEST_CASE("Qt's own buttons and core sentences follow the language")
{
    REQUIRE(i18n::setLanguage(i18n::Language::English));
    QDialogButtonBox en(QDialogButtonBox::Cancel);
    CHECK(en.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')) == QStringLiteral("Cancel"));
    CHECK(registry::label(registry::Domain::Onderwijs) == QStringLiteral("Education"));
    CHECK(levelLabelPlural(Level::Gemeente) == QStringLiteral("Municipalities"));
    coverage::CoverageResult empty;
    const QStringList gapsEn = coverage::gaps(empty);
    REQUIRE(!gapsEn.isEmpty());
    CHECK(gapsEn.front() == QStringLiteral("No partnership at all"));
    CHECK(i18n::textLocale().toString(2.5, 'f', 1) == QStringLiteral("2.5"));

    REQUIRE(i18n::setLanguage(i18n::Language::Dutch));
    CHECK(registry::label(registry::Domain::Onderwijs) == QStringLiteral("Onderwijs"));
    CHECK(coverage::gaps(empty).front() == QStringLiteral("Geen enkel samenwerkingsverband"));
    CHECK(i18n::textLocale().toString(2.5, 'f', 1) == QStringLiteral("2,5"));
    QDialogButtonBox nl(QDialogButtonBox::Cancel);
    const QString cancel = nl.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&'));
    if (cancel == QStringLiteral("Cancel"))
        MESSAGE("qtbase_nl.qm ontbreekt (qt6-translations-l10n): Qt's knoppen blijven Engels");
    else
        CHECK(cancel == QStringLiteral("Annuleren"));
}

TEST_CASE("Language codes")
{
    CHECK(i18n::languageFromCode(QStringLiteral("en")) == i18n::Language::English);
    CHECK(i18n::languageFromCode(QStringLiteral("en_GB")) == i18n::Language::English);
    CHECK(i18n::languageFromCode(QStringLiteral("NL")) == i18n::Language::Dutch);
    CHECK(i18n::languageFromCode(QStringLiteral("nl-BE")) == i18n::Language::Dutch);
    CHECK_FALSE(i18n::languageFromCode(QStringLiteral("fr")).has_value());
    CHECK_FALSE(i18n::languageFromCode(QStringLiteral("english")).has_value());
    CHECK(i18n::languageCode(i18n::Language::English) == QStringLiteral("en"));
}
