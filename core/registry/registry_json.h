#pragma once
// Reading and writing the registry JSON (docs/registry-format.md): reads versions 1 and 2, writes 2.
// Reading is all-or-nothing: every problem of a file is collected, with its JSON path, and
// reported at once in one RegistryError; nothing partial is returned. Writing is atomic.
#include "io/input_error.h"
#include "registry/registry.h"
#include "registry/registry_validate.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace regio {
class RegionModel;
}

namespace regio::registry {

// All problems of one registry file. message() / what() list every problem, one per line:
// "FILE:$.bodies[3].territory.divisions[1]: onbekende COROP-code CR99". location() and
// reason() are those of the first problem (a line number for a JSON syntax error).
class RegistryError : public InputError {
public:
    RegistryError(const QString& file, RegistryProblems problems);

    const RegistryProblems& problems() const { return m_problems; }
    // One "FILE:PATH: reason" line per problem.
    QStringList lines() const;

private:
    RegistryProblems m_problems;
};

// Reads a registry file (or a Qt resource path) and checks it against `regions`. An .xlsx or
// .ods file is read as a sheet of bodies, one per row (registry_sheet.h).
// Throws RegistryError listing every problem (a missing or unreadable file is one problem).
Registry loadRegistry(const QString& path, const RegionModel& regions);
// The embedded default registry (kDefaultRegistryPath).
Registry loadDefaultRegistry(const RegionModel& regions);
// The same from bytes; `sourceName` names the file in messages.
Registry parseRegistry(const QByteArray& bytes, const QString& sourceName, const RegionModel& regions);

// The file text: UTF-8, pretty-printed, keys in the documented order, empty optional keys left
// out; parseRegistry(toJson(r)) == r. Throws InputError (file "register") when a value cannot be
// written as JSON (a non-finite number).
QByteArray registryToJson(const Registry& registry);
// Writes atomically and checked to the end (io::writeFileAtomically): on any failure the previous
// file stays as it was. Throws io::WriteError (an InputError) naming `path`.
void saveRegistry(const Registry& registry, const QString& path);

} // namespace regio::registry
