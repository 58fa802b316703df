#include "exportfixture.h"

#include "cli/clicommand.h"
#include "countries/eucomposition.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <archive.h>
#include <archive_entry.h>

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

namespace {

// Calls visit(name, archive) for each entry until it returns false.
template <typename Visit>
void readZip(const QString &zipPath, Visit visit)
{
    struct archive *a = archive_read_new();
    archive_read_support_format_zip(a);
    if (archive_read_open_filename(a, QFile::encodeName(zipPath).constData(), 65536) == ARCHIVE_OK) {
        struct archive_entry *entry = nullptr;
        while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
            if (!visit(QString::fromUtf8(archive_entry_pathname_utf8(entry)), a))
                break;
        }
    }
    archive_read_free(a);
}

} // namespace

QByteArray zipEntry(const QString &zipPath, const QString &entryName)
{
    QByteArray data;
    readZip(zipPath, [&](const QString &name, struct archive *a) {
        if (name != entryName)
            return true;
        char buffer[65536];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
            data.append(buffer, qsizetype(n));
        return false;
    });
    return data;
}

QStringList zipEntries(const QString &zipPath)
{
    QStringList names;
    readZip(zipPath, [&](const QString &name, struct archive *) {
        names << name;
        return true;
    });
    return names;
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
