// regio: the command-line tool. All work happens in regio_cli (app/cli/).
#include "cli/cli.h"

int main(int argc, char** argv)
{
    return regio::cli::run(argc, argv);
}
