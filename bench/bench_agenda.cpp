// Agenda benchmark (issue 10): the regional agenda (docs/agenda.md) of all 40 COROP areas and all
// 35 arbeidsmarktregio's on the embedded CBS table and registry (target < 1 s for all 75).
//
//   bench_agenda [--runs N]      median of N runs (default 5)
#include "bench_util.h"

#include "agenda/agenda.h"
#include "economy/employment_panel.h"
#include "regions/region_model.h"
#include "registry/registry_json.h"

#include <QCoreApplication>

#include <cstdlib>
#include <cstring>

using namespace regio;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::max(1, std::atoi(argv[i + 1]));
    const RegionModel& regions = RegionModel::embedded();
    const economy::EmploymentPanel& panel = economy::cbsEmployment();
    const registry::Registry registry = registry::loadDefaultRegistry(regions);
    std::printf("Agenda-benchmarks (mediaan van %d runs; CBS 83582NED en het ingebouwde register al geladen)\n", runs);

    size_t items = 0;
    const auto all = [&] {
        // A fresh context each run: body index, proximity and adjacency are part of the cost.
        const agenda::AgendaContext ctx(regions, panel, registry);
        for (Level level : {Level::Corop, Level::Arbeidsmarktregio})
            for (const Division& d : regions.divisions(level)) {
                const agenda::Agenda a = agenda::agendaOf(d.code, ctx);
                items += a.strengths.size() + a.opportunities.size() + a.gaps.size();
            }
    };
    const double ms = bench::medianMs(runs, all);
    bench::report("agenda_40_corop_35_amr", ms, "agenda van alle 40 COROP-gebieden en 35 arbeidsmarktregio's");

    const agenda::AgendaContext ctx(regions, panel, registry);
    agenda::agendaOf(QStringLiteral("CR36"), ctx);  // caches filled
    const double one = bench::medianMs(runs * 4, [&] { items += agenda::agendaOf(QStringLiteral("AM28"), ctx).gaps.size(); });
    bench::report("agenda_AM28_warm", one, "één agenda (Zuidoost-Brabant), context al gevuld");

    const double theme = bench::medianMs(runs, [&] {
        items += agenda::uncoveredSpecialisations(Level::Corop, ctx).size();
    });
    bench::report("agenda_theme_corop", theme, "kaartthema: specialisaties zonder economische tafel, 40 COROP");
    return items > 0 ? 0 : 1;
}
