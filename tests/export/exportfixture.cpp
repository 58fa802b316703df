#include "exportfixture.h"

#include "cli/clicommand.h"

#include "support/zipfile.h"

#include <QTextStream>

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
    return ziptest::readEntry(zipPath, entry);
}

QStringList zipEntries(const QString &zipPath)
{
    return ziptest::entryNames(zipPath);
}

} // namespace herkomst::test
