#include "export/exportcommand.h"
#include "export/table1export.h"

#include "charts/countrychart.h"
#include "charts/funnelchart.h"
#include "charts/productdetailchart.h"
#include "export/analysisexports.h"
#include "export/annextables.h"
#include "export/chartcaption.h"
#include "export/chartexporter.h"
#include "export/uicommands.h"
#include "sensitivity/sensitivitycharts.h"
#include "sensitivity/sensitivitycurveschart.h"
#include "sensitivity/sensitivitymapchart.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <memory>

namespace herkomst::ui {

namespace {

bool readNumber(const QCommandLineParser &parser, const QString &name, double &value, QTextStream &err)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    QString text = parser.value(name);
    value = text.replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok) {
        err << ExportCommand::tr("--%1 verwacht een getal, niet \"%2\".").arg(name, parser.value(name)) << '\n';
        return false;
    }
    return true;
}

// The chart to export, filled from the analysis; nullptr with a message on a usage error.
std::unique_ptr<ChartWidget> makeChart(const QCommandLineParser &parser, const cli::PreparedAnalysis &analysis,
                                       ValueUnit unit, QTextStream &err)
{
    const QString kind = parser.value(QStringLiteral("chart"));
    const StatisticsTable &table = analysis.statistics.primary;
    if (kind == QLatin1String("funnel")) {
        auto chart = std::make_unique<FunnelChart>();
        chart->setResult(analysis.result);
        return chart;
    }
    if (kind == QLatin1String("countries")) {
        auto chart = std::make_unique<CountryChart>();
        const QString measure = parser.value(QStringLiteral("measure"));
        if (measure != QLatin1String("count") && measure != QLatin1String("value")) {
            err << ExportCommand::tr("--measure kent count en value, niet \"%1\".").arg(measure) << '\n';
            return nullptr;
        }
        chart->setMeasure(measure == QLatin1String("value") ? CountryChart::Measure::ImportValue
                                                            : CountryChart::Measure::Count);
        chart->setStackedByIndustry(parser.isSet(QStringLiteral("stacked")));
        bool ok = false;
        const int top = parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 1) {
            err << ExportCommand::tr("--top verwacht een positief geheel getal.") << '\n';
            return nullptr;
        }
        chart->setTopN(top);
        chart->setValueUnit(unit);
        chart->setResult(analysis.result, table);
        return chart;
    }
    if (kind == QLatin1String("sensitivity") || kind == QLatin1String("sensitivity-map")) {
        SensitivityCharts charts = makeSensitivityCharts(analysis.statistics, analysis.settings, analysis.result,
                                                         parser.value(QStringLiteral("caption")));
        if (kind == QLatin1String("sensitivity"))
            return std::move(charts.curves);
        return std::move(charts.map);
    }
    if (kind == QLatin1String("product")) {
        const QString hs6 = parser.value(QStringLiteral("hs6")).trimmed();
        if (!table.rowByHs6.contains(hs6)) {
            err << ExportCommand::tr("Product %1 komt niet voor in de gegevens; geef een HS6-code met --hs6.").arg(hs6)
                << '\n';
            return nullptr;
        }
        auto chart = std::make_unique<ProductDetailChart>();
        chart->setProduct(table, table.rowByHs6.value(hs6));
        return chart;
    }
    err << ExportCommand::tr(
               "--chart kent funnel, countries, product, sensitivity, sensitivity-map en table1, niet \"%1\".")
               .arg(kind)
        << '\n';
    return nullptr;
}

int exportChart(const QCommandLineParser &parser, const cli::PreparedAnalysis &analysis, QTextStream &out,
                QTextStream &err)
{
    ValueUnit unit = ValueUnit::Millions;
    if (!readUnitOption(parser, &unit, err))
        return cli::UsageError;
    std::unique_ptr<ChartWidget> chart = makeChart(parser, analysis, unit, err);
    if (!chart)
        return cli::UsageError;
    if (chart->caption().isEmpty()) // the sensitivity charts say what they vary
        chart->setCaption(
            defaultCaption(analysis.statistics.primary, analysis.settings, parser.value(QStringLiteral("caption"))));
    return writeChartFile(*chart, parser, out, err);
}

} // namespace

int writeChartFile(ChartWidget &chart, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString format = outputFormat(parser);
    if (format != QLatin1String("png") && format != QLatin1String("svg") && format != QLatin1String("pdf")) {
        err << ExportCommand::tr("Een figuur kan als png, svg of pdf, niet als \"%1\".").arg(format) << '\n';
        return cli::UsageError;
    }
    ChartExportOptions options;
    double dpi = options.dpi;
    if (!readNumber(parser, QStringLiteral("width-cm"), options.widthCm, err) ||
        !readNumber(parser, QStringLiteral("height-cm"), options.heightCm, err) ||
        !readNumber(parser, QStringLiteral("dpi"), dpi, err))
        return cli::UsageError;
    options.dpi = int(dpi);
    const QString svgText = parser.value(QStringLiteral("svg-text"));
    if (svgText != QLatin1String("text") && svgText != QLatin1String("paths")) {
        err << ExportCommand::tr("--svg-text kent text en paths, niet \"%1\".").arg(svgText) << '\n';
        return cli::UsageError;
    }
    options.svgTextAsPaths = svgText == QLatin1String("paths");

    const QString path = parser.value(QStringLiteral("out"));
    QString error;
    const bool ok = format == QLatin1String("png")   ? exportChartPng(chart, path, options, &error)
                    : format == QLatin1String("svg") ? exportChartSvg(chart, path, options, &error)
                                                     : exportChartPdf(chart, path, options, &error);
    if (!ok) {
        err << error << '\n';
        return cli::DataError;
    }
    const QSizeF size = chartExportSize(chart, options);
    out << ExportCommand::tr("Figuur geschreven: %1 (%2 × %3 cm)")
               .arg(QDir::toNativeSeparators(path), QString::number(size.width() * 2.54 / 96.0, 'f', 1),
                    QString::number(size.height() * 2.54 / 96.0, 'f', 1));
    if (format == QLatin1String("png")) {
        const double scale = options.dpi / 96.0;
        out << ExportCommand::tr(", %1 × %2 px bij %3 dpi")
                   .arg(qRound(size.width() * scale))
                   .arg(qRound(size.height() * scale))
                   .arg(options.dpi);
    }
    out << '\n';
    return cli::Ok;
}

