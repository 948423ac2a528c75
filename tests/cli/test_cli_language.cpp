// regio --lang: messages and the region profile in English or Dutch (issue 12, translations).
#include <doctest/doctest.h>

#include "cli_run.h"

#include "i18n/language.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <optional>
#include <utility>

using namespace regio;

namespace {

std::optional<QString> pdfText(const QString& pdf)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return std::nullopt;
    // Typographic ligatures from the font (ﬁ, ﬃ …) expanded, as a reader would search.
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    const std::pair<char16_t, const char*> ligatures[] = {{u'\uFB00', "ff"}, {u'\uFB01', "fi"}, {u'\uFB02', "fl"},
                                                          {u'\uFB03', "ffi"}, {u'\uFB04', "ffl"}};
    for (const auto& [ligature, letters] : ligatures)
        text.replace(QChar(ligature), QLatin1String(letters));
    return text.simplified();
}

} // namespace

TEST_CASE("regio report --lang en: an English region profile, the Dutch one without it")
{
    QTemporaryDir dir;
    const QString en = dir.filePath(QStringLiteral("en.pdf"));
    const QString nl = dir.filePath(QStringLiteral("nl.pdf"));
    const test::CliResult r = test::runRegio({QStringLiteral("report"), QStringLiteral("--lang"), QStringLiteral("en"),
                                              QStringLiteral("--region"), QStringLiteral("AM28"), QStringLiteral("--out"), en});
    REQUIRE(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("pages)")));
    // The language is per run: the next run without --lang is Dutch again (the test locale is C).
    const test::CliResult d = test::runRegio({QStringLiteral("report"), QStringLiteral("--region"), QStringLiteral("AM28"),
                                              QStringLiteral("--out"), nl});
    REQUIRE(d.code == 0);
    CHECK(d.err.contains(QStringLiteral("pagina's")));
    CHECK(i18n::currentLanguage() == i18n::Language::Dutch);

    const auto english = pdfText(en);
    const auto dutch = pdfText(nl);
    if (!english || !dutch) {
        MESSAGE("poppler-utils ontbreekt: PDF-inhoud niet gecontroleerd");
        return;
    }
    for (const char* phrase : {"Region profile Zuidoost-Brabant", "Partnerships and sources", "Sources and method",
                               "Economic structure 2024", "Partnerships that can act", "Demonstration data — not official statistics",
                               "Economy – education – labour market triangle", "page 1 of"})
        CHECK_MESSAGE(english->contains(QString::fromUtf8(phrase)), phrase);
    for (const char* phrase : {"Regioprofiel", "Samenwerkingsverbanden en bronnen", "Bronnen en methode", "Economische structuur",
                               "Verbanden die kunnen handelen", "Demonstratiedata", "pagina 1 van"})
        CHECK_MESSAGE(!english->contains(QString::fromUtf8(phrase)), phrase);
    CHECK(dutch->contains(QStringLiteral("Regioprofiel Zuidoost-Brabant")));
    CHECK(dutch->contains(QStringLiteral("Bronnen en methode")));
    CHECK_FALSE(dutch->contains(QStringLiteral("Sources and method")));
}

TEST_CASE("regio --lang: messages in the chosen language, a wrong value is a usage error")
{
    const test::CliResult en = test::runRegio({QStringLiteral("--lang=en"), QStringLiteral("report"), QStringLiteral("--region"),
                                               QStringLiteral("XX01"), QStringLiteral("--out"), QStringLiteral("x.pdf")});
    CHECK(en.code == 2);
    CHECK(en.err.contains(QStringLiteral("unknown region code 'XX01'")));
    const test::CliResult nl = test::runRegio({QStringLiteral("report"), QStringLiteral("--region"), QStringLiteral("XX01"),
                                               QStringLiteral("--out"), QStringLiteral("x.pdf"), QStringLiteral("--lang"), QStringLiteral("nl")});
    CHECK(nl.code == 2);
    CHECK(nl.err.contains(QStringLiteral("onbekende regiocode 'XX01'")));
    const test::CliResult help = test::runRegio({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("Usage: regio <command> [options]")));
    CHECK(help.out.contains(QStringLiteral("region profile as PDF")));
    const test::CliResult bad = test::runRegio({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("regions")});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("--lang")));
}
