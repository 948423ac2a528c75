#pragma once
// Checks on a registry's content, shared by the loader (which throws when any fails) and the
// registry editor (which shows each message next to its field). Every problem names its place
// as a JSON path of the registry file: "$.bodies[3].territory.divisions[1]".
#include "registry/registry.h"

#include <QString>

#include <vector>

namespace regio {
class RegionModel;
}

namespace regio::registry {

struct RegistryProblem {
    QString path;   // JSON path, e.g. "$.bodies[3].domains"
    QString reason; // Dutch, for the user: "onbekende COROP-code CR99"

    bool operator==(const RegistryProblem&) const = default;
};
using RegistryProblems = std::vector<RegistryProblem>;

// JSON path of body `index` and of a field in it: bodyPath(3) = "$.bodies[3]".
QString bodyPath(int index);

// Every content problem of a registry (ids, empty fields, territory codes against `regions`,
// duplicate ids), in body order; empty when the registry is fine. Does not throw.
// `version` is the format version the rules are those of (a version-1 file may not hold an
// abroad-only territory); the editor checks against the version it saves.
RegistryProblems validate(const Registry& registry, const RegionModel& regions,
                          int version = kRegistryFormatVersion);

// The problems of one body, with paths under `path` (e.g. bodyPath(3)). Ids are checked for
// form only; duplicates need the whole registry (validate).
RegistryProblems validateBody(const Body& body, const RegionModel& regions, const QString& path,
                              int version = kRegistryFormatVersion);

// The problems of a territory alone (unknown or misplaced codes, duplicates, empty territory).
RegistryProblems validateTerritory(const Territory& territory, const RegionModel& regions, const QString& path,
                                   int version = kRegistryFormatVersion);

// Duplicate ids: one problem per repeated id, at the later body's id.
RegistryProblems findDuplicateIds(const std::vector<Body>& bodies);

} // namespace regio::registry
