#include "export/table1export.h"

#include "charts/table1chart.h"
#include "cli/clicommand.h"
#include "cli/table1options.h"
#include "export/analysisexports.h"
#include "export/exportcommand.h"
#include "export/table1table.h"
#include "export/uicommands.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace herkomst::ui {

void addTable1ExportOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("source"),
                      Table1Export::tr("Tabel 1: letter (de Kamerbrief) of data (standaard met --db)."),
                      Table1Export::tr("bron")});
    parser.addOption({QStringLiteral("goods-dataset"), Table1Export::tr("Tabel 1: gegevensset met de goedereninvoer."),
                      Table1Export::tr("naam")});
    parser.addOption({QStringLiteral("services-dataset"),
                      Table1Export::tr("Tabel 1: gegevensset met de diensteninvoer."), Table1Export::tr("naam")});
}

bool isTable1Export(const QCommandLineParser &parser)
{
    return parser.value(QStringLiteral("chart")) == QLatin1String("table1") ||
           parser.value(QStringLiteral("table")) == QLatin1String("table1");
}

int exportTable1(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    cli::Table1Options options;
    QString error;
    if (!options.read(parser, &error)) {
        err << error << '\n';
        return cli::UsageError;
    }
    PartnerComparison comparison;
    if (const int code = cli::prepareTable1(options, comparison, err); code != cli::Ok)
        return code;
    const QString sourceLine = parser.value(QStringLiteral("caption"));
    if (parser.isSet(QStringLiteral("chart"))) {
        Table1Chart chart;
        chart.setComparison(comparison);
        chart.setCaption(chart.defaultCaption(sourceLine));
        return writeChartFile(chart, parser, out, err);
    }
    const QString format = outputFormat(parser);
    if (format != QLatin1String("xlsx") && format != QLatin1String("csv") && format != QLatin1String("docx")) {
        err << Table1Export::tr("Een tabel kan als xlsx, csv of docx, niet als \"%1\".").arg(format) << '\n';
        return cli::UsageError;
    }
    ExportTable table = Table1Table::build(comparison);
    if (!sourceLine.isEmpty())
        table.notes.first() = sourceLine;
    const QString path = parser.value(QStringLiteral("out"));
    if (!AnalysisExports::writeTable(table, path, format, &error)) {
        err << error << '\n';
        return cli::DataError;
    }
    out << Table1Export::tr("Tabel geschreven: %1 (%2 rijen)")
               .arg(QDir::toNativeSeparators(path))
               .arg(table.rows.size())
        << '\n';
    return cli::Ok;
}

} // namespace herkomst::ui
