#include "cli/economy_output.h"

#include "cli/cli.h"
#include "economy/demo_economy.h"

namespace regio::cli {

QString demoHeader(bool demonstration)
{
    return demonstration ? QStringLiteral("# ") + economy::demoNotice() + QLatin1Char('\n') : QString();
}

QString matrixCsv(const economy::Matrix& m, const QString& corner, bool demonstration)
{
    QString text = demoHeader(demonstration);
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
        throw UsageError(QStringLiteral("--method moet een van %1 zijn, niet '%2'")
                             .arg(economy::relatednessMethodKeys().join(QStringLiteral(", ")), parser.value(option)));
    return *method;
}

} // namespace regio::cli
