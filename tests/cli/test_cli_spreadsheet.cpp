// `--format xlsx` / `excel-csv` / `--decimal-comma` on the table commands (issue 12, item 3): the
// files are read back (xlsx_reader.h) and compared with the machine-readable CSV of the same command.
#include "cli_run.h"

#include "regions/region_model.h"
#include "registry/registry_json.h"
#include "xlsx_reader.h"

#include <doctest/doctest.h>

#include <QFile>
#include <QTemporaryDir>

using regio::test::runRegio;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST_CASE("regio bodies --format xlsx: one row per body of the registry, all fields")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("register.xlsx"));
    const auto r = runRegio({QStringLiteral("bodies"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), path});
    REQUIRE(r.code == 0);
    const regio::registry::Registry registry = regio::registry::loadDefaultRegistry(regio::RegionModel::embedded());
    const regio::test::XlsxBook book = regio::test::readXlsx(readAll(path));
    REQUIRE(book.sheets.size() == 2);
    const auto& sheet = book.sheets[0];
    CHECK(sheet.name == QStringLiteral("Register"));
    // The source and notes on their own sheet: the register sheet holds only the header and bodies.
    CHECK(book.sheets[1].name == QStringLiteral("Toelichting Register"));
    CHECK(book.sheets[1].at(QStringLiteral("A2")).text.startsWith(QStringLiteral("Bron: register")));
    CHECK(sheet.at(QStringLiteral("A1")).text == QStringLiteral("Id"));
    CHECK(sheet.at(QStringLiteral("V1")).text == QStringLiteral("Opmerkingen"));
    // Format version 2 columns after the notes.
    CHECK(sheet.at(QStringLiteral("W1")).text == QStringLiteral("Beëindigd"));
    CHECK(sheet.at(QStringLiteral("AD1")).text == QStringLiteral("Bron geldbronnen"));
    CHECK_FALSE(sheet.has(QStringLiteral("AE1")));
    const int n = int(registry.bodies.size());
    REQUIRE(n > 10);
    for (int i : {0, n / 2, n - 1}) {
        CAPTURE(i);
        CHECK(sheet.at(QStringLiteral("A%1").arg(i + 2)).text == registry.bodies[size_t(i)].id);
        CHECK(sheet.at(QStringLiteral("B%1").arg(i + 2)).text == registry.bodies[size_t(i)].name);
        if (registry.bodies[size_t(i)].founded) {
            CHECK(sheet.at(QStringLiteral("K%1").arg(i + 2)).type == QStringLiteral("n"));
            CHECK(sheet.at(QStringLiteral("K%1").arg(i + 2)).number() == *registry.bodies[size_t(i)].founded);
        } else {
            CHECK_FALSE(sheet.has(QStringLiteral("K%1").arg(i + 2)));
        }
    }
    CHECK_FALSE(sheet.has(QStringLiteral("A%1").arg(n + 2))); // nothing after the last body
    CHECK_FALSE(sheet.has(QStringLiteral("A%1").arg(n + 3)));
}

TEST_CASE("regio coverage --format xlsx: the bodies and the triangle on two sheets")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("dekking.xlsx"));
    const auto r = runRegio({QStringLiteral("coverage"), QStringLiteral("--region"), QStringLiteral("CR23"), QStringLiteral("--format"),
                             QStringLiteral("xlsx"), QStringLiteral("--out"), path});
    REQUIRE(r.code == 0);
    const auto csv = runRegio({QStringLiteral("coverage"), QStringLiteral("--region"), QStringLiteral("CR23"), QStringLiteral("--format"),
                               QStringLiteral("csv")});
    const int bodies = int(csv.out.trimmed().split(QLatin1Char('\n')).size()) - 1;
    const regio::test::XlsxBook book = regio::test::readXlsx(readAll(path));
    REQUIRE(book.sheets.size() == 2);
    CHECK(book.sheets[0].name.startsWith(QStringLiteral("Samenwerkingsverbanden")));
    CHECK(book.sheets[0].name.size() <= 31);
    CHECK(book.sheets[1].name.startsWith(QStringLiteral("Driehoek")));
    CHECK(book.sheets[0].has(QStringLiteral("A%1").arg(bodies + 1)));
    CHECK_FALSE(book.sheets[0].has(QStringLiteral("A%1").arg(bodies + 2)));
    CHECK(book.sheets[0].at(QStringLiteral("I2")).type == QStringLiteral("n"));
}

