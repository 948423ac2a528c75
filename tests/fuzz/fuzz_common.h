#pragma once
// libFuzzer entry points for the importers (issue 11): each target feeds arbitrary bytes to one
// reader. A reader may refuse the input with regio::InputError (that is its job); anything else —
// a crash, a sanitizer report, another exception, a huge allocation — is a finding.
#include "io/input_error.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

// Qt's warnings (qUncompress on corrupt data, …) would flood the log: silenced.
#define REGIO_FUZZ_TARGET(body)                                                                     \
    extern "C" int LLVMFuzzerInitialize(int*, char***)                                             \
    {                                                                                                \
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});        \
        return 0;                                                                                    \
    }                                                                                                \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)              \
    {                                                                                                \
        const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data),       \
                                                         qsizetype(size));                           \
        const QString name = QStringLiteral("fuzz");                                                 \
        try {                                                                                        \
            body;                                                                                    \
        } catch (const regio::InputError&) {                                                         \
        }                                                                                            \
        return 0;                                                                                    \
    }
