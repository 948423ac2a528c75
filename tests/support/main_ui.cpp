// doctest main for UI and CLI tests: a QApplication on the offscreen platform (set by CTest),
// so widgets can be rendered into images and checked pixel by pixel.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <QApplication>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    doctest::Context context(argc, argv);
    return context.run();
}
