// Beeld → Taal: Nederlands / English. The choice is remembered (QSettings "ui/language") and
// takes effect after a restart, which the dialog offers to do at once.
#include "ui/main_window.h"

#include "i18n/language.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>

namespace regio::ui {

void MainWindow::buildLanguageMenu(QMenu* view)
{
    QMenu* menu = view->addMenu(tr("&Taal"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    group->setExclusive(true);
    const struct {
        i18n::Language language;
        QString label; // each language in its own words, as every program lists them
    } choices[] = {{i18n::Language::Dutch, QStringLiteral("Nederlands")}, {i18n::Language::English, QStringLiteral("English")}};
    for (const auto& choice : choices) {
        QAction* action = menu->addAction(choice.label);
        action->setObjectName(QStringLiteral("language_") + i18n::languageCode(choice.language));
        action->setCheckable(true);
        action->setChecked(choice.language == i18n::currentLanguage());
        group->addAction(action);
        const i18n::Language language = choice.language;
        connect(action, &QAction::triggered, this, [this, language] {
            QSettings().setValue(QStringLiteral("ui/language"), i18n::languageCode(language));
            if (language == i18n::currentLanguage())
                return;
            // Said in both languages: the reader may not read the one the window is in now.
            const QString text = language == i18n::Language::English
                ? QStringLiteral("Regioverkenner will be in English after a restart.\n"
                                 "De taal wordt Engels na een herstart.")
                : QStringLiteral("Regioverkenner wordt Nederlands na een herstart.\n"
                                 "Regioverkenner will be in Dutch after a restart.");
            QMessageBox box(QMessageBox::Question, tr("Taal"), text, QMessageBox::NoButton, this);
            QPushButton* now = box.addButton(tr("Nu herstarten"), QMessageBox::AcceptRole);
            box.addButton(tr("Later"), QMessageBox::RejectRole);
            box.setDefaultButton(now);
            box.exec();
            if (box.clickedButton() != now)
                return;
            QStringList arguments = QCoreApplication::arguments().mid(1);
            for (int i = 0; i < arguments.size(); ++i) {
                if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size()) {
                    arguments.remove(i, 2);
                    --i;
                } else if (arguments[i].startsWith(QLatin1String("--lang="))) {
                    arguments.remove(i);
                    --i;
                }
            }
            if (close()) // asks about unsaved registry changes first
                QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
        });
    }
}

} // namespace regio::ui
