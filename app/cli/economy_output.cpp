#include "cli/economy_output.h"

#include <QCoreApplication>

#include "cli/cli.h"
#include "economy/demo_economy.h"
#include "economy/employment_panel.h"

namespace regio::cli {

QString demoHeader(bool demonstration)
{
    return demonstration ? QStringLiteral("# ") + economy::demoNotice() + QLatin1Char('\n') : QString();
}

QString dataHeader(const economy::EconomyData& data)
{
    if (data.demonstration)
        return demoHeader(true);
    return data.source.isEmpty() ? QString() : QStringLiteral("# %1\n").arg(data.source);
}

void applyDataChoice(const QCommandLineParser& parser, const DataChoice& choice, economy::EconomyRequest& request)
{
    const QString value = parser.isSet(choice.data) ? parser.value(choice.data).toLower() : QStringLiteral("demo");
    if (value != QLatin1String("demo") && value != QLatin1String("cbs"))
        throw UsageError(QCoreApplication::translate("regio::cli", "--data moet demo of cbs zijn, niet '%1'").arg(parser.value(choice.data)));
    if (value == QLatin1String("demo")) {
        if (parser.isSet(choice.year))
            throw UsageError(QCoreApplication::translate("regio::cli", "--year hoort bij --data cbs"));
        return;
    }
    if (!request.employmentPath.isEmpty())
        throw UsageError(QCoreApplication::translate("regio::cli", "--data cbs en --employment sluiten elkaar uit"));
    request.cbs = true;
    const std::vector<int>& years = economy::cbsEmployment().years();
    if (parser.isSet(choice.year)) {
        bool ok = false;
        request.cbsYear = parser.value(choice.year).toInt(&ok);
        if (!ok || economy::cbsEmployment().yearIndex(request.cbsYear) < 0)
            throw UsageError(QCoreApplication::translate("regio::cli", "--year: jaar '%1' niet beschikbaar (%2–%3)")
                                 .arg(parser.value(choice.year)).arg(years.front()).arg(years.back()));
    }
    if (request.needFlows && request.flowsPath.isEmpty())
        throw UsageError(QCoreApplication::translate("regio::cli", "de CBS-gegevens hebben geen baanwisselingen tussen sectoren: kies --method proximity, "
                                        "prob, association, cosine of jaccard, of geef --flows met SBI-secties (A..S)"));
}

QString matrixCsv(const economy::Matrix& m, const QString& corner, const QString& header)
{
    QString text = header;
    text += csvRow(QStringList{corner} + m.colLabels());
    for (std::size_t r = 0; r < m.rows(); ++r) {
        QStringList row{m.rowLabels().value(qsizetype(r))};
        for (std::size_t c = 0; c < m.cols(); ++c)
            row << formatNumber(m(r, c));
        text += csvRow(row);
    }
    return text;
}

economy::RelatednessMethod methodOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    const auto method = economy::relatednessMethodFromKey(parser.value(option));
    if (!method)
        throw UsageError(QCoreApplication::translate("regio::cli", "--method moet een van %1 zijn, niet '%2'")
                             .arg(economy::relatednessMethodKeys().join(QStringLiteral(", ")), parser.value(option)));
    return *method;
}

} // namespace regio::cli
