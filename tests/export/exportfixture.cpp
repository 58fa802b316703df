#include "exportfixture.h"

#include "cli/clicommand.h"

#include <QTextStream>
#include <quazip.h>
#include <quazipfile.h>

namespace herkomst::test {

const cli::PreparedAnalysis &demoAnalysis()
{
    static const cli::PreparedAnalysis analysis = [] {
        cli::AnalysisOptions options;
        options.preset = defaultPreset();
        cli::PreparedAnalysis prepared;
        QString errors;
        QTextStream err(&errors);
        if (cli::prepareAnalysis(options, prepared, err) != cli::Ok)
            qFatal("demo analysis failed: %s", qPrintable(errors));
        return prepared;
    }();
    return analysis;
}

QByteArray zipEntry(const QString &zipPath, const QString &entry)
{
    QuaZipFile file(zipPath, entry);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList zipEntries(const QString &zipPath)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return {};
    return zip.getFileNameList();
}

} // namespace herkomst::test