namespace {

int exportTable(const QCommandLineParser &parser, const cli::PreparedAnalysis &analysis, QTextStream &out,
                QTextStream &err)
{
    const QString kind = parser.value(QStringLiteral("table"));
    const QString format = outputFormat(parser);
    if (format != QLatin1String("xlsx") && format != QLatin1String("csv") && format != QLatin1String("docx")) {
        err << ExportCommand::tr("Een tabel kan als xlsx, csv of docx, niet als \"%1\".").arg(format) << '\n';
        return cli::UsageError;
    }
    ValueUnit unit = ValueUnit::Millions;
    if (!readUnitOption(parser, &unit, err))
        return cli::UsageError;
    ExportTable table;
    if (kind == QLatin1String("concentrated"))
        table = concentratedProductsTable(analysis.statistics.primary, analysis.result, analysis.settings, unit);
    else if (kind == QLatin1String("all"))
        table = productListTable(analysis.statistics.primary, analysis.result, analysis.settings, unit);
    else {
        err << ExportCommand::tr("--table kent concentrated, all en table1, niet \"%1\".").arg(kind) << '\n';
        return cli::UsageError;
    }
    // The source line goes with the list, as under a figure.
    table.notes.prepend(effectiveSourceLine(analysis.statistics.primary, parser.value(QStringLiteral("caption"))));
    const QString path = parser.value(QStringLiteral("out"));
    QString error;
    const bool ok = AnalysisExports::writeTable(table, path, format, &error);
    if (!ok) {
        err << error << '\n';
        return cli::DataError;
    }
    out << ExportCommand::tr("Tabel geschreven: %1 (%2 rijen)")
               .arg(QDir::toNativeSeparators(path))
               .arg(table.rows.size())
        << '\n';
    return cli::Ok;
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("Figuur (png, svg, pdf) of tabel (xlsx, csv, docx) exporteren.");
}

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption({QStringLiteral("chart"),
                      tr("Figuur: funnel, countries, product, sensitivity (per drempel), "
                         "sensitivity-map (twee drempels) of table1."),
                      tr("figuur")});
    parser.addOption({QStringLiteral("table"), tr("Tabel: concentrated (Bijlage 2), all of table1."), tr("tabel")});
    parser.addOption({QStringLiteral("format"),
                      tr("png, svg, pdf, xlsx, csv of docx; standaard de extensie van --out."), tr("formaat")});
    parser.addOption({QStringLiteral("out"), tr("Uitvoerbestand."), tr("bestand")});
    parser.addOption({QStringLiteral("width-cm"), tr("Breedte in cm (standaard 16)."), tr("cm"), QStringLiteral("16")});
    parser.addOption({QStringLiteral("height-cm"), tr("Hoogte in cm (standaard: passend bij de figuur)."), tr("cm"),
                      QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("dpi"), tr("Resolutie van een png (standaard 300)."), tr("dpi"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("caption"),
                      tr("Bronregel onder de figuur (standaard die van de gegevens, bij CBS \"Bron: CBS, figuur "
                         "BZ\")."),
                      tr("tekst")});
    parser.addOption({QStringLiteral("measure"), tr("Landenfiguur: count (aantal) of value (invoerwaarde)."),
                      tr("maat"), QStringLiteral("count")});
    parser.addOption({QStringLiteral("stacked"), tr("Landenfiguur: gestapeld naar bedrijfstak.")});
    parser.addOption(
        {QStringLiteral("svg-text"),
         tr("SVG: text (tekst met lettertypelijst, standaard) of paths (tekst als vormen, overal gelijk)."), tr("vorm"),
         QStringLiteral("text")});
    parser.addOption({QStringLiteral("top"), tr("Landenfiguur: aantal landen, de rest als \"overige\"."), tr("n"),
                      QStringLiteral("10")});
    parser.addOption({QStringLiteral("hs6"), tr("Productfiguur: HS6-code."), tr("code")});
    addUnitOption(parser);

    addTable1ExportOptions(parser);

    cli::AnalysisOptions options;
    if (const int code = parseOptions(parser, arguments, out, err, options); code >= 0)
        return code;
    const bool chart = parser.isSet(QStringLiteral("chart"));
    if (chart == parser.isSet(QStringLiteral("table"))) {
        err << tr("Kies --chart of --table.") << '\n';
        return cli::UsageError;
    }
    if (isTable1Export(parser)) // Table 1 compares partners and needs no funnel
        return exportTable1(parser, out, err);
    cli::PreparedAnalysis analysis;
    if (const int code = cli::prepareAnalysis(options, analysis, err); code != cli::Ok)
        return code;
    if (analysis.statistics.primary.data && analysis.statistics.primary.data->synthetic)
        err << tr("Let op: synthetische demodata, geen echte cijfers.") << '\n';
    return chart ? exportChart(parser, analysis, out, err) : exportTable(parser, analysis, out, err);
}

} // namespace herkomst::ui
