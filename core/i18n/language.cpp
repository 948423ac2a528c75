#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace regio::i18n {

namespace {

Language g_current = Language::Dutch;
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;

void remove(std::unique_ptr<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

} // namespace

QString languageCode(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("nl");
}

std::optional<Language> languageFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower().left(2);
    if (c == QLatin1String("nl") && (code.size() == 2 || code.at(2) == QLatin1Char('_') || code.at(2) == QLatin1Char('-')))
        return Language::Dutch;
    if (c == QLatin1String("en") && (code.size() == 2 || code.at(2) == QLatin1Char('_') || code.at(2) == QLatin1Char('-')))
        return Language::English;
    return std::nullopt;
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::English ? Language::English : Language::Dutch;
}

bool setLanguage(Language language)
{
    remove(g_app);
    remove(g_qt);
    g_current = language;
    bool ok = true;
    if (language == Language::English) {
        g_app = std::make_unique<QTranslator>();
        if (g_app->load(QStringLiteral(":/i18n/regioverkenner_en.qm")))
            QCoreApplication::installTranslator(g_app.get());
        else {
            g_app.reset();
            ok = false;
        }
    }
    // Qt's own texts ("Cancel", the file dialog) in the same language. Qt's source texts are
    // English, so only Dutch needs a file.
    if (language == Language::Dutch) {
        g_qt = std::make_unique<QTranslator>();
        if (g_qt->load(QStringLiteral("qtbase_nl"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qt.get());
        else
            g_qt.reset();
    }
    return ok;
}

Language currentLanguage()
{
    return g_current;
}

namespace {
// Built-in data texts, for lupdate (the data files store the Dutch words).
[[maybe_unused]] const char* const kBuiltInTexts[] = {
    QT_TRANSLATE_NOOP("regio::registry", "Standaardregister samenwerkingsverbanden"),
    QT_TRANSLATE_NOOP("regio::economy", "Bron: CBS StatLine, tabel 83582NED (CC BY 4.0)"),
};
} // namespace

QString builtInText(const char* context, const QString& text)
{
    return text.isEmpty() ? text : QCoreApplication::translate(context, text.toUtf8().constData());
}

QLocale textLocale()
{
    return g_current == Language::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                          : QLocale(QLocale::Dutch, QLocale::Netherlands);
}

} // namespace regio::i18n
