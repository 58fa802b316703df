#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

class QCommandLineParser;
class QTextStream;

namespace herkomst::cli {

// The translation context of the command line: every command words its messages with
// Cli::tr("…"), so lupdate files them under "Cli", the context the program asks for.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Exit codes of herkomst-cli.
enum ExitCode { Ok = 0, UsageError = 1, DataError = 2 };

// One sub-command ("analyse", "datasets", "import", ...). Commands live next to what they
// drive, so the CLI grows by registering commands, not by editing a dispatcher.
class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // arguments[0] is the program name followed by the command name, as QCommandLineParser wants.
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};

class CliRunner {
public:
    CliRunner();
    void add(std::unique_ptr<CliCommand> command);
    // Full argv (program name first). Prints usage for --help, unknown or missing commands.
    // --lang nl|en (anywhere; else the environment's language) sets the language of the
    // messages, tables and exports.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    void printUsage(QTextStream &stream) const;
    std::vector<std::unique_ptr<CliCommand>> mCommands;
};

// Parses a command's arguments (the parser holds its options and --help). Returns nullopt to go on,
// or the exit code to return: Ok after printing help, UsageError after printing what is wrong.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                                  QTextStream &err, bool allowPositional = false);

// The runner with every command core provides (analyse, datasets).
void addCoreCommands(CliRunner &runner);

} // namespace herkomst::cli
