#pragma once
// Start-up of the GUI: command-line options (--screenshot, --select, --layer, --tab, --size),
// settings, translations, and the main window.
namespace regio::ui {

int runApplication(int argc, char** argv);

// Loads Qt's own Dutch translations (qtbase_nl.qm: "Annuleren", the file dialog), so that no
// English system text appears in a Dutch interface. False when the file is not installed
// (Debian: qt6-translations-l10n).
bool installQtDutchTranslations();

} // namespace regio::ui