TEST_CASE("regio economy --decimal-comma: Excel-CSV with BOM and the numbers of the plain CSV")
{
    const QStringList base{QStringLiteral("economy"), QStringLiteral("--region"), QStringLiteral("CR23")};
    const auto plain = runRegio(base);
    const auto excel = runRegio(base + QStringList{QStringLiteral("--decimal-comma")});
    REQUIRE(plain.code == 0);
    REQUIRE(excel.code == 0);
    // (runRegio decodes stdout with fromUtf8, which drops a byte-order mark: the file keeps it.)
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("economie.csv"));
    REQUIRE(runRegio(base + QStringList{QStringLiteral("--decimal-comma"), QStringLiteral("--out"), path}).code == 0);
    const QByteArray file = readAll(path);
    REQUIRE(file.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(file.mid(3)) == (excel.out.startsWith(QChar(0xFEFF)) ? excel.out.mid(1) : excel.out));
    const QStringList lines = QString::fromUtf8(file.mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines[0].startsWith(QStringLiteral("Sectie;Sector;Banen 2024;Aandeel;Aandeel Nederland;LQ;")));
    // Every section's jobs and LQ as in the plain CSV (LQ rounded to 2 decimals, with a comma).
    int compared = 0;
    for (const QString& line : plain.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')) || line.startsWith(QStringLiteral("sector,")) || line.isEmpty())
            continue;
        const auto fields = regio::io::parseCsv(line.toUtf8(), QStringLiteral("plain")).records.front().fields;
        const QString letters = fields[0];
        const auto it = std::find_if(lines.begin(), lines.end(), [&](const QString& l) { return l.startsWith(letters + QLatin1Char(';')); });
        REQUIRE(it != lines.end());
        const auto ours = regio::io::parseCsv(it->toUtf8(), QStringLiteral("excel"), QLatin1Char(';')).records.front().fields;
        CAPTURE(letters.toStdString());
        CHECK(ours[2] == fields[2]); // jobs: whole numbers, "" when secret
        if (!fields[5].isEmpty())
            CHECK(ours[5] == QString::number(fields[5].toDouble(), 'f', 2).replace(QLatin1Char('.'), QLatin1Char(',')));
        else
            CHECK(ours[5].isEmpty());
        ++compared;
    }
    CHECK(compared >= 19);
}

TEST_CASE("regio lq and agenda write XLSX; wrong combinations are usage errors")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString lq = dir.filePath(QStringLiteral("lq.xlsx"));
    REQUIRE(runRegio({QStringLiteral("lq"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), lq}).code == 0);
    const auto book = regio::test::readXlsx(readAll(lq));
    REQUIRE(book.sheets.size() == 1);
    CHECK(book.sheets[0].at(QStringLiteral("A1")).text == QStringLiteral("Regio"));
    CHECK(book.sheets[0].at(QStringLiteral("C2")).type == QStringLiteral("n"));

    const QString agenda = dir.filePath(QStringLiteral("agenda.xlsx"));
    REQUIRE(runRegio({QStringLiteral("agenda"), QStringLiteral("--region"), QStringLiteral("CR23"), QStringLiteral("--format"),
                      QStringLiteral("xlsx"), QStringLiteral("--out"), agenda}).code == 0);
    const auto agendaBook = regio::test::readXlsx(readAll(agenda));
    REQUIRE(agendaBook.sheets.size() == 2);
    CHECK(agendaBook.sheets[1].name.startsWith(QStringLiteral("Lacunes")));

    const auto noOut = runRegio({QStringLiteral("bodies"), QStringLiteral("--format"), QStringLiteral("xlsx")});
    CHECK(noOut.code == 2);
    CHECK(noOut.err.contains(QStringLiteral("--out")));
    CHECK(runRegio({QStringLiteral("bodies"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--decimal-comma")}).code == 2);
    CHECK(runRegio({QStringLiteral("agenda"), QStringLiteral("--all"), QStringLiteral("corop"), QStringLiteral("--format"),
                    QStringLiteral("xlsx"), QStringLiteral("--out"), agenda}).code == 2);
    // A folder that does not exist: exit 4 naming the file.
    const QString nowhere = dir.filePath(QStringLiteral("nergens/register.xlsx"));
    const auto failed = runRegio({QStringLiteral("bodies"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), nowhere});
    CHECK(failed.code == 4);
    CHECK(failed.err.contains(nowhere));
}
