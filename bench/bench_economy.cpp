// Real-economy benchmarks (issue 9): importing the shared CBS 83582NED export as it comes
// (target < 100 ms), the economy of one region for all 15 years (< 5 ms), and switching the
// region in the Economie tab including the chart repaint (< 16 ms).
//
//   bench_economy [--runs N]     median of N runs per case (default 15)
#include "bench_util.h"

#include "economy/regional_structure.h"
#include "economy/statline.h"
#include "regions/region_model.h"
#include "ui/economy/economy_view.h"

#include <QApplication>
#include <QChartView>
#include <QFileInfo>
#include <QImage>
#include <QPainter>

#include <cstring>

using namespace regio;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int runs = 15;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::max(1, std::atoi(argv[i + 1]));
    std::printf("Economie-benchmarks (mediaan van %d runs)\n", runs);

    const QString shared = QStringLiteral(REGIO_SHARED_DATA_DIR "/cbs-83582NED/83582NED_corop.csv");
    if (QFileInfo::exists(shared)) {
        const double import = bench::medianMs(runs, [&] {
            if (economy::readStatLine(shared).panel.regions().size() != 40)
                std::abort();
        });
        bench::report("statline_import_83582NED", import, "StatLine-export 83582NED inlezen (17.220 regels)");
    } else {
        std::printf("statline_import_83582NED: ../shared/data/cbs-83582NED ontbreekt; overgeslagen\n");
    }

    const RegionModel& model = RegionModel::embedded();
    const economy::EmploymentPanel& panel = economy::cbsEmployment();
    // One region, every year: structure (jobs, shares, LQ) of each year, shift-share from the
    // first year, and the structure indices of each year — what the Economie tab and profile ask.
    const double oneRegion = bench::medianMs(runs, [&] {
        const economy::PanelRegion r = economy::panelRegion(QStringLiteral("AM18"), model, panel);
        double sink = 0;
        for (int y : panel.years()) {
            sink += economy::sectorStructure(panel, r, y).total;
            sink += economy::structureIndices(panel, r, y).entropy;
        }
        sink += economy::growth(panel, r, panel.years().front(), panel.years().back()).totalTo;
        for (const QString& key : panel.sectors().sections())
            sink += economy::jobsSeries(panel, r, key).back();
        if (sink == 0)
            std::abort();
    });
    bench::report("economy_one_region_15_years", oneRegion, "AM18: structuur en maten per jaar 2010–2024, groei, reeksen per sector");

    ui::EconomyView view(model);
    view.resize(1366, 640);
    view.show();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    const QStringList regions{QStringLiteral("CR23"), QStringLiteral("PV20"), QStringLiteral("AM18"), QStringLiteral("GM0160")};
    view.setTrendSector(QStringLiteral("307500"));
    int next = 0;
    const double switching = bench::medianMs(runs, [&] {
        view.setRegion(regions[next++ % regions.size()]);
        QPainter painter(&image);
        view.render(&painter);  // the whole tab: bars, header and the chart (as it repaints)
    });
    bench::report("economy_view_switch_region", switching, "Economie-tab: ander gebied kiezen en opnieuw tekenen");
    return 0;
}
