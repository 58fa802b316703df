// herkomst-cli: every analysis the window shows, from the command line.
#include "cli/clicommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Herkomst"));
    QCoreApplication::setApplicationName(QStringLiteral("herkomst"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERKOMST_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    herkomst::cli::CliRunner runner;
    herkomst::cli::addCoreCommands(runner);
    const int code = runner.run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
