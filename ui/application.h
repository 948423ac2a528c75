#pragma once
// Start-up of the GUI: command-line options (--screenshot, --select, --layer, --tab, --size),
// settings, translations, and the main window.
namespace regio::ui {

int runApplication(int argc, char** argv);

} // namespace regio::ui
