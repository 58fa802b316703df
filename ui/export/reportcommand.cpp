#include "export/reportcommand.h"

#include "export/annexreport.h"
#include "export/uicommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace herkomst::ui {

namespace {

using cli::tr;

} // namespace

QString ReportCommand::summary() const
{
    return tr("Bijlagerapport (odt of pdf) met methode, figuren en productlijst.");
}

int ReportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption({QStringLiteral("format"), tr("odt of pdf; standaard de extensie van --out."), tr("formaat")});
    parser.addOption({QStringLiteral("out"), tr("Uitvoerbestand."), tr("bestand")});
    parser.addOption({QStringLiteral("caption"),
                      tr("Bronregel onder de figuren (standaard \"Bron: CBS, bewerking BZ\")."), tr("tekst")});

    cli::AnalysisOptions options;
    cli::PreparedAnalysis analysis;
    if (const int code = parseAndPrepare(parser, arguments, out, err, options, analysis); code >= 0)
        return code;
    const QString format = outputFormat(parser);
    if (format != QLatin1String("odt") && format != QLatin1String("pdf")) {
        err << tr("Het rapport kan als odt of pdf, niet als \"%1\".").arg(format) << '\n';
        return cli::UsageError;
    }
    if (analysis.statistics.primary.data && analysis.statistics.primary.data->synthetic)
        err << tr("Let op: synthetische demodata, geen echte cijfers.") << '\n';

    AnnexReport report(analysis.statistics.primary, analysis.result, analysis.settings);
    report.setSourceLine(parser.value(QStringLiteral("caption")));
    report.setCriteriaSource(options.preset.source);
    const QString path = parser.value(QStringLiteral("out"));
    QString error;
    const bool ok = format == QLatin1String("odt") ? report.writeOdt(path, &error) : report.writePdf(path, &error);
    if (!ok) {
        err << error << '\n';
        return cli::DataError;
    }
    out << tr("Rapport geschreven: %1").arg(QDir::toNativeSeparators(path)) << '\n';
    return cli::Ok;
}

} // namespace herkomst::ui
