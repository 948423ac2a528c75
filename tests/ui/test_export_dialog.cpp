// The export dialog as a person meets it on a fresh account: the default folder does not exist
// yet, a failed write keeps what was typed, and the buttons speak Dutch.
#include <doctest/doctest.h>

#include "ui/application.h"
#include "ui/export/export_dialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace regio::ui;

namespace {

void useTemporarySettings(const QTemporaryDir& dir)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RegioverkennerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("RegioverkennerExportTest"));
}

QPushButton* button(QDialog& dialog, QDialogButtonBox::StandardButton which)
{
    auto* box = dialog.findChild<QDialogButtonBox*>();
    return box ? box->button(which) : nullptr;
}

} // namespace

TEST_CASE("Export file names carry no colon or other characters a file system refuses")
{
    CHECK(exportFileStem(QStringLiteral("SWOT: specialisatie")) == QStringLiteral("swot-specialisatie"));
    CHECK(exportFileStem(QStringLiteral("SWOT:")) == QStringLiteral("swot"));
    CHECK(exportFileStem(QStringLiteral("Driehoek — 's-Gravenhage")) == QStringLiteral("driehoek-s-gravenhage"));
    CHECK(exportFileStem(QStringLiteral(":/?")) == QStringLiteral("export"));
}

TEST_CASE("Export into a missing default folder succeeds; a failed write keeps the dialog open with the reason")
{
    QTemporaryDir dir;
    useTemporarySettings(dir);
    const QString missing = dir.path() + QStringLiteral("/Documenten/Regioverkenner");
    QSettings().setValue(QStringLiteral("export/folder"), missing);
    QSettings().setValue(QStringLiteral("export/suffix"), QStringLiteral("png"));
    ExportFrame frame;
    frame.title = QStringLiteral("SWOT: test");
    frame.sourceLine = QStringLiteral("Bron: test");
    const ViewRenderer renderer = [](QPainter& painter, const QRectF& target) { painter.fillRect(target, Qt::blue); };

    ExportDialog dialog(exportFileStem(frame.title), nullptr, [&](const QString& path, const ExportOptions& options) {
        return exportView(path, options, frame, renderer);
    });
    CHECK_FALSE(QFileInfo(dialog.path()).fileName().contains(QLatin1Char(':')));
    CHECK(dialog.path().startsWith(missing));
    dialog.show();
    REQUIRE(button(dialog, QDialogButtonBox::Ok));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(QFileInfo(dialog.path()).size() > 0);

    ExportDialog failing(QStringLiteral("kaart"), nullptr,
                         [](const QString&, const ExportOptions&) { return QStringLiteral("de schijf is vol"); });
    failing.show();
    QTest::mouseClick(button(failing, QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(failing.isVisible());
    CHECK(failing.result() != QDialog::Accepted);
    auto* error = failing.findChild<QLabel*>(QStringLiteral("exportError"));
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("de schijf is vol")));
}

// Last in this file: it installs the translation for the rest of the process.
TEST_CASE("Dialog buttons read Dutch: Annuleren")
{
    if (!installQtDutchTranslations()) {
        MESSAGE("qtbase_nl.qm is not installed (Debian: qt6-translations-l10n): skipped");
        return;
    }
    ExportDialog dialog(QStringLiteral("kaart"));
    REQUIRE(button(dialog, QDialogButtonBox::Cancel));
    CHECK(button(dialog, QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')) == QStringLiteral("Annuleren"));
    CHECK(button(dialog, QDialogButtonBox::Ok)->text() == QStringLiteral("Exporteren"));
}
