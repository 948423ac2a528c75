// doctest main for headless core tests: a QCoreApplication so that Qt resources and
// locale-independent number parsing behave as in the shipped tools.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    doctest::Context context(argc, argv);
    return context.run();
}
