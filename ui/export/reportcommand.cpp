#include "export/reportcommand.h"

#include "demo/letterreference.h"
#include "export/annexreport.h"
#include "export/table1table.h"
#include "export/uicommands.h"
#include "export/yearcomparisontable.h"
#include "session/yearseries.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace herkomst::ui {

namespace {

// "Wat is veranderd sinds <jaar>?": the data set's first year against the analysis year, when the
// data set has more than one year (the window compares the years its view "Jaren" shows).
std::optional<YearChangesAnnex> yearChanges(const cli::AnalysisOptions &options, const cli::PreparedAnalysis &analysis,
                                            const QString &sourceLine)
{
    QString error;
    const std::optional<std::vector<int>> years = selectionYears(analysis.store.get(), options.selection, &error);
    const int to = analysis.statistics.primary.data->year;
    if (!years || years->size() < 2 || years->front() >= to)
        return std::nullopt;
    const std::optional<std::vector<YearFunnel>> funnels =
        funnelOfYears(analysis.store.get(), options.selection, analysis.settings, {years->front(), to}, &error);
    if (!funnels)
        return std::nullopt;
    const YearAnalysis from{&funnels->front().statistics, &funnels->front().result,
                            hsRevisionOf(analysis.store.get(), funnels->front())};
    const YearAnalysis last{&funnels->back().statistics, &funnels->back().result,
                            hsRevisionOf(analysis.store.get(), funnels->back())};
    YearChangesAnnex changes;
    changes.comparison = compareYears(from, last, analysis.settings);
    changes.table = YearComparisonTable::build(changes.comparison, from, last, analysis.settings, sourceLine);
    changes.from = years->front();
    changes.to = to;
    return changes;
}

} // namespace

QString ReportCommand::summary() const
{
    return tr("Bijlagerapport (docx, odt of pdf) met methode, figuren en productlijst.");
}

int ReportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption(
        {QStringLiteral("format"), tr("docx, odt of pdf; standaard de extensie van --out."), tr("formaat")});
    parser.addOption({QStringLiteral("out"), tr("Uitvoerbestand."), tr("bestand")});
    parser.addOption({QStringLiteral("caption"),
                      tr("Bronregel onder de figuren (standaard die van de gegevens, bij CBS \"Bron: CBS, figuur "
                         "BZ\")."),
                      tr("tekst")});
    addUnitOption(parser);
    parser.addOption({QStringLiteral("table1"),
                      tr("Sectie \"Diensten en goederen\" toevoegen: letter (tabel 1 van de Kamerbrief) of data "
                         "(goederen uit de geanalyseerde gegevens)."),
                      tr("bron")});

    cli::AnalysisOptions options;
    cli::PreparedAnalysis analysis;
    if (const int code = parseAndPrepare(parser, arguments, out, err, options, analysis); code >= 0)
        return code;
    const QString format = outputFormat(parser);
    if (format != QLatin1String("docx") && format != QLatin1String("odt") && format != QLatin1String("pdf")) {
        err << tr("Het rapport kan als docx, odt of pdf, niet als \"%1\".").arg(format) << '\n';
        return cli::UsageError;
    }
    ValueUnit unit = ValueUnit::Millions;
    if (!readUnitOption(parser, &unit, err))
        return cli::UsageError;
    if (analysis.statistics.primary.data && analysis.statistics.primary.data->synthetic)
        err << tr("Let op: synthetische demodata, geen echte cijfers.") << '\n';

    AnnexReport report(analysis.statistics.primary, analysis.result, analysis.settings);
    report.setSourceLine(parser.value(QStringLiteral("caption")));
    report.setCriteriaSource(QCoreApplication::translate("Preset", options.preset.source.toUtf8().constData()));
    report.setValueUnit(unit);
    if (parser.isSet(QStringLiteral("table1"))) {
        const QString source = parser.value(QStringLiteral("table1"));
        if (source != QLatin1String("letter") && source != QLatin1String("data")) {
            err << tr("--table1 kent letter en data, niet \"%1\".").arg(source) << '\n';
            return cli::UsageError;
        }
        report.setServicesAndGoods(
            source == QLatin1String("letter")
                ? letterTable1()
                : goodsComparison(analysis.statistics.primary, parser.value(QStringLiteral("caption"))));
    }
    report.setSensitivity(&analysis.statistics, nullptr, nullptr); // the section, with charts of its own
    if (const std::optional<YearChangesAnnex> changes =
            yearChanges(options, analysis, parser.value(QStringLiteral("caption"))))
        report.setYearChanges(*changes);
    const QString path = parser.value(QStringLiteral("out"));
    QString error;
    if (!report.write(path, format, &error)) {
        err << error << '\n';
        return cli::DataError;
    }
    out << tr("Rapport geschreven: %1").arg(QDir::toNativeSeparators(path)) << '\n';
    return cli::Ok;
}

} // namespace herkomst::ui
