#include "ui/application.h"

#include <QApplication>

namespace regio::ui {

int runApplication(int argc, char** argv)
{
    QApplication app(argc, argv);
    return 0;
}

} // namespace regio::ui
