#pragma once
// The interface language: Dutch (the source language of every text) or English. Installs the
// translators of the app (regioverkenner_<lang>.qm, embedded under :/i18n) and Qt's own texts
// (qtbase_<lang>.qm from Debian's qt6-translations-l10n) on the running QCoreApplication, so that
// tr() in ui/ and QCoreApplication::translate() in core/ give the chosen language. QtCore only.
#include <QLocale>
#include <QString>

#include <optional>

namespace regio::i18n {

enum class Language { Dutch, English };

// "nl" or "en".
QString languageCode(Language language);
// "nl"/"en" (also "nl_NL", "en-GB", case-insensitive) → language; anything else → nullopt.
std::optional<Language> languageFromCode(const QString& code);
// English when the system locale's language is English, Dutch for every other locale.
Language systemLanguage();

// Replaces the translators installed by an earlier call. Returns false when the app's own
// translation could not be loaded (Dutch needs none: it is the source language). Qt's own
// texts are best effort (without qt6-translations-l10n, Qt's buttons stay English).
bool setLanguage(Language language);
Language currentLanguage();

// A text that comes with the built-in data (the default register's title, the source line stored
// in the CBS panel, the region file's attribution) in the interface language: translated when the
// .ts has it under `context`, else as it is (the user's own files keep their words).
QString builtInText(const char* context, const QString& text);

// The locale for numbers and dates in texts of the current language (decimal comma in Dutch).
QLocale textLocale();

} // namespace regio::i18n
