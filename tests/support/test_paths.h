#pragma once
// Paths the tests need. The shared CBS fixtures live beside the repository (../shared/data);
// tests that need them skip with a message when the folder is absent.
#include <QDir>
#include <QFileInfo>
#include <QString>

namespace regio::test {

inline QString sharedDataDir() { return QStringLiteral(REGIO_SHARED_DATA_DIR); }
inline QString sourceDir() { return QStringLiteral(REGIO_SOURCE_DIR); }
inline QString testDataDir() { return QStringLiteral(REGIO_TEST_DATA_DIR); }
inline QString binaryDir() { return QStringLiteral(REGIO_BINARY_DIR); }

inline QString sharedFile(const QString& relative) { return sharedDataDir() + QLatin1Char('/') + relative; }
inline bool haveShared(const QString& relative) { return QFileInfo::exists(sharedFile(relative)); }

} // namespace regio::test
