#pragma once
// Reading JSON files with errors that name file and line, shared by every JSON importer.
#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace regio {

// Reads a whole file; throws InputError when it is missing, unreadable or empty.
QByteArray readFileBytes(const QString& path);

// Parses JSON; throws InputError "file:line: ongeldige JSON (…)" on a syntax error, including a
// truncated file.
QJsonDocument parseJsonDocument(const QByteArray& bytes, const QString& sourceName);

} // namespace regio
