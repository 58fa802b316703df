#include "exportfixture.h"

#include "cli/clicommand.h"
#include "countries/eucomposition.h"

#include "support/zipfile.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

namespace herkomst::test {

const cli::PreparedAnalysis &demoAnalysis()
{
    static const cli::PreparedAnalysis analysis = demoAnalysisWith({});
    return analysis;
}

cli::PreparedAnalysis demoAnalysisWith(const QStringList &settings, const QString &eu, const QStringList &industries)
{
    cli::AnalysisOptions options;
    options.preset = defaultPreset();
    QString error;
    for (const QString &setting : settings) {
        if (!cli::applyThresholdSetting(options.preset.criteria, setting, &error))
            qFatal("bad test setting %s: %s", qPrintable(setting), qPrintable(error));
    }
    if (!eu.isEmpty())
        options.selection.euComposition = *euCompositionFromKey(eu);
    options.industries = industries;
    cli::PreparedAnalysis prepared;
    QString errors;
    QTextStream err(&errors);
    if (cli::prepareAnalysis(options, prepared, err) != cli::Ok)
        qFatal("demo analysis failed: %s", qPrintable(errors));
    return prepared;
}

QByteArray zipEntry(const QString &zipPath, const QString &entryName)
{
    return ziptest::readEntry(zipPath, entryName);
}

QStringList zipEntries(const QString &zipPath)
{
    return ziptest::entryNames(zipPath);
}

QString findTool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QString pythonWithDocx()
{
    QStringList candidates{QStringLiteral("/usr/bin/python3")};
    const QString onPath = findTool(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates << onPath;
    for (const QString &python : candidates) {
        QString output;
        if (QFile::exists(python) &&
            runTool(python, {QStringLiteral("-c"), QStringLiteral("import docx")}, &output, 30000))
            return python;
    }
    return {};
}

bool runTool(const QString &program, const QStringList &arguments, QString *output, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForStarted() && process.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromUtf8(process.readAll());
    if (!finished) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace herkomst::test
