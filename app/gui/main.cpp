// regioverkenner: the desktop application. All work happens in regio_ui (ui/).
#include "ui/application.h"

int main(int argc, char** argv)
{
    return regio::ui::runApplication(argc, argv);
}
