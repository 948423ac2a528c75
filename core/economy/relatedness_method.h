#pragma once
// The relatedness methods the tools offer (DESIGN.md §5) by their command-line key, and the one
// place that computes a relatedness matrix for a method from the economy data.
#include "economy/demo_economy.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace regio::economy {

enum class RelatednessMethod { Flows, Proximity, Probability, Association, Cosine, Jaccard };

// "flows", "proximity", "prob", "association", "cosine", "jaccard".
QStringList relatednessMethodKeys();
std::optional<RelatednessMethod> relatednessMethodFromKey(QStringView key);

// Flows: skill-relatedness SR~ from the job switchers (Neffke & Henning 2013); the others from the
// co-occurrence C = Mᵀ·M of the regions' specialisations: proximity (Hidalgo et al. 2007) or an
// EconGeo normalisation. Sector × sector, labelled like the data's sectors.
Matrix relatednessFor(RelatednessMethod method, const EconomyData& data);

} // namespace regio::economy
