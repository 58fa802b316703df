// herkomst-cli: every analysis the window shows, from the command line.
#include "cli/clicommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <cstring>
#include <memory>

#ifdef HERKOMST_CLI_WITH_UI
#include "export/uicommands.h"

#include <QApplication>
#endif

namespace {

// export and report draw charts and need a QApplication; everything else runs on QtCore, so
// it works on a server without any display.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
#ifdef HERKOMST_CLI_WITH_UI
    // The command is the first argument that is not the language (--lang X or --lang=X may come first).
    int command = 1;
    while (command < argc &&
           (std::strncmp(argv[command], "--lang=", 7) == 0 || std::strcmp(argv[command], "--lang") == 0))
        command += std::strcmp(argv[command], "--lang") == 0 ? 2 : 1;
    const bool drawing =
        command < argc && (std::strcmp(argv[command], "export") == 0 || std::strcmp(argv[command], "report") == 0);
    if (drawing) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        return std::make_unique<QApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Herkomst"));
    QCoreApplication::setApplicationName(QStringLiteral("herkomst"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERKOMST_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    herkomst::cli::CliRunner runner;
    herkomst::cli::addCoreCommands(runner);
#ifdef HERKOMST_CLI_WITH_UI
    herkomst::ui::addUiCommands(runner);
#endif
    const int code = runner.run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
